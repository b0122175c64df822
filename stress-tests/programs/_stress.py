"""Helpers shared by the stress programs (the harness runs only files not starting with `_`).

A program is `python3 NAME.py [SCALE]`: it sizes its work with `scaled`, runs its threads with
`run_threads`, checks its invariants and ends with `ok()`, which prints the one line
`ok NAME [details]`. Any violation goes through `fail`, which prints the details and exits
with status 1; an exception in a worker thread fails the program too.
"""

import sys
import threading

NAME = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".py")
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

# CPython switches threads every 5 ms; switching far more often makes its runs interleave
# finely enough to exercise the checks. Runtimes without a GIL ignore it.
sys.setswitchinterval(1e-5)


def scaled(n, least=1):
    """The count `n` of a run at scale 1, multiplied by the scale, and at least `least`."""
    return max(least, int(n * SCALE))


class Violation(Exception):
    """A violated invariant found by a worker thread, which must not exit the program."""


def fail(*details):
    """Reports a violated invariant: in the main thread, prints the details and exits with
    status 1; in a worker thread, raises `Violation`, which `run_threads` reports once every
    thread has finished. Hot loops test their condition first and call this only on failure,
    so that the details are not formatted on every iteration."""
    if threading.current_thread() is not threading.main_thread():
        raise Violation("; ".join(details))
    print("FAIL", NAME)
    for line in details:
        print("   ", line)
    sys.stdout.flush()
    sys.exit(1)


def check(condition, *details):
    if not condition:
        fail(*details)


def ok(details=""):
    print(f"ok {NAME} {details}".rstrip())


def run_threads(target, args_list, readers=()):
    """Runs `target(*args)` in one thread per entry of `args_list`, and `reader(stop, *args)`
    in one thread per `(reader, args)` of `readers`, where `stop` is an event set once every
    `target` thread has finished. All threads start together (they wait at one gate after
    being started). Returns the targets' results, then the readers', in order. An exception
    in any thread is printed on stderr at once and fails the program once all threads have
    finished."""
    gate = threading.Event()
    stop = threading.Event()
    calls = [(target, tuple(args)) for args in args_list]
    calls += [(reader, (stop,) + tuple(args)) for reader, args in readers]
    results = [None] * len(calls)
    errors = []

    def body(i, fn, args):
        gate.wait()
        try:
            results[i] = fn(*args)
        except BaseException as e:
            error = f"thread {i} ({fn.__name__}): {type(e).__name__}: {e}"
            errors.append(error)
            # At once as well: the other threads may now wait forever for this one.
            print(error, file=sys.stderr, flush=True)

    threads = [threading.Thread(target=body, args=(i, fn, a)) for i, (fn, a) in enumerate(calls)]
    for t in threads:
        t.start()
    gate.set()
    targets = len(args_list)
    for t in threads[:targets]:
        t.join()
    stop.set()
    for t in threads[targets:]:
        t.join()
    if errors:
        fail(*errors)
    return results
