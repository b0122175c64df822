# Unpacking in assignment, for loops, calls and displays; error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
a, *b, c = range(6); print(a, b, c)
*a, b = [1]; print(a, b)
a, *b = "xyz"; print(a, b)
[a, [b, *c]] = (1, (2, 3, 4)); print(a, b, c)
first, *_ = {"k": 1, "j": 2}; print(first)
def u1():
    a, b = [1, 2, 3]
t(u1)
def u2():
    a, b, c = [1, 2]
t(u2)
def u3():
    a, *b, c = [1]
t(u3)
def u4():
    a, b = 5
t(u4)
def u5():
    a, b = "a"
t(u5)
def u6():
    a, = []
t(u6)
def u7():
    a, b = (i for i in range(5))
t(u7)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}), f(*"ab", x=1), f(*range(2), *{}, **{}))
t(lambda: f(*5))
t(lambda: f(**5))
t(lambda: f(**{"a": 1}, **{"a": 2}))
print([*[1], *(2, 3), *{4: 0}], (*range(2),), {*[1, 1], *"a"} == {1, "a"}, {**{1: 2}, **{1: 3, 4: 5}})
x = [1, 2, 3]
x[0], x[1] = x[1], x[0]; print(x)
i = 0
i, x[i] = 1, 9; print(i, x)
d = {}
d["a"], d["b"] = "ab"; print(d)
class O: pass
o = O()
o.p, o.q = 1, 2; print(o.p, o.q)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
def u8():
    for a, b in [(1, 2), (3,)]:
        pass
t(u8)
print(*[1, 2], sep="-")
print(*"", "end")
a = b = c = [0]
print(a is c)
(a), b = 1, 2; print(a, b)
a, (b, c), *d = 1, [2, 3], 4, 5; print(a, b, c, d)
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
a, b, c = Seq(); print(a, b, c)
def u9():
    a, b = Seq()
t(u9)
def many():
    a, *b, c, d = range(10 ** 4)
    return a, len(b), c, d
print(many())
