x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(read(), shadow(), outer(), x)

def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def make_counters():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(make_counters())

def nested_nonlocal():
    a = 0
    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        return a
    return level1(), a
print(nested_nonlocal())

class C:
    v = 1
    w = [v * k for k in range(3)] if False else None
    def m(self):
        return v_global
v_global = "vg"
print(C().m())

class K:
    a = 5
    b = a + 1
    lst = [a for _ in range(2)] if False else [1]
print(K.b)
def gen_scope():
    y = 3
    return list(y * z for z in range(3))
print(gen_scope())
def deleter():
    z = 1
    del z
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(deleter())
def free_after_del():
    q = 1
    def inner():
        return q
    del q
    try:
        inner()
    except NameError as e:
        return str(e)
print(free_after_del())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
exec("newvar = 41 + 1")
print(newvar, eval("newvar * 2"), eval("x + y", {"x": 1, "y": 2}))
ns = {}
exec("def f(n): return n + 1\nr = f(1)", ns)
print(ns["r"], "f" in ns)
