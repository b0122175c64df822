# Trigonometric and hyperbolic functions, degrees/radians, atan2, with domain errors.
import math
for x in [0.0, -0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.0, 10.0, 1e-8, 100.0]:
    print(repr(x), math.sin(x), math.cos(x), math.tan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.atan(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0, 0.9999]:
    print(x, math.asin(x), math.acos(x))
for x in [1.0, 1.5, 10.0, 1e300]:
    print(x, math.acosh(x))
for x in [-0.5, 0.0, 0.5, 0.999]:
    print(x, math.atanh(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (1, 0), (math.inf, math.inf), (-math.inf, 1), (3, 4)]:
    print(y, x, math.atan2(y, x))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(-90), math.degrees(math.tau), math.radians(1e308))
print(math.sin(math.inf) if False else "skip", math.tanh(math.inf), math.tanh(-1000), math.atan(math.inf), math.sinh(-math.inf), math.cosh(-math.inf))
tests = ["math.sin(math.inf)", "math.cos(-math.inf)", "math.tan(math.inf)", "math.asin(1.5)", "math.acos(-2)", "math.acosh(0.5)",
         "math.atanh(1)", "math.atanh(-1.0)", "math.atanh(2)", "math.sinh(1000)", "math.cosh(-1000)", "math.sin('a')", "math.atan2(1)",
         "math.atan2(1, 'x')", "math.degrees()", "math.sin(10**400)", "math.sin(math.nan)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
