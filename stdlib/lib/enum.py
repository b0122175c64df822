"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Krait's own implementation. A class statement with an enum base runs its body in an
`_EnumDict`, which records the member names (and resolves `auto()` values) in definition
order; `EnumType.__new__` then builds the class and one instance per member. Calling an
enum class looks a member up by value (`EnumType.__call__`), or, with names, makes a new
enum (the functional API).
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "auto", "unique", "member", "nonmember", "property", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
]

# The classes of this module, once defined: they hold no members, and their own
# `__new__`/`__init__` are never used to make members.
_library = set()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


class member:
    """Forces a value (a function, say) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members: it stays a plain class attribute."""

    def __init__(self, value):
        self.value = value


_builtin_property = property


class property:
    """A property of enum members; read through the class, it is the member of that name."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = getattr(fget, "__name__", None)
        self.ownerclass = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.ownerclass = ownerclass

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (AttributeError, KeyError):
                raise AttributeError(self.name) from None
        if self.fget is None:
            raise AttributeError("%r has no getter" % (self.name,))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.ownerclass.__name__, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.ownerclass.__name__, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _get_name(self):
    return self._name_


def _get_value(self):
    return self._value_


def _read_only(attr, get):
    """A built-in property (fast to read) whose writes fail as CPython's enum says."""

    def set(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (attr,))

    def delete(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % (attr,))

    return _builtin_property(get, set, delete)


class auto:
    """Stands for a value chosen by the enum's `_generate_next_value_`."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _EnumDict(dict):
    """The namespace of an enum class body: remembers members in order."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate = None

    def __setitem__(self, key, value):
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        forced = isinstance(value, member)
        if forced:
            value = value.value
        if not forced and (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value)):
            if key == "_generate_next_value_":
                self._generate = value
        else:
            if key in self._member_names:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                value = self._generate(
                    key, 1, len(self._member_names), self._last_values[:])
            self._member_names.append(key)
            self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _enum_bases(bases):
    """The member type (a data type mixed in, or object) and the nearest enum base."""
    member_type = object
    first_enum = None
    for base in bases:
        for b in base.__mro__:
            if b is object:
                continue
            if isinstance(b, EnumType):
                if first_enum is None:
                    first_enum = b
                continue
            if member_type is object:
                member_type = b
            break
    return member_type, first_enum


def _kind(cls):
    flag = globals().get("Flag")
    return "flag" if flag is not None and issubclass(cls, flag) else "enum"


class EnumType(type):
    """The metaclass of enums."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        for base in bases:
            for b in base.__mro__:
                if isinstance(b, EnumType) and b._member_names_:
                    raise TypeError(
                        "<%s %r> cannot extend %r" % (_kind(b), cls, b))
        _, first_enum = _enum_bases(bases)
        if first_enum is not None:
            d._generate = first_enum._generate_next_value_
        return d

    def __new__(metacls, cls, bases, classdict, **kwds):
        if not isinstance(classdict, _EnumDict):
            ns = _EnumDict()
            ns.update(classdict)
            classdict = ns
        names = list(classdict._member_names)
        members = [(n, classdict[n]) for n in names]
        ns = {k: v for k, v in classdict.items() if k not in names}
        member_type, first_enum = _enum_bases(bases)
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        setattr_ = type.__setattr__
        setattr_(enum_class, "_member_names_", [])
        setattr_(enum_class, "_member_map_", {})
        setattr_(enum_class, "_value2member_map_", {})
        setattr_(enum_class, "_unhashable_values_", [])
        setattr_(enum_class, "_member_type_", member_type)
        if first_enum is None:
            return enum_class

        # Methods a mixed-in data type would shadow come from the enum side, except that
        # the direct subclasses of ReprEnum show the data type's str() and format().
        repr_enum = globals().get("ReprEnum")
        for name in ("__repr__", "__str__", "__format__"):
            if name in ns:
                continue
            if repr_enum is not None and repr_enum in bases and name != "__repr__":
                if name == "__str__" and member_type.__str__ is object.__str__:
                    method = member_type.__repr__
                else:
                    method = getattr(member_type, name)
                setattr_(enum_class, name, method)
                continue
            found = getattr(enum_class, name)
            if found is getattr(object, name) or found is getattr(member_type, name, None):
                setattr_(enum_class, name, getattr(first_enum, name))

        new = object.__new__
        for b in enum_class.__mro__:
            if "__new__" in b.__dict__:
                new = b.__new__
                break
        init = None
        for b in enum_class.__mro__:
            if b in _library or b is member_type or b is object:
                continue
            if "__init__" in b.__dict__:
                init = b.__dict__["__init__"]
                break

        flag = globals().get("Flag")
        is_flag = flag is not None and issubclass(enum_class, flag)
        for name, value in members:
            args = value if type(value) is tuple else (value,)
            if member_type is tuple:
                args = (value,)
            if new is object.__new__:
                member = object.__new__(enum_class)
            else:
                member = new(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
            value = member._value_
            member._name_ = name
            if init is not None:
                init(member, *args)
            # An alias: a value already taken.
            existing = enum_class._lookup_value(value)
            if existing is not None:
                enum_class._member_map_[name] = existing
                setattr_(enum_class, name, existing)
                continue
            # A flag's members with several bits (or none) are not iterated.
            single_bit = isinstance(value, int) and value > 0 and value & (value - 1) == 0
            if not is_flag or single_bit:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                enum_class._unhashable_values_.append(member)
            setattr_(enum_class, name, member)
        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                if type(m._value_) is int:
                    mask |= m._value_
            setattr_(enum_class, "_flag_mask_", mask)
            setattr_(enum_class, "_all_bits_", 2 ** mask.bit_length() - 1)
        return enum_class

    def _lookup_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1):
        if names is None:
            m = cls._lookup_value(value)
            if m is not None:
                return m
            r = cls._missing_(value)
            if isinstance(r, cls):
                return r
            if r is None:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            raise TypeError(
                "error in %s._missing_: returned %r instead of None or a valid member"
                % (cls.__name__, r))
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            items = list(names)
        if items and isinstance(items[0], str):
            pairs = []
            last = []
            for i, n in enumerate(items):
                v = cls._generate_next_value_(n, start, i, last[:])
                last.append(v)
                pairs.append((n, v))
            items = pairs
        for n, v in items:
            classdict[n] = v
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @_builtin_property
    def __members__(cls):
        return type(type.__dict__)(dict(cls._member_map_))

    def __repr__(cls):
        return "<%s %r>" % (_kind(cls), cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations."""

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return str.__format__(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        names += [k for k in self.__class__.__dict__ if not k.startswith("_")
                  and k not in self.__class__._member_map_]
        return sorted(set(names))

    name = _read_only("name", _get_name)
    value = _read_only("value", _get_value)


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bits(num, width):
    digits = format(num, "b") if num else ""
    return "0b0 " + digits.rjust(width, "0")


class Flag(Enum):
    """Enum whose members can be combined with the bitwise operators."""

    _boundary_ = "strict"

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        top = max(last_values)
        try:
            return 2 ** top.bit_length()
        except AttributeError:
            raise TypeError("invalid flag value %r" % (top,)) from None

    @classmethod
    def _missing_(cls, value):
        if type(value) is not int and not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        value = int(value)
        mask = cls._flag_mask_
        if value < 0:
            value = cls._all_bits_ + 1 + value
        extra = value & ~mask
        if extra and cls._boundary_ == "strict":
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits(value, width), _bits(mask, width)))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls if m._value_ & value]
        if extra and names:
            names.append(str(extra))
        member._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    def __repr__(self):
        cls = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls, self._value_)
        return "<%s.%s: %r>" % (cls, self._name_, self._value_)

    def __str__(self):
        cls = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls, self._value_)
        return "%s.%s" % (cls, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self.__class__ if m._value_ & self._value_])

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    _boundary_ = "keep"
    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


_library.update((Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag))


class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits outside its members."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def unique(enumeration):
    """Class decorator: raises ValueError if the enum has aliases."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
