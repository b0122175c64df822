//! Formatting: the format-spec mini-language (`format(v, spec)`, f-strings, `str.format`)
//! for ints, floats and strings, f-string conversions, and printf-style `%` formatting.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::float::{float_repr, float_value};
use crate::objects::int::{self, int_value};
use crate::objects::str::{as_str, is_str, new_str};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::ops::repr::{ascii, repr, to_str};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::Signed;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Default, Clone)]
pub struct Spec {
    /// Fill character.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or space.
    pub sign: Option<char>,
    /// `#`.
    pub alt: bool,
    /// `0` before the width.
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
}

/// Parses a format spec, or returns the ValueError message.
pub fn parse_spec(s: &str) -> Result<Spec, String> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        sp.width = Some(
            w.parse()
                .map_err(|_| "Too many decimal digits in format string".to_owned())?,
        );
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".to_owned());
        }
        let p: String = c[start..i].iter().collect();
        sp.precision = Some(
            p.parse()
                .map_err(|_| "Too many decimal digits in format string".to_owned())?,
        );
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err("Invalid format specifier".to_owned());
    }
    Ok(sp)
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Pads `body` (whose sign/prefix part is `prefix`) to the spec's width.
fn pad(sp: &Spec, prefix: &str, body: &str, default_align: char) -> String {
    let width = sp.width.unwrap_or(0);
    let len = prefix.chars().count() + body.chars().count();
    if len >= width {
        return format!("{prefix}{body}");
    }
    let fill_n = width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() {
        ('0', '=')
    } else {
        (sp.fill.unwrap_or(' '), sp.align.unwrap_or(default_align))
    };
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match align {
        '<' => format!("{prefix}{body}{}", f(fill_n)),
        '^' => format!("{}{prefix}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        '=' => format!("{prefix}{}{body}", f(fill_n)),
        _ => format!("{}{prefix}{body}", f(fill_n)),
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(int, spec)`.
pub fn format_int(cx: &mut Ctx, i: Value, sp: &Spec) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = crate::objects::float::int_to_float(cx, i)?;
        return format_float_spec(cx, f, sp);
    }
    if sp.precision.is_some() {
        return Err(value_error(
            cx,
            "Precision not allowed in integer format specifier",
        ));
    }
    let b = int::to_bigint(i);
    let neg = b.is_negative();
    let mag = b.abs();
    let (digits, alt_prefix) = match ty {
        'd' | 'n' => (mag.to_str_radix(10), ""),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        'b' => (mag.to_str_radix(2), "0b"),
        'c' => {
            let code = crate::objects::int::to_i64(i).unwrap_or(-1);
            let ch = u32::try_from(code).ok().and_then(char::from_u32);
            let Some(ch) = ch else {
                return Err(exceptions::overflow_error(
                    cx,
                    "%c arg not in range(0x110000)",
                ));
            };
            return Ok(pad(sp, "", &ch.to_string(), '<'));
        }
        other => {
            let msg = format!("Unknown format code '{other}' for object of type 'int'");
            return Err(value_error(cx, &msg));
        }
    };
    let digits = match sp.grouping {
        Some(g) => group_digits(&digits, g, if matches!(ty, 'd' | 'n') { 3 } else { 4 }),
        None => digits,
    };
    let prefix = format!(
        "{}{}",
        sign_str(neg, sp.sign),
        if sp.alt { alt_prefix } else { "" }
    );
    Ok(pad(sp, &prefix, &digits, '>'))
}

/// Formats `f` with exactly `prec` digits after the point.
fn fixed(f: f64, prec: usize) -> String {
    format!("{:.*}", prec, f)
}

/// Formats `f` in scientific notation with `prec` digits after the point, Python style.
fn sci(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("exponent digits");
    let e = format!(
        "{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    );
    format!("{m}{e}")
}

/// `%g`-style general format with `prec` significant digits.
fn general(f: f64, prec: usize, alt: bool, upper: bool) -> String {
    let p = prec.max(1);
    if f == 0.0 {
        let z = if alt {
            format!("0.{}", "0".repeat(p - 1))
        } else {
            "0".to_owned()
        };
        return if f.is_sign_negative() {
            format!("-{z}")
        } else {
            z
        };
    }
    // The exponent after rounding to p significant digits.
    let s = format!("{:.*e}", p - 1, f);
    let exp: i32 = s.split_once('e').expect("exp").1.parse().expect("exp");
    let mut out = if exp >= -4 && exp < p as i32 {
        fixed(f, (p as i32 - 1 - exp).max(0) as usize)
    } else {
        sci(f, p - 1, upper)
    };
    if !alt {
        // Strip trailing zeros (and the point) from the mantissa.
        let (mant, rest) = match out.find(['e', 'E']) {
            Some(i) => (out[..i].to_owned(), out[i..].to_owned()),
            None => (out.clone(), String::new()),
        };
        let mant = if mant.contains('.') {
            mant.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            mant
        };
        out = format!("{mant}{rest}");
    }
    out
}

fn special(f: f64, upper: bool) -> Option<String> {
    if f.is_nan() {
        Some(if upper { "NAN" } else { "nan" }.to_owned())
    } else if f.is_infinite() {
        Some(if upper { "INF" } else { "inf" }.to_owned())
    } else {
        None
    }
}

/// `format(float, spec)`.
pub fn format_float_spec(cx: &mut Ctx, f: f64, sp: &Spec) -> PyResult<String> {
    let neg = f.is_sign_negative() && !(f.is_nan());
    let a = f.abs();
    let upper = matches!(sp.ty, Some('E' | 'F' | 'G'));
    let body = match sp.ty {
        None => {
            if let Some(p) = sp.precision {
                special(a, false).unwrap_or_else(|| {
                    let g = general(a, p, sp.alt, false);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                })
            } else {
                let r = float_repr(a);
                r
            }
        }
        Some('f' | 'F') => special(a, upper).unwrap_or_else(|| {
            let s = fixed(a, sp.precision.unwrap_or(6));
            if sp.alt && !s.contains('.') {
                format!("{s}.")
            } else {
                s
            }
        }),
        Some('e' | 'E') => {
            special(a, upper).unwrap_or_else(|| sci(a, sp.precision.unwrap_or(6), upper))
        }
        Some('g' | 'G') => special(a, upper)
            .unwrap_or_else(|| general(a, sp.precision.unwrap_or(6), sp.alt, upper)),
        Some('n') => special(a, false)
            .unwrap_or_else(|| general(a, sp.precision.unwrap_or(6), sp.alt, false)),
        Some('%') => special(a * 100.0, false)
            .unwrap_or_else(|| format!("{}%", fixed(a * 100.0, sp.precision.unwrap_or(6)))),
        Some(other) => {
            let msg = format!("Unknown format code '{other}' for object of type 'float'");
            return Err(value_error(cx, &msg));
        }
    };
    let body = match sp.grouping {
        Some(g) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            format!("{}{rest}", group_digits(int_part, g, 3))
        }
        None => body,
    };
    Ok(pad(sp, sign_str(neg, sp.sign), &body, '>'))
}

/// `format(str, spec)`.
pub fn format_str(cx: &mut Ctx, s: &str, sp: &Spec) -> PyResult<String> {
    if let Some(t) = sp.ty {
        if t != 's' {
            let msg = format!("Unknown format code '{t}' for object of type 'str'");
            return Err(value_error(cx, &msg));
        }
    }
    if sp.sign.is_some() {
        return Err(value_error(
            cx,
            "Sign not allowed in string format specifier",
        ));
    }
    if sp.align == Some('=') {
        return Err(value_error(
            cx,
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_owned(),
    };
    let mut sp2 = sp.clone();
    if sp2.zero && sp2.align.is_none() {
        sp2.zero = false;
        sp2.fill = Some('0');
        sp2.align = Some('<');
    }
    Ok(pad(&sp2, "", &body, '<'))
}

/// `format(v, spec)`: built-in types directly, others through `__format__`.
pub fn format(cx: &mut Ctx, v: Value, spec: &str) -> PyResult<Value> {
    let ty = type_of(v);
    let builtin = crate::objects::typeobj::is_builtin_type(ty);
    if builtin
        || type_lookup(cx, ty, names::FORMAT.get()) == crate::objects::descr::OBJECT_FORMAT.get()
    {
        if spec.is_empty() {
            return to_str(cx, v);
        }
        let sp = match parse_spec(spec) {
            Ok(sp) => sp,
            Err(m) => return Err(value_error(cx, &m)),
        };
        if is_str(v) {
            let s = format_str(cx, as_str(v), &sp)?;
            return new_str(cx, &s);
        }
        if let Some(i) = int_value(v) {
            // A non-empty spec formats a bool as its int, as CPython's int.__format__.
            let s = format_int(cx, i, &sp)?;
            return new_str(cx, &s);
        }
        if let Some(f) = float_value(v) {
            let s = format_float_spec(cx, f, &sp)?;
            return new_str(cx, &s);
        }
        if builtin && !crate::objects::complex::complex_value(v).is_some() {
            let msg = format!(
                "unsupported format string passed to {}.__format__",
                type_name(ty)
            );
            return Err(type_error(cx, &msg));
        }
        let s = to_str(cx, v)?;
        let out = format_str(cx, as_str(s), &sp)?;
        return new_str(cx, &out);
    }
    let m = type_lookup(cx, ty, names::FORMAT.get());
    let h = cx.root(v);
    let spec_v = new_str(cx, spec)?;
    let v = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let r = call(cx, m, &[v, spec_v])?;
    if !is_str(r) {
        let msg = format!(
            "__format__ must return a str, not {}",
            type_name(type_of(r))
        );
        return Err(type_error(cx, &msg));
    }
    Ok(r)
}

/// FORMAT_VALUE: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) then `format(v, spec)`.
pub fn format_value(cx: &mut Ctx, v: Value, conversion: u8, spec: Value) -> PyResult<Value> {
    let hs = cx.root(spec);
    let v = match conversion {
        1 => to_str(cx, v)?,
        2 => repr(cx, v)?,
        3 => ascii(cx, v)?,
        _ => v,
    };
    let spec = cx.get(hs);
    cx.pop_handles(HandleMark::from_handle(hs));
    if spec.is_null() {
        if is_str(v) {
            return Ok(v);
        }
        return format(cx, v, "");
    }
    let spec_s = as_str(spec).to_owned();
    if is_str(v) && spec_s.is_empty() {
        return Ok(v);
    }
    format(cx, v, &spec_s)
}

// --- printf-style formatting ---------------------------------------------------------------

/// `str % args`.
pub fn percent_format(cx: &mut Ctx, fmt: Value, args: Value) -> PyResult<Value> {
    // A tuple subclass (a namedtuple) supplies its items.
    let args = crate::objects::list_methods::tuple_value(args).unwrap_or(args);
    let mark = cx.handle_mark();
    let (hf, ha) = (cx.root(fmt), cx.root(args));
    let f: Vec<char> = as_str(fmt).chars().collect();
    let is_map = !is_tuple(args)
        && !is_str(args)
        && (crate::objects::dict::is_dict_like(args)
            || !type_lookup(cx, type_of(args), names::GETITEM.get()).is_null())
        && !crate::objects::list::is_list(args);
    let nargs = if is_tuple(args) { tuple_len(args) } else { 1 };
    let mut argi = 0;
    let mut out = String::new();
    let mut i = 0;
    let next_arg = |cx: &mut Ctx, argi: &mut usize| -> PyResult<Value> {
        let args = cx.get(ha);
        if *argi >= nargs {
            return Err(type_error(cx, "not enough arguments for format string"));
        }
        let v = if is_tuple(args) {
            tuple_get(args, *argi)
        } else {
            args
        };
        *argi += 1;
        Ok(v)
    };
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= f.len() {
            cx.pop_handles(mark);
            return Err(value_error(cx, "incomplete format"));
        }
        // Mapping key.
        let mut mapped = Value::NULL;
        if f[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < f.len() && depth > 0 {
                if f[i] == '(' {
                    depth += 1;
                } else if f[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                cx.pop_handles(mark);
                return Err(value_error(cx, "incomplete format key"));
            }
            let key: String = f[start..i - 1].iter().collect();
            let k = new_str(cx, &key)?;
            let args = cx.get(ha);
            mapped = crate::ops::subscript::getitem(cx, args, k)?;
        }
        let mut sp = Spec::default();
        let mut left = false;
        while i < f.len() && matches!(f[i], '-' | '+' | ' ' | '#' | '0') {
            match f[i] {
                '-' => left = true,
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        if i < f.len() && f[i] == '*' {
            let w = next_arg(cx, &mut argi)?;
            sp.width = Some(crate::ops::number::index_i64(cx, w)?.max(0) as usize);
            i += 1;
        } else {
            let start = i;
            while i < f.len() && f[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                sp.width = f[start..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < f.len() && f[i] == '.' {
            i += 1;
            if i < f.len() && f[i] == '*' {
                let p = next_arg(cx, &mut argi)?;
                sp.precision = Some(crate::ops::number::index_i64(cx, p)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < f.len() && f[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(f[start..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < f.len() && matches!(f[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= f.len() {
            cx.pop_handles(mark);
            return Err(value_error(cx, "incomplete format"));
        }
        let conv = f[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if left {
            sp.align = Some('<');
            sp.zero = false;
        }
        let v = if !mapped.is_null() {
            mapped
        } else if is_map && conv != '%' {
            cx.get(ha)
        } else {
            next_arg(cx, &mut argi)?
        };
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => to_str(cx, v)?,
                    'r' => repr(cx, v)?,
                    _ => ascii(cx, v)?,
                };
                let mut sp2 = sp.clone();
                sp2.zero = false;
                if sp2.align.is_none() {
                    sp2.align = Some('>');
                }
                format_str(cx, as_str(s), &sp2)?
            }
            'd' | 'i' | 'u' => {
                let n = if let Some(i) = int_value(v) {
                    i
                } else if let Some(fv) = float_value(v) {
                    if !fv.is_finite() {
                        cx.pop_handles(mark);
                        return Err(exceptions::overflow_error(
                            cx,
                            "cannot convert float infinity to integer",
                        ));
                    }
                    let b = BigInt::from(fv.trunc() as i128);
                    int::from_bigint(cx, &b)?
                } else {
                    let msg = format!(
                        "%{conv} format: a real number is required, not {}",
                        type_name(type_of(v))
                    );
                    cx.pop_handles(mark);
                    return Err(type_error(cx, &msg));
                };
                sp.ty = Some('d');
                let prec = sp.precision.take();
                let mut s = format_int(
                    cx,
                    n,
                    &Spec {
                        width: None,
                        ..sp.clone()
                    },
                )?;
                if let Some(p) = prec {
                    let neg = s.starts_with('-');
                    let digits = s.trim_start_matches(['-', '+', ' ']);
                    if digits.len() < p {
                        let signp = &s[..s.len() - digits.len()];
                        s = format!("{signp}{}{digits}", "0".repeat(p - digits.len()));
                    }
                    let _ = neg;
                }
                pad_simple(&s, &sp)
            }
            'x' | 'X' | 'o' => {
                let Some(n) = int_value(v) else {
                    let msg = format!(
                        "%{conv} format: an integer is required, not {}",
                        type_name(type_of(v))
                    );
                    cx.pop_handles(mark);
                    return Err(type_error(cx, &msg));
                };
                sp.ty = Some(conv);
                let s = format_int(
                    cx,
                    n,
                    &Spec {
                        width: None,
                        ..sp.clone()
                    },
                )?;
                pad_simple(&s, &sp)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let fv = match crate::ops::number::to_float(cx, v) {
                    Ok(x) => x,
                    Err(e) => {
                        if int_value(v).is_none() && float_value(v).is_none() {
                            cx.take_exception();
                            let msg = format!("must be real number, not {}", type_name(type_of(v)));
                            cx.pop_handles(mark);
                            return Err(type_error(cx, &msg));
                        }
                        cx.pop_handles(mark);
                        return Err(e);
                    }
                };
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                let s = format_float_spec(
                    cx,
                    fv,
                    &Spec {
                        width: None,
                        ..sp.clone()
                    },
                )?;
                pad_simple(&s, &sp)
            }
            'c' => {
                let ch = if is_str(v) && crate::objects::str::char_len(v) == 1 {
                    as_str(v).to_owned()
                } else if let Some(n) = int_value(v) {
                    let code = int::to_i64(n).unwrap_or(-1);
                    match u32::try_from(code).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => {
                            cx.pop_handles(mark);
                            return Err(exceptions::overflow_error(
                                cx,
                                "%c arg not in range(0x110000)",
                            ));
                        }
                    }
                } else {
                    cx.pop_handles(mark);
                    return Err(type_error(cx, "%c requires int or char"));
                };
                pad_simple(&ch, &sp)
            }
            other => {
                cx.pop_handles(mark);
                let msg = format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                );
                return Err(value_error(cx, &msg));
            }
        };
        out.push_str(&piece);
    }
    let args = cx.get(ha);
    let _ = cx.get(hf);
    cx.pop_handles(mark);
    if !is_map && argi < nargs && (is_tuple(args) || argi == 0) {
        return Err(type_error(
            cx,
            "not all arguments converted during string formatting",
        ));
    }
    new_str(cx, &out)
}

fn pad_simple(s: &str, sp: &Spec) -> String {
    let width = sp.width.unwrap_or(0);
    let n = s.chars().count();
    if n >= width {
        return s.to_owned();
    }
    if sp.align == Some('<') {
        return format!("{s}{}", " ".repeat(width - n));
    }
    if sp.zero {
        let (sign, rest) = match s.chars().next() {
            Some(c @ ('-' | '+' | ' ')) => (c.to_string(), &s[1..]),
            _ => (String::new(), s),
        };
        let (pfx, rest) =
            if rest.starts_with("0x") || rest.starts_with("0X") || rest.starts_with("0o") {
                (&rest[..2], &rest[2..])
            } else {
                ("", rest)
            };
        return format!("{sign}{pfx}{}{rest}", "0".repeat(width - n));
    }
    format!("{}{s}", " ".repeat(width - n))
}

/// `bytes % args` (the common conversions).
pub fn bytes_percent_format(cx: &mut Ctx, fmt: Value, args: Value) -> PyResult<Value> {
    let text = String::from_utf8_lossy(&crate::objects::bytes::bytes_data(fmt)).into_owned();
    let h = cx.root(args);
    let f = new_str(cx, &text)?;
    let args = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let r = percent_format(cx, f, args)?;
    crate::objects::bytes::new_bytes(cx, as_str(r).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_format() {
        assert_eq!(general(0.1, 6, false, false), "0.1");
        assert_eq!(general(123456789.0, 6, false, false), "1.23457e+08");
        assert_eq!(general(0.00001234, 6, false, false), "1.234e-05");
        assert_eq!(general(100.0, 6, false, false), "100");
        assert_eq!(sci(12345.678, 2, false), "1.23e+04");
        assert_eq!(group_digits("1234567", ',', 3), "1,234,567");
    }
}
