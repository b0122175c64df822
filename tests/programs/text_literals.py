# String and bytes literals: escapes, \N{...}, octal, raw strings, implicit concatenation, unicode.
print(repr("\a\b\f\v\0\1\12\123\x41\u00e9\U0001F600"), len("\u00e9\U0001F600"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}\N{GREEK CAPITAL LETTER SIGMA}", "\N{SNOWMAN}" == "\u2603")
print(repr(r"\n\t\\"), repr(r"\N{x}"), len(r"\n"), repr(R"raw\d+"), repr(rb"\x00"), repr(Rb"\n"))
print(repr(b"\x00\xff\n\t\\\'\""), repr(b"\101\102"), list(b"\0\7\77\377"))
print("implicit" " concat" ' of' """ parts""", b"by" b"tes", ("multi"
      "line"))
print("""triple
quoted\
 continued""", '''single "triple" 'quote' ''')
print(repr("tab\there"), repr('quote\'s'), repr("dq\"s"), "\\".join(["a", "b"]), len("\\"))
print("é" == "\xe9" == "\u00e9" == "\N{LATIN SMALL LETTER E WITH ACUTE}", "ñ".encode(), "日本".encode("utf-8"))
print(u"unicode prefix", type(u"").__name__, "\u0041\u0042", "\x7f" < "\x80", ord("\uffff"), ord("\U00010000"))
x = 5
print(f"\N{BULLET} {x}", rf"\d{x}", fr"\t{x!r}")
