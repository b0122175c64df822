# Classes: C3 MRO, super(), properties, classmethod/staticmethod, __slots__, descriptors,
# metaclasses, class decorators, __init_subclass__, __class_getitem__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class O: pass
class A(O):
    def who(self): return "A" + super().who() if hasattr(super(), "who") else "A"
class B(O):
    def who(self): return "B"
class C(A, B): pass
class D(B): 
    def who(self): return "D>" + super().who()
class E(C, D): 
    def who(self): return "E>" + super().who()
print([k.__name__ for k in E.__mro__])
print(E().who(), C().who())
print([k.__name__ for k in E.mro()])

# MRO conflicts
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
show("conflict", lambda: type("Z", (XY, YX), {}))
try:
    class Z(XY, YX): pass
except TypeError as e:
    print("TypeError", e)
try:
    class W(X, X): pass
except TypeError as e:
    print("TypeError", e)
try:
    class V(O, A): pass
except TypeError as e:
    print("TypeError", e)
try:
    class U(int, str): pass
except TypeError as e:
    print("TypeError", e)
try:
    class T(True.__class__): pass
except TypeError as e:
    print("TypeError", e)

# diamond with super chains and arguments
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
class L(Base):
    def __init__(self, l=0, **kw):
        print("L", l)
        super().__init__(**kw)
class R(Base):
    def __init__(self, r=0, **kw):
        print("R", r)
        super().__init__(**kw)
class LR(L, R):
    def __init__(self, **kw):
        print("LR")
        super().__init__(**kw)
LR(l=1, r=2, extra=3)
print(super(L, LR()).__init__ is not None)

class Meth:
    count = 0
    def __init__(self, v): self._v = v
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting v"); del self._v
    @classmethod
    def make(cls, v): 
        cls.count += 1
        return cls(v)
    @staticmethod
    def add(a, b): return a + b
    ro = property(lambda self: 42)
m = Meth.make(3)
print(m.v, Meth.count, Meth.add(2, 3), m.add(4, 5), Meth.v.__doc__, type(Meth.__dict__["make"]).__name__)
m.v = 10; print(m.v)
show("neg", lambda: setattr(m, "v", -1))
show("ro", lambda: setattr(m, "ro", 1))
show("delro", lambda: delattr(m, "ro"))
del m.v
show("after del", lambda: m.v)
class Sub(Meth): pass
s = Sub.make(1); print(type(s).__name__, Sub.count, Meth.count)
print(isinstance(Meth.__dict__["add"], staticmethod), callable(Meth.__dict__["add"]))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
sl = Slotted()
show("slot b", lambda: sl.b)
show("slot c", lambda: setattr(sl, "c", 1))
show("dict", lambda: sl.__dict__)
sl.b = 5; print(sl.a, sl.b)
del sl.a
show("del a", lambda: sl.a)
class SlotSub(Slotted):
    pass
ss = SlotSub(); ss.c = 3; ss.a = 4; print(ss.c, ss.a, ss.__dict__["c"])
class SlotSub2(Slotted):
    __slots__ = ("c",)
ss2 = SlotSub2(); ss2.a, ss2.c = 1, 2; print(ss2.a, ss2.c)
show("slotsub2 d", lambda: setattr(ss2, "d", 1))
class SlotDict:
    __slots__ = ("x", "__dict__")
sd = SlotDict(); sd.x = 1; sd.y = 2; print(sd.x, sd.y, sd.__dict__["y"])
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)

# descriptors
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class HasD:
    x = Typed()
    y = NonData()
h = HasD()
print(h.x, h.y); h.x = 5; print(h.x)
show("bad set", lambda: setattr(h, "x", "s"))
h.__dict__["y"] = "instance wins"; print(h.y)
h.__dict__["x"] = "ignored"; print(h.x)
del h.x
print(type(HasD.x).__name__)

# metaclasses
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __repr__(cls): return f"<Meta class {cls.__name__}>"
class WithMeta(metaclass=Meta, tag="t1"):
    def method(self): return 1
    def __init__(self, a): self.a = a
w = WithMeta(7)
print(w.a, WithMeta.tag, WithMeta.injected, repr(WithMeta), type(WithMeta).__name__)
class Child(WithMeta): pass
print(Child.tag, type(Child) is Meta)
Dyn = type("Dyn", (Meth,), {"extra": lambda self: self.v * 2, "__module__": "mymod"})
print(Dyn(4).extra(), Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__)
show("type 2 args", lambda: type("A", (object,)))
show("type bad bases", lambda: type("A", (1,), {}))
print(type(int), type(type), type(3).__name__, isinstance(Meta, type), issubclass(Meta, type))
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e:
    print("TypeError", e)

def deco(cls):
    cls.decorated = True
    return cls
def deco2(tag):
    def inner(cls):
        cls.tag2 = tag
        return cls
    return inner
@deco
@deco2("x")
class Decorated: pass
print(Decorated.decorated, Decorated.tag2)

class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, name))
class P_A(Plugin, name="a"): pass
class P_B(P_A): pass
print(Plugin.registry)
try:
    class P_C(Plugin, bogus=1, name="c"): pass
except TypeError as e:
    print("TypeError", e)

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen[1, 2], list[int], dict[str, list[int]], type(list[int]).__name__)
print(tuple[int, ...], list[int]([1, 2]))
show("int[int]", lambda: int[int])

# class attributes, __dict__, qualname, __doc__, __module__
class Outer:
    "doc of outer"
    class Inner:
        def m(self): pass
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.__doc__, Outer.__module__)
print(Outer.__name__, Outer.Inner.__name__, sorted(k for k in vars(Outer) if not k.startswith("__")))
Outer.new_attr = 5; print(Outer.new_attr, Outer().new_attr)
del Outer.new_attr
show("deleted", lambda: Outer.new_attr)
show("instance of class attr del", lambda: delattr(Outer(), "Inner"))
print(object.__subclasses__ is not None, [c.__name__ for c in X.__subclasses__()])
show("bound", lambda: Meth.make.__self__ is Meth)
show("unbound function", lambda: Meth.__init__.__name__)
print(A.who.__qualname__, type(A().who).__name__)
print(C.__bases__ == (A, B), C.__base__ is A, object.__bases__, type.__mro__)
