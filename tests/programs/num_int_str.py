# Text forms of ints: str, repr, bin/oct/hex of negative and big values, % and format basics.
for v in [0, 1, -1, 255, -255, 2**31, -(2**63), 2**64, 10**25, -(16**30) - 1, 2**200]:
    print(str(v), repr(v), bin(v), oct(v), hex(v))
print(str(True), repr(False), hex(True), bin(-0), oct(8), hex(-(2**70)))
print("%d %i %x %X %o %5d|%-5d|%05d %+d" % (42, -42, 255, 255, 8, 7, 7, 7, 7))
print(format(255, "x"), format(255, "#b"), format(-255, "08d"), format(10**20, ","), format(1234567, "_"))
print(f"{2**70:,}", f"{-42:+}", f"{42:>8}", f"{42:<8}|", f"{42:^8}|", f"{3:e}", f"{5:%}", f"{7:.2f}")
class I:
    def __index__(self):
        return 10
print(bin(I()), hex(I()), oct(I()))
for t in ["bin(1.5)", "hex('a')", "oct(None)"]:
    try:
        print(eval(t))
    except TypeError as e:
        print(type(e).__name__, e)
s = str(3**1000)
print(len(s), s[:20], s[-20:])
print(int(s) == 3**1000, int(str(-(7**500))) == -(7**500))
