# Set iteration order (hash order) matches CPython for ints and strings, after
# additions, removals, resizes and set algebra.
print({5, 3, 1, 100, 64, 8, 17})
print({-1, -2, 0, 1, 2})
print(set(range(20, 0, -1)))
s = set()
for i in [10, 3, 18, 7, 33, 2, 65, 9]:
    s.add(i)
print(s)
s.discard(18)
s.add(26)
print(s)
big = set(range(100))
for i in range(0, 100, 2):
    big.remove(i)
print(list(big)[:10])
big.add(1000)
print(list(big)[-3:])
w = {"apple", "banana", "cherry", "date"}
print(sorted(w), len(w))
print({1, 2, 3} | {4, 5, 6, 1000}, {1000, 1, 2} & {2, 1000, 7}, {1, 2, 3, 4} - {2}, {1, 2} ^ {2, 3, 99})
print(frozenset({9, 8, 7}), set(frozenset({40, 8})))
p = {3, 1, 2}
print(p.pop(), p.pop(), p)
q = set(range(10))
print([q.pop() for _ in range(4)], q)
f = {1.5, 2.5, 0.5}
print(sorted(f), len({(1, 2), (1, 2), (2, 1)}))
print({i * 13 % 64 for i in range(30)})
t = set(range(50))
t -= set(range(0, 50, 3))
print(list(t)[:12])
u = set(range(10))
u &= {1, 3, 5, 7, 9, 11}
print(u)
v = {100, 200, 300}
v |= set(range(5))
print(v)
print({True, 2, 3.0, "x"} == {1, 2, 3, "x"})
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")))
x = {2**62, 2**63, -2**63, 2**64}
print(len(x), sorted(x)[0])
