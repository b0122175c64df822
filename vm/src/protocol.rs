//! The object protocol as the containers need it: `hash(v)` and `a == b` for dict and set
//! keys.
//!
//! Built-in key types (int, str, None, bool, tuples of them) are handled here without
//! running Python code. Objects of other types use identity (the default `__hash__` and
//! `__eq__` of `object`); the interpreter extends these two functions with user-defined
//! `__hash__`/`__eq__`, which may run Python code and so reach a safepoint. Callers treat
//! both as possible safepoints.

use crate::ctx::{Ctx, PyResult};
use crate::objects::str::{is_str, str_eq, str_hash};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::runtime::types;
use crate::value::Value;

/// The modulus of Python's numeric hash: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// `hash(i)` for an int that fits in an `i64`.
#[inline]
pub fn int_hash(i: i64) -> i64 {
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

/// `hash(v)`.
pub fn hash(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if v.is_int() {
        return Ok(int_hash(v.as_int()));
    }
    if is_str(v) {
        return Ok(str_hash(v));
    }
    let t = types();
    let ty = v.obj().type_word() as u64;
    if ty == t.bool.get().bits() {
        return Ok((v == crate::runtime::py_bool(true)) as i64);
    }
    if is_tuple(v) {
        return tuple_hash(cx, v);
    }
    identity_hash(cx, v)
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
        let lane = hash(cx, item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
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
    if a.is_int() || b.is_int() {
        return Ok(false); // two different small ints, or a small int and a non-int
    }
    if is_str(a) && is_str(b) {
        return Ok(str_eq(a, b));
    }
    if is_tuple(a) && is_tuple(b) {
        let n = tuple_len(a);
        if n != tuple_len(b) {
            return Ok(false);
        }
        let (ha, hb) = (cx.root(a), cx.root(b));
        for i in 0..n {
            let (x, y) = (tuple_get(cx.get(ha), i), tuple_get(cx.get(hb), i));
            if !eq(cx, x, y)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    Ok(false)
}
