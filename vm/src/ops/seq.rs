//! Operators of built-in sequences and collections: concatenation and repetition of str,
//! bytes, list and tuple; `%` formatting of str and bytes; set algebra; `dict | dict`; and
//! the subscript, membership and length rules of range, bytes, bytearray, sets and dict
//! views. Each returns `None` when it does not apply.

use crate::compile::bytecode::BinOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::objects::bytes::{self, is_bytes, is_bytes_like, new_bytes};
use crate::objects::dict;
use crate::objects::exceptions;
use crate::objects::int;
use crate::objects::list::{self, is_list, list_items, new_list};
use crate::objects::range;
use crate::objects::set::{self, is_anyset, FROZENSET_TYPE, SET_TYPE};
use crate::objects::str::{self as pystr, is_str};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::typeobj::type_of;
use crate::value::Value;

fn repeat_count(cx: &mut Ctx, n: Value) -> PyResult<Option<usize>> {
    let Some(i) = int::int_value(n) else {
        return Ok(None);
    };
    Ok(Some(match int::to_i64(i) {
        Some(x) if x <= 0 => 0,
        Some(x) => x as usize,
        None => {
            if int::sign(i) < 0 {
                0
            } else {
                return Err(exceptions::overflow_error(
                    cx,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
        }
    }))
}

/// Refuses repetitions whose result could not be allocated (MemoryError, as CPython).
pub(crate) fn check_size(cx: &mut Ctx, n: usize, k: usize) -> PyResult<()> {
    if n.checked_mul(k)
        .is_none_or(|t| t > crate::runtime::alloc_limit())
    {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    }
    Ok(())
}

/// `a op b` for built-in sequences and collections.
pub fn seq_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            if is_str(a) && is_str(b) {
                return pystr::concat(cx, a, b).map(Some);
            }
            if is_list(a) && is_list(b) {
                let mut items = list_items(a);
                items.extend(list_items(b));
                return new_list(cx, &items).map(Some);
            }
            if is_tuple(a) && is_tuple(b) {
                let mut items = tuple_items(a);
                items.extend(tuple_items(b));
                return new_tuple(cx, &items).map(Some);
            }
            if is_bytes_like(a) && is_bytes_like(b) {
                let mut d = bytes::bytes_data(a);
                d.extend(bytes::bytes_data(b));
                if bytes::is_bytearray(a) {
                    return bytes::new_bytearray(cx, bytes::BYTEARRAY_TYPE.get(), &d).map(Some);
                }
                return new_bytes(cx, &d).map(Some);
            }
        }
        BinOp::Mul => {
            let (s, n) = if int::int_value(b).is_some() {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(k) = if is_str(s) || is_list(s) || is_tuple(s) || is_bytes_like(s) {
                repeat_count(cx, n)?
            } else {
                None
            } {
                if is_str(s) {
                    check_size(cx, pystr::as_str(s).len(), k)?;
                    return pystr::repeat(cx, s, k).map(Some);
                }
                if is_list(s) || is_tuple(s) {
                    let items = if is_list(s) {
                        list_items(s)
                    } else {
                        tuple_items(s)
                    };
                    check_size(cx, items.len(), k)?;
                    if is_list(s) {
                        return list::new_list_repeated(cx, &items, k).map(Some);
                    }
                    let mut out = Vec::with_capacity(items.len() * k);
                    for _ in 0..k {
                        out.extend_from_slice(&items);
                    }
                    return new_tuple(cx, &out).map(Some);
                }
                let d = bytes::bytes_data(s);
                check_size(cx, d.len(), k)?;
                let out = d.repeat(k);
                if bytes::is_bytearray(s) {
                    return bytes::new_bytearray(cx, bytes::BYTEARRAY_TYPE.get(), &out).map(Some);
                }
                return new_bytes(cx, &out).map(Some);
            }
        }
        BinOp::Mod => {
            if is_str(a) {
                return crate::ops::format::percent_format(cx, a, b).map(Some);
            }
            if is_bytes(a) {
                return crate::ops::format::bytes_percent_format(cx, a, b).map(Some);
            }
        }
        BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => {
            // Exact types only: subclasses may override the operators.
            let exact_set = |v: Value| {
                v.is_ref() && {
                    let t = type_of(v);
                    t == SET_TYPE.get() || t == FROZENSET_TYPE.get()
                }
            };
            if exact_set(a) && exact_set(b) {
                return crate::objects::set_methods::set_binop(cx, a, b, op).map(Some);
            }
            if op == BinOp::Or && dict::is_exact_dict(a) && dict::is_exact_dict(b) {
                let d = dict::dict_copy(cx, a)?;
                let h = cx.root(d);
                crate::ops::build::dict_update(cx, d, b, false)?;
                let d = cx.get(h);
                cx.pop_handles(HandleMark::from_handle(h));
                return Ok(Some(d));
            }
            if let Some(v) = crate::objects::dict_views::view_binop(cx, a, b, op)? {
                return Ok(Some(v));
            }
        }
        _ => {}
    }
    Ok(None)
}

/// In-place operators of mutable built-ins: `list +=`, `list *=`, set `|=` etc., `dict |=`.
pub fn inplace_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    match op.base() {
        BinOp::Add if is_list(a) => {
            let h = cx.root(a);
            list::list_extend(cx, a, b)?;
            let a = cx.get(h);
            cx.pop_handles(HandleMark::from_handle(h));
            Ok(Some(a))
        }
        BinOp::Mul if is_list(a) => match repeat_count(cx, b)? {
            Some(k) => {
                crate::objects::list_methods::list_repeat_in_place(cx, a, k)?;
                Ok(Some(a))
            }
            None => Ok(None),
        },
        BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor if set::is_set(a) => {
            if !is_anyset(b) {
                return Ok(None);
            }
            crate::objects::set_methods::set_inplace(cx, a, b, op.base()).map(Some)
        }
        BinOp::Or if dict::is_exact_dict(a) => {
            if !dict::is_dict_like(b) {
                return Ok(None);
            }
            let h = cx.root(a);
            crate::ops::build::dict_update(cx, a, b, false)?;
            let a = cx.get(h);
            cx.pop_handles(HandleMark::from_handle(h));
            Ok(Some(a))
        }
        BinOp::Add if bytes::is_bytearray(a) && is_bytes_like(b) => {
            let mut d = bytes::bytes_data(a);
            d.extend(bytes::bytes_data(b));
            bytes::bytearray_set(cx, a, &d)?;
            Ok(Some(a))
        }
        BinOp::Mul if bytes::is_bytearray(a) => match repeat_count(cx, b)? {
            Some(k) => {
                let d = bytes::bytes_data(a);
                check_size(cx, d.len(), k)?;
                bytes::bytearray_set(cx, a, &d.repeat(k))?;
                Ok(Some(a))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `item in container` for range, bytes, sets and dict views.
pub fn builtin_contains(cx: &mut Ctx, container: Value, item: Value) -> PyResult<Option<bool>> {
    if range::is_range(container) {
        return range::range_contains(cx, container, item).map(Some);
    }
    if is_bytes_like(container) {
        let hay = bytes::bytes_data(container);
        if let Some(i) = int::int_value(item) {
            let b = int::to_i64(i).unwrap_or(-1);
            if !(0..256).contains(&b) {
                return Err(exceptions::value_error(cx, "byte must be in range(0, 256)"));
            }
            return Ok(Some(hay.contains(&(b as u8))));
        }
        if is_bytes_like(item) {
            let needle = bytes::bytes_data(item);
            return Ok(Some(
                needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle),
            ));
        }
        let msg = format!(
            "a bytes-like object is required, not '{}'",
            crate::objects::typeobj::type_name(type_of(item))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    if is_anyset(container) {
        return set::set_contains(cx, container, item).map(Some);
    }
    crate::objects::dict_views::view_contains(cx, container, item)
}

/// `obj[key]` for range, bytes and bytearray.
pub fn builtin_getitem(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Option<Value>> {
    if range::is_range(obj) {
        return range::range_getitem(cx, obj, key).map(Some);
    }
    if is_bytes_like(obj) {
        return crate::objects::bytes_methods::bytes_getitem(cx, obj, key).map(Some);
    }
    Ok(None)
}

/// `obj[key] = v` for bytearray.
pub fn builtin_setitem(cx: &mut Ctx, obj: Value, key: Value, v: Value) -> PyResult<Option<()>> {
    if bytes::is_bytearray(obj) {
        crate::objects::bytes_methods::bytearray_setitem(cx, obj, key, v)?;
        return Ok(Some(()));
    }
    Ok(None)
}

/// `del obj[key]` for bytearray.
pub fn builtin_delitem(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Option<()>> {
    if bytes::is_bytearray(obj) {
        crate::objects::bytes_methods::bytearray_delitem(cx, obj, key)?;
        return Ok(Some(()));
    }
    Ok(None)
}

/// `len(v)` for range, bytes, bytearray, sets and dict views.
pub fn builtin_len(v: Value) -> Option<usize> {
    if range::is_range(v) {
        return int::to_i64(range::range_parts(v).3).map(|n| n as usize);
    }
    if is_bytes(v) {
        return Some(bytes::bytes_slice(v).len());
    }
    if bytes::is_bytearray(v) {
        return Some(crate::object::slot(v.obj(), 0).as_int() as usize);
    }
    if is_anyset(v) && {
        let t = type_of(v);
        t == SET_TYPE.get() || t == FROZENSET_TYPE.get()
    } {
        return Some(set::set_len(v));
    }
    crate::objects::dict_views::view_len(v)
}
