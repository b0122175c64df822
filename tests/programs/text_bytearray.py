# bytearray mutation: item/slice assignment, deletion, append/extend/insert/pop/remove, +=, *=, methods.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba), ba[1], ba[1:3])
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba)
ba[::2] = b"XXXXX"
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba[2:2] = [49, 50]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([35, 36])
ba.extend(range(48, 50))
ba.insert(0, 60)
ba.insert(-1, 62)
ba.insert(100, 64)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("?"))
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"), ba.find(b"++"), ba.upper(), ba.replace(b"+", b"-"))
c = ba.copy()
c.reverse()
print(c, c == ba[::-1], c is ba)
c.clear()
print(c, len(c), bytearray(b"abc") + b"def", b"abc" + bytearray(b"def"), type(b"x" + bytearray(b"y")).__name__)
print(bytearray(b"a,b").split(b","), bytearray(b" x ").strip(), bytearray(b"ab").hex(), bytearray(b"AB").lower())
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < bytearray(b"abd"), bytearray(b"x") * 3, 3 * bytearray(b"y"))
x = bytearray(b"abc")
y = x
y += b"d"
print(x is y, x)
for f in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, -1), lambda: ba.__setitem__(100, 1),
          lambda: ba.__setitem__(0, b"x"), lambda: ba.__setitem__(slice(0, 2), 5), lambda: ba.append(256),
          lambda: ba.append("a"), lambda: ba.extend("str"), lambda: ba.extend([1, 999]), lambda: bytearray().pop(),
          lambda: ba.pop(100), lambda: ba.remove(200), lambda: ba.insert(0, 256), lambda: ba.__delitem__(100),
          lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"xyz"), lambda: hash(bytearray()),
          lambda: ba.extend(5), lambda: ba.__setitem__(slice(0, 1), "s"), lambda: ba.append()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
