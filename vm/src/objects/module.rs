//! Module objects: a namespace dict and a name.
//!
//! ```text
//! FIXED: [dict][name] (+ attribute storage of module subclasses, unused)
//! ```

use crate::ctx::{Ctx, PyResult};
use crate::names;
use crate::object::{self, slot};
use crate::objects::dict::{dict_del, dict_get_str, dict_set, new_dict};
use crate::objects::str::{as_str, is_str};
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::{none, types};
use crate::value::Value;

/// Whether `v` is a module.
#[inline]
pub fn is_module(v: Value) -> bool {
    v.is_ref() && {
        let t = type_of(v);
        t == types().module.get() || is_subtype(t, types().module.get())
    }
}

/// A new module named `name` (a str) with a fresh namespace.
pub fn new_module(cx: &mut Ctx, name: Value) -> PyResult<Value> {
    let hn = cx.root(name);
    let d = new_dict(cx)?;
    let hd = cx.root(d);
    let l = crate::objects::typeobj::type_data(types().module.get()).layout;
    let o = cx.alloc_fixed(types().module.get(), l.total_slots())?;
    let (d, name) = (cx.get(hd), cx.get(hn));
    object::init_slot(o, 0, d);
    object::init_slot(o, 1, name);
    if l.has_attrs {
        object::init_slot(
            o,
            l.base_slots as usize,
            crate::objects::typeobj::type_slot(
                types().module.get(),
                crate::objects::typeobj::tslot::ROOT_SHAPE,
            ),
        );
    }
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hn));
    dict_set(cx, d, names::NAME.get(), name)?;
    dict_set(cx, d, names::DOC.get(), none())?;
    dict_set(cx, d, names::PACKAGE.get(), none())?;
    dict_set(cx, d, names::SPEC.get(), none())?;
    dict_set(cx, d, names::LOADER.get(), none())?;
    Ok(Value::from_obj(o))
}

/// The module's namespace dict.
#[inline]
pub fn module_dict(m: Value) -> Value {
    slot(m.obj(), 0)
}

/// The module's `__name__` as Rust text.
pub fn module_name_str(m: Value) -> String {
    let d = module_dict(m);
    // The dict's `__name__` wins (it may have been reassigned), else the stored name.
    for (k, v) in crate::objects::dict::dict_items(d) {
        if is_str(k) && as_str(k) == "__name__" && is_str(v) {
            return as_str(v).to_owned();
        }
    }
    let n = slot(m.obj(), 1);
    if is_str(n) {
        as_str(n).to_owned()
    } else {
        "?".to_owned()
    }
}

/// Module attribute lookup: the namespace, then a module-level `__getattr__` (PEP 562).
pub fn module_getattr(cx: &mut Ctx, m: Value, name: Value) -> PyResult<Option<Value>> {
    let d = module_dict(m);
    let v = dict_get_str(cx, d, name);
    if !v.is_null() {
        return Ok(Some(v));
    }
    // `__dict__`, `__class__` and the like come from the type.
    let ty = type_of(m);
    let descr = crate::ops::attr::type_lookup(cx, ty, name);
    if !descr.is_null() {
        return crate::ops::attr::descr_get(cx, descr, m, ty).map(Some);
    }
    let ga = dict_get_str(cx, d, names::GETATTR.get());
    if !ga.is_null() {
        return crate::interp::call::call(cx, ga, &[name]).map(Some);
    }
    Ok(None)
}

/// Module attribute store (or delete when `v` is NULL).
pub fn module_setattr(cx: &mut Ctx, m: Value, name: Value, v: Value) -> PyResult<()> {
    let d = module_dict(m);
    if v.is_null() {
        if dict_del(cx, d, name)?.is_null() {
            return Err(crate::ops::attr::attribute_error(cx, m, name));
        }
        return Ok(());
    }
    dict_set(cx, d, name, v)
}

/// Adds built-in functions to a native module's namespace (module initialization).
pub fn add_functions(
    cx: &mut Ctx,
    m: Value,
    defs: &'static [crate::objects::function::NativeDef],
) -> PyResult<()> {
    let h = cx.root(m);
    for def in defs {
        let m = cx.get(h);
        let f = crate::objects::function::new_builtin_immortal(cx, def, m)?;
        let n = crate::objects::str::intern(cx, def.name)?;
        let m = cx.get(h);
        dict_set(cx, module_dict(m), n, f)?;
    }
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    Ok(())
}

/// Sets `m.name = v` during module initialization.
pub fn set_attr_str(cx: &mut Ctx, m: Value, name: &str, v: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hm, hv) = (cx.root(m), cx.root(v));
    let n = crate::objects::str::intern(cx, name)?;
    let (m, v) = (cx.get(hm), cx.get(hv));
    cx.pop_handles(mark);
    dict_set(cx, module_dict(m), n, v)
}
