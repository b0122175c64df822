//! Instances of user subclasses of built-in types whose own instances are not FIXED objects
//! (int, float, complex, str, bytes, tuple, frozenset): a FIXED object whose slot 0 holds a
//! value of the built-in type, followed by attribute storage. The built-in methods unwrap
//! slot 0 (`int_value`, `float_value`, `str_value`, `tuple_value`...).

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot};
use crate::objects::instance::new_instance;
use crate::objects::typeobj::{is_subtype, type_of};
use crate::value::Value;

/// An instance of `cls` wrapping `v`.
pub fn new_wrapped(cx: &mut Ctx, cls: Value, v: Value) -> PyResult<Value> {
    let h = cx.root(v);
    let inst = new_instance(cx, cls)?;
    let v = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    object::init_slot(inst.obj(), 0, v);
    Ok(inst)
}

/// The wrapped value of an instance of a subclass of `base`, or `v` itself if it is exactly
/// of type `base`.
pub fn unwrap(v: Value, base: Value) -> Option<Value> {
    if !v.is_ref() {
        return None;
    }
    let t = type_of(v);
    if t == base {
        return Some(v);
    }
    if is_subtype(t, base) {
        return Some(slot(v.obj(), 0));
    }
    None
}
