def items():
    yield 1
    yield int("two")

def consume():
    return [i * 2 for i in items()]

print(consume())
