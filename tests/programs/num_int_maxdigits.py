# The int <-> str digit limit of CPython 3.11 (sys.set_int_max_str_digits).
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
x = 10 ** 4299
print(len(str(x)))
y = 10 ** 4300
try:
    str(y)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-y)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(int("1" * 4300))))
print(int("1" * 5000, 16) > 0, hex(y)[:10], len(bin(y)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(y)), len(str(int("2" * 5000))))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
for bad in [1, 639, -5]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 640)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 639)))
try:
    print(f"{10**700}")
except ValueError as e:
    print(type(e).__name__, e)
