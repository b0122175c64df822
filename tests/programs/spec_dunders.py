# The dunder protocol end to end.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class V:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __str__(self): return f"<{self.x},{self.y}>"
    def __format__(self, spec): return f"V[{spec}]"
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return (self.x, self.y) < (o.x, o.y)
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o):
        if isinstance(o, (int, float)): return V(self.x + o, self.y + o)
        if not isinstance(o, V): return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    __radd__ = __add__
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __rsub__(self, o): return V(o - self.x, o - self.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return V(k * self.x, k * self.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __divmod__(self, k): return (self // k, self % k)
    def __rdivmod__(self, k): return "rdivmod"
    def __pow__(self, k, mod=None): return ("pow", k, mod)
    def __rpow__(self, k): return ("rpow", k)
    def __lshift__(self, k): return "lshift"
    def __rrshift__(self, k): return "rrshift"
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __bool__(self): return bool(self.x or self.y)
    def __complex__(self): return complex(self.x, self.y)
    def __int__(self): return int(self.x)
    def __float__(self): return float(self.x)
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"

a, b = V(1, 2), V(3, 4)
print(repr(a), str(a), f"{a}", f"{a:>10}", format(a, "x"), "%s %r" % (a, a), [a], str([a]))
print(a + b, a + 1, 1 + a, 2.5 + a, a - b, 10 - a, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 2)
print(divmod(b, 2), divmod(2, b), b ** 2, pow(b, 2, 5), 2 ** b, a << 1, 1 >> a, a & 1, 1 | a, a ^ a)
print(-a, +a, abs(b), ~a, bool(V(0, 0)), bool(a), complex(a), int(b), float(b), round(a), round(a, 2))
import math
print(math.trunc(a), math.floor(a), math.ceil(a))
print(a == V(1, 2), a != V(1, 2), a < b, a <= b, a > b, a >= b, b > a, a == 1, a != 1)
show("a < 1", lambda: a < 1)
show("a @ 1", lambda: a @ 1)
show("1 @ a", lambda: 1 @ a)
show("a >> 1", lambda: a >> 1)
print(sorted([b, a, V(0, 9)]), max(a, b), hash(a) == hash(V(1, 2)), len({a, V(1, 2), b}))

class InPlace:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return InPlace(self.v - o)
    def __imul__(self, o): self.v *= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __repr__(self): return f"IP({self.v})"
p = InPlace(1); q = p
p += 5; print(p, p is q)
p -= 1; print(p, p is q)
p *= 3; p **= 2; p |= 1; print(p)
show("p /= 2", lambda: exec("p /= 2", {"p": p}))

class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice): return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __contains__(self, v): print("contains", v); return v in self.data
    def __reversed__(self): return iter(["rev"])
    def __repr__(self): return f"Seq({self.data})"
s = Seq(range(5))
print(len(s), s[1], s[1:3], s[::-1], 3 in s, 9 not in s, list(reversed(s)), list(s), bool(Seq([])))
s[0] = 10; del s[1]; print(s)
s[1:3] = ["a"]; print(s)
show("s[99]", lambda: s[99])
for i, v in enumerate(s): print("iter", i, v)
a1, *rest = s; print(a1, rest)

class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(OldIter()), 4 in OldIter(), 5 in OldIter(), sorted(OldIter(), reverse=True))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)], dict.fromkeys(Countdown(2)))
it = iter(Countdown(1)); print(next(it), next(it, "done"))
show("next exhausted", lambda: next(it))
show("iter(1)", lambda: iter(1))
class BadIter:
    def __iter__(self): return 1
show("bad iter", lambda: iter(BadIter()))
show("len bad", lambda: len(Countdown(1)))
class NegLen:
    def __len__(self): return -1
show("neg len", lambda: len(NegLen()))
class BigLen:
    def __len__(self): return 2 ** 70
show("big len", lambda: len(BigLen()))
show("bool via len", lambda: bool(NegLen()))
class BadBool:
    def __bool__(self): return 1
show("bad bool", lambda: bool(BadBool()))

class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))

class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as x, CM("b", True) as y:
    print("body", x, y)
    raise ValueError("boom")
print("after")
try:
    with CM("c"), CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except Exception as e:
    print(type(e).__name__, e)

class Attr:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("z"): raise AttributeError(f"no {name}")
        return "dyn_" + name
    def __setattr__(self, name, v):
        print("setattr", name, v)
        super().__setattr__(name, v)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
o = Attr()
print(o.real, o.foo, getattr(o, "zzz", "default"), hasattr(o, "zap"), hasattr(o, "x"))
o.k = 5; del o.k
show("del missing", lambda: delattr(o, "missing"))
class GA:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("hidden")
        if name == "magic": return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback " + name
g = GA(); g.x = 1
print(g.x, g.magic, g.secret, g.other)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
L = list(range(10))
print(L[Idx(3)], L[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), "ab" * Idx(2), range(Idx(3)), int(Idx(7)) if hasattr(int, "__index__") else 0)
show("bad index", lambda: L[Idx("x")])
show("float idx", lambda: L[1.0])
import operator
print(operator.index(Idx(9)), bytes(Idx(3)), [1, 2, 3][Idx(-1)])

class Hashy:
    def __eq__(self, o): return True
show("unhashable", lambda: hash(Hashy()))
show("unhashable set", lambda: {Hashy()})
class HashNone:
    __hash__ = None
show("hash none", lambda: hash(HashNone()))
class BadHash:
    def __hash__(self): return "x"
show("bad hash", lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

class ReprBad:
    def __repr__(self): return 5
show("bad repr", lambda: repr(ReprBad()))
class StrOnly:
    def __repr__(self): return "R"
print(str(StrOnly()), f"{StrOnly()!s}", f"{StrOnly()!r}", format(StrOnly(), ""))
show("format spec object", lambda: format(StrOnly(), "x"))

class Reflect:
    def __eq__(self, o): print("Reflect.eq"); return "req"
    def __gt__(self, o): print("Reflect.gt"); return "rgt"
class Base0:
    def __lt__(self, o): print("Base0.lt"); return NotImplemented
print(Base0() < Reflect(), 1 == Reflect(), Reflect() == 1)
class SubInt(int):
    def __radd__(self, o): return "SubInt.radd"
    def __add__(self, o): return "SubInt.add"
print(1 + SubInt(2), SubInt(2) + 1)

class NewOnly:
    def __new__(cls, v):
        if v < 0: return "not an instance"
        inst = object.__new__(cls); inst.v = v; return inst
    def __init__(self, v): print("init called", v)
print(NewOnly(-1), NewOnly(2).v)
show("object() args", lambda: object(1))
class InitOnly:
    def __init__(self): pass
show("extra args", lambda: InitOnly(1))
show("init returns", lambda: type("R", (), {"__init__": lambda self: 5})())
class Del:
    def __del__(self): pass
print(type(Del()).__name__)
class Missing(dict):
    def __missing__(self, k): return k * 2
print(Missing(a=1)["a"], Missing()["zz"], Missing().get("q"))
class Dir:
    def __dir__(self): return ["b", "a"]
print(dir(Dir()))
class Len0:
    def __len__(self): return 0
    def __iter__(self): return iter([])
print(bool(Len0()), not Len0(), "yes" if Len0() else "no")
class Sized:
    def __length_hint__(self): return 3
print(operator.length_hint(Sized()), operator.length_hint([1, 2]), operator.length_hint(iter(range(4))))
