//! Support for `match`: mapping and sequence tests, key extraction, class patterns.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::names;
use crate::objects::dict::{self, dict_del, is_dict_like, new_dict};
use crate::objects::exceptions::{self, type_error};
use crate::objects::str::{as_str, is_str};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_items, tuple_len};
use crate::objects::typeobj::{is_subtype, is_type, type_name, type_of};
use crate::ops::attr;
use crate::runtime::{none, types};
use crate::value::Value;

/// Whether `v` matches mapping patterns (a dict, or a `collections.abc.Mapping`).
pub fn is_mapping(v: Value) -> bool {
    is_dict_like(v) || crate::runtime::is_abc_instance(v, "Mapping")
}

/// Whether `v` matches sequence patterns (not str, bytes or bytearray).
pub fn is_sequence(v: Value) -> bool {
    if crate::objects::str::is_str_like(v) || crate::objects::bytes::is_bytes_like(v) {
        return false;
    }
    let t = types();
    let ty = type_of(v);
    ty == t.list.get()
        || ty == t.tuple.get()
        || is_subtype(ty, t.list.get())
        || is_subtype(ty, t.tuple.get())
        || crate::objects::range::is_range(v)
        || crate::runtime::is_abc_instance(v, "Sequence")
}

/// MATCH_KEYS: a tuple of the values of `keys` in `subject`, or None if any is missing.
pub fn match_keys(cx: &mut Ctx, subject: Value, keys: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (hs, hk) = (cx.root(subject), cx.root(keys));
    let n = tuple_len(keys);
    let hl = {
        let l = crate::objects::list::new_list(cx, &[])?;
        cx.root(l)
    };
    for i in 0..n {
        // Comparisons and `get` run Python code: keys and subject are re-read each time.
        for j in 0..i {
            let keys = cx.get(hk);
            let (kj, k) = (tuple_get(keys, j), tuple_get(keys, i));
            if crate::ops::compare::eq(cx, kj, k)? {
                let k = tuple_get(cx.get(hk), i);
                cx.pop_handles(mark);
                let r = crate::ops::repr::repr(cx, k)?;
                let msg = format!(
                    "mapping pattern checks duplicate key ({})",
                    crate::objects::str::as_str(r)
                );
                return Err(exceptions::value_error(cx, &msg));
            }
        }
        let (subject, k) = (cx.get(hs), tuple_get(cx.get(hk), i));
        let v = if dict::is_exact_dict(subject) {
            dict::dict_get(cx, subject, k)?
        } else {
            let get = attr::getattr_str(cx, subject, "get")?;
            let k = tuple_get(cx.get(hk), i);
            let sentinel = crate::runtime::MISSING.get();
            let r = crate::interp::call::call(cx, get, &[k, sentinel])?;
            if r == sentinel {
                Value::NULL
            } else {
                r
            }
        };
        if v.is_null() {
            cx.pop_handles(mark);
            return Ok(none());
        }
        let l = cx.get(hl);
        crate::objects::list::list_append(cx, l, v)?;
    }
    let l = cx.get(hl);
    cx.pop_handles(mark);
    crate::objects::list::list_to_tuple(cx, l)
}

/// COPY_DICT_WITHOUT_KEYS: `{**subject}` minus `keys`.
pub fn copy_without_keys(cx: &mut Ctx, subject: Value, keys: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (hs, hk) = (cx.root(subject), cx.root(keys));
    let d = new_dict(cx)?;
    let hd = cx.root(d);
    let s = cx.get(hs);
    let hd_v = cx.get(hd);
    crate::ops::build::dict_update(cx, hd_v, s, false)?;
    for i in 0..tuple_len(cx.get(hk)) {
        let (d, k) = (cx.get(hd), tuple_get(cx.get(hk), i));
        dict_del(cx, d, k)?;
    }
    let d = cx.get(hd);
    cx.pop_handles(mark);
    Ok(d)
}

/// Built-in types whose class patterns match the subject itself positionally.
fn self_matching(t: Value) -> bool {
    let ts = types();
    [
        ts.bool.get(),
        ts.int.get(),
        ts.float.get(),
        ts.str.get(),
        ts.tuple.get(),
        ts.list.get(),
        ts.dict.get(),
        crate::objects::set::SET_TYPE.get(),
        crate::objects::set::FROZENSET_TYPE.get(),
        crate::objects::bytes::BYTES_TYPE.get(),
        crate::objects::bytes::BYTEARRAY_TYPE.get(),
    ]
    .iter()
    .any(|&b| is_subtype(t, b))
}

/// MATCH_CLASS: if `subject` is an instance of `cls`, a tuple of the attributes named by the
/// `npos` positional sub-patterns (via `__match_args__`) and by `kwnames`; else None.
pub fn match_class(
    cx: &mut Ctx,
    subject: Value,
    cls: Value,
    npos: usize,
    kwnames: Value,
) -> PyResult<Value> {
    if !is_type(cls) {
        return Err(type_error(cx, "called match pattern must be a type"));
    }
    if !crate::ops::attr::isinstance_of(subject, cls) {
        return Ok(none());
    }
    let mark = cx.handle_mark();
    let (hs, hc, hkw) = (cx.root(subject), cx.root(cls), cx.root(kwnames));
    let mut names_v: Vec<Value> = Vec::new();
    if npos > 0 {
        let ma = attr::getattr_opt(cx, cls, names::MATCH_ARGS.get())?;
        if ma.is_null() {
            if self_matching(cx.get(hc)) && npos == 1 {
                let s = cx.get(hs);
                let l = crate::objects::list::new_list(cx, &[s])?;
                let hl = cx.root(l);
                for k in tuple_items(cx.get(hkw)) {
                    let s = cx.get(hs);
                    let v = attr::getattr_opt(cx, s, k)?;
                    if v.is_null() {
                        cx.pop_handles(mark);
                        return Ok(none());
                    }
                    let hl_v = cx.get(hl);
                    crate::objects::list::list_append(cx, hl_v, v)?;
                }
                let l = cx.get(hl);
                cx.pop_handles(mark);
                return crate::objects::list::list_to_tuple(cx, l);
            }
            let c = cx.get(hc);
            cx.pop_handles(mark);
            let msg = if self_matching(c) {
                format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    type_name(c)
                )
            } else {
                format!(
                    "{}() accepts 0 positional sub-patterns ({npos} given)",
                    type_name(c)
                )
            };
            return Err(type_error(cx, &msg));
        }
        if !is_tuple(ma) {
            let msg = format!(
                "{}.__match_args__ must be a tuple (got {})",
                type_name(cx.get(hc)),
                type_name(type_of(ma))
            );
            cx.pop_handles(mark);
            return Err(type_error(cx, &msg));
        }
        if tuple_len(ma) < npos {
            let c = cx.get(hc);
            cx.pop_handles(mark);
            let msg = format!(
                "{}() accepts {} positional sub-pattern{} ({npos} given)",
                type_name(c),
                tuple_len(ma),
                if tuple_len(ma) == 1 { "" } else { "s" }
            );
            return Err(type_error(cx, &msg));
        }
        names_v.extend((0..npos).map(|i| tuple_get(ma, i)));
    }
    names_v.extend(tuple_items(cx.get(hkw)));
    for (i, &n) in names_v.iter().enumerate() {
        if is_str(n)
            && names_v[..i]
                .iter()
                .any(|&m| is_str(m) && as_str(m) == as_str(n))
        {
            let c = cx.get(hc);
            cx.pop_handles(mark);
            let msg = format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                type_name(c),
                as_str(n)
            );
            return Err(type_error(cx, &msg));
        }
    }
    let hn: Vec<_> = names_v.iter().map(|&n| cx.root(n)).collect();
    let l = crate::objects::list::new_list(cx, &[])?;
    let hl = cx.root(l);
    for h in hn {
        let (s, n) = (cx.get(hs), cx.get(h));
        let n = attr::attr_name(cx, n)?;
        let v = attr::getattr_opt(cx, s, n)?;
        if v.is_null() {
            cx.pop_handles(mark);
            return Ok(none());
        }
        let hl_v = cx.get(hl);
        crate::objects::list::list_append(cx, hl_v, v)?;
    }
    let l = cx.get(hl);
    cx.pop_handles(mark);
    let _ = new_tuple;
    crate::objects::list::list_to_tuple(cx, l)
}

/// Root marker: keeps `HandleMark` imported for helpers above.
#[allow(dead_code)]
fn _unused(h: crate::ctx::Handle) -> HandleMark {
    HandleMark::from_handle(h)
}
