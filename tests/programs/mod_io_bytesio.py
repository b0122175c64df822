# io.BytesIO, io.UnsupportedOperation and the io module's names.
import io

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.write(b"second line\nthird"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.read(1), b.readline(), b.readlines())
b.seek(0)
print([line for line in b])
b.seek(-5, 2)
print(b.read(), b.seek(0, 1))
print(b.seek(-100, 1), b.seek(3), b.seek(2, 1))
b.seek(20)
b.write(b"!")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(1)
b.write(b"EL")
print(b.getvalue())
print(b.read1(2), b.readline(1))
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba)

with io.BytesIO(b"abc\ndef\n") as f:
    print(f.readlines(), f.closed)
print(f.closed)
for name in ("read", "getvalue", "tell", "write"):
    try:
        getattr(f, name)(b"x") if name == "write" else getattr(f, name)()
    except ValueError as e:
        print(name, "ValueError:", e)

b = io.BytesIO(b"0123456789")
tests = [
    lambda: b.write("text"),
    lambda: io.BytesIO("text"),
    lambda: b.seek(-1),
    lambda: b.seek(0, 3),
    lambda: b.truncate(-1),
    lambda: b.fileno(),
    lambda: b.detach(),
    lambda: b.read(3),
    lambda: b.getvalue(),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(b.readable(), b.writable(), b.seekable(), b.isatty())
print(io.BytesIO, io.BytesIO.__module__)

# UnsupportedOperation.
U = io.UnsupportedOperation
print(U, U.__mro__)
print(issubclass(U, OSError), issubclass(U, ValueError))
try:
    raise U("custom")
except ValueError as e:
    print("caught as ValueError:", repr(e))

path = "/tmp/_krait_mod_io_bytesio.txt"
with open(path, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("read on write-only:", e)
    try:
        f.readline()
    except OSError as e:
        print("readline on write-only:", type(e).__name__, e)
    try:
        for line in f:
            pass
    except ValueError as e:
        print("iterate write-only:", type(e).__name__, e)
    f.write("content\n")
with open(path) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("write on read-only:", e)
    print(f.read())
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("binary write on read-only:", e)
    print(type(f).__name__, isinstance(f, io.BufferedReader))
with io.open(path, "wb") as f:
    print(type(f).__name__, isinstance(f, io.BufferedWriter))
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("binary read on write-only:", e)
with open(path) as f:
    print(type(f) is io.TextIOWrapper)
import os
os.remove(path)

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
import sys
print(isinstance(sys.stdout, io.TextIOWrapper))
print(io.BlockingIOError is BlockingIOError)

# Every operation on closed StringIO and BytesIO objects.
import io
s=io.StringIO('a'); s.close()
names = ["next", "readline", "truncate", "seek", "writelines", "readable", "flush", "isatty", "line_buffering", "newlines", "fileno"]
fs = (lambda: next(s), lambda: s.readline(), lambda: s.truncate(), lambda: s.seek(0), lambda: s.writelines(['a']), lambda: s.readable(), lambda: s.flush(), lambda: s.isatty(), lambda: s.line_buffering, lambda: s.newlines, lambda: s.fileno())
for n, f in zip(names, fs):
    try: f(); print(n, "no error")
    except Exception as e: print(n, type(e).__name__, e)
b=io.BytesIO(b'a'); b.close()
names = ["next", "iter", "readline", "writelines", "readable", "flush", "isatty", "read1", "readinto", "truncate", "seek", "readlines"]
fs = (lambda: next(b), lambda: iter(b), lambda: b.readline(), lambda: b.writelines([b'a']), lambda: b.readable(), lambda: b.flush(), lambda: b.isatty(), lambda: b.read1(), lambda: b.readinto(bytearray(1)), lambda: b.truncate(), lambda: b.seek(0), lambda: b.readlines())
for n, f in zip(names, fs):
    try: f(); print(n, "no error")
    except Exception as e: print(n, type(e).__name__, e)
