# enum: Flag and IntFlag.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.R), rw, repr(rw))
print(rw.value, rw.name, Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)))
print(list(Perm), len(Perm))
print(list(rw), len(rw))
print(Perm(6) is rw or Perm(6) == rw, Perm(7), repr(Perm(0)), str(Perm(0)))
print(rw & Perm.R, rw & Perm.X, repr(rw & Perm.X), rw ^ Perm.R, ~Perm.R, ~rw)
print(Perm.R | Perm.R, (Perm.R | Perm.W | Perm.X) == Perm(7))
print(hash(rw) == hash(Perm(6)), rw == Perm.R | Perm.W)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], list(Color), Color.WHITE, repr(Color.WHITE))
print(Color.RED | Color.GREEN, Color(3).name)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), str(m), m == 6, m + 1, isinstance(m, int))
print(Mode.READ | 1, repr(Mode.READ | 1), m & 4, repr(m & 4))
print(Mode(0), repr(Mode(0)), list(m), Mode.EXEC in m)
print(format(m), f"{Mode.READ:>4}", int(m))

# Unknown bits, inversion, and operands of the wrong type.
from enum import Flag, IntFlag, Enum, auto
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
for v in (Mode(8), Mode(12), Mode.R | 8, ~Mode.R, ~Mode(0), Mode(7)):
    print(repr(v), str(v), v.name)
class Col(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(repr(~Col.RED), repr(Col.RED ^ Col.RED), list(~Col.RED), Col.RED | Col.GREEN in Col)
print(repr(Col(-1)) if False else '', Col.BLUE.value, Col._member_names_)
class E(Enum):
    A = 1
print(E.A.__class__.__name__, E._value2member_map_)
print(Col.RED & 3 if False else 'skip')
try:
    Col.RED | 1
except TypeError as e:
    print(e)
