# divmod() and the // % identity across ints, floats, bools and user types.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1), (2**70, 3), (-(2**70), 7), (10**30, -(10**15) - 1),
         (7.5, 2), (-7.5, 2), (7.5, -2), (1e300, 1e-300), (-0.0, 5), (5, 0.5), (True, 2), (7, True), (3, 2.5)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a if abs(a) < 1e20 else "big", b if abs(b) < 1e20 else "big", q if abs(q) < 1e40 else "bigq", r, q * b + r == a or isinstance(q, float), type(q).__name__, type(r).__name__)
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(D(), 3), divmod(3, D()), (5).__divmod__(3), (5).__rdivmod__(3), (5.5).__divmod__(2), (5.5).__rdivmod__(2))
print((5).__divmod__(2.0), (5.0).__divmod__("x"), divmod(-1, float("inf")), divmod(1, float("-inf")))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (2**80, 0), (1j, 1), (1, "a"), ("a", 1), (None, None)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(), (1,), (1, 2, 3)]:
    try:
        divmod(*args)
    except TypeError as e:
        print(type(e).__name__, e)
