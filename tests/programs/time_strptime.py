# time.strptime basics: common directives, defaults, and errors.
import time
for s, f in [("2024-02-29 13:45:30", "%Y-%m-%d %H:%M:%S"), ("1999", "%Y"), ("31/12/99", "%d/%m/%y"), ("Mar 5 2001", "%b %d %Y"),
             ("Monday 1 January 2024", "%A %d %B %Y"), ("10:30 PM", "%I:%M %p"), ("12:00 AM", "%I:%M %p"), ("070", "%j"),
             ("2024 070", "%Y %j"), ("  2024", " %Y"), ("5", "%m"), ("68", "%y"), ("69", "%y"), ("20240102", "%Y%m%d"),
             ("12%", "%d%%"), ("Tue Feb 13 10:20:30 2024", "%c") if False else ("Tue Feb 13 10:20:30 2024", "%a %b %d %H:%M:%S %Y")]:
    r = time.strptime(s, f)
    print(repr(s), tuple(r))
print(tuple(time.strptime("Thu Jan  1 00:00:00 1970")))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Y %m"), ("2024 x", "%Y"), ("30/02/2024", "%d/%m/%Y"), ("25:00", "%H:%M")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    time.strptime(5)
except TypeError as e:
    print(type(e).__name__, e)
