//! Descriptors: `property`, `classmethod`, `staticmethod`, and getset descriptors (Rust
//! getters and setters for attributes of built-in types, such as `__name__` or `args`).
//!
//! ```text
//! property      FIXED: [fget][fset][fdel][doc][name] (+ attribute storage)
//! classmethod   FIXED: [func] (+ attribute storage)
//! staticmethod  FIXED: [func] (+ attribute storage)
//! getset        FIXED: [getter NativeDef][setter NativeDef or NULL][name][owner]
//! member        FIXED: [name][owner][slot index (int)]
//! ```
//!
//! A member descriptor (`member_descriptor`) is what `__slots__` puts in a class for each
//! name: the value lives in a FIXED slot of the instance at a fixed index (after the slots
//! of a built-in base, before the shape-based attribute storage), NULL while unset.

use crate::ctx::{Ctx, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::object::{self, slot};
use crate::objects::exceptions::{self, raise_msg};
use crate::objects::function::{self, fslot, NativeDef};
use crate::objects::str::{as_str, is_str};
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::runtime::{none, types, Global};
use crate::value::Value;

/// `property`.
pub static PROPERTY_TYPE: Global = Global::new();
/// `classmethod`.
pub static CLASSMETHOD_TYPE: Global = Global::new();
/// `staticmethod`.
pub static STATICMETHOD_TYPE: Global = Global::new();
/// `getset_descriptor`.
pub static GETSET_TYPE: Global = Global::new();
/// `member_descriptor`.
pub static MEMBER_TYPE: Global = Global::new();
/// `object.__getattribute__` (its method descriptor), to detect overrides.
pub static OBJECT_GETATTRIBUTE: Global = Global::new();
/// `object.__setattr__`.
pub static OBJECT_SETATTR: Global = Global::new();
/// `object.__delattr__`.
pub static OBJECT_DELATTR: Global = Global::new();
/// `object.__format__`.
pub static OBJECT_FORMAT: Global = Global::new();

/// Whether `d` is a data descriptor (defines `__set__` or `__delete__`).
pub fn is_data_descriptor(cx: &mut Ctx, d: Value) -> bool {
    if !d.is_ref() {
        return false;
    }
    let dt = type_of(d);
    if dt == GETSET_TYPE.get() || dt == PROPERTY_TYPE.get() || dt == MEMBER_TYPE.get() {
        return true;
    }
    let t = types();
    if dt == function::FUNCTION_TYPE.get()
        || dt == function::METHOD_DESCR_TYPE.get()
        || dt == function::BUILTIN_TYPE.get()
        || dt == CLASSMETHOD_TYPE.get()
        || dt == STATICMETHOD_TYPE.get()
        || dt == t.str.get()
        || dt == t.int.get()
        || dt == t.float.get()
        || dt == t.tuple.get()
        || dt == t.none.get()
        || dt == t.dict.get()
        || dt == t.list.get()
    {
        return false;
    }
    if is_subtype(dt, PROPERTY_TYPE.get()) {
        return true;
    }
    !type_lookup(cx, dt, names::SET.get()).is_null()
        || !type_lookup(cx, dt, names::DELETE.get()).is_null()
}

/// `descr.__set__(obj, v)`, or `__delete__(obj)` when `v` is NULL.
pub fn descr_set(cx: &mut Ctx, d: Value, obj: Value, v: Value) -> PyResult<()> {
    let dt = type_of(d);
    if dt == GETSET_TYPE.get() {
        return getset_set(cx, d, obj, v);
    }
    if dt == MEMBER_TYPE.get() {
        return member_set(cx, d, obj, v);
    }
    if is_subtype(dt, PROPERTY_TYPE.get()) {
        let o = d.obj();
        let f = slot(o, if v.is_null() { 2 } else { 1 });
        if f.is_null() || f == none() {
            let what = if v.is_null() { "deleter" } else { "setter" };
            let msg = format!(
                "property {} of '{}' object has no {what}",
                property_name_repr(d),
                type_name(type_of(obj))
            );
            return Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &msg));
        }
        let r = if v.is_null() {
            call(cx, f, &[obj])
        } else {
            call(cx, f, &[obj, v])
        };
        return r.map(|_| ());
    }
    let (name, args): (Value, Vec<Value>) = if v.is_null() {
        (names::DELETE.get(), vec![d, obj])
    } else {
        (names::SET.get(), vec![d, obj, v])
    };
    let m = type_lookup(cx, dt, name);
    if m.is_null() {
        let msg = if v.is_null() { "__delete__" } else { "__set__" };
        return Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), msg));
    }
    call(cx, m, &args).map(|_| ())
}

fn property_name_repr(p: Value) -> String {
    let n = slot(p.obj(), 4);
    if is_str(n) {
        format!("'{}'", as_str(n))
    } else {
        "''".to_owned()
    }
}

/// `property.__get__(obj)`.
pub fn property_get(cx: &mut Ctx, p: Value, obj: Value) -> PyResult<Value> {
    let fget = slot(p.obj(), 0);
    if fget.is_null() || fget == none() {
        let msg = format!(
            "property {} of '{}' object has no getter",
            property_name_repr(p),
            type_name(type_of(obj))
        );
        return Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &msg));
    }
    call(cx, fget, &[obj])
}

/// A getset descriptor for attribute `name` of `owner`.
pub fn new_getset(
    cx: &mut Ctx,
    owner: Value,
    name: Value,
    get: &'static NativeDef,
    set: Option<&'static NativeDef>,
) -> PyResult<Value> {
    let o = cx.alloc_fixed_immortal(GETSET_TYPE.get(), 4)?;
    object::init_slot(o, 0, Value::int(get as *const NativeDef as usize as i64));
    object::init_slot(
        o,
        1,
        set.map_or(Value::NULL, |s| {
            Value::int(s as *const NativeDef as usize as i64)
        }),
    );
    object::init_slot(o, 2, name);
    object::init_slot(o, 3, owner);
    Ok(Value::from_obj(o))
}

fn def_at(d: Value, i: usize) -> Option<&'static NativeDef> {
    let v = slot(d.obj(), i);
    if v.is_null() {
        return None;
    }
    // SAFETY: getset slots 0 and 1 only hold pointers to `&'static NativeDef` (see
    // `new_getset`).
    Some(unsafe { &*(v.as_int() as usize as *const NativeDef) })
}

/// Calls a getset's getter.
pub fn getset_get(cx: &mut Ctx, d: Value, obj: Value) -> PyResult<Value> {
    let def = def_at(d, 0).expect("getter");
    call_native(cx, def, &[obj])
}

fn getset_set(cx: &mut Ctx, d: Value, obj: Value, v: Value) -> PyResult<()> {
    match def_at(d, 1) {
        Some(def) => call_native(cx, def, &[obj, v]).map(|_| ()),
        None => {
            let name = slot(d.obj(), 2);
            let owner = slot(d.obj(), 3);
            let msg = format!(
                "attribute '{}' of '{}' objects is not writable",
                as_str(name),
                type_name(owner)
            );
            Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &msg))
        }
    }
}

/// Calls a native definition directly with positional arguments (rooted on the stack).
pub fn call_native(cx: &mut Ctx, def: &'static NativeDef, args: &[Value]) -> PyResult<Value> {
    crate::interp::call::call_native_def(cx, def, args)
}

/// Stores a function attribute in its `__dict__`.
pub fn function_setattr(cx: &mut Ctx, f: Value, name: Value, v: Value) -> PyResult<()> {
    let o = f.obj();
    let mut d = slot(o, fslot::DICT);
    if d.is_null() {
        if v.is_null() {
            return Err(crate::ops::attr::attribute_error(cx, f, name));
        }
        let h = cx.root(f);
        let hn = cx.root(name);
        let hv = cx.root(v);
        d = crate::objects::dict::new_dict(cx)?;
        let f2 = cx.get(h);
        cx.set_slot(f2.obj(), fslot::DICT, d);
        let (n2, v2) = (cx.get(hn), cx.get(hv));
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        return crate::objects::dict::dict_set(cx, d, n2, v2);
    }
    if v.is_null() {
        if crate::objects::dict::dict_del(cx, d, name)?.is_null() {
            return Err(crate::ops::attr::attribute_error(cx, f, name));
        }
        return Ok(());
    }
    crate::objects::dict::dict_set(cx, d, name, v)
}

/// A new property.
pub fn new_property(
    cx: &mut Ctx,
    ty: Value,
    fget: Value,
    fset: Value,
    fdel: Value,
    doc: Value,
) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hs = [cx.root(fget), cx.root(fset), cx.root(fdel), cx.root(doc)];
    let p = crate::objects::instance::new_instance(cx, ty)?;
    for (i, h) in hs.iter().enumerate() {
        let v = cx.get(*h);
        object::init_slot(p.obj(), i, if v.is_null() { none() } else { v });
    }
    let hp = cx.root(p);
    let name = if fget.is_null() || fget == none() {
        none()
    } else {
        // May run Python code (a `__name__` property): `p` is re-read after.
        crate::ops::attr::getattr_opt(cx, slot(p.obj(), 0), names::NAME.get())?
    };
    let p = cx.get(hp);
    cx.pop_handles(mark);
    cx.set_slot(p.obj(), 4, if name.is_null() { none() } else { name });
    Ok(p)
}

/// A new classmethod or staticmethod of type `ty` wrapping `f`.
pub fn new_wrapper(cx: &mut Ctx, ty: Value, f: Value) -> PyResult<Value> {
    let h = cx.root(f);
    let w = crate::objects::instance::new_instance(cx, ty)?;
    let f = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    object::init_slot(w.obj(), 0, f);
    Ok(w)
}

/// A member descriptor for `__slots__` entry `name` of class `owner`, stored in FIXED slot
/// `index` of its instances.
pub fn new_member(cx: &mut Ctx, owner: Value, name: Value, index: usize) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (ho, hn) = (cx.root(owner), cx.root(name));
    let o = cx.alloc_fixed(MEMBER_TYPE.get(), 3)?;
    object::init_slot(o, 0, cx.get(hn));
    object::init_slot(o, 1, cx.get(ho));
    object::init_slot(o, 2, Value::int(index as i64));
    cx.pop_handles(mark);
    Ok(Value::from_obj(o))
}

/// A member descriptor's name.
pub fn member_name(d: Value) -> Value {
    slot(d.obj(), 0)
}

/// The class that defined a member descriptor.
pub fn member_owner(d: Value) -> Value {
    slot(d.obj(), 1)
}

/// The instance slot index of a member descriptor.
pub fn member_index(d: Value) -> usize {
    slot(d.obj(), 2).as_int() as usize
}

fn member_check(cx: &mut Ctx, d: Value, obj: Value) -> PyResult<()> {
    let owner = member_owner(d);
    if obj.is_ref() && is_subtype(type_of(obj), owner) {
        return Ok(());
    }
    let msg = format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        as_str(member_name(d)),
        type_name(owner),
        type_name(type_of(obj))
    );
    Err(exceptions::type_error(cx, &msg))
}

/// `member.__get__(obj)`: the slot's value, AttributeError while unset.
pub fn member_get(cx: &mut Ctx, d: Value, obj: Value) -> PyResult<Value> {
    member_check(cx, d, obj)?;
    let v = slot(obj.obj(), member_index(d));
    if v.is_null() {
        return Err(crate::ops::attr::attribute_error(cx, obj, member_name(d)));
    }
    Ok(v)
}

/// `member.__set__(obj, v)`, or `__delete__(obj)` when `v` is NULL.
pub fn member_set(cx: &mut Ctx, d: Value, obj: Value, v: Value) -> PyResult<()> {
    member_check(cx, d, obj)?;
    let i = member_index(d);
    if v.is_null() && slot(obj.obj(), i).is_null() {
        let n = as_str(member_name(d)).to_owned();
        return Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &n));
    }
    cx.set_slot(obj.obj(), i, v);
    Ok(())
}
