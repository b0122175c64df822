"""Garbage collector interface.

Krait's collector traces the heap (a copying young generation and a mark-sweep old one);
there are no reference counts and no CPython-style generations. This module offers
CPython's interface over it: collect() runs a full collection; enable()/disable() and the
thresholds are recorded but the collector runs when its own memory budget says so;
get_objects() and the referrer queries are not available.
"""

import _gc

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_state = {"enabled": True, "threshold": (700, 10, 10), "debug": 0}


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def enable():
    """Enable automatic garbage collection."""
    _state["enabled"] = True


def disable():
    """Disable automatic garbage collection."""
    _state["enabled"] = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _state["enabled"]


def collect(generation=2):
    """Run the garbage collector; returns the number of unreachable objects found (Krait
    does not count them: 0)."""
    generation = _index(generation)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    info = {"generation": generation, "collected": 0, "uncollectable": 0}
    for cb in list(callbacks):
        cb("start", info)
    _gc.collect()
    for cb in list(callbacks):
        cb("stop", info)
    return 0


def get_count():
    """Return a three-tuple of the current collection counts."""
    return (0, 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return _state["threshold"]


def set_threshold(threshold0, *rest):
    """Set the collection thresholds (recorded; Krait's collector has its own policy)."""
    if len(rest) > 2:
        raise TypeError("set_threshold() takes at most 3 arguments (%d given)" % (1 + len(rest)))
    old = _state["threshold"]
    values = [_index(threshold0)] + [_index(v) for v in rest]
    values += list(old[len(values):])
    _state["threshold"] = tuple(values)


def get_debug():
    """Get the garbage collection debugging flags."""
    return _state["debug"]


def set_debug(flags):
    """Set the garbage collection debugging flags."""
    _state["debug"] = _index(flags)


def get_stats():
    """Return a list of dictionaries with statistics about each generation."""
    minor, major, _, _ = _gc.counts()
    return [
        {"collections": minor, "collected": 0, "uncollectable": 0},
        {"collections": 0, "collected": 0, "uncollectable": 0},
        {"collections": major, "collected": 0, "uncollectable": 0},
    ]


def get_pause_stats():
    """Krait extension: the collector's pauses since startup, as a dict. Times are in
    seconds: each pause stops every thread, and its time-to-safepoint ("ttsp") is how long
    the threads took to stop. `-X gc-stats` prints the same figures at exit."""
    (minor, major, total, longest, p50, p99,
     ttsp50, ttsp99, ttspmax, heap, peak) = _gc.pause_stats()
    return {
        "minor_collections": minor,
        "major_collections": major,
        "pause_total": total / 1e9,
        "pause_max": longest / 1e9,
        "pause_p50": p50 / 1e9,
        "pause_p99": p99 / 1e9,
        "ttsp_p50": ttsp50 / 1e9,
        "ttsp_p99": ttsp99 / 1e9,
        "ttsp_max": ttspmax / 1e9,
        "heap_bytes": heap,
        "heap_peak_bytes": peak,
    }


def is_tracked(obj):
    """Returns true if the object is tracked by the garbage collector (as CPython: not
    atomic values, and not dicts holding only atomic values)."""
    if isinstance(obj, (int, float, complex, str, bytes, type(None))):
        return False
    if type(obj) is dict:
        return any(is_tracked(k) or is_tracked(v) for k, v in obj.items())
    return True


def is_finalized(obj):
    """Returns true if the object has been already finalized by the GC."""
    return False


def freeze():
    """Freeze all current tracked objects (no effect in Krait)."""


def unfreeze():
    """Unfreeze all objects in the permanent generation (no effect in Krait)."""


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return 0
