# queue without contention: FIFO, LIFO and priority order, maxsize, full/empty/qsize,
# the non-blocking and timed variants with Full/Empty, argument errors, task_done
# accounting, SimpleQueue, and a subclass that changes the storage.
import queue

q = queue.Queue()
for x in "abc":
    q.put(x)
print(q.qsize(), q.empty(), q.full(), q.maxsize, [q.get() for _ in range(3)], q.empty())

lq = queue.LifoQueue()
for x in range(5):
    lq.put(x)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (0, "wake")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
for x in [9, 2, 7, 2, 5, 0]:
    pq.put_nowait(x)
print([pq.get_nowait() for _ in range(6)])

# A bounded queue.
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2, block=False)
print(q.full(), q.qsize())
for action in (lambda: q.put(3, timeout=0.01), lambda: q.put_nowait(3),
               lambda: q.put(3, False), lambda: q.put(3, False, -1)):
    try:
        action()
    except queue.Full as e:
        print("Full", repr(str(e)))
print(q.get(), q.get(timeout=0.01), q.get_nowait() if not q.empty() else "nothing left")
for action in (lambda: q.get(timeout=0.01), q.get_nowait, lambda: q.get(False),
               lambda: q.get(block=False, timeout=-1)):
    try:
        action()
    except queue.Empty as e:
        print("Empty", repr(str(e)))
for action in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
print(q.qsize())
print(queue.Queue(-1).full(), queue.Queue(0).full())

# task_done/join accounting.
q = queue.Queue()
q.join()
q.put("a")
q.put("b")
print(q.unfinished_tasks)
q.get()
q.task_done()
q.get()
q.task_done()
q.join()
print(q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# SimpleQueue.
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in range(3):
    sq.put(x)
sq.put_nowait(3)
sq.put(4, block=False, timeout=1)
print(sq.qsize(), [sq.get() for _ in range(4)], sq.get_nowait(), sq.empty())
for action in (lambda: sq.get(timeout=0.01), sq.get_nowait, lambda: sq.get(False)):
    try:
        action()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))


# A subclass that keeps items sorted in reverse, through the storage hooks.
class ReverseQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop(0)


rq = ReverseQueue(maxsize=3)
for x in (2, 9, 4):
    rq.put(x)
print(rq.full(), [rq.get() for _ in range(3)])
