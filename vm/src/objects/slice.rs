//! `slice` objects and index arithmetic for sequences.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot};
use crate::objects::exceptions;
use crate::objects::int;
use crate::runtime::{none, Global};
use crate::value::Value;

/// `slice`.
pub static SLICE_TYPE: Global = Global::new();

/// A new slice.
pub fn new_slice(cx: &mut Ctx, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let o = cx.alloc_fixed(SLICE_TYPE.get(), 3)?;
    object::init_slot(o, 0, start);
    object::init_slot(o, 1, stop);
    object::init_slot(o, 2, step);
    Ok(Value::from_obj(o))
}

/// Whether `v` is a slice.
#[inline]
pub fn is_slice(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == SLICE_TYPE.get().bits()
}

/// `(start, stop, step)` of a slice.
pub fn slice_parts(s: Value) -> (Value, Value, Value) {
    let o = s.obj();
    (slot(o, 0), slot(o, 1), slot(o, 2))
}

/// An index from an int or an object with `__index__`, clamped into i64 range for slices.
fn slice_index(cx: &mut Ctx, v: Value) -> PyResult<Option<i64>> {
    if v == none() {
        return Ok(None);
    }
    let i = crate::ops::number::index(cx, v).map_err(|e| {
        if cx.exception().is_null() {
            e
        } else {
            cx.take_exception();
            exceptions::type_error(
                cx,
                "slice indices must be integers or None or have an __index__ method",
            )
        }
    })?;
    Ok(Some(match int::to_i64(i) {
        Some(x) => x,
        None => {
            if int::sign(i) < 0 {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
    }))
}

/// `slice.indices(len)`: normalized `(start, stop, step)` and the number of items.
pub fn indices(cx: &mut Ctx, s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (a, b, c) = slice_parts(s);
    let step = slice_index(cx, c)?.unwrap_or(1);
    if step == 0 {
        return Err(exceptions::value_error(cx, "slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < lower {
                        v = lower;
                    }
                } else if v > upper {
                    v = upper;
                }
                v
            }
        }
    };
    let start = norm(slice_index(cx, a)?, if step < 0 { upper } else { lower });
    let stop = norm(slice_index(cx, b)?, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, n))
}

/// Normalizes a sequence index (negative from the end); `None` if out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}
