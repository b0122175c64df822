# Argument-count, keyword and type errors of str methods, with CPython's exact messages.
calls = [
    ("upper", (1,), {}), ("lower", (), {"x": 1}), ("title", (None,), {}), ("capitalize", (1, 2), {}),
    ("count", (), {}), ("count", ("a", 1, 2, 3), {}), ("find", (), {"sub": "a"}), ("index", (1,), {}),
    ("startswith", (), {}), ("endswith", ("a", 1, 2, 3), {}), ("center", (), {}), ("center", (1, " ", 3), {}),
    ("ljust", ("1",), {}), ("rjust", (1, 2), {}), ("zfill", ("1",), {}), ("zfill", (), {"width": 3}),
    ("split", (1,), {}), ("split", (), {"sep": 1}), ("split", (), {"maxsplit": "1"}), ("rsplit", (",", 1, 2), {}),
    ("splitlines", (), {"keepends": None}), ("join", (None,), {}), ("join", (["a", 2],), {}),
    ("encode", (None,), {}), ("encode", ("utf-8", None), {}), ("encode", ("utf-8", "strict", 1), {}),
    ("encode", (), {"encoding": "ascii", "bad": 1}), ("expandtabs", (None,), {}), ("format", (), {}),
    ("format_map", (), {}), ("format_map", (1,), {}), ("format_map", ({}, {}), {}), ("isalpha", (), {"x": 1}),
    ("replace", (), {}), ("replace", ("a", "b"), {"count": 1}), ("partition", (1,), {}),
    ("translate", ({}, {}), {}), ("removeprefix", (), {}), ("casefold", (1,), {}), ("swapcase", (), {"a": 1}),
    ("__contains__", (1,), {}), ("__getitem__", (), {}), ("__add__", (1,), {}), ("__mul__", ("x",), {}),
    ("__mod__", (), {}), ("__format__", (1,), {}), ("__format__", (), {}), ("__len__", (1,), {}),
    ("__eq__", (1,), {}), ("__lt__", (1,), {}), ("__hash__", (), {}), ("__getnewargs__", (), {}),
    ("__sizeof__", (1,), {}), ("istitle", (1,), {}), ("isidentifier", (), {"k": 1}),
]
for name, args, kw in calls:
    try:
        r = getattr("abc", name)(*args, **kw)
        print(name, "->", repr(r) if name != "__sizeof__" else "size")
    except Exception as e:
        print(name, type(e).__name__, e)
for f in [lambda: str.upper(1), lambda: str.join(1, []), lambda: str.split(None), lambda: str.lower(),
          lambda: str.find(b"abc", "a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(str.upper("x"), str.join(",", "ab"), str.split("a b"), str.count("aaa", "a"), str.__add__("a", "b"))
