# str.translate and all three forms of str.maketrans.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc dd".translate(t))
t = str.maketrans("ab", "xy", "c")
print(sorted(t.items()), "abcabc".translate(t))
t = str.maketrans({"a": "1", "b": None, ord("c"): "ccc", "d": 100})
print(sorted(t.items()), "abcd".translate(t))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: None}), "hello".translate({}), "x".translate([]))
print("abc".translate({97: 98, 98: 99}), "日本".translate({ord("日"): "月"}), "abc".translate(str.maketrans("", "", "b")))
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        if k == ord("o"):
            return None
        raise LookupError(k)
print("hello world".translate(Table()))
print("abc".translate(["A", "B", "C"] * 40), "abc".translate("XYZ" * 40))
print(str.maketrans("", ""), str.maketrans({}), "".maketrans("a", "b"))
for bad in [lambda: str.maketrans("abc", "xy"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans([1]),
            lambda: str.maketrans("a"), lambda: str.maketrans(1, 2), lambda: str.maketrans("a", "b", 3),
            lambda: str.maketrans({1.5: "x"}), lambda: str.maketrans(), lambda: str.maketrans("a", "b", "c", "d"),
            lambda: "abc".translate({97: 1.5}), lambda: "abc".translate({97: 0x110000}),
            lambda: "abc".translate({97: -1}), lambda: "abc".translate(), lambda: "abc".translate(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
