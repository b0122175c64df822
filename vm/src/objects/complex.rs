//! `complex`: two doubles in a RAW object, its arithmetic kernels (Smith's division, powers
//! by repeated squaring for small integral exponents and by polar form otherwise), `repr`,
//! `hash`, parsing of `complex(str)`, and its methods.

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, PyResult};
use crate::object::{self, raw_word, set_raw_word};
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::float::{float_hash, float_repr, new_float, parse_float_prefix};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int;
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::ops::number;
use crate::runtime::{py_bool, Global, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

/// `complex`.
pub static COMPLEX_TYPE: Global = Global::new();

/// A new complex number.
pub fn new_complex(cx: &mut Ctx, re: f64, im: f64) -> PyResult<Value> {
    let o = cx.alloc_raw(COMPLEX_TYPE.get(), 2)?;
    set_raw_word(o, 0, re.to_bits());
    set_raw_word(o, 1, im.to_bits());
    Ok(Value::from_obj(o))
}

/// `(real, imag)` of a complex (or complex-subclass instance).
pub fn complex_value(v: Value) -> Option<(f64, f64)> {
    if !v.is_ref() {
        return None;
    }
    let t = type_of(v);
    let o = if t == COMPLEX_TYPE.get() {
        v.obj()
    } else if is_subtype(t, COMPLEX_TYPE.get()) {
        object::slot(v.obj(), 0).obj()
    } else {
        return None;
    };
    Some((
        f64::from_bits(raw_word(o, 0)),
        f64::from_bits(raw_word(o, 1)),
    ))
}

// --- Arithmetic kernels --------------------------------------------------------------------

/// `a * b`.
fn c_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method; `None` when `b` is zero.
pub fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` through the polar form (`a` nonzero or `b` zero; the caller checks).
pub fn c_pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return (1.0, 0.0);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        return (0.0, 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

/// `a ** n` for a natural `n` by repeated squaring.
fn c_powu(a: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = a;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

/// `a ** b` with CPython's choice of algorithm and errors.
pub fn complex_pow(cx: &mut Ctx, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let zero_base = a.0 == 0.0 && a.1 == 0.0;
    let (re, im) = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            c_powu(a, n as u64)
        } else {
            match c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs())) {
                Some(q) => q,
                None => return Err(number::zero_div(cx, "0.0 to a negative or complex power")),
            }
        }
    } else {
        if zero_base && !(b.0 == 0.0 && b.1 == 0.0) && (b.1 != 0.0 || b.0 < 0.0) {
            return Err(number::zero_div(cx, "0.0 to a negative or complex power"));
        }
        c_pow(a, b)
    };
    if re.is_infinite() || im.is_infinite() {
        return Err(exceptions::overflow_error(cx, "complex exponentiation"));
    }
    new_complex(cx, re, im)
}

// --- repr, hash, parsing -------------------------------------------------------------------

/// A float in complex repr style: shortest round-trip, without a forced ".0".
fn part(f: f64) -> String {
    let s = float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_owned(),
        None => s,
    }
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if im.is_nan() || !imag.starts_with('-') {
        "+"
    } else {
        ""
    };
    format!("({}{sign}{imag}j)", part(re))
}

/// `hash(complex)` (NaN parts hash by `identity`, as CPython hashes them by object).
pub fn complex_hash(re: f64, im: f64, identity: i64) -> i64 {
    let h = |f: f64| {
        if f.is_nan() {
            identity
        } else {
            float_hash(f)
        }
    };
    let combined = (h(re) as u64).wrapping_add((h(im) as u64).wrapping_mul(1_000_003)) as i64;
    crate::hash::fix_hash(combined)
}

/// Parses `complex(str)` text (already stripped of surrounding whitespace and with
/// non-ASCII digits and spaces made ASCII); `None` if malformed.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut b = s.trim_matches(' ').as_bytes();
    if let Some(inner) = b.strip_prefix(b"(") {
        b = inner.strip_suffix(b")")?;
        while let Some(r) = b.strip_prefix(b" ") {
            b = r;
        }
        while let Some(r) = b.strip_suffix(b" ") {
            b = r;
        }
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j') | Some(b'J'));
    let (re, im, rest) = match parse_float_prefix(b) {
        Some((x, n)) => {
            let rest = &b[n..];
            match rest.first() {
                Some(b'+') | Some(b'-') => {
                    let (y, m) = match parse_float_prefix(rest) {
                        Some(p) => p,
                        None => (if rest[0] == b'+' { 1.0 } else { -1.0 }, 1),
                    };
                    if !is_j(rest.get(m)) {
                        return None;
                    }
                    (x, y, &rest[m + 1..])
                }
                c if is_j(c) => (0.0, x, &rest[1..]),
                _ => (x, 0.0, rest),
            }
        }
        None => {
            let (y, n) = match b.first() {
                Some(b'+') => (1.0, 1),
                Some(b'-') => (-1.0, 1),
                _ => (1.0, 0),
            };
            if !is_j(b.get(n)) {
                return None;
            }
            (0.0, y, &b[n + 1..])
        }
    };
    rest.is_empty().then_some((re, im))
}

// --- Methods -------------------------------------------------------------------------------

fn cv(a: &Args<'_>) -> (f64, f64) {
    complex_value(a.get(0)).expect("complex")
}

fn not_impl() -> Value {
    SINGLETONS.not_implemented.get()
}

/// The number for `complex()`'s first argument: a string, `__complex__`, or a real number.
fn complex_arg(cx: &mut Ctx, v: Value, first: bool) -> PyResult<((f64, f64), bool)> {
    if first {
        let m = crate::ops::attr::type_lookup(cx, type_of(v), crate::names::COMPLEX.get());
        if !m.is_null() {
            let r = crate::interp::call::call(cx, m, &[v])?;
            return match complex_value(r) {
                Some(c) => Ok((c, true)),
                None => {
                    let msg = format!(
                        "__complex__ returned non-complex (type {})",
                        type_name(type_of(r))
                    );
                    Err(type_error(cx, &msg))
                }
            };
        }
    }
    if let Some(c) = complex_value(v) {
        return Ok((c, true));
    }
    let t = type_of(v);
    let real = crate::objects::float::float_value(v).is_some()
        || int::int_value(v).is_some()
        || !crate::ops::attr::type_lookup(cx, t, crate::names::FLOAT.get()).is_null()
        || !crate::ops::attr::type_lookup(cx, t, crate::names::INDEX.get()).is_null();
    if !real {
        let msg = if first {
            format!(
                "complex() first argument must be a string or a number, not '{}'",
                type_name(t)
            )
        } else {
            format!(
                "complex() second argument must be a number, not '{}'",
                type_name(t)
            )
        };
        return Err(type_error(cx, &msg));
    }
    Ok(((number::to_float(cx, v)?, 0.0), false))
}

fn c_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if a.len() > 3 {
        let msg = format!(
            "complex() takes at most 2 arguments ({} given)",
            a.len() - 1
        );
        return Err(type_error(cx, &msg));
    }
    for i in 0..a.nkw() {
        let (k, _) = a.kw_at(i);
        let k = as_str(k);
        if k != "real" && k != "imag" {
            let msg = format!("complex() got an unexpected keyword argument '{k}'");
            return Err(type_error(cx, &msg));
        }
    }
    let mark = cx.handle_mark();
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
    let him = cx.root(im);
    let hcls = cx.root(cls);
    let (r, i) = if re.is_null() {
        (0.0, 0.0)
    } else if is_str_like(re) {
        if !im.is_null() {
            return Err(type_error(
                cx,
                "complex() can't take second arg if first is a string",
            ));
        }
        let text = crate::objects::float::ascii_number_text(as_str(str_value(re)));
        match text.as_deref().and_then(parse_complex) {
            Some(c) => c,
            None => return Err(value_error(cx, "complex() arg is a malformed string")),
        }
    } else {
        if !im.is_null() && is_str_like(im) {
            return Err(type_error(cx, "complex() second arg can't be a string"));
        }
        let ((rr, ri), re_complex) = complex_arg(cx, re, true)?;
        let im = cx.get(him);
        if im.is_null() {
            (rr, ri)
        } else {
            let ((ir, ii), im_complex) = complex_arg(cx, im, false)?;
            let real = if im_complex { rr - ii } else { rr };
            (real, if re_complex { ri + ir } else { ir })
        }
    };
    let cls = cx.get(hcls);
    cx.pop_handles(mark);
    let v = new_complex(cx, r, i)?;
    if cls == COMPLEX_TYPE.get() || cls.is_null() {
        return Ok(v);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, v)
}

fn c_binop(
    cx: &mut Ctx,
    a: &Args<'_>,
    op: crate::compile::bytecode::BinOp,
    reflected: bool,
) -> PyResult<Value> {
    crate::objects::int_methods::num_method(cx, a, op, reflected)
}

macro_rules! complex_dunders {
    ($($f:ident $rf:ident = $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                c_binop(cx, &a, crate::compile::bytecode::BinOp::$op, false)
            }
            fn $rf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                c_binop(cx, &a, crate::compile::bytecode::BinOp::$op, true)
            }
        )*
    };
}
complex_dunders! {
    c_add c_radd = Add;
    c_sub c_rsub = Sub;
    c_mul_m c_rmul = Mul;
    c_truediv c_rtruediv = TrueDiv;
}

fn c_pow_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let m = a.get(2);
    if !m.is_null() && m != crate::runtime::none() {
        return Err(value_error(cx, "complex modulo"));
    }
    c_binop(cx, &a, crate::compile::bytecode::BinOp::Pow, false)
}
fn c_rpow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    c_binop(cx, &a, crate::compile::bytecode::BinOp::Pow, true)
}
fn c_cmp(a: &Args<'_>, op: CmpOp) -> Value {
    match number::num_compare(a.get(0), a.get(1), op) {
        Some(r) => py_bool(r),
        None => not_impl(),
    }
}
fn c_eq(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(c_cmp(&a, CmpOp::Eq))
}
fn c_ne(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(c_cmp(&a, CmpOp::Ne))
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
    crate::objects::argcheck::none(cx, &a, "complex.conjugate")?;
    let (r, i) = cv(&a);
    new_complex(cx, r, -i)
}
fn c_abs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    let h = r.hypot(i);
    if h.is_infinite() && r.is_finite() && i.is_finite() {
        return Err(exceptions::overflow_error(cx, "absolute value too large"));
    }
    new_float(cx, h)
}
fn c_bool(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    Ok(py_bool(r != 0.0 || i != 0.0))
}
fn c_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    let id = if r.is_nan() || i.is_nan() {
        crate::protocol::identity_hash(cx, a.get(0))?
    } else {
        0
    };
    int::from_i64(cx, complex_hash(r, i, id))
}
fn c_neg(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    new_complex(cx, -r, -i)
}
fn c_pos(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    new_complex(cx, r, i)
}
fn c_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = cv(&a);
    let rv = new_float(cx, r)?;
    let h = cx.root(rv);
    let iv = new_float(cx, i)?;
    let rv = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    crate::objects::tuple::new_tuple(cx, &[rv, iv])
}
fn c_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let spec = a.get(1);
    if spec.is_null() || !is_str_like(spec) {
        return Err(type_error(cx, "format() argument 2 must be str"));
    }
    if as_str(str_value(spec)).is_empty() {
        let (r, i) = cv(&a);
        return new_str(cx, &complex_repr(r, i));
    }
    let s = as_str(str_value(spec)).to_owned();
    crate::ops::format::format(cx, a.get(0), &s)
}

/// Methods of `complex`.
pub static COMPLEX_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => c_new,
    Method "__add__" => c_add, Method "__radd__" => c_radd,
    Method "__sub__" => c_sub, Method "__rsub__" => c_rsub,
    Method "__mul__" => c_mul_m, Method "__rmul__" => c_rmul,
    Method "__truediv__" => c_truediv, Method "__rtruediv__" => c_rtruediv,
    Method "__pow__" => c_pow_m, Method "__rpow__" => c_rpow,
    Method "__eq__" => c_eq, Method "__ne__" => c_ne,
    Method "__neg__" => c_neg, Method "__pos__" => c_pos, Method "__abs__" => c_abs,
    Method "__bool__" => c_bool, Method "__hash__" => c_hash, Method "__repr__" => c_repr,
    Method "__format__" => c_format,
    Method "__getnewargs__" => c_getnewargs,
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

#[cfg(test)]
mod tests {
    use super::{complex_repr, parse_complex};

    #[test]
    fn reprs() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, 2.0), "(-0+2j)");
        assert_eq!(complex_repr(1.5, -2.5), "(1.5-2.5j)");
        assert_eq!(complex_repr(0.0, 0.0), "0j");
        assert_eq!(complex_repr(1.0, f64::NAN), "(1+nanj)");
    }

    #[test]
    fn parses() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex("( -1.5e3-2J )"), Some((-1500.0, -2.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1+j"), Some((1.0, 1.0)));
        assert_eq!(parse_complex("3"), Some((3.0, 0.0)));
        assert_eq!(parse_complex("1+2"), None);
        assert_eq!(parse_complex("(1+2j"), None);
        assert_eq!(parse_complex(""), None);
    }
}
