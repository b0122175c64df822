# Subclassing list and tuple: overrides, super(), results' types, extra attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class L(list):
    pass
l = L([3, 1, 2])
print(l, type(l).__name__, len(l), l[0], l[-1], l[1:], type(l[1:]).__name__)
l.append(4); l.sort(); print(l, type(l).__name__)
print(l + [5], type(l + [5]).__name__, [0] + l, type([0] + l).__name__, l * 2, type(l * 2).__name__)
l += [9]; print(l, type(l).__name__)
l *= 2; print(l, type(l).__name__)
print(l == [1, 2, 3, 4, 9] * 2, l != [], isinstance(l, list), issubclass(L, list))
print(list(l) == l, type(list(l)).__name__, l.copy(), type(l.copy()).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    @property
    def top(self):
        return self[-1] if self else None
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.top, s.pop(), s)
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x * 10)
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return ("item", v)
    def __len__(self):
        return super().__len__() + 100
lg = Logged([1])
lg.append(2)
print(lg, lg[0], len(lg), list(lg), [x for x in lg])
print(sorted(lg), sum(lg), max(lg), 20 in lg)
class WithInit(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
w = WithInit(3)
print(w, w.n, w.__dict__)
class Uniq(list):
    def __setitem__(self, i, v):
        if v in self:
            raise ValueError("dup %r" % (v,))
        super().__setitem__(i, v)
u = Uniq([1, 2])
u[0] = 5
print(u)
t(lambda: u.__setitem__(0, 2))
def setdup():
    u[1] = 5
t(setdup)
class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    def total(self):
        return sum(self)
x = T(1, 2, 3)
print(x, type(x).__name__, x.total(), x[1], x[::-1], len(x), x + (4,), hash(x) == hash((1, 2, 3)))
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(1, 2)
print(p, p.x, p.y, p == (1, 2), {p: 1}, sorted([Point(2, 1), Point(1, 5)]))
a, b = p
print(a, b)
class Cmp(list):
    def __eq__(self, other):
        return "custom eq"
    def __lt__(self, other):
        return "custom lt"
print(Cmp() == [], Cmp() < [], [] == Cmp(), [] > Cmp())
class R(list):
    def __reversed__(self):
        return iter(["r"])
    def __iter__(self):
        return iter(["i"])
r = R([1, 2])
print(list(r), list(reversed(r)), r, len(r), tuple(r))
t(lambda: L(1))
t(lambda: L([1], [2]))
class KW(list):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.kw = kw
k = KW([1], flag=True)
print(k, k.kw)
