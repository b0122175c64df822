//! Methods and attributes of the core types: `object`, `type`, `NoneType`,
//! `NotImplementedType`, `ellipsis`, functions, methods, cells, built-in functions and
//! method descriptors, code objects, `property`, `classmethod`, `staticmethod`, getset
//! descriptors, `super`, modules, and the iterator protocol shared by built-in iterators.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::{call, call_kw};
use crate::names;
use crate::object::{self, slot};
use crate::objects::descr::{self, new_property, new_wrapper, PROPERTY_TYPE};
use crate::objects::dict::{dict_get_str, dict_items, dict_set, new_dict};
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{self, code_data, fslot, Args, NativeDef};
use crate::objects::instance;
use crate::objects::list::new_list;
use crate::objects::module;
use crate::objects::str::{as_str, intern, is_str, new_str};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_items, tuple_len};
use crate::objects::typeobj::{self, is_subtype, is_type, tslot, type_name, type_of, type_slot};
use crate::ops::attr::{self, type_lookup};
use crate::runtime::{none, py_bool, types, Global, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

/// `ellipsis`.
pub static ELLIPSIS_TYPE: Global = Global::new();

fn not_impl() -> Value {
    SINGLETONS.not_implemented.get()
}

/// Checks the number of positional arguments of a built-in.
pub fn arity(cx: &mut Ctx, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = a.len();
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{name}() takes exactly {} argument{} ({n} given)",
                min,
                if min == 1 { "" } else { "s" }
            )
        } else if n < min {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

// --- object ----------------------------------------------------------------------------------

fn object_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if !is_type(cls) {
        return Err(type_error(cx, "object.__new__(X): X is not a type object"));
    }
    crate::ops::construct::object_new(cx, cls)
}
fn object_init(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}
fn object_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = crate::ops::repr::default_repr(cx, a.get(0))?;
    new_str(cx, &s)
}
fn object_str(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::repr::repr(cx, a.get(0))
}
fn object_eq(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(if a.get(0) == a.get(1) {
        py_bool(true)
    } else {
        not_impl()
    })
}
fn object_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    let eq = type_lookup(cx, type_of(x), names::EQ.get());
    if eq.is_null() {
        return Ok(not_impl());
    }
    let r = call(cx, eq, &[x, y])?;
    if r == not_impl() {
        return Ok(r);
    }
    let b = crate::ops::compare::truthy(cx, r)?;
    Ok(py_bool(!b))
}
fn object_cmp(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(not_impl())
}
fn object_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let h = crate::protocol::identity_hash(cx, a.get(0))?;
    crate::objects::int::from_i64(cx, h)
}
fn object_getattribute(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let obj = a.get(0);
    let name = attr::attr_name(cx, a.get(1))?;
    match attr::generic_getattr(cx, obj, name)? {
        Some(v) => Ok(v),
        None => Err(attr::attribute_error(cx, obj, name)),
    }
}
fn object_setattr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let name = attr::attr_name(cx, a.get(1))?;
    attr::generic_setattr(cx, a.get(0), name, a.get(2))?;
    Ok(none())
}
fn object_delattr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let name = attr::attr_name(cx, a.get(1))?;
    attr::generic_setattr(cx, a.get(0), name, Value::NULL)?;
    Ok(none())
}
fn object_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let spec = a.get(1);
    if is_str(spec) && !as_str(spec).is_empty() {
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            type_name(type_of(a.get(0)))
        );
        return Err(type_error(cx, &msg));
    }
    crate::ops::repr::to_str(cx, a.get(0))
}
fn object_init_subclass(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let owner = if is_type(cls) {
        let q = type_slot(cls, tslot::QUALNAME);
        if is_str(q) {
            as_str(q).to_owned()
        } else {
            type_name(cls).to_owned()
        }
    } else {
        "object".to_owned()
    };
    if a.nkw() > 0 {
        let msg = format!("{owner}.__init_subclass__() takes no keyword arguments");
        return Err(type_error(cx, &msg));
    }
    if a.len() > 1 {
        let msg = format!(
            "{owner}.__init_subclass__() takes no arguments ({} given)",
            a.len() - 1
        );
        return Err(type_error(cx, &msg));
    }
    Ok(none())
}
fn object_subclasshook(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(not_impl())
}
/// Adds `keys` to the dict in `hd`. Hashing and comparing a key may run Python code, so
/// the keys are rooted first and read back one at a time.
fn add_dir_keys(cx: &mut Ctx, hd: crate::ctx::Handle, keys: Vec<Value>) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hs: Vec<_> = keys.into_iter().map(|k| cx.root(k)).collect();
    for h in hs {
        let (d, k) = (cx.get(hd), cx.get(h));
        dict_set(cx, d, k, none())?;
    }
    cx.pop_handles(mark);
    Ok(())
}

fn object_dir(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let obj = a.get(0);
    let h = cx.root(obj);
    let d = new_dict(cx)?;
    let hd = cx.root(d);
    let obj = cx.get(h);
    if instance::has_attr_storage(obj) {
        let keys = instance::attrs(cx, obj)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        add_dir_keys(cx, hd, keys)?;
    }
    let mut i = 0;
    loop {
        // Re-derived every round: the keys' `__hash__`/`__eq__` may have moved objects.
        let obj = cx.get(h);
        let t = if is_type(obj) { obj } else { type_of(obj) };
        let mro = type_slot(t, tslot::MRO);
        if i >= tuple_len(mro) {
            break;
        }
        let td = type_slot(tuple_get(mro, i), tslot::DICT);
        i += 1;
        let keys = dict_items(td).into_iter().map(|(k, _)| k).collect();
        add_dir_keys(cx, hd, keys)?;
    }
    let keys: Vec<Value> = dict_items(cx.get(hd)).into_iter().map(|(k, _)| k).collect();
    cx.pop_handles(HandleMark::from_handle(h));
    new_list(cx, &keys)
}
fn object_sizeof(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    Ok(Value::int(if v.is_ref() {
        object::object_size(v.obj()) as i64
    } else {
        28
    }))
}
fn object_reduce_ex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    // The import may run Python code or park: the argument is re-read after it.
    let copyreg = crate::ops::import::import_module(cx, "copyreg");
    match copyreg {
        Ok(m) => {
            let f = attr::getattr_str(cx, m, "__reduce_ex__")?;
            call(cx, f, &[a.get(0), a.get(1)])
        }
        Err(_) => {
            cx.take_exception();
            let msg = format!("cannot pickle '{}' object", type_name(type_of(a.get(0))));
            Err(type_error(cx, &msg))
        }
    }
}

fn object_get_class(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(type_of(a.get(0)))
}
fn object_set_class(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (obj, new) = (a.get(0), a.get(1));
    if !is_type(new) {
        let msg = format!(
            "__class__ must be set to a class, not '{}' object",
            type_name(type_of(new))
        );
        return Err(type_error(cx, &msg));
    }
    let old = type_of(obj);
    let (lo, ln) = (
        typeobj::type_data(old).layout,
        typeobj::type_data(new).layout,
    );
    if !instance::has_attr_storage(obj)
        || lo.base_slots != ln.base_slots
        || !ln.has_attrs
        || typeobj::instances_have_dict(old) != typeobj::instances_have_dict(new)
        || !same_slot_members(cx, old, new)
        || typeobj::is_builtin_type(new)
    {
        let msg = format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            type_name(new),
            type_name(old)
        );
        return Err(type_error(cx, &msg));
    }
    // Move the attributes into a dict, then switch types: the dict shape works for any type.
    instance::materialize_dict(cx, obj)?;
    let obj = a.get(0);
    obj.obj().set_type_word(a.get(1).bits() as usize);
    cx.m.write_barrier(obj.obj());
    Ok(none())
}
/// The `__slots__` members of instances of `t`: (slot index, name), by index.
fn slot_members(cx: &mut Ctx, t: Value) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for b in tuple_items(type_slot(t, tslot::MRO)) {
        if typeobj::is_builtin_type(b) || typeobj::type_data(b).own_slots == 0 {
            continue;
        }
        for (_, v) in dict_items(type_slot(b, tslot::DICT)) {
            if v.is_ref() && type_of(v) == descr::MEMBER_TYPE.get() && descr::member_owner(v) == b {
                out.push((
                    descr::member_index(v),
                    as_str(descr::member_name(v)).to_owned(),
                ));
            }
        }
    }
    let _ = cx;
    out.sort();
    out
}

/// Whether instances of `a` and `b` have the same built-in base and the same slot members
/// at the same places (so `__class__` may switch between them).
fn same_slot_members(cx: &mut Ctx, a: Value, b: Value) -> bool {
    let builtin = |t: Value| {
        tuple_items(type_slot(t, tslot::MRO))
            .into_iter()
            .find(|&x| typeobj::is_builtin_type(x) && typeobj::solid_base(x) == x)
    };
    builtin(a) == builtin(b) && slot_members(cx, a) == slot_members(cx, b)
}

fn object_get_dict(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let obj = a.get(0);
    if instance::has_attr_storage(obj) && typeobj::instances_have_dict(type_of(obj)) {
        return instance::materialize_dict(cx, obj);
    }
    if function::is_function(obj) {
        let d = slot(obj.obj(), fslot::DICT);
        if !d.is_null() {
            return Ok(d);
        }
        let d = new_dict(cx)?;
        let obj = a.get(0);
        cx.set_slot(obj.obj(), fslot::DICT, d);
        return Ok(d);
    }
    let msg = format!(
        "'{}' object has no attribute '__dict__'",
        type_name(type_of(obj))
    );
    Err(exceptions::raise_msg(
        cx,
        exceptions::ATTRIBUTE_ERROR.get(),
        &msg,
    ))
}
fn object_set_dict(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (obj, d) = (a.get(0), a.get(1));
    if !crate::objects::dict::is_dict_like(d) {
        let msg = format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_name(type_of(d))
        );
        return Err(type_error(cx, &msg));
    }
    if !instance::has_attr_storage(obj) {
        return Err(type_error(cx, "this object has no __dict__"));
    }
    instance::set_dict(cx, obj, d)?;
    Ok(none())
}

/// Methods of `object`.
pub static OBJECT_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => object_new,
    Method "__init__" => object_init,
    Method "__repr__" => object_repr,
    Method "__str__" => object_str,
    Method "__eq__" => object_eq,
    Method "__ne__" => object_ne,
    Method "__lt__" => object_cmp,
    Method "__le__" => object_cmp,
    Method "__gt__" => object_cmp,
    Method "__ge__" => object_cmp,
    Method "__hash__" => object_hash,
    Method "__getattribute__" => object_getattribute,
    Method "__setattr__" => object_setattr,
    Method "__delattr__" => object_delattr,
    Method "__format__" => object_format,
    ClassMethod "__init_subclass__" => object_init_subclass,
    ClassMethod "__subclasshook__" => object_subclasshook,
    Method "__dir__" => object_dir,
    Method "__sizeof__" => object_sizeof,
    Method "__reduce_ex__" => object_reduce_ex,
];

/// Attributes of `object`.
fn weakref_get(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    // Krait keeps no per-object weak reference list: there is never one to show.
    Ok(none())
}
/// Getter and setter of the `__dict__` descriptor that a class whose instances gain a
/// `__dict__` puts in its namespace.
pub static CLASS_DICT_GETSET: (&NativeDef, Option<&NativeDef>) = (
    getter!("__dict__", object_get_dict),
    Some(getter!("__dict__", object_set_dict)),
);
/// Getter of the `__weakref__` descriptor of classes whose instances gain weak references.
pub static CLASS_WEAKREF_GETSET: (&NativeDef, Option<&NativeDef>) =
    (getter!("__weakref__", weakref_get), None);
pub static OBJECT_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__class__",
        get: getter!("__class__", object_get_class),
        set: Some(getter!("__class__", object_set_class)),
    },
    GetSet {
        name: "__dict__",
        get: getter!("__dict__", object_get_dict),
        set: Some(getter!("__dict__", object_set_dict)),
    },
];

// --- type ------------------------------------------------------------------------------------

fn type_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let meta = a.get(0);
    if a.len() == 2 && a.nkw() == 0 {
        return Ok(type_of(a.get(1)));
    }
    if a.len() != 4 {
        return Err(type_error(cx, "type() takes 1 or 3 arguments"));
    }
    let kwvals: Vec<Value> = (0..a.nkw()).map(|i| a.kw_at(i).1).collect();
    let kwnames = a.kwnames();
    crate::ops::construct::type_new(cx, meta, a.get(1), a.get(2), a.get(3), kwnames, &kwvals)
}
fn type_init(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}
fn type_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if !typeobj::is_type(cls) {
        let msg = format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            type_name(type_of(cls))
        );
        return Err(crate::objects::exceptions::type_error(cx, &msg));
    }
    let args = a.rest(1);
    let kw: Vec<Value> = (0..a.nkw()).map(|i| a.kw_at(i).1).collect();
    let mut all = args;
    all.extend(kw);
    let kn = if a.nkw() > 0 {
        a.kwnames()
    } else {
        Value::NULL
    };
    crate::interp::call::call_type_direct(cx, cls, &all, kn)
}
fn type_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = crate::ops::repr::type_repr(cx, a.get(0));
    new_str(cx, &s)
}
fn type_mro(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mro = tuple_items(type_slot(a.get(0), tslot::MRO));
    new_list(cx, &mro)
}
fn type_subclasses(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let subs = typeobj::subclasses(a.get(0));
    new_list(cx, &subs)
}
fn type_instancecheck(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::isinstance_impl(cx, a.get(1), a.get(0), false).map(py_bool)
}
fn type_subclasscheck(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::issubclass_impl(cx, a.get(1), a.get(0), false).map(py_bool)
}
fn type_prepare(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    new_dict(cx)
}
fn type_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let typing = crate::ops::import::import_module(cx, "typing")?;
    let u = attr::getattr_str(cx, typing, "Union")?;
    let t = new_tuple(cx, &[a.get(0), a.get(1)])?;
    crate::ops::subscript::getitem(cx, u, t)
}
fn type_name_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(type_slot(a.get(0), tslot::NAME))
}
fn type_name_set(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (t, v) = (a.get(0), a.get(1));
    if typeobj::is_builtin_type(t) {
        let msg = format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            type_name(t)
        );
        return Err(type_error(cx, &msg));
    }
    if !is_str(v) {
        return Err(type_error(cx, "can only assign string to __name__"));
    }
    let v = crate::objects::str::intern_value(cx, v)?;
    typeobj::set_type_slot(cx, a.get(0), tslot::NAME, v);
    Ok(none())
}
fn type_qualname_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let q = type_slot(a.get(0), tslot::QUALNAME);
    Ok(if q.is_null() {
        type_slot(a.get(0), tslot::NAME)
    } else {
        q
    })
}
fn type_qualname_set(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    typeobj::set_type_slot(cx, a.get(0), tslot::QUALNAME, a.get(1));
    Ok(none())
}
fn type_module_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let t = a.get(0);
    let d = type_slot(t, tslot::DICT);
    let m = dict_get_str(cx, d, names::MODULE.get());
    // A built-in type without `__module__` lives in builtins; `type` itself holds this
    // getter under that key.
    let builtin = crate::objects::typeobj::type_data(t).flags()
        & crate::objects::typeobj::tflags::HEAPTYPE
        == 0;
    if m.is_null() || (builtin && !crate::objects::str::is_str(m)) {
        return intern(cx, "builtins");
    }
    Ok(m)
}
fn type_module_set(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = type_slot(a.get(0), tslot::DICT);
    dict_set(cx, d, names::MODULE.get(), a.get(1))?;
    Ok(none())
}
fn type_dict_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::dict_methods::mappingproxy(cx, type_slot(a.get(0), tslot::DICT))
}
fn type_mro_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(type_slot(a.get(0), tslot::MRO))
}
fn type_bases_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(type_slot(a.get(0), tslot::BASES))
}
fn type_base_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let b = type_slot(a.get(0), tslot::BASES);
    Ok(if tuple_len(b) == 0 {
        none()
    } else {
        tuple_get(b, 0)
    })
}
fn type_doc_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = type_slot(a.get(0), tslot::DICT);
    let v = dict_get_str(cx, d, names::DOC.get());
    Ok(if v.is_null() { none() } else { v })
}
fn type_doc_set(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let t = a.get(0);
    if typeobj::is_builtin_type(t) {
        let msg = format!(
            "cannot set '__doc__' attribute of immutable type '{}'",
            type_name(t)
        );
        return Err(type_error(cx, &msg));
    }
    typeobj::type_set_attr(cx, t, names::DOC.get(), a.get(1))?;
    Ok(none())
}
fn type_abstract_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let key = intern(cx, "__abstractmethods__")?;
    let d = type_slot(a.get(0), tslot::DICT);
    let v = dict_get_str(cx, d, key);
    if v.is_null() {
        return Err(exceptions::raise_msg(
            cx,
            exceptions::ATTRIBUTE_ERROR.get(),
            "__abstractmethods__",
        ));
    }
    Ok(v)
}
fn type_abstract_set(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let t = a.get(0);
    let v = a.get(1);
    let key = intern(cx, "__abstractmethods__")?;
    let d = type_slot(t, tslot::DICT);
    dict_set(cx, d, key, v)?;
    let nonempty = crate::ops::compare::truthy(cx, v)?;
    typeobj::set_abstract(a.get(0), nonempty);
    Ok(none())
}

/// Methods of `type`.
pub static TYPE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => type_new,
    Method "__init__" => type_init,
    Method "__call__" => type_call,
    Method "__repr__" => type_repr,
    Method "mro" => type_mro,
    Method "__subclasses__" => type_subclasses,
    Method "__instancecheck__" => type_instancecheck,
    Method "__subclasscheck__" => type_subclasscheck,
    ClassMethod "__prepare__" => type_prepare,
    Method "__or__" => type_or,
    Method "__ror__" => type_or,
];

/// Attributes of `type`.
pub static TYPE_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__name__",
        get: getter!("__name__", type_name_get),
        set: Some(getter!("__name__", type_name_set)),
    },
    GetSet {
        name: "__qualname__",
        get: getter!("__qualname__", type_qualname_get),
        set: Some(getter!("__qualname__", type_qualname_set)),
    },
    GetSet {
        name: "__module__",
        get: getter!("__module__", type_module_get),
        set: Some(getter!("__module__", type_module_set)),
    },
    GetSet {
        name: "__dict__",
        get: getter!("__dict__", type_dict_get),
        set: None,
    },
    GetSet {
        name: "__mro__",
        get: getter!("__mro__", type_mro_get),
        set: None,
    },
    GetSet {
        name: "__bases__",
        get: getter!("__bases__", type_bases_get),
        set: None,
    },
    GetSet {
        name: "__base__",
        get: getter!("__base__", type_base_get),
        set: None,
    },
    GetSet {
        name: "__doc__",
        get: getter!("__doc__", type_doc_get),
        set: Some(getter!("__doc__", type_doc_set)),
    },
    GetSet {
        name: "__abstractmethods__",
        get: getter!("__abstractmethods__", type_abstract_get),
        set: Some(getter!("__abstractmethods__", type_abstract_set)),
    },
];

// --- None, NotImplemented, Ellipsis ----------------------------------------------------------

fn none_repr(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    intern(cx, "None")
}
fn none_bool(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(false))
}
fn none_new(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}
/// Methods of `NoneType`.
pub static NONE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => none_new,
    Method "__repr__" => none_repr,
    Method "__bool__" => none_bool,
];
fn ni_repr(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    intern(cx, "NotImplemented")
}
fn ni_new(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(not_impl())
}
/// Methods of `NotImplementedType`.
pub static NOTIMPL_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => ni_new,
    Method "__repr__" => ni_repr,
];
fn ellipsis_repr(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    intern(cx, "Ellipsis")
}
fn ellipsis_new(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(crate::runtime::ELLIPSIS.get())
}
/// Methods of `ellipsis`.
pub static ELLIPSIS_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => ellipsis_new,
    Method "__repr__" => ellipsis_repr,
];

// --- functions and methods ---------------------------------------------------------------

fn fslot_get(a: &Args<'_>, i: usize) -> Value {
    let v = slot(a.get(0).obj(), i);
    if v.is_null() {
        none()
    } else {
        v
    }
}
fn func_name(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::NAME))
}
fn func_set_name(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if !is_str(a.get(1)) {
        return Err(type_error(cx, "__name__ must be set to a string object"));
    }
    cx.set_slot(a.get(0).obj(), fslot::NAME, a.get(1));
    Ok(none())
}
fn func_qualname(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::QUALNAME))
}
fn func_set_qualname(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if !is_str(a.get(1)) {
        return Err(type_error(
            cx,
            "__qualname__ must be set to a string object",
        ));
    }
    cx.set_slot(a.get(0).obj(), fslot::QUALNAME, a.get(1));
    Ok(none())
}
fn func_doc(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::DOC))
}
fn func_set_doc(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = if a.get(1).is_null() { none() } else { a.get(1) };
    cx.set_slot(a.get(0).obj(), fslot::DOC, v);
    Ok(none())
}
fn func_module(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::MODULE))
}
fn func_set_module(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cx.set_slot(a.get(0).obj(), fslot::MODULE, a.get(1));
    Ok(none())
}
fn func_defaults(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::DEFAULTS))
}
fn func_set_defaults(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(1);
    let v = if v.is_null() || v == none() {
        Value::NULL
    } else {
        v
    };
    if !v.is_null() && !is_tuple(v) {
        return Err(type_error(cx, "__defaults__ must be set to a tuple object"));
    }
    cx.set_slot(a.get(0).obj(), fslot::DEFAULTS, v);
    Ok(none())
}
fn func_kwdefaults(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::KWDEFAULTS))
}
fn func_set_kwdefaults(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(1);
    let v = if v.is_null() || v == none() {
        Value::NULL
    } else {
        v
    };
    cx.set_slot(a.get(0).obj(), fslot::KWDEFAULTS, v);
    Ok(none())
}
fn func_code(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::CODE))
}
fn func_globals(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::GLOBALS))
}
fn func_closure(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::CLOSURE))
}
fn func_builtins(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(fslot_get(&a, fslot::BUILTINS))
}
fn func_annotations(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = slot(a.get(0).obj(), fslot::ANNOTATIONS);
    if !v.is_null() {
        return Ok(v);
    }
    let d = new_dict(cx)?;
    cx.set_slot(a.get(0).obj(), fslot::ANNOTATIONS, d);
    Ok(d)
}
fn func_set_annotations(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cx.set_slot(a.get(0).obj(), fslot::ANNOTATIONS, a.get(1));
    Ok(none())
}
fn func_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (f, obj) = (a.get(0), a.get(1));
    if obj.is_null() || obj == none() {
        return Ok(f);
    }
    function::new_method(cx, f, obj)
}
fn func_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = crate::ops::repr::repr_string(cx, a.get(0))?;
    new_str(cx, &s)
}
fn func_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = a.get(0);
    let mut all = a.rest(1);
    all.extend((0..a.nkw()).map(|i| a.kw_at(i).1));
    call_kw(
        cx,
        f,
        &all,
        if a.nkw() > 0 {
            a.kwnames()
        } else {
            Value::NULL
        },
    )
}

/// Methods of `function`.
pub static FUNCTION_METHODS: &[NativeDef] = native_table![
    Method "__get__" => func_get,
    Method "__repr__" => func_repr,
    Method "__call__" => func_call,
];

/// Attributes of `function`.
pub static FUNCTION_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__name__",
        get: getter!("__name__", func_name),
        set: Some(getter!("__name__", func_set_name)),
    },
    GetSet {
        name: "__qualname__",
        get: getter!("__qualname__", func_qualname),
        set: Some(getter!("__qualname__", func_set_qualname)),
    },
    GetSet {
        name: "__doc__",
        get: getter!("__doc__", func_doc),
        set: Some(getter!("__doc__", func_set_doc)),
    },
    GetSet {
        name: "__module__",
        get: getter!("__module__", func_module),
        set: Some(getter!("__module__", func_set_module)),
    },
    GetSet {
        name: "__defaults__",
        get: getter!("__defaults__", func_defaults),
        set: Some(getter!("__defaults__", func_set_defaults)),
    },
    GetSet {
        name: "__kwdefaults__",
        get: getter!("__kwdefaults__", func_kwdefaults),
        set: Some(getter!("__kwdefaults__", func_set_kwdefaults)),
    },
    GetSet {
        name: "__code__",
        get: getter!("__code__", func_code),
        set: None,
    },
    GetSet {
        name: "__globals__",
        get: getter!("__globals__", func_globals),
        set: None,
    },
    GetSet {
        name: "__closure__",
        get: getter!("__closure__", func_closure),
        set: None,
    },
    GetSet {
        name: "__builtins__",
        get: getter!("__builtins__", func_builtins),
        set: None,
    },
    GetSet {
        name: "__annotations__",
        get: getter!("__annotations__", func_annotations),
        set: Some(getter!("__annotations__", func_set_annotations)),
    },
    GetSet {
        name: "__dict__",
        get: getter!("__dict__", object_get_dict),
        set: None,
    },
];

fn method_func(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 0))
}
fn method_self(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 1))
}
fn method_getattr_of_func(cx: &mut Ctx, a: Args<'_>, name: &'static Global) -> PyResult<Value> {
    let f = slot(a.get(0).obj(), 0);
    attr::getattr(cx, f, name.get())
}
fn method_name(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    method_getattr_of_func(cx, a, &names::NAME)
}
fn method_qualname(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    method_getattr_of_func(cx, a, &names::QUALNAME)
}
fn method_doc(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    method_getattr_of_func(cx, a, &names::DOC)
}
fn method_module(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    method_getattr_of_func(cx, a, &names::MODULE)
}
fn method_eq(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !function::is_method(y) {
        return Ok(not_impl());
    }
    Ok(py_bool(
        slot(x.obj(), 0) == slot(y.obj(), 0) && slot(x.obj(), 1) == slot(y.obj(), 1),
    ))
}
fn method_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let x = a.get(0);
    let h1 = crate::protocol::hash(cx, slot(x.obj(), 0))?;
    let x = a.get(0);
    let h2 = crate::protocol::identity_hash(cx, slot(x.obj(), 1))?;
    crate::objects::int::from_i64(cx, crate::hash::fix_hash(h1 ^ h2))
}
/// Methods of `method`.
pub static METHOD_METHODS: &[NativeDef] = native_table![
    Method "__repr__" => func_repr,
    Method "__eq__" => method_eq,
    Method "__hash__" => method_hash,
    Method "__call__" => func_call,
];
/// Attributes of `method`.
pub static METHOD_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__func__",
        get: getter!("__func__", method_func),
        set: None,
    },
    GetSet {
        name: "__self__",
        get: getter!("__self__", method_self),
        set: None,
    },
    GetSet {
        name: "__name__",
        get: getter!("__name__", method_name),
        set: None,
    },
    GetSet {
        name: "__qualname__",
        get: getter!("__qualname__", method_qualname),
        set: None,
    },
    GetSet {
        name: "__doc__",
        get: getter!("__doc__", method_doc),
        set: None,
    },
    GetSet {
        name: "__module__",
        get: getter!("__module__", method_module),
        set: None,
    },
];

fn cell_contents(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = function::cell_get(a.get(0));
    if v.is_null() {
        return Err(exceptions::value_error(cx, "Cell is empty"));
    }
    Ok(v)
}
fn cell_set_contents(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    function::cell_set(cx, a.get(0), a.get(1));
    Ok(none())
}
/// Attributes of `cell`.
pub static CELL_GETSETS: &[GetSet] = &[GetSet {
    name: "cell_contents",
    get: getter!("cell_contents", cell_contents),
    set: Some(getter!("cell_contents", cell_set_contents)),
}];

fn builtin_name(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    intern(cx, function::native_def(a.get(0)).name)
}
fn builtin_qualname(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    let def = function::native_def(v);
    let owner = slot(v.obj(), 1);
    if !owner.is_null() && is_type(owner) {
        return new_str(cx, &format!("{}.{}", type_name(owner), def.name));
    }
    if !owner.is_null() && !module::is_module(owner) {
        return new_str(cx, &format!("{}.{}", type_name(type_of(owner)), def.name));
    }
    intern(cx, def.name)
}
fn builtin_doc(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = function::native_def(a.get(0)).doc;
    if d.is_empty() {
        Ok(none())
    } else {
        new_str(cx, d)
    }
}
fn builtin_self_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = slot(a.get(0).obj(), 1);
    Ok(if s.is_null() { none() } else { s })
}
fn builtin_module(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let m = slot(a.get(0).obj(), 2);
    if m.is_null() {
        return Ok(none());
    }
    if module::is_module(m) {
        let n = module::module_name_str(m);
        return new_str(cx, &n);
    }
    Ok(m)
}
fn builtin_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    func_repr(cx, a)
}
fn builtin_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    func_call(cx, a)
}
/// Methods of `builtin_function_or_method`.
pub static BUILTIN_METHODS: &[NativeDef] = native_table![
    Method "__repr__" => builtin_repr,
    Method "__call__" => builtin_call,
];
/// Attributes of built-in functions and method descriptors.
pub static BUILTIN_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__name__",
        get: getter!("__name__", builtin_name),
        set: None,
    },
    GetSet {
        name: "__qualname__",
        get: getter!("__qualname__", builtin_qualname),
        set: None,
    },
    GetSet {
        name: "__doc__",
        get: getter!("__doc__", builtin_doc),
        set: None,
    },
    GetSet {
        name: "__self__",
        get: getter!("__self__", builtin_self_get),
        set: None,
    },
    GetSet {
        name: "__module__",
        get: getter!("__module__", builtin_module),
        set: None,
    },
];
fn descr_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (d, obj, ty) = (a.get(0), a.get(1), a.get(2));
    let obj = if obj == none() { Value::NULL } else { obj };
    let ty = if ty.is_null() || ty == none() {
        if obj.is_null() {
            Value::NULL
        } else {
            type_of(obj)
        }
    } else {
        ty
    };
    attr::descr_get(cx, d, obj, ty)
}
/// Methods of method descriptors.
pub static DESCR_METHODS: &[NativeDef] = native_table![
    Method "__get__" => descr_get,
    Method "__repr__" => builtin_repr,
    Method "__call__" => builtin_call,
];

fn code_attr(cx: &mut Ctx, a: Args<'_>, which: u8) -> PyResult<Value> {
    let cd = code_data(a.get(0));
    let tuple_of = |cx: &mut Ctx, v: &[crate::object::ValueCell]| {
        let vals: Vec<Value> = v.iter().map(|c| c.get()).collect();
        new_tuple(cx, &vals)
    };
    match which {
        0 => Ok(cd.name.get()),
        1 => Ok(cd.filename.get()),
        2 => Ok(Value::int(cd.firstlineno as i64)),
        3 => Ok(Value::int(cd.argcount as i64)),
        4 => tuple_of(cx, &cd.varnames),
        5 => Ok(Value::int(cd.flags as i64)),
        6 => Ok(cd.qualname.get()),
        7 => tuple_of(cx, &cd.consts),
        8 => tuple_of(cx, &cd.names),
        9 => tuple_of(cx, &cd.freevars),
        10 => tuple_of(cx, &cd.cellvars),
        11 => Ok(Value::int(cd.kwonlyargcount as i64)),
        12 => Ok(Value::int(cd.posonlyargcount as i64)),
        _ => Ok(Value::int(cd.nlocals as i64)),
    }
}
macro_rules! code_getters {
    ($($f:ident = $n:literal : $i:expr;)*) => {
        $(fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { code_attr(cx, a, $i) })*
        /// Attributes of `code`.
        pub static CODE_GETSETS: &[GetSet] = &[$(GetSet { name: $n, get: getter!($n, $f), set: None },)*];
    };
}
code_getters! {
    co_name = "co_name": 0;
    co_filename = "co_filename": 1;
    co_firstlineno = "co_firstlineno": 2;
    co_argcount = "co_argcount": 3;
    co_varnames = "co_varnames": 4;
    co_flags = "co_flags": 5;
    co_qualname = "co_qualname": 6;
    co_consts = "co_consts": 7;
    co_names = "co_names": 8;
    co_freevars = "co_freevars": 9;
    co_cellvars = "co_cellvars": 10;
    co_kwonlyargcount = "co_kwonlyargcount": 11;
    co_posonlyargcount = "co_posonlyargcount": 12;
    co_nlocals = "co_nlocals": 13;
}

// --- property, classmethod, staticmethod --------------------------------------------------

fn arg_or_kw(a: &Args<'_>, i: usize, name: &str) -> Value {
    let v = a.get(i);
    if !v.is_null() {
        return v;
    }
    a.kw(name).unwrap_or(Value::NULL)
}
fn property_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let ty = a.get(0);
    new_property(cx, ty, Value::NULL, Value::NULL, Value::NULL, Value::NULL)
}
fn property_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = a.get(0);
    let (fget, fset, fdel, doc) = (
        arg_or_kw(&a, 1, "fget"),
        arg_or_kw(&a, 2, "fset"),
        arg_or_kw(&a, 3, "fdel"),
        arg_or_kw(&a, 4, "doc"),
    );
    let vals = [fget, fset, fdel, doc];
    for (i, v) in vals.iter().enumerate() {
        cx.set_slot(p.obj(), i, if v.is_null() { none() } else { *v });
    }
    let p = a.get(0);
    let fget = slot(p.obj(), 0);
    if fget != none() {
        let n = attr::getattr_opt(cx, fget, names::NAME.get())?;
        let p = a.get(0);
        cx.set_slot(p.obj(), 4, if n.is_null() { none() } else { n });
        if slot(a.get(0).obj(), 3) == none() {
            let d = attr::getattr_opt(cx, slot(a.get(0).obj(), 0), names::DOC.get())?;
            let p = a.get(0);
            if !d.is_null() {
                cx.set_slot(p.obj(), 3, d);
            }
        }
    }
    Ok(none())
}
fn property_copy(cx: &mut Ctx, a: Args<'_>, which: usize) -> PyResult<Value> {
    let p = a.get(0);
    let mut vals: Vec<Value> = (0..4).map(|i| slot(p.obj(), i)).collect();
    vals[which] = a.get(1);
    let ty = type_of(p);
    let np = new_property(cx, ty, vals[0], vals[1], vals[2], vals[3])?;
    // Keep the name of the original getter.
    let name = slot(a.get(0).obj(), 4);
    if name != none() && !name.is_null() {
        cx.set_slot(np.obj(), 4, name);
    }
    Ok(np)
}
fn property_getter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    property_copy(cx, a, 0)
}
fn property_setter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    property_copy(cx, a, 1)
}
fn property_deleter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    property_copy(cx, a, 2)
}
fn property_get_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let obj = a.get(1);
    if obj.is_null() || obj == none() {
        return Ok(a.get(0));
    }
    descr::property_get(cx, a.get(0), obj)
}
fn property_set_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    descr::descr_set(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}
fn property_delete_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    descr::descr_set(cx, a.get(0), a.get(1), Value::NULL)?;
    Ok(none())
}
/// `property.__set_name__(owner, name)`: error messages name the attribute.
fn property_set_name(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() != 3 {
        let msg = format!(
            "__set_name__ expected 2 arguments, got {}",
            a.len().saturating_sub(1)
        );
        return Err(type_error(cx, &msg));
    }
    let (p, name) = (a.get(0), a.get(2));
    cx.set_slot(p.obj(), 4, name);
    Ok(none())
}
fn prop_slot(a: &Args<'_>, i: usize) -> Value {
    slot(a.get(0).obj(), i)
}
fn property_fget(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(prop_slot(&a, 0))
}
fn property_fset(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(prop_slot(&a, 1))
}
fn property_fdel(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(prop_slot(&a, 2))
}
fn property_doc(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(prop_slot(&a, 3))
}
fn property_isabstract(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    for i in 0..3 {
        let f = prop_slot(&a, i);
        if f != none() {
            let k = intern(cx, "__isabstractmethod__")?;
            let v = attr::getattr_opt(cx, f, k)?;
            if !v.is_null() && crate::ops::compare::truthy(cx, v)? {
                return Ok(py_bool(true));
            }
        }
    }
    Ok(py_bool(false))
}
/// Methods of `property`.
pub static PROPERTY_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => property_new,
    Method "__init__" => property_init,
    Method "getter" => property_getter,
    Method "setter" => property_setter,
    Method "deleter" => property_deleter,
    Method "__get__" => property_get_m,
    Method "__set__" => property_set_m,
    Method "__delete__" => property_delete_m,
    Method "__set_name__" => property_set_name,
];
/// Attributes of `property`.
pub static PROPERTY_GETSETS: &[GetSet] = &[
    GetSet {
        name: "fget",
        get: getter!("fget", property_fget),
        set: None,
    },
    GetSet {
        name: "fset",
        get: getter!("fset", property_fset),
        set: None,
    },
    GetSet {
        name: "fdel",
        get: getter!("fdel", property_fdel),
        set: None,
    },
    GetSet {
        name: "__doc__",
        get: getter!("__doc__", property_doc),
        set: None,
    },
    GetSet {
        name: "__isabstractmethod__",
        get: getter!("__isabstractmethod__", property_isabstract),
        set: None,
    },
];

fn wrapper_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let ty = a.get(0);
    let f = if a.len() > 1 { a.get(1) } else { none() };
    new_wrapper(cx, ty, f)
}
fn wrapper_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() > 1 {
        cx.set_slot(a.get(0).obj(), 0, a.get(1));
    }
    // Copy __doc__, __name__, __qualname__, __module__ like functools.wraps (3.10+).
    Ok(none())
}
fn classmethod_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (w, obj, ty) = (a.get(0), a.get(1), a.get(2));
    let owner = if ty.is_null() || ty == none() {
        type_of(obj)
    } else {
        ty
    };
    function::new_method(cx, slot(w.obj(), 0), owner)
}
fn staticmethod_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 0))
}
fn staticmethod_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = slot(a.get(0).obj(), 0);
    let mut all = a.rest(1);
    all.extend((0..a.nkw()).map(|i| a.kw_at(i).1));
    call_kw(
        cx,
        f,
        &all,
        if a.nkw() > 0 {
            a.kwnames()
        } else {
            Value::NULL
        },
    )
}
fn wrapper_func(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 0))
}
fn wrapper_isabstract(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let k = intern(cx, "__isabstractmethod__")?;
    let v = attr::getattr_opt(cx, slot(a.get(0).obj(), 0), k)?;
    Ok(if v.is_null() { py_bool(false) } else { v })
}
fn wrapper_passthrough(cx: &mut Ctx, a: Args<'_>, name: &'static Global) -> PyResult<Value> {
    let w = a.get(0);
    if instance::has_attr_storage(w) {
        let v = instance::get_attr(cx, w, name.get());
        if !v.is_null() {
            return Ok(v);
        }
    }
    attr::getattr(cx, slot(w.obj(), 0), name.get())
}
fn wrapper_doc(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_passthrough(cx, a, &names::DOC)
}
fn wrapper_name(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_passthrough(cx, a, &names::NAME)
}
fn wrapper_qualname(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_passthrough(cx, a, &names::QUALNAME)
}
/// Methods of `classmethod`.
pub static CLASSMETHOD_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => wrapper_new,
    Method "__init__" => wrapper_init,
    Method "__get__" => classmethod_get,
];
/// Methods of `staticmethod`.
pub static STATICMETHOD_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => wrapper_new,
    Method "__init__" => wrapper_init,
    Method "__get__" => staticmethod_get,
    Method "__call__" => staticmethod_call,
];
/// Attributes of `classmethod` and `staticmethod`.
pub static WRAPPER_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__func__",
        get: getter!("__func__", wrapper_func),
        set: None,
    },
    GetSet {
        name: "__wrapped__",
        get: getter!("__wrapped__", wrapper_func),
        set: None,
    },
    GetSet {
        name: "__isabstractmethod__",
        get: getter!("__isabstractmethod__", wrapper_isabstract),
        set: None,
    },
    GetSet {
        name: "__doc__",
        get: getter!("__doc__", wrapper_doc),
        set: None,
    },
    GetSet {
        name: "__name__",
        get: getter!("__name__", wrapper_name),
        set: None,
    },
    GetSet {
        name: "__qualname__",
        get: getter!("__qualname__", wrapper_qualname),
        set: None,
    },
];

fn getset_get_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (d, obj) = (a.get(0), a.get(1));
    if obj.is_null() || obj == none() {
        return Ok(d);
    }
    descr::getset_get(cx, d, obj)
}
fn getset_set_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    descr::descr_set(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}
fn getset_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = a.get(0);
    let (n, owner) = (slot(d.obj(), 2), slot(d.obj(), 3));
    new_str(
        cx,
        &format!(
            "<attribute '{}' of '{}' objects>",
            as_str(n),
            type_name(owner)
        ),
    )
}
/// Methods of getset descriptors.
pub static GETSET_METHODS: &[NativeDef] = native_table![
    Method "__get__" => getset_get_m,
    Method "__set__" => getset_set_m,
    Method "__repr__" => getset_repr,
];

fn member_get_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (d, obj) = (a.get(0), a.get(1));
    if obj.is_null() || obj == none() {
        return Ok(d);
    }
    descr::member_get(cx, d, obj)
}
fn member_set_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    descr::member_set(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}
fn member_delete_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    descr::member_set(cx, a.get(0), a.get(1), Value::NULL)?;
    Ok(none())
}
fn member_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = a.get(0);
    let msg = format!(
        "<member '{}' of '{}' objects>",
        as_str(descr::member_name(d)),
        type_name(descr::member_owner(d))
    );
    new_str(cx, &msg)
}
/// Methods of member descriptors (`__slots__` entries).
pub static MEMBER_METHODS: &[NativeDef] = native_table![
    Method "__get__" => member_get_m,
    Method "__set__" => member_set_m,
    Method "__delete__" => member_delete_m,
    Method "__repr__" => member_repr,
];
fn member_name_g(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(descr::member_name(a.get(0)))
}
fn member_objclass(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(descr::member_owner(a.get(0)))
}
fn member_qualname(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = a.get(0);
    let owner = descr::member_owner(d);
    let q = type_slot(owner, tslot::QUALNAME);
    let q = if q.is_null() {
        type_name(owner)
    } else {
        as_str(q)
    };
    let s = format!("{q}.{}", as_str(descr::member_name(d)));
    new_str(cx, &s)
}
fn member_doc(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}
/// Attributes of member descriptors.
pub static MEMBER_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__name__",
        get: getter!("__name__", member_name_g),
        set: None,
    },
    GetSet {
        name: "__objclass__",
        get: getter!("__objclass__", member_objclass),
        set: None,
    },
    GetSet {
        name: "__qualname__",
        get: getter!("__qualname__", member_qualname),
        set: None,
    },
    GetSet {
        name: "__doc__",
        get: getter!("__doc__", member_doc),
        set: None,
    },
];

fn super_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (s, obj) = (a.get(0), a.get(1));
    if obj.is_null() || obj == none() || !slot(s.obj(), 1).is_null() {
        return Ok(s);
    }
    crate::objects::super_::new_super(cx, slot(s.obj(), 0), obj)
}
fn super_init(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}
/// Methods of `super`.
pub static SUPER_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => crate::objects::super_::super_new,
    Method "__init__" => super_init,
    Method "__getattribute__" => crate::objects::super_::super_getattribute,
    Method "__repr__" => crate::objects::super_::super_repr,
    Method "__get__" => super_get,
];

// --- modules -----------------------------------------------------------------------------

fn module_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let name = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("name").unwrap_or(Value::NULL)
    };
    if !is_str(name) {
        return Err(type_error(
            cx,
            "module.__new__() argument 'name' must be str",
        ));
    }
    let m = module::new_module(cx, name)?;
    let ty = a.get(0);
    if ty != types().module.get() {
        m.obj().set_type_word(ty.bits() as usize);
    }
    Ok(m)
}
fn module_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let doc = if a.len() > 2 {
        a.get(2)
    } else {
        a.kw("doc").unwrap_or(Value::NULL)
    };
    if !doc.is_null() {
        let d = module::module_dict(a.get(0));
        dict_set(cx, d, names::DOC.get(), doc)?;
    }
    Ok(none())
}
fn module_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    func_repr(cx, a)
}
fn module_dir(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = module::module_dict(a.get(0));
    let keys: Vec<Value> = dict_items(d).into_iter().map(|(k, _)| k).collect();
    new_list(cx, &keys)
}
fn module_dict_get(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(module::module_dict(a.get(0)))
}
/// Methods of `module`.
pub static MODULE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => module_new,
    Method "__init__" => module_init,
    Method "__repr__" => module_repr,
    Method "__dir__" => module_dir,
];
/// Attributes of `module`.
pub static MODULE_GETSETS: &[GetSet] = &[GetSet {
    name: "__dict__",
    get: getter!("__dict__", module_dict_get),
    set: None,
}];

// --- iterators ---------------------------------------------------------------------------

fn iter_self(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(a.get(0))
}
fn iter_next(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::iter::next_raw(cx, a.get(0))
}
fn iter_length_hint(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let it = a.get(0);
    let ty = type_of(it);
    let o = it.obj();
    let n: i64 = if ty == crate::ops::iter::LIST_ITER.get() {
        let i = slot(o, 1).as_int();
        if i < 0 {
            0
        } else {
            (crate::objects::list::list_len(slot(o, 0)) as i64 - i).max(0)
        }
    } else if ty == crate::ops::iter::TUPLE_ITER.get() {
        let i = slot(o, 1).as_int();
        if i < 0 {
            0
        } else {
            (tuple_len(slot(o, 0)) as i64 - i).max(0)
        }
    } else if ty == crate::ops::iter::RANGE_ITER.get() {
        slot(o, 1).as_int().max(0)
    } else {
        return Ok(not_impl());
    };
    let _ = cx;
    Ok(Value::int(n))
}
/// Methods shared by the built-in iterator types.
pub static ITERATOR_METHODS: &[NativeDef] = native_table![
    Method "__iter__" => iter_self,
    Method "__next__" => iter_next,
    Method "__length_hint__" => iter_length_hint,
];

/// Helper for other method files: `PROPERTY_TYPE` is a property class.
pub fn is_property(v: Value) -> bool {
    v.is_ref() && is_subtype(type_of(v), PROPERTY_TYPE.get())
}
