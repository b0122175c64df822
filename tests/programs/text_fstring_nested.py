# Nested replacement fields in f-strings and str.format specs; evaluation order and scoping.
width, prec, fill, align = 12, 3, "*", "^"
val = 1234.56789
print(f"[{val:{fill}{align}{width}.{prec}f}]", f"[{val:{width}}]", f"[{val:{'<'}{width},.{prec - 1}f}]")
print(f"[{'txt':{fill}>{width // 2}}]", f"[{42:{'0'}{width}{'x'}}]", f"[{42:{'#'}{'b'}}]")
specs = [".1f", "e", "10.2%", "+,"]
print([f"{val:{s}}" for s in specs], [f"{i:{i}}" for i in range(1, 5)])
print("[{:{}{}{}.{}f}]".format(val, fill, align, width, prec), "[{0:{1}}]".format("ab", 6), "[{x:{y}}]".format(x=1, y="03"))
order = []
def t(v):
    order.append(v)
    return v
print(f"{t(1)}{t(2):{t(3)}}{t(4)!r:{t(5)}{t(6)}}", order)
def outer():
    n = 7
    def inner():
        return f"{n:>{n}}|"
    return inner()
print(outer(), [f"{c}{i}" for i, c in enumerate("ab")], (lambda q: f"<{q}>")("lam"))
class K:
    attr = "class-attr"
    s = f"{attr}"
print(K.s, f"{K.attr!r:>14}", f"{f'{1}'}")
print(f"{'{'}", f"{'}'}", f"{'{}'}", f"{{{'x'}}}", f"{3:{{}}}" if False else "", "{{{}}}".format("y"))
try:
    f"{val:{'invalid spec'}}"
except ValueError as e:
    print("ValueError", e)
try:
    "{:{}}".format(1, "{")
except ValueError as e:
    print("ValueError", e)
