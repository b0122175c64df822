# Slice reads and writes through the fast paths (plain int/None indices) and the general
# ones (__index__, iterables), including aliasing of the source and the target.
l = list(range(10))
print(l[2:5], l[::-1], l[8:2:-2], l[-3:], l[:100], l[100:], l[5:2], l[::3])
p = l[:]
p[:4] = p[3::-1]
print(p)
p[:] = p
print(p)
p[::-1] = p
print(p)
p[1:3] = p
print(p, len(p))
q = [1, 2, 3]
q[1:2] = (7, 8, 9)
print(q)
q[::2] = "abc"
print(q)
q[0:0] = []
q[len(q):] = [0]
print(q)
try:
    q[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    q[1:2] = 5
except TypeError as e:
    print("TypeError", e)


class Shrink:
    def __init__(self, l, v):
        self.l, self.v = l, v

    def __index__(self):
        del self.l[3:]
        return self.v


r = list(range(10))
print(r[Shrink(r, 1):8], r)
r = list(range(10))
print(r[1:Shrink(r, 8)], r)
t = tuple(range(6))
print(t[1:4], t[::-2], t[:], t[Shrink([], 2):])


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        print("eq", self.v, o)
        return self.v == o


s = {1, 2, H(3), "x"}
print(3 in s, 1 in s, "x" in s, "y" in s, 4 in s)
s.discard(3)
print(sorted(k if isinstance(k, int) else -1 for k in s if not isinstance(k, str)))
s.add(5)
s.remove(1)
print(len(s), 5 in s, 1 in s)
big = set()
for i in range(1000):
    big.add(i)
    big.add(str(i))
for i in range(0, 1000, 2):
    big.remove(i)
    big.discard(str(i))
print(len(big), sum(k for k in big if isinstance(k, int)), "999" in big, "998" in big)
