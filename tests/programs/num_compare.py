# Comparisons across int, float, bool and complex, including huge ints, inf and nan.
inf, nan = float("inf"), float("nan")
vals = [0, 1, -1, True, False, 0.5, -0.0, 2**53, 2**53 + 1, float(2**53), 2**1000, -(2**1000), 1e300, inf, -inf, nan, 10**400, -(10**400)]
for a in vals:
    print(repr(a)[:20], [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals[:: 3]])
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2.0**53 < 2**53 + 1, 2**1024 > 1.7976931348623157e308, 10**400 < inf)
print(1 == 1.0 == True, 0 == -0.0 == False, 1 == 1 + 0j, 1.5 == 1.5 + 0j, 1 + 1j == 1 + 1j, 1j == 1, (1+0j) != 1)
print(nan in [nan], nan == nan, [nan] == [nan], (x := nan) in [x], 0.1 + 0.2 == 0.3, 0.5 == 1/2)
print(max(1, 2.5, 2), min(-1, -1.0), max(2**70, 1e21), sorted([3, 1.5, True, -2, 2**64, 0.0]), 1 < 2.5 < 3 < 2**64)
print(int.__eq__(1, 1.0), int.__lt__(1, 2.5), float.__eq__(1.0, 1), float.__lt__(1.0, "a"), int.__eq__(1, "1"))
for t in ["1 < 'a'", "1.5 >= None", "1j < 2j", "1j > 1", "[] < 1", "2**70 <= 'x'"]:
    try:
        print(eval(t))
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", 1 != "1", 1.0 == None, 1j == "x")
