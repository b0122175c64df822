# The is* predicates across ASCII and Unicode categories.
samples = ["", "abc", "ABC", "Abc", "aBc", "abc123", "123", "12.3", "-1", " ", " \t\n", "\x1c\x1d\x1e\x1f",
           "\x85\xa0\u3000", "a b", "٣٤٥", "²³", "½", "Ⅻ", "一二三", "〇", "①", "𝟘𝟙", "é", "ß", "ǅ", "ǅa",
           "Hello World", "Hello world", "HELLO WORLD", "hello", "ΣΊΣΥΦΟΣ", "_x", "x_1", "1x", "class",
           "αβγ", "def\u0301", "\u0301", "\u200b", "\x7f", "\xad", "é\u0300", "ʰ", "ª", "ⓐ", "Ⓐ", "ǈa Ǉ",
           "\u2028", "ok", "ℌ", "ℕ", "〆", "ー", "🙂", "\U000e0001", "a\tb", "\u00a0"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s).ljust(18), "".join("1" if f else "." for f in flags))
for name in ["isalpha", "isdigit", "isspace", "isprintable", "isidentifier"]:
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print("TypeError", e)
print([chr(c) for c in range(0x2070, 0x20a0) if chr(c).isdigit()])
bmp = "".join(map(chr, range(0xd800))) + "".join(map(chr, range(0xe000, 0x10000)))
astral = "".join(map(chr, range(0x10000, 0x30000, 5)))
for name in ["isalpha", "isdigit", "isdecimal", "isnumeric", "isspace", "isprintable", "isupper", "islower",
             "istitle", "isidentifier", "isalnum"]:
    f = getattr(str, name)
    print(name, sum(map(f, bmp)), sum(map(f, astral)))
