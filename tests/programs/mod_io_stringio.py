# io.StringIO: writing, reading, seeking, newline modes, print(file=...).
import io

buf = io.StringIO()
print("hello", "world", file=buf)
print(1, 2, 3, sep="-", end="!\n", file=buf)
print(file=buf)
print(repr(buf.getvalue()))
print(buf.tell(), buf.read(), repr(buf.read()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))

s = io.StringIO("line one\nline two\nline three")
print(s.tell(), s.read(4), s.tell())
print(repr(s.readline()))
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines(10))
s.seek(0)
print(repr(s.readline(3)), repr(s.readline(100)))
print(repr(s.read(0)), repr(s.read(-1)), repr(s.read()))

# Overwriting in the middle, padding past the end, truncating.
s = io.StringIO()
s.write("abcdef")
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
print(s.write("\u00e9t\u00e9"), repr(s.getvalue()))
print(s.seek(0, 1), s.seek(0, 0), s.seek(3))

# Many small writes.
big = io.StringIO()
for i in range(20000):
    big.write(str(i % 10))
v = big.getvalue()
print(len(v), v[:12], v[-5:])
big.write("END")
print(big.getvalue()[-6:])

# Newline handling.
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    print(repr(nl), repr(s.getvalue()))

# Context manager and closing.
with io.StringIO("data") as f:
    print(f.read(), f.closed)
print(f.closed)
for op in ("read", "getvalue", "tell", "readline", "readlines"):
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, "ValueError:", e)
try:
    f.write("x")
except ValueError as e:
    print("write ValueError:", e)
try:
    iter(f)
except ValueError as e:
    print("iter ValueError:", e)
f.close()

# Errors.
s = io.StringIO()
tests = [
    lambda: s.write(b"bytes"),
    lambda: s.write(None),
    lambda: s.seek(-1),
    lambda: s.seek(1, 1),
    lambda: s.seek(-2, 2),
    lambda: s.seek(0, 5),
    lambda: s.seek("0"),
    lambda: s.truncate(-3),
    lambda: s.read("x"),
    lambda: io.StringIO(42),
    lambda: io.StringIO("", newline="x"),
    lambda: io.StringIO("", newline=3),
    lambda: s.fileno(),
    lambda: s.detach(),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)

print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.line_buffering, s.newlines, s.encoding, s.errors)
print(io.StringIO(None).getvalue() == "")
s.writelines(["a", "b", "c\n"])
print(repr(s.getvalue()))
print(type(s).__name__, io.StringIO.__module__, io.StringIO)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))

# A subclass.
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print("quiet words", file=u)
print(repr(u.getvalue()))
