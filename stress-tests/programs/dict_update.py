"""Threads updating one dict: disjoint keys, the same keys, and tokens moved between keys.

1. Disjoint keys: each thread stores, deletes and re-inserts (with `setdefault`) its own
   keys; the final contents are exactly the expected ones.
2. Same keys: every thread stores, reads, `setdefault`s and `pop`s the same few keys, and
   stores values that name the key, the thread and the step. Every value read or left over
   must have been written for that key by that thread at that step.
3. Conservation: tokens start in half of the slots; threads `pop` a token from a slot and
   put it back into a free slot with `setdefault` (which stores only if the slot is empty).
   At the end every token is in exactly one slot.
"""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4

# --- 1. Disjoint keys ---

PER_THREAD = scaled(40000, least=20)
disjoint = {}


def own_keys(t):
    d = disjoint
    base = t * PER_THREAD
    for k in range(base, base + PER_THREAD):
        d[k] = k * 7
    for k in range(base + 1, base + PER_THREAD, 2):
        del d[k]
    for k in range(base, base + PER_THREAD):
        v = d.setdefault(k, -k)
        if v != (k * 7 if k % 2 == base % 2 else -k):
            fail(f"setdefault({k}) returned {v!r}")


run_threads(own_keys, [(t,) for t in range(THREADS)])
check(len(disjoint) == THREADS * PER_THREAD,
      f"{len(disjoint)} keys, expected {THREADS * PER_THREAD}")
for t in range(THREADS):
    base = t * PER_THREAD
    for k in range(base, base + PER_THREAD):
        want = k * 7 if (k - base) % 2 == 0 else -k
        got = disjoint.get(k, "missing")
        if got != want:
            fail(f"key {k}: {got!r}, expected {want}")

# --- 2. Same keys ---

KEYS = 61
STEPS = scaled(60000, least=50)
same = {}


def key_of(t, i):
    return (i * (2 * t + 1) + t) % KEYS


def valid(k, v):
    """Whether `v` is a value some thread wrote for key `k`."""
    return (
        type(v) is tuple
        and len(v) == 3
        and v[0] == k
        and 0 <= v[1] < THREADS
        and 0 <= v[2] < STEPS
        and key_of(v[1], v[2]) == k
    )


def same_keys(t):
    d = same
    for i in range(STEPS):
        k = key_of(t, i)
        op = i & 3
        if op == 0:
            d[k] = (k, t, i)
        elif op == 1:
            v = d.get(k)
            if v is not None and not valid(k, v):
                fail(f"get({k}) returned {v!r}")
        elif op == 2:
            v = d.setdefault(k, (k, t, i))
            if not valid(k, v):
                fail(f"setdefault({k}) returned {v!r}")
        else:
            v = d.pop(k, None)
            if v is not None and not valid(k, v):
                fail(f"pop({k}) returned {v!r}")


run_threads(same_keys, [(t,) for t in range(THREADS)])
check(len(same) == len(list(same)) <= KEYS, f"len {len(same)}, keys {list(same)}")
for k, v in same.items():
    check(type(k) is int and 0 <= k < KEYS, f"key {k!r} was never stored")
    check(valid(k, v), f"key {k}: value {v!r} was never stored for it")

# --- 3. Conservation of tokens ---

SLOTS = 64
TOKENS = SLOTS // 2
MOVES = scaled(40000, least=50)
slots = {2 * i: 1000 + i for i in range(TOKENS)}


def move_tokens(t):
    d = slots
    moved = 0
    k = t * 5
    for _ in range(MOVES):
        k = (k + 2 * t + 1) % SLOTS
        token = d.pop(k, None)
        if token is None:
            continue
        j = (k * 7 + t) % SLOTS
        # Free slots always exist: a held token occupies none.
        while (got := d.setdefault(j, token)) != token:
            if type(got) is not int or not 1000 <= got < 1000 + TOKENS:
                fail(f"slot {j} holds {got!r}, which is not a token")
            j = (j + 1) % SLOTS
        moved += 1
    return moved


moves = run_threads(move_tokens, [(t,) for t in range(THREADS)])
check(sorted(slots.values()) == list(range(1000, 1000 + TOKENS)),
      f"tokens now {sorted(slots.values())}")
check(all(0 <= k < SLOTS for k in slots), f"slots {sorted(slots)}")
ok(f"moves={sum(moves)}")
