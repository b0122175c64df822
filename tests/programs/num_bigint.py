# Big integers: long arithmetic, conversions and identities that exercise the bignum paths.
f = 1
for i in range(2, 301):
    f *= i
s = str(f)
print(len(s), s[:25], s[-75:].count("0"), sum(int(c) for c in s))
print(f % (2**61 - 1), f // 10**600 if f > 10**600 else 0, f.bit_length(), f.bit_count(), (f >> 500) & 0xFFFF)
fib = [0, 1]
for _ in range(500):
    fib.append(fib[-1] + fib[-2])
print(fib[500] % 10**20, len(str(fib[500])), fib[500] * fib[498] - fib[499] ** 2)
x = 3**200
y = 7**150
print(x * y % 1000000007, (x * y) // y == x, x // y, x % y, divmod(x, -y)[1] <= 0, -x // y, -x % y)
print(x & y, (x | y) > x, x ^ y ^ y == x, ~x == -x - 1, (x << 100) >> 100 == x, x >> 400, -x >> 10 == -((x + 1023) >> 10))
print(pow(x, y, 2**127 - 1), pow(x, -1, 2**127 - 1) * x % (2**127 - 1), pow(2, 10**5) % 10**10)
print(int(str(x)) == x, int(hex(x), 16) == x, int(oct(-y), 8) == -y, int(bin(y), 0) == y, float(x) == 2.6561398887587478e+95)
print(x == float(x), x > float(x), hash(x) == hash(float(x)), x / y, y / x, (x * 10**50) / x)
print(sorted([x, -y, y, 0, -x, 2**64])[:3] == [-x, -y, 0], max(x, y) == x, abs(-x) == x, round(x, -90) % 10**90)
big = 10**1000 + 7
print(big % 97, big // (10**999), str(big)[-3:], len(str(-big)), (big * big) % 1000, big.to_bytes(420, "big")[-2:])
print(int.from_bytes(b"\xff" * 64, "big") == 2**512 - 1, (2**512 - 1).bit_length(), (-(2**512)).bit_length())
print(sum(range(10**6)), sum(i * i for i in range(1000)), 2**1000 // 3**600, 2**63 + 2**63 == 2**64)
