# Assignment forms, arithmetic basics, chained comparisons, truthiness.
a = b = 3
c, d = 1, 2
(e, f), g = (4, 5), 6
h, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(a, b, c, d, e, f, g, h, rest, init, last)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, 1 == 1.0, 0 < x <= 100)
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, -1]:
    print(repr(v), bool(v), not v)
print(True + True, True * 3, -True, ~True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", [] and 5)
y = (z := 5) + 1
print(y, z)
del y
try:
    print(y)
except NameError as ex:
    print("NameError:", ex)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
else:
    print("not reached")
print(i)
for j in range(3):
    pass
else:
    print("for-else", j)
print(type(1), type(1.0), type("s"), type(None), type(print), type(len))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool)
