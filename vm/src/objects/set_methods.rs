//! Set algebra and the methods of `set` and `frozenset`.
//!
//! The operations build their results in the same order as CPython (union copies the left
//! operand then merges the right; intersection iterates the smaller set; difference copies
//! and discards when the left is much larger...), so printed results match.

use crate::compile::bytecode::BinOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::set::{
    self, add_entry, contains_entry, entries, is_anyset, is_frozenset, set_len, FROZENSET_TYPE,
    SET_TYPE,
};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::{none, py_bool};
use crate::value::Value;

/// The base type (`set` or `frozenset`) results of operations on `s` have.
fn family(s: Value) -> Value {
    if is_frozenset(s) {
        FROZENSET_TYPE.get()
    } else {
        SET_TYPE.get()
    }
}

fn copy_of(cx: &mut Ctx, s: Value) -> PyResult<Value> {
    let ty = family(s);
    set::set_copy(cx, s, ty)
}

fn union(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    let hb = cx.root(b);
    let r = copy_of(cx, a)?;
    let hr = cx.root(r);
    let b = cx.get(hb);
    set::set_update(cx, r, b)?;
    let r = cx.get(hr);
    cx.pop_handles(HandleMark::from_handle(hb));
    Ok(r)
}

fn intersection(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a == b {
        return copy_of(cx, a);
    }
    let mark = cx.handle_mark();
    let ty = family(a);
    let (ha, hb) = (cx.root(a), cx.root(b));
    let r = set::new_set_of_type(cx, ty)?;
    let hr = cx.root(r);
    let (mut a, mut b) = (cx.get(ha), cx.get(hb));
    if is_anyset(b) {
        if set_len(b) > set_len(a) {
            std::mem::swap(&mut a, &mut b);
        }
        let (ha2, hb2) = (cx.root(a), cx.root(b));
        for (k, h) in entries(b) {
            let hk = cx.root(k);
            let a = cx.get(ha2);
            if contains_entry(cx, a, k, h)? {
                let (r, k) = (cx.get(hr), cx.get(hk));
                add_entry(cx, r, k, h)?;
            }
        }
        let _ = hb2;
    } else {
        let it = crate::ops::iter::get_iter(cx, b)?;
        let hi = cx.root(it);
        loop {
            let it = cx.get(hi);
            let Some(k) = crate::ops::iter::next(cx, it)? else {
                break;
            };
            let hk = cx.root(k);
            let h = crate::protocol::hash(cx, k)?;
            let (a, k) = (cx.get(ha), cx.get(hk));
            if contains_entry(cx, a, k, h)? {
                let (r, k) = (cx.get(hr), cx.get(hk));
                add_entry(cx, r, k, h)?;
            }
        }
    }
    let r = cx.get(hr);
    cx.pop_handles(mark);
    Ok(r)
}

fn difference(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (ha, hb) = (cx.root(a), cx.root(b));
    let other_size = if is_anyset(b) {
        Some(set_len(b))
    } else if crate::objects::dict::is_exact_dict(b) {
        Some(crate::objects::dict::dict_len(b))
    } else {
        None
    };
    if set_len(a) == 0 || other_size.is_none() || (set_len(a) >> 2) > other_size.unwrap_or(0) {
        // Copy, then discard the other's elements.
        let r = copy_of(cx, a)?;
        let hr = cx.root(r);
        let b = cx.get(hb);
        difference_update(cx, r, b)?;
        let r = cx.get(hr);
        cx.pop_handles(mark);
        return Ok(r);
    }
    let ty = family(a);
    let r = set::new_set_of_type(cx, ty)?;
    let hr = cx.root(r);
    let a = cx.get(ha);
    for (k, h) in entries(a) {
        let hk = cx.root(k);
        let b = cx.get(hb);
        let inb = if is_anyset(b) {
            contains_entry(cx, b, k, h)?
        } else {
            !crate::objects::dict::dict_get_hashed(cx, b, k, h)?.is_null()
        };
        if !inb {
            let (r, k) = (cx.get(hr), cx.get(hk));
            add_entry(cx, r, k, h)?;
        }
    }
    let r = cx.get(hr);
    cx.pop_handles(mark);
    Ok(r)
}

fn difference_update(cx: &mut Ctx, s: Value, other: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hs = cx.root(s);
    if s == other {
        set::set_clear(cx, s)?;
        cx.pop_handles(mark);
        return Ok(());
    }
    let it = crate::ops::iter::get_iter(cx, other)?;
    let hi = cx.root(it);
    loop {
        let it = cx.get(hi);
        let Some(k) = crate::ops::iter::next(cx, it)? else {
            break;
        };
        let s = cx.get(hs);
        set::set_discard(cx, s, k)?;
    }
    cx.pop_handles(mark);
    Ok(())
}

fn symmetric_difference_update(cx: &mut Ctx, s: Value, other: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hs = cx.root(s);
    if s == other {
        set::set_clear(cx, s)?;
        cx.pop_handles(mark);
        return Ok(());
    }
    let other = if is_anyset(other) {
        other
    } else {
        set::set_from_iter(cx, SET_TYPE.get(), other)?
    };
    let items: Vec<Value> = set::set_items(other);
    let hs2: Vec<_> = items.iter().map(|&k| cx.root(k)).collect();
    for h in hs2 {
        let (s, k) = (cx.get(hs), cx.get(h));
        if !set::set_discard(cx, s, k)? {
            let s = cx.get(hs);
            set::set_add(cx, s, k)?;
        }
    }
    cx.pop_handles(mark);
    Ok(())
}

fn symmetric_difference(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    let ty = family(a);
    let ha = cx.root(a);
    let r = set::set_from_iter(cx, ty, b)?;
    let hr = cx.root(r);
    let a = cx.get(ha);
    symmetric_difference_update(cx, r, a)?;
    let r = cx.get(hr);
    cx.pop_handles(HandleMark::from_handle(ha));
    Ok(r)
}

/// `a op b` for two sets.
pub fn set_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Or => union(cx, a, b),
        BinOp::And => intersection(cx, a, b),
        BinOp::Sub => difference(cx, a, b),
        _ => symmetric_difference(cx, a, b),
    }
}

/// `a op= b` for a mutable set `a`.
pub fn set_inplace(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let h = cx.root(a);
    match op {
        BinOp::Or => set::set_update(cx, a, b)?,
        BinOp::And => {
            let r = intersection(cx, a, b)?;
            let items = set::set_items(r);
            let a = cx.get(h);
            replace_contents(cx, a, &items)?;
        }
        BinOp::Sub => difference_update(cx, a, b)?,
        _ => symmetric_difference_update(cx, a, b)?,
    }
    let a = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(a)
}

fn replace_contents(cx: &mut Ctx, s: Value, items: &[Value]) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hs = cx.root(s);
    let hi: Vec<_> = items.iter().map(|&k| cx.root(k)).collect();
    set::set_clear(cx, s)?;
    for h in hi {
        let (s, k) = (cx.get(hs), cx.get(h));
        set::set_add(cx, s, k)?;
    }
    cx.pop_handles(mark);
    Ok(())
}

// --- Methods -------------------------------------------------------------------------------

fn check_set(cx: &mut Ctx, v: Value, what: &str) -> PyResult<()> {
    if is_anyset(v) {
        Ok(())
    } else {
        let msg = format!(
            "descriptor '{what}' requires a 'set' object but received a '{}'",
            type_name(type_of(v))
        );
        Err(type_error(cx, &msg))
    }
}

/// Applies `op` across all arguments (`a.union(b, c)`), converting iterables.
fn multi(cx: &mut Ctx, args: Args<'_>, op: BinOp) -> PyResult<Value> {
    let s = args.get(0);
    check_set(cx, s, "union")?;
    let mut acc = s;
    if args.len() == 1 {
        return copy_of(cx, s);
    }
    let ty = family(s);
    for i in 1..args.len() {
        let h = cx.root(acc);
        let other = args.get(i);
        let other = if is_anyset(other) || op == BinOp::Sub || op == BinOp::And {
            other
        } else {
            set::set_from_iter(cx, SET_TYPE.get(), other)?
        };
        let acc2 = cx.get(h);
        acc = set_binop(cx, acc2, other, op)?;
        cx.pop_handles(HandleMark::from_handle(h));
    }
    let _ = ty;
    Ok(acc)
}

fn m_union(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    multi(cx, a, BinOp::Or)
}
fn m_intersection(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    multi(cx, a, BinOp::And)
}
fn m_difference(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    multi(cx, a, BinOp::Sub)
}
fn m_symdiff(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(type_error(
            cx,
            "symmetric_difference() takes exactly one argument",
        ));
    }
    let other = a.get(1);
    let other = if is_anyset(other) {
        other
    } else {
        set::set_from_iter(cx, SET_TYPE.get(), other)?
    };
    symmetric_difference(cx, a.get(0), other)
}
fn m_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    set::set_add(cx, a.get(0), a.get(1))?;
    Ok(none())
}
fn m_discard(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    set::set_discard(cx, a.get(0), a.get(1))?;
    Ok(none())
}
fn m_remove(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let k = a.get(1);
    let h = cx.root(k);
    let found = set::set_discard(cx, a.get(0), k)?;
    let k = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    if !found {
        return Err(exceptions::key_error(cx, k));
    }
    Ok(none())
}
fn m_pop(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    match set::set_next(s, 0) {
        Some((_, k, _)) => {
            let h = cx.root(k);
            set::set_discard(cx, s, k)?;
            let k = cx.get(h);
            cx.pop_handles(HandleMark::from_handle(h));
            Ok(k)
        }
        None => Err(exceptions::raise_msg(
            cx,
            exceptions::KEY_ERROR.get(),
            "pop from an empty set",
        )),
    }
}
fn m_clear(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    set::set_clear(cx, a.get(0))?;
    Ok(none())
}
fn m_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    if is_frozenset(s) && type_of(s) == FROZENSET_TYPE.get() {
        return Ok(s);
    }
    copy_of(cx, s)
}
fn m_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    let h = cx.root(s);
    for i in 1..a.len() {
        let s = cx.get(h);
        set::set_update(cx, s, a.get(i))?;
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(none())
}
fn m_intersection_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    let h = cx.root(s);
    let r = multi(cx, a, BinOp::And)?;
    let items = set::set_items(r);
    let s = cx.get(h);
    replace_contents(cx, s, &items)?;
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(none())
}
fn m_difference_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    let h = cx.root(s);
    for i in 1..a.len() {
        let s = cx.get(h);
        difference_update(cx, s, a.get(i))?;
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(none())
}
fn m_symdiff_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    symmetric_difference_update(cx, a.get(0), a.get(1))?;
    Ok(none())
}
fn subset(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    let ha = cx.root(a);
    let hb = cx.root(b);
    let ents = entries(cx.get(ha));
    let hk: Vec<_> = ents.iter().map(|&(k, h)| (cx.root(k), h)).collect();
    for (hk, h) in hk {
        let (b, k) = (cx.get(hb), cx.get(hk));
        if !contains_entry(cx, b, k, h)? {
            cx.pop_handles(HandleMark::from_handle(ha));
            return Ok(false);
        }
    }
    cx.pop_handles(HandleMark::from_handle(ha));
    Ok(true)
}
fn as_set(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_anyset(v) {
        Ok(v)
    } else {
        set::set_from_iter(cx, SET_TYPE.get(), v)
    }
}
fn m_issubset(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let h = cx.root(a.get(0));
    let b = as_set(cx, a.get(1))?;
    let s = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    subset(cx, s, b).map(py_bool)
}
fn m_issuperset(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let h = cx.root(a.get(0));
    let b = as_set(cx, a.get(1))?;
    let s = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    subset(cx, b, s).map(py_bool)
}
fn m_isdisjoint(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let h = cx.root(a.get(0));
    let b = as_set(cx, a.get(1))?;
    let s = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let i = intersection(cx, s, b)?;
    Ok(py_bool(set_len(i) == 0))
}
fn m_len(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(set_len(a.get(0)) as i64))
}
fn m_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    set::set_contains(cx, a.get(0), a.get(1)).map(py_bool)
}
fn m_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::iter::get_iter(cx, a.get(0))
}

/// Rich comparisons between sets: subset/superset/equality.
pub fn set_compare(
    cx: &mut Ctx,
    a: Value,
    b: Value,
    op: crate::compile::bytecode::CmpOp,
) -> PyResult<Option<bool>> {
    use crate::compile::bytecode::CmpOp::*;
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(None);
    }
    let (la, lb) = (set_len(a), set_len(b));
    Ok(Some(match op {
        Eq => la == lb && subset(cx, a, b)?,
        Ne => !(la == lb && subset(cx, a, b)?),
        Le => subset(cx, a, b)?,
        Ge => subset(cx, b, a)?,
        Lt => la < lb && subset(cx, a, b)?,
        Gt => la > lb && subset(cx, b, a)?,
    }))
}

fn cmp(cx: &mut Ctx, a: Args<'_>, op: crate::compile::bytecode::CmpOp) -> PyResult<Value> {
    match set_compare(cx, a.get(0), a.get(1), op)? {
        Some(b) => Ok(py_bool(b)),
        None => Ok(crate::runtime::SINGLETONS.not_implemented.get()),
    }
}
fn m_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, crate::compile::bytecode::CmpOp::Eq)
}
fn m_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, crate::compile::bytecode::CmpOp::Ne)
}
fn m_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, crate::compile::bytecode::CmpOp::Le)
}
fn m_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, crate::compile::bytecode::CmpOp::Lt)
}
fn m_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, crate::compile::bytecode::CmpOp::Ge)
}
fn m_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, crate::compile::bytecode::CmpOp::Gt)
}
fn binop_method(cx: &mut Ctx, a: Args<'_>, op: BinOp) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !is_anyset(y) {
        return Ok(crate::runtime::SINGLETONS.not_implemented.get());
    }
    set_binop(cx, x, y, op)
}
fn m_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Or)
}
fn m_and(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::And)
}
fn m_sub(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Sub)
}
fn m_xor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Xor)
}
fn m_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    if !is_frozenset(s) {
        let msg = format!("unhashable type: '{}'", type_name(type_of(s)));
        return Err(type_error(cx, &msg));
    }
    crate::objects::int::from_i64(cx, set::frozenset_hash(s))
}

/// Methods of `set`.
pub static SET_METHODS: &[NativeDef] = crate::native_table![
    Method "add" => m_add,
    Method "discard" => m_discard,
    Method "remove" => m_remove,
    Method "pop" => m_pop,
    Method "clear" => m_clear,
    Method "copy" => m_copy,
    Method "update" => m_update,
    Method "union" => m_union,
    Method "intersection" => m_intersection,
    Method "intersection_update" => m_intersection_update,
    Method "difference" => m_difference,
    Method "difference_update" => m_difference_update,
    Method "symmetric_difference" => m_symdiff,
    Method "symmetric_difference_update" => m_symdiff_update,
    Method "issubset" => m_issubset,
    Method "issuperset" => m_issuperset,
    Method "isdisjoint" => m_isdisjoint,
    Method "__len__" => m_len,
    Method "__contains__" => m_contains,
    Method "__iter__" => m_iter,
    Method "__eq__" => m_eq,
    Method "__ne__" => m_ne,
    Method "__le__" => m_le,
    Method "__lt__" => m_lt,
    Method "__ge__" => m_ge,
    Method "__gt__" => m_gt,
    Method "__or__" => m_or,
    Method "__and__" => m_and,
    Method "__sub__" => m_sub,
    Method "__xor__" => m_xor,
];

/// Methods of `frozenset`.
pub static FROZENSET_METHODS: &[NativeDef] = crate::native_table![
    Method "copy" => m_copy,
    Method "union" => m_union,
    Method "intersection" => m_intersection,
    Method "difference" => m_difference,
    Method "symmetric_difference" => m_symdiff,
    Method "issubset" => m_issubset,
    Method "issuperset" => m_issuperset,
    Method "isdisjoint" => m_isdisjoint,
    Method "__len__" => m_len,
    Method "__contains__" => m_contains,
    Method "__iter__" => m_iter,
    Method "__hash__" => m_hash,
    Method "__eq__" => m_eq,
    Method "__ne__" => m_ne,
    Method "__le__" => m_le,
    Method "__lt__" => m_lt,
    Method "__ge__" => m_ge,
    Method "__gt__" => m_gt,
    Method "__or__" => m_or,
    Method "__and__" => m_and,
    Method "__sub__" => m_sub,
    Method "__xor__" => m_xor,
];
