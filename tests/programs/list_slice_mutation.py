# Slice assignment, slice deletion and in-place repetition of lists, including slices whose
# bounds are objects with __index__ (which run Python code while the slice is converted).

class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        # allocate a little, so a collection may happen here under stress
        junk = [[i] for i in range(50)]
        return self.v


def show(label, l):
    print(label, l)


l = list(range(10))
l[2:5] = ["a", "b"]
show("shrink", l)
l[1:1] = [100, 101, 102]
show("insert", l)
l[Ix(0):Ix(2)] = (7, 8, 9)
show("index bounds", l)
l[::Ix(2)] = [0] * len(l[::2])
show("extended", l)
l[::-1] = l[:]
show("reverse via slice", l)
l[:] = l
show("self", l)
l[2:6] = l
show("self into middle", l)
l[-3:] = iter("xyz")
show("iterator", l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    l[1:3] = 5
except TypeError as e:
    print("TypeError", e)
try:
    l[::Ix(0)] = []
except ValueError as e:
    print("ValueError", e)

m = list(range(20))
del m[Ix(3):Ix(8)]
show("del range", m)
del m[::3]
show("del extended", m)
del m[::-2]
show("del reversed", m)
del m[100:200]
show("del past end", m)
del m[:]
show("del all", m)

r = [1, 2, 3]
r *= 2
show("imul 2", r)
r *= 0
show("imul 0", r)
r = ["q"]
r *= Ix(3)
show("imul index", r)
try:
    r *= 2 ** 62
except MemoryError:
    print("MemoryError")
show("after failed imul", r)

big = list(range(1000))
for k in range(200):
    a = (k * 7) % 500
    big[a:a + 5] = big[a:a + 5][::-1]
    if k % 3 == 0:
        removed = big[a:a + 3]
        del big[a:a + 3]
        big.extend(removed)
print("big", len(big), sum(big), sorted(big) == list(range(1000)))
