# str.format and str.format_map: numbering, attributes, indexes, conversions, nested specs, errors.
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print("{} {} {}".format(1, "a", 2.5), "{0}{1}{0}".format("ab", "cd"), "{a}-{b}".format(a=1, b=2))
print("{0.x} {0.y[1]} {p.y[0]}".format(P(), p=P()), "{0[key]} {0[1]}".format({"key": "v", 1: "one"}))
print("{!r} {!s} {!a}".format(P(), P(), "é"), "{0!r:>10}".format("x"), "{:{}}|".format("ab", 5))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=2), "{0:{1}{2}}".format(42, "+", "d"))
print("{{}} {{{}}}".format(7), "{:*^11}".format("mid"), "{:>{w}}".format("r", w=4), "{0:}".format(5))
print("{[0]}".format("xyz"), "{0[-1]}".format({"-1": "neg"}), "{.real}".format(3), "{0[ a ]}".format({" a ": 1}))
print("{:%}".format(0.25), "{:,}".format(1234567), "{:_x}".format(0xdeadbeef), "{:e}".format(12345.678))
print("{name} is {age}".format_map({"name": "Ann", "age": 7}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
                      ("{2}", (1,), {}), ("{x}", (), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}),
                      ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{:d}", ("s",), {}),
                      ("{:s}", (1,), {}), ("{0:{1}}", (1, "{}"), {}), ("{:{:{}}}", (1, 2, 3), {}),
                      ("{0!r", (1,), {}), ("{!rx}", (1,), {}), ("{0:x<}", ("ab",), {}), ("{0.nope}", (1,), {}),
                      ("a}b", (), {}), ("{:,d}", (1.5,), {}), ("{:=}", ("s",), {}), ("{:+}", ("s",), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(fmt, type(e).__name__, e)
try:
    "{0}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map([])
except Exception as e:
    print(type(e).__name__, e)
print("{0}".format(*["only"]), "{x}".format(**{"x": "kw"}), "{}".format(None), "{}".format([1, "a"]))
