class Base:
    cls_attr = "base"
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"{type(self).__name__}({self.x})"
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def helper(v):
        return v * 2
    @property
    def double(self):
        return self.x * 2
    @double.setter
    def double(self, v):
        self.x = v // 2

class Child(Base):
    cls_attr = "child"
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return super().describe() + f"+{self.y}"

b = Base(3)
c = Child(1, 2)
print(b.describe(), c.describe(), Child.make.__name__, Base.helper(4), c.helper(5))
print(b.double, Base.cls_attr, c.cls_attr, Child.__mro__)
b.double = 10
print(b.x, isinstance(c, Base), issubclass(Child, Base), Child.__bases__, Child.__name__, Child.__qualname__)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, -v, v == Vec(1, 2), v != Vec(1, 2), len(v), v[1], list(v), bool(Vec(0, 0)))
print({v: 1}[Vec(1, 2)], sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
Dyn = type("Dyn", (Base,), {"extra": 1})
print(Dyn(5).describe(), Dyn.extra)

class Reg:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Reg.subclasses.append((cls.__name__, kw))
class R1(Reg, flag=True): pass
print(Reg.subclasses)

class Dynamic:
    def __getattr__(self, name):
        return "dyn_" + name
d = Dynamic()
d.real = 1
print(d.real, d.missing)

class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None); return True
with Ctx() as cm:
    raise ValueError("swallowed")
print("after with")
class Callable:
    def __call__(self, *a): return sum(a)
print(Callable()(1, 2, 3), callable(Callable()), callable(1))
print(repr(Base.__dict__["helper"])[:13], Base.__module__)
