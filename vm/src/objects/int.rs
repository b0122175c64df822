//! `int` (and the integer side of `bool`): small ints inline in the `Value`, big ints as
//! VARRAW objects, one Python type.
//!
//! ```text
//! big int VARRAW payload: [n: i64][u32 digits, little-endian; the first |n| significant]
//! ```
//!
//! `n`'s sign is the number's and `|n|` its digit count (the object may have room for more
//! digits: results are written in place into an object sized for the worst case). Every
//! result that fits the small range is returned small, so a big int is never small enough
//! to be inline. Arithmetic on small ints checks for overflow; addition, subtraction,
//! comparison, short multiplication and division by one digit work on the stored digits
//! (`int_digits`), the rest goes through `num_bigint`. `bool` values and instances of int subclasses carry their integer in
//! slot 0; [`int_value`] unwraps them.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, raw_word, set_raw_word, varraw_u32s, varraw_u32s_mut};
use crate::objects::int_digits as digits;
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

/// A big int's magnitude digits and whether it is negative.
#[inline]
fn big_parts(v: Value) -> (&'static [u32], bool) {
    let o = v.obj();
    let n = raw_word(o, 1) as i64;
    (&varraw_u32s(o, 8)[..n.unsigned_abs() as usize], n < 0)
}

/// Magnitude digits and sign of an exact int (small ones are spelled out in `buf`).
#[inline]
fn parts(v: Value, buf: &mut [u32; 2]) -> (&[u32], bool) {
    if v.is_int() {
        let x = v.as_int();
        (digits::small_mag(x.unsigned_abs(), buf), x < 0)
    } else {
        big_parts(v)
    }
}

/// A big int's value.
pub fn big_of(v: Value) -> BigInt {
    let (mag, neg) = big_parts(v);
    BigInt::from_slice(if neg { Sign::Minus } else { Sign::Plus }, mag)
}

/// The value of a small or big int as a `BigInt`.
pub fn to_bigint(v: Value) -> BigInt {
    if v.is_int() {
        BigInt::from(v.as_int())
    } else {
        big_of(v)
    }
}

/// An int whose magnitude `fill` writes into a buffer of `cap` digits (with arbitrary
/// contents), returning the significant length; small if it fits. Digits past that length
/// are never read. Allocation never collects, so `fill` may read other ints' digits.
fn new_int_with(
    cx: &mut Ctx,
    neg: bool,
    cap: usize,
    fill: impl FnOnce(&mut [u32]) -> usize,
) -> PyResult<Value> {
    let o = cx.alloc_varraw_unzeroed(types().int.get(), 8 + 4 * cap)?;
    let out = varraw_u32s_mut(o, 8);
    let n = fill(out);
    debug_assert!(n <= cap && (n == 0 || out[n - 1] != 0));
    if n <= 2 {
        let m = out.first().copied().unwrap_or(0) as u64
            | (out.get(1).copied().unwrap_or(0) as u64) << 32;
        if m <= i64::MAX as u64 {
            let x = if neg { -(m as i64) } else { m as i64 };
            if let Some(v) = Value::try_int(x) {
                return Ok(v);
            }
        }
    }
    set_raw_word(
        o,
        1,
        if neg {
            (n as i64).wrapping_neg()
        } else {
            n as i64
        } as u64,
    );
    Ok(Value::from_obj(o))
}

/// An int from a `BigInt` (small if it fits).
pub fn from_bigint(cx: &mut Ctx, b: &BigInt) -> PyResult<Value> {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_int(i) {
            return Ok(v);
        }
    }
    let (sign, mag) = b.to_u32_digits();
    new_int_from_digits(cx, sign == Sign::Minus, &mag)
}

/// An int from a magnitude (trimmed digits) and a sign; small if it fits.
fn new_int_from_digits(cx: &mut Ctx, neg: bool, mag: &[u32]) -> PyResult<Value> {
    new_int_with(cx, neg, mag.len(), |out| {
        out[..mag.len()].copy_from_slice(mag);
        mag.len()
    })
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
        return Some(v.as_int());
    }
    let (mag, neg) = big_parts(v);
    if mag.len() > 2 {
        return None;
    }
    let m = mag[0] as u64 | (mag.get(1).copied().unwrap_or(0) as u64) << 32;
    if neg {
        0i64.checked_sub_unsigned(m)
    } else {
        i64::try_from(m).ok()
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
    let (mag, neg) = big_parts(v);
    let r = digits::mod_mersenne61(mag) as i64;
    crate::hash::fix_hash(if neg { -r } else { r })
}

/// Exact comparison of two ints: `Less`, `Equal` or `Greater`.
pub fn int_cmp(a: Value, b: Value) -> std::cmp::Ordering {
    if a.is_int() && b.is_int() {
        return a.as_int().cmp(&b.as_int());
    }
    let (mut ba, mut bb) = ([0; 2], [0; 2]);
    let ((ma, na), (mb, nb)) = (parts(a, &mut ba), parts(b, &mut bb));
    match (na, nb) {
        (false, true) => std::cmp::Ordering::Greater,
        (true, false) => std::cmp::Ordering::Less,
        (false, false) => digits::cmp(ma, mb),
        (true, true) => digits::cmp(mb, ma),
    }
}

// --- Arithmetic ------------------------------------------------------------------------------

/// `a + b` for magnitudes with signs.
fn add_parts(cx: &mut Ctx, (ma, na): (&[u32], bool), (mb, nb): (&[u32], bool)) -> PyResult<Value> {
    if na == nb {
        let cap = ma.len().max(mb.len()) + 1;
        return new_int_with(cx, na, cap, |out| digits::add(ma, mb, out));
    }
    match digits::cmp(ma, mb) {
        std::cmp::Ordering::Equal => Ok(Value::int(0)),
        std::cmp::Ordering::Greater => {
            new_int_with(cx, na, ma.len(), |out| digits::sub(ma, mb, out))
        }
        std::cmp::Ordering::Less => new_int_with(cx, nb, mb.len(), |out| digits::sub(mb, ma, out)),
    }
}

/// `a + b`.
#[inline]
pub fn add(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        // Two 63-bit values never overflow i64.
        return from_i64(cx, a.as_int() + b.as_int());
    }
    let (mut ba, mut bb) = ([0; 2], [0; 2]);
    add_parts(cx, parts(a, &mut ba), parts(b, &mut bb))
}

/// `a - b`.
#[inline]
pub fn sub(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && b.is_int() {
        return from_i64(cx, a.as_int() - b.as_int());
    }
    let (mut ba, mut bb) = ([0; 2], [0; 2]);
    let (mb, nb) = parts(b, &mut bb);
    add_parts(cx, parts(a, &mut ba), (mb, !nb))
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
    let (mut ba, mut bb) = ([0; 2], [0; 2]);
    let ((ma, na), (mb, nb)) = (parts(a, &mut ba), parts(b, &mut bb));
    if ma.is_empty() || mb.is_empty() {
        return Ok(Value::int(0));
    }
    if ma.len().min(mb.len()) <= digits::SCHOOLBOOK_LIMIT {
        return new_int_with(cx, na != nb, ma.len() + mb.len(), |out| {
            digits::mul(ma, mb, out)
        });
    }
    from_bigint(cx, &(to_bigint(a) * to_bigint(b)))
}

/// Floor division of a big int by a one-digit divisor, or by a longer one when the
/// quotient is short: `(a // b, a % b)` (the quotient only if asked for); `None` if `a` is
/// small, `b` is zero or the quotient would be long (`num_bigint` does those).
fn divmod_short(
    cx: &mut Ctx,
    a: Value,
    b: Value,
    want_q: bool,
) -> PyResult<Option<(Value, Value)>> {
    let (mut ba, mut bb) = ([0; 2], [0; 2]);
    let ((ma, na), (mb, nb)) = (parts(a, &mut ba), parts(b, &mut bb));
    if a.is_int() || mb.is_empty() {
        return Ok(None);
    }
    if mb.len() >= 2 {
        let (mut q, mut r) = if ma.len() <= mb.len() + 1 {
            // A quotient below 2**64 (a spigot's next digit).
            let (q, r) = digits::divrem_short(ma, mb);
            (digits::trim(&[q as u32, (q >> 32) as u32]).to_vec(), r)
        } else if ma.len() - mb.len() < digits::SHORT_QUOTIENT_LIMIT {
            digits::divrem(ma, mb)
        } else {
            return Ok(None);
        };
        if na != nb && !r.is_empty() {
            // Floor: |q| + 1, and the remainder from the divisor's side.
            q.push(0);
            digits::add_one(&mut q);
            let l = digits::trim(&q).len();
            q.truncate(l);
            let mut out = vec![0u32; mb.len()];
            let l = digits::sub(mb, &r, &mut out);
            out.truncate(l);
            r = out;
        }
        let qv = if want_q {
            new_int_from_digits(cx, na != nb, &q)?
        } else {
            Value::int(0)
        };
        let rv = new_int_from_digits(cx, nb, &r)?;
        return Ok(Some((qv, rv)));
    }
    let d = mb[0];
    // Floor semantics: with mixed signs and a remainder, the quotient rounds away from
    // zero and the remainder is taken from the other side.
    let mut r = 0u32;
    let q = if want_q {
        new_int_with(cx, na != nb, ma.len(), |out| {
            r = digits::divrem1(ma, d, out);
            if na != nb && r != 0 {
                // |q| + 1 fits: d >= 2 here, so |q| < |a|.
                digits::add_one(&mut out[..ma.len()]);
            }
            digits::trim(&out[..ma.len()]).len()
        })?
    } else {
        r = ma
            .iter()
            .rev()
            .fold(0u64, |acc, &x| ((acc << 32) | x as u64) % d as u64) as u32;
        Value::int(0)
    };
    let r = if na != nb && r != 0 { d - r } else { r } as i64;
    Ok(Some((q, Value::int(if nb { -r } else { r }))))
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
        return from_i64(cx, Integer::div_floor(&x, &y));
    }
    if let Some((q, _)) = divmod_short(cx, a, b, true)? {
        return Ok(q);
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
            return Err(zero_mod(cx));
        }
        return from_i64(cx, x.mod_floor(&y));
    }
    if let Some((_, r)) = divmod_short(cx, a, b, false)? {
        return Ok(r);
    }
    let y = to_bigint(b);
    if y.is_zero() {
        return Err(zero_mod(cx));
    }
    from_bigint(cx, &to_bigint(a).mod_floor(&y))
}

/// Raises `ZeroDivisionError: integer modulo by zero`.
fn zero_mod(cx: &mut Ctx) -> crate::ctx::Raised {
    crate::objects::exceptions::raise_msg(
        cx,
        crate::objects::exceptions::ZERO_DIVISION_ERROR.get(),
        "integer modulo by zero",
    )
}

/// `divmod(a, b)` as two ints.
pub fn divmod(cx: &mut Ctx, a: Value, b: Value) -> PyResult<(Value, Value)> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if y == 0 {
            return Err(zero_div(cx));
        }
        let (q, r) = x.div_mod_floor(&y);
        // Allocation never collects: `q` stays valid while `r` is made.
        return Ok((from_i64(cx, q)?, from_i64(cx, r)?));
    }
    if let Some(qr) = divmod_short(cx, a, b, true)? {
        return Ok(qr);
    }
    let y = to_bigint(b);
    if y.is_zero() {
        return Err(zero_div(cx));
    }
    let (q, r) = to_bigint(a).div_mod_floor(&y);
    let q = from_bigint(cx, &q)?;
    let r = from_bigint(cx, &r)?;
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
    crate::objects::exceptions::value_error(cx, "negative shift count")
}

/// Results larger than this many bits raise MemoryError instead of being attempted.
const MAX_RESULT_BITS: u64 = 1 << 36;

fn too_big(cx: &mut Ctx) -> crate::ctx::Raised {
    let exc = crate::runtime::MEMORY_ERROR.get();
    cx.set_exception(exc)
}

/// `a << b`.
pub fn lshift(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if sign(b) < 0 {
        return Err(negative_shift(cx));
    }
    if sign(a) == 0 {
        return Ok(Value::int(0));
    }
    let Some(n) = to_i64(b) else {
        return Err(crate::objects::exceptions::overflow_error(
            cx,
            "too many digits in integer",
        ));
    };
    if a.is_int() && n < 62 {
        let x = a.as_int() as i128;
        return from_i128(cx, x << n);
    }
    if n as u64 + bit_length(a) > MAX_RESULT_BITS {
        return Err(too_big(cx));
    }
    from_bigint(cx, &(to_bigint(a) << n as usize))
}

/// `a >> b` (rounding toward negative infinity).
pub fn rshift(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if sign(b) < 0 {
        return Err(negative_shift(cx));
    }
    let n = to_i64(b).unwrap_or(i64::MAX);
    if a.is_int() {
        let x = a.as_int();
        return Ok(Value::int(if n >= 63 { x >> 63 } else { x >> n }));
    }
    let x = to_bigint(a);
    if n as u64 >= x.bits() {
        return Ok(Value::int(if x.is_negative() { -1 } else { 0 }));
    }
    // num-bigint's shift of a negative number rounds toward negative infinity, as Python's.
    from_bigint(cx, &(x >> n as usize))
}

/// `a ** b` for ints with `b >= 0`.
pub fn pow_nonneg(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    if a.is_int() && matches!(a.as_int(), -1..=1) {
        let x = a.as_int();
        return Ok(if x == -1 && to_bigint(b).is_odd() {
            Value::int(-1)
        } else if x == 0 && sign(b) != 0 {
            Value::int(0)
        } else {
            Value::int(1)
        });
    }
    let e = match to_i64(b) {
        Some(e) if (e as u64).saturating_mul(bit_length(a)) <= MAX_RESULT_BITS => e as u64,
        _ => return Err(too_big(cx)),
    };
    if a.is_int() {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = a.as_int().checked_pow(e32) {
                return from_i64(cx, r);
            }
        }
    }
    from_bigint(cx, &to_bigint(a).pow(e as u32))
}

/// `pow(a, b, m)` for ints (a negative `b` takes the modular inverse).
pub fn pow_mod(cx: &mut Ctx, a: Value, b: Value, m: Value) -> PyResult<Value> {
    let m = to_bigint(m);
    if m.is_zero() {
        return Err(crate::objects::exceptions::value_error(
            cx,
            "pow() 3rd argument cannot be 0",
        ));
    }
    let mm = m.abs();
    let mut base = to_bigint(a).mod_floor(&mm);
    let mut e = to_bigint(b);
    if e.is_negative() {
        let g = base.extended_gcd(&mm);
        if !g.gcd.is_one() {
            return Err(crate::objects::exceptions::value_error(
                cx,
                "base is not invertible for the given modulus",
            ));
        }
        base = g.x.mod_floor(&mm);
        e = -e;
    }
    let mut r = if mm.is_one() {
        BigInt::zero()
    } else {
        base.modpow(&e, &mm)
    };
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    from_bigint(cx, &r)
}

// --- Conversions -------------------------------------------------------------------------

/// The int as an `f64` (correctly rounded), or `None` if it is too large (OverflowError in
/// Python).
pub fn to_f64(v: Value) -> Option<f64> {
    if v.is_int() {
        let i = v.as_int();
        if i.unsigned_abs() <= 1 << 53 {
            return Some(i as f64);
        }
    }
    let f = crate::objects::float::bigint_to_f64(&to_bigint(v));
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

/// Raises the ValueError of an int too long to convert to decimal text.
fn str_limit_error(cx: &mut Ctx, limit: usize) -> crate::ctx::Raised {
    crate::objects::exceptions::value_error(
        cx,
        &format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

/// `str(int)`, raising ValueError past the digit limit as CPython 3.11 does.
pub fn int_str(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if v.is_int() {
        return Ok(v.as_int().to_string());
    }
    let limit = max_str_digits();
    let b = big_of(v);
    if limit > 0 {
        // Check cheaply before converting: digits >= floor(bits * log10(2)).
        let low = ((b.bits() - 1) as f64 * std::f64::consts::LOG10_2).floor() as usize + 1;
        if low > limit + 1 {
            return Err(str_limit_error(cx, limit));
        }
    }
    let s = b.to_str_radix(10);
    let ndigits = s.len() - usize::from(s.starts_with('-'));
    if limit > 0 && ndigits > limit {
        return Err(str_limit_error(cx, limit));
    }
    Ok(s)
}

/// Whether `c` is whitespace for Python's `str.isspace` (and so for number parsing).
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// First code points of the runs of ten Unicode decimal digits (category Nd) beyond ASCII.
const DECIMAL_RUNS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit character (ASCII or any Unicode Nd digit).
pub fn unicode_decimal(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    let cp = c as u32;
    let i = DECIMAL_RUNS.partition_point(|&start| start <= cp);
    let start = *DECIMAL_RUNS.get(i.checked_sub(1)?)?;
    (cp - start < 10).then(|| (cp - start) as u8)
}

/// Why `int(text, base)` failed.
#[derive(Debug, PartialEq)]
pub enum ParseIntError {
    /// Not a valid literal: `invalid literal for int() with base N: 'text'`.
    Invalid,
    /// More decimal digits than `sys.get_int_max_str_digits()` allows (the count).
    TooLong(usize),
}

/// Parses `int(s, base)` text (`base` 0 or 2..=36), with Python's rules for whitespace,
/// signs, prefixes, underscores, non-ASCII digits and the digit limit.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    let text = crate::objects::float::ascii_number_text(s).ok_or(ParseIntError::Invalid)?;
    let mut t = text.as_bytes();
    let neg = match t.first() {
        Some(b'-') => {
            t = &t[1..];
            true
        }
        Some(b'+') => {
            t = &t[1..];
            false
        }
        _ => false,
    };
    let prefix = |t: &[u8]| -> Option<u32> {
        if t.len() >= 2 && t[0] == b'0' {
            match t[1].to_ascii_lowercase() {
                b'x' => Some(16),
                b'o' => Some(8),
                b'b' => Some(2),
                _ => None,
            }
        } else {
            None
        }
    };
    let mut base = base;
    // After a base prefix, one underscore may come before the first digit.
    let mut after_prefix = false;
    match prefix(t) {
        Some(p) if base == 0 || base == p => {
            base = p;
            t = &t[2..];
            after_prefix = true;
        }
        _ => {
            if base == 0 {
                base = 10;
                // A nonzero decimal literal may not start with 0 in base 0.
                if t.first() == Some(&b'0') && t.iter().any(|&c| c != b'0' && c != b'_') {
                    return Err(ParseIntError::Invalid);
                }
            }
        }
    }
    if after_prefix && t.first() == Some(&b'_') {
        t = &t[1..];
    }
    if t.is_empty() || t[0] == b'_' || t[t.len() - 1] == b'_' {
        return Err(ParseIntError::Invalid);
    }
    let mut clean = Vec::with_capacity(t.len());
    let mut prev_underscore = false;
    for &c in t {
        if c == b'_' {
            if prev_underscore {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' => c - b'A' + 10,
            _ => return Err(ParseIntError::Invalid),
        };
        if u32::from(d) >= base {
            return Err(ParseIntError::Invalid);
        }
        clean.push(d);
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit > 0 && clean.len() > limit {
        return Err(ParseIntError::TooLong(clean.len()));
    }
    let b = BigInt::from_radix_be(Sign::Plus, &clean, base).ok_or(ParseIntError::Invalid)?;
    Ok(if neg { -b } else { b })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, base: u32) -> Option<i64> {
        parse_int(s, base).ok().and_then(|b| b.to_i64())
    }

    #[test]
    fn parses_like_int() {
        assert_eq!(p(" -0x_ff ", 0), Some(-255));
        assert_eq!(p("0X_ff", 16), Some(255));
        assert_eq!(p("1_000", 10), Some(1000));
        assert_eq!(p("0_0", 0), Some(0));
        assert_eq!(p("010", 0), None);
        assert_eq!(p("1__0", 10), None);
        assert_eq!(p("0x", 16), None);
        assert_eq!(p("\u{661}\u{662}", 10), Some(12));
        assert_eq!(p("z", 36), Some(35));
        assert_eq!(p("9", 8), None);
    }

    #[test]
    fn unicode_digits() {
        assert_eq!(unicode_decimal('7'), Some(7));
        assert_eq!(unicode_decimal('\u{669}'), Some(9));
        assert_eq!(unicode_decimal('\u{FF15}'), Some(5));
        assert_eq!(unicode_decimal('a'), None);
        assert_eq!(unicode_decimal('\u{670}'), None);
    }
}
