# threading.Condition: producer/consumer, notify(n) wakes exactly n waiters, notify_all,
# wait and wait_for timeouts, Lock- and RLock-based conditions, misuse errors.
import threading
import time

# Producer/consumer over a list guarded by a condition.
cond = threading.Condition()
items = []
consumed = []


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


cs = [threading.Thread(target=consumer, args=(25,)) for _ in range(4)]
for t in cs:
    t.start()
for i in range(100):
    with cond:
        items.append(i)
        cond.notify()
for t in cs:
    t.join()
print(len(consumed), sorted(consumed) == list(range(100)), items)

# notify(n) wakes exactly n of the waiters; notify_all wakes the rest.
for make_lock in (threading.Lock, threading.RLock, None):
    cond = threading.Condition(make_lock() if make_lock else None)
    state = {"waiting": 0, "woken": 0}

    def waiter():
        with cond:
            state["waiting"] += 1
            cond.wait()
            state["woken"] += 1

    ws = [threading.Thread(target=waiter) for _ in range(5)]
    for t in ws:
        t.start()
    while True:
        with cond:
            if state["waiting"] == 5:
                break
        time.sleep(0.001)
    with cond:
        cond.notify(2)
    while True:
        with cond:
            if state["woken"] == 2:
                break
        time.sleep(0.001)
    time.sleep(0.01)
    with cond:
        after_two = state["woken"]
        cond.notify_all()
    for t in ws:
        t.join()
    print("woken:", after_two, state["woken"])

# Timeouts.
cond = threading.Condition()
with cond:
    print("wait:", cond.wait(0.01), cond.wait(0), cond.wait(-1))
    print("wait_for:", cond.wait_for(lambda: 0, 0.01), cond.wait_for(lambda: "ready", 0.01),
          cond.wait_for(lambda: [], 0))
    cond.notify()
    cond.notify_all()

# A notification that arrives before the timeout.
cond = threading.Condition()
flag = []


def setter():
    with cond:
        flag.append(1)
        cond.notify_all()


with cond:
    threading.Thread(target=setter).start()
    print("notified in time:", cond.wait_for(lambda: flag, 10))

# Waiting on an RLock acquired twice releases it completely and restores the count.
r = threading.RLock()
cond = threading.Condition(r)
got = []


def grab():
    got.append(r.acquire(timeout=5))
    with cond:
        cond.notify()
    r.release()


with cond:
    with cond:
        t = threading.Thread(target=grab)
        t.start()
        print("nested wait:", cond.wait(10), r._is_owned())
    t.join()
    print("still owned after the inner exit:", r._is_owned())
print("other thread got the lock:", got, r._is_owned())

# Misuse.
for cond in (threading.Condition(), threading.Condition(threading.Lock())):
    for action in (cond.wait, cond.notify, cond.notify_all):
        try:
            action()
        except RuntimeError as e:
            print("RuntimeError:", e)
c = threading.Condition(threading.Lock())
print(c.acquire(), c.acquire(False))
c.release()
with c:
    print(repr(c).startswith("<Condition(<locked _thread.lock object"))
