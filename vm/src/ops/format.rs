//! The format-spec mini-language: `format(v, spec)`, `__format__` of str, int, bool, float
//! and complex, and FORMAT_VALUE (f-string fields). `%` formatting lives in `percent.rs`,
//! `str.format` in `str_format.rs`; both reuse the number rendering here.
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! Numbers are rendered as `sign + prefix + digits + rest` (rest: point, fraction,
//! exponent, `%`), then grouped and padded. Float digits come from Rust's exact decimal
//! conversion (shortest round-trip digits, or correctly rounded to a precision), arranged
//! by CPython's `PyOS_double_to_string` rules.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::objects::complex::{complex_value, COMPLEX_TYPE};
use crate::objects::exceptions::{overflow_error, type_error, value_error};
use crate::objects::float::{float_value, is_float};
use crate::objects::int::{self, int_value, is_exact_int};
use crate::objects::str::{as_str, is_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::ops::repr::{ascii, repr, to_str};
use crate::runtime::types;
use crate::value::Value;
use num_traits::Signed;

pub use crate::ops::percent::{bytes_percent_format, percent_format};

/// A parsed format spec.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Fill character.
    pub fill: char,
    /// Whether the fill character was given.
    pub fill_given: bool,
    /// `<`, `>`, `^` or `=` (None: the type's default).
    pub align: Option<char>,
    /// `+`, `-` or space.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive.
    pub no_neg_0: bool,
    /// `#`.
    pub alt: bool,
    /// Minimum width.
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Group digits by four (`_` with b, o, x, X).
    pub group4: bool,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type (None: the type's default).
    pub ty: Option<char>,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            fill: ' ',
            fill_given: false,
            align: None,
            sign: None,
            no_neg_0: false,
            alt: false,
            width: 0,
            grouping: None,
            group4: false,
            precision: None,
            ty: None,
        }
    }
}

/// How a type code appears in messages: `'x'` for printable ASCII, `'\xNN'` otherwise.
fn code_repr(c: char) -> String {
    if (' '..'\x7f').contains(&c) && c != ' ' {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn get_integer(c: &[char], i: &mut usize) -> Result<Option<usize>, String> {
    let start = *i;
    let mut acc: usize = 0;
    while *i < c.len() && c[*i].is_ascii_digit() {
        let d = c[*i] as usize - '0' as usize;
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_owned())?;
        *i += 1;
    }
    Ok((*i > start).then_some(acc))
}

/// Parses `spec` for an object of type `tname` whose default type code is `default_ty`
/// and default alignment `default_align`; returns the ValueError message on failure.
pub fn parse_spec(
    spec: &str,
    default_ty: Option<char>,
    default_align: char,
    tname: &str,
) -> Result<Spec, String> {
    let c: Vec<char> = spec.chars().collect();
    let mut sp = Spec::default();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = c[0];
        sp.fill_given = true;
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
        sp.no_neg_0 = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if !sp.fill_given && i < c.len() && c[i] == '0' {
        sp.fill = '0';
        if sp.align.is_none() && default_align == '>' {
            sp.align = Some('=');
        }
        i += 1;
    }
    sp.width = get_integer(&c, &mut i)?.unwrap_or(0);
    if i < c.len() && c[i] == ',' {
        sp.grouping = Some(',');
        i += 1;
    }
    if i < c.len() && c[i] == '_' {
        if sp.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_owned());
        }
        sp.grouping = Some('_');
        i += 1;
    }
    if i < c.len() && c[i] == ',' && sp.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_owned());
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        sp.precision = get_integer(&c, &mut i)?;
        if sp.precision.is_none() {
            return Err("Format specifier missing precision".to_owned());
        }
    }
    if c.len() - i > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        ));
    }
    sp.ty = c.get(i).copied().or(default_ty);
    if let Some(g) = sp.grouping {
        match sp.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => sp.group4 = true,
            Some(t) => return Err(format!("Cannot specify '{g}' with '{}'.", code_repr(t))),
        }
    }
    Ok(sp)
}

/// Refuses widths and precisions whose result could never be allocated.
fn check_sizes(cx: &mut Ctx, sp: &Spec) -> PyResult<()> {
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error(cx, "precision too big"));
    }
    if sp.width > crate::runtime::alloc_limit() {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(sp.width)));
    }
    Ok(())
}

fn unknown_code(cx: &mut Ctx, t: char, tname: &str) -> crate::ctx::Raised {
    let msg = format!(
        "Unknown format code '{}' for object of type '{tname}'",
        code_repr(t)
    );
    value_error(cx, &msg)
}

// --- Number layout -------------------------------------------------------------------------------

/// A number in pieces: `sign prefix digits rest`, with `digits` the integer digits to group.
pub struct NumParts<'a> {
    /// `-`, `+`, space or empty.
    pub sign: &'a str,
    /// `0x` and the like.
    pub prefix: &'a str,
    /// Integer digits (ungrouped).
    pub digits: &'a str,
    /// Everything after the integer digits.
    pub rest: &'a str,
}

/// Groups `digits` by `size` with `sep`, padding with zeros to at least `min_width`
/// characters (zero padding of grouped numbers); a group never starts with the separator.
fn group(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(d.len() + d.len() / size + 1);
    let mut in_group = 0;
    let mut k = d.len();
    loop {
        if k == 0 && out.len() >= min_width && !out.is_empty() {
            break;
        }
        if in_group == size {
            out.push(sep);
            in_group = 0;
        }
        out.push(if k > 0 { d[k - 1] } else { '0' });
        k = k.saturating_sub(1);
        in_group += 1;
    }
    out.iter().rev().collect()
}

/// Pads `parts` to the spec's width with its fill and alignment (default right).
pub fn layout_number(sp: &Spec, p: &NumParts<'_>) -> String {
    let align = sp.align.unwrap_or('>');
    let digits = match sp.grouping {
        Some(g) if !p.digits.is_empty() => {
            let lead = p.sign.chars().count() + p.prefix.len() + p.rest.chars().count();
            let min = if sp.fill == '0' && align == '=' {
                sp.width.saturating_sub(lead)
            } else {
                0
            };
            group(p.digits, g, if sp.group4 { 4 } else { 3 }, min)
        }
        _ => p.digits.to_owned(),
    };
    let len =
        p.sign.chars().count() + p.prefix.len() + digits.chars().count() + p.rest.chars().count();
    let pad = sp.width.saturating_sub(len);
    let fill = |n: usize| std::iter::repeat_n(sp.fill, n).collect::<String>();
    let body = format!("{}{}", digits, p.rest);
    match align {
        '<' => format!("{}{}{body}{}", p.sign, p.prefix, fill(pad)),
        '^' => format!(
            "{}{}{}{body}{}",
            fill(pad / 2),
            p.sign,
            p.prefix,
            fill(pad - pad / 2)
        ),
        '=' => format!("{}{}{}{body}", p.sign, p.prefix, fill(pad)),
        _ => format!("{}{}{}{body}", fill(pad), p.sign, p.prefix),
    }
}

/// Pads text (no sign) to the spec's width; `default` is the default alignment.
fn layout_text(sp: &Spec, s: &str, default: char) -> String {
    let len = s.chars().count();
    let pad = sp.width.saturating_sub(len);
    if pad == 0 {
        return s.to_owned();
    }
    let fill = |n: usize| std::iter::repeat_n(sp.fill, n).collect::<String>();
    match sp.align.unwrap_or(default) {
        '>' | '=' => format!("{}{s}", fill(pad)),
        '^' => format!("{}{s}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{s}{}", fill(pad)),
    }
}

fn sign_of(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

// --- str -------------------------------------------------------------------------------------------

/// `format(s, spec)` for a str's text.
pub fn format_str(cx: &mut Ctx, s: &str, spec: &str) -> PyResult<String> {
    let sp = parse_spec(spec, Some('s'), '<', "str").map_err(|m| value_error(cx, &m))?;
    if sp.ty != Some('s') {
        return Err(unknown_code(cx, sp.ty.unwrap_or('s'), "str"));
    }
    let err = if sp.sign == Some(' ') {
        Some("Space not allowed in string format specifier")
    } else if sp.sign.is_some() {
        Some("Sign not allowed in string format specifier")
    } else if sp.no_neg_0 {
        Some("Negative zero coercion (z) not allowed in string format specifier")
    } else if sp.alt {
        Some("Alternate form (#) not allowed in string format specifier")
    } else if sp.align == Some('=') {
        Some("'=' alignment not allowed in string format specifier")
    } else {
        None
    };
    if let Some(m) = err {
        return Err(value_error(cx, m));
    }
    check_sizes(cx, &sp)?;
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_owned(),
    };
    Ok(layout_text(&sp, &body, '<'))
}

/// `str.__format__(self, spec)` for a plain str value.
pub fn format_str_value(cx: &mut Ctx, s: Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return Ok(s);
    }
    let r = format_str(cx, as_str(s), spec)?;
    new_str(cx, &r)
}

// --- int -------------------------------------------------------------------------------------------

/// `format(i, spec)` for an int value.
pub fn format_int_spec(cx: &mut Ctx, i: Value, spec: &str) -> PyResult<String> {
    format_int_named(cx, i, spec, "int")
}

/// `format(i, spec)` for an int value of the type called `tname` (`int` or `bool`).
fn format_int_named(cx: &mut Ctx, i: Value, spec: &str, tname: &str) -> PyResult<String> {
    let sp = parse_spec(spec, Some('d'), '>', tname).map_err(|m| value_error(cx, &m))?;
    match sp.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            format_int(cx, i, &sp)
        }
        t => Err(unknown_code(cx, t.unwrap_or('d'), tname)),
    }
}

/// Renders an int with a parsed spec.
pub fn format_int(cx: &mut Ctx, i: Value, sp: &Spec) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::objects::float::int_to_float(cx, i)?;
            return format_float(cx, f, sp);
        }
        t => return Err(unknown_code(cx, t, "int")),
    }
    if sp.precision.is_some() {
        return Err(value_error(
            cx,
            "Precision not allowed in integer format specifier",
        ));
    }
    if sp.no_neg_0 {
        return Err(value_error(
            cx,
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_sizes(cx, sp)?;
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(value_error(
                cx,
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if sp.alt {
            return Err(value_error(
                cx,
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = int::to_i64(i).unwrap_or(-1);
        let Some(ch) = u32::try_from(code).ok().and_then(char::from_u32) else {
            return Err(overflow_error(cx, "%c arg not in range(0x110000)"));
        };
        let s = ch.to_string();
        let parts = NumParts {
            sign: "",
            prefix: "",
            digits: "",
            rest: &s,
        };
        return Ok(layout_number(sp, &parts));
    }
    let b = int::to_bigint(i);
    let mag = b.abs();
    let (digits, prefix) = match ty {
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        'b' => (mag.to_str_radix(2), "0b"),
        _ => (mag.to_str_radix(10), ""),
    };
    let parts = NumParts {
        sign: sign_of(b.is_negative(), sp.sign),
        prefix: if sp.alt { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    Ok(layout_number(sp, &parts))
}

// --- float -----------------------------------------------------------------------------------------

/// Flags of [`float_body`].
#[derive(Clone, Copy, Default)]
pub struct FloatFlags {
    /// `#`: always a decimal point, keep trailing zeros of `g`.
    pub alt: bool,
    /// Add `.0` to an integral result without exponent (`str(float)` style).
    pub add_dot_0: bool,
}

/// `(digits, decpt)` with `x = 0.DIGITS × 10**decpt` for finite `x >= 0`: the shortest
/// round-trip digits, or `n` correctly rounded significant digits. Zero is `("0…", 1)`.
fn decimal_digits(x: f64, n: Option<usize>) -> (Vec<u8>, i32) {
    let s = match n {
        Some(n) => format!("{:.*e}", n.max(1) - 1, x),
        None => format!("{x:e}"),
    };
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let digits: Vec<u8> = m.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp + 1)
}

fn push_exponent(out: &mut String, e: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", e.abs()));
}

/// Lays out `digits` with decimal exponent `decpt`, in exponent form or not.
fn place_digits(digits: &[u8], decpt: i32, use_exp: bool, alt: bool, upper: bool) -> String {
    let d = |r: &[u8]| String::from_utf8_lossy(r).into_owned();
    let mut out = String::new();
    if use_exp {
        out.push(digits[0] as char);
        if digits.len() > 1 || alt {
            out.push('.');
            out.push_str(&d(&digits[1..]));
        }
        push_exponent(&mut out, decpt - 1, upper);
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&d(digits));
    } else {
        let p = decpt as usize;
        if digits.len() <= p {
            out.push_str(&d(digits));
            out.extend(std::iter::repeat_n('0', p - digits.len()));
            if alt {
                out.push('.');
            }
        } else {
            out.push_str(&d(&digits[..p]));
            out.push('.');
            out.push_str(&d(&digits[p..]));
        }
    }
    out
}

/// The text of finite `x >= 0` in presentation `ty` (`e E f F g G r`) with `prec`, like
/// CPython's `PyOS_double_to_string` (without the sign).
pub fn float_body(x: f64, ty: char, prec: usize, flags: FloatFlags) -> String {
    let upper = ty.is_ascii_uppercase();
    let mut out = match ty.to_ascii_lowercase() {
        'e' => {
            let (digits, decpt) = decimal_digits(x, Some(prec + 1));
            place_digits(&digits, decpt, true, flags.alt, upper)
        }
        'f' => {
            let mut s = format!("{x:.prec$}");
            if flags.alt && prec == 0 {
                s.push('.');
            }
            s
        }
        'g' => {
            let p = prec.max(1);
            let (mut digits, decpt) = decimal_digits(x, Some(p));
            let limit = if flags.add_dot_0 {
                p as i32 - 1
            } else {
                p as i32
            };
            let use_exp = decpt <= -4 || decpt > limit;
            if !flags.alt {
                while digits.len() > 1 && digits.last() == Some(&b'0') {
                    digits.pop();
                }
            }
            place_digits(&digits, decpt, use_exp, flags.alt, upper)
        }
        _ => {
            let (digits, decpt) = decimal_digits(x, None);
            let digits = if x == 0.0 { vec![b'0'] } else { digits };
            let use_exp = decpt <= -4 || decpt > 16;
            place_digits(&digits, decpt, use_exp, flags.alt, upper)
        }
    };
    if flags.add_dot_0 {
        if out.ends_with('.') {
            out.push('0');
        } else if !out.contains(['.', 'e', 'E']) {
            out.push_str(".0");
        }
    }
    out
}

/// `inf`/`nan` in the case of the presentation type, if `x` is not finite.
fn non_finite(x: f64, upper: bool) -> Option<&'static str> {
    match (x.is_nan(), x.is_infinite(), upper) {
        (true, _, false) => Some("nan"),
        (true, _, true) => Some("NAN"),
        (_, true, false) => Some("inf"),
        (_, true, true) => Some("INF"),
        _ => None,
    }
}

/// The body of `x` (without sign) for a float spec, and whether it is negative.
fn float_text(x: f64, sp: &Spec, add_dot_0_default: bool) -> (String, bool) {
    let (mut ty, mut prec) = (sp.ty.unwrap_or('r'), sp.precision);
    let mut flags = FloatFlags {
        alt: sp.alt,
        add_dot_0: false,
    };
    if sp.ty.is_none() {
        flags.add_dot_0 = add_dot_0_default;
        if prec.is_some() {
            ty = 'g';
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut v = x;
    let pct = ty == '%';
    if pct {
        ty = 'f';
        v *= 100.0;
    }
    let p = *prec.get_or_insert(if sp.ty.is_none() { 0 } else { 6 });
    let neg = v.is_sign_negative() && !v.is_nan();
    let mut body = match non_finite(v, ty.is_ascii_uppercase()) {
        Some(s) => s.to_owned(),
        None => float_body(v.abs(), ty, p, flags),
    };
    if pct {
        body.push('%');
    }
    let all_zero = body.bytes().all(|b| !b.is_ascii_digit() || b == b'0');
    (body, neg && !(sp.no_neg_0 && all_zero && v.is_finite()))
}

/// Splits a number body into integer digits and the rest.
fn split_digits(body: &str) -> (&str, &str) {
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    body.split_at(n)
}

/// Renders a float with a parsed spec.
pub fn format_float(cx: &mut Ctx, x: f64, sp: &Spec) -> PyResult<String> {
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(cx, t, "float")),
    }
    check_sizes(cx, sp)?;
    let (body, neg) = float_text(x, sp, true);
    let (digits, rest) = if x.is_finite() {
        split_digits(&body)
    } else {
        ("", body.as_str())
    };
    let parts = NumParts {
        sign: sign_of(neg, sp.sign),
        prefix: "",
        digits,
        rest,
    };
    Ok(layout_number(sp, &parts))
}

/// `format(x, spec)` for a float value.
pub fn format_float_spec(cx: &mut Ctx, x: f64, spec: &str) -> PyResult<String> {
    let sp = parse_spec(spec, None, '>', "float").map_err(|m| value_error(cx, &m))?;
    format_float(cx, x, &sp)
}

// --- complex ---------------------------------------------------------------------------------------

/// `format(complex, spec)`.
pub fn format_complex(cx: &mut Ctx, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let sp = parse_spec(spec, None, '>', "complex").map_err(|m| value_error(cx, &m))?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(cx, t, "complex")),
    }
    if sp.fill == '0' {
        return Err(value_error(
            cx,
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if sp.align == Some('=') {
        return Err(value_error(
            cx,
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    check_sizes(cx, &sp)?;
    let bare = sp.ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part = Spec {
        fill: ' ',
        align: Some('<'),
        width: 0,
        ..sp.clone()
    };
    let render = |x: f64, sign: Option<char>| {
        let (body, neg) = float_text(x, &part, false);
        let (digits, rest) = if x.is_finite() {
            split_digits(&body)
        } else {
            ("", body.as_str())
        };
        let p = NumParts {
            sign: sign_of(neg, sign),
            prefix: "",
            digits,
            rest,
        };
        layout_number(
            &Spec {
                sign,
                ..part.clone()
            },
            &p,
        )
    };
    let mut out = String::new();
    if !skip_re {
        out.push_str(&render(re, sp.sign));
    }
    out.push_str(&render(im, if skip_re { sp.sign } else { Some('+') }));
    out.push('j');
    let out = if bare && !skip_re {
        format!("({out})")
    } else {
        out
    };
    Ok(layout_text(&sp, &out, '>'))
}

// --- Dispatch --------------------------------------------------------------------------------------

/// `format(v, spec)`: built-in types directly, others through `type(v).__format__`. The
/// result is a str (possibly of a subclass, if a user `__format__` returned one).
pub fn format(cx: &mut Ctx, v: Value, spec: &str) -> PyResult<Value> {
    let ty = type_of(v);
    if is_str(v) {
        return format_str_value(cx, v, spec);
    }
    let exact_num = is_exact_int(v) || is_float(v) || ty == COMPLEX_TYPE.get();
    if spec.is_empty() && (exact_num || ty == types().bool.get()) {
        return to_str(cx, v);
    }
    if is_exact_int(v) || (ty == types().bool.get() && !spec.is_empty()) {
        let i = int_value(v).unwrap_or(v);
        let s = format_int_named(cx, i, spec, type_name(ty))?;
        return new_str(cx, &s);
    }
    if is_float(v) {
        let s = format_float_spec(cx, float_value(v).unwrap_or(0.0), spec)?;
        return new_str(cx, &s);
    }
    if ty == COMPLEX_TYPE.get() {
        let (re, im) = complex_value(v).unwrap_or((0.0, 0.0));
        let s = format_complex(cx, re, im, spec)?;
        return new_str(cx, &s);
    }
    let m = type_lookup(cx, ty, names::FORMAT.get());
    if m.is_null() {
        let msg = format!("Type {} doesn't define __format__", type_name(ty));
        return Err(type_error(cx, &msg));
    }
    let mark = cx.handle_mark();
    let hm = cx.root(m);
    let hv = cx.root(v);
    let spec_v = new_str(cx, spec)?;
    let (m, v) = (cx.get(hm), cx.get(hv));
    cx.pop_handles(mark);
    let r = call(cx, m, &[v, spec_v])?;
    if !is_str_like(r) {
        let msg = format!(
            "__format__ must return a str, not {}",
            type_name(type_of(r))
        );
        return Err(type_error(cx, &msg));
    }
    Ok(r)
}

/// FORMAT_VALUE: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) then `format(v, spec)`; the
/// result is always an exact str.
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
    if is_str(v) && (spec.is_null() || as_str(spec).is_empty()) {
        return Ok(v);
    }
    let spec_s = if spec.is_null() {
        String::new()
    } else {
        as_str(str_value(spec)).to_owned()
    };
    let r = format(cx, v, &spec_s)?;
    Ok(str_value(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(x: f64, p: usize, alt: bool) -> String {
        float_body(
            x,
            'g',
            p,
            FloatFlags {
                alt,
                add_dot_0: false,
            },
        )
    }

    #[test]
    fn float_bodies() {
        assert_eq!(g(0.1, 6, false), "0.1");
        assert_eq!(g(123456789.0, 6, false), "1.23457e+08");
        assert_eq!(g(0.00001234, 6, false), "1.234e-05");
        assert_eq!(g(100.0, 6, false), "100");
        assert_eq!(g(0.0, 6, true), "0.00000");
        assert_eq!(g(255.0, 3, true), "255.");
        let r = |x| {
            float_body(
                x,
                'r',
                0,
                FloatFlags {
                    alt: false,
                    add_dot_0: true,
                },
            )
        };
        assert_eq!(r(1e16), "1e+16");
        assert_eq!(r(1234.5), "1234.5");
        assert_eq!(r(1e22), "1e+22");
        assert_eq!(float_body(2.5, 'f', 0, FloatFlags::default()), "2");
        assert_eq!(
            float_body(12345.678, 'e', 2, FloatFlags::default()),
            "1.23e+04"
        );
    }

    #[test]
    fn grouping() {
        assert_eq!(group("1234567", ',', 3, 0), "1,234,567");
        assert_eq!(group("1", ',', 3, 4), "0,001");
        assert_eq!(group("1", ',', 3, 6), "00,001");
        assert_eq!(group("12345", '_', 4, 0), "1_2345");
    }
}
