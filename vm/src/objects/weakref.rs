//! Weak references: WEAKREF objects whose referent word the collector does not trace and
//! clears when the referent dies. Used internally (subclass lists) and, later, by the
//! `weakref` module.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, kind, raw_word, set_raw_word};
use crate::runtime::types;
use crate::value::Value;

/// A weak reference to the object `referent`.
pub fn new_weakref(cx: &mut Ctx, referent: Value) -> PyResult<Value> {
    debug_assert!(referent.is_ref());
    let o =
        cx.m.alloc(24, object::header(types().weakref.get(), kind::WEAKREF, 0))
            .map_err(|e| cx.memory_error(e))?;
    set_raw_word(o, 0, referent.bits());
    cx.m.register_weak(o);
    Ok(Value::from_obj(o))
}

/// The referent, or NULL if it died.
#[inline]
pub fn referent(w: Value) -> Value {
    Value::from_bits(raw_word(w.obj(), 0))
}
