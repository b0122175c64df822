# Time zone constants and local time consistency (true in every time zone).
import time
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(time.daylight == (time.timezone != time.altzone), -86400 < time.timezone < 86400)
for t in [0, 86400 * 180, 1234567890, 1700000000, 2000000000]:
    lt = time.localtime(t)
    gt = time.gmtime(t)
    off = lt.tm_gmtoff
    print(time.mktime(lt) == t, off == -time.timezone or off == -time.altzone, lt.tm_zone in time.tzname, lt.tm_isdst in (0, 1),
          (gt.tm_hour * 3600 + gt.tm_min * 60 + off) % 86400 == (lt.tm_hour * 3600 + lt.tm_min * 60) % 86400)
    print(time.strftime("%z", lt) == "%+03d%02d" % (off // 3600 if off >= 0 else -((-off) // 3600), abs(off) // 60 % 60), time.strftime("%Z", lt) == lt.tm_zone)
print(time.ctime(0) == time.asctime(time.localtime(0)), time.strftime("%Z", time.gmtime(0)), time.strftime("%z", time.gmtime(0)))
print(time.strftime("%Y-%m-%d", (2024, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)) == time.mktime(time.localtime(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))))
