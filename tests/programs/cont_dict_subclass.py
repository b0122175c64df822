# dict subclasses: __missing__, overridden methods, defaults.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class M(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)
m = M(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, m, type(m).__name__)
class Count(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Count()
for ch in "hello":
    c[ch] = c[ch] + 1
print(c, sorted(c.items()))
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
l = Loud()
l["x"] = 1
print(l["x"], l, dict(l), l.get("x"))
l.update(y=2)
print(l)
class KE(dict):
    def __missing__(self, key):
        raise KeyError("custom " + str(key))
t(lambda: KE()["q"])
class Attr(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = "yes"
a = Attr([(1, 2)], z=3)
print(a, a.extra, len(a), a == {1: 2, "z": 3}, isinstance(a, dict))
print(a.copy(), type(a.copy()).__name__)
print(M.fromkeys("ab"), type(M.fromkeys("ab")).__name__)
class R(dict):
    def __repr__(self):
        return "R!" + super().__repr__()
print(R(a=1), [R(b=2)], str(R()))
class Keys(dict):
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Keys()), {**Keys()})
d = {}
d.update(Keys())
print(d)
class Mapping:
    def keys(self):
        return iter(["p", "q"])
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()), {**Mapping()})
t(lambda: {**[1]})
def f(**kw):
    return kw
print(f(**Mapping()), f(**{"a": 1}, b=2))
t(lambda: f(**{"a": 1}, a=2))
t(lambda: f(**{1: 2}))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H(%r)" % self.v
hd = {H(1): "one", H(2): "two"}
print(hd[H(1)], H(3) in hd, hd)
class Weird:
    def __hash__(self): return 1
    def __eq__(self, o): return True
    def __repr__(self): return "Weird"
print({Weird(): 1, 1: 2})
