# functools: reduce, partial, wraps, total_ordering, cmp_to_key, cached_property, singledispatch.
import functools
from functools import reduce, partial, wraps, total_ordering, cmp_to_key, cached_property, singledispatch

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], "init"))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(lambda a, b: a + b, ["a"]))
t(lambda: reduce(lambda a, b: a + b, []))
t(lambda: reduce(1))
t(lambda: reduce(lambda a, b: a, [1], 0, x=1))
p = partial(int, base=2)
print(p("1010"), p("11", base=10), p.func, p.args, p.keywords, p)
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, kw)
p2 = partial(f, 1, c=30)
print(p2(2), p2(2, c=4), partial(f, 1)(2, 5, 6, 7, z=0), partial(p2, 9).args, partial(p2, 9).keywords)
t(lambda: p2(2, 5, 6))
print(partial(max, 1)(5, 3), partial(sorted, key=len)(["ccc", "a", "bb"]))
t(lambda: partial())
t(lambda: partial(1))
t(lambda: p2())
class Greeter:
    def hello(self, name, punct):
        return "hello " + name + punct
    shout = functools.partialmethod(hello, punct="!")
print(Greeter().shout("bob"))
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return ("logged", fn(*args, **kwargs))
    return wrapper
@logged
def add(x, y):
    """Adds."""
    return x + y
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4), add.__qualname__)
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0), Version(2), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4))
t(lambda: total_ordering(type("Nothing", (), {})))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=cmp_to_key(lambda x, y: cmp(x[0], y[0]))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(1).obj)
t(lambda: hash(k(1)))
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)
print(type(Circle.__dict__["area"]).__name__, Circle.area.attrname)
@singledispatch
def describe(x):
    return "object " + repr(x)
@describe.register(int)
def _(x):
    return "int " + str(x)
@describe.register
def _(x: list):
    return "list of " + str(len(x))
@describe.register(bool)
def _(x):
    return "bool " + str(x)
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(2.5))
print(describe.dispatch(int).__name__, sorted(c.__name__ for c in describe.registry))
