//! Methods of `str`. Indexes in arguments and results are character indexes; the text is
//! UTF-8, so ASCII strings (the common case) index directly and others count characters.

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::native_table;
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::list::{list_items, new_list};
use crate::objects::str::{as_str, char_len, is_ascii, is_str, is_str_like, new_str, str_value};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::value::Value;

/// The text of `self` (a str or str-subclass instance).
pub fn text(v: Value) -> &'static str {
    as_str(str_value(v))
}

/// A str argument, or TypeError naming the method.
pub fn str_arg(cx: &mut Ctx, v: Value, method: &str) -> PyResult<&'static str> {
    if is_str_like(v) {
        Ok(text(v))
    } else {
        let msg = format!(
            "{method} arg must be None or str, not {}",
            type_name(type_of(v))
        );
        Err(type_error(cx, &msg))
    }
}

fn must_str(cx: &mut Ctx, v: Value, pos: usize, method: &str) -> PyResult<&'static str> {
    if is_str_like(v) {
        return Ok(text(v));
    }
    let msg = format!(
        "{method}() argument {pos} must be str, not {}",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

/// Resolves optional `start`/`end` arguments (slice semantics) to character indexes.
fn span(cx: &mut Ctx, a: &Args<'_>, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        let l = len as i64;
        (if i < 0 { (i + l).max(0) } else { i.min(l) }) as usize
    };
    let get = |cx: &mut Ctx, i: usize| -> PyResult<Option<i64>> {
        let v = a.get(i);
        if v.is_null() || v == none() {
            return Ok(None);
        }
        let x = crate::ops::number::index(cx, v)?;
        Ok(Some(crate::objects::int::to_i64(x).unwrap_or(
            if crate::objects::int::sign(x) < 0 {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            },
        )))
    };
    let s = get(cx, first)?.map_or(0, norm);
    let e = get(cx, first + 1)?.map_or(len, norm);
    Ok((s, e))
}

fn byte_range(s: &str, ascii: bool, from: usize, to: usize) -> (usize, usize) {
    if ascii {
        return (from, to.max(from));
    }
    let mut it = s
        .char_indices()
        .map(|(o, _)| o)
        .chain(std::iter::once(s.len()));
    let mut b = (s.len(), s.len());
    let mut k = 0;
    for o in it.by_ref() {
        if k == from {
            b.0 = o;
        }
        if k == to {
            b.1 = o;
            break;
        }
        k += 1;
    }
    if to <= from {
        b.1 = b.0;
    }
    b
}

fn char_index_of(s: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        byte
    } else {
        s[..byte].chars().count()
    }
}

fn s_len(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(char_len(str_value(a.get(0))) as i64))
}
fn s_str(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if is_str(v) {
        return Ok(v);
    }
    new_str(cx, text(v))
}
fn s_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_str(cx, &crate::objects::str::str_repr(text(a.get(0))))
}
fn s_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::int::from_i64(cx, crate::objects::str::str_hash(str_value(a.get(0))))
}
fn s_cmp(cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !is_str_like(y) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    crate::ops::compare::compare(cx, str_value(x), str_value(y), op)
}
fn s_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    s_cmp(cx, a, CmpOp::Eq)
}
fn s_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    s_cmp(cx, a, CmpOp::Ne)
}
fn s_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    s_cmp(cx, a, CmpOp::Lt)
}
fn s_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    s_cmp(cx, a, CmpOp::Le)
}
fn s_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    s_cmp(cx, a, CmpOp::Gt)
}
fn s_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    s_cmp(cx, a, CmpOp::Ge)
}
fn s_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::compare::contains(cx, str_value(a.get(0)), a.get(1)).map(py_bool)
}
fn s_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::subscript::getitem(cx, str_value(a.get(0)), a.get(1))
}
fn s_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::iter::get_iter(cx, str_value(a.get(0)))
}
fn s_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let y = a.get(1);
    if !is_str_like(y) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    crate::objects::str::concat(cx, str_value(a.get(0)), str_value(y))
}
fn s_mul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    match crate::ops::seq::seq_binop(cx, str_value(a.get(0)), a.get(1), BinOp::Mul)? {
        Some(v) => Ok(v),
        None => Ok(SINGLETONS.not_implemented.get()),
    }
}
fn s_mod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::format::percent_format(cx, str_value(a.get(0)), a.get(1))
}
fn s_rmod(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(SINGLETONS.not_implemented.get())
}
fn s_format_spec(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let spec = must_str(cx, a.get(1), 1, "format")?;
    crate::ops::format::format(cx, str_value(a.get(0)), spec)
}

/// `str(x)`, `str(b, encoding, errors)`.
fn s_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let x = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("object").unwrap_or(Value::NULL)
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
    let v = if x.is_null() {
        crate::objects::str::intern(cx, "")?
    } else if !enc.is_null() || !errors.is_null() {
        if !crate::objects::bytes::is_bytes_like(x) {
            let msg = format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(type_of(x))
            );
            return Err(type_error(cx, &msg));
        }
        let e = if enc.is_null() { "utf-8" } else { text(enc) };
        let err = if errors.is_null() {
            "strict"
        } else {
            text(errors)
        };
        crate::objects::bytes_methods::decode(cx, &crate::objects::bytes::bytes_data(x), e, err)?
    } else {
        crate::ops::repr::to_str(cx, x)?
    };
    if cls == types().str.get() || cls.is_null() {
        return Ok(v);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, v)
}

fn s_join(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let sep = text(a.get(0));
    let it = a.get(1);
    let seq = crate::ops::iter::to_seq(cx, it)?;
    let items = if is_tuple(seq) {
        crate::objects::tuple::tuple_items(seq)
    } else {
        list_items(seq)
    };
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if !is_str_like(*v) {
            let msg = format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(type_of(*v))
            );
            return Err(type_error(cx, &msg));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(text(*v));
    }
    new_str(cx, &out)
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            out.push(rest);
            return out;
        }
        match rest.find(char::is_whitespace) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start();
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end();
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(char::is_whitespace) {
            Some(i) => {
                let ch = rest[i..].chars().next().expect("char");
                out.push(&rest[i + ch.len_utf8()..]);
                rest = rest[..i].trim_end();
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

fn split_args(cx: &mut Ctx, a: &Args<'_>) -> PyResult<(Option<&'static str>, i64)> {
    let sep = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("sep").unwrap_or(Value::NULL)
    };
    let maxv = if a.len() > 2 {
        a.get(2)
    } else {
        a.kw("maxsplit").unwrap_or(Value::NULL)
    };
    let sep = if sep.is_null() || sep == none() {
        None
    } else {
        let s = must_str(cx, sep, 1, "split")?;
        if s.is_empty() {
            return Err(value_error(cx, "empty separator"));
        }
        Some(s)
    };
    let max = if maxv.is_null() {
        -1
    } else {
        crate::ops::number::index_i64(cx, maxv)?
    };
    Ok((sep, max))
}

fn strs_to_list(cx: &mut Ctx, parts: &[&str]) -> PyResult<Value> {
    let l = new_list(cx, &[])?;
    let h = cx.root(l);
    for p in parts {
        let v = new_str(cx, p)?;
        let l = cx.get(h);
        crate::objects::list::list_append(cx, l, v)?;
    }
    let l = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(l)
}

fn s_split(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let (sep, max) = split_args(cx, &a)?;
    let parts: Vec<&str> = match sep {
        None => split_whitespace(s, max),
        Some(sep) => {
            if max < 0 {
                s.split(sep).collect()
            } else {
                s.splitn(max as usize + 1, sep).collect()
            }
        }
    };
    strs_to_list(cx, &parts)
}
fn s_rsplit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let (sep, max) = split_args(cx, &a)?;
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

fn strip_chars(cx: &mut Ctx, a: &Args<'_>) -> PyResult<Option<&'static str>> {
    let c = a.get(1);
    if c.is_null() || c == none() {
        return Ok(None);
    }
    str_arg(cx, c, "strip").map(Some)
}
fn s_strip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let r = match strip_chars(cx, &a)? {
        None => s.trim(),
        Some(c) => s.trim_matches(|ch| c.contains(ch)),
    };
    if r.len() == s.len() && is_str(a.get(0)) {
        return Ok(a.get(0));
    }
    new_str(cx, r)
}
fn s_lstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let r = match strip_chars(cx, &a)? {
        None => s.trim_start(),
        Some(c) => s.trim_start_matches(|ch| c.contains(ch)),
    };
    new_str(cx, r)
}
fn s_rstrip(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let r = match strip_chars(cx, &a)? {
        None => s.trim_end(),
        Some(c) => s.trim_end_matches(|ch| c.contains(ch)),
    };
    if r.len() == s.len() && is_str(a.get(0)) {
        return Ok(a.get(0));
    }
    new_str(cx, r)
}
fn s_replace(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let old = must_str(cx, a.get(1), 1, "replace")?;
    let new = must_str(cx, a.get(2), 2, "replace")?;
    let count = if a.len() > 3 {
        crate::ops::number::index_i64(cx, a.get(3))?
    } else {
        -1
    };
    let r = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    new_str(cx, &r)
}

fn prefix_check(cx: &mut Ctx, a: Args<'_>, end: bool) -> PyResult<Value> {
    let s = text(a.get(0));
    let what = if end { "endswith" } else { "startswith" };
    let (from, to) = span(cx, &a, 2, char_len(str_value(a.get(0))))?;
    let (bf, bt) = byte_range(s, is_ascii(str_value(a.get(0))), from, to);
    let sub = if from > char_len(str_value(a.get(0))) {
        None
    } else {
        Some(&s[bf..bt])
    };
    let p = a.get(1);
    let check = |x: &str| match sub {
        None => false,
        Some(t) => {
            if end {
                t.ends_with(x)
            } else {
                t.starts_with(x)
            }
        }
    };
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
            if check(text(x)) {
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
    Ok(py_bool(check(text(p))))
}
fn s_startswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    prefix_check(cx, a, false)
}
fn s_endswith(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    prefix_check(cx, a, true)
}

fn find_impl(cx: &mut Ctx, a: &Args<'_>, rev: bool, name: &str) -> PyResult<i64> {
    let sv = str_value(a.get(0));
    let s = as_str(sv);
    let sub = must_str(cx, a.get(1), 1, name)?;
    let len = char_len(sv);
    let (from, to) = span(cx, a, 2, len)?;
    if from > len || (to < from) {
        return Ok(-1);
    }
    let ascii = is_ascii(sv);
    let (bf, bt) = byte_range(s, ascii, from, to);
    let hay = &s[bf..bt];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(b) => (char_index_of(s, ascii, bf + b)) as i64,
        None => -1,
    })
}
fn s_find(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    find_impl(cx, &a, false, "find").map(Value::int)
}
fn s_rfind(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    find_impl(cx, &a, true, "rfind").map(Value::int)
}
fn s_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = find_impl(cx, &a, false, "index")?;
    if i < 0 {
        return Err(value_error(cx, "substring not found"));
    }
    Ok(Value::int(i))
}
fn s_rindex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = find_impl(cx, &a, true, "rindex")?;
    if i < 0 {
        return Err(value_error(cx, "substring not found"));
    }
    Ok(Value::int(i))
}
fn s_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let sv = str_value(a.get(0));
    let s = as_str(sv);
    let sub = must_str(cx, a.get(1), 1, "count")?;
    let len = char_len(sv);
    let (from, to) = span(cx, &a, 2, len)?;
    if from > len || to < from {
        return Ok(Value::int(0));
    }
    let (bf, bt) = byte_range(s, is_ascii(sv), from, to);
    let hay = &s[bf..bt];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::int(n as i64))
}
fn map_str(cx: &mut Ctx, a: &Args<'_>, f: impl Fn(&str) -> String) -> PyResult<Value> {
    let r = f(text(a.get(0)));
    new_str(cx, &r)
}
fn s_upper(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_str(cx, &a, |s| s.to_uppercase())
}
fn s_lower(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_str(cx, &a, |s| s.to_lowercase())
}
fn s_capitalize(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_str(cx, &a, |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f
                .to_uppercase()
                .chain(c.flat_map(|x| x.to_lowercase()))
                .collect(),
            None => String::new(),
        }
    })
}
fn s_title(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_str(cx, &a, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for ch in s.chars() {
            if prev_cased {
                out.extend(ch.to_lowercase());
            } else {
                out.extend(ch.to_uppercase());
            }
            prev_cased = ch.is_alphabetic();
        }
        out
    })
}
fn s_swapcase(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_str(cx, &a, |s| {
        s.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect::<Vec<_>>()
                }
            })
            .collect()
    })
}
fn pred(a: &Args<'_>, f: impl Fn(char) -> bool) -> Value {
    let s = text(a.get(0));
    py_bool(!s.is_empty() && s.chars().all(f))
}
fn s_isdigit(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |c| {
        c.is_ascii_digit()
            || c.to_digit(10).is_some()
            || ('\u{2070}'..='\u{2079}').contains(&c)
            || ('\u{2080}'..='\u{2089}').contains(&c)
            || c == '\u{b2}'
            || c == '\u{b3}'
            || c == '\u{b9}'
    }))
}
fn s_isdecimal(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |c| {
        c.is_ascii_digit() || (c.is_numeric() && c.to_digit(10).is_some())
    }))
}
fn s_isnumeric(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |c| c.is_numeric()))
}
fn s_isalpha(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |c| c.is_alphabetic()))
}
fn s_isalnum(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |c| c.is_alphanumeric()))
}
fn s_isspace(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(pred(&a, |c| c.is_whitespace()))
}
fn cased_check(a: &Args<'_>, upper: bool) -> Value {
    let s = text(a.get(0));
    let mut any = false;
    for c in s.chars() {
        if c.is_lowercase() {
            if upper {
                return py_bool(false);
            }
            any = true;
        } else if c.is_uppercase() {
            if !upper {
                return py_bool(false);
            }
            any = true;
        }
    }
    py_bool(any)
}
fn s_isupper(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(cased_check(&a, true))
}
fn s_islower(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(cased_check(&a, false))
}
fn s_isidentifier(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let mut c = s.chars();
    let ok = match c.next() {
        Some(f) => (f.is_alphabetic() || f == '_') && c.all(|x| x.is_alphanumeric() || x == '_'),
        None => false,
    };
    Ok(py_bool(ok))
}
fn s_isascii(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(text(a.get(0)).is_ascii()))
}
fn pad_args(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<(usize, char)> {
    let w = crate::ops::number::index_i64(cx, a.get(1))?;
    let fill = a.get(2);
    let ch = if fill.is_null() {
        ' '
    } else {
        let f = must_str(cx, fill, 2, name)?;
        let mut it = f.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => c,
            _ => {
                return Err(type_error(
                    cx,
                    "The fill character must be exactly one character long",
                ));
            }
        }
    };
    Ok((w.max(0) as usize, ch))
}
fn s_center(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (w, ch) = pad_args(cx, &a, "center")?;
    let s = text(a.get(0));
    let n = s.chars().count();
    if n >= w {
        return new_str(cx, s);
    }
    let total = w - n;
    // CPython puts the extra character on the left when the margin and width are odd.
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let f = ch.to_string();
    new_str(cx, &format!("{}{s}{}", f.repeat(left), f.repeat(right)))
}
fn s_ljust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (w, ch) = pad_args(cx, &a, "ljust")?;
    let s = text(a.get(0));
    let n = s.chars().count();
    if n >= w {
        return new_str(cx, s);
    }
    new_str(cx, &format!("{s}{}", ch.to_string().repeat(w - n)))
}
fn s_rjust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (w, ch) = pad_args(cx, &a, "rjust")?;
    let s = text(a.get(0));
    let n = s.chars().count();
    if n >= w {
        return new_str(cx, s);
    }
    new_str(cx, &format!("{}{s}", ch.to_string().repeat(w - n)))
}
fn s_zfill(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let w = crate::ops::number::index_i64(cx, a.get(1))?.max(0) as usize;
    let s = text(a.get(0));
    let n = s.chars().count();
    if n >= w {
        return new_str(cx, s);
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    new_str(cx, &format!("{sign}{}{rest}", "0".repeat(w - n)))
}
fn partition_impl(cx: &mut Ctx, a: Args<'_>, rev: bool) -> PyResult<Value> {
    let s = text(a.get(0));
    let sep = must_str(
        cx,
        a.get(1),
        1,
        if rev { "rpartition" } else { "partition" },
    )?;
    if sep.is_empty() {
        return Err(value_error(cx, "empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let (x, y, z) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None => {
            if rev {
                ("", "", s)
            } else {
                (s, "", "")
            }
        }
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
fn s_partition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, a, false)
}
fn s_rpartition(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    partition_impl(cx, a, true)
}
fn s_splitlines(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let keep = {
        let k = if a.len() > 1 {
            a.get(1)
        } else {
            a.kw("keepends").unwrap_or(Value::NULL)
        };
        !k.is_null() && crate::ops::compare::truthy(cx, k)?
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (off, ch) = chars[i];
        let is_break = matches!(
            ch,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = off + ch.len_utf8();
            if ch == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            parts.push(if keep { &s[start..end] } else { &s[start..off] });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    strs_to_list(cx, &parts)
}
fn s_encode(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
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
    let e = if enc.is_null() { "utf-8" } else { text(enc) };
    let err = if errors.is_null() {
        "strict"
    } else {
        text(errors)
    };
    let bytes = crate::objects::bytes_methods::encode(cx, s, e, err)?;
    crate::objects::bytes::new_bytes(cx, &bytes)
}
fn s_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::str_format::str_format(cx, a)
}
fn s_format_map(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::str_format::str_format_map(cx, a.get(0), a.get(1))
}
fn s_removeprefix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let p = must_str(cx, a.get(1), 1, "removeprefix")?;
    new_str(cx, s.strip_prefix(p).unwrap_or(s))
}
fn s_removesuffix(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = text(a.get(0));
    let p = must_str(cx, a.get(1), 1, "removesuffix")?;
    new_str(cx, s.strip_suffix(p).unwrap_or(s))
}
fn s_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = str_value(a.get(0));
    new_tuple(cx, &[v])
}

/// Methods of `str` (more are added by `str_methods_ext.rs`).
pub static STR_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => s_new,
    Method "__len__" => s_len,
    Method "__str__" => s_str,
    Method "__repr__" => s_repr,
    Method "__hash__" => s_hash,
    Method "__eq__" => s_eq, Method "__ne__" => s_ne,
    Method "__lt__" => s_lt, Method "__le__" => s_le,
    Method "__gt__" => s_gt, Method "__ge__" => s_ge,
    Method "__contains__" => s_contains,
    Method "__getitem__" => s_getitem,
    Method "__iter__" => s_iter,
    Method "__add__" => s_add,
    Method "__mul__" => s_mul, Method "__rmul__" => s_mul,
    Method "__mod__" => s_mod, Method "__rmod__" => s_rmod,
    Method "__format__" => s_format_spec,
    Method "__getnewargs__" => s_getnewargs,
    Method "join" => s_join,
    Method "split" => s_split, Method "rsplit" => s_rsplit,
    Method "strip" => s_strip, Method "lstrip" => s_lstrip, Method "rstrip" => s_rstrip,
    Method "replace" => s_replace,
    Method "startswith" => s_startswith, Method "endswith" => s_endswith,
    Method "find" => s_find, Method "rfind" => s_rfind,
    Method "index" => s_index, Method "rindex" => s_rindex,
    Method "count" => s_count,
    Method "upper" => s_upper, Method "lower" => s_lower,
    Method "capitalize" => s_capitalize, Method "title" => s_title,
    Method "swapcase" => s_swapcase,
    Method "isdigit" => s_isdigit, Method "isdecimal" => s_isdecimal,
    Method "isnumeric" => s_isnumeric, Method "isalpha" => s_isalpha,
    Method "isalnum" => s_isalnum, Method "isspace" => s_isspace,
    Method "isupper" => s_isupper, Method "islower" => s_islower,
    Method "isidentifier" => s_isidentifier, Method "isascii" => s_isascii,
    Method "center" => s_center, Method "ljust" => s_ljust, Method "rjust" => s_rjust,
    Method "zfill" => s_zfill,
    Method "partition" => s_partition, Method "rpartition" => s_rpartition,
    Method "splitlines" => s_splitlines,
    Method "encode" => s_encode,
    Method "format" => s_format,
    Method "format_map" => s_format_map,
    Method "removeprefix" => s_removeprefix, Method "removesuffix" => s_removesuffix,
];

/// Keeps `exceptions` referenced for error helpers used by sibling modules.
#[allow(dead_code)]
fn _errors(cx: &mut Ctx) -> crate::ctx::Raised {
    exceptions::value_error(cx, "")
}
