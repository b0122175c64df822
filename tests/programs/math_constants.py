# math constants and the module's surface.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan))
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.isnan(math.nan), math.isinf(math.inf))
print(math.__name__, type(math).__name__, math.__doc__ is None or isinstance(math.__doc__, str))
names = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign", "cos", "cosh",
         "degrees", "dist", "e", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial", "floor", "fmod", "frexp",
         "fsum", "gamma", "gcd", "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp",
         "lgamma", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi", "pow", "prod", "radians",
         "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "tau", "trunc", "ulp"]
print([n for n in names if not hasattr(math, n)])
print(sorted(n for n in dir(math) if not n.startswith("_")) == sorted(names))
print(type(math.sqrt).__name__, math.sqrt.__name__, repr(math.sqrt))
from math import sqrt, pi as PI
print(sqrt(2), PI)
