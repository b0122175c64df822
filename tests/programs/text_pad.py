# center/ljust/rjust/zfill: widths, fill characters, odd margins, errors.
for s in ["", "a", "ab", "abc", "abcd", "日本"]:
    for w in [-1, 0, 1, 4, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "·")), repr(s.center(w, "-")))
for s in ["42", "-42", "+42", "", "-", "+", "abc", "-0.5", "--1", "日"]:
    print(repr(s), [s.zfill(w) for w in (-2, 0, 1, 2, 3, 5)])
for bad in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust(5, 1),
            lambda: "a".rjust("5"), lambda: "a".center(), lambda: "a".zfill(), lambda: "a".zfill(1.0),
            lambda: "a".center(5, "x", 1), lambda: "a".ljust(2**70)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(type(S("ab").center(2)).__name__, type(S("ab").zfill(1)).__name__, type(S("ab").ljust(4)).__name__)
