"""Heap queue algorithm (a.k.a. priority queue), Krait's implementation.

Heaps are lists where ``heap[k] <= heap[2*k+1]`` and ``heap[k] <= heap[2*k+2]``; the
smallest item is ``heap[0]``. The sift operations compare items with ``<`` only and move
them exactly as CPython's do, so heaps print the same.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest",
           "nsmallest", "heappushpop"]


def _check_list(heap, name, numbered):
    if type(heap) is not list and not isinstance(heap, list):
        if numbered:
            raise TypeError("%s() argument 1 must be list, not %s"
                            % (name, type(heap).__name__))
        raise TypeError("%s() argument must be list, not %s" % (name, type(heap).__name__))


def _sift_down(heap, startpos, pos):
    """Moves the item at `pos` up towards `startpos` while it is smaller than its
    parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    """Moves the smaller child up until a leaf is reached, puts the item at `pos` there,
    then sifts it back down into place."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(*args, **kwargs):
    """Push item onto heap, maintaining the heap invariant."""
    if kwargs:
        raise TypeError("heappush() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("heappush expected 2 arguments, got %d" % len(args))
    heap, item = args
    _check_list(heap, "heappush", True)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop", False)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(*args, **kwargs):
    """Pop and return the smallest item, and add the new item (more efficient than a
    heappop() followed by heappush())."""
    if kwargs:
        raise TypeError("heapreplace() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("heapreplace expected 2 arguments, got %d" % len(args))
    heap, item = args
    _check_list(heap, "heapreplace", True)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(*args, **kwargs):
    """Push item on the heap, then pop and return the smallest item."""
    if kwargs:
        raise TypeError("heappushpop() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("heappushpop expected 2 arguments, got %d" % len(args))
    heap, item = args
    _check_list(heap, "heappushpop", True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(heap):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, "heapify", False)
    n = len(heap)
    for i in reversed(range(n // 2)):
        _sift_up(heap, i)


def _sift_down_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down_max(heap, startpos, pos)


def _heapify_max(heap):
    """Transform list into a max-heap, in-place."""
    for i in reversed(range(len(heap) // 2)):
        _sift_up_max(heap, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _sift_up_max(heap, 0)
    return returnitem


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator); equal items come
    in the order of their iterables."""
    sign = -1 if reverse else 1
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), order * sign, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items: ``sorted(iterable, key=key)[:n]``."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: ``sorted(iterable, key=key, reverse=True)[:n]``."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:n]
