# Case mappings: upper/lower/title/capitalize/swapcase/casefold, ASCII and Unicode.
words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's friends", "a1b2c3", "ǆemal ǉubljana",
         "straße", "ﬁre ﬂy", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ŉ", "ǰ", "ΐ", "ﬀ", "σς", "123abc",
         "mIxEd CaSe 42x", "", "ⓐⓑⓒ", "ǅ", "Ǆ", "ᾳ", "ᾼ", "under_score-dash", "o'neil mc-donald",
         "ΑΣ ΑΣ. ΑΣα", "ΑΣ'Σ", "a\u0345b", "ⅷ", "Ⅷ", "𐐨𐐨", "𐐀x"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()))
    print("   ", repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), "ß".casefold(), "ẞ".lower(), "ẞ".casefold(), "µ".upper(), "µ".casefold(), "ſ".casefold(), "ς".casefold())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), "ΑΣΑ".lower(), "Σ Α".lower(), "ΑΣ1".lower(), "ΑΣ-".lower())
print("ﬃ".title(), "ﬃ".capitalize(), "ǳ".title(), "ǳ".upper(), "ǲ".lower(), "ǲ".swapcase())
print("hello".capitalize(), "HELLO".capitalize(), "1abc".capitalize(), "ǆx".capitalize())
