class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __sub__(self, o): return Num(self.v - o)
    def __rsub__(self, o): return Num(o - self.v)
    def __mul__(self, o): return Num(self.v * o)
    def __truediv__(self, o): return Num(self.v / o)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o, m=None): return Num(pow(self.v, o, m))
    def __rpow__(self, o): return Num(o ** self.v)
    def __matmul__(self, o): return "matmul"
    def __and__(self, o): return Num(self.v & o)
    def __or__(self, o): return Num(self.v | o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __lshift__(self, o): return Num(self.v << o)
    def __rshift__(self, o): return Num(self.v >> o)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v)
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~self.v)
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return Num(round(self.v, n))
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    __hash__ = None

n = Num(5)
print(n + 1, 1 + n, n - 2, 10 - n, n * 3, n / 2, n // 2, n % 3, n ** 2, 2 ** n, pow(n, 2, 7))
print(n @ n, n & 3, n | 8, n ^ 1, n << 2, n >> 1, -n, +n, abs(Num(-3)), ~n)
m = n
m += 10
print(m, n, m is n)
print(list(range(20))[n], bin(n), hex(n), int(n), float(n), round(Num(2.567), 2))
print(Num(1) == Num(1), Num(1) != Num(2), Num(1) < Num(2), Num(3) >= Num(2), Num(2) > Num(1))
try:
    hash(n)
except TypeError as e:
    print("TypeError:", e)
try:
    n < 3
except AttributeError as e:
    print("AttributeError:", e)

class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b, hash(a) == hash(a))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, k * 2 if isinstance(k, int) else k)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
s = Seq()
s[1] = "one"; s["a"] = 2
print(s[1], s[5], s["a"], 1 in s, 7 in s, len(s))
del s[1]
print(len(s), bool(s))
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(OldIter()), 4 in OldIter())

class Attrs:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, k, v):
        self.log.append(("set", k)); object.__setattr__(self, k, v)
    def __delattr__(self, k):
        self.log.append(("del", k)); object.__delattr__(self, k)
    def __getattribute__(self, k):
        if k == "magic": return 42
        return object.__getattribute__(self, k)
t = Attrs()
t.x = 1; t.y = 2; del t.x
print(t.log, t.magic, hasattr(t, "x"), getattr(t, "y"))

class Ordered:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v > 0
print([bool(Ordered(1)), bool(Ordered(0))], "yes" if Ordered(2) else "no")
class Sized:
    def __len__(self): return 0
print(bool(Sized()), not Sized())
class Generic:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(Generic[int])
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
print(f"{Fmt():abc} {Fmt()!r} {Fmt()!s} {Fmt()}", format(Fmt(), "x"), str(Fmt()), repr(Fmt()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called"); return NotImplemented
print(Cmp(1) == Cmp(1))
