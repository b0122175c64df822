# dict views: live, set operations, reversed, comparisons, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, "zz" in k)
d["d"] = 4
print(k, list(v), list(i))
print(k & {"a", "d", "x"}, k | {"z"} == {"a", "b", "c", "d", "z"}, sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"a", "x"} & k), sorted(["x", "a"] - k) if False else sorted({"x", "a"} - k))
print(sorted(i & {("a", 1), ("b", 99)}), sorted(i - {("a", 1)}))
print(k == {"a", "b", "c", "d"}, k == ["a", "b", "c", "d"], k < {"a", "b", "c", "d", "e"}, k >= {"a"})
print(i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, k.isdisjoint({"q"}), k.isdisjoint(["a"]))
print(v == v, v == d.values())
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
t(lambda: k[0])
t(lambda: hash(k))
t(lambda: i & {("a", [1])})
it = iter(d)
d["e"] = 5
t(lambda: next(it))
it2 = iter(d.items())
next(it2)
del d["a"]
t(lambda: next(it2))
it3 = iter(d.values())
d["b"] = 20
print(next(it3))
e = {1: 1}
for key in e:
    e[key] = 2
print(e)
def grow():
    for key in e:
        e[key + 1] = 0
t(grow)
def shrink():
    f = {1: 1, 2: 2}
    for key in f:
        del f[key]
t(shrink)
def samesize():
    f = {1: 1, 2: 2}
    for key in f:
        del f[key]
        f[key + 10] = 0
t(samesize)
print(list({}.keys()), {}.keys() == set(), {}.items() | {1: 2}.items())
print(set(d.keys()), frozenset(d.items()) == frozenset(d.items()))
print(dict.fromkeys("ab").keys() | "bc" == {"a", "b", "c"}, sorted(d.keys() | ["x"]))
