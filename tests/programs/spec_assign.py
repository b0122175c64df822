# Walrus, starred unpacking, del, chained and augmented assignment on every target kind.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = b = c = [1]
a.append(2); print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
L = [10, 20, 30]
i, L[i] = 1, 99
print(i, L)
class Obj: pass
o = Obj()
o.a = o.b = 5; print(o.a, o.b)
o.lst = [0, 0, 0]
o.lst[1] = o.c = "v"; print(o.lst, o.c)
d = {}
d["k"] = d["j"] = []; d["k"].append(1); print(d)
first, *mid, last = range(6); print(first, mid, last)
*init, tail = "abc"; print(init, tail)
(p, q), [r, *s] = (1, 2), "xyz"; print(p, q, r, s)
[a1, [b1, (c1, *d1)]] = [1, [2, (3, 4, 5)]]; print(a1, b1, c1, d1)
for k, (v1, *v2) in {"x": (1, 2, 3)}.items(): print(k, v1, v2)
show("too many", lambda: exec("a, b = 1, 2, 3"))
show("too few", lambda: exec("a, b, c = 1, 2"))
show("too few star", lambda: exec("a, b, *c = [1]"))
show("not iterable", lambda: exec("a, b = 5"))
show("two stars", lambda: compile("*a, *b = 1, 2", "<s>", "exec"))
show("star alone", lambda: compile("*a = 1, 2", "<s>", "exec"))
print([*range(3), *"ab", *{1: 2}], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], sep="-")
def f(*a, **k): return a, k
print(f(*[1], *(2, 3), **{"x": 1}, y=2, **{"z": 3}))
show("star non-iter", lambda: [*5])
show("dstar non-map", lambda: {**[1]})
# walrus
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3: print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
while (chunk := data.pop()) > 6: print("chunk", chunk)
print(chunk, data)
print((w := 3) + w, w)
def walrus_scope():
    [(z := i) for i in range(4)]
    return z
print(walrus_scope())
show("walrus in comp iterable", lambda: compile("[i for i in (j := [1])]", "<s>", "exec"))
show("walrus rebind iter var", lambda: compile("[i := 0 for i in range(3)]", "<s>", "exec"))
print(f"{(v := 10)} {v}")
# augmented assignment on each target kind, evaluated once
calls = []
def key(k):
    calls.append(k); return k
def obj():
    calls.append("obj"); return o
dd = {"n": 1}
dd[key("n")] += 10
o.cnt = 1
obj().cnt *= 7
ll = [1, 2, 3]
ll[key(0)] -= 5
ll[key(slice(1, 3))] += [9]
print(dd, o.cnt, ll, calls)
s = "ab"; s += "c"; s *= 2; print(s)
t = (1,); t2 = t; t += (2,); print(t, t2)
lst = [1]; lst2 = lst; lst += [2]; lst *= 2; print(lst, lst2 is lst)
n = 7; n //= 2; n **= 3; n %= 5; n <<= 4; n >>= 1; n |= 1; n &= 0xff; n ^= 3; n -= 1; n /= 4; print(n)
m = [[1, 2], [3]]; m[0][1] += 40; print(m)
show("aug undefined", lambda: exec("undefined_name += 1", {}))
show("aug tuple", lambda: compile("a, b += 1", "<s>", "exec"))
tup = ([1],)
show("tuple item iadd", lambda: exec("tup[0] += [2]", {"tup": tup}))
print(tup)
# del
v1 = 1; del v1
show("del name twice", lambda: exec("x = 1\ndel x\ndel x"))
dl = list(range(10))
del dl[0], dl[-1]; print(dl)
del dl[::2]; print(dl)
del dl[1:2]; print(dl)
dd = {"a": 1, "b": 2}; del dd["a"]; print(dd)
show("del missing key", lambda: exec("del dd['zz']", {"dd": dd}))
o.tmp = 1; del o.tmp
show("del missing attr", lambda: exec("del o.tmp", {"o": o}))
(aa, bb) = 1, 2
del (aa, bb)
show("after del tuple", lambda: aa)
[cc, dd2] = 3, 4; del [cc, dd2]
show("del slice of tuple", lambda: exec("t = (1, 2)\ndel t[0]"))
show("del call", lambda: compile("del f()", "<s>", "exec"))
# annotated assignment
ann: int = 5
ann2: str
print(ann, __annotations__)
class AnnC:
    x: int = 1
    y: "list[int]"
print(AnnC.__annotations__, AnnC.x)
show("ann2 unset", lambda: ann2)
# slice assignment and deletion on lists
z = list(range(10))
z[2:5] = "ab"; print(z)
z[::3] = [0] * len(z[::3]); print(z)
show("extended slice size", lambda: exec("z[::2] = [1]", {"z": z}))
z[len(z):] = [100, 101]; print(z)
z[:0] = [-1]; print(z)
z[5:2] = ["x"]; print(z)
z[-2:] = []; print(z)
z[1:3] = z; print(z)
show("assign non-iterable slice", lambda: exec("z[1:2] = 5", {"z": z}))
ba = bytearray(b"hello"); ba[1:3] = b"EY"; ba[::2] = b"123"; del ba[0]; print(ba)
