//! Comparisons, truth, and membership.
//!
//! Rich comparison follows CPython: a proper subclass's reflected method goes first, then
//! `a.__op__(b)`, then `b.__reflected__(a)`; if all return NotImplemented, `==` and `!=`
//! fall back to identity and ordering raises TypeError. Built-in types compare in Rust
//! without calling their special methods.

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::objects::bytes;
use crate::objects::exceptions;
use crate::objects::list::{is_list, list_get, list_len};
use crate::objects::str::{as_str, is_str};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::value::Value;
use std::cmp::Ordering;

fn from_ordering(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}

/// Built-in comparisons that never run Python code: `None` if not applicable.
fn builtin_compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if crate::ops::number::is_exact_number(a) && crate::ops::number::is_exact_number(b) {
        return crate::ops::number::num_compare(a, b, op);
    }
    if is_str(a) && is_str(b) {
        if op == CmpOp::Eq || op == CmpOp::Ne {
            return Some(crate::objects::str::str_eq(a, b) == (op == CmpOp::Eq));
        }
        // UTF-8 byte order is code point order.
        return Some(from_ordering(Some(as_str(a).cmp(as_str(b))), op));
    }
    if bytes::is_bytes_like(a) && bytes::is_bytes_like(b) {
        return Some(from_ordering(
            Some(bytes::bytes_data(a).cmp(&bytes::bytes_data(b))),
            op,
        ));
    }
    None
}

/// `a op b` as a Python value.
pub fn compare(cx: &mut Ctx, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = builtin_compare(a, b, op) {
        return Ok(py_bool(r));
    }
    if (is_list(a) && is_list(b)) || (is_tuple(a) && is_tuple(b)) {
        return seq_compare(cx, a, b, op).map(py_bool);
    }
    rich_compare(cx, a, b, op)
}

/// `a op b` as a truth value.
pub fn compare_bool(cx: &mut Ctx, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
    if a == b && op == CmpOp::Eq && !crate::objects::float::is_float(a) {
        return Ok(true);
    }
    if let Some(r) = builtin_compare(a, b, op) {
        return Ok(r);
    }
    let v = compare(cx, a, b, op)?;
    truthy(cx, v)
}

/// Equality for containers: identity first, then `==`.
#[inline]
pub fn eq(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    compare_bool(cx, a, b, CmpOp::Eq)
}

fn seq_item(s: Value, i: usize) -> Value {
    if is_list(s) {
        list_get(s, i)
    } else {
        tuple_get(s, i)
    }
}

fn seq_len(s: Value) -> usize {
    if is_list(s) {
        list_len(s)
    } else {
        tuple_len(s)
    }
}

/// Lexicographic comparison of two lists or two tuples.
fn seq_compare(cx: &mut Ctx, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (seq_len(a), seq_len(b));
    if la != lb && (op == CmpOp::Eq || op == CmpOp::Ne) {
        return Ok(op == CmpOp::Ne);
    }
    let mark = cx.handle_mark();
    let (ha, hb) = (cx.root(a), cx.root(b));
    let mut i = 0;
    loop {
        let (a, b) = (cx.get(ha), cx.get(hb));
        let (la, lb) = (seq_len(a), seq_len(b));
        if i >= la || i >= lb {
            cx.pop_handles(mark);
            return Ok(from_ordering(Some(la.cmp(&lb)), op));
        }
        let (x, y) = (seq_item(a, i), seq_item(b, i));
        if !eq(cx, x, y)? {
            let (a, b) = (cx.get(ha), cx.get(hb));
            cx.pop_handles(mark);
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::Ne {
                return Ok(true);
            }
            let (x, y) = (seq_item(a, i), seq_item(b, i));
            return compare_bool(cx, x, y, op);
        }
        i += 1;
    }
}

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

/// The special-method protocol of comparisons.
fn rich_compare(cx: &mut Ctx, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    let (ta, tb) = (type_of(a), type_of(b));
    let fname = cmp_name(op);
    let rname = cmp_name(op.swapped());
    let mark = cx.handle_mark();
    let (ha, hb) = (cx.root(a), cx.root(b));
    let mut tried_reflected = false;
    if ta != tb && is_subtype(tb, ta) {
        let rb = type_lookup(cx, tb, rname);
        let ra = type_lookup(cx, ta, rname);
        if !rb.is_null() && rb != ra {
            tried_reflected = true;
            let r = call(cx, rb, &[b, a])?;
            if r != not_implemented() {
                cx.pop_handles(mark);
                return Ok(r);
            }
        }
    }
    // Types may have moved while a reflected method ran: re-derive them.
    let (a, b) = (cx.get(ha), cx.get(hb));
    let fa = type_lookup(cx, type_of(a), fname);
    if !fa.is_null() {
        let r = call(cx, fa, &[a, b])?;
        if r != not_implemented() {
            cx.pop_handles(mark);
            return Ok(r);
        }
    }
    if !tried_reflected {
        let (a, b) = (cx.get(ha), cx.get(hb));
        let rb = type_lookup(cx, type_of(b), rname);
        if !rb.is_null() {
            let r = call(cx, rb, &[b, a])?;
            if r != not_implemented() {
                cx.pop_handles(mark);
                return Ok(r);
            }
        }
    }
    let (a, b) = (cx.get(ha), cx.get(hb));
    cx.pop_handles(mark);
    match op {
        CmpOp::Eq => Ok(py_bool(a == b)),
        CmpOp::Ne => Ok(py_bool(a != b)),
        _ => {
            let msg = format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(type_of(a)),
                type_name(type_of(b))
            );
            Err(exceptions::type_error(cx, &msg))
        }
    }
}

/// The special method name of a comparison.
pub fn cmp_name(op: CmpOp) -> Value {
    match op {
        CmpOp::Lt => names::LT.get(),
        CmpOp::Le => names::LE.get(),
        CmpOp::Eq => names::EQ.get(),
        CmpOp::Ne => names::NE.get(),
        CmpOp::Gt => names::GT.get(),
        CmpOp::Ge => names::GE.get(),
    }
}

/// `bool(v)`.
pub fn truthy(cx: &mut Ctx, v: Value) -> PyResult<bool> {
    if v.is_int() {
        return Ok(v.as_int() != 0);
    }
    let t = types();
    let ty = type_of(v);
    if ty == t.bool.get() {
        return Ok(v == py_bool(true));
    }
    if v == none() {
        return Ok(false);
    }
    if ty == t.int.get() {
        return Ok(true); // a big int is never zero
    }
    if ty == t.float.get() {
        return Ok(crate::objects::float::float_of(v) != 0.0);
    }
    if ty == t.str.get() {
        return Ok(crate::objects::str::char_len(v) != 0);
    }
    if ty == t.list.get() {
        return Ok(list_len(v) != 0);
    }
    if ty == t.tuple.get() {
        return Ok(tuple_len(v) != 0);
    }
    if ty == t.dict.get() {
        return Ok(crate::objects::dict::dict_len(v) != 0);
    }
    let b = type_lookup(cx, ty, names::BOOL.get());
    if !b.is_null() {
        let r = call(cx, b, &[v])?;
        if r == py_bool(true) {
            return Ok(true);
        }
        if r == py_bool(false) {
            return Ok(false);
        }
        let msg = format!(
            "__bool__ should return bool, returned {}",
            type_name(type_of(r))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    let l = type_lookup(cx, ty, names::LEN.get());
    if !l.is_null() {
        let n = crate::ops::subscript::len(cx, v)?;
        return Ok(n != 0);
    }
    Ok(true)
}

/// `item in container`.
pub fn contains(cx: &mut Ctx, container: Value, item: Value) -> PyResult<bool> {
    let t = types();
    let ty = type_of(container);
    if ty == t.str.get() {
        if !is_str(item) {
            if !crate::objects::str::is_str_like(item) {
                let msg = format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(type_of(item))
                );
                return Err(exceptions::type_error(cx, &msg));
            }
            let s = crate::objects::str::str_value(item);
            return Ok(as_str(container).contains(as_str(s)));
        }
        return Ok(as_str(container).contains(as_str(item)));
    }
    if ty == t.dict.get() {
        let v = crate::objects::dict::dict_get(cx, container, item)?;
        return Ok(!v.is_null());
    }
    if crate::objects::set::is_anyset(container) && crate::objects::typeobj::is_builtin_type(ty) {
        return crate::objects::set::set_contains(cx, container, item);
    }
    if ty == t.list.get() || ty == t.tuple.get() {
        let mark = cx.handle_mark();
        let (hc, hi) = (cx.root(container), cx.root(item));
        let mut i = 0;
        loop {
            let c = cx.get(hc);
            if i >= seq_len(c) {
                cx.pop_handles(mark);
                return Ok(false);
            }
            let x = seq_item(c, i);
            let it = cx.get(hi);
            if eq(cx, x, it)? {
                cx.pop_handles(mark);
                return Ok(true);
            }
            i += 1;
        }
    }
    if let Some(r) = crate::ops::seq::builtin_contains(cx, container, item)? {
        return Ok(r);
    }
    let m = type_lookup(cx, ty, names::CONTAINS.get());
    if !m.is_null() {
        let r = call(cx, m, &[container, item])?;
        return truthy(cx, r);
    }
    // Fall back to iteration.
    let has_iter = !type_lookup(cx, ty, names::ITER.get()).is_null()
        || !type_lookup(cx, ty, names::GETITEM.get()).is_null();
    if !has_iter {
        let msg = format!("argument of type '{}' is not iterable", type_name(ty));
        return Err(exceptions::type_error(cx, &msg));
    }
    let mark = cx.handle_mark();
    let hi = cx.root(item);
    let it = crate::ops::iter::get_iter(cx, container)?;
    let hit = cx.root(it);
    loop {
        let it = cx.get(hit);
        match crate::ops::iter::next(cx, it)? {
            None => {
                cx.pop_handles(mark);
                return Ok(false);
            }
            Some(x) => {
                let item = cx.get(hi);
                if eq(cx, x, item)? {
                    cx.pop_handles(mark);
                    return Ok(true);
                }
            }
        }
    }
}
