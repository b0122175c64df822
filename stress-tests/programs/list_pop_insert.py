"""Tokens moved between shared lists with `pop`, `insert`, `append` and `remove`.

Every token is always in exactly one list or held by exactly one thread, which puts it back
before taking another; a failed `pop` (IndexError) or `remove` (ValueError) of an element
another thread took first is expected. At the end the lists hold every token exactly once."""

from _stress import check, fail, ok, run_threads, scaled

THREADS = 4
LISTS = 3
TOKENS = 300
MOVES = scaled(120000, least=100)

lists = [list(range(k, TOKENS, LISTS)) for k in range(LISTS)]


def move(t):
    moved = misses = 0
    for i in range(MOVES):
        src = lists[(i + t) % LISTS]
        dst = lists[(i * 7 + t + 1) % LISTS]
        op = (i + t) % 4
        try:
            if op == 0:
                token = src.pop()
            elif op == 1:
                token = src.pop(0)
            elif op == 2:
                token = src.pop((i * 31) % (len(src) or 1))
            else:
                token = (i * 13 + t) % TOKENS
                src.remove(token)
        except (IndexError, ValueError):
            misses += 1
            continue
        if type(token) is not int or not 0 <= token < TOKENS:
            fail(f"took {token!r}, which is not a token")
        if i % 2 == 0:
            dst.append(token)
        else:
            dst.insert((i * 17) % (len(dst) + 1), token)
        moved += 1
    return moved, misses


results = run_threads(move, [(t,) for t in range(THREADS)])
everything = sorted(x for l in lists for x in l)
check(everything == list(range(TOKENS)),
      f"{len(everything)} tokens, {len(set(everything))} distinct, expected {TOKENS}")
ok(f"moved={sum(r[0] for r in results)} misses={sum(r[1] for r in results)}")
