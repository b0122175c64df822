# sort and sorted: stability, key, reverse, errors, mutation during sort.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, reverse=True))
l = [5, 3, 8, 1, 9, 2]
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda x: x % 3); print(l)
print(sorted("banana"), sorted({3: 1, 1: 2}), sorted((3, 1, 2)), sorted(range(5), key=lambda x: -x))
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
t(lambda: sorted([1, "a"]))
t(lambda: [3, None].sort())
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([1], bad=1))
t(lambda: sorted())
t(lambda: sorted([1], lambda x: x))
t(lambda: [1].sort(lambda x: x))
t(lambda: sorted(5))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2], [1, 5], [1]]), sorted([3, 1], key=None))
big = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(s), len(s))
stab = sorted(range(200), key=lambda x: x % 7)
print(stab[:30])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min([K(3), K(5)]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1)]))
def mut():
    x = [3, 2, 1]
    def key(v):
        x.append(v)
        return v
    x.sort(key=key)
t(mut)
x = [3, 2, 1]
def mut2():
    def key(v):
        x.clear()
        return v
    x.sort(key=key)
t(mut2)
print(x)
def keyraise():
    y = [3, 2, 1]
    def key(v):
        if v == 2:
            raise ValueError("bad key")
        return v
    try:
        y.sort(key=key)
    finally:
        print("after failed sort", y)
t(keyraise)
def cmpraise():
    class B:
        def __lt__(self, o):
            raise ZeroDivisionError("cmp")
    z = [B(), B(), 1]
    try:
        z.sort()
    finally:
        print(len(z))
t(cmpraise)
print(sorted([3, 1, 2], reverse=1), sorted([], reverse=True), sorted([[]]))
neg = sorted([-3, 10, -1, 0, 2**70, -2**70, 1.5, -0.5])
print(neg)
fl = [float("nan"), 1.0, 0.0]
print(sorted(["b", "A", "a", "B", "ä", "é", "z"]))
print(list(reversed(sorted(range(5)))))
