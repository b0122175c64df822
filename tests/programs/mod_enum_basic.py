# enum: Enum, IntEnum, StrEnum, auto, unique; members, lookup, iteration, errors.
from enum import Enum, IntEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN

    @property
    def lower(self):
        return self.name.lower()


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color))
print(Color, repr(Color), type(Color).__name__)
print(list(Color), len(Color))
print(list(reversed(Color)))
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(Color.RED.describe(), Color.default(), Color.BLUE.lower)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(Color.RED in Color, hash(Color.RED) == hash(Color.RED))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(f"{Color.RED}", "{}".format(Color.GREEN), format(Color.BLUE, ""), str(Color.BLUE))
print(sorted([Color.BLUE, Color.RED], key=lambda c: c.value))
print(Color.RED.__class__.__name__, Color._member_names_)
print(getattr(Color, "GREEN"), Color.GREEN.name.lower())
print(bool(Color.RED), bool(Color))

for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.BLUE,
            lambda: setattr(Color, "RED", 5), lambda: delattr(Color, "RED")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE, repr(Shape.SQUARE), str(Shape.CIRCLE), f"{Shape.SQUARE}")
print(Shape.CIRCLE == 1, Shape.SQUARE > Shape.CIRCLE, Shape.SQUARE + 1, Shape.SQUARE * 3)
print(Shape(2), isinstance(Shape.CIRCLE, int), int(Shape.SQUARE), [1, 2, 3][Shape.CIRCLE])
print(sorted([Shape.SQUARE, Shape.CIRCLE]), Shape.SQUARE in Shape)
print("%d %s" % (Shape.SQUARE, Shape.SQUARE), hex(Shape.SQUARE))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), [o.value for o in Ordinal])


class Mixed(Enum):
    A = 10
    B = auto()
    C = "text"
    D = (1, 2)


print([repr(m) for m in Mixed])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ONE = auto()
    TWO = auto()


print([m.value for m in Named])


if hasattr(enum, "StrEnum"):
    class Animal(enum.StrEnum):
        CAT = auto()
        DOG = "doggo"

    print(Animal.CAT, repr(Animal.CAT), Animal.DOG == "doggo", Animal.CAT.upper(), f"{Animal.DOG}")


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))

try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 2
        Z = 1
        W = 2
except ValueError as e:
    print("ValueError:", e)

try:
    class Again(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

try:
    class More(Color):
        PURPLE = 4
except TypeError as e:
    print("TypeError:", e)


class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Greeting(Base):
    HI = 1
    HEY = 2


print(Greeting.HI.hello(), list(Greeting))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Coin("penny"), Coin(5))
try:
    Coin(3)
except ValueError as e:
    print("ValueError:", e)

# Functional API.
Animal2 = Enum("Animal2", "ANT BEE CAT")
print(list(Animal2), Animal2.BEE.value)
Pets = Enum("Pets", ["DOG", "FISH"])
print(repr(Pets.FISH))
Sizes = Enum("Sizes", [("S", 1), ("L", 3)])
print(list(Sizes))
Levels = IntEnum("Levels", {"LOW": 10, "HIGH": 20})
print(Levels.HIGH, Levels.LOW < Levels.HIGH)
Comma = Enum("Comma", "X, Y,Z")
print([m.name for m in Comma])

# match statement and members as dict keys.
def kind(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.BLUE | Color.GREEN:
            return "cool"

print(kind(Color.RED), kind(Color.BLUE))
counts = {}
for c in [Color.RED, Color.GREEN, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(Color.RED.__class__ is Color, Color.RED._value_, Color.RED._name_)

# More details.
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(isinstance(Color.RED, Enum), issubclass(IntEnum, int), Shape.__mro__)
print(f"{Shape.SQUARE:>3}|{Shape.CIRCLE:03d}|{Color.RED:>12}|")


class Pretty(Enum):
    A = "a"

    def __str__(self):
        return "pretty " + self.value


print(Pretty.A, repr(Pretty.A), f"{Pretty.A}")
print(Color.__members__["GREEN"], type(Color.__members__).__name__)
print(Enum, IntEnum, enum.EnumMeta is enum.EnumType)
print([m for m in Color if m.value > 1])
print(max(Shape), min(Shape.__members__.values()))
