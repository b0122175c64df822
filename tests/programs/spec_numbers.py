# Numeric semantics: int (small/big), float, bool, complex, operators, builtins.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

big = 2**100
for a in (7, -7, 7.5, -7.5, big, -big):
    for b in (2, -2, 3, -3, 2.5, -0.5, big + 1):
        t(f"{a}//{b}", lambda: a // b)
        t(f"{a}%{b}", lambda: a % b)
        t(f"divmod({a},{b})", lambda: divmod(a, b))
for a, b in ((1, 0), (1.0, 0), (big, 0), (0, 0.0), (5, 0.0)):
    t(f"{a}/{b}", lambda: a / b)
    t(f"{a}//{b}", lambda: a // b)
    t(f"{a}%{b}", lambda: a % b)
t("2**-1", lambda: 2 ** -1)
t("2**-2", lambda: (-2) ** -2)
t("0**-1", lambda: 0 ** -1)
t("0.0**-1", lambda: 0.0 ** -1)
t("(-8)**(1/3)", lambda: (-8) ** (1 / 3))
t("2**200", lambda: 2 ** 200)
t("(-3)**101", lambda: (-3) ** 101)
t("10**-300", lambda: 10 ** -300)
t("2.0**1024", lambda: 2.0 ** 1024)
t("1.5**-2", lambda: 1.5 ** -2)
t("pow(3,200,1000007)", lambda: pow(3, 200, 1000007))
t("pow(3,-1,7)", lambda: pow(3, -1, 7))
t("pow(2,-1,4)", lambda: pow(2, -1, 4))
t("pow(-5,3,7)", lambda: pow(-5, 3, 7))
t("pow(5,3,-7)", lambda: pow(5, 3, -7))
t("pow(5,3,0)", lambda: pow(5, 3, 0))
t("pow(5.0,3,7)", lambda: pow(5.0, 3, 7))
t("pow(big,big,97)", lambda: pow(big, big, 97))
t("pow(2, 0.5)", lambda: pow(2, 0.5))
t("pow(-1, 0.5)", lambda: pow(-1, 0.5))
# bitwise on big ints, negatives
x = (1 << 130) - 12345
y = -(1 << 70) + 99
for name, f in (("&", lambda: x & y), ("|", lambda: x | y), ("^", lambda: x ^ y),
                ("~x", lambda: ~x), ("~y", lambda: ~y), ("y>>3", lambda: y >> 3),
                ("y>>200", lambda: y >> 200), ("x>>200", lambda: x >> 200),
                ("y<<65", lambda: y << 65), ("-1&big", lambda: -1 & big),
                ("-big&0xff", lambda: -big & 0xff), ("1<<-1", lambda: 1 << -1),
                ("1>>-1", lambda: 1 >> -1), ("bitlen", lambda: y.bit_length()),
                ("bitcount", lambda: x.bit_count())):
    t(name, f)
# chained comparisons
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(1) < v(0) < v(3), calls); calls.clear()
print(1 == 1.0 == True, 1 < 2 > 0, 1 < 2 in [2], 3 not in [1] is not None)
print(big > 1e30, big == float(big), 2**53 + 1 == float(2**53 + 1), float("nan") == float("nan"))
print(1 < 2.5 <= 2.5 < big)
t("1 < 'a'", lambda: 1 < "a")
t("[] < ()", lambda: [] < ())
t("1j < 2j", lambda: 1j < 2j)
# round
for n in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, -0.0, 12345.6789):
    print("round", n, round(n), round(n, 1), round(n, 2), round(n, -1), round(n, -2))
for n in (5, 15, 25, -25, 1234567, big + 5 * 10**10):
    print("round int", n, round(n), round(n, -1), round(n, -2), round(n, 2))
t("round(inf)", lambda: round(float("inf")))
t("round(nan)", lambda: round(float("nan")))
t("round(nan,1)", lambda: round(float("nan"), 1))
t("round(1.5, None)", lambda: round(1.5, None))
t("round('x')", lambda: round("x"))
t("round(2.5, 1.0)", lambda: round(2.5, 1.0))
# abs
for n in (-5, -big, -2.5, -0.0, 3 + 4j, True, -float("inf")):
    print("abs", repr(n), repr(abs(n)))
t("abs('x')", lambda: abs("x"))
# bool arithmetic
print(True + True, True * 10, True / 2, -True, ~True, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(divmod(True, 2), True ** 10, False ** 0, int(True), float(False), str(True), repr(False))
# complex
c = 3 + 4j
d = -1.5 - 2j
for name, f in (("c+d", lambda: c + d), ("c-d", lambda: c - d), ("c*d", lambda: c * d),
                ("c/d", lambda: c / d), ("c**2", lambda: c ** 2), ("c**0.5", lambda: c ** 0.5),
                ("c**-1", lambda: c ** -1), ("c**d", lambda: c ** d), ("c==3+4j", lambda: c == 3 + 4j),
                ("c.conj", lambda: c.conjugate()), ("real/imag", lambda: (c.real, c.imag)),
                ("c/0", lambda: c / 0), ("c//2", lambda: c // 2), ("c%2", lambda: c % 2),
                ("complex('1+2j')", lambda: complex("1+2j")), ("complex(' -3j ')", lambda: complex(" -3j ")),
                ("complex('x')", lambda: complex("x")), ("complex(1, 2j)", lambda: complex(1, 2j)),
                ("repr", lambda: [1j, -0j, complex(0, -0.0), complex(-0.0, 0), 1e20j, complex(1, float("nan")), complex(float("inf"), -1)]),
                ("hash", lambda: hash(1 + 0j) == hash(1)), ("0j**0", lambda: 0j ** 0), ("0j**-1", lambda: 0j ** -1),
                ("abs", lambda: abs(1e200 + 1e200j)), ("bool", lambda: (bool(0j), bool(1j))),
                ("int(c)", lambda: int(c))):
    t(name, f)
# int/float misc
t("int('  -0x1f ', 16)", lambda: int("  -0x1f ", 16))
t("int('1_000')", lambda: int("1_000"))
t("int('1__0')", lambda: int("1__0"))
t("int(1e20)", lambda: int(1e20))
t("int(inf)", lambda: int(float("inf")))
t("int(nan)", lambda: int(float("nan")))
t("float('1e400')", lambda: float("1e400"))
t("float(big**20)", lambda: float(big ** 20))
t("big**20 / 1", lambda: big ** 20 / 1)
t("big**20 / big**19", lambda: big ** 20 / big ** 19)
t("1/3", lambda: 1 / 3)
t("big / 3", lambda: big / 3)
t("-7 // 2.0", lambda: -7 // 2.0)
t("-7 % 2.0", lambda: -7 % 2.0)
t("7 % -0.0", lambda: 7 % -0.0)
t("-0.0 % 5", lambda: -0.0 % 5)
t("1e308*10", lambda: 1e308 * 10)
t("1.0.is_integer", lambda: (1.0).is_integer())
t("as_integer_ratio", lambda: (0.75).as_integer_ratio())
t("hex", lambda: (1.5).hex())
t("fromhex", lambda: float.fromhex("0x1.8p1"))
t("float.__round__", lambda: (2.5).__round__())
t("int.__floordiv__ str", lambda: (5).__floordiv__("a"))
t("5 + 'a'", lambda: 5 + "a")
t("'a' * 2.0", lambda: "a" * 2.0)
t("[1] * big", lambda: [1] * big)
t("-big // 7", lambda: -big // 7)
t("-big % 7", lambda: -big % 7)
t("big // -7.5", lambda: big // -7.5)
t("divmod(-big, -13)", lambda: divmod(-big, -13))
t("divmod(7, 0)", lambda: divmod(7, 0))
t("divmod(7.5, 0.0)", lambda: divmod(7.5, 0.0))
t("divmod(1j, 1)", lambda: divmod(1j, 1))
t("hash(-1)", lambda: (hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(1.5), hash(-0.0)))
t("int.from_bytes", lambda: int.from_bytes(b"\xff\xfe", "little", signed=True))
t("to_bytes", lambda: (-2).to_bytes(2, "big", signed=True))
t("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
t("isqrt-ish", lambda: (10**40) ** 0.5)
t("sum floats", lambda: sum([0.1] * 10))
t("min/max mixed", lambda: (min(3, 2.5, big), max(-1, -1.0), max(1.0, 1)))
