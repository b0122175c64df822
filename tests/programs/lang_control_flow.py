def f(x):
    try:
        if x == 1:
            return "ret-try"
        if x == 2:
            raise ValueError
    except ValueError:
        return "ret-except"
    else:
        return "ret-else"
    finally:
        print("finally for", x)
for x in (1, 2, 3):
    print(f(x))

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("caught", e)
    try:
        raise ValueError("x")
    except (TypeError, ValueError) as e:
        print("tuple catch", type(e).__name__)
nested()

def reraise():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise
        except KeyError as e:
            return f"reraised {e!r}"
print(reraise())
x = 5
res = "big" if x > 3 else "small"
print(res, [i if i % 2 else -i for i in range(5)])
calls = []
def t(v):
    calls.append(v)
    return v
print(t(1) < t(2) < t(0) < t(5), calls)
calls.clear()
print(t(0) and t(1), t(2) or t(3), calls)
i = 0
while i < 10:
    i += 1
    if i == 5:
        break
else:
    print("no break")
print("i =", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
e = "still here"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
