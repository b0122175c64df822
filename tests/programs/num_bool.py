# bool: an int subclass with its own repr and bitwise operators.
print(True, False, repr(True), str(False), int(True), float(False), True == 1, False == 0, True is True)
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, +True, ~True, abs(False))
print(True & False, True | False, True ^ True, False ^ False, True & 1, 2 | True, type(True & False), type(True | 2))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(0j), bool(""), bool("a"), bool([]), bool(None), bool())
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, type(True).__name__, True.real, True.imag)
print(True.numerator, True.denominator, True.bit_length(), True.conjugate(), True.as_integer_ratio(), hash(True))
print(f"{True}", format(True), format(True, "d"), format(False, "5"), "%d" % True, "%s" % False, True.__index__())
print(sum([True, True, False]), max(True, 0), sorted([True, False, 2, -1]), [0, 1][True], divmod(True, True))
class A:
    def __bool__(self):
        return False
class B:
    def __len__(self):
        return 3
class C:
    def __bool__(self):
        return 1
print(bool(A()), bool(B()), not A(), not B())
try:
    bool(C())
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(True.__and__(1), True.__rand__(1), True.__xor__(False), True.__or__(2), True.__and__(1.0))
