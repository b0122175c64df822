def divide(a, b):
    return a / b

def outer(x):
    total = x + 1
    return divide(total, 0)

print("before")
outer(41)
