# heapq: heap layout after each operation (matches CPython), nlargest/nsmallest, merge.
import heapq

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 15, 13, 12]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 100), data)
print([heapq.heappop(data) for _ in range(len(data))])
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
print(tasks, [heapq.heappop(tasks)[1] for _ in range(len(tasks))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(1, []), heapq.nsmallest(10, [3, 1]))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(0, words))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "a")])))
t(lambda: heapq.heappush(1, 2))
t(lambda: heapq.heappop([]))
t(lambda: heapq.heapify(1))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappop(1))
t(lambda: heapq.heappush([], 1, 2))
t(lambda: heapq.heappush([1], "a"))
print(heapq.heappushpop([], 1))
big = list(range(200, 0, -1))
heapq.heapify(big)
print(big[:10], [heapq.heappop(big) for _ in range(5)])
