# f-strings: conversions, format specs, nested specs, expressions, quotes, braces.
x, name, pi, items = 42, "Ann", 3.14159265, [1, 2, 3]
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{name!r:>8}", f"{x:>5}|{x:<5}|{x:^5}|")
print(f"{pi:.2f}", f"{pi:10.3e}", f"{x:08b}", f"{x:#x}", f"{x:,}", f"{10**6:_}", f"{0.5:%}", f"{x:+d}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{pi:{w}.{p}}|", f"{name:{'*'}^{w}}", f"{x:{'>' if x > 0 else '<'}{w}}|")
print(f"{items[0] + items[-1]}", f"{len(name) * 2}", f"{'yes' if x else 'no'}", f"{[i * i for i in items]}")
print(f"{{literal}}", f"{{{x}}}", f"a{{b", f"}}", f"{x}{x}", f"", f"{''}", f"{name}'s", f'{name!r}"')
d = {"k": "v", 1: "one"}
print(f"{d['k']}", f"{d[1]}", f"{(lambda: 'lam')()}", f"{x if x else 0}", f"{ {'a': 1}['a'] }")
print(f"{x=}", f"{name=}", f"{pi=:.2f}", f"{x = }", f"{x=!s}", f"{name=!a}", f"{x*2=}", f"{items[1] = :>4}")
print(f"{3.0=}", f"{None=}", f"{'é'=}", f"{name.upper()=}")
print(f"{x:{'x'}}", f"{x!s:>{w}}", f"{name:.{p}}", f"{12345.6789:,.2f}", f"{-x:=+8}", f"{x:c}")
print(f"nested {f'{x}'} and {f'{name:>{w}}'}")
print(f"{'multi'}" f"{'part'}" "plain" f"{x}")
print(f"""triple {x}
line two {name!r}""")
print(rf"raw \n {x}", fr"{name}\t", f"\t{x}\n".strip())
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
    def __repr__(self):
        return "F()"
print(f"{F()}", f"{F():abc}", f"{F():{w}x}", f"{F()!r}", f"{F()!r:>6}", f"{F()=}", f"{F()=:zz}")
for fn in [lambda: f"{x:q}", lambda: f"{name:d}", lambda: f"{pi:d}", lambda: f"{x:.2s}", lambda: f"{name:=10}",
           lambda: f"{x:{'<<'}}", lambda: f"{object():>5}", lambda: f"{x:,b}"]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    f"{BadFmt()}"
except TypeError as e:
    print("TypeError", e)
