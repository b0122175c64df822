//! `bytes`/`bytearray` methods that search and cut: find/rfind/index/rindex/count,
//! startswith/endswith, split/rsplit/splitlines, strip/lstrip/rstrip, replace,
//! partition/rpartition, join, removeprefix/removesuffix.
//!
//! Each method reads the receiver's contents (a copy) only after converting its arguments,
//! since `__index__` of a bound may run Python code. Results have the receiver's kind:
//! bytes for bytes (and subclasses), bytearray for bytearray.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::objects::argcheck;
use crate::objects::argparse::{self, adjust_span, slice_index, Params};
use crate::objects::bytes::BYTEARRAY_TYPE;
use crate::objects::bytes::{bytes_data, is_bytearray, is_bytes_like, new_bytearray, new_bytes};
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::{none, py_bool};
use crate::value::Value;

/// A result of the receiver's kind.
pub fn like(cx: &mut Ctx, recv: Value, data: &[u8]) -> PyResult<Value> {
    if is_bytearray(recv) {
        new_bytearray(cx, BYTEARRAY_TYPE.get(), data)
    } else {
        new_bytes(cx, data)
    }
}

/// `bytes` or `bytearray`, for messages.
pub fn kind_name(v: Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A bytes-like argument, or `a bytes-like object is required, not 'T'`.
pub fn buf_arg(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(bytes_data(v));
    }
    let msg = format!(
        "a bytes-like object is required, not '{}'",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

/// A search argument: bytes-like, or an int in range(256) meaning that byte.
fn sub_arg(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(bytes_data(v));
    }
    let is_index = int::int_value(v).is_some()
        || !crate::ops::attr::type_lookup(cx, type_of(v), crate::names::INDEX.get()).is_null();
    if is_index {
        let i = crate::ops::number::index(cx, v)?;
        return match int::to_i64(i) {
            Some(b) if (0..256).contains(&b) => Ok(vec![b as u8]),
            _ => Err(value_error(cx, "byte must be in range(0, 256)")),
        };
    }
    let msg = format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

/// ASCII whitespace as `bytes.split()` and `bytes.strip()` see it.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The first (or last, if `rev`) position of `needle` in `hay[from..to]`.
pub fn find_sub(hay: &[u8], needle: &[u8], from: usize, to: usize, rev: bool) -> Option<usize> {
    if from > to || to > hay.len() || to - from < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(if rev { to } else { from });
    }
    let window = &hay[from..to];
    let mut it = window.windows(needle.len()).enumerate();
    let found = if rev {
        it.rev().find(|(_, w)| *w == needle)
    } else {
        it.find(|(_, w)| *w == needle)
    };
    found.map(|(i, _)| from + i)
}

/// Non-overlapping occurrences of `needle` in `hay`, from the left.
fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_sub(hay, needle, i, hay.len(), false) {
        n += 1;
        i = p + needle.len();
    }
    n
}

/// A list of parts of the receiver's kind.
pub fn parts_to_list(cx: &mut Ctx, recv: Value, parts: Vec<Vec<u8>>) -> PyResult<Value> {
    let array = is_bytearray(recv);
    let l = crate::objects::list::new_list(cx, &[])?;
    let hl = cx.root(l);
    for p in parts {
        let b = if array {
            new_bytearray(cx, BYTEARRAY_TYPE.get(), &p)?
        } else {
            new_bytes(cx, &p)?
        };
        let l = cx.get(hl);
        crate::objects::list::list_append(cx, l, b)?;
    }
    let l = cx.get(hl);
    cx.pop_handles(HandleMark::from_handle(hl));
    Ok(l)
}

// --- find family -------------------------------------------------------------------------------

fn search_args(
    cx: &mut Ctx,
    a: &Args<'_>,
    name: &str,
) -> PyResult<(Vec<u8>, Vec<u8>, usize, usize)> {
    argcheck::no_kw(cx, a, name)?;
    argcheck::takes(cx, a, name, 1, 1, 3)?;
    let start = slice_index(cx, a.get(2))?;
    let end = slice_index(cx, a.get(3))?;
    let sub = sub_arg(cx, a.get(1))?;
    let d = bytes_data(a.get(0));
    let (s, e) = adjust_span(start, end, d.len());
    Ok((d, sub, s, e))
}

fn find_impl(cx: &mut Ctx, a: &Args<'_>, name: &str, rev: bool) -> PyResult<i64> {
    let (d, sub, s, e) = search_args(cx, a, name)?;
    Ok(find_sub(&d, &sub, s, e, rev).map_or(-1, |i| i as i64))
}

pub(crate) fn m_find(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    find_impl(cx, &a, "find", false).map(Value::int)
}
pub(crate) fn m_rfind(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    find_impl(cx, &a, "rfind", true).map(Value::int)
}
pub(crate) fn m_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    match find_impl(cx, &a, "index", false)? {
        -1 => Err(value_error(cx, "subsection not found")),
        i => Ok(Value::int(i)),
    }
}
pub(crate) fn m_rindex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    match find_impl(cx, &a, "rindex", true)? {
        -1 => Err(value_error(cx, "subsection not found")),
        i => Ok(Value::int(i)),
    }
}
pub(crate) fn m_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (d, sub, s, e) = search_args(cx, &a, "count")?;
    if s > d.len() || s > e {
        return Ok(Value::int(0));
    }
    Ok(Value::int(count_sub(&d[s..e], &sub) as i64))
}

fn affix(cx: &mut Ctx, a: &Args<'_>, end: bool) -> PyResult<Value> {
    let name = if end { "endswith" } else { "startswith" };
    argcheck::no_kw(cx, a, name)?;
    argcheck::takes(cx, a, name, 1, 1, 3)?;
    let start = slice_index(cx, a.get(2))?;
    let stop = slice_index(cx, a.get(3))?;
    let d = bytes_data(a.get(0));
    let (s, e) = adjust_span(start, stop, d.len());
    let window = (s <= d.len() && s <= e).then(|| &d[s..e]);
    let test = |x: &[u8]| {
        window.is_some_and(|w| {
            if end {
                w.ends_with(x)
            } else {
                w.starts_with(x)
            }
        })
    };
    let p = a.get(1);
    if is_tuple(p) {
        for i in 0..tuple_len(p) {
            let x = buf_arg(cx, tuple_get(p, i))?;
            if test(&x) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    if !is_bytes_like(p) {
        let msg = format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(type_of(p))
        );
        return Err(type_error(cx, &msg));
    }
    Ok(py_bool(test(&bytes_data(p))))
}
pub(crate) fn m_startswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix(cx, &a, false)
}
pub(crate) fn m_endswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix(cx, &a, true)
}

// --- split family ------------------------------------------------------------------------------

const SPLIT: Params = Params {
    fname: "split",
    names: &["sep", "maxsplit"],
    posonly: 0,
    required: 0,
};
const RSPLIT: Params = Params {
    fname: "rsplit",
    ..SPLIT
};

fn split_args(cx: &mut Ctx, a: &Args<'_>, p: &Params) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep, maxsplit] = argparse::parse(cx, a, 1, p)?;
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
        argparse::ssize(cx, maxsplit)?
    };
    Ok((sep, max))
}

/// Splits at runs of ASCII whitespace, at most `max` times (negative: no limit); `rev`
/// splits from the right. The unsplit remainder keeps its inner and far-side whitespace.
fn split_ws(d: &[u8], max: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if !rev {
        let mut i = 0;
        loop {
            while i < d.len() && is_space(d[i]) {
                i += 1;
            }
            if i == d.len() {
                break;
            }
            if max >= 0 && parts.len() as i64 == max {
                parts.push(d[i..].to_vec());
                break;
            }
            let start = i;
            while i < d.len() && !is_space(d[i]) {
                i += 1;
            }
            parts.push(d[start..i].to_vec());
        }
    } else {
        let mut i = d.len();
        loop {
            while i > 0 && is_space(d[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if max >= 0 && parts.len() as i64 == max {
                parts.push(d[..i].to_vec());
                break;
            }
            let end = i;
            while i > 0 && !is_space(d[i - 1]) {
                i -= 1;
            }
            parts.push(d[i..end].to_vec());
        }
        parts.reverse();
    }
    parts
}

fn split_sep(d: &[u8], sep: &[u8], max: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if !rev {
        let mut start = 0;
        while max < 0 || (parts.len() as i64) < max {
            match find_sub(d, sep, start, d.len(), false) {
                Some(p) => {
                    parts.push(d[start..p].to_vec());
                    start = p + sep.len();
                }
                None => break,
            }
        }
        parts.push(d[start..].to_vec());
    } else {
        let mut end = d.len();
        while max < 0 || (parts.len() as i64) < max {
            match find_sub(d, sep, 0, end, true) {
                Some(p) => {
                    parts.push(d[p + sep.len()..end].to_vec());
                    end = p;
                }
                None => break,
            }
        }
        parts.push(d[..end].to_vec());
        parts.reverse();
    }
    parts
}

pub(crate) fn m_split(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (sep, max) = split_args(cx, &a, &SPLIT)?;
    let d = bytes_data(a.get(0));
    let parts = match sep {
        None => split_ws(&d, max, false),
        Some(s) => split_sep(&d, &s, max, false),
    };
    parts_to_list(cx, a.get(0), parts)
}
pub(crate) fn m_rsplit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (sep, max) = split_args(cx, &a, &RSPLIT)?;
    let d = bytes_data(a.get(0));
    let parts = match sep {
        None => split_ws(&d, max, true),
        Some(s) => split_sep(&d, &s, max, true),
    };
    parts_to_list(cx, a.get(0), parts)
}

const SPLITLINES: Params = Params {
    fname: "splitlines",
    names: &["keepends"],
    posonly: 0,
    required: 0,
};

pub(crate) fn m_splitlines(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [keep] = argparse::parse(cx, &a, 1, &SPLITLINES)?;
    let keep = crate::objects::str_search::keepends_arg(cx, keep)?;
    let d = bytes_data(a.get(0));
    let mut parts = Vec::new();
    let (mut i, mut start) = (0, 0);
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

// --- strip, replace, partition, join -----------------------------------------------------------

fn strip_impl(cx: &mut Ctx, a: &Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let q = format!("{}.{name}", kind_name(a.get(0)));
    argcheck::range(cx, a, &q, name, 0, 1)?;
    let chars = a.get(1);
    let set = if chars.is_null() || chars == none() {
        None
    } else {
        Some(buf_arg(cx, chars)?)
    };
    let d = bytes_data(a.get(0));
    let strip = |b: u8| set.as_ref().map_or(is_space(b), |s| s.contains(&b));
    let (mut s, mut e) = (0, d.len());
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
pub(crate) fn m_strip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, &a, "strip", true, true)
}
pub(crate) fn m_lstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, &a, "lstrip", true, false)
}
pub(crate) fn m_rstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, &a, "rstrip", false, true)
}

pub(crate) fn m_replace(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let q = format!("{}.replace", kind_name(a.get(0)));
    argcheck::range(cx, &a, &q, "replace", 2, 3)?;
    let old = buf_arg(cx, a.get(1))?;
    let new = buf_arg(cx, a.get(2))?;
    let count = if a.len() > 3 {
        argparse::ssize(cx, a.get(3))?
    } else {
        -1
    };
    let d = bytes_data(a.get(0));
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(d.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &b) in d.iter().enumerate() {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
            let _ = i;
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while n < limit {
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
    }
    like(cx, a.get(0), &out)
}

fn partition_impl(cx: &mut Ctx, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    argcheck::one(cx, a, &format!("{}.{name}", kind_name(a.get(0))))?;
    let sep = buf_arg(cx, a.get(1))?;
    if sep.is_empty() {
        return Err(value_error(cx, "empty separator"));
    }
    let d = bytes_data(a.get(0));
    let recv = a.get(0);
    let (x, y, z) = match find_sub(&d, &sep, 0, d.len(), rev) {
        Some(p) => (d[..p].to_vec(), sep.clone(), d[p + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), d.clone()),
        None => (d.clone(), Vec::new(), Vec::new()),
    };
    let mark = cx.handle_mark();
    let vx = like(cx, recv, &x)?;
    let hx = cx.root(vx);
    let vy = like(cx, recv, &y)?;
    let hy = cx.root(vy);
    let vz = like(cx, recv, &z)?;
    let (vx, vy) = (cx.get(hx), cx.get(hy));
    cx.pop_handles(mark);
    new_tuple(cx, &[vx, vy, vz])
}
pub(crate) fn m_partition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, &a, false)
}
pub(crate) fn m_rpartition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, &a, true)
}

pub(crate) fn m_join(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, &format!("{}.join", kind_name(a.get(0))))?;
    let it = a.get(1);
    if !crate::ops::iter::is_iterable(cx, it) {
        return Err(type_error(cx, "can only join an iterable"));
    }
    let seq = crate::ops::iter::to_seq(cx, it)?;
    let items = if is_tuple(seq) {
        crate::objects::tuple::tuple_items(seq)
    } else {
        crate::objects::list::list_items(seq)
    };
    let sep = bytes_data(a.get(0));
    let mut out = Vec::new();
    for (i, &item) in items.iter().enumerate() {
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

fn affix_remove(cx: &mut Ctx, a: &Args<'_>, suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    argcheck::one(cx, a, &format!("{}.{name}", kind_name(a.get(0))))?;
    let p = buf_arg(cx, a.get(1))?;
    let d = bytes_data(a.get(0));
    let r = if suffix {
        d.strip_suffix(&p[..])
    } else {
        d.strip_prefix(&p[..])
    };
    like(cx, a.get(0), r.unwrap_or(&d))
}
pub(crate) fn m_removeprefix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix_remove(cx, &a, false)
}
pub(crate) fn m_removesuffix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix_remove(cx, &a, true)
}
