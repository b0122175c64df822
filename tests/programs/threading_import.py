# Concurrent imports: a module imported by several threads at once runs its body once, and
# every importer gets it fully initialized; two threads importing the two halves of a
# circular import at once both finish (one of them sees the other half partially
# initialized, as in CPython).
import sys
import threading

results = []
lock = threading.Lock()


def importer(k):
    import _slow_init_mod as m
    with lock:
        results.append((m.value, m.f()))


threads = [threading.Thread(target=importer, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(sys.modules["_slow_init_mod"].started)


def imp_a():
    import _imp_cycle_a


def imp_b():
    import _imp_cycle_b


ta = threading.Thread(target=imp_a)
tb = threading.Thread(target=imp_b)
ta.start()
tb.start()
ta.join()
tb.join()
import _imp_cycle_a
import _imp_cycle_b
print(_imp_cycle_a.A, _imp_cycle_b.B, _imp_cycle_a.get(), _imp_cycle_b.get())
