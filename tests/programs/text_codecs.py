# str.encode / bytes.decode: utf-8, ascii, latin-1 and aliases, error handlers, exception details.
s = "héllo wörld €𝄞"
for enc in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "latin1", "iso-8859-1", "ISO8859-1", "ascii", "US-ASCII"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e, e.encoding, e.start, e.end, e.reason, repr(e.object))
print("abc".encode(), "é".encode(encoding="utf-8"), "é".encode(errors="strict"), "".encode("ascii"))
data = b"caf\xc3\xa9 \xff\xfe ok \xe2\x82 end \xf0\x9f\x98"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            r = data.decode(enc, errors)
            print(enc, errors, ascii(r))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError", e, e.start, e.end, e.reason, e.object[:4])
cases = [b"\x80", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98", b"\xf0\x9f(", b"\xed\xa0\x80",
         b"\xc0\x80", b"\xf5\x80\x80\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"\xff", b"ok\xc3", b"\xf0(", b"\xe0\xa0"]
for c in cases:
    try:
        print(c, c.decode())
    except UnicodeDecodeError as e:
        print(c, "UnicodeDecodeError", e)
    print("   ", ascii(c.decode("utf-8", "replace")), ascii(c.decode("utf-8", "ignore")), c.decode("utf-8", "backslashreplace"))
for f in [lambda: "é".encode("nope"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "nope"),
          lambda: b"\xff".decode("ascii", "nope"), lambda: "x".encode("ascii", "nope"), lambda: "x".encode(1),
          lambda: "x".encode("utf-8", 1), lambda: b"x".decode("utf-8", "strict", 1), lambda: "€".encode("latin-1"),
          lambda: "a€b€€c".encode("ascii"), lambda: b"\x80abc".decode("ascii"), lambda: "x".encode(encoding=None)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "日本語".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
try:
    b"\xffabc".decode("utf-8")
except ValueError as e:
    print(type(e).__name__, e.args)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "custom reason")
print(e, e.start, e.end, repr(e.object))
e = UnicodeEncodeError("ascii", "\u20ac", 0, 1, "nope")
print(e)
e = UnicodeEncodeError("ascii", "ab", 0, 2, "nope")
print(e)
print(bytearray("é", "utf-8").decode(), str(b"\xc3\xa9", "utf-8"), "€".encode("utf-8").decode("latin-1"))
