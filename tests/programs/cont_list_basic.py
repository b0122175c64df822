# list construction, indexing, methods and their error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[-3])
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a["x"])
t(lambda: a[1.5])
print(list(), list("abc"), list((1, 2)), list(range(4)), list({1: 2}))
t(lambda: list(5))
t(lambda: list([1], [2]))
t(lambda: list(x=1))
b = []
b.append(1); b.append("two"); b.extend([3, 4]); b.extend((5,)); b.extend("ab")
b.extend(x for x in range(2))
print(b)
b.insert(0, "first"); b.insert(100, "last"); b.insert(-1, "neg"); b.insert(-100, "veryneg")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop("a"))
c = [1, 2, 3, 2, 1]
print(c.index(2), c.index(2, 2), c.index(1, -1), c.index(3, 0, 3), c.count(2), c.count(9))
t(lambda: c.index(9))
t(lambda: c.index(3, 3))
c.remove(2); print(c)
t(lambda: c.remove(42))
c.reverse(); print(c)
d = c.copy(); d.append(0); print(c, d)
d.clear(); print(d)
print([1, 2] + [3], [0] * 3, 3 * [0], [1, 2] * 0, [1] * -2)
t(lambda: [1] + (2,))
t(lambda: [1] * 2.0)
t(lambda: [1] * "a")
e = [1]; e += (2, 3); e += "x"; print(e)
e *= 2; print(e)
f = e; f *= 0; print(e, f is e)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] != [1.0])
t(lambda: [1] < ["a"])
t(lambda: [1] < (1,))
print([1, [2, [3]]] == [1, [2, [3]]])
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1]], float("nan") in [float("nan")])
n = float("nan"); print(n in [n], [n] == [n])
print(bool([]), bool([0]))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].insert(1))
t(lambda: [].index())
t(lambda: [].count())
t(lambda: [3].extend(5))
t(lambda: hash([]))
print(list.__name__, type([]).__name__, isinstance([], list))
x = [5, 6]
x[0] = 50; x[-1] = 60; print(x)
def s():
    x[2] = 1
t(s)
def dl():
    del x[5]
t(dl)
del x[0]; print(x)
print(repr([None, True, 1.5, "s", b"b", (1,), {}, set()]))
