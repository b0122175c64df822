# __index__, __int__, __float__, __trunc__ of user objects as used by int(), float(), indexing and math.
import math
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class IntOnly:
    def __int__(self):
        return 42
class TruncOnly:
    def __trunc__(self):
        return 7
class FloatOnly:
    def __float__(self):
        return 1.25
class BadIndex:
    def __index__(self):
        return 1.5
class BadInt:
    def __int__(self):
        return "x"
print(int(Idx(5)), int(IntOnly()), float(Idx(3)), float(FloatOnly()))
print([1, 2, 3][Idx(1)], "abc"[Idx(-1)], list(range(Idx(3))), [0] * Idx(3), bin(Idx(5)), (10).__pow__(Idx(2)))
print(math.sqrt(Idx(9)), math.sqrt(FloatOnly()), math.factorial(Idx(5)), math.gcd(Idx(12), Idx(8)), math.isqrt(Idx(17)))
print(round(2.567, Idx(2)), pow(Idx(2), Idx(5)) if False else "skip", math.comb(Idx(5), 2), math.ldexp(1.0, 3))
for t in ["[1][BadIndex()]", "int(BadInt())", "int(BadIndex())", "float(IntOnly())", "math.sqrt(IntOnly())",
          "[1][IntOnly()]", "math.factorial(FloatOnly())", "range(FloatOnly())", "'a' * FloatOnly()", "hex(IntOnly())",
          "math.floor(IntOnly())", "math.ldexp(1.0, Idx(3))", "math.floor(FloatOnly())", "math.trunc(FloatOnly())", "math.trunc(TruncOnly())"]:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
class Fl:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __round__(self, n=None):
        return "round!"
print(math.floor(Fl()), math.ceil(Fl()), round(Fl()))
