# Word wrapping, justification and a tiny template engine built from str methods.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in (30, 45):
    print(f"--- width {width} ---")
    for words in wrap(text, width):
        print("|" + justify(words, width) + "|")
    for words in wrap(text, width):
        print("|" + " ".join(words).center(width) + "|")
template = "Dear {name},\n\tYour order #{order:05d} of {count} item{plural} ships {when}.\n\t-- {team!r}"
for name, order, count in [("Ada", 42, 1), ("Grace", 1234, 3)]:
    msg = template.format(name=name, order=order, count=count, plural="" if count == 1 else "s", when="today", team="Ops")
    print(msg.expandtabs(4))
    print(msg.splitlines()[1].strip().split(" "), msg.count("\t"), msg.title().split("\n")[0])
words = text.lower().translate(str.maketrans("", "", ".,;!")).split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5], max(words, key=len), "".join(w[0] for w in words).upper())
