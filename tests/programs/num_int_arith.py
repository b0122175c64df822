# Integer arithmetic: small, big, negative, mixed with bool; floor semantics.
vals = [0, 1, -1, 7, -7, 3, -3, 2**62 - 1, -(2**62), 2**62, 2**63, -(2**63) - 1, 10**30, -(10**30) + 7]
for a in vals:
    for b in [1, -1, 3, -3, 7, 2**64 + 1, -(10**20)]:
        print(a, b, a + b, a - b, a * b, a // b, a % b)
print(True + 1, True * 10, False - 5, True // 1, -True)
print(2**62 - 1 + 1, type(2**62), -(2**62) - 1)
print((2**64) * (2**64), (2**128) // (2**64), (2**128) % (2**64 - 1))
print(-(10**40) // 7, -(10**40) % 7, (10**40) // -7, (10**40) % -7)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
x = 5
x += 2**70
x -= 2**70
x *= -3
x //= 2
x %= 4
print(x)
s = 0
for i in range(1000):
    s += i * i * i
print(s)
f = 1
for i in range(1, 60):
    f *= i
print(f, f // (2**100), f % 1000003)
print(1 - 2**63 + 2**63, (2**63) - (2**63), 0 * -(10**50))
print(-0, 0 == -0, +5, -(-5), - -(2**70))
for a, b in [(1, 0), (2**70, 0), (0, 0), (-5, 0)]:
    for op in ['//', '%']:
        try:
            print(eval(f"{a} {op} {b}"))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 - None
except TypeError as e:
    print(type(e).__name__, e)
