def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i = got
        i += 1
    return "done"

g = count(10)
print(next(g), next(g), g.send(5), next(g))
print(list(count(3)))

def relay():
    r = yield from count(2)
    print("relay got", r)
    yield "end"
print(list(relay()))

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
t = thrower()
print(next(t), t.throw(ValueError("x")))
t.close()
squares = (x * x for x in range(5))
print(sum(squares), list(x for x in "ab"))
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def closer():
    try:
        while True:
            yield
    except GeneratorExit:
        print("closing")
        raise
c = closer(); next(c); c.close()
print(list(enumerate("xyz", 1)), list(zip([1, 2], "ab", (True, False))), list(map(str, [1, 2])), list(filter(None, [0, 1, 2, ""])))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("abc")))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
