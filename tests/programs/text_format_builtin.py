# format() builtin, __format__ protocol, str formatting specs, object.__format__ rules.
print(format("abc"), format("abc", ""), format("abc", "10") + "|", format("abc", "<10") + "|", format("abc", ">10"))
print(format("abc", "^10"), format("abc", "*^9"), format("abc", ".2"), format("abc", "10.1") + "|", format("日本", "^6"))
print(format("abc", "s"), format("abc", "05"), format("ab", "0>5"), format("ab", "x<4s"), format("", "3") + "|")
print(format(None), format([1, 2]), format((1,), ""), format({1}), format(b"x"), format(2 + 3j), format(2 + 3j, ">10"))
print(format(3j, ".2f"), format(1 + 2j, "+.1e"), format(-1.5 - 0.5j, "^20"), format(complex(1, 2), "g"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, "usd"), format(m, ".1f"), f"{m:usd}", "{:usd}".format(m), "{0:>8}".format(m), format(m))
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), format(Plain(), ""), f"{Plain()}", "{}".format(Plain()), "%s" % Plain())
for f in [lambda: format(Plain(), "10"), lambda: format(object(), "x"), lambda: format([], ">5"),
          lambda: format(1, 2), lambda: format(), lambda: format(1, "", 3), lambda: format("a", "=5"),
          lambda: format("a", "+"), lambda: format("a", "#"), lambda: format("a", ","), lambda: format("a", "d"),
          lambda: format(None, "s"), lambda: format(1 + 1j, "=10"), lambda: format(1j, "010"), lambda: format(1j, "c")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Sub(str):
    def __format__(self, spec):
        return "Sub:" + spec
print(format(Sub("x"), "y"), f"{Sub('x'):z}", "{:w}".format(Sub("x")))
class Bad:
    def __format__(self, spec):
        return None
for f in [lambda: format(Bad()), lambda: f"{Bad()}", lambda: "{}".format(Bad())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(object.__format__(Plain(), ""), str.__format__("abc", ">5"), int.__format__(5, ""), type(format(True, "")).__name__)
try:
    object.__format__(Plain(), "x")
except TypeError as e:
    print("TypeError", e)
