# printf-style % formatting of str: every conversion with flags, width, precision, '*'.
vals = [0, 7, -7, 255, -255, 10**20, 3.7, -2.5, 1e10, 1.23456789e-5, True]
for conv in "d i u o x X e E f F g G".split():
    for flags in ["", "-", "+", " ", "0", "#", "#0", "-+", "+0", " 0", "-#"]:
        out = []
        for v in vals:
            if conv in "oxX" and isinstance(v, float):
                continue
            fmt = "%" + flags + "12" + conv
            out.append(fmt % v)
            out.append(("%" + flags + "." + "3" + conv) % v)
        print(conv, repr(flags), "|".join(out))
print("%5.1s|%-6s|%.0s|%s" % ("abc", "ab", "zzz", None), "%r %a" % ("é", "é"), "%c%c%c" % ("a", 98, 0x263a))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828), "%%|" % ())
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.345}, "%(x)s %%" % {"x": 1}, "%s" % [1, 2], "%s" % ((1, 2),))
print("%s %s" % ("a", "b"), "%s" % "single", "%d%%" % 50, "%.3s" % "abcdef", "%x" % 3.0 if False else "skip")
print("%#o %#x %#X %o" % (8, 255, 255, -8), "%e" % 0, "%g %g %g %g" % (1e-5, 123456789, 0.0001, 1e16))
print("%.0f %.0f %.0f %.0e %#.0f %#.0e %#g" % (0.5, 1.5, 2.5, 5e10, 1.0, 1.0, 1.0))
print("%10.4g|%-10.2e|%+.1f|% .2f|%010.3f|%-010.3f|" % (3.14159, 31415.9, 2.25, 2.5, -3.14159, 3.14))
print("%s" % 1.0, "%r" % 1e100, "%d" % 3.99, "%d" % -3.99, "%i" % True, "%s" % b"bytes", "%5s|" % "日本")
class Idx:
    def __index__(self):
        return 10
class Flt:
    def __float__(self):
        return 2.5
class Int:
    def __int__(self):
        return 9
print("%x %o %d" % (Idx(), Idx(), Idx()), "%f" % Flt(), "%c" % Idx())
for fmt, args in [("%d", "x"), ("%d", None), ("%x", 1.5), ("%f", "x"), ("%c", "ab"), ("%c", 0x110000), ("%c", -1),
                  ("%s %s", ("a",)), ("%s", ("a", "b")), ("%", ()), ("%(a)s", ("a",)), ("%(a)s", {"b": 1}),
                  ("%z", 1), ("%(a", {"a": 1}), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)), ("%d", Int()),
                  ("%s", ()), ("abc", 5), ("abc", ()), ("abc", []), ("abc", {}), ("%s %(a)s", {"a": 1}),
                  ("%f", Int()), ("%x", Int()), ("%5", 1), ("%d", 2**2000), ("%.2f", 10**400), ("%c", 1.0),
                  ("%\u00e9", 1), ("%ld %lu", (1, 2))]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
