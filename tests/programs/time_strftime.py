# strftime / asctime on fixed struct_times (no dependence on the clock or the time zone).
import time
st = time.gmtime(1234567890)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%c", "%x", "%X", "%d/%m/%y", "%j %U %W %w %u", "%I %p", "%%", "%e", "%D", "%T",
            "%F", "%R", "%y %C %G %g %V", "%h %n|%t|", "plain text", "", "%H%M%S%Y%m%d", "%M:%S.%Y"]:
    print(repr(fmt), repr(time.strftime(fmt, st)))
for t in [0, 951782400, 1709214330, 4102444800, -86400 * 365]:
    g = time.gmtime(t)
    print(time.strftime("%Y-%m-%d %a %j %U %W", g), time.asctime(g))
print(time.asctime((2024, 1, 5, 7, 8, 9, 4, 5, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.strftime("%Y %B %d", (2000, 6, 15, 0, 0, 0, 3, 167, 0)), time.strftime("%A", (2000, 6, 15, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y", (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(type(time.asctime()).__name__, len(time.asctime()), type(time.ctime()).__name__, len(time.ctime(0)), type(time.strftime("%Y")).__name__)
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 7, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        print(time.strftime("%Y-%m-%d %H:%M:%S", bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(time.strftime("%Y-%m-%d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime("%w", (2024, 1, 1, 0, 0, 0, -1, 1, 0)))
for bad in [5, (1, 2, 3), ("a",) * 9]:
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
