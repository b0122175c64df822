//! `bytes` (immutable) and `bytearray` (mutable): byte strings in VARRAW objects.
//!
//! ```text
//! bytes      VARRAW payload: [hash: i64, -1 until computed][bytes]
//! bytearray  FIXED: [len: int][buffer: VARRAW of capacity bytes] (+ attribute storage)
//! ```

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, raw_word, set_raw_word, slot, varraw_bytes, varraw_bytes_mut};
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::{types, Global};
use crate::value::Value;

/// `bytes`.
pub static BYTES_TYPE: Global = Global::new();
/// `bytearray`.
pub static BYTEARRAY_TYPE: Global = Global::new();

/// A new bytes object.
pub fn new_bytes(cx: &mut Ctx, data: &[u8]) -> PyResult<Value> {
    let o = cx.alloc_varraw(BYTES_TYPE.get(), 8 + data.len())?;
    set_raw_word(o, 1, -1i64 as u64);
    varraw_bytes_mut(o)[8..].copy_from_slice(data);
    Ok(Value::from_obj(o))
}

/// Whether `v` is exactly bytes.
#[inline]
pub fn is_bytes(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == BYTES_TYPE.get().bits()
}

/// Whether `v` is a bytearray (or subclass).
pub fn is_bytearray(v: Value) -> bool {
    v.is_ref() && is_subtype(type_of(v), BYTEARRAY_TYPE.get())
}

/// Whether `v` is bytes, bytearray, or a subclass of either.
pub fn is_bytes_like(v: Value) -> bool {
    v.is_ref() && {
        let t = type_of(v);
        t == BYTES_TYPE.get()
            || is_subtype(t, BYTES_TYPE.get())
            || is_subtype(t, BYTEARRAY_TYPE.get())
    }
}

/// The contents of bytes (borrowed; valid until the next safepoint).
pub fn bytes_slice(v: Value) -> &'static [u8] {
    &varraw_bytes(v.obj())[8..]
}

/// The contents of any bytes-like value, copied.
pub fn bytes_data(v: Value) -> Vec<u8> {
    let t = type_of(v);
    if t == BYTES_TYPE.get() {
        return bytes_slice(v).to_vec();
    }
    if is_subtype(t, BYTEARRAY_TYPE.get()) {
        let n = slot(v.obj(), 0).as_int() as usize;
        let buf = slot(v.obj(), 1);
        if buf.is_null() {
            return Vec::new();
        }
        return object::varraw_atomic_bytes(buf.obj())[..n]
            .iter()
            .map(|b| b.load(std::sync::atomic::Ordering::Relaxed))
            .collect();
    }
    // A bytes subclass instance wraps its bytes in slot 0.
    bytes_slice(slot(v.obj(), 0)).to_vec()
}

/// Byte `i` of a bytes or bytearray object (or subclass instance), without copying the
/// contents; `None` past the end.
pub fn byte_at(v: Value, i: usize) -> Option<u8> {
    let t = type_of(v);
    if t == BYTES_TYPE.get() {
        return bytes_slice(v).get(i).copied();
    }
    if is_subtype(t, BYTEARRAY_TYPE.get()) {
        let n = slot(v.obj(), 0).as_int() as usize;
        let buf = slot(v.obj(), 1);
        if buf.is_null() || i >= n {
            return None;
        }
        let b = object::varraw_atomic_bytes(buf.obj());
        return b
            .get(i)
            .map(|x| x.load(std::sync::atomic::Ordering::Relaxed));
    }
    bytes_data(v).get(i).copied()
}

/// Number of bytes of a bytes or bytearray object (or subclass instance), without copying.
pub fn bytes_len(v: Value) -> usize {
    let t = type_of(v);
    if t == BYTES_TYPE.get() {
        return bytes_slice(v).len();
    }
    if is_subtype(t, BYTEARRAY_TYPE.get()) {
        return slot(v.obj(), 0).as_int() as usize;
    }
    bytes_data(v).len()
}

/// Stores byte `i` of a bytearray in place; false if `i` is past its end.
pub fn bytearray_store(v: Value, i: usize, byte: u8) -> bool {
    let n = slot(v.obj(), 0).as_int() as usize;
    let buf = slot(v.obj(), 1);
    if buf.is_null() || i >= n {
        return false;
    }
    match object::varraw_atomic_bytes(buf.obj()).get(i) {
        Some(x) => {
            x.store(byte, std::sync::atomic::Ordering::Relaxed);
            true
        }
        None => false,
    }
}

/// `hash(bytes)`, cached.
pub fn bytes_hash(v: Value) -> i64 {
    let o = v.obj();
    let h = raw_word(o, 1) as i64;
    if h != -1 {
        return h;
    }
    let h = crate::hash::hash_bytes(bytes_slice(v));
    set_raw_word(o, 1, h as u64);
    h
}

/// A new bytearray with `data`.
pub fn new_bytearray(cx: &mut Ctx, ty: Value, data: &[u8]) -> PyResult<Value> {
    let n = crate::objects::typeobj::type_data(ty)
        .layout
        .total_slots()
        .max(2);
    let o = cx.alloc_fixed(ty, n)?;
    object::init_slot(o, 0, Value::int(data.len() as i64));
    let v = Value::from_obj(o);
    let h = cx.root(v);
    let buf = cx.alloc_varraw(types().array.get(), data.len().max(8))?;
    varraw_bytes_mut(buf)[..data.len()].copy_from_slice(data);
    let v = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    cx.set_slot(v.obj(), 1, Value::from_obj(buf));
    let l = crate::objects::typeobj::type_data(ty).layout;
    if l.has_attrs {
        object::init_slot(
            v.obj(),
            l.base_slots as usize,
            crate::objects::typeobj::type_slot(ty, crate::objects::typeobj::tslot::ROOT_SHAPE),
        );
    }
    Ok(v)
}

/// Replaces a bytearray's contents.
pub fn bytearray_set(cx: &mut Ctx, v: Value, data: &[u8]) -> PyResult<()> {
    let h = cx.root(v);
    let buf = cx.alloc_varraw(types().array.get(), data.len().max(8))?;
    varraw_bytes_mut(buf)[..data.len()].copy_from_slice(data);
    let v = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    cx.set_slot(v.obj(), 1, Value::from_obj(buf));
    object::init_slot(v.obj(), 0, Value::int(data.len() as i64));
    Ok(())
}

/// Python's `repr(bytes)`: `b'...'` with escapes (double quotes if the data has a single
/// quote and no double quote).
pub fn bytes_repr(data: &[u8], prefix: &str) -> String {
    bytes_repr_with(data, prefix, false)
}

/// `repr` of byte data; `escape_single` escapes every single quote, as `bytearray`'s repr
/// does even inside double quotes.
pub fn bytes_repr_with(data: &[u8], prefix: &str, escape_single: bool) -> String {
    let use_double = data.contains(&b'\'') && !data.contains(&b'"');
    let q = if use_double { '"' } else { '\'' };
    let mut s = String::with_capacity(data.len() + 3);
    s.push_str(prefix);
    s.push(q);
    for &b in data {
        match b {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\'' if q == '\'' || escape_single => s.push_str("\\'"),
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push(q);
    s
}
