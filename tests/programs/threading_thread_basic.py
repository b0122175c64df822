# threading.Thread: default names, target/args/kwargs, run() overrides, repr through the
# life cycle, join with and without timeout, is_alive, daemon inheritance, error messages.
import threading


def rep(t):
    """repr(t) without the (non-deterministic) ident."""
    r = repr(t)
    if t.ident is not None:
        r = r.replace(" %d)" % t.ident, " ID)")
    return r


results = []


def work(a, b, *, scale=1):
    results.append((a + b) * scale)


def named_func():
    results.append(threading.current_thread().name)


t1 = threading.Thread(target=work, args=(1, 2))
t2 = threading.Thread(target=work, args=(3, 4), kwargs={"scale": 10}, name="adder")
t3 = threading.Thread()
t4 = threading.Thread(target=named_func)
t5 = threading.Thread(target=lambda: None)
t6 = threading.Thread(target=named_func, name=42)
t7 = threading.Thread(target=print, name="")
print([t.name for t in (t1, t2, t3, t4, t5, t6, t7)])
print(rep(t1), rep(t2), rep(t3))
print(t1.ident, t1.native_id, t1.is_alive(), t1.daemon)

for t in (t1, t2, t3, t4, t6):
    t.start()
for t in (t1, t2, t3, t4, t6):
    t.join()
print(sorted(map(str, results)))
print(rep(t1), rep(t2))
print(type(t1.ident).__name__, type(t1.native_id).__name__)
print([t.is_alive() for t in (t1, t2, t3, t4, t6)])


# Subclass overriding run(); the Thread object is current_thread() inside it.
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.seen = None

    def run(self):
        me = threading.current_thread()
        self.seen = (me is self, me.name, self.n * 2, threading.get_ident() == self.ident)


ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.seen for w in ws])
print(rep(ws[0]))

# Error messages.
for action in (t1.start, t3.start):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        results.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print(results[-1])


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# join(timeout) on a thread that is still blocked, then for real.
gate = threading.Event()
started = threading.Event()


def blocked():
    started.set()
    gate.wait()


t = threading.Thread(target=blocked, name="blocked")
t.start()
started.wait()
t.join(0.01)
print("after timeout:", t.is_alive(), rep(t))
t.join(-1)
print("after negative timeout:", t.is_alive())
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
t.join()
print("after join:", t.is_alive(), rep(t))

# The daemon flag: explicit, set before start, inherited from the creating thread.
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, rep(d))
d.daemon = False
print(d.daemon)
inherited = []


def spawn_child():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)


for flag in (True, False):
    p = threading.Thread(target=spawn_child, daemon=flag)
    p.start()
    p.join()
print("inherited:", inherited, threading.Thread().daemon)

# Renaming.
t = threading.Thread(name="before")
t.name = "after"
print(t.name, rep(t))
