print(isinstance(1, (str, int)), isinstance("s", (int, float)), issubclass(bool, (str, int)))
print(type(3) is int, type("x").__name__, type(type), type(None).__name__)
print(callable(len), callable(3), callable(lambda: 0), callable(type))
print(abs(-3), abs(-2.5), abs(True), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, -1))
print(max(3, 1, 2), min([4, 2, 8]), max("abc"), min((1, "a"), (1, "b")), max([], default="none"))
print(max([1, 5, 3], key=lambda v: -v), min("Hello World", key=str.lower))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
print(all([]), any([]), all([1, 0]), any([0, "", 3]))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}))
print(list(zip("ab", [1, 2, 3])), dict(zip("ab", range(2))), list(enumerate("xy", start=5)))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2))
print(chr(65), ord("A"), chr(0x263A), ord("€"), hex(255), oct(8), bin(5), hex(-1))
print(int("42"), int("ff", 16), int("0b101", 0), float("3.5"), str(1.0), bool("0"), int(3.99), int(-3.99))
print(repr("a'b"), repr('a"b'), repr("a\nb"), ascii("é"), str(b"x"), repr(None))
print(len("héllo"), len([1, 2]), len({"a": 1}), len(range(10)), len(b"abc"))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(lambda v: v > 1, [0, 1, 2, 3])))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","))
print(vars(type("T", (), {"a": 1}))["a"], getattr(3, "real"), getattr(3, "nope", "dflt"), hasattr([], "append"))
o = type("Obj", (), {})()
setattr(o, "v", 5)
print(o.v, getattr(o, "v"))
delattr(o, "v")
print(hasattr(o, "v"))
print(iter([1]).__next__(), next(iter("ab")), next(iter([]), "empty"))
print(list(reversed((1, 2, 3))), slice(1, 5, 2), range(0, 10, 3)[1], list(range(10, 0, -3)))
print(isinstance(range(3), range), bytes([65, 66]), bytearray(b"ab"), frozenset([1]))
print(bool(), int(), float(), str(), list(), tuple(), dict(), set())
print(id(o) == id(o), type(id(o)))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    int("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(dir(o) == sorted(dir(o)), "__init__" in dir(o), len(dir([])) > 30)
