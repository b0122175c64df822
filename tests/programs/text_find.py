# find/rfind/index/rindex/count with start/end, negative and out-of-range bounds.
s = "abracadabra"
for sub in ["a", "bra", "abra", "", "z", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
for args in [(0,), (1,), (-3,), (3, 8), (-100, 100), (5, 2), (11,), (12,), (-1, -1), (None, 4), (2, None), (None, None)]:
    print(args, s.find("a", *args), s.rfind("a", *args), s.count("a", *args), s.find("", *args), s.rfind("", *args), s.count("", *args))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, -1))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 20),
          lambda: s.find(1), lambda: s.count(None), lambda: s.find("a", "b"), lambda: s.find(),
          lambda: s.find("a", 0, 1, 2), lambda: s.rindex(b"a"), lambda: s.find("a", 1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
u = "日本語のテキスト、日本語"
print(u.find("日本"), u.rfind("日本"), u.count("日本"), u.find("語", 3), u.rfind("語", 0, 5), u.index("テ"), u.count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa", 0, 3), "".find(""), "".find("", 1), "".count(""))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 1, 2))
print("a" in "abc", "" in "abc", "d" in "abc", "bc" in "abc", "日" in u, "" in "")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError", e)
print(s.startswith("abra"), s.endswith("abra"), s.startswith(("x", "ab")), s.endswith(("x", "y")))
print(s.startswith("bra", 1), s.startswith("bra", 1, 3), s.endswith("cad", 0, 7), s.endswith("", 11), s.startswith("", 12))
print(s.startswith("a", -1), s.endswith("a", -100, -9), s.startswith(()), "".startswith(""), "".endswith("", 0, 0))
for f in [lambda: s.startswith(1), lambda: s.endswith(["a"]), lambda: s.startswith(("a", 1)),
          lambda: s.startswith(), lambda: s.endswith("a", "x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
