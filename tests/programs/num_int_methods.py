# int methods and attributes: bit_length, bit_count, as_integer_ratio, conjugate, real/imag/numerator/denominator.
for v in [0, 1, -1, 7, -8, 255, 256, 2**62 - 1, -(2**62), 2**63, -(2**64) + 1, 10**30, -(2**1000)]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio() if abs(v) < 2**70 else "big", v.conjugate() == v,
          v.real == v, v.imag, v.numerator == v, v.denominator)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__())
print((5).__neg__(), (5).__pos__(), (5).__abs__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (5).__bool__())
print((7).__add__(1), (7).__radd__(1), (7).__sub__(1), (7).__rsub__(1), (7).__mul__(2), (7).__floordiv__(2), (7).__rfloordiv__(2))
print((7).__mod__(3), (7).__rmod__(3), (7).__truediv__(2), (7).__rtruediv__(2), (7).__pow__(2), (7).__rpow__(2), (7).__pow__(2, 5))
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__lshift__(1), (7).__rlshift__(1), (7).__and__(3), (7).__xor__(3), (7).__or__(8))
print((7).__add__(1.5), (7).__eq__(7.0), (7).__lt__("a"), (7).__mul__("a"), int.__add__(True, True))
print((12).__format__(""), (12).__format__("x"), (12).__repr__(), (12).__getnewargs__(), (12).__sizeof__() > 0)
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.mro(), int.__name__, int.__qualname__, int.__module__, type(int.bit_length))
for name in ["is_integer", "__iter__", "hex"]:
    print(name, hasattr(1, name))
for t in ["(1).bit_length(2)", "(1).bit_count(x=1)", "int.bit_length()", "int.bit_length('a')", "(5).__round__('a')",
          "(1).real = 2", "(5).as_integer_ratio(1)"]:
    try:
        exec(t)
        print(t, "ok")
    except Exception as e:
        print(t, type(e).__name__, e)
