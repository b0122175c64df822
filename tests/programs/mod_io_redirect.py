# sys.stdout replaced by a StringIO, and io objects as iterables and bases.
import io, sys
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = old
print(repr(buf.getvalue()))
err = io.StringIO()
print("to err", file=err, flush=True)
print(repr(err.getvalue()))
b = io.BytesIO(b"a\nb")
print(list(b), next(iter(io.StringIO("q\nw"))))
s = io.StringIO("x")
print(s.read(), s.read(), s.tell())
t = io.TextIOWrapper
print(t.__name__, io.BufferedReader.__name__)
class MyIO(io.StringIO): pass
print(MyIO("abc").read(2))
print(isinstance(io.StringIO(), io.IOBase))
