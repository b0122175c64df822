//! Methods of `bytes` and `bytearray`, and the text codecs (`str.encode`, `bytes.decode`).
//!
//! Most methods work on a copy of the contents and build a result of the receiver's kind:
//! `bytes` methods return bytes, `bytearray` methods return bytearrays.

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::native_table;
use crate::objects::argcheck;
use crate::objects::bytes::{
    self, bytes_data, is_bytearray, is_bytes_like, new_bytearray, new_bytes, BYTEARRAY_TYPE,
    BYTES_TYPE,
};
use crate::objects::exceptions::{self, index_error, type_error, value_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int;
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::{none, py_bool, SINGLETONS};
use crate::value::Value;

// --- helpers -------------------------------------------------------------------------------

/// A result of the receiver's kind.
fn like(cx: &mut Ctx, recv: Value, data: &[u8]) -> PyResult<Value> {
    if is_bytearray(recv) {
        new_bytearray(cx, BYTEARRAY_TYPE.get(), data)
    } else {
        new_bytes(cx, data)
    }
}

fn kind_name(v: Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A bytes-like argument, or TypeError.
fn buf_arg(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(bytes_data(v));
    }
    let msg = format!(
        "a bytes-like object is required, not '{}'",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

/// A sub-sequence argument: bytes-like or an int in range(256).
fn sub_arg(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if let Some(i) = int::int_value(v) {
        let b = int::to_i64(i).unwrap_or(-1);
        if !(0..256).contains(&b) {
            return Err(value_error(cx, "byte must be in range(0, 256)"));
        }
        return Ok(vec![b as u8]);
    }
    if is_bytes_like(v) {
        return Ok(bytes_data(v));
    }
    let msg = format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

fn span(cx: &mut Ctx, a: &Args<'_>, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |cx: &mut Ctx, i: usize| -> PyResult<Option<i64>> {
        let v = a.get(i);
        if v.is_null() || v == none() {
            return Ok(None);
        }
        let x = crate::ops::number::index(cx, v)?;
        Ok(Some(int::to_i64(x).unwrap_or(if int::sign(x) < 0 {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })))
    };
    let l = len as i64;
    let norm = |i: i64| (if i < 0 { (i + l).max(0) } else { i.min(l) }) as usize;
    let s = get(cx, first)?.map_or(0, norm);
    let e = get(cx, first + 1)?.map_or(len, norm);
    Ok((s, e))
}

fn find_sub(hay: &[u8], needle: &[u8], from: usize, to: usize, rev: bool) -> Option<usize> {
    if to < from || to - from < needle.len() {
        return None;
    }
    let window = &hay[from..to];
    if needle.is_empty() {
        return Some(if rev { to } else { from });
    }
    let mut it = window.windows(needle.len()).enumerate();
    if rev {
        it.rev().find(|(_, w)| *w == needle).map(|(i, _)| from + i)
    } else {
        it.find(|(_, w)| *w == needle).map(|(i, _)| from + i)
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// --- construction --------------------------------------------------------------------------

/// The bytes of an iterable of ints in range(256).
pub fn bytes_from_iterable(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    let l = crate::ops::iter::to_list(cx, v)?;
    let items = crate::objects::list::list_items(l);
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(i) = int::int_value(item) else {
            let x = crate::ops::number::index(cx, item).map_err(|e| {
                if crate::ops::attr::isinstance_of(cx.exception(), exceptions::TYPE_ERROR.get()) {
                    cx.take_exception();
                    let msg = format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(type_of(item))
                    );
                    type_error(cx, &msg)
                } else {
                    e
                }
            })?;
            out.push(byte_value(cx, x)?);
            continue;
        };
        out.push(byte_value(cx, i)?);
    }
    Ok(out)
}

fn byte_value(cx: &mut Ctx, i: Value) -> PyResult<u8> {
    match int::to_i64(i) {
        Some(b) if (0..256).contains(&b) => Ok(b as u8),
        _ => Err(value_error(cx, "bytes must be in range(0, 256)")),
    }
}

/// The contents `bytes(x)` / `bytearray(x)` would have, with optional encoding.
fn construct_data(cx: &mut Ctx, a: &Args<'_>, what: &str) -> PyResult<Vec<u8>> {
    let src = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("source").unwrap_or(Value::NULL)
    };
    let enc = if a.len() > 2 {
        a.get(2)
    } else {
        a.kw("encoding").unwrap_or(Value::NULL)
    };
    let errors = if a.len() > 3 {
        a.get(3)
    } else {
        a.kw("errors").unwrap_or(Value::NULL)
    };
    if src.is_null() {
        if !enc.is_null() || !errors.is_null() {
            let msg = if !enc.is_null() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(type_error(cx, msg));
        }
        return Ok(Vec::new());
    }
    if is_str_like(src) {
        if enc.is_null() {
            return Err(type_error(cx, "string argument without an encoding"));
        }
        let e = as_str(str_value(enc)).to_owned();
        let err = if errors.is_null() {
            "strict".to_owned()
        } else {
            as_str(str_value(errors)).to_owned()
        };
        return crate::objects::codecs::encode(cx, str_value(src), &e, &err);
    }
    if !enc.is_null() {
        return Err(type_error(cx, "encoding without a string argument"));
    }
    if !errors.is_null() {
        return Err(type_error(cx, "errors without a string argument"));
    }
    if what == "bytes" {
        let m = crate::ops::attr::type_lookup(cx, type_of(src), crate::names::BYTES.get());
        if !m.is_null() {
            let r = crate::interp::call::call(cx, m, &[src])?;
            if !is_bytes_like(r) || is_bytearray(r) {
                let msg = format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(type_of(r))
                );
                return Err(type_error(cx, &msg));
            }
            return Ok(bytes_data(r));
        }
    }
    if is_bytes_like(src) {
        return Ok(bytes_data(src));
    }
    if let Some(i) = int::int_value(src) {
        let n = int::to_i64(i).ok_or(()).or_else(|_| {
            Err(exceptions::overflow_error(
                cx,
                "cannot fit 'int' into an index-sized integer",
            ))
        })?;
        if n < 0 {
            return Err(value_error(cx, "negative count"));
        }
        if n as u64 > 1 << 40 {
            return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(n as usize)));
        }
        return Ok(vec![0; n as usize]);
    }
    if !crate::ops::iter::is_iterable(cx, src) {
        let msg = format!(
            "cannot convert '{}' object to {what}",
            type_name(type_of(src))
        );
        return Err(type_error(cx, &msg));
    }
    bytes_from_iterable(cx, src)
}

fn b_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let data = construct_data(cx, &a, "bytes")?;
    let b = new_bytes(cx, &data)?;
    if cls == BYTES_TYPE.get() {
        return Ok(b);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, b)
}

fn ba_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_bytearray(cx, a.get(0), &[])
}

fn ba_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let data = construct_data(cx, &a, "bytearray")?;
    bytes::bytearray_set(cx, a.get(0), &data)?;
    Ok(none())
}

// --- shared methods ------------------------------------------------------------------------

fn m_len(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(bytes_data(a.get(0)).len() as i64))
}

fn m_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (recv, key) = (a.get(0), a.get(1));
    let d = bytes_data(recv);
    if crate::objects::slice::is_slice(key) {
        let (s, _, st, n) = crate::objects::slice::indices(cx, key, d.len())?;
        let out: Vec<u8> = (0..n).map(|k| d[(s + st * k as i64) as usize]).collect();
        return like(cx, recv, &out);
    }
    let i = crate::ops::number::index_i64(cx, key)?;
    match crate::objects::slice::norm_index(i, d.len()) {
        Some(i) => Ok(Value::int(d[i] as i64)),
        None => Err(index_error(
            cx,
            if is_bytearray(recv) {
                "bytearray index out of range"
            } else {
                "index out of range"
            },
        )),
    }
}

fn m_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let hay = bytes_data(a.get(0));
    let needle = sub_arg(cx, a.get(1))?;
    Ok(py_bool(
        find_sub(&hay, &needle, 0, hay.len(), false).is_some(),
    ))
}

fn m_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::iter::get_iter(cx, a.get(0))
}

fn m_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !is_bytes_like(y) {
        let msg = format!("can't concat {} to {}", type_name(type_of(y)), kind_name(x));
        return Err(type_error(cx, &msg));
    }
    let mut d = bytes_data(x);
    d.extend(bytes_data(y));
    like(cx, x, &d)
}

fn m_mul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let n = a.get(1);
    if int::int_value(n).is_none() {
        return Ok(SINGLETONS.not_implemented.get());
    }
    let k = int::to_i64(int::int_value(n).expect("int"))
        .unwrap_or(i64::MAX)
        .max(0) as usize;
    let d = bytes_data(a.get(0));
    if d.len().checked_mul(k).map_or(true, |t| t > 1 << 40) {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    }
    like(cx, a.get(0), &d.repeat(k))
}

fn m_mod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::format::bytes_percent_format(cx, a.get(0), a.get(1))
}

fn m_cmp(_cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !is_bytes_like(y) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    let (dx, dy) = (bytes_data(x), bytes_data(y));
    let o = dx.cmp(&dy);
    Ok(py_bool(match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Gt => o.is_gt(),
        CmpOp::Ge => o.is_ge(),
    }))
}

macro_rules! cmps {
    ($($f:ident => $op:ident),*) => {
        $(fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { m_cmp(cx, a, CmpOp::$op) })*
    };
}
cmps!(m_eq => Eq, m_ne => Ne, m_lt => Lt, m_le => Le, m_gt => Gt, m_ge => Ge);

fn b_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    int::from_i64(cx, crate::hash::hash_bytes(&d))
}

fn m_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    let s = crate::ops::repr::builtin_repr(cx, v, type_of(v))?;
    new_str(cx, &s)
}

fn m_decode(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let enc = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("encoding").unwrap_or(Value::NULL)
    };
    let errors = if a.len() > 2 {
        a.get(2)
    } else {
        a.kw("errors").unwrap_or(Value::NULL)
    };
    let e = if enc.is_null() {
        "utf-8"
    } else {
        as_str(str_value(enc))
    };
    let err = if errors.is_null() {
        "strict"
    } else {
        as_str(str_value(errors))
    };
    let (e, err) = (e.to_owned(), err.to_owned());
    let d = bytes_data(a.get(0));
    crate::objects::codecs::decode(cx, &d, &e, &err)
}

fn m_hex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let sep = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("sep").unwrap_or(Value::NULL)
    };
    let hex: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    if sep.is_null() {
        return new_str(cx, &hex.concat());
    }
    let s = if is_str_like(sep) {
        as_str(str_value(sep)).to_owned()
    } else {
        String::from_utf8_lossy(&bytes_data(sep)).into_owned()
    };
    new_str(cx, &hex.join(&s))
}

fn m_fromhex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let s = a.get(1);
    if !is_str_like(s) {
        let msg = format!(
            "fromhex() argument must be str, not {}",
            type_name(type_of(s))
        );
        return Err(type_error(cx, &msg));
    }
    let text = as_str(str_value(s));
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                let msg =
                    format!("non-hexadecimal number found in fromhex() arg at position {pos}");
                return Err(value_error(cx, &msg));
            }
        }
        i += 2;
    }
    if cls == BYTEARRAY_TYPE.get() {
        return new_bytearray(cx, cls, &out);
    }
    let b = new_bytes(cx, &out)?;
    if cls == BYTES_TYPE.get() {
        return Ok(b);
    }
    crate::interp::call::call(cx, cls, &[b])
}

fn m_join(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let sep = bytes_data(a.get(0));
    let l = crate::ops::iter::to_list(cx, a.get(1))?;
    let mut out = Vec::new();
    for (i, item) in crate::objects::list::list_items(l).into_iter().enumerate() {
        if !is_bytes_like(item) {
            let msg = format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(type_of(item))
            );
            return Err(type_error(cx, &msg));
        }
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes_data(item));
    }
    like(cx, a.get(0), &out)
}

fn parts_to_list(cx: &mut Ctx, recv: Value, parts: Vec<Vec<u8>>) -> PyResult<Value> {
    let l = crate::objects::list::new_list(cx, &[])?;
    let hl = cx.root(l);
    for p in parts {
        let b = like(cx, recv, &p)?;
        let hl_v = cx.get(hl);
        crate::objects::list::list_append(cx, hl_v, b)?;
    }
    let l = cx.get(hl);
    cx.pop_handles(HandleMark::from_handle(hl));
    Ok(l)
}

fn cx_get(cx: &mut Ctx, h: crate::ctx::Handle) -> Value {
    cx.get(h)
}

fn split_args(cx: &mut Ctx, a: &Args<'_>) -> PyResult<(Option<Vec<u8>>, i64)> {
    let sep = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("sep").unwrap_or(Value::NULL)
    };
    let maxsplit = if a.len() > 2 {
        a.get(2)
    } else {
        a.kw("maxsplit").unwrap_or(Value::NULL)
    };
    let sep = if sep.is_null() || sep == none() {
        None
    } else {
        let s = buf_arg(cx, sep)?;
        if s.is_empty() {
            return Err(value_error(cx, "empty separator"));
        }
        Some(s)
    };
    let max = if maxsplit.is_null() {
        -1
    } else {
        crate::ops::number::index_i64(cx, maxsplit)?
    };
    Ok((sep, max))
}

fn m_split(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let (sep, max) = split_args(cx, &a)?;
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let mut n = 0;
            loop {
                while i < d.len() && is_space(d[i]) {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if max >= 0 && n >= max {
                    let mut end = d.len();
                    while end > i && is_space(d[end - 1]) {
                        end -= 1;
                    }
                    parts.push(d[i..end].to_vec());
                    break;
                }
                let start = i;
                while i < d.len() && !is_space(d[i]) {
                    i += 1;
                }
                parts.push(d[start..i].to_vec());
                n += 1;
            }
        }
        Some(sep) => {
            let mut start = 0;
            let mut n = 0;
            while max < 0 || n < max {
                match find_sub(&d, &sep, start, d.len(), false) {
                    Some(p) => {
                        parts.push(d[start..p].to_vec());
                        start = p + sep.len();
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(d[start..].to_vec());
        }
    }
    parts_to_list(cx, a.get(0), parts)
}

fn m_rsplit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let (sep, max) = split_args(cx, &a)?;
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = d.len();
            let mut n = 0;
            loop {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if max >= 0 && n >= max {
                    let mut s = 0;
                    while s < i && is_space(d[s]) {
                        s += 1;
                    }
                    parts.push(d[s..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                parts.push(d[i..end].to_vec());
                n += 1;
            }
        }
        Some(sep) => {
            let mut end = d.len();
            let mut n = 0;
            while max < 0 || n < max {
                match find_sub(&d, &sep, 0, end, true) {
                    Some(p) => {
                        parts.push(d[p + sep.len()..end].to_vec());
                        end = p;
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(d[..end].to_vec());
        }
    }
    parts.reverse();
    parts_to_list(cx, a.get(0), parts)
}

fn strip_impl(cx: &mut Ctx, a: &Args<'_>, left: bool, right: bool) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let chars = a.get(1);
    let set: Option<Vec<u8>> = if chars.is_null() || chars == none() {
        None
    } else {
        Some(buf_arg(cx, chars)?)
    };
    let strip = |b: u8| set.as_ref().map_or(is_space(b), |s| s.contains(&b));
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(d[e - 1]) {
            e -= 1;
        }
    }
    like(cx, a.get(0), &d[s..e])
}

fn m_strip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, &a, true, true)
}
fn m_lstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, &a, true, false)
}
fn m_rstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, &a, false, true)
}

fn affix(cx: &mut Ctx, a: &Args<'_>, start: bool, name: &str) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let (s, e) = span(cx, a, 2, d.len())?;
    let p = a.get(1);
    let cands: Vec<Vec<u8>> = if is_tuple(p) {
        let mut v = Vec::new();
        for x in tuple_items(p) {
            v.push(buf_arg(cx, x)?);
        }
        v
    } else if is_bytes_like(p) {
        vec![bytes_data(p)]
    } else {
        let msg = format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(type_of(p))
        );
        return Err(type_error(cx, &msg));
    };
    if s > d.len() || e < s {
        return Ok(py_bool(false));
    }
    let w = &d[s..e];
    Ok(py_bool(cands.iter().any(|c| {
        if start {
            w.starts_with(c)
        } else {
            w.ends_with(c)
        }
    })))
}

fn m_startswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix(cx, &a, true, "startswith")
}
fn m_endswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix(cx, &a, false, "endswith")
}

fn find_impl(cx: &mut Ctx, a: &Args<'_>, rev: bool) -> PyResult<Option<usize>> {
    argcheck::range(cx, a, "find", "find", 1, 3)?;
    let d = bytes_data(a.get(0));
    let needle = sub_arg(cx, a.get(1))?;
    let (s, e) = span(cx, a, 2, d.len())?;
    Ok(find_sub(&d, &needle, s, e, rev))
}

fn m_find(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(
        find_impl(cx, &a, false)?.map_or(-1, |i| i as i64),
    ))
}
fn m_rfind(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(
        find_impl(cx, &a, true)?.map_or(-1, |i| i as i64),
    ))
}
fn m_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    match find_impl(cx, &a, false)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error(cx, "subsection not found")),
    }
}
fn m_rindex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    match find_impl(cx, &a, true)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error(cx, "subsection not found")),
    }
}

fn m_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let needle = sub_arg(cx, a.get(1))?;
    let (s, e) = span(cx, &a, 2, d.len())?;
    if e < s {
        return Ok(Value::int(0));
    }
    if needle.is_empty() {
        return Ok(Value::int((e - s + 1) as i64));
    }
    let mut n = 0;
    let mut i = s;
    while let Some(p) = find_sub(&d, &needle, i, e, false) {
        n += 1;
        i = p + needle.len();
    }
    Ok(Value::int(n))
}

fn m_replace(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let old = buf_arg(cx, a.get(1))?;
    let new = buf_arg(cx, a.get(2))?;
    let max = if a.len() > 3 {
        crate::ops::number::index_i64(cx, a.get(3))?
    } else {
        -1
    };
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    let mut n = 0;
    if old.is_empty() {
        while i <= d.len() && (max < 0 || n < max) {
            out.extend_from_slice(&new);
            if i < d.len() {
                out.push(d[i]);
            }
            i += 1;
            n += 1;
        }
        if i <= d.len() {
            out.extend_from_slice(&d[i.min(d.len())..]);
        }
        return like(cx, a.get(0), &out);
    }
    while max < 0 || n < max {
        match find_sub(&d, &old, i, d.len(), false) {
            Some(p) => {
                out.extend_from_slice(&d[i..p]);
                out.extend_from_slice(&new);
                i = p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    like(cx, a.get(0), &out)
}

fn map_bytes(cx: &mut Ctx, a: &Args<'_>, f: fn(u8) -> u8) -> PyResult<Value> {
    let d: Vec<u8> = bytes_data(a.get(0)).into_iter().map(f).collect();
    like(cx, a.get(0), &d)
}

fn m_upper(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_bytes(cx, &a, |b| b.to_ascii_uppercase())
}
fn m_lower(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_bytes(cx, &a, |b| b.to_ascii_lowercase())
}
fn m_swapcase(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_bytes(cx, &a, |b| {
        if b.is_ascii_uppercase() {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        }
    })
}

fn m_capitalize(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mut d = bytes_data(a.get(0));
    for (i, b) in d.iter_mut().enumerate() {
        *b = if i == 0 {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        };
    }
    like(cx, a.get(0), &d)
}

fn m_title(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mut d = bytes_data(a.get(0));
    let mut prev_cased = false;
    for b in d.iter_mut() {
        if b.is_ascii_alphabetic() {
            *b = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    like(cx, a.get(0), &d)
}

fn pred(a: &Args<'_>, f: fn(u8) -> bool) -> Value {
    let d = bytes_data(a.get(0));
    py_bool(!d.is_empty() && d.iter().all(|&b| f(b)))
}

fn m_isdigit(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |b| b.is_ascii_digit()))
}
fn m_isalpha(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |b| b.is_ascii_alphabetic()))
}
fn m_isalnum(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |b| b.is_ascii_alphanumeric()))
}
fn m_isspace(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, is_space))
}
fn m_isascii(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(bytes_data(a.get(0)).is_ascii()))
}
fn m_isupper(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    Ok(py_bool(
        d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase()),
    ))
}
fn m_islower(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    Ok(py_bool(
        d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase()),
    ))
}

fn partition_impl(cx: &mut Ctx, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let sep = buf_arg(cx, a.get(1))?;
    if sep.is_empty() {
        return Err(value_error(cx, "empty separator"));
    }
    let recv = a.get(0);
    let (x, y, z) = match find_sub(&d, &sep, 0, d.len(), rev) {
        Some(p) => (d[..p].to_vec(), sep.clone(), d[p + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), d.clone()),
        None => (d.clone(), Vec::new(), Vec::new()),
    };
    let mark = cx.handle_mark();
    let hx = like(cx, recv, &x)?;
    let hx = cx.root(hx);
    let hy = like(cx, recv, &y)?;
    let hy = cx.root(hy);
    let z = like(cx, recv, &z)?;
    let (x, y) = (cx.get(hx), cx.get(hy));
    cx.pop_handles(mark);
    new_tuple(cx, &[x, y, z])
}

fn m_partition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, &a, false)
}
fn m_rpartition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, &a, true)
}

fn m_splitlines(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let keep = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("keepends").unwrap_or(Value::NULL)
    };
    let keep = !keep.is_null() && crate::ops::compare::truthy(cx, keep)?;
    let mut parts = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < d.len() {
        let b = d[i];
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(d[start..if keep { end } else { i }].to_vec());
            i = end;
            start = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        parts.push(d[start..].to_vec());
    }
    parts_to_list(cx, a.get(0), parts)
}

fn pad(cx: &mut Ctx, a: &Args<'_>, how: u8) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let w = crate::ops::number::index_i64(cx, a.get(1))?.max(0) as usize;
    let fill = if a.len() > 2 {
        let f = buf_arg(cx, a.get(2))?;
        if f.len() != 1 {
            return Err(type_error(
                cx,
                "argument 2 must be a byte string of length 1",
            ));
        }
        f[0]
    } else {
        b' '
    };
    if w <= d.len() {
        return like(cx, a.get(0), &d);
    }
    let total = w - d.len();
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            let l = total / 2 + (total & w & 1);
            (l, total - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat(fill).take(r));
    like(cx, a.get(0), &out)
}

fn m_center(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    pad(cx, &a, b'c')
}
fn m_ljust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    pad(cx, &a, b'l')
}
fn m_rjust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    pad(cx, &a, b'r')
}

fn m_zfill(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let w = crate::ops::number::index_i64(cx, a.get(1))?.max(0) as usize;
    if w <= d.len() {
        return like(cx, a.get(0), &d);
    }
    let fill = w - d.len();
    let mut out = Vec::with_capacity(w);
    let mut rest = &d[..];
    if let Some(&s) = d.first() {
        if s == b'+' || s == b'-' {
            out.push(s);
            rest = &d[1..];
        }
    }
    out.extend(std::iter::repeat(b'0').take(fill));
    out.extend_from_slice(rest);
    like(cx, a.get(0), &out)
}

fn m_removeprefix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let p = buf_arg(cx, a.get(1))?;
    like(cx, a.get(0), d.strip_prefix(&p[..]).unwrap_or(&d))
}

fn m_removesuffix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let p = buf_arg(cx, a.get(1))?;
    like(cx, a.get(0), d.strip_suffix(&p[..]).unwrap_or(&d))
}

fn m_expandtabs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let ts = if a.len() > 1 {
        crate::ops::number::index_i64(cx, a.get(1))?
    } else {
        8
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for b in d {
        match b {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat(b' ').take(n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    like(cx, a.get(0), &out)
}

fn m_translate(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let table = a.get(1);
    let table = if table == none() {
        None
    } else {
        Some(buf_arg(cx, table)?)
    };
    if let Some(t) = &table {
        if t.len() != 256 {
            return Err(value_error(
                cx,
                "translation table must be 256 characters long",
            ));
        }
    }
    let delete = if a.len() > 2 {
        buf_arg(cx, a.get(2))?
    } else {
        Vec::new()
    };
    let out: Vec<u8> = d
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    like(cx, a.get(0), &out)
}

fn b_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let b = new_bytes(cx, &d)?;
    new_tuple(cx, &[b])
}

/// Methods of `bytes`.
pub static BYTES_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => b_new,
    Method "__len__" => m_len,
    Method "__getitem__" => m_getitem,
    Method "__contains__" => m_contains,
    Method "__iter__" => m_iter,
    Method "__add__" => m_add,
    Method "__mul__" => m_mul, Method "__rmul__" => m_mul,
    Method "__mod__" => m_mod,
    Method "__eq__" => m_eq, Method "__ne__" => m_ne,
    Method "__lt__" => m_lt, Method "__le__" => m_le,
    Method "__gt__" => m_gt, Method "__ge__" => m_ge,
    Method "__hash__" => b_hash,
    Method "__repr__" => m_repr,
    Method "__getnewargs__" => b_getnewargs,
    Method "decode" => m_decode,
    Method "hex" => m_hex,
    ClassMethod "fromhex" => m_fromhex,
    StaticMethod "maketrans" => m_maketrans_static,
    Method "join" => m_join,
    Method "split" => m_split, Method "rsplit" => m_rsplit,
    Method "strip" => m_strip, Method "lstrip" => m_lstrip, Method "rstrip" => m_rstrip,
    Method "startswith" => m_startswith, Method "endswith" => m_endswith,
    Method "find" => m_find, Method "rfind" => m_rfind,
    Method "index" => m_index, Method "rindex" => m_rindex,
    Method "count" => m_count,
    Method "replace" => m_replace,
    Method "upper" => m_upper, Method "lower" => m_lower, Method "swapcase" => m_swapcase,
    Method "capitalize" => m_capitalize, Method "title" => m_title,
    Method "isdigit" => m_isdigit, Method "isalpha" => m_isalpha, Method "isalnum" => m_isalnum,
    Method "isspace" => m_isspace, Method "isascii" => m_isascii,
    Method "isupper" => m_isupper, Method "islower" => m_islower,
    Method "partition" => m_partition, Method "rpartition" => m_rpartition,
    Method "splitlines" => m_splitlines,
    Method "center" => m_center, Method "ljust" => m_ljust, Method "rjust" => m_rjust,
    Method "zfill" => m_zfill,
    Method "removeprefix" => m_removeprefix, Method "removesuffix" => m_removesuffix,
    Method "expandtabs" => m_expandtabs,
    Method "translate" => m_translate,
];

fn m_maketrans_static(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    // Static: no receiver; shift the arguments so `m_maketrans` sees them at 1 and 2.
    let from = a.get(0);
    let to = a.get(1);
    let f = buf_arg(cx, from)?;
    let t = buf_arg(cx, to)?;
    if f.len() != t.len() {
        return Err(value_error(cx, "maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (x, y) in f.into_iter().zip(t) {
        table[x as usize] = y;
    }
    new_bytes(cx, &table)
}

// --- bytearray mutation --------------------------------------------------------------------

fn ba_setitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::seq::builtin_setitem(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}

fn ba_delitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::seq::builtin_delitem(cx, a.get(0), a.get(1))?;
    Ok(none())
}

fn ba_append(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "bytearray.append")?;
    let b = crate::ops::number::index(cx, a.get(1))?;
    let b = match int::to_i64(b) {
        Some(b) if (0..256).contains(&b) => b as u8,
        _ => return Err(value_error(cx, "byte must be in range(0, 256)")),
    };
    let mut d = bytes_data(a.get(0));
    d.push(b);
    bytes::bytearray_set(cx, a.get(0), &d)?;
    Ok(none())
}

fn ba_extend(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "bytearray.extend")?;
    let h = cx.root(a.get(0));
    let src = a.get(1);
    let extra = if is_bytes_like(src) {
        bytes_data(src)
    } else {
        if is_str_like(src) {
            cx.pop_handles(HandleMark::from_handle(h));
            return Err(type_error(cx, "expected iterable of integers; got: 'str'"));
        }
        bytes_from_iterable(cx, src)?
    };
    let ba = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let mut d = bytes_data(ba);
    d.extend(extra);
    bytes::bytearray_set(cx, ba, &d)?;
    Ok(none())
}

fn ba_iadd(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if !is_bytes_like(a.get(1)) {
        let msg = format!("can't concat {} to bytearray", type_name(type_of(a.get(1))));
        return Err(type_error(cx, &msg));
    }
    let src = bytes_data(a.get(1));
    let mut d = bytes_data(a.get(0));
    d.extend(src);
    bytes::bytearray_set(cx, a.get(0), &d)?;
    Ok(a.get(0))
}

fn ba_pop(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "bytearray.pop", "pop", 0, 1)?;
    let mut d = bytes_data(a.get(0));
    if d.is_empty() {
        return Err(index_error(cx, "pop from empty bytearray"));
    }
    let i = if a.len() > 1 {
        crate::ops::number::index_i64(cx, a.get(1))?
    } else {
        -1
    };
    let Some(i) = crate::objects::slice::norm_index(i, d.len()) else {
        return Err(index_error(cx, "pop index out of range"));
    };
    let b = d.remove(i);
    bytes::bytearray_set(cx, a.get(0), &d)?;
    Ok(Value::int(b as i64))
}

fn ba_insert(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "bytearray.insert", "insert", 2, 2)?;
    let mut d = bytes_data(a.get(0));
    let i = crate::ops::number::index_i64(cx, a.get(1))?;
    let b = crate::ops::number::index_i64(cx, a.get(2))?;
    if !(0..256).contains(&b) {
        return Err(value_error(cx, "byte must be in range(0, 256)"));
    }
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.insert(at, b as u8);
    bytes::bytearray_set(cx, a.get(0), &d)?;
    Ok(none())
}

fn ba_remove(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mut d = bytes_data(a.get(0));
    let b = crate::ops::number::index_i64(cx, a.get(1))?;
    match d.iter().position(|&x| x as i64 == b) {
        Some(p) => {
            d.remove(p);
            bytes::bytearray_set(cx, a.get(0), &d)?;
            Ok(none())
        }
        None => Err(value_error(cx, "value not found in bytearray")),
    }
}

fn ba_clear(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bytes::bytearray_set(cx, a.get(0), &[])?;
    Ok(none())
}

fn ba_reverse(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mut d = bytes_data(a.get(0));
    d.reverse();
    bytes::bytearray_set(cx, a.get(0), &d)?;
    Ok(none())
}

fn ba_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    new_bytearray(cx, BYTEARRAY_TYPE.get(), &d)
}

/// Methods of `bytearray`.
pub static BYTEARRAY_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => ba_new,
    Method "__init__" => ba_init,
    Method "__len__" => m_len,
    Method "__getitem__" => m_getitem,
    Method "__setitem__" => ba_setitem,
    Method "__delitem__" => ba_delitem,
    Method "__contains__" => m_contains,
    Method "__iter__" => m_iter,
    Method "__add__" => m_add,
    Method "__iadd__" => ba_iadd,
    Method "__mul__" => m_mul, Method "__rmul__" => m_mul,
    Method "__mod__" => m_mod,
    Method "__eq__" => m_eq, Method "__ne__" => m_ne,
    Method "__lt__" => m_lt, Method "__le__" => m_le,
    Method "__gt__" => m_gt, Method "__ge__" => m_ge,
    Method "__repr__" => m_repr,
    Method "decode" => m_decode,
    Method "hex" => m_hex,
    ClassMethod "fromhex" => m_fromhex,
    Method "join" => m_join,
    Method "split" => m_split, Method "rsplit" => m_rsplit,
    Method "strip" => m_strip, Method "lstrip" => m_lstrip, Method "rstrip" => m_rstrip,
    Method "startswith" => m_startswith, Method "endswith" => m_endswith,
    Method "find" => m_find, Method "rfind" => m_rfind,
    Method "index" => m_index, Method "rindex" => m_rindex,
    Method "count" => m_count,
    Method "replace" => m_replace,
    Method "upper" => m_upper, Method "lower" => m_lower,
    Method "isdigit" => m_isdigit, Method "isalpha" => m_isalpha, Method "isalnum" => m_isalnum,
    Method "isspace" => m_isspace,
    Method "partition" => m_partition, Method "rpartition" => m_rpartition,
    Method "splitlines" => m_splitlines,
    Method "append" => ba_append,
    Method "extend" => ba_extend,
    Method "pop" => ba_pop,
    Method "insert" => ba_insert,
    Method "remove" => ba_remove,
    Method "clear" => ba_clear,
    Method "reverse" => ba_reverse,
    Method "copy" => ba_copy,
];

/// `data.decode(encoding, errors)` as a new str (see `codecs`).
pub fn decode(cx: &mut Ctx, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    crate::objects::codecs::decode(cx, data, encoding, errors)
}
