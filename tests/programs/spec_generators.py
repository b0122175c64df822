# Generators: send/throw/close, yield from, return values, comprehensions of every kind.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def echo():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("caught in gen", e)
                x = 100
            if x is None: break
            total += x
    finally:
        print("gen finally")
    return total
g = echo()
print(next(g), g.send(5), g.send(7), g.throw(ValueError("v")))
try:
    g.send(None)
except StopIteration as e:
    print("stop value", e.value, e.args)
show("send after end", lambda: g.send(1))
g2 = echo()
show("send non-None first", lambda: g2.send(1))
print(next(g2)); g2.close(); g2.close()
show("next closed", lambda: next(g2))
g3 = echo(); next(g3)
show("throw KeyError", lambda: g3.throw(KeyError("k")))
show("throw type", lambda: echo().throw(TypeError))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = ignore_exit(); next(g4)
show("close yields", lambda: g4.close())
def closer():
    try:
        yield 1
    finally:
        print("cleanup")
g5 = closer(); next(g5); g5.close()
print("after close")

def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    r2 = yield from [10, 20]
    print("list result", r2)
    yield from (c for c in "ab")
    return "outer done"
o = outer()
print(next(o), o.send("s1"), o.send("s2"), next(o), next(o), next(o))
try:
    next(o)
except StopIteration as e:
    print("final", e.value)
def thrower():
    try:
        yield from inner()
    except ZeroDivisionError as e:
        print("delegator caught", type(e).__name__)
        yield "recovered"
t = thrower(); next(t)
print(t.throw(ZeroDivisionError()))
def sub_close():
    try:
        yield 1
    finally:
        print("sub finalized")
def del_close():
    yield from sub_close()
d = del_close(); next(d); d.close()
print(d.gi_running, d.gi_frame, type(d).__name__, d.__name__, d.__qualname__)

def stopper():
    yield 1
    raise StopIteration("x")
show("StopIteration in gen", lambda: list(stopper()))
def reentrant():
    yield next(gen_self)
gen_self = reentrant()
show("reentrant", lambda: next(gen_self))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
gen = (x * x for x in range(5) if x % 2 == 0)
print(type(gen).__name__, list(gen), list(gen))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc".split()))

# comprehensions of every kind
print([x * y for x in range(3) for y in range(3) if x != y])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3)) if v})
print([[j for j in range(i)] for i in range(4)])
print([(x, y) for x in range(3) if x for y in "ab" if y != "a" or x == 2])
print({(a, b): a * b for a in range(2) for b in range(2)})
x = "outer"
print([x for x in range(2)], x)
print([y := 5, y ** 2], y)
print([last := i for i in range(3)], last)
print([lambda: i for i in range(3)][0](), [(lambda i=i: i)() for i in range(3)])
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        bad = [vals for _ in range(1)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
show("comp unpack", lambda: [a + b for a, b in [(1, 2), (3, 4)]])
show("comp star", lambda: [*range(2), *"ab"])
show("nested gen", lambda: list(x for x in (y for y in range(3))))
show("gen reuse", lambda: (lambda g: (list(g), list(g)))(iter([1, 2])))
show("async-free genexp first iter eager", lambda: (x for x in 1))

# iterator protocol details
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "end"))
print(iter(it) is it, hasattr(it, "__next__"), type(iter(range(3))).__name__, type(iter({})).__name__)
cnt = iter(lambda: cnt_list.pop(), 0)
cnt_list = [0, 1, 2, 3]
print(list(cnt))
print(list(zip(range(3), "abcd")), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x"])), list(enumerate("ab", 5)))
show("zip strict", lambda: list(zip([1], [1, 2], strict=True)))
print(list(reversed(range(5))), list(reversed([1, 2])), list(reversed("ab")), list(reversed({1: 2, 3: 4})))
e = enumerate([]); print(next(e, None))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]))
gi = (i for i in range(3)); next(gi); print(gi.gi_running, list(gi))
def genfn():
    yield
print(list(genfn()), genfn().send(None) if False else None)
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return 5
gr = gen_return_in_finally(); next(gr)
show("close w/ return", lambda: gr.close())
