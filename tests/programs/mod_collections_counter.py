# collections.Counter.
from collections import Counter

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

c = Counter("mississippi")
print(c, c["s"], c["z"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("ssx")
c.update({"m": 5})
c.update(m=1)
print(c)
c.subtract("ssss")
c.subtract({"x": 3})
print(c)
del c["nope"]
del c["x"]
print(c, "x" in c)
print(Counter({"a": 3, "b": 1}), Counter(a=1, b=2), Counter(), Counter([]), Counter([1, 1, 2]))
a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
x = Counter(a=1)
x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
y = Counter(a=1, b=5)
y |= Counter(a=3); print(y)
y &= Counter(b=2); print(y)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1}, isinstance(Counter(), dict))
t(lambda: Counter.fromkeys("ab"))
t(lambda: Counter(1))
t(lambda: Counter("a") + {"a": 1})
w = Counter("the quick brown fox jumps over the lazy dog the end".split())
print(w.most_common(3), w["the"], sum(w.values()))
print(Counter("abcabcab").most_common(), list(Counter("cba")))
cc = Counter(a=1)
cc2 = cc.copy()
cc2["a"] += 1
print(cc, cc2, type(cc2).__name__)
class MyCounter(Counter):
    pass
print(MyCounter("aab"), repr(MyCounter()))
print(Counter({1: 2.5, 2: 0.5}), Counter({"x": -1}))
