# str subclasses: constructors, methods returning plain str, overridden dunders, dict keys, format.
class Name(str):
    def shout(self):
        return self.upper() + "!"
class Tagged(str):
    def __new__(cls, v, tag):
        obj = super().__new__(cls, v)
        obj.tag = tag
        return obj
    def __repr__(self):
        return f"Tagged({str.__repr__(self)}, {self.tag!r})"
n = Name("ann")
print(n, repr(n), n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__, type(n[:]).__name__)
print(n == "ann", "ann" == n, hash(n) == hash("ann"), {n: 1}["ann"], {"ann": 2}[n], n in ["ann"], len(n), n * 2)
print(isinstance(n, str), issubclass(Name, str), str(n), type(str(n)).__name__, f"{n}", f"{n!r}", "%s|%r" % (n, n))
t = Tagged("val", 7)
print(t, repr(t), t.tag, t.upper(), [t], str(t), t == "val", type(format(t, "")).__name__, format(t, ">5"))
print("-".join([n, t]), n.join("xy"), type(n.join("xy")).__name__, n.split("n"), [type(p).__name__ for p in n.split("n")])
print(sorted([Name("b"), "a", Name("c")]), max(Name("x"), "y"), n.startswith(Name("a")), "a" + n, type("a" + n).__name__)
class Upper(str):
    def __str__(self):
        return "custom-str"
    def __len__(self):
        return 99
u = Upper("abc")
print(str(u), len(u), u.upper(), "%s" % u, f"{u}", "{}".format(u), print is print)
class E(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
print(E("a") == "b", "b" == E("a"), E("a") != "a", E("x") in ["y"])
class WithInit(str):
    def __init__(self, v):
        self.extra = v * 2
w = WithInit("ab")
print(w, w.extra, WithInit.__mro__[1].__name__, str.__new__(Name, "direct"), type(str.__new__(Name, "d")).__name__)
