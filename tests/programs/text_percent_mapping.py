# %-formatting with mapping keys, user mappings, '*' sizes, and edge cases of argument handling.
d = {"name": "Ann", "n": 3, "pi": 3.14159, "x": None, "(": "paren", "a(b)c": "nested"}
print("%(name)s has %(n)d items (%(pi).2f) %(x)r" % d)
print("%(name)-6s|%(name)6s|%(n)05d|%(pi)+.1e|%(n)x|%(n)#o" % d)
print("%(a(b)c)s %((()s" % d if False else "%(a(b)c)s" % d, "%()s" % {"": "empty-key"})
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s %(xyz)s" % M(), "%s" % M().__class__.__name__, "no fields" % {}, "no fields" % M())
class L(list):
    pass
print("%s" % [1, 2], "%s" % (L([1]),), "%s %s" % L([1, 2]) if False else "skip", "%s" % {"a": 1}, "%(a)s %%" % {"a": 1})
print("%s" % (1,), "%s-%s" % (1, 2), "%r" % ((1, 2),), "%s" % "%s", "%%%s%%" % "x", "%-*s|" % (6, "ab"), "%*s|" % (-6, "ab"))
print("%.*s|%*.*s|" % (2, "abcdef", 8, 3, "abcdef"), "%0*d" % (5, 42), "%-0*d|" % (5, 42), "%#*x" % (8, 255))
for fmt, args in [("%(a)s %s", {"a": 1}), ("%(a)*d", {"a": 1}), ("%(a)s", 5), ("%(a)s", [1]), ("%(a)s", "str"),
                  ("%*s", (1.5, "a")), ("%.*s", ("x", "a")), ("%(a)s %(b)s", {"a": 1}), ("%s %s", [1, 2]),
                  ("%s", {}), ("%d %d", (1, "2")), ("%(a)d", {"a": "x"})]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
