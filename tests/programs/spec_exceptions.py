# Exceptions: hierarchy, try/except/else/finally, chaining, with, assert.
import builtins
names = sorted(n for n in dir(builtins) if 'Group' not in n and isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__mro__[1:]])
print(OSError is IOError, EnvironmentError is OSError)
print(FileNotFoundError.__mro__[1].__name__, issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError))

def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)

def flow(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise": raise ValueError("v")
        if kind == "return": return log
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(flow("raise"), flow("ok"), flow("return"))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def finally_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2: continue
            break
    return "swallowed"
print(finally_overrides(), finally_swallows())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("implicit")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError(2, "No such file")
    except OSError:
        raise RuntimeError("x") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
print(repr(OSError("a")), str(OSError(1, 2, 3, 4, 5)), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(Exception()), repr(Exception(1, "a")), str(Exception(1, "a")), str(Exception("x")), Exception("x").args)
ex = ValueError("base")
ex.add_note("note one"); ex.add_note("note two")
print(ex.__notes__)
show("add_note bad", lambda: ex.add_note(5))
print(repr(StopIteration(3).value), SystemExit(4).code, SystemExit().code, KeyboardInterrupt.__mro__[1].__name__)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(u), u.start, u.end, u.reason, u.encoding)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
se = SyntaxError("msg", ("f.py", 3, 4, "x = (", 3, 5))
print(se.msg, se.filename, se.lineno, se.offset, se.text, str(se))
print(str(ImportError("m", name="n", path="p")), ImportError(name="n").name, AttributeError("a", name="nm", obj=1).name)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "not found")
except Exception as e:
    print(e, repr(e), e.args, isinstance(e, MyErr))
class NoInit(Exception): pass
print(repr(NoInit(1, 2)), str(NoInit()))
show("raise non-exc", lambda: exec("raise 5"))
show("raise class", lambda: exec("raise KeyError"))
show("raise from bad", lambda: exec("raise KeyError from 5"))
show("bare raise", lambda: exec("raise"))
show("catch non-exc", lambda: exec("try:\n  1/0\nexcept 5:\n  pass"))
x = 0
try:
    assert x, "x must be truthy"
except AssertionError as e:
    print("assert", e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("assert bare", e.args)
def handler_var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(handler_var_deleted())
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise
        finally:
            print("reraise finally")
show("reraise", reraise)
def nested_ctx():
    try:
        raise A_("a")
    except Exception:
        try:
            raise B_("b")
        except Exception as e:
            return e
class A_(Exception): pass
class B_(Exception): pass
r = nested_ctx(); print(repr(r), repr(r.__context__))
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info())
try:
    raise TypeError("t")
except (ValueError, TypeError) as e:
    print("tuple caught", e)
try:
    int("x")
except ValueError as e:
    print(e)
show("with_traceback", lambda: ValueError("w").with_traceback(None))
class CMX:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit got", a[0].__name__ if a[0] else None)
        raise RuntimeError("from exit")
try:
    with CMX():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def gen_exc():
    yield 1
    raise ValueError("in gen")
try:
    for _ in gen_exc(): pass
except ValueError as e:
    print("gen raised", e)

