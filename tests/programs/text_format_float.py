# The format mini-language for float: e E f F g G % n and no type, precision, alt form, grouping, z.
inf, nan = float("inf"), float("nan")
nums = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1234567.891, 1e-7, 1.5e16, 1e22, 123456789012345678.0,
        0.000123456, 99999.5, 9.9999995, 1e100, 5e-324, inf, -inf, nan]
for spec in ["", "e", "E", ".2e", ".0e", "#.0e", "f", "F", ".0f", "#.0f", ".3f", ".10f", "g", "G", ".3g", ".0g",
             "#g", "#.3g", ".10g", "%", ".1%", ".0%", ".3", ".1", ".0", ".12", "#", "+", " ", "+.2f", "10.2f",
             "<10.1f", "^10.1e", "=+12.3f", "*>12", "012.3f", "012", ",", ",.2f", "_.3f", ",g", ",e", "z.1f",
             "z", "zg", "+z.0f", "n", ".3n", "012,.1f", "#x" if False else "r", "-"]:
    out = []
    for x in nums:
        try:
            out.append(format(x, spec))
        except ValueError as e:
            out.append("VE")
    print(repr(spec), "|".join(out))
for x, spec in [(1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, "s"), (1.5, ",_f"), (1.5, "#.2%"), (2.0, ".2h"),
                (1.5, "=10"), (1.5, "<>"), (1.5, ".f"), (1.5, "."), (1.5, ".-1f")]:
    try:
        print(repr(format(x, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
print(format(1e300 * 10, ""), format(1 / 3, ".17g"), format(2 / 3, ".50f"), format(1e-10, ".20f"))
print(format(123.456, "e"), format(-123.456, "+E"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"))
print(float.__format__(2.5, "08.2f"), f"{-0.0:+}", f"{-0.0:z}", f"{-1e-9:z.3f}", f"{-1e-9:.3f}", f"{0.1 + 0.2}")
class Fl(float):
    pass
print(format(Fl(2.5), ".1f"), f"{Fl(0.25):%}", str(Fl(1.0)), repr(Fl(1e20)))
