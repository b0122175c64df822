# hash() of numbers: ints, -1, big ints, floats equal to ints, inf, nan, complex, bool.
import sys
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**64 + 7, -(2**100), 10**30, True, False,
        0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 1e100, 2.0**61, 2.0**70, 1e-300, float("inf"), float("-inf"),
        1j, 1 + 1j, -1 - 1j, 0.5j, complex(2**70, 1)]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(2**100) == hash(float(2**100)))
n = float("nan")
print(hash(n) == hash(n), type(hash(n)))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
d = {1: "a", 1.0: "b", True: "c", 2**64: "d", float(2**64): "e"}
print(d, len({0, 0.0, -0.0, False, 0j}))
print((1).__hash__(), (2.5).__hash__(), (-1).__hash__(), (1 + 2j).__hash__(), (-1.0).__hash__())
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(hash(MyInt(-1)), hash(MyFloat(-1.0)), hash(MyInt(2**70)) == hash(2**70))
