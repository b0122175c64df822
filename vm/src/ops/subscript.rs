//! Subscripts and lengths: `obj[key]`, `obj[key] = v`, `del obj[key]`, `len(obj)`.
//!
//! Built-in sequences and mappings are handled in Rust (indexes, negative indexes, slices,
//! slice assignment and deletion); everything else goes through `__getitem__`,
//! `__setitem__`, `__delitem__`, `__len__`, and `__class_getitem__` for classes.

use crate::ctx::{Ctx, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::objects::dict::{dict_del, dict_get, dict_len, dict_set, is_exact_dict};
use crate::objects::exceptions::{self, key_error};
use crate::objects::list::{self, list_len, list_set};
use crate::objects::slice::{indices, is_slice, norm_index};
use crate::objects::str::{self as pystr, as_str, is_str};
use crate::objects::tuple::{new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{is_type, type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::ops::number;
use crate::value::Value;

fn index_error(cx: &mut Ctx, what: &str) -> crate::ctx::Raised {
    exceptions::index_error(cx, &format!("{what} index out of range"))
}

fn bad_index(cx: &mut Ctx, seq: &str, key: Value) -> crate::ctx::Raised {
    let msg = format!(
        "{seq} indices must be integers or slices, not {}",
        type_name(type_of(key))
    );
    exceptions::type_error(cx, &msg)
}

/// An integer index from `key` (int or `__index__`), or `None` if `key` is not one.
///
/// `__index__` may run Python code: `obj` (the container) is rooted meanwhile and updated,
/// and `v` (a value being stored, if any) too.
fn int_index(cx: &mut Ctx, obj: &mut Value, v: &mut Value, key: Value) -> PyResult<Option<i64>> {
    if key.is_int() {
        return Ok(Some(key.as_int()));
    }
    let mark = cx.handle_mark();
    let (ho, hv) = (cx.root(*obj), cx.root(*v));
    let r = int_index_raw(cx, key);
    *obj = cx.get(ho);
    *v = cx.get(hv);
    cx.pop_handles(mark);
    r
}

fn int_index_raw(cx: &mut Ctx, key: Value) -> PyResult<Option<i64>> {
    if key.is_int() {
        return Ok(Some(key.as_int()));
    }
    if crate::objects::int::int_value(key).is_some()
        || !type_lookup(cx, type_of(key), names::INDEX.get()).is_null()
    {
        return number::index_i64(cx, key).map(Some);
    }
    Ok(None)
}

/// `obj[key]`.
pub fn getitem(cx: &mut Ctx, mut obj: Value, key: Value) -> PyResult<Value> {
    let mut no_value = Value::NULL;
    let ty = type_of(obj);
    let t = crate::runtime::types();
    if ty == t.list.get() {
        if key.is_int() {
            return match norm_index(key.as_int(), list_len(obj)) {
                Some(i) => list::list_get_checked(obj, i).ok_or_else(|| index_error(cx, "list")),
                None => Err(index_error(cx, "list")),
            };
        }
        if is_slice(key) {
            if let Some((start, _, step, n)) =
                crate::objects::slice::small_indices(key, list_len(obj))
            {
                return list::list_slice(cx, obj, start, step, n);
            }
            // `__index__` methods may run: the list is re-read after them.
            let h = cx.root(obj);
            let r = indices(cx, key, list_len(obj));
            let obj = cx.get(h);
            cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
            let (start, _, step, n) = r?;
            // An `__index__` may also have shrunk the list.
            let n = clamp_count(start, step, n, list_len(obj));
            return list::list_slice(cx, obj, start, step, n);
        }
        return match int_index(cx, &mut obj, &mut no_value, key)? {
            Some(i) => match norm_index(i, list_len(obj)) {
                Some(i) => list::list_get_checked(obj, i).ok_or_else(|| index_error(cx, "list")),
                None => Err(index_error(cx, "list")),
            },
            None => Err(bad_index(cx, "list", key)),
        };
    }
    if ty == t.dict.get() {
        let v = dict_get(cx, obj, key)?;
        if !v.is_null() {
            return Ok(v);
        }
        return Err(key_error(cx, key));
    }
    if ty == t.tuple.get() {
        if key.is_int() {
            return match norm_index(key.as_int(), tuple_len(obj)) {
                Some(i) => Ok(tuple_get(obj, i)),
                None => Err(index_error(cx, "tuple")),
            };
        }
        if is_slice(key) {
            let (start, _, step, n) = indices(cx, key, tuple_len(obj))?;
            if step == 1 && n == tuple_len(obj) {
                return Ok(obj);
            }
            let out: Vec<Value> = (0..n)
                .map(|k| tuple_get(obj, (start + step * k as i64) as usize))
                .collect();
            return new_tuple(cx, &out);
        }
        return match int_index(cx, &mut obj, &mut no_value, key)? {
            Some(i) => match norm_index(i, tuple_len(obj)) {
                Some(i) => Ok(tuple_get(obj, i)),
                None => Err(index_error(cx, "tuple")),
            },
            None => Err(bad_index(cx, "tuple", key)),
        };
    }
    if ty == t.str.get() {
        return pystr::str_getitem(cx, obj, key);
    }
    if let Some(v) = crate::ops::seq::builtin_getitem(cx, obj, key)? {
        return Ok(v);
    }
    let m = type_lookup(cx, ty, names::GETITEM.get());
    if !m.is_null() {
        return call(cx, m, &[obj, key]);
    }
    if is_type(obj) {
        let cg = crate::ops::attr::getattr_opt(cx, obj, names::CLASS_GETITEM.get())?;
        if !cg.is_null() {
            return call(cx, cg, &[key]);
        }
        let msg = format!("type '{}' is not subscriptable", type_name(obj));
        return Err(exceptions::type_error(cx, &msg));
    }
    let msg = format!("'{}' object is not subscriptable", type_name(ty));
    Err(exceptions::type_error(cx, &msg))
}

/// `obj[key]`, NULL for a missing key of a mapping (KeyError swallowed).
pub fn getitem_opt(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Value> {
    match getitem(cx, obj, key) {
        Ok(v) => Ok(v),
        Err(e) => {
            let x = cx.exception();
            if exceptions::exc_matches(x, exceptions::KEY_ERROR.get()) {
                cx.take_exception();
                Ok(Value::NULL)
            } else {
                Err(e)
            }
        }
    }
}

/// How many of `n` slice positions `start`, `start + step`, ... fall in `0..len` (a
/// sequence that shrank while its slice indices were computed).
fn clamp_count(start: i64, step: i64, n: usize, len: usize) -> usize {
    (0..n)
        .take_while(|&k| {
            let i = start + step * k as i64;
            i >= 0 && (i as usize) < len
        })
        .count()
}

/// `obj[key] = v`.
pub fn setitem(cx: &mut Ctx, mut obj: Value, key: Value, mut v: Value) -> PyResult<()> {
    let ty = type_of(obj);
    let t = crate::runtime::types();
    if ty == t.dict.get() {
        return dict_set(cx, obj, key, v);
    }
    if ty == t.list.get() {
        if key.is_int() {
            return match norm_index(key.as_int(), list_len(obj)) {
                Some(i) if list_set(cx, obj, i, v) => Ok(()),
                _ => Err(exceptions::index_error(
                    cx,
                    "list assignment index out of range",
                )),
            };
        }
        if is_slice(key) {
            return list_set_slice(cx, obj, key, v);
        }
        return match int_index(cx, &mut obj, &mut v, key)? {
            Some(i) => match norm_index(i, list_len(obj)) {
                Some(i) if list_set(cx, obj, i, v) => Ok(()),
                _ => Err(exceptions::index_error(
                    cx,
                    "list assignment index out of range",
                )),
            },
            None => Err(bad_index(cx, "list", key)),
        };
    }
    if let Some(()) = crate::ops::seq::builtin_setitem(cx, obj, key, v)? {
        return Ok(());
    }
    let m = type_lookup(cx, ty, names::SETITEM.get());
    if !m.is_null() {
        return call(cx, m, &[obj, key, v]).map(|_| ());
    }
    let msg = format!(
        "'{}' object does not support item assignment",
        type_name(ty)
    );
    Err(exceptions::type_error(cx, &msg))
}

/// `del obj[key]`.
pub fn delitem(cx: &mut Ctx, mut obj: Value, key: Value) -> PyResult<()> {
    let mut no_value = Value::NULL;
    let ty = type_of(obj);
    let t = crate::runtime::types();
    if ty == t.dict.get() {
        if dict_del(cx, obj, key)?.is_null() {
            return Err(key_error(cx, key));
        }
        return Ok(());
    }
    if ty == t.list.get() {
        if is_slice(key) {
            return list_del_slice(cx, obj, key);
        }
        return match int_index(cx, &mut obj, &mut no_value, key)? {
            Some(i) => match list::list_pop_at(cx, obj, i) {
                Some(_) => Ok(()),
                None => Err(exceptions::index_error(
                    cx,
                    "list assignment index out of range",
                )),
            },
            None => Err(bad_index(cx, "list", key)),
        };
    }
    if let Some(()) = crate::ops::seq::builtin_delitem(cx, obj, key)? {
        return Ok(());
    }
    let m = type_lookup(cx, ty, names::DELITEM.get());
    if !m.is_null() {
        return call(cx, m, &[obj, key]).map(|_| ());
    }
    let msg = format!("'{}' object doesn't support item deletion", type_name(ty));
    Err(exceptions::type_error(cx, &msg))
}

fn list_set_slice(cx: &mut Ctx, l: Value, key: Value, v: Value) -> PyResult<()> {
    crate::objects::list_methods::list_setitem(cx, l, key, v)
}

fn list_del_slice(cx: &mut Ctx, l: Value, key: Value) -> PyResult<()> {
    crate::objects::list_methods::list_delitem(cx, l, key)
}

/// `len(v)`.
pub fn len(cx: &mut Ctx, v: Value) -> PyResult<usize> {
    let ty = type_of(v);
    let t = crate::runtime::types();
    if ty == t.list.get() {
        return Ok(list_len(v));
    }
    if ty == t.tuple.get() {
        return Ok(tuple_len(v));
    }
    if ty == t.str.get() {
        return Ok(pystr::char_len(v));
    }
    if ty == t.dict.get() {
        return Ok(dict_len(v));
    }
    if let Some(n) = crate::ops::seq::builtin_len(v) {
        return Ok(n);
    }
    let m = type_lookup(cx, ty, names::LEN.get());
    if m.is_null() {
        let msg = format!("object of type '{}' has no len()", type_name(ty));
        return Err(exceptions::type_error(cx, &msg));
    }
    let r = call(cx, m, &[v])?;
    let Some(i) = crate::objects::int::int_value(r) else {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(type_of(r))
        );
        return Err(exceptions::type_error(cx, &msg));
    };
    if crate::objects::int::sign(i) < 0 {
        return Err(exceptions::value_error(cx, "__len__() should return >= 0"));
    }
    match crate::objects::int::to_i64(i) {
        Some(n) => Ok(n as usize),
        None => Err(exceptions::overflow_error(
            cx,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// Whether `v` is a str used as a dict key (for callers that need `as_str` directly).
pub fn str_key(v: Value) -> Option<&'static str> {
    is_str(v).then(|| as_str(v))
}

/// Whether `v` is a plain dict (re-exported for callers of this module).
pub fn is_dict(v: Value) -> bool {
    is_exact_dict(v)
}
