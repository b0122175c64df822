//! `range`: an immutable arithmetic sequence (big bounds included), its slicing,
//! membership and methods.
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

// --- Slicing, membership ------------------------------------------------------------------

/// `slice.indices(length)` in big integers: normalized `(start, stop, step, count)`.
pub fn slice_indices_big(
    cx: &mut Ctx,
    s: Value,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt, BigInt)> {
    let (a, b, c) = crate::objects::slice::slice_parts(s);
    let step = match big_index(cx, c)? {
        Some(st) => st,
        None => BigInt::from(1),
    };
    if step.is_zero() {
        return Err(exceptions::value_error(cx, "slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let norm = |x: Option<BigInt>, default: &BigInt| -> BigInt {
        match x {
            None => default.clone(),
            Some(mut v) => {
                if v.is_negative() {
                    v += len;
                    if v < lower {
                        v = lower.clone();
                    }
                } else if v > upper {
                    v = upper.clone();
                }
                v
            }
        }
    };
    let sa = big_index(cx, a)?;
    let sb = big_index(cx, b)?;
    let start = norm(sa, if neg { &upper } else { &lower });
    let stop = norm(sb, if neg { &lower } else { &upper });
    let count = range_len_big(&start, &stop, &step);
    Ok((start, stop, step, count))
}

/// A slice bound as a big integer (`None` for None), via `__index__`.
fn big_index(cx: &mut Ctx, v: Value) -> PyResult<Option<BigInt>> {
    if v == crate::runtime::none() {
        return Ok(None);
    }
    match crate::ops::number::index(cx, v) {
        Ok(i) => Ok(Some(to_bigint(i))),
        Err(e) => {
            if exceptions::exc_matches(cx.exception(), exceptions::TYPE_ERROR.get()) {
                cx.take_exception();
                return Err(exceptions::type_error(
                    cx,
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            Err(e)
        }
    }
}

/// `r[key]` for an int-like key or a slice.
pub fn range_getitem(cx: &mut Ctx, r: Value, key: Value) -> PyResult<Value> {
    let (_start, _, _step, len) = range_parts(r);
    if crate::objects::slice::is_slice(key) {
        let (s, e, st, _) = slice_indices_big(cx, key, &to_bigint(len))?;
        let (start, _, step, _) = range_parts(r);
        let (a, p) = (to_bigint(start), to_bigint(step));
        let new_start = &a + &p * &s;
        let new_stop = &a + &p * &e;
        let new_step = &p * &st;
        let ns = from_bigint(cx, &new_start)?;
        let h = cx.root(ns);
        let ne = from_bigint(cx, &new_stop)?;
        let h2 = cx.root(ne);
        let np = from_bigint(cx, &new_step)?;
        let (ns, ne) = (cx.get(h), cx.get(h2));
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        return new_range(cx, ns, ne, np);
    }
    let is_index = int::int_value(key).is_some()
        || !crate::ops::attr::type_lookup(
            cx,
            crate::objects::typeobj::type_of(key),
            crate::names::INDEX.get(),
        )
        .is_null();
    if !is_index {
        let msg = format!(
            "range indices must be integers or slices, not {}",
            crate::objects::typeobj::type_name(crate::objects::typeobj::type_of(key))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    let i = crate::ops::number::index(cx, key)?;
    let (start, _, step, len) = range_parts(r);
    let mut i = to_bigint(i);
    let n = to_bigint(len);
    if i.is_negative() {
        i += &n;
    }
    if i.is_negative() || i >= n {
        return Err(exceptions::index_error(
            cx,
            "range object index out of range",
        ));
    }
    let v = to_bigint(start) + to_bigint(step) * i;
    from_bigint(cx, &v)
}

/// `x in r`: arithmetic for ints and bools, otherwise a linear search with `==`.
pub fn range_contains(cx: &mut Ctx, r: Value, x: Value) -> PyResult<bool> {
    if let Some(i) = int::int_value(x) {
        let t = crate::objects::typeobj::type_of(x);
        if int::is_exact_int(x) || t == crate::runtime::types().bool.get() {
            return Ok(range_contains_int(r, i));
        }
    }
    Ok(range_search(cx, r, x)?.is_some())
}

/// The position of the first item equal to `x` (linear search); `None` if absent.
fn range_search(cx: &mut Ctx, r: Value, x: Value) -> PyResult<Option<usize>> {
    let mark = cx.handle_mark();
    let hx = cx.root(x);
    let it = crate::ops::iter::get_iter(cx, r)?;
    let hi = cx.root(it);
    let mut k = 0;
    loop {
        let it = cx.get(hi);
        let Some(v) = crate::ops::iter::next(cx, it)? else {
            cx.pop_handles(mark);
            return Ok(None);
        };
        let x = cx.get(hx);
        if crate::ops::compare::eq(cx, v, x)? {
            cx.pop_handles(mark);
            return Ok(Some(k));
        }
        k += 1;
    }
}

// --- Methods -------------------------------------------------------------------------------

use crate::objects::argcheck;
use crate::objects::function::{Args, NativeDef};
use crate::objects::typeobj::type_of;
use crate::runtime::{none, py_bool, SINGLETONS};
use crate::types_init::GetSet;

fn int_arg(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if let Some(i) = int::int_value(v) {
        return Ok(i);
    }
    crate::ops::number::index(cx, v)
}

fn r_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(exceptions::type_error(
            cx,
            "range() takes no keyword arguments",
        ));
    }
    let n = a.len() - 1;
    match n {
        1 => {
            let stop = int_arg(cx, a.get(1))?;
            new_range(cx, Value::int(0), stop, Value::int(1))
        }
        2 | 3 => {
            let mark = cx.handle_mark();
            let start = int_arg(cx, a.get(1))?;
            let hs = cx.root(start);
            let stop = int_arg(cx, a.get(2))?;
            let hst = cx.root(stop);
            let step = if n == 3 {
                int_arg(cx, a.get(3))?
            } else {
                Value::int(1)
            };
            let (start, stop) = (cx.get(hs), cx.get(hst));
            cx.pop_handles(mark);
            new_range(cx, start, stop, step)
        }
        0 => Err(exceptions::type_error(
            cx,
            "range expected at least 1 argument, got 0",
        )),
        _ => Err(exceptions::type_error(
            cx,
            &format!("range expected at most 3 arguments, got {n}"),
        )),
    }
}

fn r_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "range.__len__")?;
    let len = range_parts(a.get(0)).3;
    if len.is_int() {
        return Ok(len);
    }
    Err(exceptions::overflow_error(
        cx,
        "Python int too large to convert to C ssize_t",
    ))
}

fn r_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "range.__getitem__")?;
    range_getitem(cx, a.get(0), a.get(1))
}

fn r_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "range.__contains__")?;
    range_contains(cx, a.get(0), a.get(1)).map(py_bool)
}

fn r_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "range.__iter__")?;
    crate::ops::iter::range_iter(cx, a.get(0))
}

/// `reversed(range(a, b, s))`: an iterator from the last item down, step `-s`.
fn r_reversed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "range.__reversed__")?;
    let (start, _, step, len) = range_parts(a.get(0));
    let (s, p, n) = (to_bigint(start), to_bigint(step), to_bigint(len));
    let last = if n.is_zero() {
        s.clone()
    } else {
        &s + &p * (&n - 1u32)
    };
    let mark = cx.handle_mark();
    let l = from_bigint(cx, &last)?;
    let hl = cx.root(l);
    let neg = from_bigint(cx, &-p)?;
    let hn = cx.root(neg);
    let count = from_bigint(cx, &n)?;
    let (l, neg) = (cx.get(hl), cx.get(hn));
    cx.pop_handles(mark);
    crate::ops::iter::range_iter_parts(cx, l, count, neg)
}

fn r_eq_impl(a: Value, b: Value) -> bool {
    let (sa, _, pa, la) = range_parts(a);
    let (sb, _, pb, lb) = range_parts(b);
    if int::int_cmp(la, lb) != std::cmp::Ordering::Equal {
        return false;
    }
    if int::sign(la) == 0 {
        return true;
    }
    if int::int_cmp(sa, sb) != std::cmp::Ordering::Equal {
        return false;
    }
    la == Value::int(1) || int::int_cmp(pa, pb) == std::cmp::Ordering::Equal
}

fn r_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "range.__eq__")?;
    if !is_range(a.get(1)) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    Ok(py_bool(r_eq_impl(a.get(0), a.get(1))))
}

fn r_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "range.__ne__")?;
    if !is_range(a.get(1)) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    Ok(py_bool(!r_eq_impl(a.get(0), a.get(1))))
}

/// `hash(range)`: the hash of `(len, start, step)`, with `start`/`step` None when they do
/// not matter (empty or single-item ranges), so equal ranges hash alike.
pub fn range_hash(cx: &mut Ctx, r: Value) -> PyResult<i64> {
    let (start, _, step, len) = range_parts(r);
    let t = if int::sign(len) == 0 {
        crate::objects::tuple::new_tuple(cx, &[len, none(), none()])?
    } else if len == Value::int(1) {
        crate::objects::tuple::new_tuple(cx, &[len, start, none()])?
    } else {
        crate::objects::tuple::new_tuple(cx, &[len, start, step])?
    };
    crate::protocol::hash(cx, t)
}

fn r_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__hash__", 0)?;
    let h = range_hash(cx, a.get(0))?;
    int::from_i64(cx, h)
}

fn r_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "range.index")?;
    let (r, x) = (a.get(0), a.get(1));
    let t = type_of(x);
    if int::is_exact_int(x) || t == crate::runtime::types().bool.get() {
        let i = int::int_value(x).unwrap_or(x);
        if range_contains_int(r, i) {
            let (start, _, step, _) = range_parts(r);
            let d = to_bigint(i) - to_bigint(start);
            return from_bigint(cx, &d.div_floor(&to_bigint(step)));
        }
        let rr = crate::ops::repr::repr_string(cx, x)?;
        return Err(exceptions::value_error(
            cx,
            &format!("{rr} is not in range"),
        ));
    }
    match range_search(cx, r, x)? {
        Some(k) => Ok(Value::int(k as i64)),
        None => Err(exceptions::value_error(
            cx,
            "sequence.index(x): x not in sequence",
        )),
    }
}

fn r_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "range.count")?;
    let (r, x) = (a.get(0), a.get(1));
    let t = type_of(x);
    if int::is_exact_int(x) || t == crate::runtime::types().bool.get() {
        let i = int::int_value(x).unwrap_or(x);
        return Ok(Value::int(range_contains_int(r, i) as i64));
    }
    let mark = cx.handle_mark();
    let hx = cx.root(x);
    let it = crate::ops::iter::get_iter(cx, r)?;
    let hi = cx.root(it);
    let mut c = 0;
    loop {
        let it = cx.get(hi);
        let Some(v) = crate::ops::iter::next(cx, it)? else {
            break;
        };
        let x = cx.get(hx);
        if crate::ops::compare::eq(cx, v, x)? {
            c += 1;
        }
    }
    cx.pop_handles(mark);
    Ok(Value::int(c))
}

fn r_bool(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "range.__bool__")?;
    Ok(py_bool(int::sign(range_parts(a.get(0)).3) != 0))
}

fn r_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let s = crate::ops::repr::repr_string(cx, a.get(0))?;
    crate::objects::str::new_str(cx, &s)
}

fn r_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "range.__reduce__")?;
    let (start, stop, step, _) = range_parts(a.get(0));
    let args = crate::objects::tuple::new_tuple(cx, &[start, stop, step])?;
    crate::objects::tuple::new_tuple(cx, &[RANGE_TYPE.get(), args])
}

fn r_start(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(range_parts(a.get(0)).0)
}
fn r_stop(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(range_parts(a.get(0)).1)
}
fn r_step(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(range_parts(a.get(0)).2)
}

/// Methods of `range`.
pub static RANGE_METHODS: &[NativeDef] = crate::native_table![
    StaticMethod "__new__" => r_new,
    Method "__len__" => r_len,
    Method "__getitem__" => r_getitem,
    Method "__contains__" => r_contains,
    Method "__iter__" => r_iter,
    Method "__reversed__" => r_reversed,
    Method "__eq__" => r_eq, Method "__ne__" => r_ne,
    Method "__hash__" => r_hash,
    Method "__bool__" => r_bool,
    Method "__repr__" => r_repr,
    Method "__reduce__" => r_reduce,
    Method "index" => r_index,
    Method "count" => r_count,
];

/// Attributes of `range`.
pub static RANGE_GETSETS: &[GetSet] = &[
    GetSet {
        name: "start",
        get: crate::getter!("start", r_start),
        set: None,
    },
    GetSet {
        name: "stop",
        get: crate::getter!("stop", r_stop),
        set: None,
    },
    GetSet {
        name: "step",
        get: crate::getter!("step", r_step),
        set: None,
    },
];
