# collections.deque: error cases and mutation during iteration.
from collections import deque

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen=1.5))
t(lambda: deque([1], 2, 3))
t(lambda: deque(x=1))
t(lambda: deque(5))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1])[5])
t(lambda: deque([1])[-2])
t(lambda: deque([1])["a"])
t(lambda: deque([1])[0:1])
t(lambda: deque([1]).index(5))
t(lambda: deque([1, 2, 3, 4]).index(3, -2))
t(lambda: deque([1, 2, 3, 4]).index(3, 0, 2))
t(lambda: deque([1]).index(1, "a"))
t(lambda: deque([1]).remove(5))
t(lambda: deque([1]).count())
t(lambda: deque([1]).append())
t(lambda: deque([1]).rotate("a"))
t(lambda: deque([1]) + [2])
t(lambda: deque([1]) * 2.0)
t(lambda: deque([1]) < [1])
t(lambda: hash(deque()))
t(lambda: {deque()})
def setbad():
    q = deque([1])
    q[3] = 0
t(setbad)
def delbad():
    q = deque([1])
    del q[3]
t(delbad)
for op in ["append(4)", "appendleft(0)", "pop()", "popleft()", "clear()", "rotate(1)",
           "remove(2)", "insert(1, 9)", "reverse()", "extend([])", "__setitem__(0, 5)"]:
    q = deque([1, 2, 3])
    it = iter(q)
    next(it)
    eval("q." + op)
    try:
        print(op, next(it))
    except RuntimeError as e:
        print(op, "RuntimeError", e)
class Eq:
    def __init__(self, q):
        self.q = q
    def __eq__(self, other):
        self.q.append(0)
        return False
q = deque([1, 2, 3])
t(lambda: q.count(Eq(q)))
q = deque([1, 2, 3])
t(lambda: q.remove(Eq(q)))
q = deque([1, 2, 3])
t(lambda: Eq(q) in q)
