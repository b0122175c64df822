print("start a")
import _spec_circ_b
A_VALUE = "a"
def from_b():
    return _spec_circ_b.B_VALUE
print("end a")
