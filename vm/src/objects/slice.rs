//! `slice` objects, index arithmetic for sequences, and the methods of `slice`.

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
    if let Some(r) = small_indices(s, len) {
        return Ok(r);
    }
    Ok(SliceInts::of(cx, s)?.over(len))
}

/// A slice's parts converted to integers once (`__index__` may run Python code), for
/// callers that apply it to a length more than once without running Python in between.
#[derive(Clone, Copy, Debug)]
pub struct SliceInts {
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
}

impl SliceInts {
    /// Converts the parts of slice `s`; ValueError for a zero step.
    pub fn of(cx: &mut Ctx, s: Value) -> PyResult<SliceInts> {
        let (a, b, c) = slice_parts(s);
        // Each conversion may run Python code (and so move the other parts).
        let mark = cx.handle_mark();
        let (ha, hb) = (cx.root(a), cx.root(b));
        let r = (|| {
            let step = slice_index(cx, c)?.unwrap_or(1);
            if step == 0 {
                return Err(exceptions::value_error(cx, "slice step cannot be zero"));
            }
            let a = cx.get(ha);
            let start = slice_index(cx, a)?;
            let b = cx.get(hb);
            let stop = slice_index(cx, b)?;
            Ok(SliceInts { start, stop, step })
        })();
        cx.pop_handles(mark);
        r
    }

    /// `slice.indices(len)`: normalized `(start, stop, step)` and the number of items.
    pub fn over(self, len: usize) -> (i64, i64, i64, usize) {
        clamp(len, self.start, self.stop, self.step)
    }
}

/// [`indices`] for a slice whose parts are small ints or None (the common case): no
/// Python code runs, no error is possible. `None` for other slices and a zero step.
#[inline]
pub fn small_indices(s: Value, len: usize) -> Option<(i64, i64, i64, usize)> {
    let (a, b, c) = slice_parts(s);
    let part = |v: Value| -> Option<Option<i64>> {
        if v.is_int() {
            Some(Some(v.as_int()))
        } else if v == none() {
            Some(None)
        } else {
            None
        }
    };
    let step = part(c)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    Some(clamp(len, part(a)?, part(b)?, step))
}

/// Start, stop, step and length of a slice over `len` items, from its (converted) parts.
fn clamp(len: usize, a: Option<i64>, b: Option<i64>, step: i64) -> (i64, i64, i64, usize) {
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
    let start = norm(a, if step < 0 { upper } else { lower });
    let stop = norm(b, if step < 0 { lower } else { upper });
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
    (start, stop, step, n)
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

// --- Methods -------------------------------------------------------------------------------

use crate::compile::bytecode::CmpOp;
use crate::objects::argcheck;
use crate::objects::function::{Args, NativeDef};
use crate::objects::tuple::new_tuple;
use crate::types_init::GetSet;

fn sl_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(exceptions::type_error(
            cx,
            "slice() takes no keyword arguments",
        ));
    }
    let n = a.len() - 1;
    match n {
        1 => new_slice(cx, none(), a.get(1), none()),
        2 => new_slice(cx, a.get(1), a.get(2), none()),
        3 => new_slice(cx, a.get(1), a.get(2), a.get(3)),
        0 => Err(exceptions::type_error(
            cx,
            "slice expected at least 1 argument, got 0",
        )),
        _ => Err(exceptions::type_error(
            cx,
            &format!("slice expected at most 3 arguments, got {n}"),
        )),
    }
}

/// `slice.indices(length)`, in big integers like CPython.
fn sl_indices(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "slice.indices")?;
    let n = crate::ops::number::index(cx, a.get(1))?;
    if int::sign(n) < 0 {
        return Err(exceptions::value_error(cx, "length should not be negative"));
    }
    let len = int::to_bigint(n);
    let (s, e, st, _) = crate::objects::range::slice_indices_big(cx, a.get(0), &len)?;
    let s = int::from_bigint(cx, &s)?;
    let hs = cx.root(s);
    let e = int::from_bigint(cx, &e)?;
    let he = cx.root(e);
    let st = int::from_bigint(cx, &st)?;
    let (s, e) = (cx.get(hs), cx.get(he));
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hs));
    new_tuple(cx, &[s, e, st])
}

/// Slices compare as the tuples `(start, stop, step)`.
fn sl_compare(cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    argcheck::one(cx, &a, "slice.__eq__")?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_slice(y) {
        return Ok(crate::runtime::SINGLETONS.not_implemented.get());
    }
    let (a1, b1, c1) = slice_parts(x);
    let t1 = new_tuple(cx, &[a1, b1, c1])?;
    let (a2, b2, c2) = slice_parts(y);
    let t2 = new_tuple(cx, &[a2, b2, c2])?;
    crate::ops::compare::compare(cx, t1, t2, op)
}
fn sl_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    sl_compare(cx, a, CmpOp::Eq)
}
fn sl_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    sl_compare(cx, a, CmpOp::Ne)
}
fn sl_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    sl_compare(cx, a, CmpOp::Lt)
}
fn sl_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    sl_compare(cx, a, CmpOp::Le)
}
fn sl_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    sl_compare(cx, a, CmpOp::Gt)
}
fn sl_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    sl_compare(cx, a, CmpOp::Ge)
}

fn sl_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let s = crate::ops::repr::repr_string(cx, a.get(0))?;
    crate::objects::str::new_str(cx, &s)
}

fn sl_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "slice.__reduce__")?;
    let (x, y, z) = slice_parts(a.get(0));
    let args = new_tuple(cx, &[x, y, z])?;
    new_tuple(cx, &[SLICE_TYPE.get(), args])
}

fn sl_start(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slice_parts(a.get(0)).0)
}
fn sl_stop(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slice_parts(a.get(0)).1)
}
fn sl_step(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slice_parts(a.get(0)).2)
}

/// Methods of `slice`.
pub static SLICE_METHODS: &[NativeDef] = crate::native_table![
    StaticMethod "__new__" => sl_new,
    Method "indices" => sl_indices,
    Method "__eq__" => sl_eq, Method "__ne__" => sl_ne,
    Method "__lt__" => sl_lt, Method "__le__" => sl_le,
    Method "__gt__" => sl_gt, Method "__ge__" => sl_ge,
    Method "__repr__" => sl_repr,
    Method "__reduce__" => sl_reduce,
];

/// Attributes of `slice`.
pub static SLICE_GETSETS: &[GetSet] = &[
    GetSet {
        name: "start",
        get: crate::getter!("start", sl_start),
        set: None,
    },
    GetSet {
        name: "stop",
        get: crate::getter!("stop", sl_stop),
        set: None,
    },
    GetSet {
        name: "step",
        get: crate::getter!("step", sl_step),
        set: None,
    },
];
