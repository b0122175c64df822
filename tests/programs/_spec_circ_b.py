print("start b")
import _spec_circ_a
B_VALUE = "b"
print("b sees a partially:", hasattr(_spec_circ_a, "A_VALUE"))
print("end b")
