# threading.Barrier: indices, the action once per round, repeated rounds, timeouts and
# the broken state, reset() and abort(), an action that raises, properties.
import threading
import time

events = []
guard = threading.Lock()


def log(x):
    with guard:
        events.append(x)


b = threading.Barrier(3, action=lambda: log("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []


def party():
    for _ in range(4):
        i = b.wait()
        log(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(events.count("action"), sorted(e for e in events if e != "action"))
print(b.n_waiting, b.broken)

# A barrier of one trips at once.
print(threading.Barrier(1).wait())

# Timeout: the waiter breaks the barrier; later waits fail at once.
b = threading.Barrier(2)
try:
    b.wait(0.01)
except threading.BrokenBarrierError as e:
    print("timed out:", type(e).__name__, repr(str(e)), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, b.n_waiting)

# The default timeout given to the constructor.
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("default timeout:", b.broken)

# reset() while a thread waits: it gets BrokenBarrierError; the barrier is usable again.
b = threading.Barrier(2)
outcome = []


def waiter():
    try:
        outcome.append(("passed", b.wait()))
    except threading.BrokenBarrierError:
        outcome.append("broken")


t = threading.Thread(target=waiter)
t.start()
while b.n_waiting == 0:
    time.sleep(0.001)
print("n_waiting:", b.n_waiting)
b.reset()
t.join()
print(outcome, b.broken, b.n_waiting)
t = threading.Thread(target=waiter)
t.start()
mine = b.wait()
t.join()
print(sorted([mine, outcome[-1][1]]))

# abort() while threads wait.
b = threading.Barrier(3)
outcome = []
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.abort()
for t in ts:
    t.join()
print(outcome, b.broken, b.n_waiting)

# An action that raises: that thread gets the exception, the others a broken barrier.
b = threading.Barrier(2, action=lambda: 1 / 0)
outcome = []


def party2():
    try:
        b.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")
    except ZeroDivisionError:
        outcome.append("ZeroDivisionError")


ts = [threading.Thread(target=party2) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcome), b.broken)

print(issubclass(threading.BrokenBarrierError, RuntimeError))
