# round(): banker's rounding, ndigits (positive, zero, negative) on ints and floats; errors.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 3.14159, -3.14159, 1e16 + 1, 123.456, 5e-324]:
    print(repr(x), round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, 3), type(round(x)))
for x in [0, 5, 15, 25, -25, 123456, -123456, 2**70, 10**30 + 5 * 10**9, 150, 250, -150, 99]:
    print(x, round(x), round(x, 1), round(x, -1), round(x, -2), round(x, -10), round(x, -100))
print(round(1.23456789e20, -18), round(1e300, -299), round(1e-300, 300), round(123.456, -400), round(123.456, 400))
print(round(-0.0), round(-0.0, 1), round(0.0, -3), round(-1e-20, 2), round(2.5, None), round(True), round(True, 2))
print(round(0.125, 2), round(0.375, 2), round(1.15, 1), round(2.85, 1), round(1234.5678, -2), round(5.5, -1))
inf, nan = float("inf"), float("nan")
print(round(inf, 2), round(-inf, 0), round(nan, 1), round(1e308, -308))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
for t in ["round(inf)", "round(nan)", "round(1.5, 1.5)", "round('x')", "round(1, 'a')", "round()", "round(1, 2, 3)",
          "round(1.5, ndigits=2)", "round(number=2.5)", "round([])", "round(1e300, -2**70)", "round(5, 2**70)"]:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
