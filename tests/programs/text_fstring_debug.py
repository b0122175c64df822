# Self-documenting f-strings (=): whitespace preservation, conversions, specs, nesting and quotes.
a, b, name = 3, 4.5, "Zoë"
data = {"k": [1, 2]}
print(f"{a=}", f"{a =}", f"{a= }", f"{ a = }", f"{a+1=}", f"{a + 1 = }", f"{a*b=:.1f}")
print(f"{name=}", f"{name=!s}", f"{name=!r}", f"{name=!a}", f"{name=:>6}", f"{name=!s:>6}", f"{name = !r:^9}")
print(f"{data['k']=}", f"{data['k'][0]=}", f"{len(data)=}", f"{[x for x in range(3)]=}", f"{ (1, 2) = }")
print(f"{'quoted'=}", f'{"dq"=}', f"{a=}{b=}", f"pre {a=} post", f"{a=}{{braces}}", f"{b=:{a}.{a}}")
print(f"{None=}", f"{True=}", f"{1.0=}", f"{-a=}", f"{not a=}", f"{a if a else b=}", f"{(lambda: 1)()=}")
class P:
    def __repr__(self):
        return "P<repr>"
    def __str__(self):
        return "P<str>"
    def __format__(self, spec):
        return "P<fmt:" + spec + ">"
p = P()
print(f"{p=}", f"{p=!s}", f"{p=:x}", f"{p}", f"{p!r}", f"{p!s}", f"{p!a}", f"{p:}")
x = 10
print(f"{x=}" f"{x=}", f"{x!r:>{x}}", f"{x=:#06x}", f"{x=:,}", f"{x = :_b}")
print(f"""{
    x
}""", f"""{x
     + 1}""", f"""{x
=}""")
