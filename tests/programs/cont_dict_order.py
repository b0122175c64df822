# dict insertion order across inserts, deletes, re-inserts, resizes and copies.
d = {}
for i in range(10):
    d[str(i)] = i
del d["3"]
del d["7"]
d["3"] = "again"
d["0"] = "updated"
print(list(d), list(d.values())[:4])
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:10], list(big)[-5:])
for i in range(0, 1000, 3):
    big[i] = -i
print(len(big), list(big)[:5], list(big)[-5:], sum(big.values()))
c = big.copy()
print(list(c) == list(big), c == big)
print(dict(zip("zyxw", range(4))), dict.fromkeys("hello"))
p = {"a": 1, "b": 2, "c": 3}
print(p.popitem(), p.popitem(), p)
p["d"] = 4
print(p.popitem(), p)
u = {"x": 1}
u.update({"y": 2, "x": 3})
u.update(z=4, y=5)
print(u)
print({**{"b": 1, "a": 2}, "a": 3, **{"c": 4, "b": 5}})
s = {}
s.setdefault("m", []).append(1)
s.setdefault("k", 0)
s.setdefault("m", None)
print(s)
e = dict.fromkeys(range(5))
for k in [4, 0, 2]:
    e.pop(k)
e[0] = "z"
print(e, list(reversed(e)))
r = {i: i for i in range(50)}
for i in range(45):
    del r[i]
r["new"] = 1
print(r, list(reversed(r.items())))
keys = ["k%d" % (i * 37 % 101) for i in range(101)]
kd = dict.fromkeys(keys, 0)
print(list(kd)[:8], list(kd) == keys)
ks = set(keys)
print(sorted(ks)[:5], len(ks))
print(sorted({"banana": 3, "apple": 1, "cherry": 2}.items(), key=lambda kv: kv[1]))
o = {}
o[3] = "c"; o[1] = "a"; o[2] = "b"
print(o, sorted(o), min(o), max(o.values()))
m = {1: "a"}
m.clear()
m[2] = "b"
print(m)
x = {"a": 1}
y = x
y["b"] = 2
print(x is y, x)
