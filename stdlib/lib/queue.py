"""A multi-producer, multi-consumer queue, Krait's implementation.

`Queue` (first in, first out), `LifoQueue` (last in, first out) and `PriorityQueue`
(lowest first) share one mutex and three conditions over it: "not empty" for getters,
"not full" for putters and "all tasks done" for join(). Subclasses change the storage by
overriding `_init`, `_qsize`, `_put` and `_get`, which are always called with the mutex
held. `SimpleQueue` is an unbounded FIFO without task tracking.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete.

        Used by consumer threads: for each get() used to fetch a task, a subsequent call
        to task_done() tells the queue that the processing of the task is complete. When
        the count of unfinished tasks drops to zero, join() unblocks. Raises ValueError
        if called more times than there were items placed in the queue.
        """
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError("task_done() called too many times")
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Blocks until all items in the Queue have been gotten and processed.

        The count of unfinished tasks goes up whenever an item is added to the queue and
        down whenever a consumer thread calls task_done().
        """
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue.

        If `block` is true and `timeout` is None (the default), block if necessary until
        a free slot is available. With a non-negative timeout, block at most that many
        seconds and raise Full if no free slot was available in that time. Without
        `block`, put the item if a free slot is immediately available, else raise Full
        (the timeout is then ignored).
        """
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If `block` is true and `timeout` is None (the default), block if necessary until
        an item is available. With a non-negative timeout, block at most that many
        seconds and raise Empty if no item was available in that time. Without `block`,
        return an item if one is immediately available, else raise Empty (the timeout is
        then ignored).
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item into the queue without blocking: raise Full if no free slot is
        immediately available."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking: raise Empty if
        none is immediately available."""
        return self.get(block=False)

    # Storage; called with the mutex held. Override these to change the queue's order.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form: (priority number, data).
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue.

    put() never blocks; there is no task tracking (task_done() and join()). Unlike
    CPython's, put() takes a lock, so it is not reentrant (Krait runs no finalizers or
    signal handlers in the middle of it).
    """

    def __init__(self):
        self._queue = deque()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue.

        The optional `block` and `timeout` arguments are ignored, as this method never
        blocks. They are provided for compatibility with the Queue class.
        """
        with self._mutex:
            self._queue.append(item)
            self._not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If `block` is true and `timeout` is None (the default), block if necessary until
        an item is available. With a non-negative timeout, block at most that many
        seconds and raise Empty if no item was available in that time. Without `block`,
        return an item if one is immediately available, else raise Empty.
        """
        if block and timeout is not None:
            _check_timeout(timeout)
        with self._mutex:
            if not self._queue:
                if not block:
                    raise Empty
                if timeout is None:
                    while not self._queue:
                        self._not_empty.wait()
                elif not self._not_empty.wait_for(self._has_items, timeout):
                    raise Empty
            return self._queue.popleft()

    def _has_items(self):
        return bool(self._queue)

    def put_nowait(self, item):
        """Put an item into the queue without blocking (as put())."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking: raise Empty if
        none is immediately available."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return not self._queue

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return len(self._queue)
