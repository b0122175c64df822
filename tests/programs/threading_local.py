# threading.local: attributes per thread, __dict__, subclasses with __init__ arguments
# run again in each thread, properties and methods, error messages.
import threading

data = threading.local()
data.x = "main"
seen = {}


def worker(n):
    before = hasattr(data, "x")
    data.x = n
    data.y = n * 10
    seen[n] = (before, data.x, data.y, sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, hasattr(data, "y"), data.__dict__)
print(repr(data).startswith("<_thread._local object at "), type(data).__name__)

# Attributes of one thread are not seen by the next thread either.
result = []
t = threading.Thread(target=lambda: result.append(sorted(vars(data))))
t.start()
t.join()
print(result)

# Errors.
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
try:
    del data.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(a=1)
except TypeError as e:
    print("TypeError:", e)
print(getattr(data, "missing", "default"))


# A subclass: __init__ runs with the creation arguments in each thread that uses it.
class Config(threading.local):
    kind = "config"
    inits = []

    def __init__(self, level, name="cfg"):
        self.level = level
        self.name = name
        Config.inits.append(threading.current_thread().name)

    @property
    def doubled(self):
        return self.level * 2

    def describe(self):
        return "%s:%s" % (self.name, self.level)


cfg = Config(3, name="shared")
cfg.level = 4
out = {}


def use_config(tag):
    before = cfg.level
    cfg.level += 100
    out[tag] = (before, cfg.level, cfg.doubled, cfg.describe(), cfg.kind, cfg.name)


ts = [threading.Thread(target=use_config, args=(tag,), name=tag) for tag in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print(cfg.level, cfg.doubled, cfg.describe(), sorted(Config.inits))
try:
    cfg.doubled = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
try:
    cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)


# __getattr__ of a subclass is used for missing attributes.
class WithDefault(threading.local):
    def __getattr__(self, name):
        return "default-" + name


w = WithDefault()
w.a = 1
print(w.a, w.b)

# Many threads, each with its own value.
counter = threading.local()
totals = []
guard = threading.Lock()


def count(n):
    counter.value = 0
    for _ in range(n):
        counter.value += 1
    with guard:
        totals.append(counter.value)


ts = [threading.Thread(target=count, args=(i * 10,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals), hasattr(counter, "value"))
