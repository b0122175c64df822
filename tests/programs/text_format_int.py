# The format mini-language for int: every type, sign, '#', grouping, alignment, fill, zero padding.
nums = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**70), True]
for spec in ["", "d", "5d", "<5", ">5", "^6", "=+7", "+", "-", " ", "05", "010", "+010", "x", "X", "#x", "#X",
             "o", "#o", "b", "#b", "#010b", ",", "_", ",d", "_x", "_b", "_o", "#_X", "012,", "012_", "*^12,",
             "x>8", "0>8", "0<8", "0^8", "=8", " =8", "#012x", "n", "10n", ",.0f", "e", ".2%", "g", "08.3f",
             "+#x", " #o", "-#b", "z", "c" if False else "d"]:
    out = []
    for n in nums:
        try:
            out.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(spec), "|".join(out))
print(format(65, "c"), format(0x1f600, "c"), format(97, ">5c"), format(97, "<3c") + "|", format(True, "c"))
print(format(True, ""), format(True, "d"), format(False, ">6"), format(True, "^7"), format(True, "x"), f"{True:5}|")
for n, spec in [(1, "s"), (1, ".2"), (1, "c,"), (1, ",c"), (-1, "c"), (0x110000, "c"), (1, ",_"), (1, "_,"),
                (1, ",,"), (1, "#c"), (1, "+c"), (1, "=c"), (1, "j"), (1, "\u00e9"), (1, ".1d"), (1, "1,000"),
                (1, "<<<"), (1, "12345678901234567890"), (1, "0=,x"), (1, ",x"), (1, ",o"), (1, "_n"), (1, ",n")]:
    try:
        print(repr(format(n, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
print((255).__format__("x"), int.__format__(10, "b"), format(10**30, ","), format(-10**30, "_x"))
class I(int):
    pass
print(format(I(7), "03"), f"{I(255):#x}", "{:>4}".format(I(3)))
