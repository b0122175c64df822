# Bitwise operators and shifts on small, big and negative ints.
vals = [0, 1, -1, 5, -5, 255, -256, 2**62 - 1, -(2**62), 2**64 + 3, -(2**64) - 3, 2**100, -(2**100) + 1]
for a in vals:
    for b in vals[::2]:
        print(a & b, a | b, a ^ b)
    print(~a, -a)
for a in [1, -1, 5, -5, 2**62 - 1, -(2**62), 2**70 + 1, -(2**70) - 1]:
    for n in [0, 1, 2, 31, 62, 63, 64, 65, 100, 200]:
        print(a, n, a << n, a >> n)
print(-1 >> 1000, 1 >> 1000, -(2**100) >> 10**20, (2**100) >> 10**20, 0 << 10**20)
print(1 << 0, True << 3, True & 3, True | False, True ^ True, type(True & True), type(True & 1))
print(~True, ~False, -True)
print((-3) & 0xFF, (-3) | 0x10, (-3) ^ -1, (1 << 100) - 1 & -(1 << 50))
for t in ["1 << -1", "1 >> -1", "(2**70) << -5", "1 << (2**70)", "1 & 1.0", "1.0 | 2", "1 ^ 'a'", "~1.5", "1 << 2.0"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
