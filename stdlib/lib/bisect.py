"""Bisection algorithms for sorted lists (Krait's implementation)."""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left",
           "insort_right"]

_MISSING = object()


def _args(name, args, kwargs):
    """Parses ``(a, x, lo=0, hi=None, *, key=None)`` with CPython's messages."""
    names = ["a", "x", "lo", "hi"]
    if len(args) > 4:
        raise TypeError("%s() takes at most 4 positional arguments (%d given)"
                        % (name, len(args)))
    values = list(args) + [_MISSING] * (4 - len(args))
    key = None
    for k, v in kwargs.items():
        if k == "key":
            key = v
            continue
        if k not in names:
            raise TypeError("%r is an invalid keyword argument for %s()" % (k, name))
        i = names.index(k)
        if i < len(args):
            raise TypeError("argument for %s() given by name (%r) and position (%d)"
                            % (name, k, i + 1))
        values[i] = v
    for i in range(2):
        if values[i] is _MISSING:
            raise TypeError("%s() missing required argument %r (pos %d)"
                            % (name, names[i], i + 1))
    a, x, lo, hi = values
    lo = 0 if lo is _MISSING else _index(lo)
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is _MISSING or hi is None:
        hi = len(a)
    else:
        hi = _index(hi)
    return a, x, lo, hi, key


def _index(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return method(v)


def _right(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """The index where to insert x in a (sorted) to keep it sorted, after any equal
    items."""
    a, x, lo, hi, key = _args("bisect_right", args, kwargs)
    return _right(a, x, lo, hi, key)


def bisect_left(*args, **kwargs):
    """The index where to insert x in a (sorted) to keep it sorted, before any equal
    items."""
    a, x, lo, hi, key = _args("bisect_left", args, kwargs)
    return _left(a, x, lo, hi, key)


def insort_right(*args, **kwargs):
    """Insert x in a (sorted), after any equal items."""
    a, x, lo, hi, key = _args("insort_right", args, kwargs)
    i = _right(a, x if key is None else key(x), lo, hi, key)
    a.insert(i, x)


def insort_left(*args, **kwargs):
    """Insert x in a (sorted), before any equal items."""
    a, x, lo, hi, key = _args("insort_left", args, kwargs)
    i = _left(a, x if key is None else key(x), lo, hi, key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
