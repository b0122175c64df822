# range: construction, indexing, slicing, containment, equality, big ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(10)
print(r, range(1, 5), range(1, 10, 2), range(10, 0, -3), list(range(10, 0, -3)), list(range(0)))
print(len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], r[1:-1:3], range(0, 20, 3)[::-2])
t(lambda: r[10])
t(lambda: r[-11])
t(lambda: r["a"])
t(lambda: range(0, 1, 0))
t(lambda: range(1.5))
t(lambda: range("a", 3))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
print(5 in r, 10 in r, -1 in r, 5.0 in r, 5.5 in r, "a" in r, True in r)
print(r.index(3), r.count(3), r.count(11), range(0, 10, 2).index(4), r.count(3.0))
t(lambda: r.index(11))
t(lambda: range(0, 10, 2).index(3))
print(range(0) == range(5, 2), range(1, 5, 10) == range(1, 2), range(3) == range(0, 3, 1), range(3) != range(4))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 2)), range(3) == [0, 1, 2])
t(lambda: range(3) < range(4))
big = range(0, 10**20, 7)
print(big, len(range(10**18)), big[10**15], big[-1], 7 * 10**15 in big, 7 * 10**15 + 1 in big)
print(big[10**10:10**10 + 5], list(big[3:6]), big.index(70), big.count(70))
t(lambda: len(range(10**20)))
print(range(10**20).__len__ if False else range(2**63)[2**62], bool(range(0)), bool(range(1)))
print(range(-5, 5)[-2], list(range(-5, 5, 4)), list(range(5, -5, -4)), list(reversed(range(1, 10, 3))))
print(r.start, r.stop, r.step, range(2, 9, 3).stop)
print(list(reversed(range(10**19, 10**19 + 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(tuple(range(3)), set(range(3)), [x * 2 for x in range(4)])
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), r[Idx()], list(range(1, Idx())))
t(lambda: r[1.0])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(type(iter(range(3))).__name__, type(range(3)).__name__)
t(lambda: type("x", (range,), {}))
