//! `float`: an IEEE double in a RAW object of one word, and the float algorithms the rest of
//! the runtime shares.
//!
//! - `repr` is the shortest string that round-trips, formatted by Python's rules (fixed
//!   notation for decimal exponents in [-4, 16), scientific otherwise, always with a `.` or
//!   an `e`).
//! - Comparisons with ints are exact; `hash` agrees with `int` for integral values.
//! - Conversions from ints and true division of ints are correctly rounded (one rounding,
//!   half to even, subnormal results included).
//! - Parsing follows `float()`'s grammar: surrounding whitespace, underscores between
//!   digits, `inf`/`infinity`/`nan` in any case, non-ASCII decimal digits.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, raw_word, set_raw_word};
use crate::objects::exceptions::{self, raise_msg};
use crate::objects::int;
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::types;
use crate::value::Value;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, Zero};
use std::cmp::Ordering;

/// A new float.
#[inline]
pub fn new_float(cx: &mut Ctx, f: f64) -> PyResult<Value> {
    let o = cx.alloc_raw(types().float.get(), 1)?;
    set_raw_word(o, 0, f.to_bits());
    Ok(Value::from_obj(o))
}

/// Whether `v` is exactly a float.
#[inline(always)]
pub fn is_float(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == types().float.get().bits()
}

/// The value of an exact float.
#[inline(always)]
pub fn float_of(v: Value) -> f64 {
    f64::from_bits(raw_word(v.obj(), 0))
}

/// The value of a float or float-subclass instance.
pub fn float_value(v: Value) -> Option<f64> {
    if is_float(v) {
        return Some(float_of(v));
    }
    if v.is_ref() && is_subtype(type_of(v), types().float.get()) {
        return Some(float_of(object::slot(v.obj(), 0)));
    }
    None
}

// --- Text ----------------------------------------------------------------------------------

/// The shortest round-trip digits of a finite nonzero `f` and its decimal exponent: `f` is
/// `0.d1d2d3... * 10**(exp+1)`, i.e. `d1.d2d3... * 10**exp`.
pub fn shortest_digits(f: f64) -> (String, i32) {
    let split = |s: String| -> (String, i32) {
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        (mant.chars().filter(|c| c.is_ascii_digit()).collect(), exp)
    };
    // Rust's `{:e}` gives the shortest round-trip digits ("d.ddde±x"), but breaks a tie
    // between two equally near candidates upwards. Python takes the even one: the value
    // correctly rounded (half to even, as Rust's fixed precision does) to that many digits.
    let (digits, exp) = split(format!("{:e}", f.abs()));
    if digits.len() < 16 {
        return (digits, exp);
    }
    split(format!("{:.*e}", digits.len() - 1, f.abs()))
}

/// Python's `repr(float)`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_owned();
    }
    let (digits, exp) = shortest_digits(f);
    let mut out = String::new();
    if f < 0.0 {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// The ASCII form of number text, as CPython prepares it for parsing: surrounding
/// whitespace stripped, other whitespace made `' '`, Unicode decimal digits made ASCII.
/// `None` if it has other non-ASCII characters (which no number may contain).
pub fn ascii_number_text(s: &str) -> Option<String> {
    let t = s.trim_matches(crate::objects::int::is_py_space);
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if crate::objects::int::is_py_space(c) {
            out.push(' ');
        } else if let Some(d) = crate::objects::int::unicode_decimal(c) {
            out.push(char::from(b'0' + d));
        } else {
            return None;
        }
    }
    Some(out)
}

/// Parses the longest prefix of `b` that is a float literal (`[sign] (digits [. [digits]] |
/// . digits) [e [sign] digits] | [sign] (inf | infinity | nan)`, underscores allowed between
/// digits), as C's `strtod` would; the value and the bytes consumed, or `None`.
pub fn parse_float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let lower: Vec<u8> = b[i..]
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let special = |v: f64, n: usize| Some((if neg { -v } else { v }, i + n));
    if lower.starts_with(b"infinity") {
        return special(f64::INFINITY, 8);
    }
    if lower.starts_with(b"inf") {
        return special(f64::INFINITY, 3);
    }
    if lower.starts_with(b"nan") {
        return special(f64::NAN, 3);
    }
    // Digits with single underscores between them; returns the end.
    let digits = |mut j: usize| -> (usize, usize) {
        let start = j;
        let mut count = 0;
        while j < b.len() {
            if b[j].is_ascii_digit() {
                count += 1;
                j += 1;
            } else if b[j] == b'_'
                && j > start
                && b[j - 1].is_ascii_digit()
                && b.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                j += 1;
            } else {
                break;
            }
        }
        (j, count)
    };
    let (mut j, int_digits) = digits(i);
    let mut frac_digits = 0;
    if b.get(j) == Some(&b'.') {
        let (k, n) = digits(j + 1);
        frac_digits = n;
        if int_digits > 0 || n > 0 {
            j = k;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(b.get(j), Some(b'e') | Some(b'E')) {
        let mut k = j + 1;
        if matches!(b.get(k), Some(b'+') | Some(b'-')) {
            k += 1;
        }
        let (end, n) = digits(k);
        if n > 0 {
            j = end;
        }
    }
    let text: String = b[..j]
        .iter()
        .filter(|&&c| c != b'_')
        .map(|&c| c as char)
        .collect();
    text.parse::<f64>().ok().map(|v| (v, j))
}

/// Parses `float(str)` text; `None` if it is not a float literal.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = ascii_number_text(s)?;
    let b = t.as_bytes();
    match parse_float_prefix(b) {
        Some((v, n)) if n == b.len() => Some(v),
        _ => None,
    }
}

// --- Hashing and comparison ----------------------------------------------------------------

/// `hash(float)`: CPython's algorithm, so that integral floats hash like ints. NaN must be
/// handled by the caller (it hashes by identity).
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    let modulus = crate::protocol::HASH_MODULUS as u64;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        (e as u64) % 61
    } else {
        60 - ((-1 - e as i64) as u64 % 61)
    };
    x = ((x << e) & modulus) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    crate::hash::fix_hash(h)
}

/// `frexp`: `f = m * 2**e` with `0.5 <= |m| < 1` (`(f, 0)` for zeros, infinities, NaN).
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// `2.0**n` for `n` in the normal exponent range.
fn pow2(n: i32) -> f64 {
    debug_assert!((-1022..=1023).contains(&n));
    f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// `ldexp`: `x * 2**n`, rounded once (infinite on overflow, zero or subnormal on underflow).
pub fn ldexp(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-3000, 3000) as i32;
    if n > 1023 {
        y *= pow2(1023);
        n -= 1023;
        if n > 1023 {
            y *= pow2(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**-1022 * 2**53 so the intermediate stays normal: one rounding at the end.
        y *= pow2(-1022) * pow2(53);
        n += 1022 - 53;
        if n < -1022 {
            y *= pow2(-1022) * pow2(53);
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * pow2(n)
}

/// Exact comparison of a float with an int (`None` for NaN).
pub fn cmp_float_int(f: f64, i: Value) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if i.is_int() && i.as_int().unsigned_abs() < (1u64 << 53) {
        return f.partial_cmp(&(i.as_int() as f64));
    }
    let b = int::to_bigint(i);
    let fl = f.floor();
    let fb = BigInt::from_f64(fl).unwrap_or_else(BigInt::zero);
    match fb.cmp(&b) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

// --- Conversions from ints -----------------------------------------------------------------

/// Rounds `m * 2**-s` (with `sticky` set if a nonzero remainder was dropped below `m`) to
/// the nearest double, half to even; infinite on overflow.
pub fn round_scaled(m: &BigUint, s: i64, sticky: bool) -> f64 {
    let nb = m.bits() as i64;
    if nb == 0 {
        return 0.0;
    }
    // Keep 53 bits, fewer if the result is subnormal (its last bit is 2**-1074).
    let drop = (nb - 53).max(s - 1074).max(0);
    if drop > nb {
        // Below half the smallest subnormal.
        return 0.0;
    }
    let (mut q, half, rest) = if drop == 0 {
        (m.clone(), false, false)
    } else {
        let q: BigUint = m >> drop as usize;
        let half = m.bit(drop as u64 - 1);
        let low_mask = (BigUint::from(1u8) << (drop as usize - 1)) - 1u8;
        let rest = !(m & &low_mask).is_zero();
        (q, half, rest)
    };
    if half && (rest || sticky || q.bit(0)) {
        q += 1u8;
    }
    let mant = num_traits::ToPrimitive::to_u64(&q).unwrap_or(u64::MAX) as f64;
    ldexp(mant, drop - s)
}

/// A big int's value as the nearest double (infinite if too large).
pub fn bigint_to_f64(b: &BigInt) -> f64 {
    let r = round_scaled(b.magnitude(), 0, false);
    if b.is_negative() {
        -r
    } else {
        r
    }
}

/// `frexp` of an int of any size: `(m, e)` with `v ≈ m * 2**e`, `0.5 <= |m| < 1` (`m` is
/// correctly rounded to 53 bits; `(0.0, 0)` for zero).
pub fn int_frexp(v: Value) -> (f64, i64) {
    let b = int::to_bigint(v);
    let mag = b.magnitude();
    let nb = mag.bits() as i64;
    if nb == 0 {
        return (0.0, 0);
    }
    // Keep 55 bits and a sticky bit, then round once: m = top / 2**55.
    let shift = (nb - 55).max(0);
    let top: BigUint = mag >> shift as usize;
    let sticky = shift > 0 && mag.trailing_zeros().unwrap_or(0) < shift as u64;
    let m = round_scaled(&top, 55 + (nb - 55).min(0), sticky);
    // m is in [0.5, 1] (1.0 when rounding carried).
    let (m, e) = if m >= 1.0 { (m / 2.0, nb + 1) } else { (m, nb) };
    (if b.is_negative() { -m } else { m }, e)
}

/// Converts an int to float for arithmetic, or raises OverflowError.
pub fn int_to_float(cx: &mut Ctx, i: Value) -> PyResult<f64> {
    int::to_f64(i)
        .ok_or_else(|| exceptions::overflow_error(cx, "int too large to convert to float"))
}

/// `a / b` for two ints, correctly rounded.
pub fn int_truediv(cx: &mut Ctx, a: Value, b: Value) -> PyResult<f64> {
    if int::sign(b) == 0 {
        return Err(raise_msg(
            cx,
            exceptions::ZERO_DIVISION_ERROR.get(),
            "division by zero",
        ));
    }
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if x.unsigned_abs() <= (1 << 53) && y.unsigned_abs() <= (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let (x, y) = (int::to_bigint(a), int::to_bigint(b));
    let negative = x.is_negative() != y.is_negative();
    let (x, y) = (x.magnitude().clone(), y.magnitude().clone());
    if x.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so that the quotient has at least 55 bits (two beyond the 53 kept).
    let s = 55 - (x.bits() as i64 - y.bits() as i64);
    let (q, r) = if s >= 0 {
        (x << s as usize).div_rem(&y)
    } else {
        x.div_rem(&(y << (-s) as usize))
    };
    let f = round_scaled(&q, s, !r.is_zero());
    if f.is_infinite() {
        return Err(exceptions::overflow_error(
            cx,
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -f } else { f })
}

// --- Division ------------------------------------------------------------------------------

/// Python's float `%`: the result has the sign of the divisor (`b` nonzero).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float `divmod` (`b` nonzero): `(a // b, a % b)`.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let q = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (q, m)
}

/// Python's float `//` (`b` nonzero).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    float_divmod(a, b).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        let cases = [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123456789012345.6, "123456789012345.6"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.2345e-7, "1.2345e-07"),
            (std::f64::consts::PI, "3.141592653589793"),
            (1e100, "1e+100"),
            (f64::INFINITY, "inf"),
            (-0.0, "-0.0"),
            (9007199254740993.0, "9007199254740992.0"),
        ];
        for (f, s) in cases {
            assert_eq!(float_repr(f), s, "{f}");
        }
    }

    #[test]
    fn hash_matches_ints_and_cpython() {
        assert_eq!(float_hash(1.0), 1);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(2.0f64.powi(61)), 1);
        assert_eq!(float_hash(0.5), 1_152_921_504_606_846_976);
        assert_eq!(float_hash(1.5), 1_152_921_504_606_846_977);
    }

    #[test]
    fn parses_like_float() {
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("-iNfInItY"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("1e"), None);
        assert_eq!(parse_float("1._5"), None);
        assert_eq!(parse_float("."), None);
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float(".5e-1"), Some(0.05));
        assert!(parse_float("nan").is_some_and(f64::is_nan));
    }

    #[test]
    fn ldexp_rounds_once() {
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(3.0, -1076), 5e-324);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(0.75, 3), 6.0);
    }

    #[test]
    fn big_conversion_rounds_half_even() {
        let two53 = BigInt::from(1u64 << 53);
        assert_eq!(bigint_to_f64(&(&two53 + 1)), 9007199254740992.0);
        assert_eq!(bigint_to_f64(&(&two53 + 3)), 9007199254740996.0);
        assert_eq!(bigint_to_f64(&(BigInt::from(1) << 1024)), f64::INFINITY);
    }
}
