# UTF-16, UTF-32 and UTF-8-with-signature codecs: byte order marks, aliases, malformed data and handlers.
tests = [(b"a", "utf-16"), (b"a\x00b", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x41\x00", "utf-16-le"), (b"\x00\xd8\x41\x00", "utf-16-le"), (b"\x00\xd8\x00\xd8\x00\xdc", "utf-16-le"), (b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"\xff\xfea\x00", "utf-16-le"),(b"a\x00\x00", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"abc", "utf-8-sig"), (b"\xef\xbb\xbf\xff", "utf-8-sig"), (b"ab\xd8", "utf-16-be"), (b"\xd8\x00\x00A", "utf-16-be"), (b"\xfe\xff\xd8\x00", "utf-16"), (b"\xff\xfe\x00\x00\x00\xd8\x00\x00", "utf-32"), (b"\x00\xd8A", "utf-16-le"), (b"", "utf-16"), (b"\xff", "utf-32-be")]
for b, e in tests:
    for h in ["strict", "replace", "backslashreplace", "ignore"]:
        try:
            print(b, e, h, ascii(b.decode(e, h)))
        except UnicodeDecodeError as x:
            print(b, e, h, "UDE", x, (x.start, x.end), x.object)
for s in ["a€😀", "", "\U0010ffff\x00"]:
    for e in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "UTF16", "utf_32_be", "U16", "U32", "utf-16le"]:
        b = s.encode(e)
        print(ascii(s), e, b, b.decode(e) == s)
