# Built-ins that run Python code (__iter__, __len__, __str__, constructors, __fspath__,
# __hash__) between reading an argument and using it. Under KRAIT_GC_STRESS=1 every
# Python frame start collects, so a value held raw across such a call is stale.
import os


def churn():
    return [str(i) * 3 for i in range(100)]


class It:
    def __iter__(self):
        churn()
        return iter([1.5, 2.5])

    def __len__(self):
        churn()
        return 2

    def __getitem__(self, i):
        return i * 10


# sum(): a young float start and a big-int start, read after get_iter.
x = 2.0 ** 0.5
print(sum(It(), x + 0.25))
print(sum(It(), 10 ** 30 + 1))


# min/max with a key function that allocates.
def key(v):
    churn()
    return -v


print(min([3.5, 1.5, 2.5], key=key), max(3.5, 1.5, 2.5, key=key))
print(min([x + 1, x + 2, x + 0.5], key=lambda v: [v, churn()][0]))
print(max([], key=key, default=x + 3))


# Subclasses of the built-in iterator types are young objects: the class must be read
# again after the constructor ran Python code.
def make_classes():
    class E(enumerate):
        pass

    class Z(zip):
        pass

    class M(map):
        pass

    class F(filter):
        pass

    class R(reversed):
        pass

    return E, Z, M, F, R


E, Z, M, F, R = make_classes()
print(type(E(It())).__name__, list(E(It(), 5)))
print(type(Z(It(), It())).__name__, list(Z(It(), It())))
print(type(M(str, It())).__name__, list(M(str, It())))
print(type(F(None, It())).__name__, list(F(None, It())))
print(type(R(It())).__name__, list(R(It())))
for C in make_classes():
    print(C.__name__, type(C(It()) if C.__name__ in "ER" else C(str, It()) if C.__name__ in "MF" else C(It(), It())).__name__)


# raise SomeClass where the class's constructor runs Python code and returns a
# non-exception: the error message names the (moved) class.
def make_bad():
    class Bad(Exception):
        def __new__(cls):
            churn()
            return 42

    return Bad


try:
    raise make_bad()
except TypeError as e:
    print("TypeError:", e)


# compile(): the filename's __fspath__ runs before the mode is read.
class Name:
    def __fspath__(self):
        churn()
        return "<named>"


m = "ex"
code = compile("y = 1", Name(), m + "ec")
print(type(code).__name__)
try:
    compile("1", Name(), m + "xx")
except ValueError as e:
    print("ValueError:", e)


# os path arguments through __fspath__.
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        churn()
        return self.p


print(os.path.exists(P(".")), os.path.isdir(P(b".")))
try:
    os.listdir(P(3))
except TypeError as e:
    print("TypeError:", e)


# dir() hashes the attribute names of a dict-backed instance: user keys run Python.
class HK:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        churn()
        return self.n

    def __eq__(self, other):
        churn()
        return isinstance(other, HK) and other.n == self.n

    def __lt__(self, other):
        return repr(self) < repr(other)

    def __gt__(self, other):
        return repr(self) > repr(other)

    def __repr__(self):
        return "HK(%d)" % self.n


class Obj:
    def __init__(self):
        self.a = 1


o = Obj()
o.__dict__[HK(1)] = 1
o.__dict__[HK(2)] = 2
d = dir(o)
print([k for k in d if not isinstance(k, str)], "a" in d, "__init__" in d)


# Exception notes whose __str__ allocates, printed by the default excepthook at exit.
class Note:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        churn()
        return "note %d" % self.n


err = ValueError("with notes")
err.__notes__ = [Note(1), "plain", Note(2)]
raise err
