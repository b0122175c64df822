# Equality and hashing semantics in containers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1.0], d[True])
d2 = {True: "a"}
d2[1] = "b"
print(d2)
print({0, 0.0, False, -0.0}, {1, 1.0, True}, len({2 ** 70, float(2 ** 70)}), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1), hash(-2), hash(1.5))
print(hash("") == 0, hash(()) == hash(()), hash(None) == hash(None), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 0)) == hash(1))
for bad in ([], {}, set(), bytearray(), {}.keys(), {}.items(), slice(1)):
    t(lambda: hash(bad))
t(lambda: {[1, 2]: 3})
t(lambda: {{}: 1})
t(lambda: {set()})
t(lambda: frozenset([[1]]))
t(lambda: [1, 2] in {1: 2})
t(lambda: {1: 2}.get([1]))
t(lambda: {1: 2}.pop([1], None))
t(lambda: {1}.discard([1]))
t(lambda: {}.setdefault([], 1))
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash()))
t(lambda: {NoHash()})
class EqOnly:
    def __eq__(self, other):
        return True
t(lambda: hash(EqOnly()))
class Parent:
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Parent)
class Child(Parent):
    pass
print({Parent(): 1, Child(): 2}.__len__(), hash(Child()))
class Counted:
    eqs = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        Counted.eqs += 1
        return self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
s = {Counted(i) for i in range(9)}
print(len(s), Counted(4) in s, Counted(10) in s)
dd = {Counted(i): i for i in range(6)}
print(dd[Counted(5)], len(dd))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class FloatHash:
    def __hash__(self):
        return 1.5
t(lambda: hash(FloatHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
print((1, 2) == (1.0, 2.0), [1, 2] == [True, 2], {1: "a"} == {1.0: "a"}, {1} == {True}, (0,) == (False,))
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), {nan: 1}[nan], nan in {nan}, {nan: 1}.get(float("nan")))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
ae = AlwaysEq()
print([1, 2].count(ae), [1, 2].index(ae), ae in [5], [ae] == [1], (ae,) == ("x",))
class NeverEq:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
ne = NeverEq()
print(ne in [ne], [ne].count(ne), [ne] == [ne], {ne: 1}[ne], ne in {ne})
class Raising:
    def __eq__(self, o):
        raise RuntimeError("eq!")
    def __hash__(self):
        return 7
r1, r2 = Raising(), Raising()
x = {r1: 1}
print(x[r1])
t(lambda: x[r2])
t(lambda: r2 in [r1])
t(lambda: [r1] == [r2])
print([r1] == [r1], r1 in [r1])
