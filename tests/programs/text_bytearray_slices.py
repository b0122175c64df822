# bytearray slice assignment and deletion in every shape, and aliasing through memory of the object.
def show(label, ba):
    print(label, ba, len(ba))
ba = bytearray(b"0123456789")
ba[2:5] = b""
show("del via empty", ba)
ba[0:0] = b"ab"
show("insert front", ba)
ba[len(ba):] = [120, 121]
show("append via slice", ba)
ba[-3:] = bytearray(b"XYZW")
show("grow tail", ba)
ba[1::3] = b"." * len(ba[1::3])
show("extended", ba)
ba[::-1] = bytes(reversed(ba))
show("reverse assign", ba)
ba[5:2] = b"ins"
show("empty range insert", ba)
del ba[::2]
show("del even", ba)
del ba[-2:]
show("del tail", ba)
del ba[100:]
show("del past end", ba)
ba[:] = range(65, 70)
show("from range", ba)
ba[1:4] = ba
show("self assign", ba)
b2 = ba
b2 += b"!"
b2 *= 2
show("alias", ba)
print(ba.find(b"!"), ba.count(b"A"), ba.replace(b"!", b"?"), ba.split(b"!"), ba.startswith(b"AA"), bytes(ba))
for f in [lambda: ba.__setitem__(slice(0, 2), [256]), lambda: ba.__setitem__(slice(0, 2), ["a"]),
          lambda: ba.__setitem__(slice(None, None, 2), b"x"), lambda: ba.__delitem__("x"), lambda: ba.__getitem__(1.5),
          lambda: ba.__setitem__(slice(0, 1), None), lambda: ba.__setitem__(0, 2**70)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
