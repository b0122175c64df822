# A class's namespace: __slots__ members, then __dict__ and __weakref__ descriptors when its
# instances gain them, then __doc__ and __hash__, in CPython's order.
class C:
    def f(self): pass
print(list(vars(C)))
class D(C):
    x = 1
print(list(vars(D)))
class E(Exception): pass
print(list(vars(E)))
class L(list): pass
print(list(vars(L)))
class S(set): pass
print(list(vars(S)))
class Sl:
    __slots__ = ('a',)
print(list(vars(Sl)))
class Sd:
    __slots__ = ('a', '__dict__')
print(list(vars(Sd)))
class Sw:
    __slots__ = ('__weakref__',)
print(list(vars(Sw)))
class Sub(Sl): pass
print(list(vars(Sub)))
class Q:
    def __eq__(self, o): return True
print(list(vars(Q)))
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(C.__dict__['__weakref__'].__get__(C()))
class M(type): pass
print(list(vars(M)))
class I(int): pass
print(list(vars(I)))
class T(tuple): pass
print(list(vars(T)))
class Di(dict): pass
print(list(vars(Di)))
class O(object): __doc__ = 'x'
print(list(vars(O)))

for base in (str, float, complex, bytearray, frozenset, bytes, BaseException, KeyError, OSError, property, staticmethod, classmethod, range.__class__ if False else object):
    try:
        C = type('C', (base,), {})
        print(base.__name__, [k for k in vars(C) if k in ('__dict__', '__weakref__')])
    except TypeError as e:
        print(base.__name__, e)
