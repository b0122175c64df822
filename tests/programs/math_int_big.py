# Integer math functions on big and edge values.
import math
print(math.factorial(170) == math.prod(range(1, 171)), math.factorial(3000).bit_length(), math.factorial(25) % 10**9)
print(math.comb(1000, 500) % 10**12, math.comb(10**6, 3), math.perm(10**6, 3), math.comb(60, 30), math.perm(20, 20) == math.factorial(20))
print(math.comb(200, 150) == math.comb(200, 50), sum(math.comb(30, k) for k in range(31)) == 2**30, math.perm(5, 0), math.comb(0, 5))
print(math.gcd(2**200 * 3, 2**150 * 9), math.gcd(-2**100, 0), math.lcm(*range(1, 31)), math.lcm(2**100, 3**50) == 2**100 * 3**50)
print(math.isqrt(10**200) == 10**100, math.isqrt(10**200 - 1) == 10**100 - 1, math.isqrt(2**1001) ** 2 <= 2**1001 < (math.isqrt(2**1001) + 1) ** 2)
print(math.isqrt(99999999999999999999), math.isqrt(2**64), math.isqrt(2**64 - 1), math.isqrt(3), math.isqrt(1 << 127))
print(math.prod(range(1, 30), start=2**-5), math.prod([10**20] * 5) == 10**100, math.prod(iter([2, 3.5, True])), math.prod([], start=[1]))
print(math.gcd(0, 0, 0), math.lcm(0, 0), math.gcd(7), math.lcm(-7), math.gcd(True, True), type(math.gcd(True)).__name__)
print(math.floor(10**30 + 0.0) == 10**30, math.ceil(-1e18), math.trunc(-2**70 + 0.5), math.floor(2**70), math.ceil(True))
print(math.log2(2**1000), math.log10(10**300), math.log(2**2000), math.log(10**500, 10), math.log1p(10**300))
