# Slicing, slice assignment and deletion, extended slices.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[:-3], a[5:2], a[100:], a[-100:2])
print(a[1:8:3], a[8:1:-3], a[::-2], a[-1:-5:-1], a[None:None:None])
t(lambda: a[::0])
t(lambda: a["a":])
t(lambda: a[1.0:])
b = list(range(10))
b[2:5] = ["x"]; print(b)
b[:0] = [-1, -2]; print(b)
b[len(b):] = "end"; print(b)
b[1:3] = []; print(b)
b[:] = range(3); print(b)
b[5:10] = [9]; print(b)
b[2:1] = ["in"]; print(b)
c = list(range(10))
c[::2] = "abcde"; print(c)
c[1::2] = [None] * 5; print(c)
def bad1():
    c[::2] = [1, 2]
t(bad1)
def bad2():
    c[::3] = 1
t(bad2)
def bad3():
    c[1:2] = 5
t(bad3)
c[::-1] = range(10); print(c)
d = list(range(10))
d[3:3] = d; print(d)
e = list(range(5)); e[1:3] = e; print(e)
f = list(range(20))
del f[::3]; print(f)
del f[-1:2:-2]; print(f)
del f[2:4]; print(f)
del f[:]; print(f)
g = list(range(10))
del g[100:]; del g[::-1][0:0]; print(g)
h = [1, 2, 3]
h[0:1] = (x * 10 for x in range(3)); print(h)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2)))
print(slice(None, None, -1).indices(10), slice(-5, 100).indices(10), slice(10, -10, -3).indices(7))
print(slice(0, 10, 2).indices(0), slice(None, None, 2).indices(3))
t(lambda: slice(0, 1, 0).indices(5))
t(lambda: slice(0, 1).indices(-1))
t(lambda: slice("a").indices(5))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
print(a[s], tuple(a)[s], "abcdefghij"[s], range(10)[s])
print(a[2**70:], a[-2**70:3], a[::2**70])
big = list(range(5))
big[2**70:] = [9]; print(big)
print((1, 2, 3)[::-1], (1, 2, 3)[1:], ()[5:], (1, 2, 3)[:] )
t(lambda: (1, 2)[::0])
