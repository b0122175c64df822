# match statements: every pattern kind, guards, binding rules.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r): self.center, self.r = center, r
    def __repr__(self): return f"Circle(center={self.center!r}, r={self.r!r})"
class Color:
    RED = "red"
    GREEN = "green"
class Shade:
    DARK = "dark"
    LIGHT = "light"

def describe(v):
    match v:
        case None: return "None"
        case True: return "True"
        case False: return "False"
        case 0: return "zero"
        case -1: return "minus one"
        case 1.5: return "one and a half"
        case 2 + 3j: return "complex literal"
        case "hello" | "hi": return "greeting"
        case b"bytes": return "bytes literal"
        case Color.RED: return "value pattern red"
        case Shade.DARK: return "enum dark"
        case []: return "empty seq"
        case [x]: return f"one item {x!r}"
        case [1, 2, *rest]: return f"starts 1,2 rest={rest}"
        case [first, *_, last] if first == last: return f"same ends {first}"
        case (a, b, c): return f"triple {a} {b} {c}"
        case [*head, "end"]: return f"ends with end, head={head}"
        case {"type": "user", "name": str(name), **extra}: return f"user {name} extra={extra}"
        case {"type": _}: return "typed mapping"
        case {}: return "any mapping"
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y axis at {y}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(x=px) as p: return f"point px={px} p={p}"
        case Circle(Point(x, y), r=r) if r > 10: return f"big circle at {x},{y}"
        case Circle(center=c, r=r): return f"circle r={r} c={c}"
        case int(n) if n > 100: return f"big int {n}"
        case int() | float() as num: return f"number {num}"
        case str() as s if len(s) > 3: return f"long str {s}"
        case (str(s1), int(i1)): return f"str-int pair {s1} {i1}"
        case _: return f"other {v!r}"

cases = [None, True, False, 0, -1, 1.5, 2 + 3j, "hello", "hi", b"bytes", "red", Shade.DARK, Shade.LIGHT,
         [], [7], (7,), [1, 2, 3, 4], [5, 6, 5], (1, 2, 3), [9, 8, 7, 6], ["a", "end"],
         {"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5}, {"other": 1},
         Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(0, 1), 1),
         1000, 50, 2.5, "longer", "abc", ("s", 1), "ab", 1.0, range(3), "xyz"]
for c in cases:
    print(repr(c)[:40], "->", describe(c))
# strings and bytes aren't sequences for patterns; 1 == 1.0 == True matters
def kind(v):
    match v:
        case [*_]: return "sequence"
        case _: return "not sequence"
print([kind(x) for x in ("abc", b"ab", bytearray(b"x"), [1], (), range(2), {1: 2}, {1})])
match 1.0:
    case 1: print("1.0 matches 1")
match True:
    case 1: print("True matches 1")
match 1:
    case True: print("1 matches True")
    case _: print("1 does not match True (identity)")
# capture and bindings persist
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
print("after match", a, b, c)
match {"k": [1, {"z": 2}]}:
    case {"k": [_, {"z": z}]}: print("deep z", z)
# or-pattern with alternatives binding the same names
for v in ([1, "x"], ("x", 1)):
    match v:
        case [int(n), str(s)] | [str(s), int(n)]: print("either", n, s)
# guard sees bindings, failure doesn't prevent later cases
match 5:
    case n if n < 0: print("neg")
    case n: print("fallthrough", n)
# class patterns for builtins use self-matching
for v in (5, "s", 2.0, [1], {"a": 1}, (1, 2), frozenset({1}), b"b", True):
    match v:
        case bool(b): print("bool", b)
        case int(i): print("int", i)
        case str(s): print("str", s)
        case float(f): print("float", f)
        case list(l): print("list", l)
        case dict(d): print("dict", d)
        case tuple((x, y)): print("tuple", x, y)
        case frozenset(fs): print("frozenset", sorted(fs))
        case bytes(bb): print("bytes", bb)
# errors
def try_match(code):
    try:
        exec(code, {"Point": Point})
    except Exception as e:
        print(type(e).__name__, e)
try_match("match Point(1, 2):\n case Point(1, 2, 3): pass")
try_match("class C: pass\nmatch C():\n case C(1): pass")
try_match("match 1:\n case int(1, 2): pass")
try_match("match Point(1,2):\n case Point(1, x=1): pass")
try_match("match 1:\n case len(): pass")
try_match("class M:\n __match_args__ = ('a',)\nmatch M():\n case M(a): pass")
try_match("class M:\n __match_args__ = 5\nmatch M():\n case M(a): pass")
try_match("match 1:\n case x: pass\n case 1: pass")
try_match("match 1:\n case [x, x]: pass")
try_match("match 1:\n case 1 | x: pass")
try_match("match 1:\n case {'a': 1, 'a': 2}: pass")
# mapping pattern uses get/keys, leaves duplicates rest
import collections
od = collections.OrderedDict(a=1, b=2, c=3)
match od:
    case {"b": bv, **rest}: print("ordered", bv, rest, type(rest).__name__)
dd = collections.defaultdict(int)
match dd:
    case {"missing": _}: print("defaultdict matched (bad)")
    case _: print("defaultdict not matched, keys", list(dd))
# match on subject expressions evaluated once
calls = []
def subj():
    calls.append(1)
    return (1, 2)
match subj():
    case (1, 3): pass
    case (1, x): print("second", x, calls)
match 3, 4:
    case a, b: print("tuple subject", a, b)
match "seq":
    case "s" "eq": print("concatenated string literal")
match -0.0:
    case 0: print("negative zero matches 0")
match 10:
    case 1 | 2 | 3: print("small")
    case 10 | 20 as ten: print("ten-ish", ten)
