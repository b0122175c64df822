# bytes methods: search, split/join, strip, case, predicates, padding, translate, and their errors.
b = b"Hello, World! hello"
print(b.find(b"llo"), b.rfind(b"llo"), b.find(108), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(108))
print(b.find(b"o", 5, 10), b.count(b""), b.find(b""), b.rfind(b"", 3), b.startswith(b"Hell"), b.endswith((b"x", b"lo")))
print(b.startswith(b"World", 7), b.endswith(b"World", 0, 12), b"l" in b, 108 in b, b"" in b, 300 in b"" if False else 0)
print(b.split(), b.split(b", "), b.split(b"l", 2), b.rsplit(b"l", 2), b" a  b ".split(None, 1), b" a b ".rsplit(maxsplit=1))
print(b",".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), bytearray(b"-").join([b"x", b"y"]))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"\t\n x".lstrip(), b"x \x0b\x0c".rstrip(), b"abc".strip(b"ac"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize(), b"\xe9abc".upper())
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(),
      b"Ab Cd".istitle(), b"".isalpha(), b"\x80".isascii(), b"abc".isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-5".zfill(4), b"5".zfill(3), b"ab".center(1))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(2), b"a\r\nb\nc".splitlines(), b"a\r\nb\nc".splitlines(True))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1), b"abc".replace(b"", b"-"), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcdef".translate(None, b"bd"), b"abc".translate(t, b"a"))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], b"abcdef"[::-1], b"abc"[5:], list(b"hi"), b"ab" * 2, b"a" + b"b")
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"b" > b"abc", b"" < b"\x00", max(b"hello"), sorted(b"cab"))
print(b"abc" == "abc", hash(b"abc") == hash(b"abc"), b"x" * 0, 2 * b"ab", bytes(b"abc")[1:2] == b"b")
for f in [lambda: b.find("l"), lambda: b.split(""), lambda: b.split(b""), lambda: b"a".join(["x"]), lambda: b"a".join([1]),
          lambda: b.strip("x"), lambda: b.startswith("H"), lambda: b.replace("l", "L"), lambda: b"a" + "b",
          lambda: b"a" + 1, lambda: "a" + b"b", lambda: b.index(b"zz"), lambda: b.rindex(b"zz"), lambda: b.count(256),
          lambda: b"x".center(5, b"ab"), lambda: b"x".center(5, "a"), lambda: b"abc".translate(b"short"),
          lambda: bytes.maketrans(b"ab", b"a"), lambda: b"abc"[3], lambda: b"abc"[str("x")], lambda: b"a" < "b",
          lambda: b"x".partition(b""), lambda: 1 in b"a" and ("a" in b"a"), lambda: b"a" * 1.5, lambda: b"x".decode(1),
          lambda: b.endswith(1), lambda: b.split(1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
