# Clocks of the time module: types, monotonicity and consistency (never absolute values).
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
for name in ["monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    fns = getattr(time, name + "_ns")
    a = f()
    b = f()
    an = fns()
    bn = fns()
    print(name, type(a).__name__, type(an).__name__, b >= a, bn >= an, a >= 0)
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0.02)
m2 = time.monotonic()
p2 = time.perf_counter()
print(m2 - m1 >= 0.015, p2 - p1 >= 0.015, m2 - m1 < 5)
time.sleep(0)
time.sleep(1e-6)
time.sleep(True - 1)
x = 0
c1 = time.process_time()
for i in range(200000):
    x += i
c2 = time.process_time()
print(c2 >= c1, x)
for bad in [-1, -0.5, "1", None, float("nan"), float("inf") * -1]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
for clock in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(clock)
    print(clock, type(info.implementation).__name__, type(info.monotonic).__name__, type(info.adjustable).__name__, info.resolution > 0, info.resolution < 1)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable, time.get_clock_info("time").monotonic)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(type(e).__name__, e)
