# math.fsum (exact), hypot with many args, dist, and sums that naive addition gets wrong.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([0.1, 0.2, 0.3]), math.fsum(iter([1e16, 1.0, 1e-16])))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([1.0, 1e-16, 1e-16]), math.fsum([-0.0, -0.0]), math.fsum([1e308, 1e308, -1e308]) if False else "skip")
print(math.fsum([float("inf"), 1.0]), math.fsum([-math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([True, 2**60, 0.5]))
for t in ["math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.fsum(['a'])", "math.fsum(5)",
          "math.fsum([10**400])", "math.fsum([1e308, 1e308, -1e308])"]:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(*range(10)), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1.5, 2, 2.5, 3), math.hypot(5e-324, 5e-324))
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 8)), math.dist([], []), math.dist([1.5], [-1.5]), math.dist(iter([1]) and (1,), (2,)))
for t in ["math.hypot('a')", "math.hypot(1, None)", "math.dist([1], [1, 2])", "math.dist(1, 2)", "math.dist([1], ['a'])",
          "math.hypot(10**400)", "math.hypot(1e308, 1e308)", "math.dist(iter([1]), [2])"]:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
