"""Slice assignment, slice deletion and `*=` on a list other threads append to.

Appenders add distinct tokens at the end. One thread rearranges the list with whole-slice
operations that keep its contents: it reverses a slice in place (`l[a:b] = l[a:b][::-1]`),
rewrites every other item with itself (`l[::2] = l[::2]`), deletes a slice and appends the
removed tokens again, and repeats the list once (`l *= 1`). Appends only add at the end, so
between reading a slice and assigning it the slice's items stay the same; each of these
operations must be one change, or a concurrent append is lost (or an item doubled). At the
end the list holds every token exactly once."""

from _stress import check, fail, ok, run_threads, scaled

APPENDERS = 3
PER_APPENDER = scaled(60000, least=200)
ROUNDS = scaled(6000, least=50)

shared = list(range(-50, 0))


def append(t):
    for i in range(PER_APPENDER):
        shared.append(t * PER_APPENDER + i)
    return PER_APPENDER


def rearrange():
    global shared
    for r in range(ROUNDS):
        n = len(shared)
        a = (r * 7) % (n // 2 + 1)
        b = a + (r % 13) + 2
        op = r % 4
        if op == 0:
            shared[a:b] = shared[a:b][::-1]
        elif op == 1:
            shared[a:b:2] = shared[a:b:2]
        elif op == 2:
            removed = shared[a:b]
            del shared[a:b]
            shared.extend(removed)
        else:
            shared *= 1
    return 0


def work(t):
    return rearrange() if t == APPENDERS else append(t)


results = run_threads(work, [(t,) for t in range(APPENDERS + 1)])
expected = list(range(-50, 0)) + list(range(APPENDERS * PER_APPENDER))
got = sorted(shared)
if got != expected:
    fail(f"{len(got)} items, {len(set(got))} distinct, expected {len(expected)}")
check(sum(results) == APPENDERS * PER_APPENDER, "appenders' counts")
ok(f"items={len(got)}")
