# Float utilities of math: frexp, ldexp, modf, fmod, remainder, copysign, fabs, nextafter, ulp, isclose, is*.
import math
for x in [0.0, -0.0, 1.0, 0.5, -3.75, 1e300, 5e-324, 2.2250738585072014e-308, 1024.0, math.inf, -math.inf, math.nan, 7]:
    print(repr(x), math.frexp(x), math.modf(x), math.fabs(x), math.copysign(1.0, x), math.ulp(x), math.isfinite(x))
for m, e in [(0.5, 1), (1.0, 1023), (1.0, -1074), (1.0, -1075), (-0.75, 3), (0.0, 10**30), (1.0, -10**30), (math.inf, -5), (3, 2), (1.0, True)]:
    print(m, e, math.ldexp(m, e))
for a, b in [(5.0, 3.0), (-5.0, 3.0), (5.0, -3.0), (5.5, 0.5), (10, 3), (1e300, 1e-300), (-0.0, 1.0), (3.0, math.inf), (5, 2.5)]:
    print(a, b, math.fmod(a, b), math.remainder(a, b))
for x in [1.5, 2.5, -2.5, 3.5]:
    print(math.remainder(x, 1.0), math.remainder(x * 10, 10))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(math.nan, -1), math.copysign(2, math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0),
      math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.inf, 0), math.nextafter(math.nan, 1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10),
      math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.isinf(1e308 * 10), math.isnan(0.0), math.isnan(float("nan")), math.isfinite(10**300), math.isinf(-math.inf), math.isclose(10**20, 10**20 + 1))
tests = ["math.fmod(1.0, 0.0)", "math.fmod(math.inf, 1.0)", "math.fmod(math.nan, 0)", "math.remainder(1.0, 0.0)", "math.remainder(math.inf, 1)",
         "math.ldexp(1.0, 1024)", "math.ldexp(1.0, 10**30)", "math.ldexp(1, 1.5)", "math.ldexp('a', 1)", "math.frexp('a')",
         "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, 0.5)", "math.isclose(1)", "math.nextafter(1)", "math.ulp('a')",
         "math.copysign(1)", "math.fabs(10**400)", "math.modf(None)", "math.ulp(math.nan)", "math.ulp(math.inf)", "math.ulp(-0.0)",
         "math.isnan('a')", "math.isinf(10**400)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
