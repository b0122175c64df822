//! printf-style `%` formatting of `str` and `bytes`/`bytearray`, with CPython's argument
//! rules: a tuple supplies positional arguments, any other object is one argument, a
//! mapping (not a tuple or str) enables `%(key)` lookups, and `*` takes a width or
//! precision from the arguments.
//!
//! Both forms run one engine over characters; the bytes form reads its format as Latin-1
//! and turns the result back into bytes.

use crate::ctx::{Ctx, Handle, HandleMark, PyResult, Raised};
use crate::names;
use crate::objects::bytes::{bytes_data, is_bytes_like, new_bytearray, new_bytes, BYTEARRAY_TYPE};
use crate::objects::exceptions::{self, overflow_error, type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::int::{self, int_value};
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::ops::format::{float_body, FloatFlags};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::Signed;

/// Which of the two forms is running.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Str,
    Bytes,
}

/// The argument state of one formatting run (CPython's `arglen`/`argidx`).
struct ArgState {
    /// The current arguments (the tuple, the single argument, or a mapping lookup result).
    args: Handle,
    /// The mapping for `%(key)`, if the arguments are one.
    dict: Option<Handle>,
    arglen: isize,
    argidx: isize,
}

impl ArgState {
    /// The next argument (raw: use it before the next safepoint).
    fn next(&mut self, cx: &mut Ctx) -> PyResult<Value> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            let a = cx.get(self.args);
            return Ok(if self.arglen < 0 {
                a
            } else {
                tuple_get(a, (self.argidx - 1) as usize)
            });
        }
        Err(type_error(cx, "not enough arguments for format string"))
    }
}

/// Flags and sizes of one conversion.
#[derive(Default)]
struct Conv {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// `fmt % args` for a str.
pub fn percent_format(cx: &mut Ctx, fmt: Value, args: Value) -> PyResult<Value> {
    let f: Vec<char> = as_str(fmt).chars().collect();
    let out = run(cx, &f, args, Mode::Str)?;
    let s: String = out.into_iter().collect();
    new_str(cx, &s)
}

/// `fmt % args` for bytes or bytearray (the result has the format's type).
pub fn bytes_percent_format(cx: &mut Ctx, fmt: Value, args: Value) -> PyResult<Value> {
    let is_array = crate::objects::bytes::is_bytearray(fmt);
    let f: Vec<char> = bytes_data(fmt).into_iter().map(char::from).collect();
    let out = run(cx, &f, args, Mode::Bytes)?;
    let data: Vec<u8> = out.into_iter().map(|c| c as u32 as u8).collect();
    if is_array {
        new_bytearray(cx, BYTEARRAY_TYPE.get(), &data)
    } else {
        new_bytes(cx, &data)
    }
}

/// Whether `%` treats `args` as a mapping.
fn is_mapping(cx: &mut Ctx, args: Value, mode: Mode) -> bool {
    if is_tuple(args) || is_str_like(args) || (mode == Mode::Bytes && is_bytes_like(args)) {
        return false;
    }
    crate::objects::dict::is_dict_like(args)
        || !type_lookup(cx, type_of(args), names::GETITEM.get()).is_null()
}

fn run(cx: &mut Ctx, f: &[char], args: Value, mode: Mode) -> PyResult<Vec<char>> {
    // A tuple subclass (a namedtuple) supplies its items.
    let args = crate::objects::list_methods::tuple_value(args).unwrap_or(args);
    let mark = cx.handle_mark();
    let dict = is_mapping(cx, args, mode);
    let ha = cx.root(args);
    let mut st = ArgState {
        args: ha,
        dict: dict.then(|| cx.root(args)),
        arglen: if is_tuple(args) {
            tuple_len(args) as isize
        } else {
            -1
        },
        argidx: if is_tuple(args) { 0 } else { -2 },
    };
    let r = run_with(cx, f, &mut st, mode);
    cx.pop_handles(mark);
    r
}

fn run_with(cx: &mut Ctx, f: &[char], st: &mut ArgState, mode: Mode) -> PyResult<Vec<char>> {
    let mut out: Vec<char> = Vec::with_capacity(f.len());
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < f.len() && f[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut c = Conv::default();
        if i < f.len() && f[i] == '(' {
            let Some(d) = st.dict else {
                return Err(type_error(cx, "format requires a mapping"));
            };
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while depth > 0 && i < f.len() {
                match f[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error(cx, "incomplete format key"));
            }
            let key_chars = &f[start..i - 1];
            let key = match mode {
                Mode::Str => new_str(cx, &key_chars.iter().collect::<String>())?,
                Mode::Bytes => {
                    let b: Vec<u8> = key_chars.iter().map(|&c| c as u32 as u8).collect();
                    new_bytes(cx, &b)?
                }
            };
            let m = cx.get(d);
            let v = crate::ops::subscript::getitem(cx, m, key)?;
            cx.set(st.args, v);
            st.arglen = -1;
            st.argidx = -2;
        }
        while i < f.len() {
            match f[i] {
                '-' => c.ljust = true,
                '+' => c.sign = true,
                ' ' => c.blank = true,
                '#' => c.alt = true,
                '0' => c.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < f.len() && f[i] == '*' {
            let w = star_arg(cx, st)?;
            if w < 0 {
                c.ljust = true;
            }
            c.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            c.width = digits(cx, f, &mut i, "width too big")?;
        }
        if i < f.len() && f[i] == '.' {
            i += 1;
            if i < f.len() && f[i] == '*' {
                c.prec = Some(star_arg(cx, st)?.max(0) as usize);
                i += 1;
            } else {
                c.prec = Some(digits(cx, f, &mut i, "precision too big")?.unwrap_or(0));
            }
        }
        while i < f.len() && matches!(f[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= f.len() {
            return Err(value_error(cx, "incomplete format"));
        }
        let conv = f[i];
        i += 1;
        if c.width.is_some_and(|w| w > crate::runtime::alloc_limit()) {
            return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
        }
        let v = st.next(cx)?;
        let piece = convert(cx, v, conv, &c, mode, i - 1)?;
        out.extend(piece);
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        let msg = match mode {
            Mode::Str => "not all arguments converted during string formatting",
            Mode::Bytes => "not all arguments converted during bytes formatting",
        };
        return Err(type_error(cx, msg));
    }
    Ok(out)
}

/// A `*` width or precision.
fn star_arg(cx: &mut Ctx, st: &mut ArgState) -> PyResult<i64> {
    let v = st.next(cx)?;
    let Some(i) = int_value(v) else {
        return Err(type_error(cx, "* wants int"));
    };
    int::to_i64(i)
        .filter(|x| x.unsigned_abs() <= isize::MAX as u64)
        .ok_or_else(|| overflow_error(cx, "Python int too large to convert to C ssize_t"))
}

fn digits(cx: &mut Ctx, f: &[char], i: &mut usize, too_big: &str) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while *i < f.len() && f[*i].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|x| x.checked_add(f[*i] as usize - '0' as usize))
            .filter(|&x| x <= isize::MAX as usize)
            .ok_or_else(|| value_error(cx, too_big))?;
        *i += 1;
    }
    Ok((*i > start).then_some(n))
}

/// Pads `s` to the conversion's width (spaces, or zeros after the sign and prefix).
fn pad(s: Vec<char>, c: &Conv, numeric: bool, prefix_len: usize) -> Vec<char> {
    let w = c.width.unwrap_or(0);
    if s.len() >= w {
        return s;
    }
    let n = w - s.len();
    if c.ljust {
        let mut s = s;
        s.extend(std::iter::repeat_n(' ', n));
        return s;
    }
    if numeric && c.zero {
        let mut out = Vec::with_capacity(w);
        out.extend_from_slice(&s[..prefix_len]);
        out.extend(std::iter::repeat_n('0', n));
        out.extend_from_slice(&s[prefix_len..]);
        return out;
    }
    let mut out: Vec<char> = std::iter::repeat_n(' ', n).collect();
    out.extend(s);
    out
}

fn sign_char(neg: bool, c: &Conv) -> &'static str {
    if neg {
        "-"
    } else if c.sign {
        "+"
    } else if c.blank {
        " "
    } else {
        ""
    }
}

fn convert(
    cx: &mut Ctx,
    v: Value,
    conv: char,
    c: &Conv,
    mode: Mode,
    at: usize,
) -> PyResult<Vec<char>> {
    match conv {
        's' | 'r' | 'a' | 'b' => {
            let text: Vec<char> = match (conv, mode) {
                ('s', Mode::Str) => {
                    let s = crate::ops::repr::to_str(cx, v)?;
                    as_str(s).chars().collect()
                }
                ('r', Mode::Str) => {
                    let s = crate::ops::repr::repr(cx, v)?;
                    as_str(s).chars().collect()
                }
                ('a', _) | ('r', Mode::Bytes) => {
                    let s = crate::ops::repr::ascii(cx, v)?;
                    as_str(s).chars().collect()
                }
                ('s' | 'b', Mode::Bytes) => bytes_arg(cx, v)?.into_iter().map(char::from).collect(),
                _ => return Err(unsupported(cx, conv, at)),
            };
            let text = match c.prec {
                Some(p) if p < text.len() => text[..p].to_vec(),
                _ => text,
            };
            Ok(pad(text, c, false, 0))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_arg(cx, v, conv)?;
            let b = int::to_bigint(n);
            let mag = b.abs();
            let (mut digits, prefix) = match conv {
                'o' => (mag.to_str_radix(8), "0o"),
                'x' => (mag.to_str_radix(16), "0x"),
                'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
                _ => (mag.to_str_radix(10), ""),
            };
            if let Some(p) = c.prec {
                if digits.len() < p {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
            }
            let lead = format!(
                "{}{}",
                sign_char(b.is_negative(), c),
                if c.alt { prefix } else { "" }
            );
            let s: Vec<char> = lead.chars().chain(digits.chars()).collect();
            Ok(pad(s, c, true, lead.len()))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(cx, v)?;
            let prec = c.prec.unwrap_or(6);
            if prec > i32::MAX as usize {
                return Err(value_error(cx, "precision too big"));
            }
            let neg = x.is_sign_negative() && !x.is_nan();
            let body = if x.is_nan() {
                if conv.is_ascii_uppercase() {
                    "NAN"
                } else {
                    "nan"
                }
                .to_owned()
            } else if x.is_infinite() {
                if conv.is_ascii_uppercase() {
                    "INF"
                } else {
                    "inf"
                }
                .to_owned()
            } else {
                let flags = FloatFlags {
                    alt: c.alt,
                    add_dot_0: false,
                };
                float_body(x.abs(), conv, prec, flags)
            };
            let sign = sign_char(neg, c);
            let s: Vec<char> = sign.chars().chain(body.chars()).collect();
            Ok(pad(s, c, true, sign.len()))
        }
        'c' => {
            let ch = char_arg(cx, v, mode)?;
            Ok(pad(vec![ch], c, false, 0))
        }
        _ => Err(unsupported(cx, conv, at)),
    }
}

fn unsupported(cx: &mut Ctx, conv: char, at: usize) -> Raised {
    let shown = if (' '..='~').contains(&conv) {
        conv
    } else {
        '?'
    };
    let msg = format!(
        "unsupported format character '{shown}' (0x{:x}) at index {at}",
        conv as u32
    );
    value_error(cx, &msg)
}

/// The integer for `%d` and friends: `%d` accepts anything `int()` does for numbers,
/// `%x`/`%o` only `__index__`.
fn int_arg(cx: &mut Ctx, v: Value, conv: char) -> PyResult<Value> {
    if let Some(i) = int_value(v) {
        return Ok(i);
    }
    let wrong = |cx: &mut Ctx| {
        let what = if matches!(conv, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        let msg = format!("%{conv} format: {what}, not {}", type_name(type_of(v)));
        type_error(cx, &msg)
    };
    let t = type_of(v);
    let has = |cx: &mut Ctx, n: Value| !type_lookup(cx, t, n).is_null();
    let has_index = has(cx, names::INDEX.get());
    if matches!(conv, 'o' | 'x' | 'X') {
        if !has_index {
            return Err(wrong(cx));
        }
        return crate::ops::number::index(cx, v);
    }
    if let Some(f) = float_value(v) {
        if f.is_nan() {
            return Err(value_error(cx, "cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(overflow_error(
                cx,
                "cannot convert float infinity to integer",
            ));
        }
        return int::from_bigint(cx, &float_to_bigint(f));
    }
    if has_index {
        return crate::ops::number::index(cx, v);
    }
    let m = type_lookup(cx, t, names::INT.get());
    if !m.is_null() {
        let r = crate::interp::call::call(cx, m, &[v])?;
        if let Some(i) = int_value(r) {
            return Ok(i);
        }
        let msg = format!("__int__ returned non-int (type {})", type_name(type_of(r)));
        return Err(type_error(cx, &msg));
    }
    Err(wrong(cx))
}

/// The integer part of a finite float, exactly.
pub fn float_to_bigint(f: f64) -> BigInt {
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return BigInt::from(t as i64);
    }
    // Exact: mantissa × 2**exponent.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let v = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if t < 0.0 {
        -v
    } else {
        v
    }
}

fn float_arg(cx: &mut Ctx, v: Value) -> PyResult<f64> {
    if let Some(f) = float_value(v) {
        return Ok(f);
    }
    if let Some(i) = int_value(v) {
        return crate::objects::float::int_to_float(cx, i);
    }
    let t = type_of(v);
    if type_lookup(cx, t, names::FLOAT.get()).is_null()
        && type_lookup(cx, t, names::INDEX.get()).is_null()
    {
        let msg = format!("must be real number, not {}", type_name(t));
        return Err(type_error(cx, &msg));
    }
    crate::ops::number::to_float(cx, v)
}

fn char_arg(cx: &mut Ctx, v: Value, mode: Mode) -> PyResult<char> {
    match mode {
        Mode::Str => {
            if is_str_like(v) {
                let mut it = as_str(str_value(v)).chars();
                if let (Some(ch), None) = (it.next(), it.next()) {
                    return Ok(ch);
                }
                return Err(type_error(cx, "%c requires int or char"));
            }
            let is_index = int_value(v).is_some()
                || !type_lookup(cx, type_of(v), names::INDEX.get()).is_null();
            if !is_index {
                return Err(type_error(cx, "%c requires int or char"));
            }
            let i = crate::ops::number::index(cx, v)?;
            match int::to_i64(i)
                .and_then(|x| u32::try_from(x).ok())
                .filter(|&x| x < 0x110000)
            {
                Some(x) => char::from_u32(x)
                    .ok_or_else(|| value_error(cx, "lone surrogates are not supported in str")),
                None => Err(overflow_error(cx, "%c arg not in range(0x110000)")),
            }
        }
        Mode::Bytes => {
            if is_bytes_like(v) {
                let d = bytes_data(v);
                if d.len() == 1 {
                    return Ok(char::from(d[0]));
                }
            } else if let Some(i) = int_value(v) {
                return match int::to_i64(i).filter(|x| (0..256).contains(x)) {
                    Some(x) => Ok(char::from(x as u8)),
                    None => Err(overflow_error(cx, "%c arg not in range(256)")),
                };
            }
            Err(type_error(
                cx,
                "%c requires an integer in range(256) or a single byte",
            ))
        }
    }
}

/// The bytes for `%s`/`%b` of bytes formatting: a bytes-like object or `__bytes__`.
fn bytes_arg(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(bytes_data(v));
    }
    let m = type_lookup(cx, type_of(v), names::BYTES.get());
    if !m.is_null() {
        let r = crate::interp::call::call(cx, m, &[v])?;
        if !is_bytes_like(r) || crate::objects::bytes::is_bytearray(r) {
            let msg = format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(type_of(r))
            );
            return Err(type_error(cx, &msg));
        }
        return Ok(bytes_data(r));
    }
    let msg = format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

/// Keeps the exception module referenced for the error helpers above.
#[allow(dead_code)]
fn _unused(cx: &mut Ctx) -> Raised {
    exceptions::value_error(cx, "")
}

/// Keeps `HandleMark` in use for future callers.
#[allow(dead_code)]
fn _mark(h: Handle) -> HandleMark {
    HandleMark::from_handle(h)
}
