# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(it.product("ab", "xy")), list(it.product(range(2), repeat=3)), list(it.product()), list(it.product("ab", [])))
print(list(it.product([1, 2], "c", repeat=2))[:5], len(list(it.product(range(3), range(4), range(5)))))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:6], list(it.permutations("ab", 3)), list(it.permutations([], 0)))
print(list(it.permutations("abcd", 0)), len(list(it.permutations(range(6)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3))[:4], list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("a", 0)))
print(len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3))))
print(sum(1 for p in it.permutations(range(5)) if p[0] < p[-1]))
print([("".join(p)) for p in it.permutations("aab")])
t(lambda: it.permutations([1], -1))
t(lambda: it.permutations([1], "a"))
t(lambda: it.permutations([1], 1, 2))
t(lambda: it.combinations([1]))
t(lambda: it.combinations([1], -1))
t(lambda: it.combinations([1], 1.5))
t(lambda: it.combinations_with_replacement("ab"))
t(lambda: it.product([1], repeat=-1))
t(lambda: it.product([1], repeat="a"))
t(lambda: it.product([1], x=1))
t(lambda: list(it.product(1)))
board = list(it.product(range(3), repeat=2))
print(board[:4], [c for c in it.combinations(board, 2) if c[0][0] == c[1][0]][:3])
