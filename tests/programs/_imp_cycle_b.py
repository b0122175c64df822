# The other half of the circular import in threading_import.py.
import time

time.sleep(0.05)
import _imp_cycle_a

B = "b"


def get():
    return _imp_cycle_a.A
