# collections.defaultdict, OrderedDict and ChainMap.
from collections import defaultdict, OrderedDict, ChainMap

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["a"], d.get("zz"), "zz" in d, len(d))
print(d["new"], d)
cnt = defaultdict(int)
for ch in "hello world":
    cnt[ch] += 1
print(sorted(cnt.items()), cnt.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(dict(nested["x"]), len(nested))
n = defaultdict()
t(lambda: n["missing"])
print(n, defaultdict(None, {1: 2}), defaultdict(set, a={1}))
t(lambda: defaultdict(5))
t(lambda: defaultdict("str"))
c = d.copy()
c["a"].append(99)
print(type(c).__name__, c.default_factory is list, d["a"])
print(defaultdict(int, {"a": 1}) | {"b": 2}, type(defaultdict(int) | {}).__name__)
dd = defaultdict(int)
dd.default_factory = str
print(repr(dd["k"]), dd)
class MyDD(defaultdict):
    pass
print(MyDD(int, a=1))
o = OrderedDict()
o["b"] = 1; o["a"] = 2; o["c"] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(reversed(o)))
o.move_to_end("b"); print(o)
o.move_to_end("b", last=False); print(o)
t(lambda: o.move_to_end("zz"))
print(o.popitem(), o.popitem(last=False), o)
t(lambda: OrderedDict().popitem())
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys("abc", 0), OrderedDict(a=1) | {"b": 2}, repr(OrderedDict()))
o3 = OrderedDict(a=1)
o3.update([("b", 2)], c=3)
o3.setdefault("d", 4)
print(o3, o3.pop("a"), o3.pop("zz", "dflt"))
t(lambda: o3.pop("zz"))
t(lambda: hash(OrderedDict()))
r = OrderedDict()
r["self"] = r
print(r)
base = {"color": "red", "size": 1}
over = {"color": "blue"}
cm = ChainMap(over, base)
print(cm, cm["color"], cm["size"], len(cm), sorted(cm), "size" in cm, cm.get("none", "x"))
cm["new"] = 1
print(over, base)
del cm["new"]
t(lambda: cm.__delitem__("size"))
t(lambda: cm["missing"])
child = cm.new_child()
child["color"] = "green"
print(child, child.parents, child["color"], cm["color"])
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), list(ChainMap({1: 1}, {2: 2, 1: 0})))
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), ChainMap({"a": 1}) == ChainMap({"a": 1}))
t(lambda: ChainMap({}).popitem())
print(ChainMap({"k": 1}).pop("k"), ChainMap.fromkeys("ab", 0))
