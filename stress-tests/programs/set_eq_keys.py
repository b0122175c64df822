"""Threads adding and discarding equal keys whose `__eq__` is Python code, in one set.

Keys are instances compared by value, with few distinct hashes, so lookups walk chains of
colliding slots and run `__eq__` with the set unlocked. Whatever the interleaving, a set
never holds two equal keys: at the end every value appears at most once, and the length
agrees with the distinct values."""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4
VALUES = 24
ROUNDS = scaled(40000, least=200)


class K:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


shared = set()


def churn(t):
    adds = 0
    for i in range(ROUNDS):
        v = (i * 7 + t * 5) % VALUES
        if (i + t) % 3 == 2:
            shared.discard(K(v))
        else:
            shared.add(K(v))
            adds += 1
        if i % 512 == 0:
            vals = [k.v for k in list(shared)]
            if len(vals) != len(set(vals)):
                fail(f"equal keys twice in the set: {sorted(vals)}")
    return adds


results = run_threads(churn, [(t,) for t in range(THREADS)])
vals = [k.v for k in shared]
if len(vals) != len(set(vals)):
    fail(f"equal keys twice in the set: {sorted(vals)}")
check(len(shared) == len(set(vals)), "length disagrees with the distinct keys")
check(all(0 <= v < VALUES for v in vals), "a key that was never added")
ok(f"size={len(shared)} adds={sum(results)}")
