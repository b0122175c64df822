//! The numeric tower: arithmetic between ints (and bools), floats and complex numbers, with
//! Python's semantics (floor division and modulo toward negative infinity, int ** negative
//! -> float, negative ** fractional -> complex, the exact ZeroDivisionError messages), and
//! conversions (`__index__`, `__float__`).
//!
//! [`num_binop`] returns `None` when the operands are not numbers it handles, so the caller
//! can try the operands' special methods (NotImplemented).

use crate::compile::bytecode::BinOp;
use crate::ctx::{Ctx, PyResult};
use crate::names;
use crate::objects::complex::{complex_value, new_complex};
use crate::objects::exceptions::{self, raise_msg};
use crate::objects::float::{self, float_value, new_float};
use crate::objects::int::{self, int_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::value::Value;

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

/// Classifies `v` as a number.
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

fn zero_div(cx: &mut Ctx, msg: &str) -> crate::ctx::Raised {
    raise_msg(cx, exceptions::ZERO_DIVISION_ERROR.get(), msg)
}

/// `a op b` for numbers; `None` if either is not a number.
pub fn num_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (classify(a), classify(b)) else {
        return Ok(None);
    };
    let op = op.base();
    match (x, y) {
        (Num::Int(p), Num::Int(q)) => int_binop(cx, p, q, op).map(Some),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (ar, ai) = to_complex(cx, x)?;
            let (br, bi) = to_complex(cx, y)?;
            complex_binop(cx, (ar, ai), (br, bi), op)
        }
        _ => {
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

/// Integer arithmetic (both operands ints).
pub fn int_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Add => int::add(cx, a, b),
        BinOp::Sub => int::sub(cx, a, b),
        BinOp::Mul => int::mul(cx, a, b),
        BinOp::FloorDiv => int::floordiv(cx, a, b),
        BinOp::Mod => int::modulo(cx, a, b),
        BinOp::TrueDiv => {
            let f = float::int_truediv(cx, a, b)?;
            new_float(cx, f)
        }
        BinOp::Pow => {
            if int::sign(b) >= 0 {
                int::pow_nonneg(cx, a, b)
            } else {
                let x = float::int_to_float(cx, a)?;
                let y = float::int_to_float(cx, b)?;
                if x == 0.0 {
                    return Err(zero_div(cx, "0.0 cannot be raised to a negative power"));
                }
                new_float(cx, x.powf(y))
            }
        }
        BinOp::LShift => int::lshift(cx, a, b),
        BinOp::RShift => int::rshift(cx, a, b),
        BinOp::And => int::bitop(cx, a, b, b'&'),
        BinOp::Or => int::bitop(cx, a, b, b'|'),
        BinOp::Xor => int::bitop(cx, a, b, b'^'),
        BinOp::MatMul => Err(unsupported(cx, a, b, BinOp::MatMul)),
        _ => unreachable!("in-place operators are reduced first"),
    }
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
            float::float_floordiv(x, y)
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

/// `x ** y` for floats (complex result for a negative base and a fractional exponent).
fn float_pow(cx: &mut Ctx, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_div(cx, "0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        let (r, i) = complex_pow((x, 0.0), (y, 0.0));
        return new_complex(cx, r, i);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(raise_msg(
            cx,
            exceptions::OVERFLOW_ERROR.get(),
            "(34, 'Numerical result out of range')",
        ));
    }
    new_float(cx, r)
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
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

fn complex_binop(cx: &mut Ctx, a: (f64, f64), b: (f64, f64), op: BinOp) -> PyResult<Option<Value>> {
    let (r, i) = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mul => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        BinOp::TrueDiv => {
            if b.0 == 0.0 && b.1 == 0.0 {
                return Err(zero_div(cx, "complex division by zero"));
            }
            // Smith's algorithm, as CPython.
            if b.0.abs() >= b.1.abs() {
                let ratio = b.1 / b.0;
                let denom = b.0 + b.1 * ratio;
                ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
            } else {
                let ratio = b.0 / b.1;
                let denom = b.0 * ratio + b.1;
                ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
            }
        }
        BinOp::Pow => {
            if a.0 == 0.0 && a.1 == 0.0 && (b.1 != 0.0 || b.0 < 0.0) {
                return Err(zero_div(cx, "0.0 to a negative or complex power"));
            }
            complex_pow(a, b)
        }
        _ => return Ok(None),
    };
    new_complex(cx, r, i).map(Some)
}

/// Raises `TypeError: unsupported operand type(s) for OP: 'A' and 'B'`.
#[cold]
pub fn unsupported(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> crate::ctx::Raised {
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

/// An index as `i64` (OverflowError-free clamp for huge values is the caller's business).
pub fn index_i64(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    let i = index(cx, v)?;
    match int::to_i64(i) {
        Some(x) => Ok(x),
        None => {
            let msg = "cannot fit 'int' into an index-sized integer";
            Err(raise_msg(cx, exceptions::INDEX_ERROR.get(), msg))
        }
    }
}

/// `float(v)` as an `f64`, via `__float__` or `__index__` for other types.
pub fn to_float(cx: &mut Ctx, v: Value) -> PyResult<f64> {
    if let Some(f) = float_value(v) {
        return Ok(f);
    }
    if let Some(i) = int_value(v) {
        return float::int_to_float(cx, i);
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
