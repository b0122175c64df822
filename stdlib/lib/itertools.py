"""Functional tools for creating and using iterators (Krait's implementation).

Each iterator is a class with ``__iter__``/``__next__``; argument checking reproduces
CPython 3.11's messages, so errors read the same.
"""

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
    "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
    "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest",
]

_sys_maxsize = 2 ** 63 - 1


# --- Argument parsing with CPython's messages ---------------------------------------------


def _no_kw(name, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)


def _positional(name, args, kwargs, lo, hi):
    """Positional-only arguments, reported as ``name expected k arguments, got n``."""
    _no_kw(name, kwargs)
    n = len(args)
    if n < lo or n > hi:
        if lo == hi:
            msg = "%s expected %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n)
        elif n < lo:
            msg = "%s expected at least %d argument%s, got %d" % (
                name, lo, "" if lo == 1 else "s", n)
        else:
            msg = "%s expected at most %d argument%s, got %d" % (
                name, hi, "" if hi == 1 else "s", n)
        raise TypeError(msg)


def _clinic(name, args, kwargs, names, required):
    """Arguments that may also be given by keyword (CPython's argument clinic)."""
    total = len(args) + len(kwargs)
    if total > len(names):
        raise TypeError("%s() takes at most %d argument%s (%d given)" % (
            name, len(names), "" if len(names) == 1 else "s", total))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("%r is an invalid keyword argument for %s()" % (key, name))
        i = names.index(key)
        if i < len(args):
            raise TypeError("argument for %s() given by name (%r) and position (%d)" % (
                name, key, i + 1))
        values[i] = value
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError("%s() missing required argument %r (pos %d)" % (
                name, names[i], i + 1))
    return values


_MISSING = object()


def _index(value):
    """An int from `value` via ``__index__`` (TypeError otherwise)."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# --- Infinite iterators ------------------------------------------------------------------


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __new__(cls, *args, **kwargs):
        start, step = _clinic("count", args, kwargs, ["start", "step"], 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), "__add__"):
                raise TypeError("a number is required")
            if isinstance(v, (str, bytes, list, tuple)):
                raise TypeError("a number is required")
        self = object.__new__(cls)
        self._cur = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cur
        self._cur = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return "%s(%r)" % (name, self._cur)
        return "%s(%r, %r)" % (name, self._cur, step)

    def __reduce__(self):
        return type(self), (self._cur, self._step)


class cycle:
    """cycle(iterable) --> the items of iterable, then repeated forever."""

    def __new__(cls, *args, **kwargs):
        _positional("cycle", args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._first_pass = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, times times (forever if times is omitted)."""

    def __new__(cls, *args, **kwargs):
        obj, times = _clinic("repeat", args, kwargs, ["object", "times"], 1)
        self = object.__new__(cls)
        self._obj = obj
        if times is _MISSING:
            self._left = None
        else:
            self._left = max(_index(times), 0)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "%s(%r)" % (type(self).__name__, self._obj)
        return "%s(%r, %d)" % (type(self).__name__, self._obj, self._left)

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._left)


# --- Iterators terminating on the shortest input -------------------------------------------


class accumulate:
    """accumulate(iterable, func=None, *, initial=None) --> running totals."""

    def __new__(cls, *args, **kwargs):
        if len(args) > 2:
            raise TypeError("accumulate() takes at most 2 positional arguments (%d given)"
                            % len(args))
        iterable, func, initial = _clinic(
            "accumulate", args, kwargs, ["iterable", "func", "initial"], 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = None if initial is _MISSING else initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next..."""

    def __new__(cls, *args, **kwargs):
        _no_kw("chain", kwargs)
        self = object.__new__(cls)
        self._sources = iter(args)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("chain.from_iterable() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one argument (%d given)"
                            % len(args))
        self = object.__new__(cls)
        self._sources = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress:
    """compress(data, selectors) --> the items of data whose selector is true."""

    def __new__(cls, *args, **kwargs):
        data, selectors = _clinic("compress", args, kwargs, ["data", "selectors"], 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable) --> the items after predicate first fails."""

    def __new__(cls, *args, **kwargs):
        _positional("dropwhile", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            while True:
                item = next(self._it)
                if not self._pred(item):
                    self._dropping = False
                    return item
        return next(self._it)


class takewhile:
    """takewhile(predicate, iterable) --> the items while predicate holds."""

    def __new__(cls, *args, **kwargs):
        _positional("takewhile", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._done = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> the items for which function is false."""

    def __new__(cls, *args, **kwargs):
        _positional("filterfalse", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._func = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        while True:
            item = next(self._it)
            keep = item if func is None or func is bool else func(item)
            if not keep:
                return item


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs of consecutive equal keys."""

    def __new__(cls, *args, **kwargs):
        iterable, key = _clinic("groupby", args, kwargs, ["iterable", "key"], 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING or key is None else key
        # The look-ahead item (not yet given to any group) and its key.
        self._currvalue = self._currkey = _MISSING
        self._tgtkey = _MISSING
        self._marker = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        # A new group invalidates the previous group's iterator.
        self._marker = object()
        while True:
            if self._currvalue is _MISSING:
                self._step()
            if self._tgtkey is _MISSING or not self._currkey == self._tgtkey:
                break
            # Skip what is left of the current group.
            self._currvalue = _MISSING
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._marker))


class _grouper:
    """The items of one group of a groupby (exhausted once the groupby moves on)."""

    def __init__(self, parent, tgtkey, marker):
        self._parent = parent
        self._tgtkey = tgtkey
        self._marker = marker

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._marker is not self._marker:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not parent._currkey == self._tgtkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items."""

    def __new__(cls, *args, **kwargs):
        _no_kw("islice", kwargs)
        n = len(args)
        if n < 2:
            raise TypeError("islice expected at least 2 arguments, got %d" % n)
        if n > 4:
            raise TypeError("islice expected at most 4 arguments, got %d" % n)
        if n == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if n == 4 else None
        stop_err = ("Stop argument for islice() must be None or an integer: "
                    "0 <= x <= sys.maxsize.")
        idx_err = ("Indices for islice() must be None or an integer: "
                   "0 <= x <= sys.maxsize.")
        stop_v = _slice_arg(stop, stop_err)
        start_v = _slice_arg(start, idx_err)
        step_v = _slice_arg(step, "Step for islice() must be a positive integer or None.")
        if start_v is None:
            start_v = 0
        if step_v is None:
            step_v = 1
        if step_v == 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next = start_v
        self._stop = stop_v
        self._step = step_v
        self._pos = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._pos < self._next:
            if stop is not None and self._pos >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        if stop is not None and self._pos >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


def _slice_arg(value, message):
    if value is None:
        return None
    try:
        v = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if v < 0 or v > _sys_maxsize:
        raise ValueError(message)
    return v


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __new__(cls, *args, **kwargs):
        _positional("pairwise", args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._old = _MISSING
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _MISSING:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._old, new)
        self._old = new
        return pair


class starmap:
    """starmap(function, iterable) --> function(*a), function(*b), ..."""

    def __new__(cls, *args, **kwargs):
        _positional("starmap", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._func = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = tuple(next(self._it))
        return self._func(*args)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples until the longest is exhausted."""

    def __new__(cls, *args, **kwargs):
        fill = None
        for key, value in kwargs.items():
            if key != "fillvalue" or len(kwargs) > 1:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fill = value
        self = object.__new__(cls)
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fill
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


def tee(*args, **kwargs):
    """tee(iterable, n=2) --> n independent iterators over one iterable."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    _positional("tee", args, {}, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    source = args[0]
    if isinstance(source, _tee):
        shared = source._shared
        first = _tee(shared, source._pos)
    else:
        shared = _TeeShared(iter(source))
        first = _tee(shared, 0)
    result = [first]
    for _ in range(n - 1):
        result.append(_tee(shared, first._pos))
    return tuple(result)


class _TeeShared:
    """The buffer shared by the iterators of one tee."""

    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.offset = 0
        self.readers = []

    def get(self, pos):
        index = pos - self.offset
        while index >= len(self.buffer):
            self.buffer.append(next(self.it))
        return self.buffer[index]


class _tee:
    """One iterator of a tee (copyable with ``__copy__``)."""

    def __init__(self, shared, pos):
        self._shared = shared
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        value = self._shared.get(self._pos)
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self._shared, self._pos)


_tee.__name__ = _tee.__qualname__ = "_tee"


# --- Combinatoric iterators ------------------------------------------------------------------


class product:
    """product(*iterables, repeat=1) --> the cartesian product, as tuples."""

    def __new__(cls, *args, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != "repeat":
                raise TypeError("%r is an invalid keyword argument for product()" % key)
            repeat = _index(value)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in args] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._done = any(len(p) == 0 for p in pools)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                return tuple(pools[k][indices[k]] for k in range(len(pools)))
            indices[i] = 0
            i -= 1
        self._done = True
        raise StopIteration


def _r_argument(name, r, n, default_n):
    if r is _MISSING or r is None:
        if default_n:
            return n
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations:
    """permutations(iterable, r=None) --> successive r-length permutations, as tuples."""

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic("permutations", args, kwargs, ["iterable", "r"], 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is not _MISSING and r is not None and not isinstance(r, int):
            raise TypeError("Expected int as r")
        r = _r_argument("permutations", r, n, True)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r) --> r-length subsequences, in lexicographic order."""

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic("combinations", args, kwargs, ["iterable", "r"], 2)
        pool = tuple(iterable)
        r = _r_argument("combinations", r, len(pool), False)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> r-length subsequences allowing
    repeated elements."""

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic("combinations_with_replacement", args, kwargs,
                              ["iterable", "r"], 2)
        pool = tuple(iterable)
        r = _r_argument("combinations_with_replacement", r, len(pool), False)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = len(pool) == 0 and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[k] for k in indices)
