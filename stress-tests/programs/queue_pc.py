"""Producers and consumers through one bounded `queue.Queue`.

Producers `put` (one of them with `put_nowait`, retrying on `queue.Full`); consumers `get`
(one of them with a timeout, retrying on `queue.Empty`) and call `task_done` for each item.
Once the producers have finished, `join` must wait until every item is consumed; then one
sentinel per consumer shuts them down.

Invariants: each item is consumed exactly once (the per-producer counts and sums match),
each consumer sees every producer's items in the order they were put (the queue is FIFO),
and after `join` the queue is empty with nothing unfinished."""

import queue
import time

from _stress import check, fail, ok, run_threads, scaled

PRODUCERS = 3
CONSUMERS = 3
ITEMS = scaled(15000, least=20)  # per producer
STOP = None

q = queue.Queue(maxsize=16)
# consumed[c][p] = [count, sum] of producer p's items consumed by consumer c; written by
# consumer c only, read by the main thread after `join`.
consumed = [[[0, 0] for _ in range(PRODUCERS)] for _ in range(CONSUMERS)]


def produce(p):
    for i in range(ITEMS):
        item = (p, i, p * 1_000_003 + i * i)
        if p == 0:
            while True:
                try:
                    q.put_nowait(item)
                    break
                except queue.Full:
                    time.sleep(0)
        else:
            q.put(item)


def consume(stop, c):
    last = [-1] * PRODUCERS
    mine = consumed[c]
    timeouts = 0
    while True:
        if c == 0:
            try:
                item = q.get(timeout=0.001)
            except queue.Empty:
                timeouts += 1
                continue
        else:
            item = q.get()
        if item is STOP:
            q.task_done()
            return timeouts
        p, i, payload = item
        if i <= last[p]:
            fail(f"consumer {c}: item {i} of producer {p} after item {last[p]}")
        if payload != p * 1_000_003 + i * i:
            fail(f"consumer {c}: item {item!r} is corrupt")
        last[p] = i
        mine[p][0] += 1
        mine[p][1] += i
        q.task_done()


def close(stop):
    """Once the producers are done: waits in `join` for the consumers to finish every item,
    takes a snapshot of what they consumed, and sends the sentinels."""
    stop.wait()
    q.join()
    snapshot = [[list(cell) for cell in row] for row in consumed]
    unfinished = q.unfinished_tasks
    left = q.qsize()
    for _ in range(CONSUMERS):
        q.put(STOP)
    return snapshot, unfinished, left


results = run_threads(
    produce,
    [(p,) for p in range(PRODUCERS)],
    readers=[(consume, (c,)) for c in range(CONSUMERS)] + [(close, ())],
)
snapshot, unfinished, left = results[-1]
check(unfinished == 0 and left == 0,
      f"after join: {unfinished} unfinished tasks, {left} items queued")
want_sum = ITEMS * (ITEMS - 1) // 2
for p in range(PRODUCERS):
    count = sum(snapshot[c][p][0] for c in range(CONSUMERS))
    total = sum(snapshot[c][p][1] for c in range(CONSUMERS))
    check(count == ITEMS and total == want_sum,
          f"producer {p}: {count} items consumed by the time join returned (sum {total}), "
          f"{ITEMS} produced (sum {want_sum})")
check(snapshot == consumed, "items consumed after join returned")
check(q.empty() and q.unfinished_tasks == 0, "sentinels left over")
timeouts = sum(results[PRODUCERS:PRODUCERS + CONSUMERS])
ok(f"items={PRODUCERS * ITEMS} get_timeouts={timeouts}")
