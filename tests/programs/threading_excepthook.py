# Exceptions escaping Thread.run(): threading.excepthook and ExceptHookArgs, the default
# hook's report on stderr, SystemExit ignored, a failing hook reported through
# sys.excepthook, and the program going on normally.
import sys
import threading


def only_this_file(tb):
    """The traceback without the frames of threading.py (its path and lines differ)."""
    while tb is not None and tb.tb_frame.f_code.co_filename != __file__:
        tb = tb.tb_next
    return tb


def default_report(args):
    tb = only_this_file(args.exc_traceback)
    exc = args.exc_value.with_traceback(tb)
    threading.__excepthook__(threading.ExceptHookArgs([args.exc_type, exc, tb, args.thread]))


def fail(kind, message):
    raise kind(message)


def nested():
    fail(ValueError, "deep")


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = default_report
for t in (threading.Thread(target=fail, args=(KeyError, "k")),
          threading.Thread(target=nested, name="nested-one"),
          threading.Timer(0, fail, args=(RuntimeError, "from a timer"))):
    t.start()
    t.join()
    print(t.name, "alive:", t.is_alive())

# The default hook, called directly.
try:
    fail(TypeError, "direct")
except TypeError as e:
    threading.excepthook = threading.__excepthook__
    threading.excepthook(threading.ExceptHookArgs([type(e), e, e.__traceback__, t]))

# SystemExit is silently ignored by the default hook.
t = threading.Thread(target=sys.exit, args=(3,), name="exits")
t.start()
t.join()
print("after SystemExit:", t.is_alive())

# A custom hook sees the exception, its traceback and the thread.
seen = []


def hook(args):
    exc_type, exc_value, exc_tb, thread = args
    seen.append((type(args).__name__, len(args), exc_type.__name__, str(exc_value),
                 exc_tb is exc_value.__traceback__, thread is current,
                 args.thread.name, args.exc_type is exc_type))


threading.excepthook = hook
current = threading.Thread(target=fail, args=(OSError, "disk"), name="custom")
current.start()
current.join()
print(seen)


# A hook that fails: its own exception goes to sys.excepthook.
def bad_hook(args):
    raise LookupError("hook failed on %s" % args.exc_type.__name__)


def sys_hook(exc_type, exc_value, tb):
    print("sys.excepthook:", exc_type.__name__, exc_value, file=sys.stderr)


threading.excepthook = bad_hook
sys.excepthook = sys_hook
t = threading.Thread(target=fail, args=(ZeroDivisionError, "zero"))
t.start()
t.join()
sys.excepthook = sys.__excepthook__
threading.excepthook = threading.__excepthook__

args = threading.ExceptHookArgs([1, 2, 3, 4])
print(args, args.exc_type, args.exc_value, args.exc_traceback, args.thread, tuple(args))
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
print("main thread goes on")
