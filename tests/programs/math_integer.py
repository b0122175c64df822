# Integer functions of math: gcd, lcm, isqrt, comb, perm, factorial, prod; with errors.
import math
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.gcd(2**100, 2**70 * 3), math.gcd(10**30, 10**20 + 5), math.gcd(True, 4), math.gcd(*range(6, 600, 6)))
print(math.lcm(), math.lcm(0), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 26, 99, 100, 2**52, 2**53 + 1, 10**30, 10**30 - 1, 2**200 + 12345]:
    r = math.isqrt(n)
    print(n if n < 10**20 else "big", r if r < 10**20 else "big", r * r <= n < (r + 1) ** 2)
print(math.isqrt(True), type(math.isqrt(4)))
for n in [0, 1, 2, 5, 10, 20, 21, 25, 30, 100]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7), math.factorial(True))
for n, k in [(5, 0), (5, 2), (5, 5), (5, 6), (10, 3), (52, 5), (100, 50), (0, 0), (1000, 3), (10**20, 2), (30, 29)]:
    print(n if n < 10**10 else "big", k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(10, None), math.comb(True, True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([1, 2], start=10))
print(math.prod([1j, 1j]), math.prod(x for x in [3, 3.0]), math.prod([[1]], start=1), math.prod(["a"], start=2))
print(math.prod([2] * 100), math.prod([], start="x"), math.prod([True, True]), type(math.prod([True, True])))
tests = ["math.gcd(1.5)", "math.gcd(1, 2.0)", "math.gcd('a')", "math.lcm(2, 'x')", "math.isqrt(-1)", "math.isqrt(2.0)",
         "math.factorial(-1)", "math.factorial(2.0)", "math.factorial(2.5)", "math.factorial('5')", "math.factorial(10**30)",
         "math.comb(-1, 2)", "math.comb(5, -2)", "math.comb(5.0, 2)", "math.comb(5)", "math.perm(-1)", "math.perm(3, -1)",
         "math.perm(1.5, 1)", "math.comb(2**64, 2**63)" if False else "math.comb(10, 'a')", "math.prod(5)",
         "math.prod([1], 2)", "math.prod(['a', 'b'])", "math.gcd(x=1)", "math.isqrt()", "math.factorial()",
         "math.perm(1, 2, 3)", "math.comb(1, 2, 3)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
