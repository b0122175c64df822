# chr, ord, ascii, hex/oct/bin builtins and their errors.
print(chr(65), chr(0x263a), chr(0x1f600), repr(chr(0)), repr(chr(0x10ffff)), ord("a"), ord("€"), ord("\U0001f600"))
print(ord(b"A"), ord(bytearray(b"z")), [ord(c) for c in "héllo"], "".join(chr(i) for i in range(97, 123)))
print(ascii("plain"), ascii("naïve ☕"), ascii(["é", ("ü",)]), ascii(1.5), ascii(b"\xff"), ascii("\n\t'\""))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(0), bin(0), hex(2**70), oct(True))
class Idx:
    def __index__(self):
        return 42
print(chr(Idx()), hex(Idx()), oct(Idx()), bin(Idx()))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.5), lambda: chr(2**100),
          lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: ord(b"ab"), lambda: ord(b""),
          lambda: hex(1.5), lambda: oct("7"), lambda: bin(None), lambda: chr(), lambda: ord("a", "b")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
