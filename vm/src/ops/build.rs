//! Building containers from the operand stack (BUILD_* instructions), unpacking
//! (UNPACK_SEQUENCE/UNPACK_EX), and dict update/merge for `{**a}` and `f(**kw)`.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::sset;
use crate::names;
use crate::object::ValueCell;
use crate::objects::dict::{self, dict_get, dict_set, new_dict};
use crate::objects::exceptions;
use crate::objects::list::{is_list, list_get, list_len, new_list};
use crate::objects::set;
use crate::objects::str::{self as pystr, is_str};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::value::Value;

fn values(cells: &[ValueCell]) -> Vec<Value> {
    cells.iter().map(|c| c.get()).collect()
}

/// BUILD_TUPLE.
pub fn tuple_from_cells(cx: &mut Ctx, cells: &[ValueCell]) -> PyResult<Value> {
    new_tuple(cx, &values(cells))
}

/// BUILD_LIST.
pub fn list_from_cells(cx: &mut Ctx, cells: &[ValueCell]) -> PyResult<Value> {
    new_list(cx, &values(cells))
}

/// BUILD_SET: adds the items in order (hashing may run Python code; the cells stay rooted).
pub fn set_from_cells(cx: &mut Ctx, cells: &[ValueCell]) -> PyResult<Value> {
    let s = set::new_set(cx)?;
    let h = cx.root(s);
    for c in cells {
        let s = cx.get(h);
        set::set_add(cx, s, c.get())?;
    }
    let s = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(s)
}

/// BUILD_MAP: key/value pairs in order.
pub fn dict_from_cells(cx: &mut Ctx, cells: &[ValueCell]) -> PyResult<Value> {
    let d = new_dict(cx)?;
    let h = cx.root(d);
    for pair in cells.chunks_exact(2) {
        let d = cx.get(h);
        dict_set(cx, d, pair[0].get(), pair[1].get())?;
    }
    let d = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(d)
}

/// BUILD_CONST_KEY_MAP.
pub fn dict_from_keys(cx: &mut Ctx, keys: Value, cells: &[ValueCell]) -> PyResult<Value> {
    let hk = cx.root(keys);
    let d = new_dict(cx)?;
    let h = cx.root(d);
    for (i, c) in cells.iter().enumerate() {
        let (d, keys) = (cx.get(h), cx.get(hk));
        dict_set(cx, d, tuple_get(keys, i), c.get())?;
    }
    let d = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(hk));
    Ok(d)
}

/// BUILD_STRING: concatenates str values.
pub fn concat_strings(cx: &mut Ctx, cells: &[ValueCell]) -> PyResult<Value> {
    let mut s = String::new();
    for c in cells {
        s.push_str(pystr::as_str(c.get()));
    }
    pystr::new_str(cx, &s)
}

/// `d.update(m)` (DICT_UPDATE) or, with `merge`, `f(**m)` semantics (DICT_MERGE): keys must
/// be strings and not repeat.
pub fn dict_update(cx: &mut Ctx, d: Value, m: Value, merge: bool) -> PyResult<()> {
    update_impl(cx, d, m, merge.then_some(""))
}

/// DICT_MERGE for a call of `func`: `dict_update` with `merge`, and errors naming the
/// function as CPython does (`__main__.f() got multiple values for keyword argument 'a'`).
pub fn dict_merge_for_call(cx: &mut Ctx, d: Value, m: Value, func: Value) -> PyResult<()> {
    let fname = function_str(cx, func);
    update_impl(cx, d, m, Some(&fname))
}

/// How CPython names a callable in call errors: `module.qualname()`, or `qualname()` for
/// built-ins.
pub fn function_str(cx: &mut Ctx, f: Value) -> String {
    let q = crate::ops::attr::getattr_opt(cx, f, names::QUALNAME.get()).unwrap_or(Value::NULL);
    if q.is_null() || !pystr::is_str_like(q) {
        cx.take_exception();
        return format!("{} object", type_name(type_of(f)));
    }
    let q = pystr::as_str(pystr::str_value(q)).to_owned();
    let m = crate::ops::attr::getattr_opt(cx, f, names::MODULE.get()).unwrap_or(Value::NULL);
    if pystr::is_str_like(m) && pystr::as_str(pystr::str_value(m)) != "builtins" {
        return format!("{}.{q}()", pystr::as_str(pystr::str_value(m)));
    }
    cx.take_exception();
    format!("{q}()")
}

fn update_impl(cx: &mut Ctx, d: Value, m: Value, merge: Option<&str>) -> PyResult<()> {
    let fprefix = merge.map(|f| {
        if f.is_empty() {
            String::new()
        } else {
            format!("{f} ")
        }
    });
    let merge = merge.is_some();
    let mark = cx.handle_mark();
    let (hd, hm) = (cx.root(d), cx.root(m));
    if dict::is_dict_like(m) {
        let items = dict::dict_items(m);
        let hs: Vec<_> = items
            .iter()
            .map(|&(k, v)| (cx.root(k), cx.root(v)))
            .collect();
        for (hk, hv) in hs {
            let (d, k, v) = (cx.get(hd), cx.get(hk), cx.get(hv));
            if merge {
                if !pystr::is_str_like(k) {
                    cx.pop_handles(mark);
                    return Err(exceptions::type_error(cx, "keywords must be strings"));
                }
                if !dict_get(cx, d, k)?.is_null() {
                    cx.pop_handles(mark);
                    let msg = format!(
                        "{}got multiple values for keyword argument '{}'",
                        fprefix.as_deref().unwrap_or(""),
                        pystr::as_str(pystr::str_value(k))
                    );
                    return Err(exceptions::type_error(cx, &msg));
                }
            }
            dict_set(cx, d, k, v)?;
        }
        cx.pop_handles(mark);
        return Ok(());
    }
    // A mapping: keys() then __getitem__.
    let keys_m = crate::ops::attr::getattr_opt(cx, m, names::KEYS.get())?;
    if keys_m.is_null() {
        let m = cx.get(hm);
        cx.pop_handles(mark);
        let msg = if merge {
            format!(
                "{}argument after ** must be a mapping, not {}",
                fprefix.as_deref().unwrap_or(""),
                type_name(type_of(m))
            )
        } else {
            format!("'{}' object is not a mapping", type_name(type_of(m)))
        };
        return Err(exceptions::type_error(cx, &msg));
    }
    let keys = crate::interp::call::call(cx, keys_m, &[])?;
    let keys = crate::objects::list::list_from_iter(cx, keys)?;
    let hkeys = cx.root(keys);
    let mut i = 0;
    loop {
        let keys = cx.get(hkeys);
        if i >= list_len(keys) {
            break;
        }
        let k = list_get(keys, i);
        let hk = cx.root(k);
        let m = cx.get(hm);
        let v = crate::ops::subscript::getitem(cx, m, k)?;
        let (d, k) = (cx.get(hd), cx.get(hk));
        dict_set(cx, d, k, v)?;
        i += 1;
    }
    cx.pop_handles(mark);
    Ok(())
}

/// UNPACK_SEQUENCE (`after` None) and UNPACK_EX (`before` items, a list, `after` items):
/// writes the items into stack slots `[pos, pos + n)`, the first item on top.
pub fn unpack(
    cx: &mut Ctx,
    v: Value,
    before: usize,
    after: Option<usize>,
    pos: usize,
) -> PyResult<()> {
    let seq = if is_tuple(v) || is_list(v) {
        v
    } else {
        if !crate::ops::iter::is_iterable(cx, v) {
            let msg = format!(
                "cannot unpack non-iterable {} object",
                type_name(type_of(v))
            );
            return Err(exceptions::type_error(cx, &msg));
        }
        match after {
            None => return unpack_iter(cx, v, before, pos),
            Some(_) => crate::objects::list::list_from_iter(cx, v)?,
        }
    };
    let (n, get): (usize, fn(Value, usize) -> Value) = if is_tuple(seq) {
        (tuple_len(seq), tuple_get)
    } else {
        (list_len(seq), list_get)
    };
    match after {
        None => {
            if n != before {
                let msg = if n < before {
                    format!("not enough values to unpack (expected {before}, got {n})")
                } else {
                    format!("too many values to unpack (expected {before})")
                };
                return Err(exceptions::value_error(cx, &msg));
            }
            for i in 0..n {
                sset(cx, pos + n - 1 - i, get(seq, i));
            }
            Ok(())
        }
        Some(after) => {
            if n < before + after {
                let msg = format!(
                    "not enough values to unpack (expected at least {}, got {n})",
                    before + after
                );
                return Err(exceptions::value_error(cx, &msg));
            }
            let total = before + after + 1;
            let items: Vec<Value> = (0..n).map(|i| get(seq, i)).collect();
            let hs = cx.root(seq);
            let middle = new_list(cx, &items[before..n - after])?;
            let seq = cx.get(hs);
            cx.pop_handles(HandleMark::from_handle(hs));
            let get_now = |i: usize| {
                if is_tuple(seq) {
                    tuple_get(seq, i)
                } else {
                    list_get(seq, i)
                }
            };
            let mut k = 0;
            for i in 0..before {
                sset(cx, pos + total - 1 - k, get_now(i));
                k += 1;
            }
            sset(cx, pos + total - 1 - k, middle);
            k += 1;
            for i in n - after..n {
                sset(cx, pos + total - 1 - k, get_now(i));
                k += 1;
            }
            Ok(())
        }
    }
}

/// Unpacks `n` items from an iterator, storing each as it comes (the slots are rooted).
fn unpack_iter(cx: &mut Ctx, v: Value, n: usize, pos: usize) -> PyResult<()> {
    let it = crate::ops::iter::get_iter(cx, v)?;
    let h = cx.root(it);
    for i in 0..n {
        let it = cx.get(h);
        match crate::ops::iter::next(cx, it)? {
            Some(x) => sset(cx, pos + n - 1 - i, x),
            None => {
                cx.pop_handles(HandleMark::from_handle(h));
                let msg = format!("not enough values to unpack (expected {n}, got {i})");
                return Err(exceptions::value_error(cx, &msg));
            }
        }
    }
    let it = cx.get(h);
    let extra = crate::ops::iter::next(cx, it)?;
    cx.pop_handles(HandleMark::from_handle(h));
    if extra.is_some() {
        let msg = format!("too many values to unpack (expected {n})");
        return Err(exceptions::value_error(cx, &msg));
    }
    let _ = is_str;
    Ok(())
}
