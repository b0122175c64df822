class MyList(list):
    def total(self): return sum(self)
    def append(self, x):
        super().append(x * 10)
l = MyList([1, 2])
l.append(3)
l.extend([4])
print(l, l.total(), len(l), type(l).__name__, isinstance(l, list), l[1:], type(l[1:]).__name__)

class MyDict(dict):
    def __missing__(self, k): return f"<{k}>"
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, dict(d))

class DefaultDictish(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = DefaultDictish(list)
dd["x"].append(1); dd["x"].append(2); dd["y"]
print(sorted(dd.items()))

class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def double(self): return MyInt(self * 2)
i = MyInt(21)
print(i, i + 1, i.double(), type(i + 1).__name__, i == 21, hash(i) == hash(21), isinstance(i, int))

class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi there")
print(s, s.shout(), s.split(), len(s), s + "x", type(s + "x").__name__, s == "hi there", repr(s))

class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple([3, 4])
print(t, t.first(), len(t), t + (5,), isinstance(t, tuple))

class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError("broken", 5)
except AppError as e:
    print(e, repr(e), e.args, e.code)
class NoInit(ValueError): pass
e = NoInit("a", "b")
print(e.args, str(e), repr(e))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, p == (1, 2))

class Temp(float):
    def __new__(cls, c):
        return super().__new__(cls, c * 9 / 5 + 32)
print(Temp(100), Temp(0) + 1)
