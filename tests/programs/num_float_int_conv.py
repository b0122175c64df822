# Conversions between int and float: truncation, overflow, exactness at the edges.
for f in [0.0, -0.0, 0.9, -0.9, 1e15 + 0.5, 2.0**53, 2.0**53 + 2, 1e18, -1e18, 1e20, 1.5e300, 2.0**1023, -(2.0**63), 4.6e18, 9.3e18]:
    print(repr(f), int(f), float(int(f)) == float(f).__trunc__())
for i in [0, 1, -1, 2**53, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**63 - 1, 2**64 - 1, 10**22, 10**23, 2**1023, 2**1024 - 2**970 - 1, 2**1024 - 2**971 - 1]:
    print(i, repr(float(i)))
for i in [2**1024, 2**1024 - 2**970, -(2**1024), 10**400]:
    try:
        print(float(i))
    except OverflowError as e:
        print(type(e).__name__, e)
for f in [float("inf"), float("-inf"), float("nan")]:
    for fn in [int, round, math_floor := __import__("math").floor, __import__("math").ceil, __import__("math").trunc]:
        try:
            print(fn(f))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(int(1e300) == 10**300, int(1e300) - 10**300)
print((2**53 + 1) == float(2**53 + 1), (2**53 + 1) > float(2**53), 2**53 + 1.0)
print(1.0 * (2**63), 2**64 / 2, (2**64) // 1.5, (10**30) % 7.5, (-(10**30)) % 7.5)
print(float(True), float(False), int(-0.0), int(0.99999999999999999), int(-1e-300))
