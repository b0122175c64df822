# collections.namedtuple: construction, fields, methods, errors, subclassing.
from collections import namedtuple

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point(x=3, y=4), Point(5, y=6), Point._make([7, 8]), Point._make(range(2)))
print(p._asdict(), p._replace(y=20), Point._fields, Point._field_defaults, Point.__name__)
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
print(type(p).__name__, isinstance(p, tuple), Point.__mro__[1].__name__, Point.__module__)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), max(Point(1, 5), Point(2, 0)))
print({p: "point"}[Point(1, 2)], p + (3,), p * 2, p[:1], p.count(1), p.index(2))
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=2))
t(lambda: Point(1, 2, x=1))
t(lambda: Point._make([1]))
t(lambda: p._replace(z=1))
def setx():
    p.x = 5
t(setx)
def newattr():
    p.z = 5
t(newattr)
t(lambda: namedtuple("Bad", "a a"))
t(lambda: namedtuple("Bad", "a _b"))
t(lambda: namedtuple("Bad", "a def"))
t(lambda: namedtuple("Bad", "a 1b"))
t(lambda: namedtuple("1Bad", "a"))
t(lambda: namedtuple("Bad", ["a", 5]))
t(lambda: namedtuple("Bad", "a b", defaults=[1, 2, 3]))
print(namedtuple("R", "a def _c a 9", rename=True)._fields)
P3 = namedtuple("P3", "x, y z")
print(P3(1, 2, 3), P3._fields)
D = namedtuple("D", "a b c", defaults=(10, 20))
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults, D.__new__.__defaults__)
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
S = namedtuple("S", "only")
print(S(5), S(5).only, S._make([1]))
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(1, 2) + Vec(3, -4)
print(v, v.norm1, type(v).__name__, Vec.__mro__[1].__name__)
Card = namedtuple("Card", "rank suit", module="cards")
print(Card.__module__, repr(Card("A", "s")))
print(Point.__match_args__)
match Point(0, 5):
    case Point(x=0, y=yy):
        print("on y axis at", yy)
