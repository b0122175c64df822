# Subclasses of int, float and complex: construction, overridden operators, results of the base type.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
class Money(float):
    def __str__(self):
        return f"${float(self):.2f}"
class Sq(int):
    def __new__(cls, v):
        return super().__new__(cls, v * v)
class Add(int):
    def __add__(self, other):
        return "Add.__add__"
    def __radd__(self, other):
        return "Add.__radd__"
class Cx(complex):
    pass
a = MyInt(5)
print(a, repr(a), str(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__, a * 2, a == 5, hash(a) == hash(5))
print(isinstance(a, int), type(a).__name__, int(a), type(int(a)).__name__, a.bit_length(), a.real, type(a.real).__name__)
print(MyInt("ff", 16), MyInt(), MyInt(3.9), MyInt(True), type(MyInt.from_bytes(b"\x05", "big")).__name__)
m = Money(3.14159)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, -m, type(-m).__name__, round(m, 2), type(round(m, 2)).__name__)
print(Money("2.5"), Money(), float(m), type(float(m)).__name__, m.is_integer(), m.hex(), Money.fromhex("0x1p1"), type(Money.fromhex("0x1p1")).__name__)
s = Sq(4)
print(s, type(s).__name__, s + 0, s // 3)
x = Add(1)
print(x + 1, 1 + x, x + x, Add(2) - 1, sum([1, 2], Add(0) + 0 if False else 0))
c = Cx(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.real, c.imag, c.conjugate())
d = {MyInt(1): "a"}
print(d[1], d[1.0], sorted([MyInt(3), 1, 2.5]), max(MyInt(2), 1), 5 in [MyInt(5)])
class Neg(int):
    def __neg__(self):
        return "neg!"
    def __bool__(self):
        return False
    def __index__(self):
        return 99
print(-Neg(3), bool(Neg(3)), [10, 20, 30][Neg(1)], hex(Neg(255)), range(10)[Neg(2)])
class F2(float):
    def __float__(self):
        return 9.0
print(float(F2(1.5)), F2(1.5) + 0, int(F2(1.5)))
class WithAttr(int):
    pass
w = WithAttr(7)
w.tag = "t"
print(w, w.tag, w + w, vars(w))
import math
print(math.floor(MyInt(3)), math.sqrt(MyInt(16)), math.gcd(MyInt(12), 18), divmod(MyInt(7), 2), pow(MyInt(2), 10))
