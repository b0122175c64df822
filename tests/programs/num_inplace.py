# Augmented assignment on numbers and numeric subclasses (immutable: rebinding, not mutation).
a = 10
b = a
a += 5
print(a, b)
x = 2**62 - 1
x += 1
print(x, type(x).__name__)
x -= 2**62
print(x)
f = 1.5
f *= 4
f /= 3
f //= 0.5
f **= 2
f %= 7
print(f)
c = 1 + 1j
c *= c
c -= 1
c /= 2j
print(c)
n = 1
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    m = 37
    exec(f"m {op} 5")
    print(op, m)
class Acc(int):
    def __iadd__(self, other):
        return Acc(int(self) + 2 * other)
acc = Acc(1)
acc += 10
print(acc, type(acc).__name__)
acc -= 1
print(acc, type(acc).__name__)
t = True
t += True
print(t, type(t).__name__)
try:
    z = 1
    z += "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    z = 1.0
    z //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    z = 1
    z <<= -1
except ValueError as e:
    print(type(e).__name__, e)
