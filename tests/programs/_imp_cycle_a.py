# Half of a circular import run from two threads at once (threading_import.py).
import time

time.sleep(0.05)
import _imp_cycle_b

A = "a"


def get():
    return _imp_cycle_b.B
