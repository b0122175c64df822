# float() from strings and other objects, with error messages.
good = ["1", "  1.5  ", "-2.5e3", "+.5", "5.", "1e-3", "1E+3", "inf", "-inf", "+INF", "Infinity", "-iNfInItY",
        "nan", "-NaN", "1_000.5", "1_0e1_0", "0x10" if False else "10", "\t\n3.25\r", "1e400", "-1e400", "1e-400",
        "0.1", "123456789012345678901234567890", ".0", "0e0", "١٢٣.٥", "00012", "1.7976931348623159e308",
        "2.4703282292062328e-324", "4.9406564584124654e-324"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["", " ", "1.5.2", "e5", "1e", "abc", "1_", "_1", "1__0", "1._5", "1_.5", "0x10", "nan1", "infinit", "- 1",
       "--1", "1e+-2", ".", "1,5", "in f", "+", "1.0j", "\x00", "x" * 300]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(b"1.25"), float(bytearray(b" 2 ")), float(3), float(True), float(-10**20), float(2**1023))
for x in [b"1x", None, [], "1" * 2, 10**400, object()]:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class B:
    def __float__(self):
        return "x"
print(float(F()), float(I()), float(), float(-0.0))
try:
    float(B())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x="1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    float("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
