# __slots__: member descriptors, layouts, __dict__ and __weakref__ entries.

class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(Point.x)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
print(Point.x.__qualname__)
p = Point(1, 2)
print(p, p.x, p.y)
p.x = 10
print(p.x)
print(Point.x.__get__(p, Point), Point.y.__get__(p))
print(Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 20)
print(p)
Point.y.__delete__(p)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.y.__delete__(p)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, 'y'), getattr(p, 'y', 'unset'))
p.y = 5
print(hasattr(p, 'y'), p)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
for bad in (3, "s", None):
    try:
        Point.x.__get__(bad, int)
    except TypeError as e:
        print("TypeError:", e)
try:
    Point.x.__set__(3, 1)
except TypeError as e:
    print("TypeError:", e)
print(Point.__slots__)
print(sorted(k for k in Point.__dict__ if not k.startswith('__') or k == '__slots__'))
print('__dict__' in Point.__dict__, '__weakref__' in Point.__dict__)

# Subclass without __slots__: gets a __dict__ that does not show slot values.
class Point3(Point):
    pass

q = Point3(1, 2)
q.z = 3
print(q.__dict__, q.x, q.y, q.z)
q.x = 7
print(q.__dict__, vars(q), q.x)
del q.z
print(q.__dict__)
q.__dict__['w'] = 9
print(q.w, q.x)

# Subclass adding slots.
class Named(Point):
    __slots__ = ('name',)

    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

n = Named(1, 2, "n")
print(n.x, n.y, n.name, Named.name, Named.x)
try:
    n.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Point.x.__get__(n), Named.name.__get__(n))
try:
    Named.name.__get__(p)
except TypeError as e:
    print("TypeError:", e)

# Empty __slots__ in a subclass of a slotted class: still no dict.
class Frozen(Point):
    __slots__ = ()

f = Frozen(0, 0)
try:
    f.a = 1
except AttributeError as e:
    print("AttributeError:", e)

# A string as __slots__.
class One:
    __slots__ = 'only'

o = One()
o.only = 1
print(One.__slots__, o.only, One.only)

# __dict__ in __slots__.
class Both:
    __slots__ = ('a', '__dict__')

b = Both()
b.a = 1
b.extra = 2
print(b.a, b.extra, b.__dict__)

# __weakref__ in __slots__ is accepted.
class W:
    __slots__ = ('v', '__weakref__')

w = W()
w.v = 1
print(w.v)

# Private names are mangled.
class Priv:
    __slots__ = ('__secret', 'public')

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret

pr = Priv()
print(pr.reveal(), Priv._Priv__secret)

# Class attributes conflicting with slots.
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = ('not an identifier',)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad4:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad5(Point3):
        __slots__ = ('__dict__',)
except TypeError as e:
    print("TypeError:", e)

# Layout conflicts.
class A:
    __slots__ = ('a',)

class B:
    __slots__ = ('b',)

try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class E:
    __slots__ = ()

class AE(A, E):
    pass

ae = AE()
ae.a = 1
ae.more = 2
print(ae.a, ae.__dict__)

class Plain:
    pass

class PA(Plain, A):
    __slots__ = ('c',)

pa = PA()
pa.a, pa.c, pa.d = 1, 2, 3
print(pa.a, pa.c, pa.__dict__)

# Slots on subclasses of built-in types.
class SList(list):
    __slots__ = ('tag',)

sl = SList([1, 2, 3])
sl.tag = 'numbers'
sl.append(4)
print(sl, sl.tag, len(sl))
try:
    sl.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class SDict(dict):
    __slots__ = ('meta',)

sd = SDict(a=1)
sd.meta = 'm'
sd['b'] = 2
print(sd, sd.meta)

class SExc(Exception):
    __slots__ = ('code',)

try:
    ex = SExc("boom")
    ex.code = 3
    raise ex
except SExc as e:
    print(repr(e), e.code, e.args)

# Properties and slots together; __getattr__ fallback for unset slots.
class Lazy:
    __slots__ = ('_value',)

    @property
    def value(self):
        return self._value

    def __getattr__(self, name):
        return f"<missing {name}>"

lz = Lazy()
print(lz.value)
lz._value = 3
print(lz.value)

# Many instances and a collection in between keep their values.
pts = [Point(i, i * i) for i in range(2000)]
junk = [[i] * 10 for i in range(2000)]
print(sum(pt.x + pt.y for pt in pts))

# Instance attribute access in a loop (inline caches).
def total(ps):
    s = 0
    for pt in ps:
        s += pt.x
        pt.y = pt.x
    return s

print(total(pts), total(pts), pts[5].y)

# __class__ assignment between compatible slotted classes.
class P2:
    __slots__ = ('x', 'y')

pc = Point(1, 2)
try:
    pc.__class__ = Point3
except TypeError as e:
    print("TypeError:", e)
try:
    pc.__class__ = P2
except TypeError as e:
    print("TypeError:", e)
class PSub(Point):
    __slots__ = ()
pc.__class__ = PSub
print(type(pc).__name__, pc.x, pc.y)
pc.__class__ = Point
print(type(pc).__name__, pc)
class Dyn:
    pass
class Dyn2:
    pass
d = Dyn()
d.a = 1
d.__class__ = Dyn2
print(type(d).__name__, d.a)

# Class attributes of a class without __dict__ are read-only through instances.
class RO:
    __slots__ = ('a',)
    x = 1

ro = RO()
for stmt in ("ro.x = 2", "del ro.x", "del ro.q", "ro.q = 1", "del ro.a"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
print(RO.x, ro.x)

# A dict as __slots__; copying slotted objects.
import copy

class DS:
    __slots__ = {'p': 'the p', 'q': 'the q'}

print(DS.p, sorted(DS.__slots__))
orig = Point(1, [2])
c1, c2 = copy.copy(orig), copy.deepcopy(orig)
print(c1, c2, c1.y is orig.y, c2.y is orig.y)
sub = Point3(5, 6)
sub.extra = 'e'
c3 = copy.copy(sub)
print(c3, c3.extra, c3.__dict__)
print(DS.p.__doc__, DS.q.__doc__, Point.x.__doc__)

class PrivDoc:
    __slots__ = {'__hidden': 'secret doc'}

print(PrivDoc._PrivDoc__hidden.__doc__)
