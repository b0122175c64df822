# str.join over many iterables, and the strip family.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "|".join([]))
print(", ".join(str(i) for i in range(5)), " ".join({"k1": 1, "k2": 2}), "+".join(map(str, [1, 2])))
print("αβ".join(["1", "2", "3"]), repr("".join([])), repr(" ".join(["solo"])))
class S(str):
    pass
print(type("".join([S("a")])).__name__, type(S("-").join(["a", "b"])).__name__)
for bad in [lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: ",".join(5),
            lambda: ",".join(["a", b"b"]), lambda: ",".join(), lambda: ",".join(["a"], ["b"])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def gen():
    yield "p"
    raise ValueError("boom")
try:
    "".join(gen())
except ValueError as e:
    print("ValueError", e)
s = " \t\n hello world \r\n\x0b\x0c"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abc".strip("")), repr("abc".strip(None)))
print(repr("  a  ".lstrip(None)), repr("aaa".lstrip("a")), repr("..a..".rstrip(".")), repr("".strip()))
print(repr("\u3000\u2003 wide \x1c\x1d\x1e\x1f".strip()), repr("\x85a\xa0".strip()))
print(repr("ééabcéé".strip("é")), repr("日本語日".strip("日")), repr("<<x>>".strip("<>")))
for bad in [lambda: "a".strip(1), lambda: "a".lstrip(b"a"), lambda: "a".rstrip("a", "b"),
            lambda: "a".strip(chars="a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(repr("spam".removeprefix("sp")), repr("spam".removeprefix("x")), repr("spam".removesuffix("am")),
      repr("spam".removesuffix("")), repr("".removeprefix("")))
for bad in [lambda: "a".removeprefix(1), lambda: "a".removesuffix(None), lambda: "a".removeprefix()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
