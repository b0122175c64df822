//! Methods of `float` and `complex`.

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, PyResult};
use crate::objects::complex::{complex_repr, complex_value, new_complex, COMPLEX_TYPE};
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::float::{float_hash, float_repr, float_value, frexp, new_float};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::{self, int_value};
use crate::objects::int_methods::{float_to_int, num_method};
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::number;
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

fn fv(a: &Args<'_>) -> f64 {
    float_value(a.get(0)).expect("float")
}

macro_rules! fdunders {
    ($($f:ident $rf:ident = $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { num_method(cx, &a, BinOp::$op, false) }
            fn $rf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { num_method(cx, &a, BinOp::$op, true) }
        )*
    };
}
fdunders! {
    f_add f_radd = Add;
    f_sub f_rsub = Sub;
    f_mul f_rmul = Mul;
    f_truediv f_rtruediv = TrueDiv;
    f_floordiv f_rfloordiv = FloorDiv;
    f_mod f_rmod = Mod;
    f_pow f_rpow = Pow;
}
fn cmp(cx: &mut Ctx, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if number::classify(y).is_none() {
        return Ok(SINGLETONS.not_implemented.get());
    }
    crate::ops::compare::compare(cx, x, y, op)
}
fn f_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, &a, CmpOp::Eq)
}
fn f_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, &a, CmpOp::Ne)
}
fn f_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, &a, CmpOp::Lt)
}
fn f_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, &a, CmpOp::Le)
}
fn f_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, &a, CmpOp::Gt)
}
fn f_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp(cx, &a, CmpOp::Ge)
}
fn f_divmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::divmod_impl(cx, a.get(0), a.get(1))
}
fn f_rdivmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::divmod_impl(cx, a.get(1), a.get(0))
}
fn f_neg(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, -fv(&a))
}
fn f_pos(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, fv(&a))
}
fn f_abs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, fv(&a).abs())
}
fn f_bool(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(fv(&a) != 0.0))
}
fn f_int(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_to_int(cx, fv(&a))
}
fn f_float(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if crate::objects::float::is_float(v) {
        return Ok(v);
    }
    new_float(cx, fv(&a))
}
fn f_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = fv(&a);
    if f.is_nan() {
        let h = crate::protocol::identity_hash(cx, a.get(0))?;
        return int::from_i64(cx, h);
    }
    int::from_i64(cx, float_hash(f))
}
fn f_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_str(cx, &float_repr(fv(&a)))
}
fn f_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let spec = a.get(1);
    let s = if is_str_like(spec) {
        as_str(str_value(spec)).to_owned()
    } else {
        String::new()
    };
    let f = new_float(cx, fv(&a))?;
    crate::ops::format::format(cx, f, &s)
}
fn f_is_integer(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = fv(&a);
    Ok(py_bool(f.is_finite() && f.fract() == 0.0))
}
fn f_as_integer_ratio(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = fv(&a);
    if f.is_infinite() {
        return Err(exceptions::overflow_error(
            cx,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(value_error(cx, "cannot convert NaN to integer ratio"));
    }
    let (m, e) = frexp(f);
    let mut m = m;
    let mut e = e;
    let mut i = 0;
    while m != m.floor() && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let mut num = num_bigint::BigInt::from(m as i64);
    let mut den = num_bigint::BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let n = int::from_bigint(cx, &num)?;
    let h = cx.root(n);
    let d = int::from_bigint(cx, &den)?;
    let n = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    crate::objects::tuple::new_tuple(cx, &[n, d])
}
fn f_round(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = fv(&a);
    let nd = a.get(1);
    if nd.is_null() || nd == none() {
        // Round half to even, to an int.
        let r = f.round();
        let r = if (f - f.trunc()).abs() == 0.5 {
            2.0 * (f / 2.0).round()
        } else {
            r
        };
        return float_to_int(cx, r);
    }
    let n = number::index_i64(cx, nd)?;
    new_float(cx, round_float(f, n))
}

/// `round(f, n)`, correctly rounded half-to-even through the decimal representation.
pub fn round_float(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if n > 323 {
        return f;
    }
    if n < -308 {
        return 0.0f64.copysign(f);
    }
    if n >= 0 {
        // Format with n digits (Rust rounds half to even on the exact binary value).
        let s = format!("{:.*}", n as usize, f);
        return s.parse().unwrap_or(f);
    }
    let p = 10f64.powi((-n) as i32);
    let y = f / p;
    let r = y.round();
    let r = if (y - y.trunc()).abs() == 0.5 {
        2.0 * (y / 2.0).round()
    } else {
        r
    };
    r * p
}
fn f_trunc(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_to_int(cx, fv(&a).trunc())
}
fn f_floor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_to_int(cx, fv(&a).floor())
}
fn f_ceil(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_to_int(cx, fv(&a).ceil())
}
fn f_conjugate(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, fv(&a))
}
fn f_hex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = fv(&a);
    let s = if f.is_nan() {
        "nan".to_owned()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.to_owned()
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_owned()
    } else {
        let bits = f.to_bits();
        let sign = if bits >> 63 == 1 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        let mut m = format!("{mant:013x}");
        while m.len() > 1 && m.ends_with('0') {
            m.pop();
        }
        format!(
            "{sign}0x{lead}.{m}p{}{}",
            if e < 0 { "-" } else { "+" },
            e.abs()
        )
    };
    new_str(cx, &s)
}
fn f_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = new_float(cx, fv(&a))?;
    crate::objects::tuple::new_tuple(cx, &[f])
}

/// Parses float text as `float()` accepts it.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let t2: String;
    let t = if t.contains('_') {
        if t.starts_with('_') || t.ends_with('_') || t.contains("__") {
            return None;
        }
        t2 = t.replace('_', "");
        &t2
    } else {
        t
    };
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || !body
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
            {
                return None;
            }
            if !body.chars().any(|c| c.is_ascii_digit()) {
                return None;
            }
            body.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

fn f_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let x = a.get(1);
    let v = if x.is_null() {
        0.0
    } else if is_str_like(x) {
        let s = as_str(str_value(x));
        match parse_float(s) {
            Some(f) => f,
            None => {
                let msg = format!(
                    "could not convert string to float: {}",
                    crate::objects::str::str_repr(s)
                );
                return Err(value_error(cx, &msg));
            }
        }
    } else if crate::objects::bytes::is_bytes_like(x) {
        let t = String::from_utf8_lossy(&crate::objects::bytes::bytes_data(x)).into_owned();
        match parse_float(&t) {
            Some(f) => f,
            None => {
                let msg = format!(
                    "could not convert string to float: {}",
                    crate::objects::bytes::bytes_repr(t.as_bytes(), "b")
                );
                return Err(value_error(cx, &msg));
            }
        }
    } else {
        match number::to_float(cx, x) {
            Ok(f) => f,
            Err(e) => {
                if int_value(x).is_none() && float_value(x).is_none() && !cx.exception().is_null() {
                    let exc = cx.exception();
                    if crate::objects::exceptions::exc_matches(exc, exceptions::TYPE_ERROR.get()) {
                        cx.take_exception();
                        let msg = format!(
                            "float() argument must be a string or a real number, not '{}'",
                            type_name(type_of(x))
                        );
                        return Err(type_error(cx, &msg));
                    }
                }
                return Err(e);
            }
        }
    };
    let f = new_float(cx, v)?;
    if cls == types().float.get() || cls.is_null() {
        return Ok(f);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, f)
}
fn f_fromhex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = a.get(1);
    if !is_str_like(s) {
        return Err(type_error(cx, "fromhex() argument must be str"));
    }
    let t = as_str(str_value(s)).trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_owned()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_owned()),
    };
    let t = t.strip_prefix("0x").unwrap_or(&t);
    let (mant, exp) = match t.split_once('p') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (t, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let mut v = 0f64;
    for c in ip.chars() {
        let Some(d) = c.to_digit(16) else {
            return Err(value_error(cx, "invalid hexadecimal floating-point string"));
        };
        v = v * 16.0 + d as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        let Some(d) = c.to_digit(16) else {
            return Err(value_error(cx, "invalid hexadecimal floating-point string"));
        };
        v += d as f64 * scale;
        scale /= 16.0;
    }
    let v = v * 2f64.powi(exp);
    new_float(cx, if neg { -v } else { v })
}
fn f_real(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, fv(&a))
}
fn f_imag(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    new_float(cx, 0.0)
}

/// Methods of `float`.
pub static FLOAT_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => f_new,
    Method "__add__" => f_add, Method "__radd__" => f_radd,
    Method "__sub__" => f_sub, Method "__rsub__" => f_rsub,
    Method "__mul__" => f_mul, Method "__rmul__" => f_rmul,
    Method "__truediv__" => f_truediv, Method "__rtruediv__" => f_rtruediv,
    Method "__floordiv__" => f_floordiv, Method "__rfloordiv__" => f_rfloordiv,
    Method "__mod__" => f_mod, Method "__rmod__" => f_rmod,
    Method "__pow__" => f_pow, Method "__rpow__" => f_rpow,
    Method "__divmod__" => f_divmod, Method "__rdivmod__" => f_rdivmod,
    Method "__eq__" => f_eq, Method "__ne__" => f_ne,
    Method "__lt__" => f_lt, Method "__le__" => f_le,
    Method "__gt__" => f_gt, Method "__ge__" => f_ge,
    Method "__neg__" => f_neg, Method "__pos__" => f_pos, Method "__abs__" => f_abs,
    Method "__bool__" => f_bool, Method "__int__" => f_int, Method "__float__" => f_float,
    Method "__hash__" => f_hash, Method "__repr__" => f_repr, Method "__format__" => f_format,
    Method "__round__" => f_round, Method "__trunc__" => f_trunc,
    Method "__floor__" => f_floor, Method "__ceil__" => f_ceil,
    Method "is_integer" => f_is_integer,
    Method "as_integer_ratio" => f_as_integer_ratio,
    Method "conjugate" => f_conjugate,
    Method "hex" => f_hex,
    ClassMethod "fromhex" => f_fromhex,
    Method "__getnewargs__" => f_getnewargs,
];

/// Attributes of `float`.
pub static FLOAT_GETSETS: &[GetSet] = &[
    GetSet {
        name: "real",
        get: getter!("real", f_real),
        set: None,
    },
    GetSet {
        name: "imag",
        get: getter!("imag", f_imag),
        set: None,
    },
];

// --- complex -------------------------------------------------------------------------------

fn cv(a: &Args<'_>) -> (f64, f64) {
    complex_value(a.get(0)).expect("complex")
}
fn c_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let re = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("real").unwrap_or(Value::NULL)
    };
    let im = if a.len() > 2 {
        a.get(2)
    } else {
        a.kw("imag").unwrap_or(Value::NULL)
    };
    let (r, i) = if re.is_null() {
        (0.0, 0.0)
    } else if is_str_like(re) {
        match parse_complex(as_str(str_value(re))) {
            Some(c) => c,
            None => return Err(value_error(cx, "complex() arg is a malformed string")),
        }
    } else if let Some(c) = complex_value(re) {
        c
    } else {
        (number::to_float(cx, re)?, 0.0)
    };
    let (ir, ii) = if im.is_null() {
        (0.0, 0.0)
    } else if let Some(c) = complex_value(im) {
        c
    } else {
        (number::to_float(cx, im)?, 0.0)
    };
    let v = new_complex(cx, r - ii, i + ir)?;
    if cls == COMPLEX_TYPE.get() || cls.is_null() {
        return Ok(v);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, v)
}
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .replace(' ', "");
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for k in (1..bytes.len()).rev() {
            if (bytes[k] == b'+' || bytes[k] == b'-')
                && bytes[k - 1] != b'e'
                && bytes[k - 1] != b'E'
            {
                split = Some(k);
                break;
            }
        }
        return match split {
            Some(k) => {
                let re = parse_float(&body[..k])?;
                let im_s = &body[k..];
                let im = if im_s == "+" {
                    1.0
                } else if im_s == "-" {
                    -1.0
                } else {
                    parse_float(im_s)?
                };
                Some((re, im))
            }
            None => {
                let im = if body.is_empty() || body == "+" {
                    1.0
                } else if body == "-" {
                    -1.0
                } else {
                    parse_float(body)?
                };
                Some((0.0, im))
            }
        };
    }
    parse_float(&t).map(|f| (f, 0.0))
}
fn c_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    new_str(cx, &complex_repr(r, i))
}
fn c_real(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, cv(&a).0)
}
fn c_imag(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, cv(&a).1)
}
fn c_conjugate(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    new_complex(cx, r, -i)
}
fn c_abs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    new_float(cx, r.hypot(i))
}
fn c_bool(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    Ok(py_bool(r != 0.0 || i != 0.0))
}
fn c_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    let h =
        (float_hash(r) as u64).wrapping_add((float_hash(i) as u64).wrapping_mul(1_000_003)) as i64;
    int::from_i64(cx, crate::hash::fix_hash(h))
}
fn c_neg(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    new_complex(cx, -r, -i)
}
fn c_pos(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    new_complex(cx, r, i)
}

/// Methods of `complex`.
pub static COMPLEX_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => c_new,
    Method "__add__" => f_add, Method "__radd__" => f_radd,
    Method "__sub__" => f_sub, Method "__rsub__" => f_rsub,
    Method "__mul__" => f_mul, Method "__rmul__" => f_rmul,
    Method "__truediv__" => f_truediv, Method "__rtruediv__" => f_rtruediv,
    Method "__pow__" => f_pow, Method "__rpow__" => f_rpow,
    Method "__eq__" => f_eq, Method "__ne__" => f_ne,
    Method "__neg__" => c_neg, Method "__pos__" => c_pos, Method "__abs__" => c_abs,
    Method "__bool__" => c_bool, Method "__hash__" => c_hash, Method "__repr__" => c_repr,
    Method "conjugate" => c_conjugate,
];

/// Attributes of `complex`.
pub static COMPLEX_GETSETS: &[GetSet] = &[
    GetSet {
        name: "real",
        get: getter!("real", c_real),
        set: None,
    },
    GetSet {
        name: "imag",
        get: getter!("imag", c_imag),
        set: None,
    },
];
