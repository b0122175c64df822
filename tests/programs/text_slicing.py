# Indexing and slicing with steps and negative indexes, ASCII and non-ASCII.
for s in ["abcdefghij", "αβγδεζηθικ", "a日b本c語d", ""]:
    print(repr(s), len(s))
    for sl in [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
               (1, 8, 2), (None, None, -1), (8, 1, -2), (-1, -8, -3), (100, None, None), (None, 100, None),
               (-100, 100, 3), (5, 5, None), (7, 3, None), (None, None, 4), (None, None, -4), (3, None, -1),
               (-2, -1, None), (2**70, None, None), (-2**70, 2**70, 2**65)]:
        print("  ", sl, repr(s[slice(*sl)]))
    for i in [0, 1, -1, -2, 5, 9, -10]:
        try:
            print("  [%d]" % i, repr(s[i]))
        except IndexError as e:
            print("  [%d]" % i, "IndexError", e)
s = "hello"
for k in [1.0, "1", None, 2**100, -2**100, slice(None, None, 0), slice("a", None)]:
    try:
        print(repr(s[k]))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 1
print(s[I()], s[I():], s[:I()], s[::I()])
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print(list("héllo"), list(reversed("héllo")), sorted("héllo"), "".join(reversed("日本語")))
print([c for c in "a\u0301\U0001f600"], len("\U0001f600"), "\U0001f600"[0] == "\U0001f600")
