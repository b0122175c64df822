# Multiple built-in bases that share one instance layout combine; different layouts conflict.
class U(OSError, ValueError): pass
try: raise U("x")
except ValueError as e: print(repr(e), e.errno, U.__mro__)
class K(KeyError, AttributeError): pass
print(K.__mro__)
try:
    class Bad(OSError, dict): pass
except TypeError as e: print(e)

for base, slots in ((int, ('a',)), (tuple, ('a',)), (bytes, ('a',)), (int, ()), (int, ('__dict__',)), (int, ('__weakref__',)), (object, ('__weakref__', '__weakref__'))):
    try:
        C = type('C', (base,), {'__slots__': slots})
        print(base.__name__, slots, 'ok', [k for k in vars(C) if k.startswith('__') and k not in ('__module__', '__doc__', '__slots__')])
    except TypeError as e:
        print(base.__name__, slots, 'TypeError:', e)
class A: pass
try:
    class B(A): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
class Bool(int): __slots__ = ()
try:
    class X(Bool): __slots__ = ('q',)
except TypeError as e: print(e)

try:
    class A:
        __slots__ = 5
except TypeError as e:
    print(e)
def gen():
    yield 'a'
    raise ValueError("boom")
try:
    class B:
        __slots__ = gen()
except ValueError as e:
    print(e)
class C:
    __slots__ = iter(['x', 'y'])
c = C(); c.x = 1; print(c.x, C.y)
