# Containers mutated while being iterated, compared, searched or sorted.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    if len(l) > 6:
        break
print(l)
l = [1, 2, 3, 4, 5]
for x in l:
    l.remove(x)
print(l)
l = list(range(5))
out = []
for i, x in enumerate(l):
    out.append(x)
    if i == 1:
        del l[:]
print(out, l)
d = {1: 1, 2: 2}
def add_during():
    for k in d:
        d[k + 10] = 0
t(add_during)
print(d)
d = {1: 1, 2: 2}
def del_during():
    for k in d:
        del d[k]
t(del_during)
print(d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
def items_during():
    for k, v in d.items():
        d.pop(k)
t(items_during)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
s = {1, 2, 3}
def set_add():
    for x in s:
        s.add(x * 10)
t(set_add)
s = {1, 2, 3}
def set_discard():
    for x in s:
        s.discard(x)
t(set_discard)
class Evil:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    __hash__ = object.__hash__
    def __repr__(self):
        return "Evil"
victim = [1, 2, 3]
print(Evil(victim) in victim, victim)
victim = [1, 2, 3]
print(victim.count(Evil(victim)), victim)
victim = [5, 6, 7]
t(lambda: victim.index(Evil(victim)))
victim = [5, 6, 7]
t(lambda: victim.remove(Evil(victim)))
a = [1, 2, 3]
class Grow:
    def __eq__(self, other):
        a.append(0)
        return False
    __hash__ = object.__hash__
b = [1, 2, Grow()]
print(len(a))
class Shrinker:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        if self.lst:
            self.lst.pop()
        return self.v == other.v
    __hash__ = object.__hash__
x = [Shrinker(i, None) for i in range(3)]
y = [Shrinker(i, None) for i in range(3)]
print(x == y)
k1 = []
x = [Shrinker(1, k1), Shrinker(2, k1)]
k1.extend(x)
print(x == [Shrinker(1, None), Shrinker(2, None)], len(k1))
class KeyMut:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
dd = {}
dd[KeyMut(dd)] = 1
t(lambda: dd.get(KeyMut(dd)))
print(len(dd))
dd = {}
k = KeyMut(dd)
dd[k] = 1
dd[KeyMut(dd)] = 2
print(len(dd))
dl = [3, 1, 2]
def keyf(v):
    dl.append(v)
    return v
t(lambda: dl.sort(key=keyf))
print(dl)
it = iter([1, 2, 3])
lst = [10, 20]
lst.extend(it)
print(lst, list(it))
lst = [1, 2]
lst.extend(lst)
print(lst)
lst = [1, 2]
lst += lst
print(lst)
lst = [1, 2]
lst[len(lst):] = lst
print(lst)
lst = [0, 1, 2, 3]
lst[1:3] = reversed(lst)
print(lst)
gl = [1, 2, 3]
def gen():
    for x in gl:
        gl.append(x) if len(gl) < 6 else None
        yield x
print(list(gen()), gl)
