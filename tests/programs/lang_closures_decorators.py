def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def hello(n):
    return f"hi {n}"
print(hello(1))

def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)

def stack(*decos):
    def apply(fn):
        for d in reversed(decos):
            fn = d(fn)
        return fn
    return apply
def add1(f): return lambda x: f(x) + 1
def dbl(f): return lambda x: f(x) * 2
@add1
@dbl
def ident(x): return x
print(ident(5), stack(add1, dbl)(lambda x: x)(5))

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make_acc()
add(3); add(4)
print(get(), add.__closure__ is not None, len(add.__code__.co_freevars))
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
counter = 0
def counting():
    global counter
    counter += 1
    return counter
counting(); counting()
print(counter)
fns = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fns])
class Cls:
    def method(self): return "m"
    @property
    def prop(self): return "p"
def method_deco(fn):
    def wrapped(self, *a):
        return "<" + fn(self, *a) + ">"
    return wrapped
Cls.method = method_deco(Cls.method)
print(Cls().method(), Cls().prop)
