# Non-ASCII text: lengths, character indexes from search methods, iteration, slicing, mixed widths.
s = "añb€c😀d日e"
print(len(s), [s[i] for i in range(len(s))], s[::-1], s[1::3], s[-3:], s[2:5])
print(s.find("€"), s.find("😀"), s.index("日"), s.rfind("e"), s.count("😀"), s.find("d", 5), s.rfind("a", 1))
print(s.split("€"), s.partition("😀"), s.replace("😀", ":)"), s.upper(), s.center(13, "·"), s.startswith("b€", 2))
print([i for i, c in enumerate(s) if ord(c) > 127], {c: s.index(c) for c in "ñ€😀日"}, list(map(len, s.split("c"))))
t = "ü" * 5 + "x" + "ü" * 5
print(t.find("x"), t.index("x", 2, 9), t.rfind("ü", 0, 6), t.count("ü", 3, -3), t[4:7], t.strip("ü"), t.split("x"))
mixed = "a" * 3 + "\u00e9" + "\u4e2d" + "\U0001f40d"
print(len(mixed), mixed.find("\U0001f40d"), mixed[-1] == "\U0001f40d", mixed.encode("utf-8"), len(mixed.encode()))
print("€".join("abc"), "😀".join(["x", "y"]), ("ab" + "€") * 2, "日本" < "日本語", sorted(["b", "ä", "a", "z"]))
print("ǅ" in "xǅy", "ÄÖÜ".lower(), "ﬃ".upper(), len("ﬃ".upper()), "İ".lower(), len("İ".lower()))
it = iter("a€😀")
print(next(it), next(it), next(it), list(it))
