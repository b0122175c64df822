# enum: data-type mixins (str, int, float), custom __new__, enum-valued attributes.
from enum import Enum, IntEnum, Flag, auto, unique
import enum


class Method(str, Enum):
    GET = "get"
    POST = "post"


print(Method.GET, repr(Method.GET), Method.GET == "get", Method.GET.upper(), len(Method.POST))
print(f"{Method.GET}", "{}".format(Method.POST), Method("post"), Method.GET.value)
print(sorted(Method, key=str), "get" in [m.value for m in Method])
print(isinstance(Method.GET, str), Method.__mro__[1:3])


class Weight(float, Enum):
    LIGHT = 1.5
    HEAVY = 10.0


print(Weight.LIGHT, repr(Weight.HEAVY), Weight.LIGHT + 1, Weight(10.0), Weight.LIGHT < Weight.HEAVY)


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, Num(2), f"{Num.TWO}", str(Num.ONE))


class Token(Enum):
    def __new__(cls, symbol, precedence):
        obj = object.__new__(cls)
        obj._value_ = symbol
        obj.precedence = precedence
        return obj

    PLUS = ("+", 1)
    TIMES = ("*", 2)


print(Token("+"), Token.TIMES.value, Token.TIMES.precedence, repr(Token.PLUS))


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def is_error(self):
        return self >= 400

    def __str__(self):
        return f"{self.value} {self.name.replace('_', ' ')}"


print(Status.NOT_FOUND.is_error, Status.OK.is_error, Status.NOT_FOUND, repr(Status.OK))
print(Status(404) is Status.NOT_FOUND, Status.OK == 200, {200: "fine"}[Status.OK])


class Light:
    class State(Enum):
        RED = auto()
        GREEN = auto()
        YELLOW = auto()

    TRANSITIONS = {State.RED: State.GREEN, State.GREEN: State.YELLOW,
                   State.YELLOW: State.RED}

    def __init__(self):
        self.state = Light.State.RED

    def step(self):
        self.state = self.TRANSITIONS[self.state]
        return self.state


light = Light()
print([light.step().name for _ in range(4)], Light.State.RED, Light.State.__qualname__)


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    ALL = READ | WRITE


print(list(Perm), Perm.NONE, repr(Perm.ALL), Perm.READ in Perm.ALL, Perm(0) is Perm.NONE)
print(bool(Perm.NONE), [p.name for p in Perm.ALL], Perm.__members__.keys())

members = {m.name: m.value for m in Status}
print(members, len(Status), Status.__members__["OK"])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print([s.name for s in Shape], list(Shape.__members__), Shape(2).name)
print(Shape.SQUARE is Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE.name)
try:
    unique(Shape)
except ValueError as e:
    print("ValueError:", e)

# Members are singletons and survive copying; the enum class is iterable repeatedly.
import copy
print(copy.deepcopy({"s": Shape.CIRCLE})["s"] is Shape.CIRCLE)
print(list(Shape) == list(Shape), max(Status), min(Status, key=lambda s: s.name))
print(type(Shape.CIRCLE).__name__, Shape.CIRCLE.__class__.__mro__[1].__name__)
print(enum.Enum.__name__, enum.IntFlag.__mro__[1].__name__)

# member(), nonmember() and enum.property.
from enum import member, nonmember, property as enum_property


class Choice(Enum):
    A = 1
    B = nonmember(2)

    @member
    def C(self):
        return 3

    @enum_property
    def double(self):
        return self.value * 2


print([m.name for m in Choice], Choice.B, Choice.A.double, Choice.C.value(None))
print(type(Choice.__dict__["double"]).__name__, isinstance(Choice.__dict__["double"], property))

# Writes to member attributes fail.
from enum import property as eprop
class Color(Enum):
    RED = 1
    @eprop
    def double(self):
        return self.value * 2
for stmt in ("Color.RED.name = 'x'", "Color.RED.double = 3", "del Color.RED.value", "Color.double"):
    try:
        print(eval(stmt) if '=' not in stmt and 'del' not in stmt else exec(stmt))
    except Exception as e:
        print(stmt, type(e).__name__, e)
