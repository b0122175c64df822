# Built-in functions: print options, exec/eval/compile, globals/locals/vars/dir, open, misc.
import sys, os
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print("a", 1, None, sep="", end="|\n")
print("x", "y", sep=None, end=None)
print(file=sys.stdout)
print("flushed", flush=True)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def getvalue(self): return "".join(self.parts)
buf = Buf()
print("into", "buffer", sep=":", file=buf)
print(repr(buf.getvalue()))
show("print bad end", lambda: print("x", end=5))
show("print bad file", lambda: print("x", file=5))
show("print bad kw", lambda: print("x", foo=1))
# exec / eval / compile
g = {"x": 10}
l = {}
exec("y = x * 2\nz = y + 1", g, l)
print(sorted(l.items()), "y" in g, "__builtins__" in g)
print(eval("x + 1", g), eval("a * b", {}, {"a": 3, "b": 4}), eval("  42  "), eval("[i for i in range(3)]"))
code = compile("1 + 2", "<expr>", "eval"); print(eval(code), type(code).__name__, code.co_filename)
code = compile("q = 5\nprint('exec mode', q)", "<s>", "exec"); exec(code)
code = compile("7 * 6", "<s>", "single"); exec(code)
show("eval stmt", lambda: eval("x = 1"))
show("compile bad mode", lambda: compile("1", "<s>", "nope"))
show("syntax", lambda: compile("1 +", "<src>", "eval"))
show("exec syntax", lambda: exec("def f(:\n  pass"))
try:
    compile("a = (1,\n2", "file.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
show("indent", lambda: exec("if 1:\nprint(1)"))
show("eval non-str", lambda: eval(5))
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
exec("def made(): return 'made in exec'", g); print(g["made"]())
def loc_test(a, b=2):
    c = a + b
    return sorted(locals().items())
print(loc_test(1))
print(globals() is sys.modules[__name__].__dict__, "loc_test" in globals(), globals()["__name__"])
class VV:
    def __init__(self): self.a, self.b = 1, 2
print(vars(VV()), sorted(k for k in vars(VV) if not k.startswith("__")))
show("vars int", lambda: vars(5))
print([n for n in dir(VV()) if not n.startswith("__")], "a" in dir(VV()))
import math
print("sqrt" in dir(math), dir()[:3] == sorted(dir())[:3])
# number builtins
print(bin(-10), oct(-8), hex(2 ** 70), bin(0), int("-0b101", 0), int("0o17", 0), int("0x_ff", 0))
show("int base 0 leading zero", lambda: int("010", 0))
print(abs(-0), divmod(-7, 2), pow(7, 2, 5), round(-2.5), round(0.125, 2), sum([1.5, 2.5], 10), sum(range(5), start=100))
print(min(1, 2, key=lambda v: -v), max("a", "bb", key=len), min([], default=0), max((1, 2), (1, 3)))
show("min no args", lambda: min())
show("max key no iterable", lambda: max(1))
show("sum str", lambda: sum(["a"], ""))
# object/identity helpers
print(isinstance(True, int), issubclass(bool, int), isinstance([], (list, tuple)), issubclass(int, (str, object)))
show("isinstance bad", lambda: isinstance(1, 1))
show("issubclass bad", lambda: issubclass(1, int))
print(callable(print), callable(None), type(print).__name__, print.__name__, len.__qualname__, repr(len))
print(hash(None) == hash(None), hash("") == 0, hash(0), hash(True), hash(()) == hash(()))
print(chr(0x1F600), ord("\U0001F600"), ascii("a\u00e9\U0001F600"), repr("\x00\t"))
show("chr big", lambda: chr(0x110000))
print(format(255, "x"), format(255, "#X"), format(0.5, "%"), format(12345.678, ",.1f"), format("s", "*>4"))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(0j), bool(None))
print(list(map(str, range(3))), list(zip()), list(zip([1], "a", (True,))), dict(enumerate("ab")))
print(slice(3), slice(1, 2), slice(1, 2, 3).indices(10), slice(None, None, -1).indices(5), [0, 1, 2][slice(1, None)])
print(repr(...), Ellipsis is ..., NotImplemented, type(NotImplemented).__name__, bool(...))
print(object().__class__.__name__, type([].append).__name__)
print(iter(range(3)).__length_hint__(), len(str(2 ** 1000)))
print(getattr(sys, "maxsize") == 2 ** 63 - 1, sys.maxsize.bit_length())
print(repr(open).startswith("<built-in function open"), input.__name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
import builtins
print(builtins.len is len, builtins.print is print, "open" in dir(builtins))
builtins.my_injected = "visible everywhere"
print(my_injected)
del builtins.my_injected
show("super outside", lambda: super())
print(type(property()).__name__, type(staticmethod(len)).__name__, type(classmethod(len)).__name__)
print(int.__name__, int.__qualname__, int.__module__, type.__module__, len.__module__, list.append.__qualname__)
print(divmod.__doc__ is None or len(divmod.__doc__) > 0, str(type(None)))
# open text and binary
path = "_spec_builtins_tmp.txt"
with open(path, "w") as f:
    print(f.write("line1\nline2\n"), f.writable(), f.readable(), f.mode, f.name)
    print("printed line", file=f)
with open(path) as f:
    print(f.read())
with open(path, "a", encoding="utf-8") as f:
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print(f.readline(), f.readlines(), f.readline() == "")
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "rb") as f:
    data = f.read(); print(type(data).__name__, data[:6], f.tell())
    f.seek(2); print(f.read(3))
with open(path, "wb") as f:
    f.write(b"\x00\xffbin")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo \u20ac")
with open(path, encoding="utf-8") as f:
    print(f.read())
with open(path, "rb") as f:
    print(f.read())
with open(path, "r+") as f:
    f.write("H"); f.seek(0); print(f.read())
f = open(path); f.close(); print(f.closed)
show("read closed", lambda: f.read())
show("open missing", lambda: open("_no_such_file_here.txt"))
show("open bad mode", lambda: open(path, "rw"))
try:
    with open(path) as fr:
        fr.write("x")
except OSError as e:
    print("write to read", e)
with open(path, "x" if not os.path.exists(path) else "w") as f2:
    pass
show("x mode exists", lambda: open(path, "x"))
with open(path, "w", newline="") as f:
    f.write("a\r\nb\n")
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
print(os.path.exists(path))
