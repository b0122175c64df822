# splitlines over every line boundary, keepends, and str vs bytes differences.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "\n\n", "a\n", "a\r", "a\r\n", "\r\n\r\n", "a\n\rb", "no newline", "\r\r\n\n", "x\x1fy"]:
    print(repr(t), t.splitlines(), t.splitlines(keepends=1), t.split("\n"))
print(b"a\nb\r\nc\rd\x0be\x0cf\x1cg".splitlines(), b"a\r\n".splitlines(True))
for bad in [lambda: "a".splitlines(1, 2), lambda: "a".splitlines(keep=True), lambda: "a".splitlines("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
