# operator: functions, itemgetter/attrgetter/methodcaller, errors.
import operator as op

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.not_([]), op.truth([0]), op.index(7))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq([1], [1]), op.ne(1, 1.0), op.gt("b", "a"), op.ge(1, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("a", "b"), op.getitem({"k": 5}, "k"), op.getitem([1, 2, 3], slice(1, None)))
l = [1, 2, 3]
op.setitem(l, 0, 10); op.delitem(l, 1)
print(l, op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5, 42), op.call(max, 1, 5, key=None))
a = [1]
print(op.iadd(a, [2]), a, op.iconcat(a, [3]), a, op.imul([1], 2), op.ipow(2, 3), op.ior({1}, {2}))
print(op.__add__ is op.add, op.__not__(1), op.__and__(3, 1), op.__lt__(1, 2))
g = op.itemgetter(1)
g2 = op.itemgetter(0, -1)
print(g([5, 6, 7]), g("xyz"), g({1: "one"}), g2("hello"), g, g2)
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), max(rows, key=op.itemgetter(1)))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct
p = P("outer", P("inner"))
print(op.attrgetter("name")(p), op.attrgetter("child.name")(p), op.attrgetter("name", "child.name")(p))
print(op.attrgetter("name"), op.attrgetter("a.b", "c"))
print(op.methodcaller("greet", "Hi")(p), op.methodcaller("greet", "Yo", punct="?")(p), op.methodcaller("upper")("x"))
print(op.methodcaller("split", ",", 1), op.methodcaller("f", k=2))
print(list(map(op.itemgetter(0), ["ab", "cd"])), list(map(op.mul, [1, 2], [3, 4])))
t(lambda: op.add(1))
t(lambda: op.add(1, 2, 3))
t(lambda: op.neg())
t(lambda: op.not_(1, 2))
t(lambda: op.itemgetter())
t(lambda: op.attrgetter(1))
t(lambda: op.methodcaller())
t(lambda: op.methodcaller(5))
t(lambda: op.itemgetter(5)([1]))
t(lambda: op.itemgetter(1)())
t(lambda: op.attrgetter("nope")(p))
t(lambda: op.attrgetter("child.nope")(p))
t(lambda: op.indexOf([1], 2))
t(lambda: op.concat(1, 2))
t(lambda: op.concat([1], (2,)))
t(lambda: op.index(1.5))
t(lambda: op.length_hint(5, "a"))
t(lambda: op.matmul(1, 2))
t(lambda: op.truediv(1, 0))
t(lambda: op.lt(1, "a"))
t(lambda: op.delitem([1], 5))
print(type(g).__name__, op.itemgetter.__module__, op.add.__name__)
