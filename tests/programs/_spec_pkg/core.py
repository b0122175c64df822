print("init core", __name__, __package__)
CORE_VALUE = 42
def core_fn():
    from .util import helper
    return "core_fn+" + helper()
