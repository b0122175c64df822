# Functions: defaults, *args, **kwargs, keyword-only, positional-only, closures,
# nonlocal/global, lambdas, decorators, recursion.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7), f(1, c=9, d=0), f(*[1, 2], **{"d": 1, "x": 2}))
show("missing d", lambda: f(1))
show("pos-only as kw", lambda: f(a=1, d=2))
show("dup c", lambda: f(1, 2, 3, c=4, d=5))
show("no args", lambda: f())
def g(x, y, /): return x + y
show("g kw", lambda: g(1, y=2))
show("g many", lambda: g(1, 2, 3))
show("g few", lambda: g(1))
def h(*, k): return k
show("h pos", lambda: h(1))
show("h missing", lambda: h())
show("h unexpected", lambda: h(k=1, j=2))
def two(a, b): return a, b
show("two missing both", lambda: two())
show("two too many", lambda: two(1, 2, 3))
show("two multiple", lambda: two(1, a=2))
show("kw not str", lambda: two(**{1: 2}))
show("** not mapping", lambda: two(**[1]))
show("* not iterable", lambda: two(*1))
show("dup kw via **", lambda: two(1, **{"b": 2}, **{"b": 3}))
def kwonly_many(a, *, b, c, d=1): pass
show("kw missing 2", lambda: kwonly_many(1))
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_shared(1), defaults_shared(2), defaults_shared.__defaults__)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__name__, f.__code__.co_varnames[:4])
def annotated(a: int, b: "str" = "x") -> list: pass
print(annotated.__annotations__)

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc(5); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([a(10) for a in early], [a(10) for a in late])
G = 1
def set_global():
    global G, NEW
    G += 1
    NEW = "created"
set_global(); print(G, NEW)
def unbound():
    print(G)
    G = 2
show("unbound local", unbound)
def outer_free():
    def inner(): return v
    show("free before assign", inner)
    v = 1
    return inner()
print(outer_free())
def deep_nonlocal():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 10
        b()
    a(); a()
    return x
print(deep_nonlocal())
def del_local():
    x = 1
    del x
    return x
show("deleted local", del_local)

sq = lambda x, *a, k=2, **kw: (x ** k, a, kw)
print(sq(3), sq(2, 1, k=3, z=1), (lambda: 1)(), (lambda *a: a)(), sq.__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))

import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
def repeat(n):
    def deco(fn):
        def w(*a): return [fn(*a) for _ in range(n)]
        return w
    return deco
@logged
@repeat(2)
def hello(name):
    "says hello"
    return "hi " + name
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
class Memo:
    def __init__(self, fn): self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache: self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fibm(n): return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(80), len(fibm.cache))

def recurse(n): return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0); print(d > 500, d < sys.getrecursionlimit())
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion", type(e).__name__)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
show("mutual", lambda: mutual_a(1))
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), depth(0) < 100)
sys.setrecursionlimit(old)
show("setrecursionlimit(0)", lambda: sys.setrecursionlimit(0))
show("deep eval", lambda: eval("(" * 50 + "1" + ")" * 50))
print(f.__module__, type(f).__name__, callable(f), f.__qualname__, counter.__code__.co_name)
def gen_defaults(a, b=[x * 2 for x in range(3)]): return b
print(gen_defaults(1))
def star_only(*args, **kwargs): return args, kwargs
print(star_only(), star_only(1, *[2, 3], *(), a=1, **{"b": 2}, c=3))
five, nothing = 5, None
show("call non-callable", lambda: five())
show("call None", lambda: nothing(1))
def ret_none(): pass
print(ret_none(), (lambda: None)())
