import sys
try:
    1 / 0
except ZeroDivisionError:
    print("handled; exiting cleanly", file=sys.stderr)
    sys.exit(0)
