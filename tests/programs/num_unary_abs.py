# Unary operators and abs() on numbers and user types; error messages for unsupported operands.
for v in [0, 5, -5, 2**62, -(2**62), 2**100, 1.5, -0.0, float("inf"), 3 + 4j, -2j, True, False]:
    r = [-v, +v, abs(v)]
    if isinstance(v, int):
        r.append(~v)
    print(repr(v), r, type(-v).__name__, type(abs(v)).__name__)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-U(), +U(), ~U(), abs(U()))
class I(int):
    pass
print(-I(5), type(-I(5)).__name__, +I(5), type(+I(5)).__name__, abs(I(-3)), ~I(0), type(abs(I(-3))).__name__)
class F(float):
    pass
print(-F(2.5), type(-F(2.5)).__name__, +F(2.5), type(+F(2.5)).__name__, abs(F(-1.5)), type(abs(F(-1.5))).__name__)
for t in ["-'a'", "+[]", "~1.5", "~1j", "abs('x')", "abs(None)", "-None", "~{}"]:
    try:
        print(eval(t))
    except TypeError as e:
        print(type(e).__name__, e)
print(-(-(2**62)), -(2**62) - 1, abs(-(2**62)), abs(-2**63), -True, ~False, -(0.0), +(-0.0))
