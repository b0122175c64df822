class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person("Ann", 30)
print(p.name, p.age, Person.age.kind)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return 99
d = Data()
print(d.expensive, d.expensive, Data.calls)

class P:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    def delx(self): print("deleting"); del self._x
    x = property(getx, setx, delx, "the x")
q = P()
q.x = 5
print(q.x, P.x.__doc__)
del q.x
print(hasattr(q, "_x"))
class RO:
    @property
    def val(self): return 1
try:
    RO().val = 2
except AttributeError as e:
    print("AttributeError:", e)

class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls
    @staticmethod
    def util(a, b): return a * b
class Sub(Counter): pass
Sub.inc(); Sub.inc(); Counter.inc()
print(Counter.count, Sub.count, Counter.util(3, 4), Sub().util(2, 2))
f = Counter.__dict__["inc"]
print(type(f).__name__, type(Counter.__dict__["util"]).__name__, Counter.inc.__self__ is Counter)

class Method:
    def m(self, x): return (self, x)
obj = Method()
bm = obj.m
print(bm.__self__ is obj, bm.__func__ is Method.m, bm(1)[1], Method.m(obj, 2)[1])
print(bm == obj.m, type(bm).__name__)
