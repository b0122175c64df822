# Parsing text the way real programs do: CSV-ish lines, key=value configs, tokenizing, number extraction.
csv = """name, age ,city
  Alice,30, New York
Bob,25,Paris  
"Carol, Jr",41,Berlin

Dan,,Tokyo"""
lines = [ln for ln in csv.splitlines() if ln.strip()]
header = [h.strip() for h in lines[0].split(",")]
for ln in lines[1:]:
    if ln.startswith('"'):
        q, rest = ln[1:].split('"', 1)
        fields = [q] + rest.lstrip(",").split(",")
    else:
        fields = ln.split(",")
    rec = dict(zip(header, (f.strip() for f in fields)))
    print(rec, rec["age"].isdigit() and int(rec["age"]) > 28)
config = """
# comment
host = example.org
port=8080
  debug = yes  
path = /a=b/c
empty =
"""
settings = {}
for raw in config.splitlines():
    line = raw.split("#", 1)[0].strip()
    if not line:
        continue
    key, sep, value = line.partition("=")
    settings[key.strip()] = value.strip()
print(settings, settings["port"].isdecimal(), settings["debug"].lower() in ("yes", "true"))
expr = "x1 = (alpha+42) * beta_2 - 3.5e-2 / gamma"
tokens, i = [], 0
while i < len(expr):
    c = expr[i]
    if c.isspace():
        i += 1
    elif c.isalpha() or c == "_":
        j = i
        while j < len(expr) and (expr[j].isalnum() or expr[j] == "_"):
            j += 1
        tokens.append(("NAME", expr[i:j]))
        i = j
    elif c.isdigit():
        j = i
        while j < len(expr) and (expr[j].isdigit() or expr[j] in ".eE-" and not (expr[j] == "-" and expr[j - 1] not in "eE")):
            j += 1
        tokens.append(("NUM", expr[i:j]))
        i = j
    else:
        tokens.append(("OP", c))
        i += 1
print(tokens)
print([t for k, t in tokens if k == "NAME" and t.isidentifier()], [float(t) for k, t in tokens if k == "NUM"])
log = "2024-01-05 12:00:01 ERROR [db] timeout after 30s\n2024-01-05 12:00:07 INFO [web] ok\n2024-01-06 08:15:00 WARN [db] slow query 2.5s"
for entry in log.split("\n"):
    date, time, level, rest = entry.split(" ", 3)
    comp = rest[rest.index("[") + 1:rest.index("]")]
    msg = rest[rest.index("]") + 2:]
    print(f"{date.replace('-', '/')}|{time[:5]}|{level:<5}|{comp.upper():^4}|{msg.capitalize()!r}")
print(" ".join(w.capitalize() for w in "snake_case_to_title".split("_")), "CamelCaseString".swapcase(),
      "".join("_" + c.lower() if c.isupper() else c for c in "camelCaseName").lstrip("_"))
