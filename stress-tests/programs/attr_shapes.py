"""Threads setting attributes on shared instances, racing the shape transitions.

Each round makes a fresh class (so its shape tree starts empty) and a batch of instances.
Every thread sets its own attribute names on every instance, visiting the instances and its
names in its own order, and one attribute they all share; some threads then delete one of
their attributes, which turns the instance's storage into a dict while others still add.
Readers look attributes up meanwhile: a lookup must find nothing or the value stored under
that very name, never the value of another slot.

At the end every attribute a thread set (and did not delete) is present with its value, the
deleted ones are gone, and `vars()` lists exactly the expected names."""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4
NAMES = 6  # attributes per thread
OBJECTS = 200
ROUNDS = scaled(30, least=2)

names = [[f"t{t}_{j}" for j in range(NAMES)] for t in range(THREADS)]


def value(t, j, idx):
    return (idx * THREADS + t) * NAMES + j


def deletes(t):
    """Whether thread `t` deletes its first attribute after setting them all."""
    return t % 2 == 1


def setter(t, objs):
    own = names[t]
    order = [(j + t) % NAMES for j in range(NAMES)]
    n = len(objs)
    start = t * n // THREADS
    step = 1 if t % 2 == 0 else -1
    for k in range(n):
        idx = (start + step * k) % n
        o = objs[idx]
        for j in order:
            setattr(o, own[j], value(t, j, idx))
        o.shared = t
        # Plain attribute syntax goes through the inline caches rather than setattr.
        o.last = idx
    if deletes(t):
        for idx, o in enumerate(objs):
            delattr(o, own[0])
    return n


def reader(stop, objs):
    reads = 0
    while not stop.is_set():
        for idx, o in enumerate(objs):
            for t in range(THREADS):
                for j in range(NAMES):
                    v = getattr(o, names[t][j], None)
                    if v is not None and v != value(t, j, idx):
                        fail(f"object {idx}.{names[t][j]} read {v!r}, stored {value(t, j, idx)}")
            s = getattr(o, "shared", 0)
            if type(s) is not int or not 0 <= s < THREADS:
                fail(f"object {idx}.shared read {s!r}")
            reads += 1
            if stop.is_set():
                break
    return reads


total_reads = 0
for r in range(ROUNDS):

    class Obj:
        pass

    objs = [Obj() for _ in range(OBJECTS)]
    results = run_threads(setter, [(t, objs) for t in range(THREADS)], readers=[(reader, (objs,))])
    total_reads += results[-1]
    for idx, o in enumerate(objs):
        want = {"shared", "last"}
        for t in range(THREADS):
            for j in range(NAMES):
                name = names[t][j]
                # None: deleted, so absent.
                expected = None if j == 0 and deletes(t) else value(t, j, idx)
                if expected is not None:
                    want.add(name)
                got = getattr(o, name, None)
                if got != expected:
                    fail(f"round {r}: object {idx}.{name} is {got!r}, expected {expected!r}")
        if not 0 <= o.shared < THREADS or o.last != idx:
            fail(f"round {r}: object {idx}: shared={o.shared!r} last={o.last!r}")
        if set(vars(o)) != want:
            fail(f"round {r}: object {idx} has {sorted(vars(o))}, expected {sorted(want)}")
ok(f"rounds={ROUNDS} reads={total_reads}")
