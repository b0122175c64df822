# functools.lru_cache and cache.
from functools import lru_cache, cache

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info()._fields, sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq(9), sq.__name__, sq.__wrapped__(3))
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info())
@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache()
def kwfunc(a, b=2, *, c=3):
    return a + b + c
print(kwfunc(1), kwfunc(1, 2), kwfunc(1, b=2), kwfunc(a=1), kwfunc(1, c=10), kwfunc.cache_info())
t(lambda: kwfunc([1]))
t(lambda: lru_cache("x"))
class Tree:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def depth(self, k):
        return self.n * k
a, b = Tree(2), Tree(3)
print(a.depth(5), b.depth(5), a.depth(5), Tree.depth.cache_info())
print(type(sq).__name__)
