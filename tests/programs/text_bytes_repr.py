# repr/str of bytes and bytearray, hex() with separators, fromhex, and bytes % formatting.
for b in [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\n\r\x00\x7f\x80\xff", bytes(range(0, 256, 15))]:
    print(repr(b), str(b), repr(bytearray(b)), len(repr(b)))
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2))
print(b"\x01\x02\x03\x04\x05".hex(" ", 2), b"abc".hex(b"|"), b"".hex(":"), bytearray(b"\x0f").hex(), b"abcdef".hex(sep="_", bytes_per_sep=3))
print(bytes.fromhex("0a0B 0c"), bytes.fromhex(b"abcd".hex()), bytearray.fromhex("ff").hex())
for f in [lambda: b"a".hex("::"), lambda: b"a".hex(""), lambda: b"a".hex(1), lambda: b"a".hex("é"),
          lambda: bytes.fromhex("0"), lambda: bytes.fromhex("g0"), lambda: bytes.fromhex("0 0")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s and %s" % (b"x", bytearray(b"y")), b"%d|%5d|%-5d|%05d" % (1, 2, 3, -4), b"%x %X %o %#x" % (255, 255, 8, 255))
print(b"%c%c" % (65, b"B"), b"%r" % "é", b"%a" % "é", b"%%" % (), b"%.2f %e %g" % (1.5, 1.5, 1.5), b"%(k)s" % {b"k": b"v"})
print(b"%5s|%-5s|%.1s" % (b"ab", b"ab", b"ab"), bytearray(b"%s") % b"z", b"%i %u" % (3, 4), b"%b" % b"bb")
class HasBytes:
    def __bytes__(self):
        return b"HB"
print(b"%s" % HasBytes(), b"%s" % memoryview(b"mv") if False else b"-")
for fmt, args in [(b"%s", "str"), (b"%s", 1), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"),
                  (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%z", 1), (b"%(k)s", {"k": b"v"}), (b"abc", 1)]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
