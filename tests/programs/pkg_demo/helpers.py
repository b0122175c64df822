def double(x):
    return 2 * x
_private = 1
public = 2
__all__ = ["double", "public"]
