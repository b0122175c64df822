class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("outer", swallow=True):
    with CM("inner"):
        raise KeyError("k")
print("after")

def early():
    with CM("ret"):
        return "returned"
print(early())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

class Bad:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
with open("/tmp/_krait_with_test.txt", "w") as f:
    f.write("line1\nline2\n")
with open("/tmp/_krait_with_test.txt") as f:
    print(f.read().splitlines(), f.closed)
print(f.closed)
