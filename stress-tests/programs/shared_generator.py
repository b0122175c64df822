"""Threads pulling items from one shared generator with `next`.

Only one thread may run a generator's frame at a time: the others get ValueError
("generator already executing") and try again. Every item must come out exactly once, and
the generator's own bookkeeping (a local counter and list) must not be torn."""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4
ITEMS = scaled(200000, least=500)


def produce(n):
    seen = []
    for i in range(n):
        seen.append(i)
        if len(seen) != i + 1:
            raise AssertionError("generator frame torn")
        yield i
    yield ("done", len(seen))


shared = produce(ITEMS)


def consume(t):
    got = []
    busy = 0
    while True:
        try:
            v = next(shared)
        except ValueError as e:
            if "already executing" not in str(e):
                fail(f"unexpected ValueError: {e}")
            busy += 1
            continue
        except StopIteration:
            return got, busy
        got.append(v)


results = run_threads(consume, [(t,) for t in range(THREADS)])
items = [v for got, _ in results for v in got]
ends = [v for v in items if isinstance(v, tuple)]
nums = sorted(v for v in items if not isinstance(v, tuple))
check(ends == [("done", ITEMS)], f"end markers {ends!r}")
if nums != list(range(ITEMS)):
    fail(f"{len(nums)} items, {len(set(nums))} distinct, expected {ITEMS}")
ok(f"items={len(nums)} busy={sum(b for _, b in results)}")
