"""Many threads append to one list (append, extend, +=) while readers watch its length.

Invariants: the final length is exact, every item appears exactly once, each thread's items
appear in the order it added them, and readers see a length that never shrinks and only
items that were added."""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 6
PER_THREAD = scaled(90000, least=30)
TOTAL = THREADS * PER_THREAD
shared = []


def writer(t):
    global shared
    append = shared.append
    i = t * PER_THREAD
    end = i + PER_THREAD
    while i < end:
        kind = i % 3
        if kind == 0:
            append(i)
            i += 1
        elif kind == 1 and i + 1 < end:
            shared.extend((i, i + 1))
            i += 2
        else:
            shared += [i]
            i += 1


def reader(stop):
    last = 0
    reads = 0
    while not stop.is_set():
        n = len(shared)
        if n < last:
            fail(f"length went from {last} down to {n}")
        last = n
        if n:
            for x in (shared[n - 1], shared[n // 2], shared[0]):
                if type(x) is not int or not 0 <= x < TOTAL:
                    fail(f"read {x!r}, which was never added")
        reads += 1
    return reads


results = run_threads(writer, [(t,) for t in range(THREADS)], readers=[(reader, ())] * 2)

check(len(shared) == TOTAL, f"length {len(shared)}, expected {TOTAL}")
seen = bytearray(TOTAL)
last_of = [-1] * THREADS
for x in shared:
    if type(x) is not int or not 0 <= x < TOTAL:
        fail(f"item {x!r} was never added")
    if seen[x]:
        fail(f"item {x} appears twice")
    seen[x] = 1
    t = x // PER_THREAD
    if x < last_of[t]:
        fail(f"thread {t}: {x} after {last_of[t]}")
    last_of[t] = x
ok(f"items={TOTAL} reads={sum(results[THREADS:])}")
