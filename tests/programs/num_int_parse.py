# int() from strings: bases, prefixes, underscores, whitespace, and error messages.
good = [
    ("0", 10), ("-0", 10), ("+17", 10), ("  42  ", 10), ("\t\n-12\r ", 10), ("1_000_000", 10),
    ("0x1F", 16), ("1f", 16), ("0X_ff", 16), ("0b1011", 2), ("0B_1_1", 2), ("0o777", 8), ("777", 8),
    ("0x10", 0), ("0o10", 0), ("0b10", 0), ("10", 0), ("0", 0), ("00", 0), ("0_0", 0), ("-0x_a", 0),
    ("z", 36), ("ZZ", 36), ("Zz", 36), ("1" * 50, 10), ("-" + "9" * 40, 10), ("10", 2), ("12", 3),
    ("١٢٣", 10), ("  ٤٥ ", 0), ("0x" + "f" * 30, 16),
]
for s, b in good:
    print(repr(s), b, int(s, b))
print(int(), int(3.9), int(-3.9), int(True), int("12"), int(b"34"), int(bytearray(b" 56 ")))
print(int("7", base=8), int("10", 0), int(b"0x10", 16))
try:
    int(x="9")
except TypeError as e:
    print(type(e).__name__, e)
bad = [
    ("", 10), (" ", 10), ("1.5", 10), ("12a", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("0x", 16),
    ("0x1", 10), ("08", 0), ("010", 0), ("0b2", 0), ("9", 8), ("2", 2), ("--1", 10), ("- 1", 10),
    ("1 2", 10), ("0x_", 0), ("abc", 36 + 0), ("١٢x", 10), ("\x00", 10), ("+", 10), ("x" * 300, 10),
    ("12", 1), ("12", 37), ("12", -1),
]
for s, b in bad:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1.5, 10), (10, 10), (None,), ([],), ("1", "2"), ("1", 2.0), (b"1x",), (float("nan"),), (float("inf"),), (float("-inf"),)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(int("0_7"), int("0b0", 0), int("   0o_1_7   ", 0))
print(int("1" + "0" * 100) == 10**100, int("-" + "1" * 80, 2))
