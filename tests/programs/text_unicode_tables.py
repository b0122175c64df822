# Whole-range checks of case mappings and classification against CPython's Unicode tables
# (hashes are deterministic: the runner sets PYTHONHASHSEED=0).
bmp = "".join(map(chr, range(0xd800))) + "".join(map(chr, range(0xe000, 0x10000)))
astral = "".join(map(chr, range(0x10000, 0x20000)))
for name in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
    f = getattr(str, name)
    a = "".join(map(f, bmp))
    b = "".join(map(f, astral))
    print(name, len(a), hash(a), len(b), hash(b))
print(len(bmp.upper()), hash(bmp.lower()), hash(bmp.title()), hash(astral.swapcase()), hash(bmp.casefold()))
for name in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
             "isupper", "islower", "istitle", "isidentifier"]:
    f = getattr(str, name)
    print(name, sum(map(f, bmp)), hash("".join(filter(f, bmp))), sum(map(f, astral)), hash("".join(filter(f, astral))))
print(repr(bmp[0x300:0x310]), ascii(bmp[0x2000:0x2010]), repr(astral[0xe000:0xe008]))
print(hash(repr(bmp)), hash(ascii(astral)), len(repr(bmp)), len(repr(astral)))
