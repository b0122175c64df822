# Builtins over iterables: len, min/max, sum, any/all, enumerate, zip, map, filter, reversed.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(len([1]), len(()), len({}), len(set()), len("ab"), len(range(3)), len(b"x"))
t(lambda: len(5))
t(lambda: len())
class L:
    def __len__(self): return 3
class NegL:
    def __len__(self): return -1
class BadL:
    def __len__(self): return "x"
class BigL:
    def __len__(self): return 2**70
print(len(L()))
t(lambda: len(NegL()))
t(lambda: len(BadL()))
t(lambda: len(BigL()))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2]), max("hello"), min((1, "a"), (1, "b")), max([1, 5, 5.0]))
print(min([3, 1], key=lambda x: -x), max([], default=None), min([], default="d"), max([2], default=0))
print(max(1, 2, key=lambda x: -x), min("b", "a", "c", key=ord), max([(1, 2), (1, 3)], key=lambda p: p[0]))
t(lambda: min([]))
t(lambda: max([]))
t(lambda: min())
t(lambda: max(1))
t(lambda: min(1, 2, default=0))
t(lambda: max([1, "a"]))
t(lambda: max([1], bogus=1))
t(lambda: min([1], key=1))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 0.5]), sum([], 5), sum(range(10**6)))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1e100, 1.0, -1e100]), sum([2**64, 2**64]))
print(sum([True, True, 1]), sum([1.5, 2**60]), sum(x * x for x in range(10)), sum(start=3, iterable=[1]) if False else sum([1], start=3))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([bytearray(b"a")], bytearray()))
t(lambda: sum([1, "a"]))
t(lambda: sum())
t(lambda: sum(1))
print(any([]), all([]), any([0, "", 1]), all([1, "a", []]), any(x > 3 for x in range(5)), all(iter([1, 1])))
t(lambda: any(5))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)), list(enumerate([], 2**70)))
print(list(enumerate("ab", 2**64)))
t(lambda: enumerate())
t(lambda: enumerate([1], "a"))
t(lambda: enumerate([1], 1, 2))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))), list(zip("ab", "cd", strict=True)))
t(lambda: list(zip([1, 2, 3], [1], strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1], [1], [2, 3], strict=True)))
t(lambda: list(zip(1)))
t(lambda: list(zip([1], 1)))
z = zip([1, 2, 3], "ab")
print(next(z), next(z), next(z, "done"), list(z))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
t(lambda: map(str))
t(lambda: list(map(5, [1])))
t(lambda: map(str, 5))
print(list(filter(None, [0, 1, "", "a", [], None, 2])), list(filter(lambda x: x % 2, range(7))))
t(lambda: list(filter(5, [1])))
t(lambda: filter(None))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), 25 in Seq())
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(NoRev()))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
e = enumerate("xy")
print(iter(e) is e, next(e))
