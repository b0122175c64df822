//! The object protocol as the containers need it: `hash(v)` and `a == b` for dict and set
//! keys.
//!
//! Built-in key types (int, float, str, bytes, None, bool, tuples and frozensets) are
//! handled here without running Python code; other types use their `__hash__` and `__eq__`,
//! which may run Python code and so reach a safepoint. Callers treat both as possible
//! safepoints.

use crate::ctx::{Ctx, PyResult};
use crate::objects::str::{is_str, str_eq, str_hash};
use crate::objects::tuple::{tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::types;
use crate::value::Value;

/// The modulus of Python's numeric hash: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// `hash(i)` for an int that fits in an `i64`.
#[inline]
pub fn int_hash(i: i64) -> i64 {
    if i > -HASH_MODULUS && i < HASH_MODULUS {
        // Below the modulus an int is its own hash (but -1, which means "error" in C).
        return crate::hash::fix_hash(i);
    }
    let m = HASH_MODULUS as i128;
    let r = (i as i128).rem_euclid(m) as i64;
    let h = if i < 0 {
        -((-(i as i128)).rem_euclid(m) as i64)
    } else {
        r
    };
    crate::hash::fix_hash(h)
}

/// The default hash of an object: derived from its identity, as CPython derives it from its
/// address (rotated right by four bits).
pub fn identity_hash(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    let id = cx.identity(v)?;
    Ok(crate::hash::fix_hash(id.rotate_right(4) as i64))
}

/// `object.__hash__` (its method descriptor), to detect classes that keep the default.
pub static OBJECT_HASH: crate::runtime::Global = crate::runtime::Global::new();

/// `hash(v)`: built-in types in Rust, otherwise `__hash__` (TypeError if it is None).
pub fn hash(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if v.is_int() {
        return Ok(int_hash(v.as_int()));
    }
    if is_str(v) {
        return Ok(str_hash(v));
    }
    let t = types();
    let ty = type_of(v);
    if ty == t.bool.get() {
        return Ok((v == crate::runtime::py_bool(true)) as i64);
    }
    if ty == t.float.get() {
        let f = crate::objects::float::float_of(v);
        if f.is_nan() {
            // NaNs hash by identity (CPython 3.10+).
            return identity_hash(cx, v);
        }
        return Ok(crate::objects::float::float_hash(f));
    }
    if ty == t.int.get() {
        return Ok(crate::objects::int::int_hash(v));
    }
    if ty == t.tuple.get() {
        return tuple_hash(cx, v);
    }
    if ty == crate::objects::bytes::BYTES_TYPE.get() {
        return Ok(crate::objects::bytes::bytes_hash(v));
    }
    if ty == crate::objects::set::FROZENSET_TYPE.get() {
        return Ok(crate::objects::set::frozenset_hash(v));
    }
    if ty == t.none.get()
        || ty == t.type_.get()
        || ty == crate::objects::function::FUNCTION_TYPE.get()
    {
        return identity_hash(cx, v);
    }
    let m = crate::ops::attr::type_lookup(cx, ty, crate::names::HASH.get());
    if m.is_null() || m == OBJECT_HASH.get() {
        return identity_hash(cx, v);
    }
    if m == crate::runtime::none() {
        let msg = format!("unhashable type: '{}'", type_name(ty));
        return Err(crate::objects::exceptions::type_error(cx, &msg));
    }
    let r = crate::interp::call::call(cx, m, &[v])?;
    if r.is_int() {
        return Ok(crate::hash::fix_hash(r.as_int()));
    }
    match crate::objects::int::int_value(r) {
        // A result beyond 64 bits is reduced by hashing it, as CPython does.
        Some(i) => Ok(match crate::objects::int::to_i64(i) {
            Some(x) => crate::hash::fix_hash(x),
            None => crate::objects::int::int_hash(i),
        }),
        None => Err(crate::objects::exceptions::type_error(
            cx,
            "__hash__ method should return an integer",
        )),
    }
}

/// `hash(tuple)`: the xxHash-based combination CPython 3.8+ uses.
fn tuple_hash(cx: &mut Ctx, t: Value) -> PyResult<i64> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let n = tuple_len(t);
    let h = cx.root(t);
    let mut acc = P5;
    for i in 0..n {
        let item = tuple_get(cx.get(h), i);
        let lane = match hash(cx, item) {
            Ok(l) => l as u64,
            Err(e) => {
                cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
                return Err(e);
            }
        };
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    acc = acc.wrapping_add((n as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(acc as i64)
}

/// `a == b` as a truth value, for container keys (identity implies equality, as in CPython's
/// containers).
pub fn eq(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if a.is_int() && b.is_int() {
        return Ok(false);
    }
    if is_str(a) && is_str(b) {
        return Ok(str_eq(a, b));
    }
    crate::ops::compare::compare_bool(cx, a, b, crate::compile::bytecode::CmpOp::Eq)
}
