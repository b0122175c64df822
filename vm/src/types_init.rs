//! Creates the built-in types that bootstrap did not, and fills every built-in type's
//! namespace from the method and getset tables that live beside each type's code.
//!
//! One table lists each type: its global, name, base, instance layout, flags, methods and
//! attribute getters/setters. Adding a built-in type is adding a row.

use crate::ctx::{Ctx, PyResult};
use crate::object::kind;
use crate::objects::dict::dict_set;
use crate::objects::function::{new_method_descr, NativeDef};
use crate::objects::str::intern;
use crate::objects::typeobj::{
    self, alloc_type, set_type_slot, tflags, tslot, type_slot, InstanceLayout, TypeData,
};
use crate::runtime::{Global, TYPES};
use crate::value::Value;

/// A getter (and optional setter) for one attribute of a built-in type.
pub struct GetSet {
    /// Attribute name.
    pub name: &'static str,
    /// Getter: `fn(cx, [obj])`.
    pub get: &'static NativeDef,
    /// Setter: `fn(cx, [obj, value])`, value NULL to delete.
    pub set: Option<&'static NativeDef>,
}

/// Defines a getter `NativeDef` static from a function.
#[macro_export]
macro_rules! getter {
    ($name:literal, $f:path) => {
        &$crate::objects::function::NativeDef {
            name: $name,
            func: $f,
            kind: $crate::objects::function::NativeKind::Method,
            doc: "",
        }
    };
}

/// One built-in type: where its object is kept, its name, base, layout, flags, methods and
/// attribute getters/setters.
pub struct TypeSpec {
    /// The global that holds the type once created.
    pub global: &'static Global,
    /// `__name__`.
    pub name: &'static str,
    /// The base type (`object` if `None`).
    pub base: Option<&'static Global>,
    /// Instance layout.
    pub layout: InstanceLayout,
    /// `tflags` bits.
    pub flags: u32,
    /// Methods (descriptors in the type's namespace).
    pub methods: &'static [NativeDef],
    /// Attribute getters and setters.
    pub getsets: &'static [GetSet],
}

/// Creates a type for a native module from `s`, with `__module__` set to `module`. A
/// dotted `s.name` (`collections.deque`) is the name messages show; `__name__` and
/// `__qualname__` are its last part.
pub fn make_module_type(cx: &mut Ctx, s: &TypeSpec, module: &str) -> PyResult<Value> {
    let t = create(cx, s)?;
    if let Some((_, short)) = s.name.rsplit_once('.') {
        let n = intern(cx, short)?;
        set_type_slot(cx, t, tslot::NAME, n);
        set_type_slot(cx, t, tslot::QUALNAME, n);
    }
    let key = intern(cx, "__module__")?;
    let m = intern(cx, module)?;
    dict_set(cx, type_slot(t, tslot::DICT), key, m)?;
    populate(cx, s)?;
    Ok(s.global.get())
}

/// An instance layout of kind `k` with `base_slots` slots, plus attribute storage if
/// `has_attrs`.
pub fn layout(k: u8, base_slots: u16, has_attrs: bool) -> InstanceLayout {
    InstanceLayout {
        kind: k,
        base_slots,
        has_attrs,
        inline: if has_attrs { 4 } else { 0 },
    }
}

/// Installs `defs` as method descriptors in `t`'s namespace.
pub fn add_methods(cx: &mut Ctx, t: Value, defs: &'static [NativeDef]) -> PyResult<()> {
    for def in defs {
        let d = new_method_descr(cx, def, t)?;
        let name = intern(cx, def.name)?;
        let dict = type_slot(t, tslot::DICT);
        dict_set(cx, dict, name, d)?;
    }
    Ok(())
}

/// Installs getset descriptors.
pub fn add_getsets(cx: &mut Ctx, t: Value, gs: &'static [GetSet]) -> PyResult<()> {
    for g in gs {
        let name = intern(cx, g.name)?;
        let d = crate::objects::descr::new_getset(cx, t, name, g.get, g.set)?;
        let dict = type_slot(t, tslot::DICT);
        dict_set(cx, dict, name, d)?;
    }
    Ok(())
}

/// Creates a built-in type from a spec, if bootstrap did not. Every type is created before
/// any namespace is filled: method descriptors are instances of types made here.
pub fn create(cx: &mut Ctx, s: &TypeSpec) -> PyResult<Value> {
    let mut t = s.global.get();
    if t.is_null() {
        t = alloc_type(
            cx,
            TYPES.type_.get(),
            TypeData::new(s.name, s.flags, s.layout),
            true,
        )?;
        s.global.set(t);
        let base = s.base.map_or(TYPES.object.get(), |b| b.get());
        let bases: &[Value] = if s.name == "object" { &[] } else { &[base] };
        finish(cx, t, s.name, bases)?;
    }
    Ok(t)
}

/// Fills a built-in type's namespace from its spec.
pub fn populate(cx: &mut Ctx, s: &TypeSpec) -> PyResult<()> {
    let t = s.global.get();
    add_methods(cx, t, s.methods)?;
    add_getsets(cx, t, s.getsets)?;
    let m = intern(cx, "builtins")?;
    let dict = type_slot(t, tslot::DICT);
    let key = intern(cx, "__module__")?;
    if crate::objects::dict::dict_get_str(cx, dict, key).is_null() && !s.name.contains('.') {
        dict_set(cx, dict, key, m)?;
    }
    typeobj::bump_version(cx, t);
    Ok(())
}

/// Fills in a new built-in type's name, qualname, bases, MRO, namespace and root shape.
pub fn finish(cx: &mut Ctx, t: Value, name: &str, bases: &[Value]) -> PyResult<()> {
    let n = intern(cx, name)?;
    set_type_slot(cx, t, tslot::NAME, n);
    set_type_slot(cx, t, tslot::QUALNAME, n);
    let b = crate::objects::tuple::new_tuple(cx, bases)?;
    set_type_slot(cx, t, tslot::BASES, b);
    let mut mro = vec![t];
    if let Some(&base) = bases.first() {
        mro.extend(crate::objects::tuple::tuple_items(type_slot(
            base,
            tslot::MRO,
        )));
    }
    let m = crate::objects::tuple::new_tuple(cx, &mro)?;
    set_type_slot(cx, t, tslot::MRO, m);
    if type_slot(t, tslot::DICT).is_null() {
        let d = crate::objects::dict::new_dict(cx)?;
        set_type_slot(cx, t, tslot::DICT, d);
    }
    if typeobj::type_data(t).layout.has_attrs && type_slot(t, tslot::ROOT_SHAPE).is_null() {
        let s = crate::objects::shape::new_root_shape(cx, t)?;
        set_type_slot(cx, t, tslot::ROOT_SHAPE, s);
    }
    Ok(())
}

/// Every built-in type with its methods, in creation order (bases first).
pub(crate) fn specs() -> Vec<TypeSpec> {
    use crate::objects::*;
    let t = &TYPES;
    let base = tflags::BASETYPE;
    vec![
        TypeSpec {
            global: &t.object,
            name: "object",
            base: None,
            layout: layout(kind::FIXED, 0, false),
            flags: base,
            methods: object_methods::OBJECT_METHODS,
            getsets: object_methods::OBJECT_GETSETS,
        },
        TypeSpec {
            global: &t.type_,
            name: "type",
            base: None,
            layout: layout(kind::NATIVE, 0, false),
            flags: base,
            methods: object_methods::TYPE_METHODS,
            getsets: object_methods::TYPE_GETSETS,
        },
        TypeSpec {
            global: &t.none,
            name: "NoneType",
            base: None,
            layout: layout(kind::FIXED, 0, false),
            flags: 0,
            methods: object_methods::NONE_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &t.not_implemented,
            name: "NotImplementedType",
            base: None,
            layout: layout(kind::FIXED, 0, false),
            flags: 0,
            methods: object_methods::NOTIMPL_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &crate::objects::object_methods::ELLIPSIS_TYPE,
            name: "ellipsis",
            base: None,
            layout: layout(kind::FIXED, 0, false),
            flags: 0,
            methods: object_methods::ELLIPSIS_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &t.int,
            name: "int",
            base: None,
            layout: layout(kind::VARRAW, 0, false),
            flags: base,
            methods: int_methods::INT_METHODS,
            getsets: int_methods::INT_GETSETS,
        },
        TypeSpec {
            global: &t.bool,
            name: "bool",
            base: Some(&t.int),
            layout: layout(kind::FIXED, 1, false),
            flags: 0,
            methods: int_methods::BOOL_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &t.float,
            name: "float",
            base: None,
            layout: layout(kind::RAW, 1, false),
            flags: base,
            methods: float_methods::FLOAT_METHODS,
            getsets: float_methods::FLOAT_GETSETS,
        },
        TypeSpec {
            global: &complex::COMPLEX_TYPE,
            name: "complex",
            base: None,
            layout: layout(kind::RAW, 2, false),
            flags: base,
            methods: float_methods::COMPLEX_METHODS,
            getsets: float_methods::COMPLEX_GETSETS,
        },
        TypeSpec {
            global: &t.str,
            name: "str",
            base: None,
            layout: layout(kind::VARRAW, 0, false),
            flags: base,
            methods: str_methods::STR_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &bytes::BYTES_TYPE,
            name: "bytes",
            base: None,
            layout: layout(kind::VARRAW, 0, false),
            flags: base,
            methods: bytes_methods::BYTES_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &bytes::BYTEARRAY_TYPE,
            name: "bytearray",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: base,
            methods: bytes_methods::BYTEARRAY_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &bytes_methods::BYTEARRAY_ITER_TYPE,
            name: "bytearray_iterator",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: 0,
            methods: bytes_methods::BYTEARRAY_ITER_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &t.tuple,
            name: "tuple",
            base: None,
            layout: layout(kind::VARVALS, 0, false),
            flags: base,
            methods: list_methods::TUPLE_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &t.list,
            name: "list",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: base,
            methods: list_methods::LIST_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &t.dict,
            name: "dict",
            base: None,
            layout: layout(kind::FIXED, 5, false),
            flags: base,
            methods: dict_methods::DICT_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &dict_views::KEYS_TYPE,
            name: "dict_keys",
            base: None,
            layout: layout(kind::FIXED, 1, false),
            flags: 0,
            methods: dict_methods::VIEW_METHODS,
            getsets: dict_methods::VIEW_GETSETS,
        },
        TypeSpec {
            global: &dict_views::VALUES_TYPE,
            name: "dict_values",
            base: None,
            layout: layout(kind::FIXED, 1, false),
            flags: 0,
            methods: dict_methods::VIEW_METHODS,
            getsets: dict_methods::VIEW_GETSETS,
        },
        TypeSpec {
            global: &dict_views::ITEMS_TYPE,
            name: "dict_items",
            base: None,
            layout: layout(kind::FIXED, 1, false),
            flags: 0,
            methods: dict_methods::VIEW_METHODS,
            getsets: dict_methods::VIEW_GETSETS,
        },
        TypeSpec {
            global: &set::SET_TYPE,
            name: "set",
            base: None,
            layout: layout(kind::FIXED, set::SET_SLOTS as u16, false),
            flags: base,
            methods: set_methods::SET_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &set::FROZENSET_TYPE,
            name: "frozenset",
            base: None,
            layout: layout(kind::FIXED, set::SET_SLOTS as u16, false),
            flags: base,
            methods: set_methods::FROZENSET_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &range::RANGE_TYPE,
            name: "range",
            base: None,
            layout: layout(kind::FIXED, 4, false),
            flags: 0,
            methods: range::RANGE_METHODS,
            getsets: range::RANGE_GETSETS,
        },
        TypeSpec {
            global: &slice::SLICE_TYPE,
            name: "slice",
            base: None,
            layout: layout(kind::FIXED, 3, false),
            flags: 0,
            methods: slice::SLICE_METHODS,
            getsets: slice::SLICE_GETSETS,
        },
        TypeSpec {
            global: &function::FUNCTION_TYPE,
            name: "function",
            base: None,
            layout: layout(kind::FIXED, 12, false),
            flags: 0,
            methods: object_methods::FUNCTION_METHODS,
            getsets: object_methods::FUNCTION_GETSETS,
        },
        TypeSpec {
            global: &function::METHOD_TYPE,
            name: "method",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: 0,
            methods: object_methods::METHOD_METHODS,
            getsets: object_methods::METHOD_GETSETS,
        },
        TypeSpec {
            global: &function::CELL_TYPE,
            name: "cell",
            base: None,
            layout: layout(kind::FIXED, 1, false),
            flags: 0,
            methods: &[],
            getsets: object_methods::CELL_GETSETS,
        },
        TypeSpec {
            global: &function::BUILTIN_TYPE,
            name: "builtin_function_or_method",
            base: None,
            layout: layout(kind::FIXED, 3, false),
            flags: 0,
            methods: object_methods::BUILTIN_METHODS,
            getsets: object_methods::BUILTIN_GETSETS,
        },
        TypeSpec {
            global: &function::METHOD_DESCR_TYPE,
            name: "method_descriptor",
            base: None,
            layout: layout(kind::FIXED, 3, false),
            flags: 0,
            methods: object_methods::DESCR_METHODS,
            getsets: object_methods::BUILTIN_GETSETS,
        },
        TypeSpec {
            global: &function::CLASSMETHOD_DESCR_TYPE,
            name: "classmethod_descriptor",
            base: None,
            layout: layout(kind::FIXED, 3, false),
            flags: 0,
            methods: object_methods::DESCR_METHODS,
            getsets: object_methods::BUILTIN_GETSETS,
        },
        TypeSpec {
            global: &function::CODE_TYPE,
            name: "code",
            base: None,
            layout: layout(kind::NATIVE, 0, false),
            flags: 0,
            methods: &[],
            getsets: object_methods::CODE_GETSETS,
        },
        TypeSpec {
            global: &descr::PROPERTY_TYPE,
            name: "property",
            base: None,
            layout: layout(kind::FIXED, 5, true),
            flags: base,
            methods: object_methods::PROPERTY_METHODS,
            getsets: object_methods::PROPERTY_GETSETS,
        },
        TypeSpec {
            global: &descr::CLASSMETHOD_TYPE,
            name: "classmethod",
            base: None,
            layout: layout(kind::FIXED, 1, true),
            flags: base,
            methods: object_methods::CLASSMETHOD_METHODS,
            getsets: object_methods::WRAPPER_GETSETS,
        },
        TypeSpec {
            global: &descr::STATICMETHOD_TYPE,
            name: "staticmethod",
            base: None,
            layout: layout(kind::FIXED, 1, true),
            flags: base,
            methods: object_methods::STATICMETHOD_METHODS,
            getsets: object_methods::WRAPPER_GETSETS,
        },
        TypeSpec {
            global: &descr::GETSET_TYPE,
            name: "getset_descriptor",
            base: None,
            layout: layout(kind::FIXED, 4, false),
            flags: 0,
            methods: object_methods::GETSET_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &descr::MEMBER_TYPE,
            name: "member_descriptor",
            base: None,
            layout: layout(kind::FIXED, 3, false),
            flags: 0,
            methods: object_methods::MEMBER_METHODS,
            getsets: object_methods::MEMBER_GETSETS,
        },
        TypeSpec {
            global: &super_::SUPER_TYPE,
            name: "super",
            base: None,
            layout: layout(kind::FIXED, 3, false),
            flags: base,
            methods: object_methods::SUPER_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &t.module,
            name: "module",
            base: None,
            layout: layout(kind::FIXED, 2, true),
            flags: base,
            methods: object_methods::MODULE_METHODS,
            getsets: object_methods::MODULE_GETSETS,
        },
        TypeSpec {
            global: &generator::GENERATOR_TYPE,
            name: "generator",
            base: None,
            layout: layout(kind::FIXED, 10, false),
            flags: 0,
            methods: generator_methods::GENERATOR_METHODS,
            getsets: generator_methods::GENERATOR_GETSETS,
        },
        TypeSpec {
            global: &generator::COROUTINE_TYPE,
            name: "coroutine",
            base: None,
            layout: layout(kind::FIXED, 10, false),
            flags: 0,
            methods: generator_methods::GENERATOR_METHODS,
            getsets: generator_methods::GENERATOR_GETSETS,
        },
        TypeSpec {
            global: &exceptions::TRACEBACK_TYPE,
            name: "traceback",
            base: None,
            layout: layout(kind::FIXED, 4, false),
            flags: 0,
            methods: &[],
            getsets: exception_methods::TRACEBACK_GETSETS,
        },
        TypeSpec {
            global: &exceptions::FRAME_TYPE,
            name: "frame",
            base: None,
            layout: layout(kind::FIXED, 5, false),
            flags: 0,
            methods: &[],
            getsets: exception_methods::FRAME_GETSETS,
        },
        TypeSpec {
            global: &dict_methods::MAPPINGPROXY_TYPE,
            name: "mappingproxy",
            base: None,
            layout: layout(kind::FIXED, 1, false),
            flags: 0,
            methods: dict_methods::MAPPINGPROXY_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &file::TEXT_FILE_TYPE,
            name: "TextIOWrapper",
            base: None,
            layout: layout(kind::NATIVE, 0, false),
            flags: 0,
            methods: file::FILE_METHODS,
            getsets: file::FILE_GETSETS,
        },
        TypeSpec {
            global: &file::BUFFERED_READER_TYPE,
            name: "BufferedReader",
            base: None,
            layout: layout(kind::NATIVE, 0, false),
            flags: 0,
            methods: file::FILE_METHODS,
            getsets: file::FILE_GETSETS,
        },
        TypeSpec {
            global: &file::BUFFERED_WRITER_TYPE,
            name: "BufferedWriter",
            base: None,
            layout: layout(kind::NATIVE, 0, false),
            flags: 0,
            methods: file::FILE_METHODS,
            getsets: file::FILE_GETSETS,
        },
        TypeSpec {
            global: &namespace::SIMPLE_NAMESPACE_TYPE,
            name: "SimpleNamespace",
            base: None,
            layout: layout(kind::FIXED, 0, true),
            flags: base,
            methods: namespace::SIMPLE_NAMESPACE_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &namespace::VERSION_INFO_TYPE,
            name: "version_info",
            base: Some(&t.tuple),
            layout: layout(kind::FIXED, 1, true),
            flags: 0,
            methods: namespace::VERSION_INFO_METHODS,
            getsets: namespace::VERSION_INFO_GETSETS,
        },
        TypeSpec {
            global: &generic_alias::GENERIC_ALIAS_TYPE,
            name: "GenericAlias",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: 0,
            methods: generic_alias::GENERIC_ALIAS_METHODS,
            getsets: generic_alias::GENERIC_ALIAS_GETSETS,
        },
        TypeSpec {
            global: &generic_alias::UNION_TYPE,
            name: "UnionType",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: 0,
            methods: generic_alias::UNION_METHODS,
            getsets: generic_alias::UNION_GETSETS,
        },
        TypeSpec {
            global: &crate::builtins::iterators::ENUMERATE_TYPE,
            name: "enumerate",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: base,
            methods: crate::builtins::iterators::ENUMERATE_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &crate::builtins::iterators::ZIP_TYPE,
            name: "zip",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: base,
            methods: crate::builtins::iterators::ZIP_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &crate::builtins::iterators::MAP_TYPE,
            name: "map",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: base,
            methods: crate::builtins::iterators::MAP_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &crate::builtins::iterators::FILTER_TYPE,
            name: "filter",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: base,
            methods: crate::builtins::iterators::FILTER_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &crate::builtins::iterators::REVERSED_TYPE,
            name: "reversed",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: base,
            methods: crate::builtins::iterators::REVERSED_METHODS,
            getsets: &[],
        },
    ]
}

/// Iterator types: they all share `__iter__` (return self) and `__next__`.
pub(crate) fn iterator_specs() -> Vec<TypeSpec> {
    use crate::ops::iter::*;
    let m = crate::objects::object_methods::ITERATOR_METHODS;
    let it = |g: &'static Global, name: &'static str| TypeSpec {
        global: g,
        name,
        base: None,
        layout: layout(kind::FIXED, 3, false),
        flags: 0,
        methods: m,
        getsets: &[],
    };
    vec![
        it(&LIST_ITER, "list_iterator"),
        it(&LIST_REVITER, "list_reverseiterator"),
        it(&TUPLE_ITER, "tuple_iterator"),
        it(&STR_ITER, "str_iterator"),
        it(&RANGE_ITER, "range_iterator"),
        it(&LONGRANGE_ITER, "longrange_iterator"),
        it(&DICT_KEYITER, "dict_keyiterator"),
        it(&DICT_VALUEITER, "dict_valueiterator"),
        it(&DICT_ITEMITER, "dict_itemiterator"),
        it(&SET_ITER, "set_iterator"),
        it(&SEQ_ITER, "iterator"),
        it(&CALLABLE_ITER, "callable_iterator"),
        it(&BYTES_ITER, "bytes_iterator"),
    ]
}
