//! `list.sort` and `sorted`: a stable merge sort.
//!
//! When every key is an int, every key a float or every key a str (or every key a tuple of
//! such items, one kind per position), keys compare in Rust without running Python code (so no safepoint is reached) and the standard library's stable sort
//! does the work. Otherwise comparisons call `<` through the object protocol, which may
//! run Python code and move objects: the keys and values then live in rooted internal
//! arrays and the merge sort re-reads them after every comparison.

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, Handle, PyResult};
use crate::object::{varvals_get, varvals_init};
use crate::objects::float::float_value;
use crate::objects::int::{int_cmp, is_exact_int};
use crate::objects::str::{as_str, is_str};
use crate::objects::tuple::{is_tuple, new_array, tuple_get, tuple_len};
use crate::ops::compare::compare_bool;
use crate::runtime::types;
use crate::value::Value;
use std::cmp::Ordering;

/// A kind of key that compares in Rust.
#[derive(PartialEq, Clone, Copy)]
enum Primitive {
    Int,
    Float,
    Str,
}

/// What every key is, when keys compare without Python code: all of one primitive kind,
/// or all tuples whose items at each position are of one primitive kind (the usual
/// `key=lambda kv: (-kv[1], kv[0])`).
#[derive(PartialEq, Clone)]
enum Homogeneous {
    Prim(Primitive),
    Tuple(Vec<Primitive>),
}

fn primitive(v: Value) -> Option<Primitive> {
    if is_exact_int(v) {
        Some(Primitive::Int)
    } else if is_str(v) {
        Some(Primitive::Str)
    } else if v.is_ref() && v.obj().type_word() as u64 == types().float.get().bits() {
        Some(Primitive::Float)
    } else {
        None
    }
}

fn homogeneous(keys: &[Value]) -> Option<Homogeneous> {
    let first = *keys.first()?;
    if let Some(kind) = primitive(first) {
        return keys
            .iter()
            .all(|&k| primitive(k) == Some(kind))
            .then_some(Homogeneous::Prim(kind));
    }
    if !is_tuple(first) {
        return None;
    }
    let mut columns: Vec<Primitive> = Vec::new();
    for &k in keys {
        if !is_tuple(k) {
            return None;
        }
        for i in 0..tuple_len(k) {
            let item = tuple_get(k, i);
            let kind = primitive(item)?;
            if kind == Primitive::Float && float_value(item).is_some_and(f64::is_nan) {
                // A NaN ends a tuple comparison at its position: leave it to the protocol.
                return None;
            }
            match columns.get(i) {
                Some(&c) if c != kind => return None,
                Some(_) => {}
                None => columns.push(kind),
            }
        }
    }
    Some(Homogeneous::Tuple(columns))
}

fn primitive_cmp(kind: Primitive, a: Value, b: Value) -> Ordering {
    match kind {
        Primitive::Int => int_cmp(a, b),
        Primitive::Str => as_str(a).cmp(as_str(b)),
        // NaNs compare as "not less" both ways, like CPython's `<`: treat as equal.
        Primitive::Float => float_value(a)
            .unwrap_or(0.0)
            .partial_cmp(&float_value(b).unwrap_or(0.0))
            .unwrap_or(Ordering::Equal),
    }
}

fn homogeneous_cmp(kind: &Homogeneous, a: Value, b: Value) -> Ordering {
    match kind {
        Homogeneous::Prim(p) => primitive_cmp(*p, a, b),
        Homogeneous::Tuple(columns) => {
            let (la, lb) = (tuple_len(a), tuple_len(b));
            for (i, &c) in columns.iter().enumerate().take(la.min(lb)) {
                let o = primitive_cmp(c, tuple_get(a, i), tuple_get(b, i));
                if o != Ordering::Equal {
                    return o;
                }
            }
            la.cmp(&lb)
        }
    }
}

/// Sorts `values` by `keys` (the same length; `keys` may be `values` itself), stably,
/// `reverse` keeping equal items in their original order as CPython does. Returns the
/// sorted values.
pub fn sort_values(
    cx: &mut Ctx,
    values: Vec<Value>,
    keys: Vec<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let n = values.len();
    if n < 2 {
        return Ok(values);
    }
    if let Some(kind) = homogeneous(&keys) {
        let mut idx: Vec<usize> = (0..n).collect();
        if reverse {
            // Reverse, sort stably, reverse again: equal items keep their order.
            idx.reverse();
            idx.sort_by(|&i, &j| homogeneous_cmp(&kind, keys[i], keys[j]));
            idx.reverse();
        } else {
            idx.sort_by(|&i, &j| homogeneous_cmp(&kind, keys[i], keys[j]));
        }
        return Ok(idx.into_iter().map(|i| values[i]).collect());
    }
    general_sort(cx, values, keys, reverse)
}

/// Merge sort through the object protocol, on rooted arrays.
fn general_sort(
    cx: &mut Ctx,
    mut values: Vec<Value>,
    mut keys: Vec<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let n = values.len();
    if reverse {
        values.reverse();
        keys.reverse();
    }
    let mark = cx.handle_mark();
    // Arrays: [0] values, [1] keys, [2] scratch values, [3] scratch keys.
    let mut hs = Vec::with_capacity(4);
    for src in [Some(&values), Some(&keys), None, None] {
        let a = new_array(cx, n)?;
        if let Some(src) = src {
            for (i, &v) in src.iter().enumerate() {
                varvals_init(a.obj(), i, v);
            }
        }
        hs.push(cx.root(a));
    }
    drop(values);
    drop(keys);
    let (hv, hk, htv, htk) = (hs[0], hs[1], hs[2], hs[3]);
    let r = merge_sort(cx, n, hv, hk, htv, htk);
    if let Err(e) = r {
        cx.pop_handles(mark);
        return Err(e);
    }
    let arr = cx.get(hv);
    let mut out: Vec<Value> = (0..n).map(|i| varvals_get(arr.obj(), i)).collect();
    cx.pop_handles(mark);
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn merge_sort(
    cx: &mut Ctx,
    n: usize,
    hv: Handle,
    hk: Handle,
    htv: Handle,
    htk: Handle,
) -> PyResult<()> {
    const RUN: usize = 16;
    // Binary insertion sort of runs.
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            // Find the insertion point of item i in [start, i): after equal items.
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                // is key[i] < key[mid]?
                let (a, b) = {
                    let k = cx.get(hk).obj();
                    (varvals_get(k, i), varvals_get(k, mid))
                };
                if compare_bool(cx, a, b, CmpOp::Lt)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if lo < i {
                let (v, k) = (cx.get(hv).obj(), cx.get(hk).obj());
                let (sv, sk) = (varvals_get(v, i), varvals_get(k, i));
                let mut p = i;
                while p > lo {
                    varvals_init(v, p, varvals_get(v, p - 1));
                    varvals_init(k, p, varvals_get(k, p - 1));
                    p -= 1;
                }
                varvals_init(v, lo, sv);
                varvals_init(k, lo, sk);
            }
        }
        start = end;
    }
    // Bottom-up merges.
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                merge(cx, lo, mid, hi, hv, hk, htv, htk)?;
            }
            lo += 2 * width;
        }
        width *= 2;
    }
    Ok(())
}

/// Merges the sorted runs [lo, mid) and [mid, hi): the left run is copied to scratch.
#[allow(clippy::too_many_arguments)]
fn merge(
    cx: &mut Ctx,
    lo: usize,
    mid: usize,
    hi: usize,
    hv: Handle,
    hk: Handle,
    htv: Handle,
    htk: Handle,
) -> PyResult<()> {
    {
        let (v, k, tv, tk) = (
            cx.get(hv).obj(),
            cx.get(hk).obj(),
            cx.get(htv).obj(),
            cx.get(htk).obj(),
        );
        for i in lo..mid {
            varvals_init(tv, i, varvals_get(v, i));
            varvals_init(tk, i, varvals_get(k, i));
        }
        cx.m.write_barrier(tv);
        cx.m.write_barrier(tk);
    }
    let (mut i, mut j, mut out) = (lo, mid, lo);
    while i < mid && j < hi {
        // Take from the right only if right < left (stability).
        let r = {
            let a = varvals_get(cx.get(hk).obj(), j);
            let b = varvals_get(cx.get(htk).obj(), i);
            compare_bool(cx, a, b, CmpOp::Lt)?
        };
        let (v, k, tv, tk) = (
            cx.get(hv).obj(),
            cx.get(hk).obj(),
            cx.get(htv).obj(),
            cx.get(htk).obj(),
        );
        if r {
            varvals_init(v, out, varvals_get(v, j));
            varvals_init(k, out, varvals_get(k, j));
            j += 1;
        } else {
            varvals_init(v, out, varvals_get(tv, i));
            varvals_init(k, out, varvals_get(tk, i));
            i += 1;
        }
        out += 1;
    }
    let (v, k, tv, tk) = (
        cx.get(hv).obj(),
        cx.get(hk).obj(),
        cx.get(htv).obj(),
        cx.get(htk).obj(),
    );
    while i < mid {
        varvals_init(v, out, varvals_get(tv, i));
        varvals_init(k, out, varvals_get(tk, i));
        i += 1;
        out += 1;
    }
    cx.m.write_barrier(v);
    cx.m.write_barrier(k);
    Ok(())
}
