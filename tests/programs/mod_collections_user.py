# collections.UserDict, UserList and UserString.
from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld["a"], "b" in ld, len(ld), sorted(ld), ld.get("zz", 0), ld.data)
print(ld.pop("a"), ld.setdefault("d", 4), ld, ld == {"b": 2, "c": 3, "d": 4})
try:
    ld["missing"]
except KeyError as e:
    print("KeyError", e)
class Missing(UserDict):
    def __missing__(self, key):
        return "M:" + key
print(Missing()["q"])
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, len(ul), 2 in ul, ul + [9], [9] + ul, ul * 2)
ul += [5]
print(ul, ul.pop(), ul.index(2), ul.count(1), ul == [0, 1, 2, 3], ul < [0, 1, 3])
ul.reverse(); ul.insert(0, "x"); ul.remove(3); print(ul, list(reversed(ul)))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack()
s.push(1); s.push(2)
print(s, s.pop(), s.data)
us = UserString("Hello")
print(us, repr(us), us.upper(), us.lower(), us + " world", len(us), us[1:3], "ell" in us, us == "Hello")
print(us * 2, us.find("l"), us.replace("l", "L"), us.split("l"), us.startswith("He"), str(us).join("--"))
