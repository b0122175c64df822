"""Producers and consumers sharing one `collections.deque`, at both ends.

Producers `append` and `appendleft` numbered items; consumers `popleft` and `pop` until the
producers are done and the deque is empty (IndexError on an empty deque is expected). Each
item must be consumed exactly once, and a consumer taking from one end sees each producer's
items from that end in the order they were added (the deque is a FIFO for items that went
in at the other end)."""

import collections

from _stress import check, fail, ok, run_threads, scaled

PRODUCERS = 2
CONSUMERS = 2
ITEMS = scaled(250000, least=51)  # per producer

dq = collections.deque()
taken = []  # one list per consumer


def produce(p):
    for i in range(ITEMS):
        item = p * ITEMS + i
        if i % 2 == 0:
            dq.append(item)
        else:
            dq.appendleft(item)


def consume(stop, c):
    mine = []
    taken.append(mine)
    # Items appended on the right come out on the left in order, and the other way round.
    last = {}
    empty = 0
    while True:
        finished = stop.is_set()
        try:
            item = dq.popleft() if c % 2 == 0 else dq.pop()
        except IndexError:
            if finished:
                return empty
            empty += 1
            continue
        if type(item) is not int or not 0 <= item < PRODUCERS * ITEMS:
            fail(f"consumer {c} took {item!r}")
        right = item % ITEMS % 2 == 0
        key = (right, item // ITEMS)  # the end it went in at, and its producer
        if right == (c % 2 == 0) and item <= last.get(key, -1):
            fail(f"consumer {c}: item {item} after {last[key]}, both in at the other end")
        last[key] = item
        mine.append(item)


results = run_threads(
    produce,
    [(p,) for p in range(PRODUCERS)],
    readers=[(consume, (c,)) for c in range(CONSUMERS)],
)
everything = sorted(x for mine in taken for x in mine)
check(not dq, f"{len(dq)} items left")
check(everything == list(range(PRODUCERS * ITEMS)),
      f"{len(everything)} items consumed, {len(set(everything))} distinct, "
      f"{PRODUCERS * ITEMS} produced")
ok(f"items={PRODUCERS * ITEMS} empty_pops={sum(results[PRODUCERS:])}")
