# queue between threads: producers and consumers with task_done/join, a bounded queue
# blocking its producer, a timed get woken by a put, LIFO and priority queues fed by
# threads, SimpleQueue with several consumers.
import queue
import threading

# Producers and consumers, stopped by sentinels after join().
q = queue.Queue(maxsize=5)
results = []
guard = threading.Lock()


def producer(base):
    for i in range(50):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with guard:
            results.append(item * 2)
        q.task_done()


producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all processed:", len(results), q.unfinished_tasks, q.empty())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sorted(results) == sorted(2 * (k * 1000 + i) for k in range(3) for i in range(50)))

# join() waits for task_done() from a worker.
q = queue.Queue()
log = []


def worker():
    while True:
        item = q.get()
        log.append("did %s" % item)
        q.task_done()
        if item == "last":
            break


w = threading.Thread(target=worker)
w.start()
for item in ("a", "b", "last"):
    q.put(item)
q.join()
log.append("joined")
w.join()
print(log)

# A full queue blocks its producer until a consumer makes room.
q = queue.Queue(maxsize=1)
q.put("first")
blocked = threading.Event()
put_done = []


def pusher():
    blocked.set()
    q.put("second")
    put_done.append(True)


t = threading.Thread(target=pusher)
t.start()
blocked.wait()
print(q.get(), end=" ")
t.join()
print(put_done, q.get())
t = threading.Thread(target=lambda: q.put("timed", timeout=10))
q.put("fill")
t.start()
print(q.get(), end=" ")
t.join()
print(q.get())

# A timed get woken by a put from another thread.
q = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=10)))
t.start()
q.put("hello")
t.join()
print(got)

# Timeouts between threads.
q = queue.Queue(maxsize=1)
q.put(0)
errors = []


def try_put():
    try:
        q.put(1, timeout=0.01)
    except queue.Full:
        errors.append("Full")


def try_get(qq):
    try:
        qq.get(timeout=0.01)
    except queue.Empty:
        errors.append("Empty")


for t in (threading.Thread(target=try_put), threading.Thread(target=try_get, args=(queue.Queue(),))):
    t.start()
    t.join()
print(errors)

# Priority and LIFO queues filled by several threads, drained in order.
pq = queue.PriorityQueue()
lq = queue.LifoQueue()
fillers = [threading.Thread(target=lambda k=k: [pq.put((i * 7 + k) % 40) for i in range(10)])
           for k in range(4)]
for t in fillers:
    t.start()
for t in fillers:
    t.join()
drained = [pq.get() for _ in range(pq.qsize())]
print(drained == sorted(drained), len(drained))
t = threading.Thread(target=lambda: [lq.put(i) for i in range(5)])
t.start()
t.join()
print([lq.get() for _ in range(5)])

# SimpleQueue with several consumers.
sq = queue.SimpleQueue()
taken = []


def take():
    while True:
        item = sq.get()
        if item is None:
            return
        with guard:
            taken.append(item)


ts = [threading.Thread(target=take) for _ in range(3)]
for t in ts:
    t.start()
for i in range(200):
    sq.put(i)
for _ in ts:
    sq.put(None)
for t in ts:
    t.join()
print(sorted(taken) == list(range(200)), sq.empty())
