# The iterator protocol: __iter__/__next__, __getitem__ fallback, iter(callable, sentinel), next().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), tuple(Count(2)), set(Count(2)), sorted(Count(3), reverse=True), sum(Count(4)))
print(dict(zip(Count(2), "ab")), [x for x in Count(3)], {*Count(2)}, [*Count(2), *Count(1)])
a, b, c = Count(3); print(a, b, c)
class GI:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i * i
print(list(GI()), 4 in GI(), 5 in GI(), list(enumerate(GI())))
it = iter(GI()); print(type(it).__name__, next(it), next(it))
class GIStop:
    def __getitem__(self, i):
        if i > 1: raise StopIteration
        return i
print(list(GIStop()))
class NotIt:
    pass
t(lambda: iter(NotIt()))
t(lambda: list(NotIt()))
t(lambda: [x for x in 5])
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
class NoNext:
    def __iter__(self): return self
t(lambda: iter(NoNext()))
t(lambda: next(5))
t(lambda: next([1]))
t(lambda: next(iter([])))
print(next(iter([]), None), next(iter([7]), None))
t(lambda: next())
t(lambda: next(iter([]), 1, 2))
def f():
    return 1
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))
t(lambda: iter(5, 5))
t(lambda: iter(counter, 1, 2))
ci = iter(counter, 100)
print(type(ci).__name__, next(ci))
class Raiser:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
t(lambda: list(Raiser()))
t(lambda: [x for x in Raiser()])
t(lambda: sum(Raiser()))
it = iter([1, 2, 3])
print(list(it), list(it), iter(it) is it)
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
print(list(it))
l2 = [1, 2, 3]
it2 = iter(l2)
l2.clear()
print(list(it2))
l3 = [1, 2]
it3 = iter(l3)
print(list(it3)); l3.append(9); print(list(it3))
li = iter(range(3))
print(li.__next__(), li.__iter__() is li)
print(list(iter((1, 2).__iter__())), list("abc".__iter__()))
class Container:
    def __init__(self): self.items = [1, 2, 3]
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x == "magic"
c = Container()
print(1 in c, "magic" in c, list(c))
class IterOnly:
    def __iter__(self): yield from [5, 6]
print(5 in IterOnly(), 7 in IterOnly())
t(lambda: 1 in 5)
def gen():
    yield 1
    yield 2
g = gen()
print(next(g), list(g), next(g, "exhausted"))
print([*range(3)], (*"ab",), {**dict(a=1)})
t(lambda: [*5])
for x, y in [(1, 2), (3, 4)]:
    print(x, y)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
