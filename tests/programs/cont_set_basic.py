# set and frozenset: construction, methods, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, set(), frozenset(), set("aab") == {"a", "b"})
print(sorted(set([1, 2, 2, 3])), sorted(frozenset(range(4))), set({1: 2}), set(()))
t(lambda: set(1))
t(lambda: set([[1]]))
t(lambda: {[]})
t(lambda: set(1, 2))
t(lambda: frozenset(1, 2))
t(lambda: set(a=1))
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(4); print(sorted(s))
s.remove(3); print(sorted(s))
t(lambda: s.remove(99))
t(lambda: s.remove([1]))
t(lambda: set().pop())
p = {7}
print(p.pop(), p)
u = {1, 2}
u.update([3], (4,), "5"); print(sorted(u, key=str))
u.clear(); print(u)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([5, 6]))
print(a.union(), a.intersection(), a.difference())
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a, a == {1, 2, 3, 4}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), a.isdisjoint(b))
t(lambda: a | [1])
t(lambda: a < [1])
t(lambda: a.union(5))
c = set(a); c |= b; print(c)
c &= {1, 5, 9}; print(c)
c -= {1}; print(c)
c ^= {5, 6}; print(c)
def badior():
    x = {1}
    x |= [2]
t(badior)
d = {1, 2, 3}
d.intersection_update([2, 3, 4]); print(d)
d.difference_update([3]); print(d)
d.symmetric_difference_update([2, 7]); print(d)
print(d.copy(), d.copy() is d)
f = frozenset([1, 2, 3])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f.copy() is f, frozenset(f) is f)
print(hash(f) == hash(frozenset([3, 2, 1])), hash(frozenset()), hash(frozenset([1, 2, 3])))
print({f: "frozen"}[frozenset({1, 2, 3})], f == {1, 2, 3}, {1, 2, 3} == f)
t(lambda: f.add(1))
t(lambda: hash({1}))
print({1} in {frozenset([1])}, set() in [frozenset()])
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {2.0, 2})
print({"a", "b", "c"} == set("abc"), repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})))
class S(set):
    pass
x = S([1, 2])
print(x, type(x).__name__, type(x | {3}).__name__, type(x.copy()).__name__, x == {1, 2})
class FS(frozenset):
    pass
y = FS([1])
print(y, type(y).__name__, hash(y) == hash(frozenset([1])))
print(sorted({i % 5 for i in range(20)}), len({i for i in range(1000)}))
z = set(range(100))
for i in range(0, 100, 2):
    z.discard(i)
print(len(z), sum(z), min(z), max(z))
t(lambda: set.add())
t(lambda: {1}.add())
t(lambda: {1}.add(1, 2))
def mutate():
    q = {1, 2, 3}
    for e in q:
        q.add(e + 10)
t(mutate)
