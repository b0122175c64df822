# bytes() and bytearray() construction forms and their errors.
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class WithIndex:
    def __index__(self):
        return 3
def gen():
    yield 65
    yield 66
print(bytes(), bytes(3), bytes(0), bytes([1, 2, 255]), bytes((72, 105)), bytes(range(65, 70)), bytes(gen()))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("x", encoding="latin-1"))
print(bytes(WithBytes()), bytes([WithIndex()]), bytes(memoryview(b"mv")) if False else "", bytes("é", "latin-1", "strict"))
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray([1, 2]), bytearray("ü", "utf-8"), bytearray(range(3)))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), bytes.fromhex(""), bytes.fromhex(" 1a  2b "))
print(type(bytes()).__name__, type(bytearray()).__name__, bytes(b"") is bytes(b""), len(bytes(10)))
for f in [lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
          lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"x", "utf-8"), lambda: bytes(1, "utf-8"),
          lambda: bytes("x", "nope"), lambda: bytes("é", "ascii"), lambda: bytearray("x"), lambda: bytearray(-5),
          lambda: bytearray([300]), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"),
          lambda: bytes.fromhex("a b"), lambda: bytes.fromhex(b"ab"), lambda: bytes(errors="strict"),
          lambda: bytes(encoding="utf-8"), lambda: bytes([1.0]), lambda: bytes(object()), lambda: bytes("x", "utf-8", "bogus")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return "not bytes"
try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError", e)
class B(bytes):
    pass
b = B(b"sub")
print(b, type(b).__name__, B.fromhex("41"), type(B.fromhex("41")).__name__, b + b"!", type(b + b"!").__name__)
class BA(bytearray):
    pass
print(BA(b"x"), type(BA.fromhex("41")).__name__)
