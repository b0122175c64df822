# Compile-time f-string errors (through compile()), and runtime errors raised inside f-string fields.
for src in ['f"{x!z}"', 'f"{}"', 'f"{x"', 'f"}"', 'f"{x:{y:{z}}}"', 'f"{x!}"', 'f"{x=!z}"', 'f"{ }"',
            "f'{\"a\"}'", 'f"{x!r:>{w}}"', 'f"{{}}"']:
    try:
        compile(src, "<fstring>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
def boom():
    raise RuntimeError("inside field")
class NoFmt:
    def __format__(self, spec):
        raise ValueError("bad spec " + repr(spec))
for fn in [lambda: f"{boom()}", lambda: f"{1/0}", lambda: f"{NoFmt():xyz}", lambda: f"{undefined_name}",
           lambda: f"{[][1]}", lambda: f"{'abc':{boom()}}", lambda: f"{3:{'q'}}", lambda: f"{None:>{'x'}}"]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
