# dataclasses: fields, defaults, generated methods, options, helpers.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING)
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y, Point.__match_args__)
p.x = 10
print(p)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__, is_dataclass(Point), is_dataclass(p), is_dataclass(3))

for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)


a = Inventory("a")
b = Inventory("b")
a.items.append(1)
print(a, b, a.items is not b.items, a.tags)
print(Inventory("x", [1], count=5) == Inventory("x", [1], count=7))
print([f.name for f in fields(Inventory)], [f.name for f in fields(a)])
f0 = fields(Inventory)[1]
print(f0.name, f0.type, f0.default is MISSING, f0.default_factory, f0.repr, f0.init, f0.compare)
print(type(f0).__name__, fields(Inventory)[3].default, fields(Inventory)[0].metadata)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0), Version(1, 2, "dup")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1) <= Version(1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = (1, 2)


fz = Frozen(1)
print(fz, hash(fz) == hash(Frozen(1)), {fz: "v"}[Frozen(1)])
try:
    fz.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del fz.a
except AttributeError as e:
    print("AttributeError:", e)
print(replace(fz, a=5), fz)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), hash(Ident(1)) is not None)


@dataclass(unsafe_hash=True)
class Hashy:
    k: int
    note: str = field(default="", hash=False)


print(hash(Hashy(3, "a")) == hash(Hashy(3, "b")), Hashy(3) == Hashy(3))


@dataclass(init=False, repr=False)
class Manual:
    v: int = 1

    def __init__(self, v):
        self.v = v * 2


print(Manual(4).v, Manual(4) == Manual(4), repr(Manual(1)).startswith("<"))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3, 10)
print(w, w.b, [f.name for f in fields(w)])
print(WithPost(2))


@dataclass
class Base:
    x: int
    y: str = "y"


@dataclass
class Child(Base):
    z: float = 1.5
    x: int = 7


print(Child(), Child(1, "a", 2.0), [f.name for f in fields(Child)])


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(replace(Point(1, 2), y=9), replace(Inventory("n", [1]), count=3))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(KW(1, c=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0


print(AllKW(a=1), AllKW(b=2, a=3))

# Common mistakes.
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True, eq=False)
    class BadOrder:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class HasLt:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
for fn in (asdict, astuple, lambda o: replace(o)):
    try:
        fn(Point)
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(w, b=3)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        q: int = 0
except TypeError as e:
    print("TypeError:", e)

# Recursive repr, match, nested classes, make_dataclass.
n = Node(0)
n.children.append(n)
print(n)


class Outer:
    @dataclass
    class Inner:
        v: int = 0


print(Outer.Inner(), Outer.Inner.__init__.__qualname__)


def where(pt):
    match pt:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis at {x}"
        case Point(x=x, y=y):
            return f"({x}, {y})"


print(where(Point(0, 0)), where(Point(3, 0)), where(Point(1, 1)))

Pair = make_dataclass("Pair", [("left", int), ("right", int, field(default=0))])
print(Pair(1), Pair(1, 2) == Pair(1, 2), [f.name for f in fields(Pair)])


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Self:
    self: int


print(Self(1))


@dataclass
class Counter:
    count: int = 0

    def bump(self):
        self.count += 1
        return self


print(Counter().bump().bump(), Counter.__eq__.__qualname__, Counter.__repr__.__name__)
