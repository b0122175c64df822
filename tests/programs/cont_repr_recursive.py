# repr of nested and recursive containers; str vs repr of elements.
l = [1]
l.append(l)
print(l, repr(l), str(l))
d = {"k": 1}
d["me"] = d
print(d)
t = (l, d)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
s = [1, 2]
s.append([s, {"s": s}])
print(s)
class C:
    def __init__(self): self.x = [self]
    def __repr__(self): return "C(%r)" % (self.x,)
print(C())
dd = {}
dd[1] = [dd, (dd,)]
print(dd)
print([["nested", ("tuple", {"dict": {1, 2}})]], repr("quote's"), ["quote's", 'dq"'], [b"bytes", 1.0, -0.0, 1e100, None])
print(str(["a", "b"]), str(("a",)), str({"a": "b"}), repr([1.5, float("inf"), float("nan")]))
class S:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
print([S()], (S(),), {S(): S()} if False else {1: S()}, str(S()), f"{[S()]}")
print(repr([]), repr(()), repr({}), repr(set()), repr([()]), repr(((),)), repr([[]]), repr({():()}))
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:20], len(repr(deep)))
class Bad:
    def __repr__(self): raise ValueError("no repr")
try:
    print([1, Bad()])
except ValueError as e:
    print("ValueError", e)
lst = [1]
lst.append(lst)
print(lst)
class NotStr:
    def __repr__(self): return 5
try:
    repr([NotStr()])
except TypeError as e:
    print("TypeError", e)
class LL(list): pass
x = LL([1])
x.append(x)
print(x)
print(repr(range(3)), repr(slice(1, None)), repr(iter([])).startswith("<list_iterator object at 0x"), repr({}.keys()), repr({1: 2}.items()))
dk = {}
dk[1] = dk.keys()
print(dk)
