//! `range`: an immutable arithmetic sequence, and its iterator.
//!
//! ```text
//! range FIXED: [start][stop][step][len]   (ints, possibly big)
//! ```

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot};
use crate::objects::exceptions;
use crate::objects::int::{self, from_bigint, to_bigint};
use crate::runtime::Global;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

/// `range`.
pub static RANGE_TYPE: Global = Global::new();

/// The number of items of `range(start, stop, step)`.
pub fn range_len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1u32).div_floor(step) + 1u32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u32).div_floor(&-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// A new range from three ints.
pub fn new_range(cx: &mut Ctx, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    if int::sign(step) == 0 {
        return Err(exceptions::value_error(
            cx,
            "range() arg 3 must not be zero",
        ));
    }
    let len = if start.is_int() && stop.is_int() && step.is_int() {
        let (a, b, s) = (
            start.as_int() as i128,
            stop.as_int() as i128,
            step.as_int() as i128,
        );
        let n = if s > 0 {
            if a < b {
                (b - a - 1) / s + 1
            } else {
                0
            }
        } else if a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        };
        int::from_i128(cx, n)?
    } else {
        let n = range_len_big(&to_bigint(start), &to_bigint(stop), &to_bigint(step));
        from_bigint(cx, &n)?
    };
    let mark = cx.handle_mark();
    let hs = [cx.root(start), cx.root(stop), cx.root(step), cx.root(len)];
    let o = cx.alloc_fixed(RANGE_TYPE.get(), 4)?;
    for (i, h) in hs.iter().enumerate() {
        let v = cx.get(*h);
        object::init_slot(o, i, v);
    }
    cx.pop_handles(mark);
    Ok(Value::from_obj(o))
}

/// Whether `v` is a range.
#[inline]
pub fn is_range(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == RANGE_TYPE.get().bits()
}

/// `(start, stop, step, len)`.
pub fn range_parts(r: Value) -> (Value, Value, Value, Value) {
    let o = r.obj();
    (slot(o, 0), slot(o, 1), slot(o, 2), slot(o, 3))
}

/// Item `i` (0 <= i < len) of a range.
pub fn range_item(cx: &mut Ctx, r: Value, i: Value) -> PyResult<Value> {
    let (start, _, step, _) = range_parts(r);
    if start.is_int() && step.is_int() && i.is_int() {
        let v = start.as_int() as i128 + step.as_int() as i128 * i.as_int() as i128;
        return int::from_i128(cx, v);
    }
    let v = to_bigint(start) + to_bigint(step) * to_bigint(i);
    from_bigint(cx, &v)
}

/// Whether int `v` is in the range.
pub fn range_contains_int(r: Value, v: Value) -> bool {
    let (start, stop, step, _) = range_parts(r);
    let (a, b, s, x) = (
        to_bigint(start),
        to_bigint(stop),
        to_bigint(step),
        to_bigint(v),
    );
    let inside = if s.is_positive() {
        a <= x && x < b
    } else {
        b < x && x <= a
    };
    inside && (x - a).mod_floor(&s).is_zero()
}
