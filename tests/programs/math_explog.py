# Exponentials, logarithms, powers and roots, with domain and range errors.
import math
for x in [0.0, 0.5, 1.0, 2.0, 10.0, -1.0, 100.0, 709.0, -745.0, 1e-10, -1e-10, -0.0]:
    print(x, math.exp(x), math.expm1(x), math.exp2(x), math.sqrt(abs(x)), math.cbrt(x))
for x in [1.0, 2.0, 10.0, 0.5, 1e-300, 1e300, 100, 1000, 2**1000, 7, math.e, math.inf]:
    print(repr(x)[:15], math.log(x), math.log10(x), math.log2(x), math.log1p(x), math.log(x, 2), math.log(x, 10))
print(math.log(8, 2), math.log(100, 10), math.log(2**100, 2), math.log(10**50, 10), math.log(1, 5), math.log(27, 3), math.log(0.5, 0.25))
print(math.pow(2, 10), math.pow(2.0, -1), math.pow(0.0, 0.0), math.pow(-8, 1 / 3) if False else "skip", math.pow(math.nan, 0), math.pow(1, math.nan),
      math.pow(-2, 3), math.pow(-1, math.inf), math.pow(2, -math.inf), math.pow(0.5, -math.inf), math.pow(-0.0, 3), math.pow(-0.0, -3) if False else "skip")
print(math.sqrt(2), math.sqrt(1e-320), math.sqrt(math.inf), math.sqrt(-0.0), math.sqrt(10**300), math.sqrt(True), math.cbrt(-27), math.cbrt(2))
print(math.exp(math.inf), math.exp(-math.inf), math.exp(math.nan), math.log1p(-0.0), math.expm1(-math.inf), math.log(math.inf))
tests = ["math.log(0)", "math.log(-1)", "math.log(0.0)", "math.log(-math.inf)", "math.log(10, 1)", "math.log(10, 0)", "math.log(10, -2)",
         "math.log(0, 10)", "math.log(10**400)", "math.log10(10**400)", "math.log2(2**5000)", "math.log1p(10**400)", "math.log(-(10**400))", "math.log10(0)", "math.log2(-1)", "math.log1p(-1)", "math.log1p(-2)",
         "math.sqrt(-1)", "math.sqrt(-math.inf)", "math.exp(1000)", "math.exp2(2000)", "math.expm1(1000)", "math.pow(0, -1)",
         "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.pow(-0.0, -3)", "math.pow(0.0, -math.inf)", "math.log()", "math.log(1, 2, 3)",
         "math.log('a')", "math.sqrt('4')", "math.exp(10**400)", "math.log(2, 10**400)", "math.log(0.0, 2)", "math.sqrt(10**400)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
