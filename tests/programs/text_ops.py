# Operators on str: +, *, in, comparisons, hashing, bool, and their TypeErrors.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5, "x" * True)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "日" > "a", "Z" < "a")
print("abc" == "abc", "abc" != "abd", "a" <= "a", "b" >= "a", "abc" == "ABC".lower(), "a" == 1, "a" != None)
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "Zoo", ""]), max("hello"), min("hello"))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(str()), bool(""), bool(" "), not "x")
s = "x"
s += "y"
s *= 3
print(s, "-".join(["a"] * 3))
for f in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" < 1,
          lambda: "a" >= None, lambda: "a" - "b", lambda: -"a", lambda: "a" * 2**100, lambda: "a" + b"b",
          lambda: [] < "a", lambda: "a" / 2, lambda: "a" ** 2, lambda: ~"a"]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    def __add__(self, o):
        return "S+" + str(o)
    def __radd__(self, o):
        return str(o) + "+S"
print(S("s") + "t", "t" + S("s"), S("ab") * 2, type(S("ab") * 2).__name__, S("a") == "a", S("a") < "b")
class R:
    def __radd__(self, o):
        return "radd:" + o
    def __rmul__(self, o):
        return "rmul:" + o
print("x" + R(), "x" * R())
print("ab" in "cabd", "" in "", "ab" not in "a")
