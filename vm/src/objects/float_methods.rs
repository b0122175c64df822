//! Methods of `float`: the numeric special methods (which accept ints and floats and return
//! NotImplemented otherwise), `float()`, exact rounding, `hex`/`fromhex` and
//! `as_integer_ratio`. `complex`'s methods live in `complex.rs` and are re-exported here.

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, PyResult};
use crate::objects::argcheck;
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::float::{self, float_hash, float_repr, float_value, new_float};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::{self, int_value};
use crate::objects::int_methods::float_to_int;
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::number::{self, classify, Num};
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Zero};

pub use crate::objects::complex::{COMPLEX_GETSETS, COMPLEX_METHODS};

fn not_impl() -> Value {
    SINGLETONS.not_implemented.get()
}

fn fv(a: &Args<'_>) -> f64 {
    float_value(a.get(0)).unwrap_or(0.0)
}

/// An operand of a float special method: a float or an int (`None` otherwise).
fn real_operand(v: Value) -> Option<Num> {
    match classify(v)? {
        Num::Complex(..) => None,
        n => Some(n),
    }
}

fn one_arg(cx: &mut Ctx, a: &Args<'_>) -> PyResult<()> {
    if a.len() != 2 || a.nkw() > 0 {
        let msg = format!("expected 1 argument, got {}", a.len().saturating_sub(1));
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

/// `float.__op__`: the other operand must be a float or an int.
fn float_method(cx: &mut Ctx, a: &Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    one_arg(cx, a)?;
    if real_operand(a.get(1)).is_none() {
        return Ok(not_impl());
    }
    let (x, y) = if reflected {
        (a.get(1), a.get(0))
    } else {
        (a.get(0), a.get(1))
    };
    Ok(number::num_binop(cx, x, y, op)?.unwrap_or_else(not_impl))
}

macro_rules! fdunders {
    ($($f:ident $rf:ident = $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { float_method(cx, &a, BinOp::$op, false) }
            fn $rf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { float_method(cx, &a, BinOp::$op, true) }
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
}

fn float_pow(cx: &mut Ctx, a: &Args<'_>, reflected: bool) -> PyResult<Value> {
    if !(2..=3).contains(&a.len()) || a.nkw() > 0 {
        let msg = format!(
            "expected 1 or 2 arguments, got {}",
            a.len().saturating_sub(1)
        );
        return Err(type_error(cx, &msg));
    }
    let m = a.get(2);
    if !m.is_null() && m != none() {
        return Err(type_error(
            cx,
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    if real_operand(a.get(1)).is_none() {
        return Ok(not_impl());
    }
    let (x, y) = if reflected {
        (a.get(1), a.get(0))
    } else {
        (a.get(0), a.get(1))
    };
    Ok(number::num_binop(cx, x, y, BinOp::Pow)?.unwrap_or_else(not_impl))
}
fn f_pow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_pow(cx, &a, false)
}
fn f_rpow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_pow(cx, &a, true)
}

/// `divmod(x, y)` where one operand is a float and neither is complex.
pub fn float_divmod_values(cx: &mut Ctx, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Err(number::zero_div(cx, "float divmod()"));
    }
    let (q, m) = float::float_divmod(x, y);
    let qv = new_float(cx, q)?;
    // Allocation never collects: `qv` stays valid while `mv` is made.
    let mv = new_float(cx, m)?;
    crate::objects::tuple::new_tuple(cx, &[qv, mv])
}

fn float_divmod(cx: &mut Ctx, a: &Args<'_>, reflected: bool) -> PyResult<Value> {
    one_arg(cx, a)?;
    let Some(other) = real_operand(a.get(1)) else {
        return Ok(not_impl());
    };
    let o = match other {
        Num::Int(i) => float::int_to_float(cx, i)?,
        Num::Float(f) => f,
        Num::Complex(..) => return Ok(not_impl()),
    };
    let s = fv(a);
    let (x, y) = if reflected { (o, s) } else { (s, o) };
    float_divmod_values(cx, x, y)
}
fn f_divmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_divmod(cx, &a, false)
}
fn f_rdivmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    float_divmod(cx, &a, true)
}

fn cmp(cx: &mut Ctx, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    one_arg(cx, a)?;
    if real_operand(a.get(1)).is_none() {
        return Ok(not_impl());
    }
    Ok(match number::num_compare(a.get(0), a.get(1), op) {
        Some(r) => py_bool(r),
        None => not_impl(),
    })
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
fn f_neg(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_float(cx, -fv(&a))
}
/// `self` as an exact float.
fn f_self(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if float::is_float(v) {
        return Ok(v);
    }
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
    argcheck::range(cx, &a, "__format__", "__format__", 1, 1)?;
    let spec = a.get(1);
    if !is_str_like(spec) {
        let msg = format!(
            "__format__() argument must be str, not {}",
            type_name(type_of(spec))
        );
        return Err(type_error(cx, &msg));
    }
    let s = as_str(str_value(spec)).to_owned();
    if s.is_empty() {
        return crate::ops::repr::to_str(cx, a.get(0));
    }
    let f = new_float(cx, fv(&a))?;
    crate::ops::format::format(cx, f, &s)
}
fn f_is_integer(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "float.is_integer")?;
    let f = fv(&a);
    Ok(py_bool(f.is_finite() && f.fract() == 0.0))
}

/// `(mantissa, exponent)` with `|f| = mantissa * 2**exponent` exactly (`f` finite).
fn decompose(f: f64) -> (u64, i64) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

fn f_as_integer_ratio(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "float.as_integer_ratio")?;
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
    let (mut m, mut e) = decompose(f);
    if m == 0 {
        return crate::objects::tuple::new_tuple(cx, &[Value::int(0), Value::int(1)]);
    }
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    let n = int::from_bigint(cx, &num)?;
    // Allocation never collects: `n` stays valid while `d` is made.
    let d = int::from_bigint(cx, &den)?;
    crate::objects::tuple::new_tuple(cx, &[n, d])
}

fn f_round(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "float.__round__", "__round__", 0, 1)?;
    let nd = a.get(1);
    if nd.is_null() || nd == none() {
        let f = fv(&a);
        let mut r = f.round();
        if (f - r).abs() == 0.5 {
            r = 2.0 * (f / 2.0).round();
        }
        return float_to_int(cx, r);
    }
    let n = number::index_clamped(cx, nd)?;
    let r = round_float(fv(&a), n);
    if r.is_infinite() && fv(&a).is_finite() {
        return Err(exceptions::overflow_error(
            cx,
            "rounded value too large to represent",
        ));
    }
    new_float(cx, r)
}

/// `round(f, n)`: the exact binary value rounded half to even at decimal digit `n`, then the
/// nearest double to that decimal (infinite if it overflows).
pub fn round_float(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 || n > 323 {
        return f;
    }
    if n < -308 {
        return 0.0f64.copysign(f);
    }
    let (m, e) = decompose(f);
    let ten = |k: i64| num_traits::pow(BigUint::from(10u8), k.max(0) as usize);
    let mut num = BigUint::from(m) * ten(n);
    let mut den = ten(-n);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigUint = r << 1;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u8;
    }
    let sign = if f < 0.0 { "-" } else { "" };
    format!("{sign}{q}e{}", -n).parse().unwrap_or(f)
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
    argcheck::none(cx, &a, "float.conjugate")?;
    f_self(cx, a)
}

/// `float.hex()`: `[-]0x1.hhhhhhhhhhhhhp±e` (13 hex digits), `0x0.` for subnormals.
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{mant:013x}p{esign}{}", e.abs())
}

fn f_hex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "float.hex")?;
    new_str(cx, &float_hex(fv(&a)))
}

/// Why `float.fromhex` failed.
#[derive(Debug, PartialEq)]
pub enum FromHexError {
    /// `invalid hexadecimal floating-point string`.
    Invalid,
    /// `hexadecimal value too large to represent as a float`.
    Overflow,
}

/// Parses `float.fromhex` text, correctly rounded.
pub fn parse_hex_float(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(int::is_py_space).to_ascii_lowercase();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let signed = |v: f64| if neg { -v } else { v };
    if body == "inf" || body == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if body == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let is_hex = |p: &str| p.bytes().all(|c| c.is_ascii_hexdigit());
    if ip.len() + fp.len() == 0 || !is_hex(ip) || !is_hex(fp) {
        return Err(FromHexError::Invalid);
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(FromHexError::Invalid);
            }
            // Saturate: exponents this large are over- or underflows whatever the digits.
            let v = digits
                .parse::<i64>()
                .unwrap_or(i64::MAX / 4)
                .min(i64::MAX / 4);
            if x.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    let digits: String = format!("{ip}{fp}");
    let m = BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    e -= 4 * fp.len() as i64;
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    let top = e + m.bits() as i64;
    if top > 1025 {
        return Err(FromHexError::Overflow);
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let v = float::round_scaled(&m, -e, false);
    if v.is_infinite() {
        return Err(FromHexError::Overflow);
    }
    Ok(signed(v))
}

fn f_fromhex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "fromhex")?;
    let s = a.get(1);
    if !is_str_like(s) {
        return Err(type_error(cx, "bad argument type for built-in operation"));
    }
    let v = match parse_hex_float(as_str(str_value(s))) {
        Ok(v) => v,
        Err(FromHexError::Invalid) => {
            return Err(value_error(cx, "invalid hexadecimal floating-point string"))
        }
        Err(FromHexError::Overflow) => {
            return Err(exceptions::overflow_error(
                cx,
                "hexadecimal value too large to represent as a float",
            ))
        }
    };
    let cls = a.get(0);
    let f = new_float(cx, v)?;
    if cls == types().float.get() {
        return Ok(f);
    }
    crate::interp::call::call(cx, cls, &[f])
}

fn f_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = new_float(cx, fv(&a))?;
    crate::objects::tuple::new_tuple(cx, &[f])
}

fn f_getformat(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "float.__getformat__")?;
    let t = a.get(1);
    if !is_str_like(t) {
        let msg = format!(
            "__getformat__() argument must be str, not {}",
            type_name(type_of(t))
        );
        return Err(type_error(cx, &msg));
    }
    match as_str(str_value(t)) {
        "double" | "float" => new_str(cx, "IEEE, little-endian"),
        _ => Err(value_error(
            cx,
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

// --- float() -------------------------------------------------------------------------------

fn could_not_convert(cx: &mut Ctx, repr: &str) -> crate::ctx::Raised {
    let msg = format!("could not convert string to float: {repr}");
    value_error(cx, &msg)
}

/// `float(x)` as an `f64`.
pub fn float_from_value(cx: &mut Ctx, x: Value) -> PyResult<f64> {
    if float::is_float(x) {
        return Ok(float::float_of(x));
    }
    let t = type_of(x);
    if crate::objects::typeobj::is_builtin_type(t) {
        if let Some(i) = int_value(x) {
            return float::int_to_float(cx, i);
        }
    }
    let has = |cx: &mut Ctx, name: Value| !crate::ops::attr::type_lookup(cx, t, name).is_null();
    if has(cx, crate::names::FLOAT.get()) || has(cx, crate::names::INDEX.get()) {
        return number::to_float(cx, x);
    }
    if is_str_like(x) {
        let s = as_str(str_value(x));
        return match float::parse_float(s) {
            Some(f) => Ok(f),
            None => {
                let r = crate::objects::str::str_repr(s);
                Err(could_not_convert(cx, &r))
            }
        };
    }
    if crate::objects::bytes::is_bytes_like(x) {
        let data = crate::objects::bytes::bytes_data(x);
        let parsed = std::str::from_utf8(&data)
            .ok()
            .filter(|s| s.is_ascii())
            .and_then(float::parse_float);
        return match parsed {
            Some(f) => Ok(f),
            None => {
                let r = crate::objects::bytes::bytes_repr(&data, "b");
                Err(could_not_convert(cx, &r))
            }
        };
    }
    let msg = format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(t)
    );
    Err(type_error(cx, &msg))
}

fn f_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "float() takes no keyword arguments"));
    }
    if a.len() > 2 {
        let msg = format!("float expected at most 1 argument, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let cls = a.get(0);
    let x = a.get(1);
    let mark = cx.handle_mark();
    let hcls = cx.root(cls);
    let v = if x.is_null() {
        0.0
    } else {
        float_from_value(cx, x)?
    };
    let cls = cx.get(hcls);
    cx.pop_handles(mark);
    let f = new_float(cx, v)?;
    if cls == types().float.get() || cls.is_null() {
        return Ok(f);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, f)
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
    Method "__neg__" => f_neg, Method "__pos__" => f_self, Method "__abs__" => f_abs,
    Method "__bool__" => f_bool, Method "__int__" => f_int, Method "__float__" => f_self,
    Method "__hash__" => f_hash, Method "__repr__" => f_repr, Method "__format__" => f_format,
    Method "__round__" => f_round, Method "__trunc__" => f_trunc,
    Method "__floor__" => f_floor, Method "__ceil__" => f_ceil,
    Method "is_integer" => f_is_integer,
    Method "as_integer_ratio" => f_as_integer_ratio,
    Method "conjugate" => f_conjugate,
    Method "hex" => f_hex,
    ClassMethod "fromhex" => f_fromhex,
    ClassMethod "__getformat__" => f_getformat,
    Method "__getnewargs__" => f_getnewargs,
];

/// Attributes of `float`.
pub static FLOAT_GETSETS: &[GetSet] = &[
    GetSet {
        name: "real",
        get: getter!("real", f_self),
        set: None,
    },
    GetSet {
        name: "imag",
        get: getter!("imag", f_imag),
        set: None,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_exactly() {
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(0.375, 2), 0.38);
        assert_eq!(round_float(15.0, -1), 20.0);
        assert_eq!(round_float(25.0, -1), 20.0);
        assert_eq!(round_float(1e300, -299), 1e300);
        assert_eq!(round_float(-0.4, 0), -0.0);
        assert!(round_float(1.7976931348623157e308, -308).is_infinite());
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(parse_hex_float("0x1.8p1"), Ok(3.0));
        assert_eq!(parse_hex_float("0x3p-1076"), Ok(5e-324));
        assert_eq!(parse_hex_float("0x1p-1075"), Ok(0.0));
        assert_eq!(
            parse_hex_float("0x1.0000000000000801p0"),
            Ok(1.0000000000000002)
        );
        assert_eq!(parse_hex_float("0x1p+1024"), Err(FromHexError::Overflow));
        assert_eq!(parse_hex_float("0x"), Err(FromHexError::Invalid));
        assert_eq!(parse_hex_float("0x1p"), Err(FromHexError::Invalid));
    }
}
