# Imported by threading_import.py from several threads at once: its body takes a while,
# and the names it defines last must be there for every importer.
import time

started = True
time.sleep(0.1)
junk = [list(range(i)) for i in range(200)]
value = 42


def f():
    return value * 2
