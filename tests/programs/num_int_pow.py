# ** and pow() on ints: negative exponents, big results, modular pow and inverses.
for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**70]:
    for b in [0, 1, 2, 3, 10, 63, 64, 100]:
        print(a, b, a ** b)
for a in [1, -1, 2, -2, 4, 10, 3]:
    for b in [-1, -2, -3, -10]:
        print(a, b, a ** b)
print(2 ** -1074, 2 ** -1075, 10 ** -400)
print(0 ** 0, pow(0, 0), pow(5, 0), (-3) ** 3)
print(pow(2, 100, 1000007), pow(3, 10**20, 10**9 + 7), pow(-2, 5, 7), pow(2, 5, -7), pow(-2, 5, -7))
print(pow(5, 0, 1), pow(5, 3, 1), pow(5, 3, -1), pow(0, 0, 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97), pow(2, -1, -7))
print(pow(7, -1, 2**89 - 1), pow(2**100 + 1, 2**50, 2**61 - 1))
print(pow(base=2, exp=10), pow(2, 10, mod=None), pow(2, exp=3, mod=5))
print(1 ** (10**100), (-1) ** (10**100), (-1) ** (10**100 + 1), 0 ** (10**100))
print((-1) ** -3, 1 ** -(10**30))
print(len(str(3 ** 5000)), (7 ** 300) % 1000)
print(type(2 ** -1), type(2 ** 2), 2.0 ** 2, 2 ** 0.5, 4 ** 0.5)
tests = [
    "0 ** -1", "0 ** -(10**20)", "pow(0, -1)", "pow(2, 3, 0)", "pow(2, -1, 4)", "pow(0, -1, 5)",
    "pow(2, 3.0, 5)", "pow(2.0, 3, 5)", "pow(2, 3, 5.0)", "pow(2, 3, 'x')", "pow('x', 2)",
    "pow(2)", "pow()", "pow(1, 2, 3, 4)", "pow(2, x=3)",
    "pow(10, -1, 10)", "2 ** 'a'", "pow(2, -(10**20), 9)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", r if not isinstance(r, int) or abs(r) < 10**50 else "big")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
