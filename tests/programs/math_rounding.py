# math.floor / ceil / trunc: ints pass through, floats convert exactly, and dunders of other types.
import math
for x in [0, 5, -5, 2**100, 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.999999, -2.000001, 1e20, -1e20, 2.0**60 + 0.5, 1e300, True]:
    print(repr(x)[:12], math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
class Ceilable:
    def __ceil__(self):
        return 11
    def __float__(self):
        return 2.5
class OnlyFloat:
    def __float__(self):
        return -2.5
print(math.ceil(Ceilable()), math.floor(Ceilable()), math.ceil(OnlyFloat()), math.floor(OnlyFloat()))
class MyFloat(float):
    pass
class FloorFloat(float):
    def __floor__(self):
        return "custom floor"
print(math.floor(MyFloat(3.7)), math.ceil(MyFloat(3.2)), math.floor(FloorFloat(1.5)), math.ceil(FloorFloat(1.5)))
for t in ["math.floor(math.inf)", "math.ceil(math.nan)", "math.trunc(-math.inf)", "math.floor('a')", "math.ceil(None)",
          "math.trunc([])", "math.floor(1j)", "math.floor()", "math.floor(1, 2)", "math.trunc(1, 2)"]:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
