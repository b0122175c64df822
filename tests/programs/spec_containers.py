# list, tuple, dict, set, frozenset: operations, views, merge, slicing, sorting.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

L = list(range(10))
print(L[::2], L[1::3], L[::-1], L[-3:], L[8:2:-2], L[100:], L[-100:2], L[::-3], L[5:5])
show("step 0", lambda: L[::0])
show("index str", lambda: L["a"])
show("index big", lambda: L[2 ** 70])
t = tuple(L)
print(t[::-2], t[2:4], t.index(3), t.count(3), t + (1,), t * 0, (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
show("tuple index missing", lambda: t.index(99))
show("tuple item assign", lambda: exec("t[0] = 1", {"t": t}))
print(hash((1, 2)) == hash((1, 2)), (1, [2]).__len__())
show("hash list in tuple", lambda: hash((1, [2])))
l2 = [3, 1, 2]
l2.extend(range(2)); l2.insert(0, 9); l2.insert(-1, 8); l2.insert(100, 7); print(l2)
print(l2.pop(), l2.pop(0), l2.pop(-2), l2, l2.index(2), l2.count(1))
l2.remove(1); print(l2)
show("remove missing", lambda: l2.remove(42))
show("pop empty", lambda: [].pop())
show("pop idx", lambda: [1].pop(5))
show("index missing", lambda: [1].index(2))
l2.reverse(); print(l2, l2.copy() == l2, l2.copy() is l2)
l2.clear(); print(l2)
# sort: stable with key and reverse
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: (-p[1], p[0])); print(people)
words = ["b", "A", "c", "B", "a"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
show("sort mixed", lambda: sorted([1, "a"]))
show("sort kw only", lambda: [1].sort(lambda x: x))
nums = [3, 1, 2]
print(sorted(nums, reverse=True), nums, sorted("bca"), sorted({3: 1, 1: 2}), sorted((2, 1)))
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Lt({self.v})"
print(sorted([Lt(2), Lt(1), Lt(2)]), min([Lt(3), Lt(1)]), max([Lt(3), Lt(1)], key=lambda x: -x.v))
def mutating_key(x):
    mlist.append(x)
    return x
mlist = [2, 1]
show("mutated during sort", lambda: mlist.sort(key=mutating_key))
# dict
d = {"b": 1, "a": 2}
d["c"] = 3; d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]; d["b"] = 0; print(d)
ks, vs, its = d.keys(), d.values(), d.items()
d["z"] = 26
print(ks, vs, its, len(ks), "z" in ks, 26 in vs, ("z", 26) in its, ("z", 0) in its)
print(ks & {"a", "q"}, sorted(ks | {"q"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}), ks == {"a", "b", "c", "z"}, ks.isdisjoint(["x"]))
print(sorted(its & {("a", 2)}), its.mapping is None if False else type(its).__name__, list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
show("view index", lambda: ks[0])
m1, m2 = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print(m1 | m2, m2 | m1, {**m1, **m2})
m1 |= m2; print(m1)
m1 |= [("d", 5)]; print(m1)
show("dict | list", lambda: m1 | [("e", 1)])
print(d.get("a"), d.get("q"), d.get("q", 0), d.setdefault("n", []), d.pop("n"), d.pop("q", "dflt"), d.popitem(), d)
show("pop missing", lambda: d.pop("missing"))
show("popitem empty", lambda: {}.popitem())
show("key error", lambda: d["nope"])
show("key error tuple", lambda: d[(1, 2)])
show("unhashable key", lambda: d[[1]])
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"p": 1}, q=2), dict.fromkeys("ab", 0), dict(zip("ab", (1, 2))))
show("dict bad seq", lambda: dict([(1, 2, 3)]))
show("dict bad item", lambda: dict([1]))
d2 = {1: "int", 1.0: "float", True: "bool"}; print(d2)
d3 = dict.fromkeys(range(5))
for k in list(d3):
    if k % 2: del d3[k]
print(d3, d3 == {0: None, 2: None, 4: None}, {1: 2} == {1: 2.0}, {"a": 1} != {"a": 1})
show("mutate during iter", lambda: [d3.__setitem__(k + 10, 1) for k in d3])
u = {"x": 1}; u.update({"y": 2}, z=3); u.update([("w", 4)]); print(u)
print(sorted(u.items(), key=lambda kv: kv[1], reverse=True))
dc = {"k": [1]}; dcc = dc.copy(); dcc["k"].append(2); print(dc)
# set / frozenset
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1 >= {1}, s1 > s1, s1.isdisjoint({9}))
print(s1.union([9], (8,)), s1.intersection(range(3)), s1.difference({1}, {2}), s1.symmetric_difference([1, 10]))
s3 = set(); s3.add(1); s3.update([2, 3], {4}); s3.discard(9); s3.remove(4); print(s3, len(s3), 2 in s3)
show("remove missing", lambda: s3.remove(42))
show("pop empty set", lambda: set().pop())
s3 |= {7}; s3 &= {1, 2, 7}; s3 -= {1}; s3 ^= {2, 8}; print(s3)
fs = frozenset([1, 2, 2]); print(fs, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, hash(fs) == hash(frozenset([2, 1])))
print({fs: 1}[frozenset({1, 2})], set() == frozenset(), frozenset() is frozenset(), repr(set()), repr(frozenset()))
show("frozenset add", lambda: fs.add(1))
show("set of lists", lambda: {[1]})
print({1, 2} == {2, 1}, {1} != {1.0}, set("aab") == {"a", "b"}, sorted({"b", "a"}), len({0, 0.0, False}))
print(s1.issubset(range(10)), s1.issuperset([1]), s1.copy() == s1, {x for x in range(3)} | frozenset({9}))
s4 = {1, 2, 3}
show("set changed size", lambda: [s4.add(x + 10) for x in s4])
# comparisons and misc
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 9], [[1]] == [[1]], [] == (), [1] * 3, [[0]] * 2)
nested = [[0] * 2] * 2; nested[0][0] = 1; print(nested)
print(list("ab") + ["c"], 2 * [None], len([[]]), [1, 2, 3][-1], [] or "empty", [0] and "nonempty")
show("list + tuple", lambda: [1] + (2,))
show("list * float", lambda: [1] * 1.5)
print(tuple([1, 2]), tuple(), tuple("ab"), list((1,)), (1,) * 3, () == tuple())
print(list(range(10, 0, -3)), range(0, 10, 3)[1:], range(5)[::-1], 3 in range(0, 10, 3), range(10).index(4), len(range(0, -10, -3)))
show("range step 0", lambda: range(1, 2, 0))
r = [1, 2, 3]; r[1:2] = []; print(r)
print(sum([[1], [2]], []), max({"a": 1, "b": 0}), min("hello"), max([], default=None), max([3, 1], key=lambda v: -v))
show("max empty", lambda: max([]))
