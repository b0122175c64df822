# Attribute stores through the inline cache: adding attributes (shape transitions), several
# classes at one site, descriptors appearing after the site was cached, __slots__ and
# __setattr__ classes, and many instances (the collector moves shapes and instances).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


def make(cls, n):
    return [cls(i, -i) for i in range(n)]


ps = make(P, 3000) + make(Q, 3000)
print(sum(p.x for p in ps), sum(p.y for p in ps), vars(ps[-1]))


def setz(o, v):
    o.z = v


for i, p in enumerate(ps):
    setz(p, i)
print(sum(p.z for p in ps), list(vars(ps[7])))


class R:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 3
            self.a = 4


rs = [R(i % 2 == 0) for i in range(10)]
print([(r.a, r.b, list(vars(r))) for r in rs[:2]])


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 5


def seta(o, v):
    o.a = v


objs = [S(), R(True), P(1, 2), S()]
for o in objs:
    seta(o, 9)
print([o.a for o in objs])
try:
    setz(S(), 1)
except AttributeError as e:
    print("AttributeError", e)


class T:
    pass


def setw(o):
    o.w = 10


for _ in range(3):
    setw(T())
T.w = property(lambda self: 42, lambda self, v: print("setter", v))
t = T()
setw(t)
print(t.w, vars(t))


class U:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)


u = U()
setw(u)
print(u.w)
del T.w
t2 = T()
setw(t2)
print(t2.w, vars(t2))
many = []
for i in range(20000):
    o = T()
    o.k = i
    o.m = str(i)
    many.append(o)
print(sum(o.k for o in many), many[-1].m)
