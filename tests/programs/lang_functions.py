def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, f=10))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))

def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, c=3, d=4), pos_only(1, 2, 3, d=4))

for call in [lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: pos_only(1, b=2, c=3, d=4),
             lambda: pos_only(1, 2, 3, 4), lambda: (lambda x: x)(1, 2), lambda: f(1, c=2, **{"c": 3})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c1 = counter()
c1(); c1(5)
print(c1())

G = 1
def setg():
    global G
    G = 42
setg()
print(G)

def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    wrapper.__name__ = fn.__name__
    return wrapper

@deco
def add(x, y):
    """Adds."""
    return x + y
print(add(2, 3), add.__name__)
print(f.__name__, f.__defaults__, f.__kwdefaults__, add.__doc__)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))

def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)

sq = lambda x, y=2: x ** y
print(sq(3), sq(2, 10), (lambda *a: a)(1, 2))
def gen_closures():
    return [lambda i=i: i * 10 for i in range(3)]
print([g() for g in gen_closures()])
def annotated(x: int, y: "str" = "a") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)
