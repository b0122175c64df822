//! `tuple`: an immutable VARVALS object, `[len][items...]`.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, varvals_get, varvals_init, varvals_len};
use crate::runtime::{types, SINGLETONS};
use crate::value::Value;

/// A tuple of `items` (copied).
pub fn new_tuple(cx: &mut Ctx, items: &[Value]) -> PyResult<Value> {
    if items.is_empty() {
        let e = SINGLETONS.empty_tuple.get();
        if !e.is_null() {
            return Ok(e);
        }
    }
    let o = cx.alloc_varvals(types().tuple.get(), items.len())?;
    for (i, &v) in items.iter().enumerate() {
        varvals_init(o, i, v);
    }
    Ok(Value::from_obj(o))
}

/// Number of items of a tuple.
#[inline]
pub fn tuple_len(t: Value) -> usize {
    varvals_len(t.obj())
}

/// Item `i` of a tuple.
#[inline]
pub fn tuple_get(t: Value, i: usize) -> Value {
    varvals_get(t.obj(), i)
}

/// The items of a tuple, copied out.
pub fn tuple_items(t: Value) -> Vec<Value> {
    let o = t.obj();
    (0..varvals_len(o)).map(|i| varvals_get(o, i)).collect()
}

/// Whether `v` is exactly a tuple.
#[inline]
pub fn is_tuple(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == types().tuple.get().bits()
}

/// An internal array (VARVALS of type `array`) of `len` NULLs: backing storage of lists,
/// dicts, sets and instances' overflow slots. Not a Python-visible type.
pub fn new_array(cx: &mut Ctx, len: usize) -> PyResult<Value> {
    let o = cx.alloc_varvals(types().array.get(), len)?;
    Ok(Value::from_obj(o))
}

/// Length of an internal array.
#[inline]
pub fn array_len(a: Value) -> usize {
    object::varvals_len(a.obj())
}

/// A tuple allocated directly in the old generation, which never moves it. Keyword-name
/// tuples are made this way: native calls keep a raw copy of theirs (`function::Args`)
/// across safepoints.
pub fn new_tuple_old(cx: &mut Ctx, items: &[Value]) -> PyResult<Value> {
    if items.is_empty() {
        let e = SINGLETONS.empty_tuple.get();
        if !e.is_null() {
            return Ok(e);
        }
    }
    let o =
        cx.m.alloc_old(
            object::varvals_size(items.len()),
            object::header(types().tuple.get(), object::kind::VARVALS, 0),
        )
        .map_err(|e| cx.memory_error(e))?;
    object::set_raw_word(o, 0, items.len() as u64);
    for (i, &v) in items.iter().enumerate() {
        varvals_init(o, i, v);
    }
    Ok(Value::from_obj(o))
}
