# str.replace: counts, empty patterns, unicode, errors.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("x", "y"), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "abc".replace("abc", ""), "ab".replace("ab", "abab", 5))
print("héllo wörld".replace("ö", "o"), "日本日本".replace("日", "月", 1), "αβγ".replace("", "|"))
print("a.b.c".replace(".", "::"), "tab\there".replace("\t", "    "))
print("x".replace(count=2, old="x", new="y") if False else "kw skipped")
for bad in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a"),
            lambda: "a".replace("a", "b", "c"), lambda: "a".replace("a", "b", 1, 2),
            lambda: "a".replace("a", "b", 1.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(type(S("abc").replace("x", "y")).__name__, S("abc").replace("b", "B"))
