//! `str` methods that make new text from old: case conversion, the `is*` predicates,
//! padding (center/ljust/rjust/zfill), expandtabs, translate and maketrans, and encode.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::objects::argcheck;
use crate::objects::argparse::{self, Params};
use crate::objects::dict::{self, dict_set, is_dict_like, new_dict};
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{self, int_value};
use crate::objects::str::{as_str, is_str, is_str_like, new_str, str_value};
use crate::objects::str_search::Text;
use crate::objects::typeobj::{type_name, type_of};
use crate::objects::unicode;
use crate::runtime::{none, py_bool};
use crate::value::Value;

// --- case ----------------------------------------------------------------------------------------

fn map_text(cx: &mut Ctx, a: &Args<'_>, q: &str, f: fn(&str) -> String) -> PyResult<Value> {
    argcheck::none(cx, a, q)?;
    let r = f(Text::of(a.get(0)).s);
    new_str(cx, &r)
}

pub(crate) fn s_upper(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_text(cx, &a, "str.upper", unicode::upper)
}
pub(crate) fn s_lower(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_text(cx, &a, "str.lower", unicode::lower)
}
pub(crate) fn s_title(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_text(cx, &a, "str.title", unicode::title)
}
pub(crate) fn s_capitalize(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_text(cx, &a, "str.capitalize", unicode::capitalize)
}
pub(crate) fn s_swapcase(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_text(cx, &a, "str.swapcase", unicode::swapcase)
}
pub(crate) fn s_casefold(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_text(cx, &a, "str.casefold", unicode::casefold)
}

// --- predicates ----------------------------------------------------------------------------------

fn test_text(cx: &mut Ctx, a: &Args<'_>, q: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    argcheck::none(cx, a, q)?;
    Ok(py_bool(f(Text::of(a.get(0)).s)))
}

/// Non-empty and every character satisfies `f`.
fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub(crate) fn s_isalpha(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isalpha", |s| all_chars(s, unicode::is_alpha))
}
pub(crate) fn s_isalnum(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isalnum", |s| all_chars(s, unicode::is_alnum))
}
pub(crate) fn s_isdigit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isdigit", |s| all_chars(s, unicode::is_digit))
}
pub(crate) fn s_isdecimal(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isdecimal", |s| {
        all_chars(s, unicode::is_decimal)
    })
}
pub(crate) fn s_isnumeric(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isnumeric", |s| {
        all_chars(s, unicode::is_numeric)
    })
}
pub(crate) fn s_isspace(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isspace", |s| all_chars(s, unicode::is_space))
}
pub(crate) fn s_isprintable(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isprintable", |s| {
        s.chars().all(unicode::is_printable)
    })
}
pub(crate) fn s_isascii(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isascii", |s| s.is_ascii())
}
pub(crate) fn s_islower(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.islower", unicode::str_islower)
}
pub(crate) fn s_isupper(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isupper", unicode::str_isupper)
}
pub(crate) fn s_istitle(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.istitle", unicode::str_istitle)
}
pub(crate) fn s_isidentifier(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_text(cx, &a, "str.isidentifier", unicode::str_isidentifier)
}

// --- padding -------------------------------------------------------------------------------------

/// Parses `(width[, fillchar])` and returns the width and fill character.
fn pad_args(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<(usize, char)> {
    argcheck::range(cx, a, &format!("str.{name}"), name, 1, 2)?;
    let w = argparse::ssize(cx, a.get(1))?;
    let fill = a.get(2);
    let ch = if fill.is_null() {
        ' '
    } else if is_str_like(fill) {
        let mut it = as_str(str_value(fill)).chars();
        match (it.next(), it.next()) {
            (Some(c), None) => c,
            _ => {
                return Err(type_error(
                    cx,
                    "The fill character must be exactly one character long",
                ))
            }
        }
    } else {
        let msg = format!(
            "The fill character must be a unicode character, not {}",
            type_name(type_of(fill))
        );
        return Err(type_error(cx, &msg));
    };
    Ok((w.max(0) as usize, ch))
}

/// `s` padded with `left` and `right` copies of `fill`.
fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn check_width(cx: &mut Ctx, w: usize) -> PyResult<()> {
    if w > crate::runtime::alloc_limit() {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(w)));
    }
    Ok(())
}

fn justify(cx: &mut Ctx, a: Args<'_>, name: &str) -> PyResult<Value> {
    let (w, fill) = pad_args(cx, &a, name)?;
    let t = Text::of(a.get(0));
    if t.len >= w {
        if is_str(a.get(0)) {
            return Ok(a.get(0));
        }
        return new_str(cx, t.s);
    }
    check_width(cx, w)?;
    let marg = w - t.len;
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        // CPython puts the odd extra character on the left when the width is odd.
        _ => {
            let l = marg / 2 + (marg & w & 1);
            (l, marg - l)
        }
    };
    let out = padded(t.s, l, r, fill);
    new_str(cx, &out)
}
pub(crate) fn s_center(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    justify(cx, a, "center")
}
pub(crate) fn s_ljust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    justify(cx, a, "ljust")
}
pub(crate) fn s_rjust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    justify(cx, a, "rjust")
}

pub(crate) fn s_zfill(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "str.zfill")?;
    let w = argparse::ssize(cx, a.get(1))?.max(0) as usize;
    let t = Text::of(a.get(0));
    if t.len >= w {
        if is_str(a.get(0)) {
            return Ok(a.get(0));
        }
        return new_str(cx, t.s);
    }
    check_width(cx, w)?;
    let fill = w - t.len;
    let mut out = String::with_capacity(t.s.len() + fill);
    let rest = match t.s.as_bytes().first() {
        Some(b'+' | b'-') => {
            out.push_str(&t.s[..1]);
            &t.s[1..]
        }
        _ => t.s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    new_str(cx, &out)
}

const EXPANDTABS: Params = Params {
    fname: "expandtabs",
    names: &["tabsize"],
    posonly: 0,
    required: 0,
};

/// Replaces tabs by spaces up to the next multiple of `tabsize` (columns restart after
/// `\n` and `\r`), over any sequence of units.
pub fn expand_tabs<T: Copy + PartialEq>(
    src: &[T],
    tabsize: i64,
    tab: T,
    nl: T,
    cr: T,
    sp: T,
) -> Vec<T> {
    let mut out = Vec::with_capacity(src.len());
    let mut col = 0i64;
    for &c in src {
        if c == tab {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                out.extend(std::iter::repeat_n(sp, n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == nl || c == cr {
                col = 0;
            }
        }
    }
    out
}

pub(crate) fn s_expandtabs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [ts] = argparse::parse(cx, &a, 1, &EXPANDTABS)?;
    let ts = if ts.is_null() {
        8
    } else {
        argparse::c_int(cx, ts)? as i64
    };
    let chars: Vec<char> = Text::of(a.get(0)).s.chars().collect();
    let tabs = chars.iter().filter(|&&c| c == '\t').count();
    if ts > 0 && (tabs as u64).saturating_mul(ts as u64) > crate::runtime::alloc_limit() as u64 {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    }
    let out: String = expand_tabs(&chars, ts, '\t', '\n', '\r', ' ')
        .into_iter()
        .collect();
    new_str(cx, &out)
}

// --- translate -----------------------------------------------------------------------------------

/// `str.translate(table)`: each character is looked up in `table` by code point; a
/// LookupError keeps it, None deletes it, an int or a str replaces it.
pub(crate) fn s_translate(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "str.translate")?;
    let src: Vec<char> = Text::of(a.get(0)).s.chars().collect();
    let mark = cx.handle_mark();
    let table = cx.root(a.get(1));
    let mut out = String::with_capacity(src.len());
    let r = (|| -> PyResult<()> {
        for c in src {
            let t = cx.get(table);
            let v = match crate::ops::subscript::getitem(cx, t, Value::int(c as i64)) {
                Ok(v) => v,
                Err(e) => {
                    let exc = cx.exception();
                    if crate::ops::attr::isinstance_of(exc, exceptions::LOOKUP_ERROR.get()) {
                        cx.take_exception();
                        out.push(c);
                        continue;
                    }
                    return Err(e);
                }
            };
            if v == none() {
                continue;
            }
            if let Some(i) = int_value(v) {
                match int::to_i64(i).and_then(|x| u32::try_from(x).ok()) {
                    Some(x) if x < 0x110000 => match char::from_u32(x) {
                        Some(ch) => out.push(ch),
                        None => return Err(surrogate_error(cx)),
                    },
                    _ => {
                        return Err(value_error(
                            cx,
                            "character mapping must be in range(0x110000)",
                        ))
                    }
                }
            } else if is_str_like(v) {
                out.push_str(as_str(str_value(v)));
            } else {
                return Err(type_error(
                    cx,
                    "character mapping must return integer, None or str",
                ));
            }
        }
        Ok(())
    })();
    cx.pop_handles(mark);
    r?;
    new_str(cx, &out)
}

/// Krait's strings are UTF-8 and cannot hold lone surrogates.
fn surrogate_error(cx: &mut Ctx) -> crate::ctx::Raised {
    value_error(cx, "lone surrogates are not supported in str")
}

/// `str.maketrans(x[, y[, z]])`.
pub(crate) fn s_maketrans(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    // A static method: the arguments start at 0.
    argcheck::no_kw(cx, &a, "str.maketrans")?;
    let n = a.len();
    if n == 0 || n > 3 {
        let msg = if n == 0 {
            "maketrans expected at least 1 argument, got 0".to_owned()
        } else {
            format!("maketrans expected at most 3 arguments, got {n}")
        };
        return Err(type_error(cx, &msg));
    }
    let (x, y, z) = (a.get(0), a.get(1), a.get(2));
    let d = new_dict(cx)?;
    let hd = cx.root(d);
    let r = (|| -> PyResult<()> {
        if n == 1 {
            if !is_dict_like(x) {
                return Err(type_error(
                    cx,
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
            for (k, v) in dict::dict_items(x) {
                let key = if is_str_like(k) {
                    let mut it = as_str(str_value(k)).chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::int(c as i64),
                        _ => {
                            return Err(value_error(
                                cx,
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                } else if int_value(k).is_some() {
                    k
                } else {
                    return Err(type_error(
                        cx,
                        "keys in translate table must be strings or integers",
                    ));
                };
                let d = cx.get(hd);
                dict_set(cx, d, key, v)?;
            }
            return Ok(());
        }
        for (i, v) in [(2, y), (3, z)] {
            if !v.is_null() && !is_str_like(v) {
                let msg = format!(
                    "maketrans() argument {i} must be str, not {}",
                    argparse::arg_type_name(v)
                );
                return Err(type_error(cx, &msg));
            }
        }
        if !is_str_like(x) {
            return Err(type_error(
                cx,
                "first maketrans argument must be a string if there is a second argument",
            ));
        }
        let from: Vec<char> = as_str(str_value(x)).chars().collect();
        let to: Vec<char> = as_str(str_value(y)).chars().collect();
        if from.len() != to.len() {
            return Err(value_error(
                cx,
                "the first two maketrans arguments must have equal length",
            ));
        }
        let delete: Vec<char> = if z.is_null() {
            Vec::new()
        } else {
            as_str(str_value(z)).chars().collect()
        };
        for (f, t) in from.into_iter().zip(to) {
            let d = cx.get(hd);
            dict_set(cx, d, Value::int(f as i64), Value::int(t as i64))?;
        }
        for c in delete {
            let d = cx.get(hd);
            dict_set(cx, d, Value::int(c as i64), none())?;
        }
        Ok(())
    })();
    let d = cx.get(hd);
    cx.pop_handles(HandleMark::from_handle(hd));
    r.map(|()| d)
}

// --- encode --------------------------------------------------------------------------------------

const ENCODE: Params = Params {
    fname: "encode",
    names: &["encoding", "errors"],
    posonly: 0,
    required: 0,
};

pub(crate) fn s_encode(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [enc, errors] = argparse::parse(cx, &a, 1, &ENCODE)?;
    let e = if enc.is_null() {
        "utf-8"
    } else {
        argparse::str_param(cx, enc, "encode", "encoding")?
    };
    let err = if errors.is_null() {
        "strict"
    } else {
        argparse::str_param(cx, errors, "encode", "errors")?
    };
    let (e, err) = (e.to_owned(), err.to_owned());
    let s = str_value(a.get(0));
    let bytes = crate::objects::codecs::encode(cx, s, &e, &err)?;
    crate::objects::bytes::new_bytes(cx, &bytes)
}
