# str.split / str.rsplit: separators, maxsplit, whitespace rules, keywords, errors.
cases = [
    "a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",a,", "x\ty\nz\r\nw\x0bv\x0cu",
    "a\u3000b\u2003c\x1cd\x85e", "αβ γδ  εζ",
]
for s in cases:
    print(repr(s), s.split(), s.rsplit())
    print(" ", s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
for s in ["a,b,,c,", ",a,", "", "abc", ",,,"]:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1))
    print(" ", s.split(",", 0), s.rsplit(",", 0), s.split(",", -1), s.split(",", 100))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "a:::b".split("::"), "a:::b".rsplit("::"))
print("aaa".split("aa"), "aaa".rsplit("aa"), "aaaa".split("aa"), "aaaa".rsplit("aa", 1))
print("1 2 3".split(sep=None, maxsplit=1), "1-2-3".rsplit(sep="-", maxsplit=1))
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("  a  b  c  ".split(None, 2), "  a  b  c  ".rsplit(None, 2))
print("a b c".split(" ", True))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1),
            lambda: "a".split(",", "x"), lambda: "a".split(",", 1, 2), lambda: "a".split(foo=1),
            lambda: "a".rsplit(b","), lambda: "a".split(",", 1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
r = S("a b").split()
print(r, [type(x).__name__ for x in r])
