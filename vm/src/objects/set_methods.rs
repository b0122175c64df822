//! Set algebra and the methods of `set` and `frozenset`.
//!
//! The operations build their results in the same order as CPython (union copies the left
//! operand then merges the right; intersection iterates the smaller set; difference copies
//! and discards when the left is much larger; `intersection_update` adopts the table of the
//! intersection...), so printed results match.
//!
//! Every loop that may run Python code (a key's `__eq__` or `__hash__`, an iterable's
//! `__next__`) keeps the sets and the keys it still needs in handles.

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::objects::argcheck;
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::set::{
    self, add_entry, contains_entry, entries, is_anyset, is_frozenset, set_len, FROZENSET_TYPE,
    SET_TYPE,
};
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::runtime::{none, py_bool, SINGLETONS};
use crate::value::Value;

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

/// The base type (`set` or `frozenset`) results of operations on `s` have.
fn family(s: Value) -> Value {
    if s.is_ref() && is_subtype(type_of(s), SET_TYPE.get()) {
        SET_TYPE.get()
    } else {
        FROZENSET_TYPE.get()
    }
}

/// `set` or `frozenset`, for messages (`set.add() takes exactly one argument`).
fn qual(s: Value, method: &str) -> String {
    format!("{}.{method}", type_name(family(s)))
}

fn copy_of(cx: &mut Ctx, s: Value) -> PyResult<Value> {
    let ty = family(s);
    set::set_copy(cx, s, ty)
}

/// Roots every element of `s` (with its hash); the handles stay valid whatever Python code
/// runs meanwhile.
fn rooted_entries(cx: &mut Ctx, s: Value) -> Vec<(crate::ctx::Handle, i64)> {
    entries(s)
        .into_iter()
        .map(|(k, h)| (cx.root(k), h))
        .collect()
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
    let (a, b) = (cx.get(ha), cx.get(hb));
    if is_anyset(b) {
        // Iterate the smaller set, probe the larger one.
        let (big, small) = if set_len(b) > set_len(a) {
            (ha, hb)
        } else {
            (hb, ha)
        };
        let s = cx.get(small);
        for (hk, h) in rooted_entries(cx, s) {
            let (bg, k) = (cx.get(big), cx.get(hk));
            if contains_entry(cx, bg, k, h)? {
                let (r, k) = (cx.get(hr), cx.get(hk));
                add_entry(cx, r, k, h)?;
            }
        }
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
            cx.pop_handles(HandleMark::from_handle(hk));
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
    if set_len(a) == 0 || other_size.is_none_or(|n| (set_len(a) >> 2) > n) {
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
    for (hk, h) in rooted_entries(cx, a) {
        let (b, k) = (cx.get(hb), cx.get(hk));
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

/// `s -= other` (any iterable); resizes away the dummies if more than a quarter remain, as
/// CPython does.
fn difference_update(cx: &mut Ctx, s: Value, other: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hs = cx.root(s);
    if s == other {
        set::set_clear(cx, s)?;
        cx.pop_handles(mark);
        return Ok(());
    }
    if is_anyset(other) {
        for (hk, h) in rooted_entries(cx, other) {
            let (s, k) = (cx.get(hs), cx.get(hk));
            set::discard_entry(cx, s, k, h)?;
        }
    } else {
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
    }
    let s = cx.get(hs);
    cx.pop_handles(mark);
    set::compact_if_sparse(cx, s)
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
        let ty = family(s);
        set::set_from_iter(cx, ty, other)?
    };
    for (hk, h) in rooted_entries(cx, other) {
        let (s, k) = (cx.get(hs), cx.get(hk));
        if !set::discard_entry(cx, s, k, h)? {
            let (s, k) = (cx.get(hs), cx.get(hk));
            add_entry(cx, s, k, h)?;
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

/// `s &= other`: the intersection's table replaces `s`'s.
fn intersection_update(cx: &mut Ctx, s: Value, other: Value) -> PyResult<()> {
    let h = cx.root(s);
    let r = intersection(cx, s, other)?;
    let s = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    set::swap_bodies(cx, s, r);
    Ok(())
}

/// `a op= b` for a mutable set `a`.
pub fn set_inplace(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let h = cx.root(a);
    match op {
        BinOp::Or => set::set_update(cx, a, b)?,
        BinOp::And => intersection_update(cx, a, b)?,
        BinOp::Sub => difference_update(cx, a, b)?,
        _ => symmetric_difference_update(cx, a, b)?,
    }
    let a = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(a)
}

// --- Construction ------------------------------------------------------------------------

fn no_kw_for(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.nkw() > 0 {
        return Err(type_error(
            cx,
            &format!("{name}() takes no keyword arguments"),
        ));
    }
    Ok(())
}

fn at_most_one(cx: &mut Ctx, a: &Args<'_>, ty: Value) -> PyResult<()> {
    let n = a.len().saturating_sub(1);
    if n > 1 {
        let msg = format!("{} expected at most 1 argument, got {n}", type_name(ty));
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

/// `set.__new__(cls, *args, **kwargs)`: an empty set (`__init__` fills it).
fn s_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let cls = check_type_arg(cx, cls, SET_TYPE.get(), "set")?;
    if cls == SET_TYPE.get() {
        no_kw_for(cx, &a, "set")?;
    }
    set::new_set_of_type(cx, cls)
}

/// `set.__init__(self, iterable=(), /)`.
fn s_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    check_set(cx, s, "__init__")?;
    no_kw_for(cx, &a, "set")?;
    at_most_one(cx, &a, type_of(s))?;
    if set_len(s) > 0 || set::has_dummies(s) {
        set::set_clear(cx, s)?;
    }
    if a.len() == 2 {
        set::set_update(cx, a.get(0), a.get(1))?;
    }
    Ok(none())
}

/// `frozenset.__new__(cls, iterable=(), /)`.
fn fs_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let cls = check_type_arg(cx, cls, FROZENSET_TYPE.get(), "frozenset")?;
    if cls == FROZENSET_TYPE.get() {
        no_kw_for(cx, &a, "frozenset")?;
    }
    at_most_one(cx, &a, cls)?;
    let it = a.get(1);
    if cls == FROZENSET_TYPE.get() && !it.is_null() && type_of(it) == FROZENSET_TYPE.get() {
        return Ok(it);
    }
    set::set_from_iter(cx, cls, it)
}

/// Checks the `cls` argument of `__new__`.
fn check_type_arg(cx: &mut Ctx, cls: Value, base: Value, name: &str) -> PyResult<Value> {
    if cls.is_null() {
        let msg = format!("{name}.__new__(): not enough arguments");
        return Err(type_error(cx, &msg));
    }
    if !crate::objects::typeobj::is_type(cls) {
        let msg = format!(
            "{name}.__new__(X): X is not a type object ({})",
            type_name(type_of(cls))
        );
        return Err(type_error(cx, &msg));
    }
    if !is_subtype(cls, base) {
        let msg = format!(
            "{name}.__new__({}): {} is not a subtype of {name}",
            type_name(cls),
            type_name(cls)
        );
        return Err(type_error(cx, &msg));
    }
    Ok(cls)
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
fn multi(cx: &mut Ctx, args: Args<'_>, op: BinOp, name: &str) -> PyResult<Value> {
    let s = args.get(0);
    argcheck::no_kw(cx, &args, &qual(s, name))?;
    if args.len() == 1 {
        return copy_of(cx, s);
    }
    let mark = cx.handle_mark();
    let acc = match op {
        BinOp::Or => {
            let r = copy_of(cx, s)?;
            let h = cx.root(r);
            for i in 1..args.len() {
                let r = cx.get(h);
                set::set_update(cx, r, args.get(i))?;
            }
            cx.get(h)
        }
        BinOp::And => {
            let mut acc = s;
            for i in 1..args.len() {
                let h = cx.root(acc);
                let a = cx.get(h);
                acc = intersection(cx, a, args.get(i))?;
                cx.pop_handles(HandleMark::from_handle(h));
            }
            acc
        }
        _ => {
            let r = difference(cx, s, args.get(1))?;
            let h = cx.root(r);
            for i in 2..args.len() {
                let r = cx.get(h);
                difference_update(cx, r, args.get(i))?;
            }
            cx.get(h)
        }
    };
    cx.pop_handles(mark);
    Ok(acc)
}

fn m_union(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    multi(cx, a, BinOp::Or, "union")
}
fn m_intersection(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    multi(cx, a, BinOp::And, "intersection")
}
fn m_difference(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    multi(cx, a, BinOp::Sub, "difference")
}
fn m_symdiff(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, &qual(a.get(0), "symmetric_difference"))?;
    symmetric_difference(cx, a.get(0), a.get(1))
}

/// The hash of `key`, or for an unhashable set the hash of the equal frozenset (which is
/// then the key to use): `{1} in {frozenset({1})}`.
fn key_and_hash(cx: &mut Ctx, key: Value) -> PyResult<(Value, i64)> {
    if let Some(h) = set::simple_hash(key) {
        return Ok((key, h));
    }
    let h = cx.root(key);
    let r = crate::protocol::hash(cx, key);
    let key = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    match r {
        Ok(hash) => Ok((key, hash)),
        Err(e) => {
            let x = cx.exception();
            let is_plain_set = key.is_ref() && is_subtype(type_of(key), SET_TYPE.get());
            if !(is_plain_set && exceptions::exc_matches(x, exceptions::TYPE_ERROR.get())) {
                return Err(e);
            }
            cx.take_exception();
            let f = set::set_from_iter(cx, FROZENSET_TYPE.get(), key)?;
            Ok((f, set::frozenset_hash(f)))
        }
    }
}

fn m_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "set.add")?;
    set::set_add(cx, a.get(0), a.get(1))?;
    Ok(none())
}
fn m_discard(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "set.discard")?;
    let (k, h) = key_and_hash(cx, a.get(1))?;
    set::discard_entry(cx, a.get(0), k, h)?;
    Ok(none())
}
fn m_remove(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "set.remove")?;
    let (k, h) = key_and_hash(cx, a.get(1))?;
    if !set::discard_entry(cx, a.get(0), k, h)? {
        return Err(exceptions::key_error(cx, a.get(1)));
    }
    Ok(none())
}
fn m_pop(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "set.pop")?;
    match set::set_pop(cx, a.get(0)) {
        Some(k) => Ok(k),
        None => Err(exceptions::raise_msg(
            cx,
            exceptions::KEY_ERROR.get(),
            "pop from an empty set",
        )),
    }
}
fn m_clear(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "set.clear")?;
    set::set_clear(cx, a.get(0))?;
    Ok(none())
}
fn m_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(0);
    argcheck::none(cx, &a, &qual(s, "copy"))?;
    if type_of(s) == FROZENSET_TYPE.get() {
        return Ok(s);
    }
    copy_of(cx, s)
}
fn m_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "set.update")?;
    for i in 1..a.len() {
        set::set_update(cx, a.get(0), a.get(i))?;
    }
    Ok(none())
}
fn m_intersection_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "set.intersection_update")?;
    if a.len() == 2 {
        intersection_update(cx, a.get(0), a.get(1))?;
    } else if a.len() > 2 {
        let r = multi(cx, a, BinOp::And, "intersection_update")?;
        set::swap_bodies(cx, a.get(0), r);
    }
    Ok(none())
}
fn m_difference_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "set.difference_update")?;
    for i in 1..a.len() {
        difference_update(cx, a.get(0), a.get(i))?;
    }
    Ok(none())
}
fn m_symdiff_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "set.symmetric_difference_update")?;
    symmetric_difference_update(cx, a.get(0), a.get(1))?;
    Ok(none())
}

/// Whether every element of `a` is in `b` (both sets).
fn subset(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    let mark = cx.handle_mark();
    let hb = cx.root(b);
    for (hk, h) in rooted_entries(cx, a) {
        let (b, k) = (cx.get(hb), cx.get(hk));
        if !contains_entry(cx, b, k, h)? {
            cx.pop_handles(mark);
            return Ok(false);
        }
    }
    cx.pop_handles(mark);
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
    argcheck::one(cx, &a, &qual(a.get(0), "issubset"))?;
    let b = as_set(cx, a.get(1))?;
    subset(cx, a.get(0), b).map(py_bool)
}
fn m_issuperset(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, &qual(a.get(0), "issuperset"))?;
    let b = as_set(cx, a.get(1))?;
    subset(cx, b, a.get(0)).map(py_bool)
}
fn m_isdisjoint(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, &qual(a.get(0), "isdisjoint"))?;
    let (s, other) = (a.get(0), a.get(1));
    if s == other {
        return Ok(py_bool(set_len(s) == 0));
    }
    let mark = cx.handle_mark();
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(s) {
            (other, s)
        } else {
            (s, other)
        };
        let hbig = cx.root(big);
        for (hk, h) in rooted_entries(cx, small) {
            let (bg, k) = (cx.get(hbig), cx.get(hk));
            if contains_entry(cx, bg, k, h)? {
                cx.pop_handles(mark);
                return Ok(py_bool(false));
            }
        }
        cx.pop_handles(mark);
        return Ok(py_bool(true));
    }
    let it = crate::ops::iter::get_iter(cx, other)?;
    let hi = cx.root(it);
    loop {
        let it = cx.get(hi);
        let Some(k) = crate::ops::iter::next(cx, it)? else {
            break;
        };
        if set::set_contains(cx, a.get(0), k)? {
            cx.pop_handles(mark);
            return Ok(py_bool(false));
        }
    }
    cx.pop_handles(mark);
    Ok(py_bool(true))
}
fn m_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, &qual(a.get(0), "__len__"))?;
    Ok(Value::int(set_len(a.get(0)) as i64))
}

/// `key in s`, treating an unhashable set key as the equal frozenset.
pub fn set_contains_key(cx: &mut Ctx, s: Value, key: Value) -> PyResult<bool> {
    let h = cx.root(s);
    let r = key_and_hash(cx, key);
    let s = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let (k, hash) = r?;
    contains_entry(cx, s, k, hash)
}

fn m_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, &qual(a.get(0), "__contains__"))?;
    set_contains_key(cx, a.get(0), a.get(1)).map(py_bool)
}
fn m_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, &qual(a.get(0), "__iter__"))?;
    crate::ops::iter::set_iter(cx, a.get(0))
}

/// Rich comparisons between sets: subset/superset/equality; `None` if `b` is not a set.
pub fn set_compare(cx: &mut Ctx, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
    use CmpOp::*;
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

fn cmp(cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let name = match op {
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    };
    argcheck::one(cx, &a, &qual(a.get(0), name))?;
    match set_compare(cx, a.get(0), a.get(1), op)? {
        Some(b) => Ok(py_bool(b)),
        None => Ok(not_implemented()),
    }
}
fn m_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, CmpOp::Eq)
}
fn m_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, CmpOp::Ne)
}
fn m_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, CmpOp::Le)
}
fn m_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, CmpOp::Lt)
}
fn m_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, CmpOp::Ge)
}
fn m_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, a, CmpOp::Gt)
}

/// `x op y` when both are sets, else NotImplemented; `reflected` swaps the operands (for
/// `__ror__` and friends).
fn binop_method(cx: &mut Ctx, a: Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    argcheck::one(cx, &a, &qual(a.get(0), "__or__"))?;
    let (mut x, mut y) = (a.get(0), a.get(1));
    if reflected {
        std::mem::swap(&mut x, &mut y);
    }
    if !is_anyset(x) || !is_anyset(y) {
        return Ok(not_implemented());
    }
    set_binop(cx, x, y, op)
}
fn m_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Or, false)
}
fn m_and(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::And, false)
}
fn m_sub(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Sub, false)
}
fn m_xor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Xor, false)
}
fn m_ror(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Or, true)
}
fn m_rand(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::And, true)
}
fn m_rsub(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Sub, true)
}
fn m_rxor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    binop_method(cx, a, BinOp::Xor, true)
}

/// `s op= other`: in place when `other` is a set, else NotImplemented.
fn inplace_method(cx: &mut Ctx, a: Args<'_>, op: BinOp) -> PyResult<Value> {
    argcheck::one(cx, &a, &qual(a.get(0), "__ior__"))?;
    if !is_anyset(a.get(1)) {
        return Ok(not_implemented());
    }
    set_inplace(cx, a.get(0), a.get(1), op)
}
fn m_ior(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    inplace_method(cx, a, BinOp::Or)
}
fn m_iand(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    inplace_method(cx, a, BinOp::And)
}
fn m_isub(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    inplace_method(cx, a, BinOp::Sub)
}
fn m_ixor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    inplace_method(cx, a, BinOp::Xor)
}

fn m_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__hash__", 0)?;
    let s = a.get(0);
    if !is_frozenset(s) {
        let msg = format!("unhashable type: '{}'", type_name(type_of(s)));
        return Err(type_error(cx, &msg));
    }
    crate::objects::int::from_i64(cx, set::frozenset_hash(s))
}

fn m_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, &qual(a.get(0), "__repr__"))?;
    let s = crate::ops::repr::builtin_repr(cx, a.get(0), type_of(a.get(0)))?;
    crate::objects::str::new_str(cx, &s)
}

/// `__reduce__`: `(type(s), (list(s),), s.__dict__ or None)`.
fn m_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "__reduce__")?;
    let s = a.get(0);
    let items = set::set_items(s);
    let l = crate::objects::list::new_list(cx, &items)?;
    let args = crate::objects::tuple::new_tuple(cx, &[l])?;
    let h = cx.root(args);
    let s = a.get(0);
    let state = if crate::objects::instance::has_attr_storage(s) {
        let d = crate::objects::instance::materialize_dict(cx, s)?;
        if crate::objects::dict::dict_len(d) == 0 {
            none()
        } else {
            d
        }
    } else {
        none()
    };
    let hs = cx.root(state);
    let (args, state) = (cx.get(h), cx.get(hs));
    cx.pop_handles(HandleMark::from_handle(h));
    crate::objects::tuple::new_tuple(cx, &[type_of(a.get(0)), args, state])
}

fn m_sizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, &qual(a.get(0), "__sizeof__"))?;
    Ok(Value::int(200 + 16 * set::table_size(a.get(0)) as i64))
}

fn class_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "__class_getitem__")?;
    crate::objects::generic_alias::new_alias(cx, a.get(0), a.get(1))
}

/// Methods of `set`.
pub static SET_METHODS: &[NativeDef] = crate::native_table![
    StaticMethod "__new__" => s_new,
    Method "__init__" => s_init,
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
    Method "__repr__" => m_repr,
    Method "__eq__" => m_eq,
    Method "__ne__" => m_ne,
    Method "__le__" => m_le,
    Method "__lt__" => m_lt,
    Method "__ge__" => m_ge,
    Method "__gt__" => m_gt,
    Method "__or__" => m_or, Method "__ror__" => m_ror, Method "__ior__" => m_ior,
    Method "__and__" => m_and, Method "__rand__" => m_rand, Method "__iand__" => m_iand,
    Method "__sub__" => m_sub, Method "__rsub__" => m_rsub, Method "__isub__" => m_isub,
    Method "__xor__" => m_xor, Method "__rxor__" => m_rxor, Method "__ixor__" => m_ixor,
    Method "__reduce__" => m_reduce,
    Method "__sizeof__" => m_sizeof,
    ClassMethod "__class_getitem__" => class_getitem,
];

/// Methods of `frozenset`.
pub static FROZENSET_METHODS: &[NativeDef] = crate::native_table![
    StaticMethod "__new__" => fs_new,
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
    Method "__repr__" => m_repr,
    Method "__hash__" => m_hash,
    Method "__eq__" => m_eq,
    Method "__ne__" => m_ne,
    Method "__le__" => m_le,
    Method "__lt__" => m_lt,
    Method "__ge__" => m_ge,
    Method "__gt__" => m_gt,
    Method "__or__" => m_or, Method "__ror__" => m_ror,
    Method "__and__" => m_and, Method "__rand__" => m_rand,
    Method "__sub__" => m_sub, Method "__rsub__" => m_rsub,
    Method "__xor__" => m_xor, Method "__rxor__" => m_rxor,
    Method "__reduce__" => m_reduce,
    Method "__sizeof__" => m_sizeof,
    ClassMethod "__class_getitem__" => class_getitem,
];
