"""Threads iterating a list, a dict and a set while other threads mutate them.

An iteration must either complete or raise the RuntimeError CPython raises for that
container ("dictionary changed size during iteration", "dictionary keys changed during
iteration", "Set changed size during iteration"; a list iteration never raises), and may
only produce items that some thread stored. Building a list from the dict or set iterates
too and may raise the same errors; `copy()` and slicing take a snapshot and must not raise.

Every item is an int below UNIVERSE; a dict value is `key * 16 + thread`, naming the key and
the mutator that stored it."""

from _stress import fail, ok, run_threads, scaled

UNIVERSE = 512
MUTATORS = 2
STEPS = scaled(200000, least=200)

DICT_ERRORS = (
    "dictionary changed size during iteration",
    "dictionary keys changed during iteration",
)
SET_ERRORS = ("Set changed size during iteration",)

lst = list(range(0, UNIVERSE, 2))
d = {k: k * 16 for k in range(0, UNIVERSE, 2)}
s = set(range(0, UNIVERSE, 2))


def mutate(t):
    x = t
    for i in range(STEPS):
        x = (x * 5 + 2 * t + 1) % UNIVERSE
        y = (x * 3 + 7) % UNIVERSE
        op = i & 3
        if op == 0:
            lst.append(x)
            d[x] = x * 16 + t
            s.add(x)
        elif op == 1:
            try:
                lst.pop()
            except IndexError:
                pass
            d.pop(y, None)
            s.discard(y)
        elif op == 2:
            lst.insert(i % 17, x)
            d.setdefault(x, x * 16 + t)
            s.add(x)
        else:
            try:
                lst.pop(0)
            except IndexError:
                pass
            d.pop(x, None)
            s.discard(x)


def bad_item(x):
    return type(x) is not int or not 0 <= x < UNIVERSE


def bad_pair(k, v):
    return bad_item(k) or type(v) is not int or v >> 4 != k or (v & 15) >= MUTATORS


def bad_value(v):
    return type(v) is not int or bad_pair(v >> 4, v)


def iterate_once(kind):
    """One iteration of kind `kind` (0 to 5), which may raise the allowed RuntimeErrors."""
    if kind == 0:
        for k in d:
            if bad_item(k):
                fail(f"dict iteration produced key {k!r}")
    elif kind == 1:
        for k, v in d.items():
            if bad_pair(k, v):
                fail(f"dict items produced {k!r}: {v!r}")
    elif kind == 2:
        for v in d.values():
            if bad_value(v):
                fail(f"dict values produced {v!r}")
    elif kind == 3:
        for k in list(d):
            if bad_item(k):
                fail(f"list(dict) produced {k!r}")
    elif kind == 4:
        for x in s:
            if bad_item(x):
                fail(f"set iteration produced {x!r}")
    else:
        for x in list(s):
            if bad_item(x):
                fail(f"list(set) produced {x!r}")


def iterate(stop):
    done = errors = 0
    while not stop.is_set():
        for x in lst:
            if bad_item(x):
                fail(f"list iteration produced {x!r}")
        for x in lst[:]:
            if bad_item(x):
                fail(f"list slice holds {x!r}")
        for k, v in d.copy().items():
            if bad_pair(k, v):
                fail(f"dict copy holds {k!r}: {v!r}")
        for x in s.copy():
            if bad_item(x):
                fail(f"set copy holds {x!r}")
        done += 4
        for kind in range(6):
            try:
                iterate_once(kind)
                done += 1
            except RuntimeError as e:
                if str(e) not in (SET_ERRORS if kind >= 4 else DICT_ERRORS):
                    fail(f"iteration of kind {kind} raised RuntimeError({str(e)!r})")
                errors += 1
    return done, errors


results = run_threads(mutate, [(t,) for t in range(MUTATORS)], readers=[(iterate, ())] * 2)
iterations = sum(r[0] for r in results[MUTATORS:])
errors = sum(r[1] for r in results[MUTATORS:])
for x in lst:
    if bad_item(x):
        fail(f"list holds {x!r}")
for k, v in d.items():
    if bad_pair(k, v):
        fail(f"dict holds {k!r}: {v!r}")
if any(bad_item(x) for x in s):
    fail(f"set holds {sorted(x for x in s if bad_item(x))}")
ok(f"iterations={iterations} errors={errors}")
