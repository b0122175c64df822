//! `list.sort` and `sorted`: a stable sort of a list's own items array, in place.
//!
//! When every key is an int, every key a float or every key a str (or every key a tuple of
//! such items, one kind per position), keys compare in Rust without running Python code (so
//! no safepoint is reached): the standard library's stable sort orders 32-bit indices, and
//! the items are then permuted in place along the cycles of that permutation. Otherwise
//! comparisons call `<` through the object protocol, which may run Python code and move
//! objects: a merge sort works on the rooted arrays and re-reads them after every
//! comparison. Either way the only memory used besides the items is the keys array (when
//! there is a key function) and one index or scratch buffer.

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
use krait_gc::ObjectRef;
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

fn homogeneous(keys: ObjectRef, n: usize) -> Option<Homogeneous> {
    if n == 0 {
        return None;
    }
    let first = varvals_get(keys, 0);
    if let Some(kind) = primitive(first) {
        return (0..n)
            .all(|i| primitive(varvals_get(keys, i)) == Some(kind))
            .then_some(Homogeneous::Prim(kind));
    }
    if !is_tuple(first) {
        return None;
    }
    let mut columns: Vec<Primitive> = Vec::new();
    for k in (0..n).map(|i| varvals_get(keys, i)) {
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

/// Sorts the first `n` items of the array in `hv` in place, stably, by the items of the
/// array in `hk` (the keys, permuted along with the values) or, without one, by the items
/// themselves. `reverse` keeps equal items in their original order, as CPython does.
///
/// After an error (a comparison raised) the values array holds a permutation of its items,
/// and the keys array the matching permutation of the keys.
pub fn sort_in_place(
    cx: &mut Ctx,
    n: usize,
    hv: Handle,
    hk: Option<Handle>,
    reverse: bool,
) -> PyResult<()> {
    if n < 2 {
        return Ok(());
    }
    let keys = cx.get(hk.unwrap_or(hv)).obj();
    if let (Some(kind), Ok(n32)) = (homogeneous(keys, n), u32::try_from(n)) {
        // No safepoint from here to the end: raw arrays stay valid.
        let mut idx: Vec<u32> = (0..n32).collect();
        let by_key = |&i: &u32, &j: &u32| {
            homogeneous_cmp(
                &kind,
                varvals_get(keys, i as usize),
                varvals_get(keys, j as usize),
            )
        };
        if reverse {
            // Reverse, sort stably, reverse again: equal items keep their order.
            idx.reverse();
            idx.sort_by(by_key);
            idx.reverse();
        } else {
            idx.sort_by(by_key);
        }
        let values = cx.get(hv).obj();
        permute(values, &mut idx);
        cx.m.write_barrier(values);
        return Ok(());
    }
    if reverse {
        reverse_prefix(cx.get(hv).obj(), n);
        if let Some(hk) = hk {
            reverse_prefix(cx.get(hk).obj(), n);
        }
    }
    let r = general_sort(cx, n, hv, hk);
    if reverse {
        reverse_prefix(cx.get(hv).obj(), n);
        if let Some(hk) = hk {
            reverse_prefix(cx.get(hk).obj(), n);
        }
    }
    r
}

fn reverse_prefix(a: ObjectRef, n: usize) {
    let (mut i, mut j) = (0, n);
    while i + 1 < j {
        j -= 1;
        let (x, y) = (varvals_get(a, i), varvals_get(a, j));
        varvals_init(a, i, y);
        varvals_init(a, j, x);
        i += 1;
    }
}

/// Rearranges `a` so that item `p` becomes the old item `idx[p]`, following the cycles of
/// the permutation (each cycle needs one saved item). `idx` is consumed as the record of
/// positions already placed.
fn permute(a: ObjectRef, idx: &mut [u32]) {
    for start in 0..idx.len() {
        if idx[start] as usize == start {
            continue;
        }
        let saved = varvals_get(a, start);
        let mut p = start;
        loop {
            let q = idx[p] as usize;
            idx[p] = p as u32;
            if q == start {
                varvals_init(a, p, saved);
                break;
            }
            varvals_init(a, p, varvals_get(a, q));
            p = q;
        }
    }
}

/// The arrays of a merge sort through the object protocol: values and keys (one array when
/// the items are their own keys) and their scratch copies, all rooted.
#[derive(Clone, Copy)]
struct Arrays {
    v: Handle,
    k: Option<Handle>,
    tv: Handle,
    tk: Option<Handle>,
}

impl Arrays {
    fn key_of(&self, cx: &mut Ctx, i: usize) -> Value {
        varvals_get(cx.get(self.k.unwrap_or(self.v)).obj(), i)
    }

    fn scratch_key(&self, cx: &mut Ctx, i: usize) -> Value {
        varvals_get(cx.get(self.tk.unwrap_or(self.tv)).obj(), i)
    }

    /// Moves item (and key) `from` of the pair of arrays `src` to position `to` of `dst`.
    fn mv(
        cx: &mut Ctx,
        src: (Handle, Option<Handle>),
        from: usize,
        dst: (Handle, Option<Handle>),
        to: usize,
    ) {
        let (s, d) = (cx.get(src.0).obj(), cx.get(dst.0).obj());
        varvals_init(d, to, varvals_get(s, from));
        if let (Some(sk), Some(dk)) = (src.1, dst.1) {
            let (s, d) = (cx.get(sk).obj(), cx.get(dk).obj());
            varvals_init(d, to, varvals_get(s, from));
        }
    }

    fn main(&self) -> (Handle, Option<Handle>) {
        (self.v, self.k)
    }

    fn scratch(&self) -> (Handle, Option<Handle>) {
        (self.tv, self.tk)
    }
}

/// Merge sort through the object protocol, on rooted arrays.
fn general_sort(cx: &mut Ctx, n: usize, hv: Handle, hk: Option<Handle>) -> PyResult<()> {
    let mark = cx.handle_mark();
    let tv = new_array(cx, n)?;
    let tv = cx.root(tv);
    let tk = match hk {
        Some(_) => {
            let a = new_array(cx, n)?;
            Some(cx.root(a))
        }
        None => None,
    };
    let arrays = Arrays {
        v: hv,
        k: hk,
        tv,
        tk,
    };
    let r = merge_sort(cx, n, arrays);
    // The stores moved items that were already in these arrays: one barrier each covers
    // any young item among them.
    for h in [Some(hv), hk].into_iter().flatten() {
        let a = cx.get(h).obj();
        cx.m.write_barrier(a);
    }
    let scratch = [Some(tv), tk].map(|h| h.map(|h| cx.get(h)));
    cx.pop_handles(mark);
    // Nothing else ever referenced the scratch arrays.
    for a in scratch.into_iter().flatten() {
        cx.m.retire(a.obj());
    }
    r
}

fn merge_sort(cx: &mut Ctx, n: usize, a: Arrays) -> PyResult<()> {
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
                let (x, y) = (a.key_of(cx, i), a.key_of(cx, mid));
                if compare_bool(cx, x, y, CmpOp::Lt)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if lo < i {
                // Through the scratch slot 0: shift [lo, i) up by one, item i to lo.
                Arrays::mv(cx, a.main(), i, a.scratch(), 0);
                let mut p = i;
                while p > lo {
                    Arrays::mv(cx, a.main(), p - 1, a.main(), p);
                    p -= 1;
                }
                Arrays::mv(cx, a.scratch(), 0, a.main(), lo);
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
                merge(cx, lo, mid, hi, a)?;
            }
            lo += 2 * width;
        }
        width *= 2;
    }
    Ok(())
}

/// Merges the sorted runs [lo, mid) and [mid, hi): the left run is copied to scratch. If a
/// comparison raises, the rest of the left run is copied back into the gap it leaves, so
/// the arrays still hold every item once.
fn merge(cx: &mut Ctx, lo: usize, mid: usize, hi: usize, a: Arrays) -> PyResult<()> {
    for i in lo..mid {
        Arrays::mv(cx, a.main(), i, a.scratch(), i);
    }
    let (mut i, mut j, mut out) = (lo, mid, lo);
    let mut r = Ok(());
    while i < mid && j < hi {
        // Take from the right only if right < left (stability).
        let (x, y) = (a.key_of(cx, j), a.scratch_key(cx, i));
        match compare_bool(cx, x, y, CmpOp::Lt) {
            Ok(true) => {
                Arrays::mv(cx, a.main(), j, a.main(), out);
                j += 1;
            }
            Ok(false) => {
                Arrays::mv(cx, a.scratch(), i, a.main(), out);
                i += 1;
            }
            Err(e) => {
                r = Err(e);
                break;
            }
        }
        out += 1;
    }
    // The rest of the left run fills exactly the gap [out, j).
    while i < mid {
        Arrays::mv(cx, a.scratch(), i, a.main(), out);
        i += 1;
        out += 1;
    }
    r
}
