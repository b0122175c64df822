# Strings as sequences and values: iteration, membership, sorting, min/max, dict keys, sets, counting.
s = "mississippi"
print(list(s), sorted({c for c in s}), {c: s.count(c) for c in sorted({c for c in s})}, max(s), min(s), s.index("ss"))
print(list(enumerate("abc")), list(zip("abc", "xyz")), list(map(ord, "AZaz")), [c * 2 for c in "ab"])
print(sorted(["b", "A", "a", "B", "é", "e", "Z", "10", "9", "_"]), sorted(["b", "A", "a"], key=str.lower))
print(sorted(["apple", "Banana", "cherry"], key=len, reverse=True), sorted("hello world".split(), key=lambda w: w[-1]))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("".join(reversed(s)), s[::-1] == "".join(reversed(s)), list(reversed("héllo")), tuple("ab"), {*"aab"} == {"a", "b"})
it = iter("xyz")
print(next(it), list(it), list(it), "a" in iter("cab"), any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "ab"))
print(len({"a", "a", "b"}), {"k" + str(i): i for i in range(3)}, "".join(sorted("hello")), str.join("-", "abc"))
print(min("b", "a", "c"), max(["aa", "b"], key=len), sum(len(w) for w in words), "x".join(str(i) for i in range(3)))
print(s.replace("ss", "SS").split("S"), [p for p in s.partition("ssi")], s.upper().lower() == s, hash(s) == hash("missi" + "ssippi"))
