# copy: shallow and deep copies of built-ins, user objects, cycles, custom hooks.
import copy

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return "Node(%r, %r)" % (self.value, self.children)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow, shallow.children is tree.children, deep.children is tree.children, deep.children[1].children[0] is tree.children[1].children[0])
deep.children[0].value = 99
print(tree.children[0].value, deep.children[0].value)
l = [1, [2, 3], {"k": [4]}]
l2, l3 = copy.copy(l), copy.deepcopy(l)
print(l2 == l, l2[1] is l[1], l3[1] is l[1], l3[2]["k"] is l[2]["k"], l3 == l)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc, len(dc))
d = {"a": [1]}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd["a"] is d["a"])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)
for atom in [1, 2.5, "s", b"b", None, True, range(3), frozenset({1}), len, Node]:
    print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom, end=" | ")
print()
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({(1, 2)}))
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = self.log + ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = copy.deepcopy(self.log, memo) + ["deep"]
        return c
cu = Custom()
print(copy.copy(cu).log, copy.deepcopy(cu).log)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = [1]
sl = copy.deepcopy(Slotted())
print(sl.x, hasattr(sl, "y"))
class State:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {"a": self.a, "extra": True}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
st = copy.copy(State())
print(st.a, st.extra, st.restored)
class Reduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduce, (self.v * 10,))
print(copy.copy(Reduce(1)).v, copy.deepcopy(Reduce(2)).v)
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.note = "n"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.note, mc[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
