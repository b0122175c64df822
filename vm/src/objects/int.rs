//! `int` (and the integer side of `bool`): small ints inline in the `Value`, big ints as
//! VARRAW objects, one Python type.
//!
//! ```text
//! big int VARRAW payload: [sign: i64, +1 or -1][u32 digits, little-endian, no leading 0]
//! ```
//!
//! Every result that fits the small range is returned small, so a big int is never small
//! enough to be inline. Arithmetic on small ints checks for overflow and falls back to
//! `num_bigint`. `bool` values and instances of int subclasses carry their integer in
//! slot 0; [`int_value`] unwraps them.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, raw_word, set_raw_word, varraw_bytes, varraw_bytes_mut};
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::types;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// CPython 3.11's default limit on digits in int <-> str conversion.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// The current `sys.get_int_max_str_digits()` (0 = unlimited).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`.
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed)
}

/// Whether `v` is a big int object (exact type `int`, not small).
#[inline]
pub fn is_big(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == types().int.get().bits()
}

/// Whether `v` is an int of exact type `int` (small or big).
#[inline]
pub fn is_exact_int(v: Value) -> bool {
    v.is_int() || is_big(v)
}

/// The integer value of an int, bool, or int-subclass instance (a small or big int), or
/// `None` if `v` is not an int.
#[inline]
pub fn int_value(v: Value) -> Option<Value> {
    if v.is_int() || is_big(v) {
        return Some(v);
    }
    if !v.is_ref() {
        return None;
    }
    let t = type_of(v);
    if is_subtype(t, types().int.get()) {
        Some(object::slot(v.obj(), 0))
    } else {
        None
    }
}

/// Whether `v` is an int (including bool and subclasses).
pub fn is_int_like(v: Value) -> bool {
    int_value(v).is_some()
}

/// A big int's value.
pub fn big_of(v: Value) -> BigInt {
    let o = v.obj();
    let sign = raw_word(o, 1) as i64;
    let bytes = &varraw_bytes(o)[8..];
    let digits: Vec<u32> = bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    BigInt::from_slice(if sign < 0 { Sign::Minus } else { Sign::Plus }, &digits)
}

/// The value of a small or big int as a `BigInt`.
pub fn to_bigint(v: Value) -> BigInt {
    if v.is_int() {
        BigInt::from(v.as_int())
    } else {
        big_of(v)
    }
}

/// An int from a `BigInt` (small if it fits).
pub fn from_bigint(cx: &mut Ctx, b: &BigInt) -> PyResult<Value> {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_int(i) {
            return Ok(v);
        }
    }
    let (sign, digits) = b.to_u32_digits();
    let o = cx.alloc_varraw(types().int.get(), 8 + 4 * digits.len())?;
    set_raw_word(o, 1, if sign == Sign::Minus { -1i64 as u64 } else { 1 });
    let bytes = varraw_bytes_mut(o);
    for (i, d) in digits.iter().enumerate() {
        bytes[8 + 4 * i..12 + 4 * i].copy_from_slice(&d.to_le_bytes());
    }
    Ok(Value::from_obj(o))
}

/// An int from an `i64`.
#[inline]
pub fn from_i64(cx: &mut Ctx, i: i64) -> PyResult<Value> {
    match Value::try_int(i) {
        Some(v) => Ok(v),
        None => from_bigint(cx, &BigInt::from(i)),
    }
}

/// An int from an `i128`.
pub fn from_i128(cx: &mut Ctx, i: i128) -> PyResult<Value> {
    if let Ok(x) = i64::try_from(i) {
        return from_i64(cx, x);
    }
    from_bigint(cx, &BigInt::from(i))
}

/// The value as an `i64`, if it fits.
pub fn to_i64(v: Value) -> Option<i64> {
    if v.is_int() {
        Some(v.as_int())
    } else {
        big_of(v).to_i64()
    }
}

/// Sign of an int: -1, 0 or 1.
pub fn sign(v: Value) -> i32 {
    if v.is_int() {
        v.as_int().signum() as i32
    } else if raw_word(v.obj(), 1) as i64 > 0 {
        1
    } else {
        -1
    }
}

/// `hash(int)`.
pub fn int_hash(v: Value) -> i64 {
    if v.is_int() {
        return crate::protocol::int_hash(v.as_int());
    }
    let b = big_of(v);
    let m = BigInt::from(crate::protocol::HASH_MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    crate::hash::fix_hash(if b.is_negative() { -r } else { r })
}

/// Exact comparison of two ints: `Less`, `Equal` or `Greater`.
pub fn int_cmp(a: Value, b: Value) -> std::cmp::Ordering {
    if a.is_int() && b.is_int() {
        return a.as_int().cmp(&b.as_int());
    }
    to_bigint(a).cmp(&to_bigint(b))
}

// --- Arithmetic ------------------------------------------------------------------------------

/// `a + b`.
#[inline]
pub fn add(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        // Two 63-bit values never overflow i64.
        return from_i64(cx, a.as_int() + b.as_int());
    }
    from_bigint(cx, &(to_bigint(a) + to_bigint(b)))
}

/// `a - b`.
#[inline]
pub fn sub(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        return from_i64(cx, a.as_int() - b.as_int());
    }
    from_bigint(cx, &(to_bigint(a) - to_bigint(b)))
}

/// `a * b`.
#[inline]
pub fn mul(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        if let Some(p) = a.as_int().checked_mul(b.as_int()) {
            return from_i64(cx, p);
        }
        return from_i128(cx, a.as_int() as i128 * b.as_int() as i128);
    }
    from_bigint(cx, &(to_bigint(a) * to_bigint(b)))
}

/// Raises `ZeroDivisionError: integer division or modulo by zero`.
pub fn zero_div(cx: &mut Ctx) -> crate::ctx::Raised {
    crate::objects::exceptions::raise_msg(
        cx,
        crate::objects::exceptions::ZERO_DIVISION_ERROR.get(),
        "integer division or modulo by zero",
    )
}

/// `a // b`.
pub fn floordiv(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if y == 0 {
            return Err(zero_div(cx));
        }
        return from_i64(cx, x.div_floor(&y));
    }
    let y = to_bigint(b);
    if y.is_zero() {
        return Err(zero_div(cx));
    }
    from_bigint(cx, &to_bigint(a).div_floor(&y))
}

/// `a % b`.
pub fn modulo(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if y == 0 {
            return Err(zero_div(cx));
        }
        return from_i64(cx, x.mod_floor(&y));
    }
    let y = to_bigint(b);
    if y.is_zero() {
        return Err(zero_div(cx));
    }
    from_bigint(cx, &to_bigint(a).mod_floor(&y))
}

/// `divmod(a, b)` as two ints.
pub fn divmod(cx: &mut Ctx, a: Value, b: Value) -> PyResult<(Value, Value)> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if y == 0 {
            return Err(zero_div(cx));
        }
        let (q, r) = x.div_mod_floor(&y);
        return Ok((from_i64(cx, q)?, from_i64(cx, r)?));
    }
    let y = to_bigint(b);
    if y.is_zero() {
        return Err(zero_div(cx));
    }
    let (q, r) = to_bigint(a).div_mod_floor(&y);
    let q = from_bigint(cx, &q)?;
    let hq = cx.root(q);
    let r = from_bigint(cx, &r)?;
    let q = cx.get(hq);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hq));
    Ok((q, r))
}

/// `-a`.
pub fn neg(cx: &mut Ctx, a: Value) -> PyResult<Value> {
    if a.is_int() {
        return from_i64(cx, -a.as_int());
    }
    from_bigint(cx, &-to_bigint(a))
}

/// `~a`.
pub fn invert(cx: &mut Ctx, a: Value) -> PyResult<Value> {
    if a.is_int() {
        return from_i64(cx, !a.as_int());
    }
    from_bigint(cx, &!to_bigint(a))
}

/// `abs(a)`.
pub fn abs(cx: &mut Ctx, a: Value) -> PyResult<Value> {
    if a.is_int() {
        return from_i64(cx, a.as_int().abs());
    }
    from_bigint(cx, &to_bigint(a).abs())
}

/// Bitwise `&`, `|`, `^`.
pub fn bitop(cx: &mut Ctx, a: Value, b: Value, op: u8) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        return Ok(Value::int(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        }));
    }
    let (x, y) = (to_bigint(a), to_bigint(b));
    from_bigint(
        cx,
        &match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        },
    )
}

fn negative_shift(cx: &mut Ctx) -> crate::ctx::Raised {
    crate::objects::exceptions::raise_msg(
        cx,
        crate::objects::exceptions::VALUE_ERROR.get(),
        "negative shift count",
    )
}

/// `a << b`.
pub fn lshift(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if sign(b) < 0 {
        return Err(negative_shift(cx));
    }
    if sign(a) == 0 {
        return Ok(Value::int(0));
    }
    let Some(n) = to_i64(b).filter(|&n| n <= (1 << 40)) else {
        return Err(crate::objects::exceptions::raise_msg(
            cx,
            crate::objects::exceptions::OVERFLOW_ERROR.get(),
            "too many digits in integer",
        ));
    };
    if a.is_int() && n < 62 {
        let x = a.as_int() as i128;
        return from_i128(cx, x << n);
    }
    from_bigint(cx, &(to_bigint(a) << n as usize))
}

/// `a >> b`.
pub fn rshift(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if sign(b) < 0 {
        return Err(negative_shift(cx));
    }
    let n = to_i64(b).unwrap_or(i64::MAX);
    if a.is_int() {
        let x = a.as_int();
        return Ok(Value::int(if n >= 63 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> n
        }));
    }
    let x = to_bigint(a);
    if n > (x.bits() as i64) {
        return Ok(Value::int(if x.is_negative() { -1 } else { 0 }));
    }
    // Python's >> floors: num-bigint's shift on negative numbers rounds toward -inf too.
    from_bigint(cx, &(x >> n as usize))
}

/// `a ** b` for ints with `b >= 0`.
pub fn pow_nonneg(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    let Some(e) = to_i64(b).and_then(|e| u32::try_from(e).ok()) else {
        // Only 0, 1 and -1 can be raised to huge powers.
        let base = to_bigint(a);
        if base.is_zero() || base.is_one() {
            return Ok(a);
        }
        if base == BigInt::from(-1) {
            return Ok(Value::int(if to_bigint(b).is_even() { 1 } else { -1 }));
        }
        return Err(crate::objects::exceptions::raise_msg(
            cx,
            crate::objects::exceptions::OVERFLOW_ERROR.get(),
            "exponent too large",
        ));
    };
    if a.is_int() {
        if let Some(r) = a.as_int().checked_pow(e) {
            return from_i64(cx, r);
        }
    }
    from_bigint(cx, &num_traits::pow(to_bigint(a), e as usize))
}

/// `pow(a, b, m)` for ints.
pub fn pow_mod(cx: &mut Ctx, a: Value, b: Value, m: Value) -> PyResult<Value> {
    let m = to_bigint(m);
    if m.is_zero() {
        return Err(crate::objects::exceptions::raise_msg(
            cx,
            crate::objects::exceptions::VALUE_ERROR.get(),
            "pow() 3rd argument cannot be 0",
        ));
    }
    let mut base = to_bigint(a);
    let mut e = to_bigint(b);
    if e.is_negative() {
        // Modular inverse.
        let mm = m.abs();
        let g = base.mod_floor(&mm).extended_gcd(&mm);
        if !g.gcd.is_one() {
            return Err(crate::objects::exceptions::raise_msg(
                cx,
                crate::objects::exceptions::VALUE_ERROR.get(),
                "base is not invertible for the given modulus",
            ));
        }
        base = g.x.mod_floor(&mm);
        e = -e;
    }
    let mut r = base.modpow(&e, &m.abs());
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    from_bigint(cx, &r)
}

// --- Conversions -------------------------------------------------------------------------

/// The int as an `f64`, or `None` if it is too large (OverflowError in Python).
pub fn to_f64(v: Value) -> Option<f64> {
    if v.is_int() {
        return Some(v.as_int() as f64);
    }
    let f = big_of(v).to_f64()?;
    f.is_finite().then_some(f)
}

/// Decimal text of an int (no digit limit; callers check `max_str_digits`).
pub fn to_decimal(v: Value) -> String {
    if v.is_int() {
        v.as_int().to_string()
    } else {
        big_of(v).to_str_radix(10)
    }
}

/// `str(int)`, raising ValueError past the digit limit as CPython 3.11 does.
pub fn int_str(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if !v.is_int() {
        let limit = max_str_digits();
        if limit > 0 {
            // Digits ~ bits * log10(2); check cheaply before converting.
            let bits = big_of(v).bits() as f64;
            if bits * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
                return Err(crate::objects::exceptions::raise_msg(
                    cx,
                    crate::objects::exceptions::VALUE_ERROR.get(),
                    &format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    ),
                ));
            }
        }
    }
    Ok(to_decimal(v))
}

/// Parses `int(s, base)` text. `None` means invalid literal (the caller raises the
/// ValueError with CPython's message).
pub fn parse_int(s: &str, base: u32) -> Option<(BigInt, bool)> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let mut digits = t;
    let lower = t.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if base == 0 {
        if prefixed("0x") {
            base = 16;
            digits = &t[2..];
        } else if prefixed("0o") {
            base = 8;
            digits = &t[2..];
        } else if prefixed("0b") {
            base = 2;
            digits = &t[2..];
        } else {
            base = 10;
            // "010" is not allowed in base 0 (only zeros).
            if t.len() > 1
                && t.starts_with('0')
                && t.trim_start_matches(['0', '_']).chars().any(|c| c != '0')
            {
                return None;
            }
        }
    } else if (base == 16 && prefixed("0x"))
        || (base == 8 && prefixed("0o"))
        || (base == 2 && prefixed("0b"))
    {
        digits = &t[2..];
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_alphanumeric()) {
        // Non-ASCII decimal digits (e.g. Arabic-Indic) are accepted by Python.
        let ascii: String = clean
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .map_or(c, |d| char::from_digit(d, 10).unwrap_or(c))
            })
            .collect();
        if !ascii.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let b = BigInt::parse_bytes(ascii.as_bytes(), base)?;
        return Some((if neg { -b } else { b }, true));
    }
    let b = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some((if neg { -b } else { b }, digits.len() > 4300))
}

/// `x.bit_length()`.
pub fn bit_length(v: Value) -> u64 {
    if v.is_int() {
        let x = v.as_int().unsigned_abs();
        64 - x.leading_zeros() as u64
    } else {
        big_of(v).bits()
    }
}
