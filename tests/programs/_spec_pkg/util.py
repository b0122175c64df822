print("init util", __name__)
import _spec_pkg
def helper():
    return "helper"
partial_seen = hasattr(_spec_pkg, "exported")
