# The gc module's interface (Krait's collector traces; results are the same where they are
# deterministic in CPython).
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(None))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked([1]))
print(gc.garbage, gc.get_debug(), gc.DEBUG_LEAK, gc.get_freeze_count())
for bad in (3, -1, "x"):
    try:
        gc.collect(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
print(phases)


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None


# Cycles and a big garbage list: collect() must keep what is reachable intact.
keep = []
for i in range(2000):
    a, b = Node(i), Node(-i)
    a.other, b.other = b, a
    if i % 100 == 0:
        keep.append(a)
junk = [str(i) * 10 for i in range(20000)]
del junk
gc.collect()
print(len(keep), sum(n.i for n in keep), sum(n.other.i for n in keep), keep[3].other.other is keep[3])
