//! The numeric tower: arithmetic and comparison between ints (and bools), floats and
//! complex numbers with Python's semantics, and the conversions other code needs
//! (`__index__`, `__float__`).
//!
//! - [`num_binop`] computes `a op b` when both operands are numbers (instances of int,
//!   float, complex or their subclasses) and the operator applies to them; `None` means
//!   "not for me" (the special method returns NotImplemented).
//! - [`num_compare`] is the same for comparisons (`None`: unordered types, such as complex
//!   with `<`).
//! - The operators' fast paths in `arith` and `compare` use these directly only for operands
//!   of the exact built-in types, whose methods nobody can override; instances of subclasses
//!   go through the special-method protocol, whose built-in methods come back here.
//!
//! Error messages are CPython 3.11's: `integer division or modulo by zero`, `float modulo`,
//! `0.0 cannot be raised to a negative power`, `(34, 'Numerical result out of range')`...

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, PyResult, Raised};
use crate::names;
use crate::objects::complex::{self, complex_value, new_complex};
use crate::objects::exceptions::{self, raise_msg};
use crate::objects::float::{self, float_value, new_float};
use crate::objects::int::{self, int_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::runtime::{py_bool, types};
use crate::value::Value;
use std::cmp::Ordering;

/// A number's kind, for dispatch.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Num {
    /// int (or bool, or int subclass): the small or big int value.
    Int(Value),
    /// float.
    Float(f64),
    /// complex.
    Complex(f64, f64),
}

/// Classifies `v` as a number (subclass instances included).
#[inline]
pub fn classify(v: Value) -> Option<Num> {
    if let Some(i) = int_value(v) {
        return Some(Num::Int(i));
    }
    if let Some(f) = float_value(v) {
        return Some(Num::Float(f));
    }
    complex_value(v).map(|(r, i)| Num::Complex(r, i))
}

/// Whether `v` is exactly an int, bool, float or complex: a value whose operators cannot
/// be overridden, so fast paths may skip the special-method protocol.
#[inline]
pub fn is_exact_number(v: Value) -> bool {
    if v.is_int() {
        return true;
    }
    if !v.is_ref() {
        return false;
    }
    let t = type_of(v);
    let ts = types();
    t == ts.int.get()
        || t == ts.float.get()
        || t == ts.bool.get()
        || t == complex::COMPLEX_TYPE.get()
}

fn is_bool(v: Value) -> bool {
    v.is_ref() && type_of(v) == types().bool.get()
}

/// Raises ZeroDivisionError with `msg`.
pub fn zero_div(cx: &mut Ctx, msg: &str) -> Raised {
    raise_msg(cx, exceptions::ZERO_DIVISION_ERROR.get(), msg)
}

/// `a op b` for numbers; `None` if an operand is not a number or the operator does not apply
/// to these types.
pub fn num_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (classify(a), classify(b)) else {
        return Ok(None);
    };
    let op = op.base();
    if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) && is_bool(a) && is_bool(b) {
        let (p, q) = (a == py_bool(true), b == py_bool(true));
        return Ok(Some(py_bool(match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        })));
    }
    match (x, y) {
        (Num::Int(p), Num::Int(q)) => int_binop(cx, p, q, op),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            if !matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
            ) {
                return Ok(None);
            }
            let p = to_complex(cx, x)?;
            let q = to_complex(cx, y)?;
            complex_binop(cx, p, q, op).map(Some)
        }
        _ => {
            if !matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::TrueDiv
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            ) {
                return Ok(None);
            }
            let p = to_f64(cx, x)?;
            let q = to_f64(cx, y)?;
            float_binop(cx, p, q, op)
        }
    }
}

fn to_f64(cx: &mut Ctx, n: Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => float::int_to_float(cx, i),
        Num::Float(f) => Ok(f),
        Num::Complex(r, _) => Ok(r),
    }
}

fn to_complex(cx: &mut Ctx, n: Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Ok((r, i)),
        other => Ok((to_f64(cx, other)?, 0.0)),
    }
}

/// Integer arithmetic (both operands ints); `None` for `@`.
pub fn int_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let v = match op {
        BinOp::Add => int::add(cx, a, b)?,
        BinOp::Sub => int::sub(cx, a, b)?,
        BinOp::Mul => int::mul(cx, a, b)?,
        BinOp::FloorDiv => int::floordiv(cx, a, b)?,
        BinOp::Mod => int::modulo(cx, a, b)?,
        BinOp::TrueDiv => {
            let f = float::int_truediv(cx, a, b)?;
            new_float(cx, f)?
        }
        BinOp::Pow => {
            if int::sign(b) >= 0 {
                int::pow_nonneg(cx, a, b)?
            } else {
                // A negative exponent makes it a float power.
                let x = float::int_to_float(cx, a)?;
                let y = float::int_to_float(cx, b)?;
                return float_pow(cx, x, y).map(Some);
            }
        }
        BinOp::LShift => int::lshift(cx, a, b)?,
        BinOp::RShift => int::rshift(cx, a, b)?,
        BinOp::And => int::bitop(cx, a, b, b'&')?,
        BinOp::Or => int::bitop(cx, a, b, b'|')?,
        BinOp::Xor => int::bitop(cx, a, b, b'^')?,
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// Float arithmetic; `None` for operators floats do not support.
pub fn float_binop(cx: &mut Ctx, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_div(cx, "float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_div(cx, "float floor division by zero"));
            }
            float::float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_div(cx, "float modulo"));
            }
            float::float_mod(x, y)
        }
        BinOp::Pow => return float_pow(cx, x, y).map(Some),
        _ => return Ok(None),
    };
    new_float(cx, r).map(Some)
}

/// Whether `y` is an odd integer (as a float).
fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y.fract() == 0.0 && (y / 2.0).fract() != 0.0
}

/// `x ** y` for floats, as CPython's `float_pow` (a complex result for a negative base and a
/// fractional exponent).
pub fn float_pow(cx: &mut Ctx, x: f64, y: f64) -> PyResult<Value> {
    let r = if y == 0.0 {
        1.0
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        if x == 1.0 {
            1.0
        } else {
            y
        }
    } else if y.is_infinite() {
        let ax = x.abs();
        if ax == 1.0 {
            1.0
        } else if (ax > 1.0) == (y > 0.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else if x.is_infinite() {
        let odd = is_odd_integer(y);
        if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }
    } else if x == 0.0 {
        if y < 0.0 {
            return Err(zero_div(cx, "0.0 cannot be raised to a negative power"));
        }
        if is_odd_integer(y) {
            x
        } else {
            0.0
        }
    } else {
        let mut base = x;
        let mut negate = false;
        if x < 0.0 {
            if y.fract() != 0.0 {
                // Negative numbers raised to fractional powers become complex.
                return complex::complex_pow(cx, (x, 0.0), (y, 0.0));
            }
            base = -x;
            negate = is_odd_integer(y);
        }
        let r = if base == 1.0 { 1.0 } else { base.powf(y) };
        if r.is_infinite() {
            return Err(float_range_error(cx));
        }
        if negate {
            -r
        } else {
            r
        }
    };
    new_float(cx, r)
}

/// `OverflowError: (34, 'Numerical result out of range')` (CPython raises it from errno).
pub fn float_range_error(cx: &mut Ctx) -> Raised {
    let msg = match crate::objects::str::new_str(cx, "Numerical result out of range") {
        Ok(m) => m,
        Err(e) => return e,
    };
    exceptions::raise_args(cx, exceptions::OVERFLOW_ERROR.get(), &[Value::int(34), msg])
}

/// Complex arithmetic (`+ - * / **`).
pub fn complex_binop(cx: &mut Ctx, a: (f64, f64), b: (f64, f64), op: BinOp) -> PyResult<Value> {
    let (r, i) = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mul => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        BinOp::TrueDiv => match complex::c_quot(a, b) {
            Some(q) => q,
            None => return Err(zero_div(cx, "complex division by zero")),
        },
        _ => return complex::complex_pow(cx, a, b),
    };
    new_complex(cx, r, i)
}

// --- Comparisons ---------------------------------------------------------------------------

/// Whether ordering `o` satisfies `op` (`None`: unordered, only `!=` holds).
pub fn ordering_holds(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}

/// `a op b` for numbers (exact across int and float, even for huge ints); `None` if an
/// operand is not a number or the types are unordered (complex with `<`).
pub fn num_compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    let (x, y) = (classify(a)?, classify(b)?);
    let o = match (x, y) {
        (Num::Int(p), Num::Int(q)) => Some(int::int_cmp(p, q)),
        (Num::Float(f), Num::Float(g)) => f.partial_cmp(&g),
        (Num::Float(f), Num::Int(i)) => float::cmp_float_int(f, i),
        (Num::Int(i), Num::Float(f)) => float::cmp_float_int(f, i).map(Ordering::reverse),
        (Num::Complex(ar, ai), other) | (other, Num::Complex(ar, ai)) => {
            if op != CmpOp::Eq && op != CmpOp::Ne {
                return None;
            }
            let equal = match other {
                Num::Complex(br, bi) => ar == br && ai == bi,
                Num::Float(f) => ai == 0.0 && ar == f,
                Num::Int(i) => ai == 0.0 && float::cmp_float_int(ar, i) == Some(Ordering::Equal),
            };
            return Some(equal == (op == CmpOp::Eq));
        }
    };
    Some(ordering_holds(o, op))
}

// --- Errors and conversions ----------------------------------------------------------------

/// Raises `TypeError: unsupported operand type(s) for OP: 'A' and 'B'`.
#[cold]
pub fn unsupported(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> Raised {
    let sym = match op {
        BinOp::Pow | BinOp::IPow => "** or pow()",
        o => o.symbol(),
    };
    let msg = format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        type_name(type_of(a)),
        type_name(type_of(b))
    );
    exceptions::type_error(cx, &msg)
}

/// `operator.index(v)`: an int, via `__index__` for other types.
pub fn index(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if let Some(i) = int_value(v) {
        return Ok(i);
    }
    let t = type_of(v);
    let m = type_lookup(cx, t, names::INDEX.get());
    if m.is_null() {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(t)
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    let r = crate::interp::call::call(cx, m, &[v])?;
    match int_value(r) {
        Some(i) => Ok(i),
        None => {
            let msg = format!(
                "__index__ returned non-int (type {})",
                type_name(type_of(r))
            );
            Err(exceptions::type_error(cx, &msg))
        }
    }
}

/// An index as `i64`; IndexError `cannot fit 'int' into an index-sized integer` if too big.
pub fn index_i64(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    // `__index__` may move `v`, which the error message names.
    let h = cx.root(v);
    let r = index(cx, v);
    let v = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    let i = r?;
    match int::to_i64(i) {
        Some(x) => Ok(x),
        None => {
            let msg = format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(type_of(v))
            );
            Err(raise_msg(cx, exceptions::INDEX_ERROR.get(), &msg))
        }
    }
}

/// An index as `i64`, saturating at the `i64` range (CPython's `PyNumber_AsSsize_t(v, NULL)`).
pub fn index_clamped(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    let i = index(cx, v)?;
    Ok(int::to_i64(i).unwrap_or(if int::sign(i) < 0 { i64::MIN } else { i64::MAX }))
}

/// An `i64` from an int-like value (via `__index__`), OverflowError
/// `Python int too large to convert to C long` if out of range.
pub fn index_as_long(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    let i = index(cx, v)?;
    match int::to_i64(i) {
        Some(x) => Ok(x),
        None => Err(exceptions::overflow_error(
            cx,
            "Python int too large to convert to C long",
        )),
    }
}

/// `float(v)` as an `f64`, via `__float__` or `__index__` for other types; TypeError
/// `must be real number, not T` otherwise.
pub fn to_float(cx: &mut Ctx, v: Value) -> PyResult<f64> {
    if let Some(f) = float_value(v) {
        if float::is_float(v) {
            return Ok(f);
        }
    }
    if let Some(i) = int_value(v) {
        if int::is_exact_int(v) || is_bool(v) {
            return float::int_to_float(cx, i);
        }
    }
    let t = type_of(v);
    let m = type_lookup(cx, t, names::FLOAT.get());
    if !m.is_null() {
        let r = crate::interp::call::call(cx, m, &[v])?;
        if let Some(f) = float_value(r) {
            return Ok(f);
        }
        let msg = format!(
            "{}.__float__ returned non-float (type {})",
            type_name(t),
            type_name(type_of(r))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    let m = type_lookup(cx, t, names::INDEX.get());
    if !m.is_null() {
        let i = index(cx, v)?;
        return float::int_to_float(cx, i);
    }
    let msg = format!("must be real number, not {}", type_name(t));
    Err(exceptions::type_error(cx, &msg))
}
