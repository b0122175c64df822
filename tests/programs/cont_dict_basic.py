# dict construction, access, methods, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e), str(e))

d = {"a": 1, "b": 2}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("b", 0))
t(lambda: d["zz"])
t(lambda: d[("t", 1)])
t(lambda: d[[1]])
t(lambda: {}[""])
t(lambda: {}[None])
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0), dict(zip("ab", [1, 2])))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(["ab", "cd", "e"]))
t(lambda: dict(1))
t(lambda: dict({}, {}))
d["c"] = 3; d["a"] = 10; print(d)
del d["b"]; print(d)
def dl():
    del d["nope"]
t(dl)
print(d.pop("a"), d.pop("nope", "dflt"), d)
t(lambda: d.pop("nope"))
t(lambda: d.pop())
e = {"x": 1, "y": 2, "z": 3}
print(e.popitem(), e.popitem(), e)
e.popitem()
t(lambda: e.popitem())
f = {}
print(f.setdefault("k", []), f.setdefault("k", 5), f.setdefault("n"), f)
f["k"].append(1); print(f)
g = {1: 1}
g.update({2: 2}); g.update([(3, 3)]); g.update(four=4); g.update({5: 5}, six=6); print(g)
t(lambda: g.update(1))
t(lambda: g.update([1]))
t(lambda: g.update({}, {}))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)))
h = dict.fromkeys("xy", [])
h["x"].append(1); print(h)
c = g.copy(); c[99] = 0; print(len(g), len(c))
c.clear(); print(c)
print("a" in {"a": 1}, "b" not in {"a": 1}, 1 in {1.0: "x"}, True in {1: 2})
print({1: "a", 1.0: "b", True: "c"}, {0: 0, False: 1, 0.0: 2})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {}, {1: 1} == {1.0: 1.0})
t(lambda: {1: 2} < {1: 2})
t(lambda: {} <= {})
print(list(d), list(g.keys()), list(g.values()), list(g.items()))
k = {}
for i in range(20):
    k[i * 7 % 20] = i
for i in range(0, 20, 3):
    del k[i]
k[3] = "re"
print(k)
print(list(reversed(k)), list(reversed(k.values()))[:3], list(reversed(k.items()))[:2])
print(bool({}), bool({0: 0}))
t(lambda: hash({}))
t(lambda: {[]: 1})
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.setdefault())
t(lambda: {}.fromkeys())
t(lambda: {}.keys(1))
print(dict(a=1) == {"a": 1}, {"a": [1]}["a"][0])
m = {"one": 1}
m |= {"two": 2}; m |= [("three", 3)]; print(m)
print(m | {"one": 100}, {"z": 0} | m)
t(lambda: m | [("x", 1)])
def ior():
    global m
    m |= 5
t(ior)
print(repr({"q": "x'y", 'r': 'a"b'}), str({1: {2: {3: ()}}}))
nested = {}
nested["self"] = nested
nested["list"] = [nested]
print(nested)
print({i: i * i for i in range(5)}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(dict.__name__, type({}).__name__, {}.__class__)
