"""Lock, RLock, Condition, Semaphore and Barrier under contention.

1. Counters protected by a Lock (with `with`, explicit acquire/release, and non-blocking
   acquire retried) and by a re-entered RLock are exact: `+=` is not atomic, the lock is.
2. Threads take turns through a Condition (`wait_for` a shared turn, `notify_all`): the log
   of turns is exactly round-robin.
3. At most N threads are inside a Semaphore(N) at once; a BoundedSemaphore released too
   often raises ValueError.
4. Between two Barrier waits, every thread sees what all the others wrote before the first.
"""

import threading

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4

# --- 1. Counters ---

INCREMENTS = scaled(30000, least=50)
lock = threading.Lock()
rlock = threading.RLock()
counts = [0, 0]


def count(t):
    retries = 0
    for i in range(INCREMENTS):
        kind = (i + t) % 3
        if kind == 0:
            with lock:
                counts[0] += 1
        elif kind == 1:
            lock.acquire()
            counts[0] += 1
            lock.release()
        else:
            while not lock.acquire(blocking=False):
                retries += 1
            try:
                counts[0] += 1
            finally:
                lock.release()
        with rlock:
            with rlock:
                rlock.acquire()
                counts[1] += 1
                rlock.release()
    return retries


retries = run_threads(count, [(t,) for t in range(THREADS)])
check(counts == [THREADS * INCREMENTS] * 2, f"counters {counts}, expected {THREADS * INCREMENTS}")
check(not lock.locked(), "lock still held")

# --- 2. Turns through a Condition ---

TURNS = scaled(1500, least=10)
cond = threading.Condition()
turn = [0]
log = []


def take_turns(t):
    for _ in range(TURNS):
        with cond:
            cond.wait_for(lambda: turn[0] == t)
            log.append(t)
            turn[0] = (t + 1) % THREADS
            cond.notify_all()


run_threads(take_turns, [(t,) for t in range(THREADS)])
check(log == list(range(THREADS)) * TURNS, f"turns out of order: {log[:20]}...")

# --- 3. Semaphores ---

PERMITS = 2
ENTRIES = scaled(6000, least=20)
sem = threading.Semaphore(PERMITS)
inside_lock = threading.Lock()
inside = [0, 0]  # now, most ever


def enter(t):
    for _ in range(ENTRIES):
        with sem:
            with inside_lock:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
            with inside_lock:
                inside[0] -= 1


run_threads(enter, [(t,) for t in range(THREADS)])
check(inside[0] == 0 and 1 <= inside[1] <= PERMITS, f"inside now {inside[0]}, at most {inside[1]}")
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
    fail("BoundedSemaphore released past its value")
except ValueError:
    pass

# --- 4. Barrier phases ---

PHASES = scaled(1500, least=10)
barrier = threading.Barrier(THREADS)
slots = [-1] * THREADS


def phases(t):
    for p in range(PHASES):
        slots[t] = p
        barrier.wait()
        if slots != [p] * THREADS:
            barrier.abort()  # the others must not wait for this thread forever
            fail(f"phase {p}: thread {t} sees {slots}")
        barrier.wait()


run_threads(phases, [(t,) for t in range(THREADS)])
ok(f"increments={2 * THREADS * INCREMENTS} nonblocking_retries={sum(retries)}")
