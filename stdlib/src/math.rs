//! The `math` module (CPython 3.11's complete function set and constants).
//!
//! Functions of one or two floats follow CPython's error convention: a NaN result from
//! non-NaN arguments is `ValueError: math domain error`; an infinite result from finite
//! arguments is `OverflowError: math range error` for functions that can overflow (exp,
//! cosh...) and a domain error otherwise (log1p(-1)...). Elementary functions come from the
//! platform's C library, as CPython's do: through Rust's `f64` methods, or `krait_vm::libm`
//! for those Rust lacks or computes itself (erf, erfc, asinh, acosh, atanh, cbrt). The integer functions are in
//! `math_int.rs`, the exactly specified kernels (gamma, fsum, hypot) in `math_special.rs`.

use crate::math_int::*;
use crate::math_special::{self as sp, Fsum, FsumError, MathError, MathResult};
use crate::util;
use krait_vm::ctx::{Ctx, PyResult, Raised};
use krait_vm::native_table;
use krait_vm::objects::exceptions::{overflow_error, type_error, value_error};
use krait_vm::objects::float::{self, float_value, is_float, new_float};
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::int::{self, int_value};
use krait_vm::objects::int_methods::float_to_int;
use krait_vm::objects::str::{as_str, intern};
use krait_vm::objects::tuple::new_tuple;
use krait_vm::objects::typeobj::{type_name, type_of};
use krait_vm::ops::attr::type_lookup;
use krait_vm::ops::number::to_float;
use krait_vm::runtime::py_bool;
use krait_vm::value::Value;

/// C library functions Rust's `std` lacks (see `krait_vm::libm`).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
use krait_vm::libm as cm;
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
mod cm {
    pub use libm::{acosh, asinh, atanh, cbrt, erf, erfc};
}

/// Registers `math`.
pub fn register() {
    krait_vm::ops::import::register_native("math", init);
}

fn init(cx: &mut Ctx, m: Value) -> PyResult<()> {
    util::add_functions(cx, m, FUNCTIONS)?;
    let h = cx.root(m);
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = new_float(cx, v)?;
        let m = cx.get(h);
        util::set_attr(cx, m, name, f)?;
    }
    let m = cx.get(h);
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    util::set_str(
        cx,
        m,
        "__doc__",
        "This module provides access to the mathematical functions\ndefined by the C standard.",
    )
}

fn raise(cx: &mut Ctx, e: MathError) -> Raised {
    match e {
        MathError::Domain => value_error(cx, "math domain error"),
        MathError::Range => overflow_error(cx, "math range error"),
    }
}

fn float_result(cx: &mut Ctx, r: MathResult) -> PyResult<Value> {
    match r {
        Ok(f) => new_float(cx, f),
        Err(e) => Err(raise(cx, e)),
    }
}

/// CPython's check of a libm result: NaN from non-NaN is a domain error; infinity from a
/// finite argument is a range error if the function can overflow, else a domain error.
fn check1(x: f64, r: f64, can_overflow: bool) -> MathResult {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        });
    }
    Ok(r)
}

/// One-float functions: `name => (function, can_overflow)`.
macro_rules! math1 {
    ($($fname:ident $name:literal => $f:expr, $overflow:expr;)*) => {
        $(
            fn $fname(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                let v = util::one(cx, &a, concat!("math.", $name))?;
                let x = to_float(cx, v)?;
                let f: fn(f64) -> f64 = $f;
                float_result(cx, check1(x, f(x), $overflow))
            }
        )*
    };
}

math1! {
    m_acos "acos" => f64::acos, false;
    m_acosh "acosh" => cm::acosh, false;
    m_asin "asin" => f64::asin, false;
    m_asinh "asinh" => cm::asinh, false;
    m_atan "atan" => f64::atan, false;
    m_atanh "atanh" => cm::atanh, false;
    m_cbrt "cbrt" => cm::cbrt, false;
    m_cos "cos" => f64::cos, false;
    m_cosh "cosh" => f64::cosh, true;
    m_erf "erf" => cm::erf, false;
    m_erfc "erfc" => cm::erfc, false;
    m_exp "exp" => f64::exp, true;
    m_exp2 "exp2" => f64::exp2, true;
    m_expm1 "expm1" => f64::exp_m1, true;
    m_fabs "fabs" => f64::abs, false;
    m_log1p "log1p" => f64::ln_1p, false;
    m_sin "sin" => f64::sin, false;
    m_sinh "sinh" => f64::sinh, true;
    m_sqrt "sqrt" => f64::sqrt, false;
    m_tan "tan" => f64::tan, false;
    m_tanh "tanh" => f64::tanh, false;
}

fn m_gamma(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.gamma")?;
    let x = to_float(cx, v)?;
    float_result(cx, sp::gamma(x))
}

fn m_lgamma(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.lgamma")?;
    let x = to_float(cx, v)?;
    float_result(cx, sp::lgamma(x))
}

fn m_degrees(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.degrees")?;
    let x = to_float(cx, v)?;
    new_float(cx, x * (180.0 / std::f64::consts::PI))
}

fn m_radians(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.radians")?;
    let x = to_float(cx, v)?;
    new_float(cx, x * (std::f64::consts::PI / 180.0))
}

/// Predicates of one float.
fn predicate(cx: &mut Ctx, a: &Args<'_>, qual: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let v = util::one(cx, a, qual)?;
    let x = to_float(cx, v)?;
    Ok(py_bool(f(x)))
}
fn m_isfinite(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    predicate(cx, &a, "math.isfinite", f64::is_finite)
}
fn m_isinf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    predicate(cx, &a, "math.isinf", f64::is_infinite)
}
fn m_isnan(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    predicate(cx, &a, "math.isnan", f64::is_nan)
}

// --- Two-float functions -------------------------------------------------------------------

/// The two float arguments of `name(x, y)`.
fn two_floats(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    util::positional(cx, a, &format!("math.{name}"), name, 2, 2)?;
    let x = to_float(cx, a.get(0))?;
    let y = to_float(cx, a.get(1))?;
    Ok((x, y))
}

/// CPython's check of a two-argument libm result.
fn check2(x: f64, y: f64, r: f64) -> MathResult {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn m_atan2(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (y, x) = two_floats(cx, &a, "atan2")?;
    float_result(cx, check2(y, x, y.atan2(x)))
}

fn m_copysign(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(cx, &a, "copysign")?;
    new_float(cx, x.copysign(y))
}

fn m_fmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(cx, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return new_float(cx, x);
    }
    float_result(cx, check2(x, y, x % y))
}

fn m_remainder(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(cx, &a, "remainder")?;
    float_result(cx, sp::remainder(x, y))
}

fn m_nextafter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(cx, &a, "nextafter")?;
    new_float(cx, sp::nextafter(x, y))
}

fn m_ulp(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.ulp")?;
    let x = to_float(cx, v)?;
    new_float(cx, sp::ulp(x))
}

/// `math.pow(x, y)`: C99's special cases, ValueError for a negative base with a fractional
/// exponent or zero to a negative power, OverflowError when the result overflows.
fn pow_kernel(x: f64, y: f64) -> MathResult {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

fn m_pow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(cx, &a, "pow")?;
    float_result(cx, pow_kernel(x, y))
}

// --- Logarithms ----------------------------------------------------------------------------

/// `f(v)` for a logarithm `f`, exact for ints too large for a float (`f(m) + e*f(2)` with
/// `v = m * 2**e`).
fn log_of(cx: &mut Ctx, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_value(v) {
        if int::sign(i) <= 0 {
            return Err(raise(cx, MathError::Domain));
        }
        if let Some(x) = int::to_f64(i) {
            return Ok(f(x));
        }
        let (m, e) = float::int_frexp(i);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_float(cx, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(raise(cx, MathError::Domain));
    }
    Ok(f(x))
}

fn m_log(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::no_kw(cx, &a, "math.log")?;
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(cx, "math.log requires 1 to 2 arguments"));
    }
    let num = log_of(cx, a.get(0), f64::ln)?;
    if a.len() == 1 {
        return new_float(cx, num);
    }
    let den = log_of(cx, a.get(1), f64::ln)?;
    if den == 0.0 {
        return Err(krait_vm::ops::number::zero_div(
            cx,
            "float division by zero",
        ));
    }
    new_float(cx, num / den)
}

fn m_log2(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.log2")?;
    let r = log_of(cx, v, f64::log2)?;
    new_float(cx, r)
}

fn m_log10(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.log10")?;
    let r = log_of(cx, v, f64::log10)?;
    new_float(cx, r)
}

// --- Decomposition -------------------------------------------------------------------------

fn m_frexp(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.frexp")?;
    let x = to_float(cx, v)?;
    let (m, e) = float::frexp(x);
    let mv = new_float(cx, m)?;
    new_tuple(cx, &[mv, Value::int(e as i64)])
}

fn m_ldexp(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "math.ldexp", "ldexp", 2, 2)?;
    let x = to_float(cx, a.get(0))?;
    let Some(i) = int_value(a.get(1)) else {
        return Err(type_error(
            cx,
            "Expected an int as second argument to ldexp.",
        ));
    };
    if x == 0.0 || !x.is_finite() {
        return new_float(cx, x);
    }
    let n = int::to_i64(i).unwrap_or(if int::sign(i) < 0 { i64::MIN } else { i64::MAX });
    let r = float::ldexp(x, n);
    if r.is_infinite() {
        return Err(raise(cx, MathError::Range));
    }
    new_float(cx, r)
}

fn m_modf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.modf")?;
    let x = to_float(cx, v)?;
    let (frac, int_part) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    let fv = new_float(cx, frac)?;
    let iv = new_float(cx, int_part)?;
    new_tuple(cx, &[fv, iv])
}

// --- Rounding to integers ------------------------------------------------------------------

/// `math.floor` / `math.ceil`: exact floats directly, else the type's `__floor__` /
/// `__ceil__`, else the value as a float.
fn round_to_int(
    cx: &mut Ctx,
    a: &Args<'_>,
    qual: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = util::one(cx, a, qual)?;
    if !is_float(v) {
        let name = intern(cx, dunder)?;
        let v = a.get(0);
        let m = type_lookup(cx, type_of(v), name);
        if !m.is_null() {
            return krait_vm::interp::call::call(cx, m, &[v]);
        }
    }
    let x = to_float(cx, a.get(0))?;
    float_to_int(cx, f(x))
}

fn m_floor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    round_to_int(cx, &a, "math.floor", "__floor__", f64::floor)
}

fn m_ceil(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    round_to_int(cx, &a, "math.ceil", "__ceil__", f64::ceil)
}

fn m_trunc(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.trunc")?;
    if is_float(v) {
        return float_to_int(cx, float::float_of(v).trunc());
    }
    let name = intern(cx, "__trunc__")?;
    let v = a.get(0);
    let m = type_lookup(cx, type_of(v), name);
    if m.is_null() {
        let msg = format!(
            "type {} doesn't define __trunc__ method",
            type_name(type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    krait_vm::interp::call::call(cx, m, &[v])
}

// --- Sums, norms, closeness ----------------------------------------------------------------

fn m_fsum(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.fsum")?;
    let it = krait_vm::ops::iter::get_iter(cx, v)?;
    let h = cx.root(it);
    let mut sum = Fsum::default();
    loop {
        let it = cx.get(h);
        let Some(item) = krait_vm::ops::iter::next(cx, it)? else {
            break;
        };
        let x = match float_value(item) {
            Some(x) => x,
            None => to_float(cx, item)?,
        };
        if let Err(e) = sum.add(x) {
            return Err(fsum_error(cx, e));
        }
    }
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    match sum.total() {
        Ok(t) => new_float(cx, t),
        Err(e) => Err(fsum_error(cx, e)),
    }
}

fn fsum_error(cx: &mut Ctx, e: FsumError) -> Raised {
    match e {
        FsumError::Overflow => overflow_error(cx, "intermediate overflow in fsum"),
        FsumError::InfMinusInf => value_error(cx, "-inf + inf in fsum"),
    }
}

/// Absolute values of `vals`, their maximum and whether one is NaN.
fn abs_max(vals: &[f64]) -> (Vec<f64>, f64, bool) {
    let mut max = 0.0f64;
    let mut nan = false;
    let v: Vec<f64> = vals
        .iter()
        .map(|x| {
            let x = x.abs();
            nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    (v, max, nan)
}

fn m_hypot(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::no_kw(cx, &a, "math.hypot")?;
    let mut vals = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        vals.push(to_float(cx, a.get(i))?);
    }
    let (v, max, nan) = abs_max(&vals);
    new_float(cx, sp::vector_norm(&v, max, nan))
}

/// The coordinates of a point for `dist`.
fn point(cx: &mut Ctx, p: Value) -> PyResult<Vec<f64>> {
    let l = krait_vm::ops::iter::to_list(cx, p)?;
    let h = cx.root(l);
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        let l = cx.get(h);
        if i >= krait_vm::objects::list::list_len(l) {
            break;
        }
        let item = krait_vm::objects::list::list_get(l, i);
        out.push(to_float(cx, item)?);
        i += 1;
    }
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    Ok(out)
}

fn m_dist(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "math.dist", "dist", 2, 2)?;
    let p = point(cx, a.get(0))?;
    let q = point(cx, a.get(1))?;
    if p.len() != q.len() {
        return Err(value_error(
            cx,
            "both points must have the same number of dimensions",
        ));
    }
    let diffs: Vec<f64> = p.iter().zip(&q).map(|(x, y)| x - y).collect();
    let (v, max, nan) = abs_max(&diffs);
    new_float(cx, sp::vector_norm(&v, max, nan))
}

fn m_isclose(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() > 2 {
        let msg = format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        );
        return Err(type_error(cx, &msg));
    }
    let mut vals = [a.get(0), a.get(1), Value::NULL, Value::NULL];
    let names = ["a", "b", "rel_tol", "abs_tol"];
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        let k = as_str(k);
        match names.iter().position(|&n| n == k) {
            Some(j) if j >= a.len() => vals[j] = v,
            Some(j) => {
                let msg = format!(
                    "argument for isclose() given by name ('{k}') and position ({})",
                    j + 1
                );
                return Err(type_error(cx, &msg));
            }
            None => {
                let msg = format!("isclose() got an unexpected keyword argument '{k}'");
                return Err(type_error(cx, &msg));
            }
        }
    }
    for (j, v) in vals.iter().enumerate().take(2) {
        if v.is_null() {
            let msg = format!(
                "isclose() missing required argument '{}' (pos {})",
                names[j],
                j + 1
            );
            return Err(type_error(cx, &msg));
        }
    }
    // Keyword values live in the frame too: read each after the previous conversion.
    let mut f = [0.0, 0.0, 1e-9, 0.0];
    for (j, name) in names.iter().enumerate() {
        let v = if j < a.len() {
            a.get(j)
        } else {
            a.kw(name).unwrap_or(Value::NULL)
        };
        if !v.is_null() {
            f[j] = to_float(cx, v)?;
        }
    }
    let [x, y, rel, abs] = f;
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error(cx, "tolerances must be non-negative"));
    }
    if x == y {
        return Ok(py_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(py_bool(false));
    }
    let diff = (y - x).abs();
    Ok(py_bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

/// The functions of `math`.
static FUNCTIONS: &[NativeDef] = native_table![
    Function "acos" => m_acos, Function "acosh" => m_acosh,
    Function "asin" => m_asin, Function "asinh" => m_asinh,
    Function "atan" => m_atan, Function "atan2" => m_atan2, Function "atanh" => m_atanh,
    Function "cbrt" => m_cbrt, Function "ceil" => m_ceil, Function "comb" => math_comb,
    Function "copysign" => m_copysign, Function "cos" => m_cos, Function "cosh" => m_cosh,
    Function "degrees" => m_degrees, Function "dist" => m_dist,
    Function "erf" => m_erf, Function "erfc" => m_erfc,
    Function "exp" => m_exp, Function "exp2" => m_exp2, Function "expm1" => m_expm1,
    Function "fabs" => m_fabs, Function "factorial" => math_factorial,
    Function "floor" => m_floor, Function "fmod" => m_fmod, Function "frexp" => m_frexp,
    Function "fsum" => m_fsum, Function "gamma" => m_gamma, Function "gcd" => math_gcd,
    Function "hypot" => m_hypot, Function "isclose" => m_isclose,
    Function "isfinite" => m_isfinite, Function "isinf" => m_isinf, Function "isnan" => m_isnan,
    Function "isqrt" => math_isqrt, Function "lcm" => math_lcm, Function "ldexp" => m_ldexp,
    Function "lgamma" => m_lgamma, Function "log" => m_log, Function "log10" => m_log10,
    Function "log1p" => m_log1p, Function "log2" => m_log2, Function "modf" => m_modf,
    Function "nextafter" => m_nextafter, Function "perm" => math_perm,
    Function "pow" => m_pow, Function "prod" => math_prod, Function "radians" => m_radians,
    Function "remainder" => m_remainder, Function "sin" => m_sin, Function "sinh" => m_sinh,
    Function "sqrt" => m_sqrt, Function "tan" => m_tan, Function "tanh" => m_tanh,
    Function "trunc" => m_trunc, Function "ulp" => m_ulp,
];
