# complex: construction, parsing, repr, arithmetic, comparisons and errors.
for c in [1j, -1j, 1 + 2j, 1.5 - 2.5j, complex(), complex(1), complex(1, 2), complex(-0.0, -0.0), complex(0.0, -0.0),
          complex("1+2j"), complex(" ( -1.5e3-2J ) "), complex("j"), complex("-j"), complex("3"), complex("1e1j"),
          complex(1j, 1j), complex(2, 1j), complex("inf-infj"), complex("nan+nanj"), complex(1e20, 1e-20),
          complex(real=3, imag=4), complex(True, False), 1e300j * 1e10, complex(0, float("nan"))]:
    print(repr(c), str(c), c.real, c.imag)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, abs(a), -a, +a, a.conjugate(), a == 3 + 4j, a != b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, 2 ** a, (1j) ** 2, (1j) ** 1j, 0j ** 0, 0j ** 2)
print(pow(2j, 3), (1 + 1j) ** 10, (1 + 1j) ** -2, complex(1, 1) ** 100, (2 + 0j) ** 0.5, (-1 + 0j) ** 0.5)
print(hash(1 + 0j) == hash(1), bool(0j), bool(1e-300j), type(1j), isinstance(1j, complex), (1j).real.__class__)
for t in ["1j / 0", "1j / 0j", "1 / 0j", "0j ** -1", "0j ** 1j", "1j < 2j", "1j // 2", "1j % 2", "divmod(1j, 2)",
          "complex('1+2')", "complex('1+2j+3j')", "complex('')", "complex('(1+2j')", "complex('1', 2)", "complex(1, '2')",
          "complex(None)", "complex([])", "int(1j)", "float(1j)", "round(1j)", "abs(complex(1e308, 1e308))",
          "complex(10**400)", "1j ** 10**400", "(1e200+1e200j) ** 2", "complex('1e500j')", "1j & 1"]:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()), complex(1.5, 2j))
try:
    complex(1.5, C())
except TypeError as e:
    print(type(e).__name__, e)
