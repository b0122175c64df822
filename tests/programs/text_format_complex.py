# format() of complex numbers and of numbers in str.format/f-strings with every alignment.
zs = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, 3.25 + 0j, -0.0 + 1j, 1e20 + 1e-5j, complex(1.5, float("inf"))]
for spec in ["", "g", ".2f", "+.1e", ">20", "<20", "^20", "*^24.3f", ".3", "G", "E", ",.2f", "z.1f", "#g", "+g", " g"]:
    out = []
    for z in zs:
        try:
            out.append(format(z, spec))
        except ValueError as e:
            out.append("VE:" + str(e))
    print(repr(spec), "|".join(out))
for spec in ["=10", "010", "d", "x", "%", "c", "s"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{3+4j:>12}|{3+4j:<12}|{3-4j!r:^14}|{2j:.1f}")
print("{:+.2f} and {:e}".format(1 - 1j, 0.5j))
