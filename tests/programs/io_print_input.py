import sys
print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(1, 2, 3, sep="")
print(*["x", "y"], sep=", ")
print("to stderr", file=sys.stderr)
sys.stdout.write("direct write\n")
name = input("Name? ")
print("Hello,", name)
age = input()
print("age next year:", int(age) + 1)
rest = sys.stdin.read()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(sys.stdout.isatty() in (True, False), sys.stdin.readable(), sys.stdout.writable())
try:
    print("x", sep=3)
except TypeError as e:
    print("TypeError:", e)
