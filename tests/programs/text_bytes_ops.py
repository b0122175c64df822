# bytes and bytearray as values: iteration, membership, hashing, dict/set keys, comparisons, conversions.
b = b"\x00\x7fAz\xff"
print(list(b), [x for x in bytearray(b)], tuple(b[1:3]), b[0], b[-1], sum(b), max(b), min(b), len(b))
print(65 in b, 0xff in b, b"Az" in b, bytearray(b"z\xff") in b, b"zA" in b, 1 in b, b"" in b"")
d = {b"k": 1, bytearray(b"x").decode(): 2}
print(d[b"k"], b"k" in d, {b"a", b"a", b"b"} == {b"b", b"a"}, hash(b"") == hash(bytes()), sorted({b"b", b"a", b"ab"}))
print(b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"a" != b"b", b"ab" > b"a", bytearray(b"b") >= b"b", b"\x00" > b"")
print(bytes(bytearray(b"conv")), bytearray(b"conv") + b"", list(map(hex, b"\x01\x10")), bytes(reversed(b"abc")), b"abc"[::-1])
print(b"abc" * 2, b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", type(bytearray(b"ab") + b"cd").__name__)
print([bytes([i]) for i in b"hi"], b"".join(bytes([c]) for c in range(97, 100)), bytes(5)[2:], b"x"[0:0])
print(bool(b""), bool(b"\x00"), bool(bytearray()), b"abc".decode(), str(b"abc"), int(b"42"), float(b"1.5"))
it = iter(b"ab")
print(next(it), next(it), next(it, "done"), type(iter(b"")).__name__, type(iter(bytearray())).__name__)
for f in [lambda: b"a" + "b", lambda: b"a" < 1, lambda: b"a"[5], lambda: bytearray(b"a")[5], lambda: "x" in b"x",
          lambda: b"a" * b"b", lambda: -b"a", lambda: b"a".x, lambda: b"%d" % "x", lambda: sum([b"a", b"b"], b"")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
