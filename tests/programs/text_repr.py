# repr() of str: quote choice, escapes, non-printable and non-ASCII characters; ascii().
samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad\xff", "é日本🙂", "\u200b\u200e\u2028\u2029\ufeff", "\ue000\U000f0000", "\U000e0001",
           "\u0378", "\U0001f9ff", "\U0010ffff", "\u0301", "a\u0300", "\x1b[0m", "\u3000", "\u00a0x",
           "'", '"', "'\"", "\\'", "\U0001d400"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a'b", 'c"d', "é"]), ascii(["é", {"k": "ü"}]), str(["\n"]), repr(("x",)))
class S(str):
    pass
print(repr(S("sub")), ascii(S("é")), str(S("x")), type(str(S("x"))).__name__, type(repr(S("x"))).__name__)
print("%r %a %s" % ("é'", "é'", "é'"), f"{'é'!a} {'x'!r}")
