# int.to_bytes / int.from_bytes: byte orders, signedness, lengths and errors.
for v, n, order, signed in [(0, 1, "big", False), (0, 0, "big", False), (1, 1, "big", False), (255, 1, "little", False),
                             (256, 2, "big", False), (256, 2, "little", False), (-1, 1, "big", True), (-1, 4, "little", True),
                             (-128, 1, "big", True), (127, 1, "big", True), (-129, 2, "big", True), (2**64 - 1, 8, "big", False),
                             (2**64, 9, "little", False), (-(2**63), 8, "big", True), (1, 10, "big", True), (-2, 10, "big", True),
                             (10**30, 16, "big", False)]:
    b = v.to_bytes(n, order, signed=signed)
    print(v, n, order, signed, b, int.from_bytes(b, order, signed=signed) == v)
print((1024).to_bytes(2), (7).to_bytes(), (65).to_bytes(length=1), (258).to_bytes(2, byteorder="little"), (5).to_bytes(3, "big"))
print(int.from_bytes(b""), int.from_bytes(b"", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
print(int.from_bytes((x for x in [255, 255]), "little", signed=True), int.from_bytes(b"\x00" * 20 + b"\x01", "big"))
print(int.from_bytes(b"\xff" * 20, "little", signed=True), int.from_bytes(b"\xff" * 20, "little"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x02", "big")
print(type(r).__name__, r, bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")))
for t in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(128).to_bytes(1, 'big', signed=True)",
          "(-129).to_bytes(1, 'big', signed=True)", "(1).to_bytes(-1, 'big')", "(1).to_bytes(1, 'middle')",
          "(1).to_bytes(1, 5)", "int.from_bytes(b'1', 'middle')", "int.from_bytes('ab', 'big')", "int.from_bytes(5, 'big')",
          "(1).to_bytes(1.0, 'big')", "(0).to_bytes(0, 'big')", "(1).to_bytes(0, 'big')", "int.from_bytes([256], 'big')",
          "(1).to_bytes(1, 'big', True)", "(1).to_bytes(1, 'big', signed=True, x=1)"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
