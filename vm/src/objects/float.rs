//! `float`: an IEEE double in a RAW object of one word.
//!
//! `repr` is the shortest string that round-trips, formatted by Python's rules (fixed
//! notation for exponents in [-4, 16), scientific otherwise, always with a `.` or `e`).
//! Comparisons with ints are exact, and `hash` agrees with `int` for integral values.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, raw_word, set_raw_word};
use crate::objects::int;
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::types;
use crate::value::Value;
use num_bigint::BigInt;
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
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde±x".
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
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

/// `hash(float)`: CPython's algorithm, so that integral floats hash like ints.
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0; // CPython 3.10+ hashes NaNs by identity; callers handle that case
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

/// `frexp`: `f = m * 2**e` with `0.5 <= m < 1` (for positive finite nonzero `f`).
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

/// Exact comparison of a float with an int.
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

/// Converts an int to float for arithmetic, or raises OverflowError.
pub fn int_to_float(cx: &mut Ctx, i: Value) -> PyResult<f64> {
    int::to_f64(i).ok_or_else(|| {
        crate::objects::exceptions::raise_msg(
            cx,
            crate::objects::exceptions::OVERFLOW_ERROR.get(),
            "int too large to convert to float",
        )
    })
}

/// `a / b` for two ints (true division, correctly rounded for moderate sizes).
pub fn int_truediv(cx: &mut Ctx, a: Value, b: Value) -> PyResult<f64> {
    if int::sign(b) == 0 {
        return Err(crate::objects::exceptions::raise_msg(
            cx,
            crate::objects::exceptions::ZERO_DIVISION_ERROR.get(),
            "division by zero",
        ));
    }
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let (x, y) = (int::to_bigint(a), int::to_bigint(b));
    // Scale so the quotient has 64 significant bits, then round once.
    let shift = y.bits() as i64 - x.bits() as i64 + 64;
    let q = if shift >= 0 {
        (x.abs() << shift as usize) / y.abs()
    } else {
        x.abs() / (y.abs() << (-shift) as usize)
    };
    let qf = num_traits::ToPrimitive::to_f64(&q).unwrap_or(f64::INFINITY);
    let r = qf * 2f64.powi(-shift as i32);
    if r.is_infinite() {
        return Err(crate::objects::exceptions::raise_msg(
            cx,
            crate::objects::exceptions::OVERFLOW_ERROR.get(),
            "integer division result too large for a float",
        ));
    }
    Ok(if x.is_negative() != y.is_negative() {
        -r
    } else {
        r
    })
}

/// Python's float `%`: the result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && (m < 0.0) != (b < 0.0) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

/// Python's float `//`.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && (b < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
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
            (3.141592653589793, "3.141592653589793"),
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
}
