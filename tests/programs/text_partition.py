# partition/rpartition and expandtabs.
for s in ["key=value", "key=", "=value", "novalue", "a=b=c", "", "日=本=語"]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "aaa".partition("aa"), "aaa".rpartition("aa"))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None),
            lambda: "a".partition(), lambda: "a".rpartition(b"a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["a\tb\tc", "\t", "abcdefgh\tx", "12\t1234\t1\n\tab\r\tc", "日本\t語", "no tabs", "a\t\tb"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-3)))
print(repr("a\tb".expandtabs(tabsize=3)))
for bad in [lambda: "a".expandtabs("4"), lambda: "a".expandtabs(4, 5), lambda: "a".expandtabs(size=4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
