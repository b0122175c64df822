# Tuples: construction, hashing, comparison, methods, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({3: 4}))
x = (1, 2, 3)
print(tuple(x) is x, x[0], x[-1], len(x), x.index(2), x.count(3), x.count(9))
t(lambda: x[3])
t(lambda: x.index(7))
t(lambda: x.index(1, 1))
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
print(x + (4,), x * 2, 2 * x, () * 5, x * -1)
t(lambda: x + [4])
t(lambda: x * 1.5)
def setit():
    x[0] = 5
t(setit)
def delit():
    del x[0]
t(delit)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash((None,)) == hash((None,)))
t(lambda: hash((1, [2])))
t(lambda: {(1, [2]): 3})
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print((1, "a") < (1, "b"), () < (0,), (1, 2) >= (1, 2), (1, 2) <= (0, 5))
t(lambda: (1, 2) < (1, "a"))
t(lambda: (1,) < [1])
print((1, 2) == [1, 2])
a, b, c = x
print(a, b, c)
def unp():
    a, b = x
t(unp)
def unp2():
    a, b, c, d = x
t(unp2)
print(repr((1,)), repr(((),)), str((1, "a", None)))
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
print(tuple(i * i for i in range(5)))
print(type(()).__name__, (1, 2).__len__(), (1, 2).__contains__(2), (1, 2).__getitem__(-1))
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, p == (1, 2), hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__)
print(p[:1], type(p[:1]).__name__, p * 2, type(p * 2).__name__)
t(lambda: tuple.index())
print(sorted({(2, 1), (1, 2), (1, 1)}))
print(max((1, 5), (1, 6)), min((3,), (2, 99)))
print(1 in (1, 2), "a" in ("ab",), (1,) in [(1,)])
