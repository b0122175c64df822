# time.struct_time and gmtime: named fields, tuple behaviour, repr, and conversions.
import time
g = time.gmtime(0)
print(g)
print(tuple(g), len(g), g[0], g[-1], g[1:3], g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, type(g).__name__, isinstance(g, tuple), time.struct_time.__module__ if hasattr(time.struct_time, "__module__") else "")
for t in [1, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000.9, -1, -86401, 2**31, 4102444800, 1e10, 253402300799]:
    print(t, tuple(time.gmtime(t)))
s = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2024, 2, 29, 13, 45, 30, 3, 60, 0), s[5])
s2 = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0, "UTC", 0))
print(s2, s2.tm_zone, s2.tm_gmtoff, len(s2))
a, b, c, *rest = g
print(a, b, c, rest, list(g) == list(tuple(g)), g == time.gmtime(0), g != time.gmtime(1), hash(g) == hash(time.gmtime(0)))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for bad in [(1, 2, 3), (1,) * 12, 5, "abcdefghi"]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.tm_year = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    time.gmtime("x")
except TypeError as e:
    print(type(e).__name__, e)
print(time.gmtime(None).tm_year >= 2024, time.gmtime().tm_year >= 2024, time.localtime().tm_year >= 2024)
t = 1234567890
lt = time.localtime(t)
print(time.mktime(lt) == t, type(time.mktime(lt)).__name__, lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(lt.tm_gmtoff == -time.timezone or lt.tm_isdst == 1, time.mktime(time.localtime(0)) == 0.0)
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, type(time.tzname).__name__, len(time.tzname))
try:
    time.mktime((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
