# Comprehensions and generator expressions of every kind; scoping.
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0 if x], [(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)}, {k: v for k, v in zip("abc", range(3)) if v})
g = (x + 1 for x in range(3))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(4)), max(len(w) for w in ["a", "bbb", "cc"]), "-".join(str(i) for i in range(3)))
print([[y for y in range(x)] for x in range(4)], [x for row in [[1, 2], [3]] for x in row])
x = "outer"
print([x for x in "ab"], x)
print([(lambda: i)() for i in range(3)], [f() for f in [lambda i=i: i for i in range(3)]], [f() for f in [lambda: i for i in range(3)]])
def scope():
    n = 10
    return [n + i for i in range(3)], {n: i for i in range(1)}, list(n * j for j in range(2))
print(scope())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals]
    except NameError as e:
        err = str(e)
    factor = 3
print(C.doubled, C.err)
print([y for x in [[1, 2], [3, 4]] for y in x if y % 2 == 0], [(a, b) for a, b in {"k": 1}.items()])
print([i for i in range(3) if (last := i) >= 0], last)
gen = (i for i in range(3) if i)
print(next(gen), next(gen), next(gen, "end"))
def lazy():
    it = (1 / d for d in [1, 0])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
lazy()
try:
    [1 for _ in 5]
except TypeError as e:
    print("TypeError", e)
try:
    (1 for _ in 5)
except TypeError as e:
    print("TypeError", e)
print([[0] * 2 for _ in range(2)], {(i, j): i * j for i in range(2) for j in range(2)})
print({frozenset({1}): "fs"}, [*(i for i in range(2)), *[9]], sorted({c for c in "mississippi"}))
print(list(zip(*[(1, "a"), (2, "b")])), [a + b for a, b in zip([1, 2], [3, 4])])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n > 2])
async def agen():
    pass
print(dict((k, v) for k, v in [("a", 1)]), set(x for x in "aa"), tuple(i for i in ()))
print([i for i in range(5)][::-1], [(yield_ := 1) for _ in range(1)])
