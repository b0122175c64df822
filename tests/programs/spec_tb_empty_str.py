class Quiet(Exception):
    pass

def f():
    raise Quiet()

try:
    f()
except Quiet:
    raise KeyError("")
