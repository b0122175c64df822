# Arguments converted with __index__ (Python code) while other, young, arguments wait.
def churn():
    return [str(i) * 3 for i in range(100)]


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        churn()
        return self.v


order = "bi"
print((258).to_bytes(I(2), order + "g"))
print((258).to_bytes(I(3), byteorder=order[:0] + "little", signed=True))
print(list(enumerate("ab", I(5))))
print(list(enumerate(iterable="xy", start=I(-1))))
try:
    enumerate("ab", 1.5)
except TypeError as e:
    print("TypeError:", e)
print([10, 20, 30, 40][I(1):I(3)], "abcdef"[I(-2)])
try:
    [1, 2][I(2 ** 70)]
except IndexError as e:
    print("IndexError:", e)
