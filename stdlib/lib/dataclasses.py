"""Data classes: generated __init__, __repr__, __eq__, ordering and hashing from annotations.

Krait's own implementation. `dataclass` collects the fields (the annotated class
attributes, after those of dataclass bases), then writes the source of `__init__`, the
comparisons and `__hash__` and compiles it with `exec`, so they behave like hand-written
ones (their signatures and argument errors are those of ordinary functions) and compare
field tuples without extra calls; `__repr__` and the frozen `__setattr__` are closures.
"""

import copy as _copy

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"

_empty_metadata = type(type.__dict__)({})


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_empty_metadata if metadata is None
                         else type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash,
                   self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass (used as the class attribute's value)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    name = getattr(tp, "__name__", None) or getattr(tp, "_name", None)
    origin = getattr(tp, "__origin__", None)
    return name == "ClassVar" or (origin is not None
                                  and getattr(origin, "_name", None) == "ClassVar")


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar")
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    if isinstance(tp, str):
        return tp in ("KW_ONLY", "dataclasses.KW_ONLY")
    return tp is KW_ONLY or tp is _KW_ONLY_TYPE


def _get_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING \
            and f.default.__class__.__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use "
                         "default_factory" % (type(f.default), name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = "%s.%s" % (cls.__qualname__, value.__name__)
    setattr(cls, name, value)
    return False


def _make_function(name, args, body, env, return_none=True):
    """Compiles `def name(args): body` with the names in `env` visible to it."""
    src = "def %s(%s):\n" % (name, ", ".join(args))
    if not body:
        body = ["pass"]
    src += "".join("    %s\n" % line for line in body)
    ns = {}
    exec(src, dict(env), ns)
    return ns[name]


def _annotation_text(tp):
    if isinstance(tp, type) and not hasattr(tp, "__origin__"):
        if tp.__module__ == "builtins":
            return tp.__qualname__
        return "%s.%s" % (tp.__module__, tp.__qualname__)
    if hasattr(tp, "__origin__") and not isinstance(tp, InitVar):
        return str(tp)
    return repr(tp)


def _signature_text(std_fields, kw_fields):
    """The text of the generated __init__'s signature, as the class's docstring shows it."""
    def param(f):
        text = "%s: %s" % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            return text + " = <factory>"
        if f.default is not MISSING:
            return text + " = %r" % (f.default,)
        return text

    parts = [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_fields if f.init]
    if kw:
        parts += ["*"] + kw
    return "(%s)" % ", ".join(parts)


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, self_name):
    seen_default = False
    for f in std_fields:
        if f.init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument"
                                % (f.name,))
    env = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
           "__dataclass_builtins_object__": object}

    def param(f):
        name = f.name
        if f.default_factory is not MISSING:
            return "%s=_HAS_DEFAULT_FACTORY" % name
        if f.default is not MISSING:
            env["_dflt_" + name] = f.default
            return "%s=_dflt_%s" % (name, name)
        return name

    def store(name, value):
        if frozen:
            return "__dataclass_builtins_object__.__setattr__(%s, %r, %s)" % (
                self_name, name, value)
        return "%s.%s = %s" % (self_name, name, value)

    body = []
    for f in all_fields:
        name = f.name
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            env["_factory_" + name] = f.default_factory
            if f.init:
                value = "_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (
                    name, name, name)
            else:
                value = "_factory_%s()" % name
        elif f.init:
            value = name
        elif f.default is not MISSING:
            env["_dflt_" + name] = f.default
            value = "_dflt_" + name
        else:
            continue
        body.append(store(name, value))
    if has_post_init:
        args = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append("%s.__post_init__(%s)" % (self_name, ", ".join(args)))
    params = [self_name] + [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_fields if f.init]
    if kw:
        params += ["*"] + kw
    return _make_function("__init__", params, body, env)


_repr_running = set()


try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        key = (id(self), _get_ident())
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, ", ".join(parts))

    return __repr__


def _tuple_text(obj, fields):
    if not fields:
        return "()"
    return "(%s,)" % ", ".join("%s.%s" % (obj, f.name) for f in fields)


_OPS = {"__eq__": "==", "__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}


def _cmp_fn(name, fields):
    """`name(self, other)` comparing the fields' tuples when both are of one class."""
    body = [
        "if other.__class__ is self.__class__:",
        "    return %s %s %s" % (_tuple_text("self", fields), _OPS[name],
                                 _tuple_text("other", fields)),
        "return NotImplemented",
    ]
    return _make_function(name, ["self", "other"], body, {})


def _frozen_fns(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _hash_fn(fields):
    body = ["return hash(%s)" % _tuple_text("self", fields)]
    return _make_function("__hash__", ["self"], body, {})


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_marker_seen = False
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            if kw_marker_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % (name,))
            kw_marker_seen = True
            kw_only = True
            continue
        own.append(_get_field(cls, name, tp, kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_fields = list(fields.values())
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    field_list = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_new_attribute(cls, "__init__",
                           _init_fn(cls, init_fields, std_fields, kw_fields, frozen,
                                    has_post_init, self_name))
        if not cls.__dict__.get("__doc__"):
            cls.__doc__ = cls.__name__ + _signature_text(std_fields, kw_fields)
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr]))
    if eq:
        _set_new_attribute(cls, "__eq__",
                           _cmp_fn("__eq__", [f for f in field_list if f.compare]))
    if order:
        cmp_fields = [f for f in field_list if f.compare]
        for name in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, name, _cmp_fn(name, cmp_fields)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider "
                                "using functools.total_ordering" % (name, cls.__name__))
    if frozen:
        setattr_fn, delattr_fn = _frozen_fns(cls, field_list)
        for fn in (setattr_fn, delattr_fn):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (fn.__name__, cls.__name__))

    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s"
                            % (cls.__name__,))
        cls.__hash__ = _hash_fn(hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_fields)

    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _add_slots(cls, frozen):
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % (cls.__name__,))
    cls_dict = dict(cls.__dict__)
    names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                  if f._field_type is _FIELD)
    inherited = set()
    for b in cls.__mro__[1:-1]:
        inherited.update(getattr(b, "__slots__", ()))
    cls_dict["__slots__"] = tuple(n for n in names if n not in inherited)
    for n in names:
        cls_dict.pop(n, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__",
                 "__setattr__", "__delattr__", "__hash__"):
        fn = new_cls.__dict__.get(name)
        try:
            for cell in getattr(fn, "__closure__", None) or ():
                if cell.cell_contents is cls:
                    cell.cell_contents = new_cls
        except (AttributeError, ValueError):
            pass
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    """Adds generated special methods to a class, from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (Field objects) of a dataclass or an instance of one, in order."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()"
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False):
    """Makes a dataclass from a list of names, (name, type) or (name, type, Field)."""
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots)
