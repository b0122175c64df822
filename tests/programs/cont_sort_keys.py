# Sorting with tuple keys (compared in Rust when each position has one primitive kind) and
# mixed keys (compared through the protocol), stable and reversed.
words = ["kalo", "mi", "ne", "kalo", "ru", "sa", "mi", "Ti", "vo", "ru", "mi", "zu"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True))
pairs = [(3, "b", 1.5), (1, "z", 2.0), (3, "a", 9.0), (1, "z", -1.0), (2,), (2, "a"), ()]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
print(sorted([(1, 2), (1, 2.5), (0, 3)]))
print(sorted([(2**70, "x"), (-(2**70), "y"), (5, "z")]))
nan = float("nan")
print(sorted([(1.0, 2), (nan, 1), (0.5, 3)], key=lambda t: t[0] if t[0] == t[0] else 99))
print(sorted([("b", 1), ("a", 2), ("b", 0)], key=lambda t: t))
try:
    sorted([(1, "a"), ("b", 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError", e)


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return "K(%r)" % self.v


print(sorted([(1, K(3)), (1, K(1)), (0, K(9))]))
stable = [(i % 3, i) for i in range(12)]
print(sorted(stable, key=lambda t: (t[0],)))
print(sorted(stable, key=lambda t: (t[0],), reverse=True))
