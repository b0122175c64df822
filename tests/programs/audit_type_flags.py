# Type flags and __slots__: the slot layout is decided when the class is created (before it
# is visible through a base's __subclasses__()); ABSTRACT flips when __abstractmethods__ is
# assigned (the flag word is atomic: other threads may read it meanwhile).


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)


class SD:
    __slots__ = ("a", "__dict__")


sd = SD()
sd.z = 5
print(sd.z)


class Sub(S):
    __slots__ = "c"


print([t.__name__ for t in S.__subclasses__()])


class A:
    pass


A.__abstractmethods__ = frozenset({"f"})
try:
    A()
except TypeError as e:
    print("TypeError:", e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)

for i in range(6):
    A.__abstractmethods__ = frozenset({"g"}) if i % 2 else frozenset()
    try:
        print(type(A()).__name__)
    except TypeError as e:
        print("TypeError:", e)
