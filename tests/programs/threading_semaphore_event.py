# Semaphore, BoundedSemaphore and Event: counting, timeouts, release(n), limits on
# concurrency, error messages, waking every waiter of an event.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(blocking=False), s.acquire(True, 0.01), s.acquire(timeout=0))
s.release()
with s:
    print("in with:", s.acquire(False))
print("after with:", s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(threading.Semaphore(0).acquire(timeout=0.01), threading.Semaphore().acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
for action in (b.release, lambda: b.release(3)):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
b.acquire()
b.acquire()
b.release(2)
print("bounded ok:", b.acquire(False), b.acquire(False), b.acquire(False))
print(isinstance(b, threading.Semaphore))

# A release in another thread wakes a blocked acquire.
s = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s.acquire(timeout=10)))
t.start()
s.release()
t.join()
print("woken:", got)

# At most 3 threads inside at once; release(n) wakes n waiters.
sem = threading.BoundedSemaphore(3)
guard = threading.Lock()
inside = [0, 0]     # now, most


def limited():
    for _ in range(20):
        with sem:
            with guard:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
            with guard:
                inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("most inside at once <= 3:", inside[1] <= 3, inside[0])

gate = threading.Semaphore(0)
passed = []
ts = [threading.Thread(target=lambda i=i: (gate.acquire(), passed.append(i))) for i in range(4)]
for t in ts:
    t.start()
gate.release(4)
for t in ts:
    t.join()
print("passed:", sorted(passed))

# Event.
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set(), e.wait(0.01))

# set() releases every waiter; a waiter's wait() returns True.
e = threading.Event()
ready = threading.Semaphore(0)
results = []


def waiter(i):
    ready.release()
    results.append((i, e.wait(10)))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
e.set()
for t in ts:
    t.join()
print(sorted(results))

# A waiter with a timeout that expires sees False.
e = threading.Event()
out = []
t = threading.Thread(target=lambda: out.append(e.wait(0.01)))
t.start()
t.join()
print(out, e.is_set())
