# float methods: hex/fromhex, as_integer_ratio, is_integer, conjugate, real/imag, rounding dunders.
import math
vals = [0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 1 / 3]
for v in vals:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp+1023", "0X1P+0", "  0x.8  ", "1", "0x10", "ff", "-0xa.8p0",
          "inf", "-Infinity", "nan", "0x1p-1075", "0x1.0000000000000801p0", "0x1.00000000000008p0", "0x3p-1076",
          "0x1p+1024", "0x1.fffffffffffff8p1023", "0x", "0xg", "0x1p", "1.5.", "", "0x1.2.3"]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, (-1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__())
print(math.trunc(2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(1e20), math.ceil(2**70 + 0.0))
print((7.5).__round__(), (8.5).__round__(), (-0.5).__round__(), (1.5).__round__(0), (2.675).__round__(2))
print(float.fromhex("0x1.999999999999ap-4") == 0.1, (0.1).hex(), (-0.1).hex(), (1e-310).hex())
print(float.__getnewargs__(2.5), (2.5).__float__(), (2.5).__int__(), (-2.5).__abs__(), (2.5).__neg__(), (2.5).__pos__())
print(float.__dict__["real"].__get__(3.5), type(float.real))
try:
    float.fromhex(5)
except TypeError as e:
    print(type(e).__name__, e)
