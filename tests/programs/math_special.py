# Special functions: erf, erfc, gamma, lgamma, with their poles and overflow errors.
import math
for x in [0.0, -0.0, 0.1, 0.5, 1.0, -1.0, 2.0, 3.5, -3.5, 6.0, 10.0, 27.0, 30.0, -30.0, 1e-10, math.inf, -math.inf]:
    print(repr(x), math.erf(x), math.erfc(x))
for x in [1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 23.0, 24.0, 0.5, 1.5, -0.5, -1.5, 2.5, 0.1, 1e-5, 1e-300, 100.0, 170.5, 171.0, -170.5, 4.5, 7.25, 33.3, -2.5, -100.5, 141.5, 150.5]:
    print(repr(x), math.gamma(x), math.lgamma(x))
for x in [1e10, 1e300, 3.0e-5, -0.001, -10.3, 0.0001, 12.0, 15.5, -7.8]:
    print(repr(x), math.lgamma(x))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan), math.lgamma(math.nan), math.erf(math.nan))
print(math.gamma(-0.0) if False else "skip", math.lgamma(1), math.lgamma(2), math.gamma(5) == 24.0, math.gamma(True))
tests = ["math.gamma(0)", "math.gamma(-0.0)", "math.gamma(-1)", "math.gamma(-2.0)", "math.gamma(-math.inf)", "math.gamma(172)",
         "math.gamma(1000.5)", "math.lgamma(0)", "math.lgamma(-1)", "math.lgamma(-2.0)", "math.lgamma(1e308)", "math.gamma(-171.5)",
         "math.gamma(-180.5)", "math.erf('x')", "math.gamma(None)", "math.lgamma(10**400)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
