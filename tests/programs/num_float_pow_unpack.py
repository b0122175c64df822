# Float powers through the interpreter's fast path and the general one; unpacking of exact
# and subclassed sequences.
for x, y in [(2.0, 0.5), (10.0, -2.0), (1.0, 1e300), (0.5, 1074.0), (1e-300, 2.0),
             (2.0, 0.0), (float("inf"), 0.5), (-8.0, 2.0), (-8.0, 1.0 / 3), (0.0, 3.0)]:
    try:
        print(x, y, x ** y)
    except Exception as e:
        print(x, y, type(e).__name__, e)
for x, y in [(1e308, 2.0), (0.0, -1.0), (10.0, 400.0)]:
    try:
        print(x ** y)
    except Exception as e:
        print(type(e).__name__, e)
d = 0.25
d **= 0.5
print(d)
a, b = (1, 2)
c, d, e = [3, 4, 5]
print(a, b, c, d, e)


class T(tuple):
    pass


class L(list):
    pass


f, g = T((6, 7))
h, i = L([8, 9])
print(f, g, h, i)
for bad in [(1, 2, 3), [1], "xyz", T((1,)), 5]:
    try:
        p, q = bad
    except Exception as e:
        print(type(e).__name__, e)
pairs = [((1, 2), [3, 4]), ((5, 6), [7, 8])]
for (m, n), (o, r) in pairs:
    print(m + n + o + r)
