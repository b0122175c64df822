a, b, *c = range(5)
print(a, b, c)
*a, b = [1]
print(a, b)
(a, b), [c, d] = "xy", (3, 4)
print(a, b, c, d)
first, *middle, last = "hello"
print(first, middle, last)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab", 9], (*[1, 2],), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs): return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{"j": 2}))
x = y = z = [0]
x.append(1)
print(y, z is x)
d = {}
d["k"] = d["j"] = 5
print(d)
class O: pass
o = O()
o.a = o.b = 3
o.a += 1
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 2
d["k"] -= 1
print(o.a, o.b, lst, d)
s = "ab"
s *= 3
print(s)
t = (1, 2)
t += (3,)
print(t)
a, b = 1, 2
a, b = b, a
print(a, b)
m = [[0] * 2 for _ in range(2)]
m[1][0] = 7
print(m)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
del lst[0], d["k"]
print(lst, d)
print([(y := n * 2) for n in range(3)], y)
if (n := len("hello")) > 3:
    print("walrus", n)
