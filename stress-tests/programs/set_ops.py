"""Threads adding to and removing from shared sets.

1. Disjoint elements: each thread adds its own range and discards half of it; the final set
   is exactly the expected one.
2. Same elements: every thread adds and discards the same few elements while testing
   membership; what is left is a subset of them.
3. Claims: threads race to `remove` (or `pop`) the elements of a full set; each element is
   taken by exactly one thread, so the claims add up to the original set.
"""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4

# --- 1. Disjoint elements ---

PER_THREAD = scaled(80000, least=20)
disjoint = set()


def own_elements(t):
    s = disjoint
    base = t * PER_THREAD
    for x in range(base, base + PER_THREAD):
        s.add(x)
    for x in range(base + 1, base + PER_THREAD, 2):
        s.discard(x)
    for x in range(base, base + PER_THREAD, 2):
        if x not in s:
            fail(f"{x} was added and never discarded but is missing")


run_threads(own_elements, [(t,) for t in range(THREADS)])
want = {x for t in range(THREADS) for x in range(t * PER_THREAD, (t + 1) * PER_THREAD, 2)}
check(disjoint == want,
      f"missing {sorted(want - disjoint)[:10]}, extra {sorted(disjoint - want)[:10]}")

# --- 2. Same elements ---

UNIVERSE = 53
STEPS = scaled(120000, least=50)
same = set()


def same_elements(t):
    s = same
    x = t
    hits = 0
    for i in range(STEPS):
        x = (x + 2 * t + 3) % UNIVERSE
        op = i % 3
        if op == 0:
            s.add(x)
        elif op == 1:
            s.discard(x)
        elif x in s:
            hits += 1
    return hits


hits = run_threads(same_elements, [(t,) for t in range(THREADS)])
check(same <= set(range(UNIVERSE)), f"never added: {same - set(range(UNIVERSE))}")
check(len(same) == len(list(same)), f"len {len(same)} but {len(list(same))} elements")

# --- 3. Claims ---

SIZE = 1000
ROUNDS = scaled(30, least=2)
pool = set()


def claim_by_remove(t):
    s = pool
    mine = []
    # Threads walk the elements in different orders so that they collide everywhere.
    order = range(SIZE) if t % 2 == 0 else range(SIZE - 1, -1, -1)
    for x in order:
        try:
            s.remove(x)
        except KeyError:
            continue
        mine.append(x)
    return mine


def claim_by_pop(t):
    s = pool
    mine = []
    while True:
        try:
            mine.append(s.pop())
        except KeyError:
            return mine


claims = 0
for r in range(ROUNDS):
    claimer = claim_by_remove if r % 2 == 0 else claim_by_pop
    pool.update(range(SIZE))
    taken = run_threads(claimer, [(t,) for t in range(THREADS)])
    everything = sorted(x for mine in taken for x in mine)
    check(everything == list(range(SIZE)),
          f"round {r} ({claimer.__name__}): claimed {len(everything)} of {SIZE}, "
          f"{len(set(everything))} distinct")
    check(not pool, f"round {r}: {len(pool)} elements left")
    claims += sum(1 for mine in taken if mine)
ok(f"hits={sum(hits)} rounds={ROUNDS} claiming_threads={claims}")
