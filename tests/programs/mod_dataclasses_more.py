# dataclasses in everyday use: validation, inheritance, properties, metadata, nesting.
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=lambda: ["opened"])

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}: {self.balance}")

    def deposit(self, amount):
        self.balance += amount
        self.history.append(f"deposit {amount}")
        return self

    @property
    def rich(self):
        return self.balance > 100

    @classmethod
    def empty(cls, owner):
        return cls(owner)


acct = Account("ann").deposit(150)
print(acct, acct.rich, Account.empty("bob"))
try:
    Account("eve", -5)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


d = Dog("rex", tricks=["sit"])
print(d, d.speak(), isinstance(d, Animal))
print(Animal("cat") == Dog("cat"), Dog("a") == Dog("a"), Animal("a") == Animal("a", "..."))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


hand = [Card(10, "h"), Card(2, "s"), Card(14, "d"), Card(2, "c")]
print(sorted(hand), max(hand))
seen = {}
for c in hand:
    seen[c] = seen.get(c, 0) + 1
print(len(seen), seen[Card(2, "x")])


@dataclass
class Config:
    host: str = "localhost"
    port: int = field(default=8080, metadata={"unit": "tcp port"})
    debug: bool = False
    extra: dict = field(default_factory=dict)


cfg = Config(port=9000, extra={"a": 1})
print(cfg, dataclasses.fields(cfg)[1].metadata["unit"], dataclasses.fields(cfg)[0].metadata)
print(dataclasses.asdict(cfg), dataclasses.astuple(Config()))
print(dataclasses.replace(cfg, debug=True) == cfg, dataclasses.replace(cfg) == cfg)


@dataclass
class Line:
    start: tuple
    end: tuple
    label: str = None


@dataclass
class Drawing:
    lines: list
    title: str = "untitled"


dr = Drawing([Line((0, 0), (1, 1)), Line((1, 1), (2, 0), "b")])
print(dr)
print(dataclasses.asdict(dr))
print(dataclasses.astuple(dr))


@dataclass
class Matrix:
    rows: list = field(default_factory=lambda: [[0, 0], [0, 0]])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]


m = Matrix()
m.rows[0][1] = 5
print(m[0, 1], Matrix().rows, m == Matrix([[0, 5], [0, 0]]))

# Generated methods are ordinary functions.
print(Account.__init__.__name__, Account.__repr__.__qualname__, Card.__hash__ is not None,
      Account.__hash__, Card.__lt__.__qualname__)
print(dataclasses.is_dataclass(Dog), dataclasses.is_dataclass(Dog("x")),
      dataclasses.is_dataclass(dict))
for bad in (lambda: Account(), lambda: Account("a", 1, [], 4), lambda: Card(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Docstrings: the generated signature unless the class has its own.
from dataclasses import InitVar, KW_ONLY


@dataclass
class Documented:
    x: int
    y: "float" = 0.5
    z: list = field(default_factory=list)
    w: InitVar[int] = 3
    _: KW_ONLY
    k: str = "a"

    def __post_init__(self, w):
        pass


@dataclass
class OwnDoc:
    """Mine."""
    a: int


class Inner:
    pass


@dataclass
class Typed:
    i: Inner = None
    t: list[int] = None
    d: dict = None


print(Documented.__doc__)
print(OwnDoc.__doc__)
print(Typed.__doc__)
Inner.__doc__ = "set later"
print(Inner.__doc__, Inner().__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print("TypeError:", e)
