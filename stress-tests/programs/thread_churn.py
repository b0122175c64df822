"""Thousands of short threads, started and joined in batches.

Half the threads are plain `Thread(target=...)` writing their result into a shared list, half
are `Thread` subclasses keeping it in an attribute; every fourth thread starts and joins a
child thread of its own. The threads of a batch meet at a `Barrier`, so they are all alive at
once, and record `get_ident()`, which must then be distinct.

Invariants: every result is there and right, identities of live threads are distinct,
joined threads are not alive, and at the end only the main thread is left."""

import threading

from _stress import check, fail, ok, scaled

BATCH = 16
BATCHES = scaled(100, least=3)


def work(i):
    return sum(range(i % 97)) * 3 + i


results = [None] * (BATCH * BATCHES)
idents = [None] * (BATCH * BATCHES)
children = [None] * (BATCH * BATCHES)


def child(i):
    children[i] = -work(i)


def body(i, barrier):
    idents[i] = threading.get_ident()
    barrier.wait()
    if i % 4 == 0:
        c = threading.Thread(target=child, args=(i,))
        c.start()
        c.join()
        if c.is_alive():
            fail(f"child of thread {i} alive after join")
    return work(i)


def by_target(i, barrier):
    results[i] = body(i, barrier)


class Worker(threading.Thread):
    def __init__(self, i, barrier):
        super().__init__()
        self.i = i
        self.barrier = barrier
        self.value = None

    def run(self):
        self.value = body(self.i, self.barrier)


for b in range(BATCHES):
    barrier = threading.Barrier(BATCH)
    threads = []
    for k in range(BATCH):
        i = b * BATCH + k
        if k % 2 == 0:
            threads.append(threading.Thread(target=by_target, args=(i, barrier)))
        else:
            threads.append(Worker(i, barrier))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k, t in enumerate(threads):
        i = b * BATCH + k
        check(not t.is_alive(), f"thread {i} alive after join")
        if isinstance(t, Worker):
            results[i] = t.value
    batch_idents = idents[b * BATCH:(b + 1) * BATCH]
    check(len(set(batch_idents)) == BATCH and None not in batch_idents,
          f"batch {b}: identities of live threads {batch_idents}")

for i, r in enumerate(results):
    check(r == work(i), f"thread {i} returned {r!r}, expected {work(i)}")
    check(children[i] == (-work(i) if i % 4 == 0 else None), f"child {i} returned {children[i]!r}")
check(threading.active_count() == 1, f"{threading.active_count()} threads still active")
check(threading.enumerate() == [threading.main_thread()], f"threads left: {threading.enumerate()}")
ok(f"threads={len(results) + len(results) // 4}")
