//! `bytes`/`bytearray` methods that make new data: ASCII case conversion and predicates,
//! padding, expandtabs, translate/maketrans, hex/fromhex and decode.

use crate::ctx::{Ctx, PyResult};
use crate::objects::argcheck;
use crate::objects::argparse::{self, Params};
use crate::objects::bytes::{bytes_data, is_bytes_like, new_bytearray, new_bytes};
use crate::objects::bytes::{BYTEARRAY_TYPE, BYTES_TYPE};
use crate::objects::bytes_search::{buf_arg, is_space, kind_name, like};
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::runtime::{none, py_bool};
use crate::value::Value;

// --- case ----------------------------------------------------------------------------------------

fn map_data(cx: &mut Ctx, a: &Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    argcheck::none(cx, a, &format!("{}.{name}", kind_name(a.get(0))))?;
    let d = bytes_data(a.get(0));
    like(cx, a.get(0), &f(&d))
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

pub(crate) fn m_upper(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_data(cx, &a, "upper", |d| d.to_ascii_uppercase())
}
pub(crate) fn m_lower(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_data(cx, &a, "lower", |d| d.to_ascii_lowercase())
}
pub(crate) fn m_swapcase(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_data(cx, &a, "swapcase", swapcase)
}
pub(crate) fn m_capitalize(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_data(cx, &a, "capitalize", capitalize)
}
pub(crate) fn m_title(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    map_data(cx, &a, "title", title)
}

// --- predicates ----------------------------------------------------------------------------------

fn test_data(cx: &mut Ctx, a: &Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    argcheck::none(cx, a, &format!("{}.{name}", kind_name(a.get(0))))?;
    Ok(py_bool(f(&bytes_data(a.get(0)))))
}

fn all(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn istitle(d: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub(crate) fn m_isalpha(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "isalpha", |d| all(d, u8::is_ascii_alphabetic))
}
pub(crate) fn m_isalnum(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "isalnum", |d| all(d, u8::is_ascii_alphanumeric))
}
pub(crate) fn m_isdigit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "isdigit", |d| all(d, u8::is_ascii_digit))
}
pub(crate) fn m_isspace(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "isspace", |d| all(d, |&b| is_space(b)))
}
pub(crate) fn m_isascii(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "isascii", |d| d.is_ascii())
}
pub(crate) fn m_islower(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
pub(crate) fn m_isupper(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
pub(crate) fn m_istitle(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    test_data(cx, &a, "istitle", istitle)
}

// --- padding -------------------------------------------------------------------------------------

fn pad(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<Value> {
    let q = format!("{}.{name}", kind_name(a.get(0)));
    argcheck::range(cx, a, &q, name, 1, 2)?;
    let w = argparse::ssize(cx, a.get(1))?.max(0) as usize;
    let fill = if a.len() > 2 {
        let f = a.get(2);
        let d = if is_bytes_like(f) && !is_str_like(f) {
            bytes_data(f)
        } else {
            Vec::new()
        };
        if d.len() != 1 {
            let msg = format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                type_name(type_of(f))
            );
            return Err(type_error(cx, &msg));
        }
        d[0]
    } else {
        b' '
    };
    let d = bytes_data(a.get(0));
    if w <= d.len() {
        return like(cx, a.get(0), &d);
    }
    if w > crate::runtime::alloc_limit() {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(w)));
    }
    let total = w - d.len();
    let (l, r) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        _ => {
            let l = total / 2 + (total & w & 1);
            (l, total - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, r));
    like(cx, a.get(0), &out)
}
pub(crate) fn m_center(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    pad(cx, &a, "center")
}
pub(crate) fn m_ljust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    pad(cx, &a, "ljust")
}
pub(crate) fn m_rjust(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    pad(cx, &a, "rjust")
}

pub(crate) fn m_zfill(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, &format!("{}.zfill", kind_name(a.get(0))))?;
    let w = argparse::ssize(cx, a.get(1))?.max(0) as usize;
    let d = bytes_data(a.get(0));
    if w <= d.len() {
        return like(cx, a.get(0), &d);
    }
    if w > crate::runtime::alloc_limit() {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(w)));
    }
    let mut out = Vec::with_capacity(w);
    let rest = match d.first() {
        Some(&s @ (b'+' | b'-')) => {
            out.push(s);
            &d[1..]
        }
        _ => &d[..],
    };
    out.extend(std::iter::repeat_n(b'0', w - d.len()));
    out.extend_from_slice(rest);
    like(cx, a.get(0), &out)
}

const EXPANDTABS: Params = Params {
    fname: "expandtabs",
    names: &["tabsize"],
    posonly: 0,
    required: 0,
};

pub(crate) fn m_expandtabs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [ts] = argparse::parse(cx, &a, 1, &EXPANDTABS)?;
    let ts = if ts.is_null() {
        8
    } else {
        argparse::c_int(cx, ts)? as i64
    };
    let d = bytes_data(a.get(0));
    let tabs = d.iter().filter(|&&b| b == b'\t').count() as u64;
    if ts > 0 && tabs.saturating_mul(ts as u64) > (crate::runtime::alloc_limit() as u64) {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    }
    let out = crate::objects::str_transform::expand_tabs(&d, ts, b'\t', b'\n', b'\r', b' ');
    like(cx, a.get(0), &out)
}

// --- translate -----------------------------------------------------------------------------------

const TRANSLATE: Params = Params {
    fname: "translate",
    names: &["table", "delete"],
    posonly: 1,
    required: 1,
};

pub(crate) fn m_translate(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [table, delete] = argparse::parse(cx, &a, 1, &TRANSLATE)?;
    let table = if table == none() {
        None
    } else {
        let t = buf_arg(cx, table)?;
        if t.len() != 256 {
            return Err(value_error(
                cx,
                "translation table must be 256 characters long",
            ));
        }
        Some(t)
    };
    let delete = if delete.is_null() {
        Vec::new()
    } else {
        buf_arg(cx, delete)?
    };
    let d = bytes_data(a.get(0));
    let out: Vec<u8> = d
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    like(cx, a.get(0), &out)
}

/// `bytes.maketrans(frm, to)` (a static method: no receiver).
pub(crate) fn m_maketrans(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "maketrans")?;
    if a.len() != 2 {
        let msg = format!("maketrans expected 2 arguments, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    let f = buf_arg(cx, a.get(0))?;
    let t = buf_arg(cx, a.get(1))?;
    if f.len() != t.len() {
        return Err(value_error(cx, "maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (x, y) in f.into_iter().zip(t) {
        table[x as usize] = y;
    }
    new_bytes(cx, &table)
}

// --- hex and decode ------------------------------------------------------------------------------

const HEX: Params = Params {
    fname: "hex",
    names: &["sep", "bytes_per_sep"],
    posonly: 0,
    required: 0,
};

/// `data.hex(sep, bytes_per_sep)`: groups of `bytes_per_sep` bytes counted from the right
/// (from the left if negative), separated by `sep`.
pub(crate) fn m_hex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [sep, per] = argparse::parse(cx, &a, 1, &HEX)?;
    let sep = if sep.is_null() {
        None
    } else {
        let s: Vec<u8> = if is_str_like(sep) {
            let t = as_str(str_value(sep));
            if t.chars().count() != 1 {
                return Err(value_error(cx, "sep must be length 1."));
            }
            if !t.is_ascii() {
                return Err(value_error(cx, "sep must be ASCII."));
            }
            t.as_bytes().to_vec()
        } else if is_bytes_like(sep) {
            let d = bytes_data(sep);
            if d.len() != 1 {
                return Err(value_error(cx, "sep must be length 1."));
            }
            if !d[0].is_ascii() {
                return Err(value_error(cx, "sep must be ASCII."));
            }
            d
        } else {
            let msg = format!("object of type '{}' has no len()", type_name(type_of(sep)));
            return Err(type_error(cx, &msg));
        };
        Some(s[0] as char)
    };
    let per = if per.is_null() {
        1
    } else {
        argparse::c_int(cx, per)? as i64
    };
    let d = bytes_data(a.get(0));
    let mut out = String::with_capacity(d.len() * 3);
    let n = d.len();
    let g = per.unsigned_abs() as usize;
    for (i, b) in d.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = g > 0
                && i > 0
                && if per > 0 {
                    (n - i).is_multiple_of(g)
                } else {
                    i.is_multiple_of(g)
                };
            if boundary {
                out.push(s);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    new_str(cx, &out)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (a class method).
pub(crate) fn m_fromhex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let what = if is_subtype(cls, BYTEARRAY_TYPE.get()) {
        "bytearray"
    } else {
        "bytes"
    };
    argcheck::one(cx, &a, &format!("{what}.fromhex"))?;
    let s = a.get(1);
    if !is_str_like(s) {
        let msg = format!(
            "fromhex() argument must be str, not {}",
            type_name(type_of(s))
        );
        return Err(type_error(cx, &msg));
    }
    let text: Vec<char> = as_str(str_value(s)).chars().collect();
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    while i < text.len() {
        if text[i].is_ascii_whitespace() || text[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = text[i].to_digit(16).filter(|_| text[i].is_ascii());
        let lo = text
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16));
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
    if cls == BYTES_TYPE.get() {
        return new_bytes(cx, &out);
    }
    if cls == BYTEARRAY_TYPE.get() {
        return new_bytearray(cx, cls, &out);
    }
    let b = if what == "bytearray" {
        new_bytearray(cx, BYTEARRAY_TYPE.get(), &out)?
    } else {
        new_bytes(cx, &out)?
    };
    crate::interp::call::call(cx, cls, &[b])
}

const DECODE: Params = Params {
    fname: "decode",
    names: &["encoding", "errors"],
    posonly: 0,
    required: 0,
};

pub(crate) fn m_decode(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let [enc, errors] = argparse::parse(cx, &a, 1, &DECODE)?;
    let e = if enc.is_null() {
        "utf-8".to_owned()
    } else {
        argparse::str_param(cx, enc, "decode", "encoding")?.to_owned()
    };
    let err = if errors.is_null() {
        "strict".to_owned()
    } else {
        argparse::str_param(cx, errors, "decode", "errors")?.to_owned()
    };
    let d = bytes_data(a.get(0));
    crate::objects::codecs::decode(cx, &d, &e, &err)
}
