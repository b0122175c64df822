# collections.deque: operations, maxlen, rotation, iteration, repr, comparisons.
from collections import deque

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[5], d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.rotate(len(d) * 3 + 1); print(d)
d.reverse(); print(d)
print(d.count(0), d.count("a"), d.index("a"), d.index(1, 2), "x" in d, 99 in d)
d.remove("x"); print(d)
d.insert(3, "ins"); d.insert(-1, "neg"); d.insert(100, "end"); d.insert(-100, "start"); print(d)
d[0] = "first"; d[-1] = "last"; print(d[0], d[-1])
del d[1]; del d[-2]; print(d)
d.clear(); print(d, len(d), bool(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31]); print(m)
t(lambda: m.insert(0, 1))
z = deque(maxlen=0)
z.append(1); z.extend([1, 2]); print(z)
print(list(reversed(deque([1, 2, 3]))), list(deque("abc")), tuple(deque([1])), sorted(deque([3, 1, 2])))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1]) < deque([1, 0]), deque([2]) >= deque([1, 5]))
print(deque([1, 2]) == [1, 2], deque() == deque(maxlen=5))
print(deque([1]) + deque([2]), deque("ab") * 2, 3 * deque([0]), deque([1, 2, 3], maxlen=4) * 2)
e = deque([1])
e += [2, 3]; e += "ab"; print(e)
e *= 2; print(e)
c = deque([1, [2]], maxlen=7)
cc = c.copy()
cc.append(3)
print(c, cc, cc.maxlen, c[1] is cc[1])
r = deque([1])
r.append(r)
print(r)
class D(deque):
    pass
sd = D([1, 2], maxlen=4)
print(sd, type(sd).__name__, type(sd.copy()).__name__, sd + deque([3]), type(sd + deque([3])).__name__)
big = deque()
for i in range(10000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print(total, len(big))
w = deque(range(5))
w.rotate(2)
print(w, list(w)[::2], [x * 2 for x in w])
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"))
print(deque.__name__, deque.__module__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque((i for i in range(3))), deque(iterable=[1], maxlen=1), deque([1, 2], 1))
