//! Attribute access: `getattr`, `setattr`, `delattr`, method loads, and the descriptor
//! protocol.
//!
//! Lookup order for `obj.name` (object's `__getattribute__`): a data descriptor on the type
//! (one with `__set__` or `__delete__`), then the instance's own attributes, then a non-data
//! descriptor or plain class attribute, then `__getattr__`. Types and modules have their own
//! rules (`type_getattr`, `module_getattr`). Type lookups go through a global cache keyed by
//! the type's version tag and the (interned) name, so repeated lookups cost one probe.

use crate::ctx::{Ctx, PyResult, Raised};
use crate::interp::call::{call, call_kw};
use crate::names;
use crate::object::{slot, ValueCell};
use crate::objects::descr::{self, is_data_descriptor};
use crate::objects::exceptions::{self, raise_msg};
use crate::objects::function::{self, fslot};
use crate::objects::instance::{self, has_attr_storage};
use crate::objects::module;
use crate::objects::str::{as_str, intern_value, is_str};
use crate::objects::typeobj::{
    self, is_subtype, is_type, tflags, type_data, type_name, type_of, type_version,
};
use crate::runtime::{none, types};
use crate::value::Value;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

// --- The type attribute cache ---------------------------------------------------------------

const CACHE_BITS: usize = 12;
const CACHE_SIZE: usize = 1 << CACHE_BITS;

struct CacheEntry {
    version: AtomicU64,
    name: AtomicU64,
    value: ValueCell,
}

static TYPE_CACHE: [CacheEntry; CACHE_SIZE] = [const {
    CacheEntry {
        version: AtomicU64::new(0),
        name: AtomicU64::new(0),
        value: ValueCell::new_const(),
    }
}; CACHE_SIZE];

/// Traces the cached values (they are global roots; the collector calls this).
pub(crate) fn trace_type_cache(t: &mut dyn krait_gc::Tracer) {
    for e in TYPE_CACHE.iter() {
        crate::object::Trace::trace(&e.value, t);
        // Names are interned (immortal): no tracing needed.
    }
}

/// `name` (an interned str) looked up along `ty`'s MRO, cached; NULL if absent.
#[inline]
pub fn type_lookup(cx: &mut Ctx, ty: Value, name: Value) -> Value {
    let version = type_version(ty);
    let h = ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name.bits() as usize >> 3))
        & (CACHE_SIZE - 1);
    let e = &TYPE_CACHE[h];
    if e.version.load(Relaxed) == version && e.name.load(Relaxed) == name.bits() {
        let v = e.value.get();
        // Re-check the key: another thread may have replaced the entry meanwhile.
        if e.version.load(Relaxed) == version && e.name.load(Relaxed) == name.bits() {
            return v;
        }
    }
    let v = typeobj::lookup(cx, ty, name);
    e.version.store(0, Relaxed);
    e.value.set(v);
    e.name.store(name.bits(), Relaxed);
    e.version.store(version, Relaxed);
    v
}

/// A special method of type `ty` (NULL if absent).
#[inline]
pub fn lookup_special(cx: &mut Ctx, ty: Value, name: &crate::runtime::Global) -> Value {
    type_lookup(cx, ty, name.get())
}

/// Whether `v` is an instance of `ty` (by type, ignoring `__instancecheck__`).
#[inline]
pub fn isinstance_of(v: Value, ty: Value) -> bool {
    is_subtype(type_of(v), ty)
}

// --- Errors ------------------------------------------------------------------------------

/// Raises AttributeError for `obj.name`, with `name` and `obj` attributes set (for the
/// traceback's suggestions).
#[cold]
pub fn attribute_error(cx: &mut Ctx, obj: Value, name: Value) -> Raised {
    let n = as_str(name).to_owned();
    let msg = if module::is_module(obj) {
        format!(
            "module '{}' has no attribute '{n}'",
            module::module_name_str(obj)
        )
    } else if is_type(obj) {
        format!("type object '{}' has no attribute '{n}'", type_name(obj))
    } else {
        format!(
            "'{}' object has no attribute '{n}'",
            type_name(type_of(obj))
        )
    };
    let mark = cx.handle_mark();
    let (ho, hn) = (cx.root(obj), cx.root(name));
    let r = raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &msg);
    let exc = cx.exception();
    let (o, nm) = (cx.get(ho), cx.get(hn));
    cx.pop_handles(mark);
    let _ = instance::set_attr(cx, exc, names::NAME_ATTR.get(), nm);
    let _ = instance::set_attr(cx, exc, names::OBJ.get(), o);
    r
}

fn is_attribute_error(cx: &mut Ctx) -> bool {
    let e = cx.exception();
    !e.is_null() && isinstance_of(e, exceptions::ATTRIBUTE_ERROR.get())
}

// --- Descriptors -------------------------------------------------------------------------

/// `descr.__get__(obj, ty)`; `obj` NULL for access through the class.
pub fn descr_get(cx: &mut Ctx, d: Value, obj: Value, ty: Value) -> PyResult<Value> {
    if d.is_int() {
        return Ok(d);
    }
    let dt = type_of(d);
    if dt == function::FUNCTION_TYPE.get() {
        return if obj.is_null() {
            Ok(d)
        } else {
            function::new_method(cx, d, obj)
        };
    }
    if dt == function::METHOD_DESCR_TYPE.get() {
        return if obj.is_null() {
            Ok(d)
        } else {
            function::new_builtin(cx, function::native_def(d), obj)
        };
    }
    if dt == function::CLASSMETHOD_DESCR_TYPE.get() {
        return function::new_builtin(cx, function::native_def(d), ty);
    }
    if (dt == descr::CLASSMETHOD_TYPE.get()
        || is_subtype(dt, descr::CLASSMETHOD_TYPE.get()) && dt != types().object.get())
        && is_subtype(dt, descr::CLASSMETHOD_TYPE.get())
    {
        let f = slot(d.obj(), 0);
        let owner = if ty.is_null() { type_of(obj) } else { ty };
        // A classmethod wrapping another descriptor (e.g. property) binds through it.
        return function::new_method(cx, f, owner);
    }
    if is_subtype(dt, descr::STATICMETHOD_TYPE.get()) {
        return Ok(slot(d.obj(), 0));
    }
    if is_subtype(dt, descr::PROPERTY_TYPE.get()) {
        if obj.is_null() {
            return Ok(d);
        }
        return descr::property_get(cx, d, obj);
    }
    if dt == descr::GETSET_TYPE.get() {
        if obj.is_null() {
            return Ok(d);
        }
        return descr::getset_get(cx, d, obj);
    }
    if dt == descr::MEMBER_TYPE.get() {
        if obj.is_null() {
            return Ok(d);
        }
        return descr::member_get(cx, d, obj);
    }
    if dt == function::BUILTIN_TYPE.get() || is_builtin_immutable_value(dt) {
        return Ok(d);
    }
    // A user-defined descriptor.
    let get = type_lookup(cx, dt, names::GET.get());
    if get.is_null() {
        return Ok(d);
    }
    let o = if obj.is_null() { none() } else { obj };
    let t = if ty.is_null() { type_of(obj) } else { ty };
    call(cx, get, &[d, o, t])
}

/// Types whose instances are never descriptors (fast check).
#[inline]
fn is_builtin_immutable_value(t: Value) -> bool {
    let ts = types();
    t == ts.str.get()
        || t == ts.int.get()
        || t == ts.float.get()
        || t == ts.tuple.get()
        || t == ts.none.get()
        || t == ts.bool.get()
        || t == ts.dict.get()
        || t == ts.list.get()
}

// --- getattr -----------------------------------------------------------------------------

/// `getattr(obj, name)` for an interned `name`.
pub fn getattr(cx: &mut Ctx, obj: Value, name: Value) -> PyResult<Value> {
    let ty = type_of(obj);
    if ty == crate::objects::super_::SUPER_TYPE.get() {
        return crate::objects::super_::super_getattr(cx, obj, name);
    }
    // A user-defined __getattribute__?
    if type_data(ty).flags() & tflags::HEAPTYPE != 0 {
        let ga = type_lookup(cx, ty, names::GETATTRIBUTE.get());
        if !ga.is_null() && ga != descr::OBJECT_GETATTRIBUTE.get() {
            let mark = cx.handle_mark();
            let (ho, hn) = (cx.root(obj), cx.root(name));
            let r = call(cx, ga, &[obj, name]);
            let r = match r {
                Err(e) if is_attribute_error(cx) => {
                    let (o, n) = (cx.get(ho), cx.get(hn));
                    getattr_hook(cx, o, n, e)
                }
                r => r,
            };
            cx.pop_handles(mark);
            return r;
        }
    }
    let mark = cx.handle_mark();
    let (ho, hn) = (cx.root(obj), cx.root(name));
    let r = generic_getattr(cx, obj, name);
    let (obj, name) = (cx.get(ho), cx.get(hn));
    cx.pop_handles(mark);
    match r {
        Ok(Some(v)) => Ok(v),
        // A descriptor (a property, an unset slot) raised AttributeError: `__getattr__`
        // gets a chance, as when `__getattribute__` itself raises.
        Err(e) => {
            if is_attribute_error(cx) {
                getattr_hook(cx, obj, name, e)
            } else {
                Err(e)
            }
        }
        Ok(None) => {
            let e = attribute_error(cx, obj, name);
            getattr_hook(cx, obj, name, e)
        }
    }
}

/// After an AttributeError: try `type(obj).__getattr__(obj, name)`.
fn getattr_hook(cx: &mut Ctx, obj: Value, name: Value, e: Raised) -> PyResult<Value> {
    let ty = type_of(obj);
    if type_data(ty).flags() & tflags::HEAPTYPE == 0 {
        return Err(e);
    }
    let ga = type_lookup(cx, ty, names::GETATTR.get());
    if ga.is_null() {
        return Err(e);
    }
    cx.take_exception();
    call(cx, ga, &[obj, name])
}

/// `getattr(obj, name, default)`: NULL instead of AttributeError.
pub fn getattr_opt(cx: &mut Ctx, obj: Value, name: Value) -> PyResult<Value> {
    match getattr(cx, obj, name) {
        Ok(v) => Ok(v),
        Err(e) => {
            if is_attribute_error(cx) {
                cx.take_exception();
                Ok(Value::NULL)
            } else {
                Err(e)
            }
        }
    }
}

/// `getattr` with a name given as Rust text.
pub fn getattr_str(cx: &mut Ctx, obj: Value, name: &str) -> PyResult<Value> {
    let h = cx.root(obj);
    let n = crate::objects::str::intern(cx, name)?;
    let obj = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    getattr(cx, obj, n)
}

/// The generic lookup (object's, type's or module's `__getattribute__`), without the
/// `__getattr__` fallback: `None` if not found (no exception set).
pub fn generic_getattr(cx: &mut Ctx, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    if module::is_module(obj) {
        return module::module_getattr(cx, obj, name);
    }
    if is_type(obj) {
        return type_getattr(cx, obj, name);
    }
    let d = type_lookup(cx, ty, name);
    if !d.is_null() && is_data_descriptor(cx, d) {
        return descr_get(cx, d, obj, ty).map(Some);
    }
    if has_attr_storage(obj) {
        let v = instance::get_attr(cx, obj, name);
        if !v.is_null() {
            return Ok(Some(v));
        }
    } else if function::is_function(obj) {
        let dict = slot(obj.obj(), fslot::DICT);
        if !dict.is_null() {
            let v = crate::objects::dict::dict_get_str(cx, dict, name);
            if !v.is_null() {
                return Ok(Some(v));
            }
        }
    }
    if d.is_null() {
        return Ok(None);
    }
    descr_get(cx, d, obj, ty).map(Some)
}

/// `type.__getattribute__`.
fn type_getattr(cx: &mut Ctx, t: Value, name: Value) -> PyResult<Option<Value>> {
    let meta = type_of(t);
    let md = type_lookup(cx, meta, name);
    if !md.is_null() && is_data_descriptor(cx, md) {
        return descr_get(cx, md, t, meta).map(Some);
    }
    let a = type_lookup(cx, t, name);
    if !a.is_null() {
        return descr_get(cx, a, Value::NULL, t).map(Some);
    }
    if !md.is_null() {
        return descr_get(cx, md, t, meta).map(Some);
    }
    Ok(None)
}

// --- Method loads ------------------------------------------------------------------------

/// `obj.name` for a call: `(func, obj)` when `name` is a plain method found on the type (no
/// bound method is made), else `(NULL, attribute)`.
pub fn load_method(cx: &mut Ctx, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    let ty = type_of(obj);
    let plain_getattribute = type_data(ty).flags() & tflags::HEAPTYPE == 0 || {
        let ga = type_lookup(cx, ty, names::GETATTRIBUTE.get());
        ga.is_null() || ga == descr::OBJECT_GETATTRIBUTE.get()
    };
    if plain_getattribute
        && !is_type(obj)
        && !module::is_module(obj)
        && ty != crate::objects::super_::SUPER_TYPE.get()
    {
        let d = type_lookup(cx, ty, name);
        if !d.is_null() && (function::is_function(d) || function::is_method_descr(d)) {
            // An instance attribute of the same name shadows the method.
            let shadowed = has_attr_storage(obj) && !instance::get_attr(cx, obj, name).is_null();
            if !shadowed {
                return Ok((d, obj));
            }
        }
    }
    let v = getattr(cx, obj, name)?;
    Ok((Value::NULL, v))
}

/// Calls method `name` (a `Global` interned name) of `obj` with `args`.
pub fn call_method(cx: &mut Ctx, obj: Value, name: Value, args: &[Value]) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hs: Vec<crate::ctx::Handle> = args.iter().map(|&a| cx.root(a)).collect();
    let (f, s) = load_method(cx, obj, name)?;
    let mut all = Vec::with_capacity(args.len() + 1);
    let callee = if f.is_null() {
        s
    } else {
        all.push(s);
        f
    };
    for h in hs {
        all.push(cx.get(h));
    }
    cx.pop_handles(mark);
    call(cx, callee, &all)
}

/// Calls method `name` with keyword arguments (`kwnames` names the last args).
pub fn call_method_kw(
    cx: &mut Ctx,
    obj: Value,
    name: Value,
    args: &[Value],
    kwnames: Value,
) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hs: Vec<crate::ctx::Handle> = args.iter().map(|&a| cx.root(a)).collect();
    let hk = cx.root(kwnames);
    let m = getattr(cx, obj, name)?;
    let all: Vec<Value> = hs.iter().map(|&h| cx.get(h)).collect();
    let kw = cx.get(hk);
    cx.pop_handles(mark);
    call_kw(cx, m, &all, kw)
}

// --- setattr / delattr -------------------------------------------------------------------

/// `setattr(obj, name, v)`; `v` NULL means `delattr`.
pub fn setattr(cx: &mut Ctx, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if type_data(ty).flags() & tflags::HEAPTYPE != 0 {
        let which = if v.is_null() {
            names::DELATTR.get()
        } else {
            names::SETATTR.get()
        };
        let sa = type_lookup(cx, ty, which);
        let object_default = if v.is_null() {
            descr::OBJECT_DELATTR.get()
        } else {
            descr::OBJECT_SETATTR.get()
        };
        if !sa.is_null() && sa != object_default {
            let r = if v.is_null() {
                call(cx, sa, &[obj, name])
            } else {
                call(cx, sa, &[obj, name, v])
            };
            return r.map(|_| ());
        }
    }
    generic_setattr(cx, obj, name, v)
}

/// `object.__setattr__` / `__delattr__` (and the type's and module's).
pub fn generic_setattr(cx: &mut Ctx, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let name = if crate::objects::str::is_interned(name) {
        name
    } else {
        intern_value(cx, name)?
    };
    if is_type(obj) {
        return type_setattr(cx, obj, name, v);
    }
    if module::is_module(obj) {
        return module::module_setattr(cx, obj, name, v);
    }
    let ty = type_of(obj);
    let d = type_lookup(cx, ty, name);
    if !d.is_null() && is_data_descriptor(cx, d) {
        return descr::descr_set(cx, d, obj, v);
    }
    if has_attr_storage(obj) && (d.is_null() || typeobj::instances_have_dict(ty)) {
        if v.is_null() {
            if !instance::del_attr(cx, obj, name)? {
                return Err(attribute_error(cx, obj, name));
            }
            return Ok(());
        }
        return instance::set_attr(cx, obj, name, v);
    }
    if function::is_function(obj) {
        return descr::function_setattr(cx, obj, name, v);
    }
    if !d.is_null() {
        let msg = format!(
            "'{}' object attribute '{}' is read-only",
            type_name(ty),
            as_str(name)
        );
        return Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &msg));
    }
    Err(attribute_error(cx, obj, name))
}

fn type_setattr(cx: &mut Ctx, t: Value, name: Value, v: Value) -> PyResult<()> {
    let meta = type_of(t);
    let md = type_lookup(cx, meta, name);
    if !md.is_null() && is_data_descriptor(cx, md) {
        return descr::descr_set(cx, md, t, v);
    }
    if type_data(t).flags() & tflags::HEAPTYPE == 0 {
        let msg = format!(
            "cannot set '{}' attribute of immutable type '{}'",
            as_str(name),
            type_name(t)
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    if !typeobj::type_set_attr(cx, t, name, v)? {
        return Err(attribute_error(cx, t, name));
    }
    Ok(())
}

/// `delattr(obj, name)`.
pub fn delattr(cx: &mut Ctx, obj: Value, name: Value) -> PyResult<()> {
    setattr(cx, obj, name, Value::NULL)
}

/// `hasattr(obj, name)`.
pub fn hasattr(cx: &mut Ctx, obj: Value, name: Value) -> PyResult<bool> {
    Ok(!getattr_opt(cx, obj, name)?.is_null())
}

/// An attribute name argument (for `getattr()` and friends): an interned str, or TypeError.
pub fn attr_name(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_str(v) {
        return intern_value(cx, v);
    }
    if v.is_ref() && is_subtype(type_of(v), types().str.get()) {
        let s = crate::objects::str::str_value(v);
        return intern_value(cx, s);
    }
    let msg = format!(
        "attribute name must be string, not '{}'",
        type_name(type_of(v))
    );
    Err(exceptions::type_error(cx, &msg))
}
