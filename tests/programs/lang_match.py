def m(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"seq starting {x} (+{len(rest)})"
        case {"name": str(name), **others}:
            return f"named {name} {sorted(others)}"
        case str() | bytes():
            return "text"
        case (1 | 2) as small:
            return f"small {small}"
        case _:
            return "other"

for v in [0, -5, [1, 2], [1, 2, 3], {"name": "n", "a": 1}, "s", b"b", 2, 3.5, (9,)]:
    print(repr(v), "->", m(v))

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for p in [P(0, 0), P(1, 5), P(2, 2)]:
    match p:
        case P(0, 0):
            print("origin")
        case P(x, y=5):
            print("y is five, x =", x)
        case P(x=a, y=b) if a == b:
            print("diagonal", a)
