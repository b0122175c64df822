def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        elif n == 1:
            return 1 / 0
        elif n == 2:
            return [][1]
        return n
    except ValueError as e:
        return f"caught {e!r}"
    except (ZeroDivisionError, IndexError) as e:
        return f"caught {type(e).__name__}: {e}"
    finally:
        print("finally", n)

for n in range(4):
    print(f(n))

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)

class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
for x in g:
    print(x)
    break
g.close()

try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x = 3
finally:
    x *= 10
print(x)

def ret_in_finally():
    try:
        return "try"
    finally:
        print("cleanup runs")
print(ret_in_finally())
e = None
try:
    raise ValueError
except ValueError as err:
    e = err
print(type(e), e.args)
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.value)
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), KeyError.__mro__)
try:
    {}["missing"]
except KeyError as ke:
    print(str(ke), repr(ke))
try:
    int("abc")
except ValueError as ve:
    print(ve)
