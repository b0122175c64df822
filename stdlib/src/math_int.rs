//! Integer functions of `math`: `gcd`, `lcm`, `isqrt`, `factorial`, `comb`, `perm`, and
//! `prod` (generic multiplication). Arguments go through `__index__`; big results use
//! `num-bigint` (factorials by binary splitting).

use crate::util;
use krait_vm::compile::bytecode::BinOp;
use krait_vm::ctx::{Ctx, PyResult};
use krait_vm::objects::exceptions::{overflow_error, type_error, value_error};
use krait_vm::objects::function::Args;
use krait_vm::objects::int::{from_bigint, to_bigint, to_i64};
use krait_vm::objects::str::as_str;
use krait_vm::ops::number::index;
use krait_vm::value::Value;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The integer values of all positional arguments (each through `__index__`).
fn int_args(cx: &mut Ctx, a: &Args<'_>) -> PyResult<Vec<BigInt>> {
    let mut out = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        // `__index__` may run Python code; the arguments live in the frame, so re-read.
        let v = index(cx, a.get(i))?;
        out.push(to_bigint(v));
    }
    Ok(out)
}

pub fn math_gcd(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::no_kw(cx, &a, "math.gcd")?;
    let g = int_args(cx, &a)?
        .into_iter()
        .fold(BigInt::zero(), |g, x| g.gcd(&x));
    from_bigint(cx, &g)
}

pub fn math_lcm(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::no_kw(cx, &a, "math.lcm")?;
    let args = int_args(cx, &a)?;
    let mut l = BigInt::one();
    for x in args {
        if x.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    from_bigint(cx, &l.abs())
}

pub fn math_isqrt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.isqrt")?;
    let n = to_bigint(index(cx, v)?);
    if n.is_negative() {
        return Err(value_error(cx, "isqrt() argument must be nonnegative"));
    }
    from_bigint(cx, &n.sqrt())
}

/// `lo * (lo+1) * ... * (hi-1)` by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigUint {
    if hi <= lo {
        return BigUint::one();
    }
    if hi - lo <= 16 {
        let mut p = BigUint::one();
        let mut acc: u64 = 1;
        for k in lo..hi {
            match acc.checked_mul(k) {
                Some(x) => acc = x,
                None => {
                    p *= acc;
                    acc = k;
                }
            }
        }
        return p * acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// `n!` for `n` checked to fit `i64` and be nonnegative.
fn factorial(n: u64) -> BigUint {
    range_product(1, n + 1)
}

/// `n` as an `i64` for `factorial`, with CPython's errors.
fn factorial_arg(cx: &mut Ctx, v: Value) -> PyResult<u64> {
    let i = index(cx, v)?;
    match to_i64(i) {
        Some(n) if n < 0 => Err(value_error(
            cx,
            "factorial() not defined for negative values",
        )),
        Some(n) => Ok(n as u64),
        None if to_bigint(i).is_negative() => Err(value_error(
            cx,
            "factorial() not defined for negative values",
        )),
        None => Err(overflow_error(
            cx,
            "factorial() argument should not exceed 9223372036854775807",
        )),
    }
}

pub fn math_factorial(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "math.factorial")?;
    let n = factorial_arg(cx, v)?;
    from_bigint(cx, &BigInt::from(factorial(n)))
}

/// `n` and `k` of `comb`/`perm` as big ints, both checked nonnegative.
fn n_k(cx: &mut Ctx, a: &Args<'_>) -> PyResult<(BigInt, BigInt)> {
    let n = to_bigint(index(cx, a.get(0))?);
    let k = to_bigint(index(cx, a.get(1))?);
    if n.is_negative() {
        return Err(value_error(cx, "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error(cx, "k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for `k <= n`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if let Some(small) = n.to_u64() {
        return BigInt::from(range_product(small - k + 1, small + 1));
    }
    let mut p = BigInt::one();
    for i in 0..k {
        p *= n - i;
    }
    p
}

/// The count `k` as a `u64`, or OverflowError as CPython words it.
fn count(cx: &mut Ctx, k: &BigInt) -> PyResult<u64> {
    match k.to_u64().filter(|&k| k <= i64::MAX as u64) {
        Some(k) => Ok(k),
        None => Err(overflow_error(cx, "k must not exceed 9223372036854775807")),
    }
}

pub fn math_comb(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "math.comb", "comb", 2, 2)?;
    let (n, k) = n_k(cx, &a)?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = count(cx, &k)?;
    // C(n, k) = n (n-1) ... (n-k+1) / k!, each prefix product divisible by its factorial.
    let mut r = BigInt::one();
    if let Some(small) = n.to_u64().filter(|_| k > 64) {
        r = BigInt::from(range_product(small - k + 1, small + 1) / factorial(k));
    } else {
        for i in 0..k {
            r = r * (&n - i) / (i + 1);
        }
    }
    from_bigint(cx, &r)
}

pub fn math_perm(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "math.perm", "perm", 1, 2)?;
    let kv = a.get(1);
    if kv.is_null() || kv == krait_vm::runtime::none() {
        let n = factorial_arg(cx, a.get(0))?;
        return from_bigint(cx, &BigInt::from(factorial(n)));
    }
    let (n, k) = n_k(cx, &a)?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = count(cx, &k)?;
    from_bigint(cx, &falling(&n, k))
}

/// `math.prod(iterable, *, start=1)`: `start * item0 * item1 ...` with Python's `*`.
pub fn math_prod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() != 1 {
        let msg = if a.is_empty() {
            "prod() missing required argument 'iterable' (pos 1)".to_owned()
        } else {
            format!(
                "prod() takes exactly 1 positional argument ({} given)",
                a.len()
            )
        };
        return Err(type_error(cx, &msg));
    }
    let mut start = Value::int(1);
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        if as_str(k) != "start" {
            let msg = format!("prod() got an unexpected keyword argument '{}'", as_str(k));
            return Err(type_error(cx, &msg));
        }
        start = v;
    }
    let mark = cx.handle_mark();
    let hacc = cx.root(start);
    let it = krait_vm::ops::iter::get_iter(cx, a.get(0))?;
    let hit = cx.root(it);
    loop {
        let it = cx.get(hit);
        let Some(item) = krait_vm::ops::iter::next(cx, it)? else {
            break;
        };
        let acc = cx.get(hacc);
        let r = krait_vm::ops::arith::binary_op(cx, acc, item, BinOp::Mul)?;
        cx.set(hacc, r);
    }
    let r = cx.get(hacc);
    cx.pop_handles(mark);
    Ok(r)
}
