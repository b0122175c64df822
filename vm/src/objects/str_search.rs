//! `str` methods that search and cut: find/rfind/index/rindex/count, startswith/endswith,
//! split/rsplit/splitlines, strip/lstrip/rstrip, replace, partition/rpartition.
//!
//! Indexes in arguments and results are character indexes. The text is UTF-8: ASCII
//! strings (the common case) convert indexes for free, others through [`Text`].

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::objects::argcheck;
use crate::objects::argparse::{self, adjust_span, slice_index, Params};
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::list::{list_append, new_list};
use crate::objects::str::{as_str, char_len, is_ascii, is_str, is_str_like, new_str, str_value};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::objects::unicode;
use crate::runtime::{none, py_bool};
use crate::value::Value;

/// A str's text with character/byte index conversion.
pub struct Text {
    /// The UTF-8 text.
    pub s: &'static str,
    /// Whether every character is ASCII (byte index = character index).
    pub ascii: bool,
    /// Number of characters.
    pub len: usize,
}

impl Text {
    /// The text of a str or str-subclass instance.
    pub fn of(v: Value) -> Text {
        let sv = str_value(v);
        Text {
            s: as_str(sv),
            ascii: is_ascii(sv),
            len: char_len(sv),
        }
    }

    /// Byte offset of character `i` (`i <= len`).
    pub fn byte(&self, i: usize) -> usize {
        if self.ascii {
            return i;
        }
        self.s
            .char_indices()
            .nth(i)
            .map_or(self.s.len(), |(o, _)| o)
    }

    /// Byte range of characters `from..to` (`from <= to <= len`).
    pub fn bytes(&self, from: usize, to: usize) -> (usize, usize) {
        if self.ascii {
            return (from, to);
        }
        let b = self.byte(from);
        let e = b + self.s[b..]
            .char_indices()
            .nth(to - from)
            .map_or(self.s.len() - b, |(o, _)| o);
        (b, e)
    }

    /// Character index of byte offset `b`.
    pub fn char(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s[..b].chars().count()
        }
    }
}

/// The text of argument `v`, which must be a str: `must be str, not T` otherwise.
pub fn str_or_type_error(cx: &mut Ctx, v: Value) -> PyResult<&'static str> {
    if is_str_like(v) {
        return Ok(as_str(str_value(v)));
    }
    let msg = format!("must be str, not {}", type_name(type_of(v)));
    Err(type_error(cx, &msg))
}

/// A list of new strs.
pub fn strs_to_list(cx: &mut Ctx, parts: &[&str]) -> PyResult<Value> {
    let l = new_list(cx, &[])?;
    let h = cx.root(l);
    for p in parts {
        let v = new_str(cx, p)?;
        let l = cx.get(h);
        list_append(cx, l, v)?;
    }
    let l = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(l)
}

/// `self` unchanged if it is exactly a str, else a new str with `s`.
fn same_or_new(cx: &mut Ctx, recv: Value, s: &str) -> PyResult<Value> {
    if is_str(recv) && s.len() == as_str(recv).len() {
        return Ok(recv);
    }
    new_str(cx, s)
}

// --- find family -------------------------------------------------------------------------------

/// Parses `(sub[, start[, end]])` for `name` and returns the text, the substring and the
/// adjusted character span.
fn search_args(
    cx: &mut Ctx,
    a: &Args<'_>,
    name: &str,
) -> PyResult<(Text, &'static str, usize, usize)> {
    argcheck::no_kw(cx, a, name)?;
    argcheck::takes(cx, a, name, 1, 1, 3)?;
    // The bounds may run `__index__` (a safepoint): convert them before reading any text.
    let start = slice_index(cx, a.get(2))?;
    let end = slice_index(cx, a.get(3))?;
    let sub = str_or_type_error(cx, a.get(1))?;
    let t = Text::of(a.get(0));
    let (s, e) = adjust_span(start, end, t.len);
    Ok((t, sub, s, e))
}

/// The character index of `sub` in `t[s:e]` (from the right if `rev`), like `str.find`.
fn find_in(t: &Text, sub: &str, s: usize, e: usize, rev: bool) -> Option<usize> {
    if s > t.len || s > e {
        return None;
    }
    if sub.is_empty() {
        return Some(if rev { e } else { s });
    }
    let (bs, be) = t.bytes(s, e);
    let hay = &t.s[bs..be];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    r.map(|b| t.char(bs + b))
}

fn find_impl(cx: &mut Ctx, a: &Args<'_>, name: &str, rev: bool) -> PyResult<i64> {
    let (t, sub, s, e) = search_args(cx, a, name)?;
    Ok(find_in(&t, sub, s, e, rev).map_or(-1, |i| i as i64))
}

pub(crate) fn s_find(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    find_impl(cx, &a, "find", false).map(Value::int)
}
pub(crate) fn s_rfind(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    find_impl(cx, &a, "rfind", true).map(Value::int)
}
pub(crate) fn s_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = find_impl(cx, &a, "index", false)?;
    if i < 0 {
        return Err(value_error(cx, "substring not found"));
    }
    Ok(Value::int(i))
}
pub(crate) fn s_rindex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = find_impl(cx, &a, "rindex", true)?;
    if i < 0 {
        return Err(value_error(cx, "substring not found"));
    }
    Ok(Value::int(i))
}
pub(crate) fn s_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (t, sub, s, e) = search_args(cx, &a, "count")?;
    if s > t.len || s > e {
        return Ok(Value::int(0));
    }
    let n = if sub.is_empty() {
        e - s + 1
    } else {
        let (bs, be) = t.bytes(s, e);
        t.s[bs..be].matches(sub).count()
    };
    Ok(Value::int(n as i64))
}

fn affix_check(cx: &mut Ctx, a: Args<'_>, end: bool) -> PyResult<Value> {
    let what = if end { "endswith" } else { "startswith" };
    argcheck::no_kw(cx, &a, what)?;
    argcheck::takes(cx, &a, what, 1, 1, 3)?;
    let start = slice_index(cx, a.get(2))?;
    let stop = slice_index(cx, a.get(3))?;
    let t = Text::of(a.get(0));
    let (s, e) = adjust_span(start, stop, t.len);
    let window = if s > t.len || s > e {
        None
    } else {
        let (bs, be) = t.bytes(s, e);
        Some(&t.s[bs..be])
    };
    let matches = |x: &str| {
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
            let x = tuple_get(p, i);
            if !is_str_like(x) {
                let msg = format!(
                    "tuple for {what} must only contain str, not {}",
                    type_name(type_of(x))
                );
                return Err(type_error(cx, &msg));
            }
            if matches(as_str(str_value(x))) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    if !is_str_like(p) {
        let msg = format!(
            "{what} first arg must be str or a tuple of str, not {}",
            type_name(type_of(p))
        );
        return Err(type_error(cx, &msg));
    }
    Ok(py_bool(matches(as_str(str_value(p)))))
}
pub(crate) fn s_startswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix_check(cx, a, false)
}
pub(crate) fn s_endswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    affix_check(cx, a, true)
}

// --- split family ------------------------------------------------------------------------------

/// Splits at runs of whitespace, at most `max` times (negative: no limit), from the left.
fn split_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        match rest.find(unicode::is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(unicode::is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Splits at runs of whitespace, at most `max` times, from the right.
fn rsplit_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(unicode::is_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        match rest.rfind(unicode::is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + w..]);
                rest = rest[..i].trim_end_matches(unicode::is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

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

/// The separator (read after `maxsplit`, whose conversion may reach a safepoint).
fn split_args(cx: &mut Ctx, a: &Args<'_>, p: &Params) -> PyResult<(Option<&'static str>, i64)> {
    let [sep, maxsplit] = argparse::parse(cx, a, 1, p)?;
    let has_sep = !(sep.is_null() || sep == none());
    if has_sep && !is_str_like(sep) {
        let msg = format!("must be str or None, not {}", type_name(type_of(sep)));
        return Err(type_error(cx, &msg));
    }
    let max = if maxsplit.is_null() {
        -1
    } else {
        argparse::ssize(cx, maxsplit)?
    };
    // Re-read the separator from the argument slots: the collector kept them current.
    let [sep, _] = argparse::parse::<2>(cx, a, 1, p)?;
    if !has_sep {
        return Ok((None, max));
    }
    let s = as_str(str_value(sep));
    if s.is_empty() {
        return Err(value_error(cx, "empty separator"));
    }
    Ok((Some(s), max))
}

pub(crate) fn s_split(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (sep, max) = split_args(cx, &a, &SPLIT)?;
    let s = Text::of(a.get(0)).s;
    let parts: Vec<&str> = match sep {
        None => split_whitespace(s, max),
        Some(sep) if max < 0 => s.split(sep).collect(),
        Some(sep) => s.splitn(max as usize + 1, sep).collect(),
    };
    strs_to_list(cx, &parts)
}

pub(crate) fn s_rsplit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (sep, max) = split_args(cx, &a, &RSPLIT)?;
    let s = Text::of(a.get(0)).s;
    let parts: Vec<&str> = match sep {
        None => rsplit_whitespace(s, max),
        Some(sep) => {
            let mut v: Vec<&str> = if max < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).collect()
            };
            v.reverse();
            v
        }
    };
    strs_to_list(cx, &parts)
}

const SPLITLINES: Params = Params {
    fname: "splitlines",
    names: &["keepends"],
    posonly: 0,
    required: 0,
};

/// Whether `splitlines`'s `keepends` argument is true (it must be an int).
pub fn keepends_arg(cx: &mut Ctx, v: Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    Ok(argparse::c_int(cx, v)? != 0)
}

pub(crate) fn s_splitlines(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [keep] = argparse::parse(cx, &a, 1, &SPLITLINES)?;
    let keep = keepends_arg(cx, keep)?;
    let s = Text::of(a.get(0)).s;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((off, ch)) = it.next() {
        if !unicode::is_linebreak(ch) {
            continue;
        }
        let mut end = off + ch.len_utf8();
        if ch == '\r' && it.peek().is_some_and(|&(_, c)| c == '\n') {
            it.next();
            end += 1;
        }
        parts.push(if keep { &s[start..end] } else { &s[start..off] });
        start = end;
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    strs_to_list(cx, &parts)
}

// --- strip -------------------------------------------------------------------------------------

fn strip_impl(cx: &mut Ctx, a: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    argcheck::range(cx, &a, &format!("str.{name}"), name, 0, 1)?;
    let s = Text::of(a.get(0)).s;
    let chars = a.get(1);
    let r = if chars.is_null() || chars == none() {
        let mut r = s;
        if left {
            r = r.trim_start_matches(unicode::is_space);
        }
        if right {
            r = r.trim_end_matches(unicode::is_space);
        }
        r
    } else if is_str_like(chars) {
        let set = as_str(str_value(chars));
        let m = |c: char| set.contains(c);
        let mut r = s;
        if left {
            r = r.trim_start_matches(m);
        }
        if right {
            r = r.trim_end_matches(m);
        }
        r
    } else {
        return Err(type_error(cx, &format!("{name} arg must be None or str")));
    };
    same_or_new(cx, a.get(0), r)
}
pub(crate) fn s_strip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, a, "strip", true, true)
}
pub(crate) fn s_lstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, a, "lstrip", true, false)
}
pub(crate) fn s_rstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    strip_impl(cx, a, "rstrip", false, true)
}

// --- replace and partition -----------------------------------------------------------------------

fn must_str_arg(cx: &mut Ctx, v: Value, pos: usize, fname: &str) -> PyResult<&'static str> {
    if is_str_like(v) {
        return Ok(as_str(str_value(v)));
    }
    let msg = format!(
        "{fname}() argument {pos} must be str, not {}",
        argparse::arg_type_name(v)
    );
    Err(type_error(cx, &msg))
}

pub(crate) fn s_replace(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "str.replace", "replace", 2, 3)?;
    must_str_arg(cx, a.get(1), 1, "replace")?;
    must_str_arg(cx, a.get(2), 2, "replace")?;
    let count = if a.len() > 3 {
        argparse::ssize(cx, a.get(3))?
    } else {
        -1
    };
    let s = Text::of(a.get(0)).s;
    let (old, new) = (as_str(str_value(a.get(1))), as_str(str_value(a.get(2))));
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return same_or_new(cx, a.get(0), s);
    }
    let r = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    if r.len() > crate::runtime::alloc_limit() {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(r.len())));
    }
    new_str(cx, &r)
}

fn partition_impl(cx: &mut Ctx, a: Args<'_>, rev: bool) -> PyResult<Value> {
    let q = if rev {
        "str.rpartition"
    } else {
        "str.partition"
    };
    argcheck::one(cx, &a, q)?;
    let s = Text::of(a.get(0)).s;
    let sep = str_or_type_error(cx, a.get(1))?;
    if sep.is_empty() {
        return Err(value_error(cx, "empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let (x, y, z) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if rev => ("", "", s),
        None => (s, "", ""),
    };
    let mark = cx.handle_mark();
    let vx = new_str(cx, x)?;
    let hx = cx.root(vx);
    let vy = new_str(cx, y)?;
    let hy = cx.root(vy);
    let vz = new_str(cx, z)?;
    let (vx, vy) = (cx.get(hx), cx.get(hy));
    cx.pop_handles(mark);
    new_tuple(cx, &[vx, vy, vz])
}
pub(crate) fn s_partition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, a, false)
}
pub(crate) fn s_rpartition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, a, true)
}

pub(crate) fn s_removeprefix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "str.removeprefix")?;
    let s = Text::of(a.get(0)).s;
    let p = must_str_arg_named(cx, a.get(1), "removeprefix")?;
    same_or_new(cx, a.get(0), s.strip_prefix(p).unwrap_or(s))
}
pub(crate) fn s_removesuffix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "str.removesuffix")?;
    let s = Text::of(a.get(0)).s;
    let p = must_str_arg_named(cx, a.get(1), "removesuffix")?;
    same_or_new(cx, a.get(0), s.strip_suffix(p).unwrap_or(s))
}

fn must_str_arg_named(cx: &mut Ctx, v: Value, fname: &str) -> PyResult<&'static str> {
    if is_str_like(v) {
        return Ok(as_str(str_value(v)));
    }
    let msg = format!(
        "{fname}() argument must be str, not {}",
        argparse::arg_type_name(v)
    );
    Err(type_error(cx, &msg))
}
