# bisect: search and insertion, lo/hi bounds, key functions, errors.
import bisect

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)])
print([bisect.bisect_right(a, x) for x in range(10)], bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect(a, 100, lo=3))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5); bisect.insort_right(b, 5.0); print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("apple", 3), ("fig", 5), ("kiwi", 9)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]), bisect.bisect_right(records, 5, key=lambda r: r[1]))
bisect.insort(records, ("date", 6), key=lambda r: r[1])
print(records)
words = ["bb", "a", "ccc"]
s = sorted(words, key=len)
bisect.insort_left(s, "dd", key=len)
print(s)
t(lambda: bisect.bisect([1, 2], 1, -1))
t(lambda: bisect.insort([1], 1, lo=-2))
t(lambda: bisect.bisect(1, 1))
t(lambda: bisect.bisect([1, 2], 1, x=2))
t(lambda: bisect.bisect([1, "a"], 1.5))
print(bisect.bisect([1, 2, 3], 2, 1, 1), bisect.bisect([1, 2, 3], 2, hi=-5), bisect.bisect_left([], 1))
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right("acegi", "d"))
