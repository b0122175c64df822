"""Threads allocating hard: trees, lists, dicts, strings and big ints, built, checked and
dropped, with a few of each kept alive (and rechecked) across many collections.

Each thread checks every structure it built right after building it, and rechecks the ones
it kept; every thread also walks one tree that the main thread built and all of them share.
Nothing is shared for writing, so any difference is memory corruption. Meant to run with
KRAIT_GC_STRESS=1 as well."""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4
ITERATIONS = scaled(500, least=4)
DEPTH = 7
KEEP = 8  # structures each thread keeps alive at a time


class Node:
    def __init__(self, seed, left, right):
        self.seed = seed
        self.left = left
        self.right = right


def tree(depth, seed):
    """A tree whose nodes alternate between tuples, lists, instances and dicts by depth."""
    if depth == 0:
        return seed
    left = tree(depth - 1, seed * 2)
    right = tree(depth - 1, seed * 2 + 1)
    kind = depth % 4
    if kind == 0:
        return (seed, left, right)
    if kind == 1:
        return [seed, left, right]
    if kind == 2:
        return Node(seed, left, right)
    return {"seed": seed, "left": left, "right": right}


def check_tree(node, depth, seed):
    """The sum of the leaves; fails if any node is not what `tree(depth, seed)` built."""
    if depth == 0:
        if node != seed:
            fail(f"leaf {node!r}, expected {seed}")
        return seed
    kind = depth % 4
    if kind == 0 or kind == 1:
        if type(node) is not (tuple if kind == 0 else list) or len(node) != 3:
            fail(f"depth {depth}: {type(node).__name__} node, expected kind {kind}")
        s, left, right = node
    elif kind == 2:
        if type(node) is not Node:
            fail(f"depth {depth}: {type(node).__name__} node, expected Node")
        s, left, right = node.seed, node.left, node.right
    else:
        if type(node) is not dict or len(node) != 3:
            fail(f"depth {depth}: {type(node).__name__} node, expected dict")
        s, left, right = node["seed"], node["left"], node["right"]
    if s != seed:
        fail(f"depth {depth}: seed {s!r}, expected {seed}")
    return check_tree(left, depth - 1, seed * 2) + check_tree(right, depth - 1, seed * 2 + 1)


def leaf_sum(depth, seed):
    # The leaves are seed * 2**depth + 0 .. 2**depth - 1.
    n = 1 << depth
    return seed * n * n + n * (n - 1) // 2


def build(t, i):
    """One structure of each kind, with what it must still look like later."""
    seed = t * 1_000_000 + i
    n = 50 + i % 50
    return (
        seed,
        tree(DEPTH, seed),
        {k: str(k * seed) for k in range(n)},
        [[k] * (k % 7) for k in range(n)],
        "-".join(str(seed + k) for k in range(n)),
        3 ** (100 + i % 200),
        list(range(seed, seed + 5000)) if i % 25 == 0 else None,  # over 32 KiB
    )


def verify(t, i, entry):
    seed, tr, d, lists, text, big, long_list = entry
    n = 50 + i % 50
    if seed != t * 1_000_000 + i:
        fail(f"thread {t} entry {i}: seed {seed!r}")
    total = check_tree(tr, DEPTH, seed)
    if total != leaf_sum(DEPTH, seed):
        fail(f"thread {t} entry {i}: tree sum {total}, expected {leaf_sum(DEPTH, seed)}")
    if len(d) != n or any(d[k] != str(k * seed) for k in range(n)):
        fail(f"thread {t} entry {i}: dict is corrupt")
    if len(lists) != n or any(lists[k] != [k] * (k % 7) for k in range(n)):
        fail(f"thread {t} entry {i}: list of lists is corrupt")
    parts = text.split("-")
    if len(parts) != n or any(int(p) != seed + k for k, p in enumerate(parts)):
        fail(f"thread {t} entry {i}: string is corrupt")
    if big % 1_000_000_007 != pow(3, 100 + i % 200, 1_000_000_007):
        fail(f"thread {t} entry {i}: big int is corrupt")
    long_sum = 5000 * seed + 5000 * 4999 // 2
    if long_list is not None and (len(long_list) != 5000 or sum(long_list) != long_sum):
        fail(f"thread {t} entry {i}: long list is corrupt")


shared_tree = tree(DEPTH + 3, 7)


def storm(t):
    kept = [None] * KEEP
    for i in range(ITERATIONS):
        entry = build(t, i)
        verify(t, i, entry)
        if i % 5 == 0:
            kept[(i // 5) % KEEP] = (i, entry)
        if i % 20 == 0:
            for k in kept:
                if k is not None:
                    verify(t, k[0], k[1])
        if i % 100 == 0:
            check_tree(shared_tree, DEPTH + 3, 7)
    for k in kept:
        if k is not None:
            verify(t, k[0], k[1])
    return ITERATIONS


done = run_threads(storm, [(t,) for t in range(THREADS)])
check(check_tree(shared_tree, DEPTH + 3, 7) == leaf_sum(DEPTH + 3, 7), "shared tree is corrupt")
ok(f"structures={sum(done)}")
