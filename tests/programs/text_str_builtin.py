# str() and repr() of built-in values, and str() construction forms.
inf, nan = float("inf"), float("nan")
vals = [0, -1, 10**20, -(10**25), 1.0, 0.1, -0.0, 1e16, 1.5e-7, 1e22, 123456789.123, inf, -inf, nan,
        2.5j, 1 + 2j, -0j, True, False, None, ..., NotImplemented, [], [1, [2, "3"]], (), (1,),
        (1, 2), {}, {"a": 1, 2: [3]}, set(), {1}, frozenset(), b"", b"ab\x00", bytearray(b"x"),
        range(3), range(1, 10, 2), slice(1, 2), slice(None), "s", int, str, type, object, ValueError("m"),
        KeyError("k"), ValueError(), ValueError(1, 2), Exception("a", "b")]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), str(""), str(b"abc"), str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
print(str(object="kw"), str(bytearray(b"xy"), encoding="ascii"), str(b"a\xffb", errors="ignore"))
class A:
    def __str__(self):
        return "A.__str__"
    def __repr__(self):
        return "A.__repr__"
class B:
    def __repr__(self):
        return "B-repr"
class C:
    def __str__(self):
        return 42
class SubStr(str):
    pass
class D:
    def __str__(self):
        return SubStr("sub-result")
print(str(A()), repr(A()), str(B()), [A(), B()], f"{A()} {A()!r}", "%s %r" % (A(), B()))
print(type(str(D())).__name__, str(D()))
for f in [lambda: str(C()), lambda: str(1, "ascii"), lambda: str("x", "ascii"), lambda: str(b"x", 1),
          lambda: str(b"x", "nope"), lambda: str(1, 2, 3, 4), lambda: str(foo=1), lambda: repr(),
          lambda: str(b"\xff", "ascii")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class E:
    def __repr__(self):
        return 5
try:
    repr(E())
except TypeError as e:
    print("TypeError", e)
