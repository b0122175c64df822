"""Helpers for copy and pickle: how objects reduce to a constructor call plus state
(Krait's implementation; ``object.__reduce_ex__`` delegates to ``__reduce_ex__`` here)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reducer of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the `__slots__` of `cls` and its bases (mangled as stored)."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _getstate(obj):
    """The default state: the instance dict (None if empty), plus a dict of the set
    slots when the class has slots."""
    getstate = getattr(type(obj), "__getstate__", None)
    if getstate is not None:
        return getstate(obj)
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    else:
        state = dict(state) if state else None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def __reduce_ex__(obj, protocol=0):
    """``object.__reduce_ex__``: the type's own ``__reduce__`` if it has one, else the
    protocol-2 reduction ``(__newobj__, (cls, *args), state, listitems, dictitems)``."""
    cls = type(obj)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None:
        return reduce(obj)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
        func, newargs = __newobj_ex__, (cls, tuple(args), dict(kwargs))
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        args = tuple(getnewargs(obj)) if getnewargs is not None else ()
        func, newargs = __newobj__, (cls,) + args
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (func, newargs, state, listitems, dictitems)


def add_extension(module, name, code):
    pass


def remove_extension(module, name, code):
    pass


def clear_extension_cache():
    pass
