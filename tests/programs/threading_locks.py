# Lock and RLock: acquire/release, non-blocking and timed acquisition, error messages,
# re-entrancy, ownership across threads, and mutual exclusion under contention.
import threading

lock = threading.Lock()
print(type(lock) is type(threading.Lock()), lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
print(lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
print(threading.ThreadError is RuntimeError)

# A plain lock may be released by another thread.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

# A lock held by another thread: timed and non-blocking attempts fail.
held = threading.Event()
done = threading.Event()


def holder(lk):
    with lk:
        held.set()
        done.wait()


t = threading.Thread(target=holder, args=(lock,))
t.start()
held.wait()
print("held elsewhere:", lock.acquire(False), lock.acquire(timeout=0.01))
done.set()
t.join()
print("free again:", lock.acquire(timeout=5))
lock.release()

# RLock: re-entrant for its owner only.
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with")

held.clear()
done.clear()
t = threading.Thread(target=holder, args=(r,))
t.start()
held.wait()
print("rlock held elsewhere:", r.acquire(False), r.acquire(timeout=0.01))
errors = []


def release_foreign():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))


t2 = threading.Thread(target=release_foreign)
t2.start()
t2.join()
print(errors)
done.set()
t.join()
print("rlock free again:", r.acquire(timeout=5))
r.release()

# Mutual exclusion: read-modify-write of a shared counter under each kind of lock.
for label, make in (("Lock", threading.Lock), ("RLock", threading.RLock)):
    guard = make()
    box = [0]

    def bump():
        for _ in range(300):
            with guard:
                v = box[0]
                box[0] = v + 1

    ts = [threading.Thread(target=bump) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(label, box[0])
