print("init leaf", __name__)
def leaf_fn():
    from .. import core
    return core.CORE_VALUE + 1
_private = 1
public_leaf = 2
