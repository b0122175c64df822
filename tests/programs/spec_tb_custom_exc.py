class ParseError(ValueError):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line

    def __str__(self):
        return f"line {self.line}: {self.args[1]}"

def parse(text):
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            raise ParseError(n, "empty line")

def main():
    try:
        parse("a\n\nb")
    except ParseError as e:
        assert e.line == 1, f"unexpected line {e.line}"

main()
