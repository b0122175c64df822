//! `Value`: one 64-bit word for every Python value.
//!
//! ```text
//! ...iiii1   small int: a 63-bit two's-complement integer in the upper bits
//! ...ppp000  pointer to a heap or immortal object (8-aligned, nonzero)
//! 0          NULL: "no value" (an unbound local, an empty slot); never a Python value
//! ```
//!
//! Integers outside the small range are heap big ints; both forms are Python's `int`.
//! A `Value` is a raw reference: it is valid until the next safepoint unless it lives in a
//! scanned place (a frame, a handle, a field of a live object), see DESIGN.md §3.

use krait_gc::{ObjectRef, Tracer};

/// A Python value (or NULL). `Copy`; equality is identity (`is`). The default is NULL.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(transparent)]
pub struct Value(u64);

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_int() {
            write!(f, "Int({})", self.as_int())
        } else {
            write!(f, "Ref({:#x})", self.0)
        }
    }
}

impl Value {
    /// No value.
    pub const NULL: Value = Value(0);
    /// Smallest small int.
    pub const INT_MIN: i64 = -(1 << 62);
    /// Largest small int.
    pub const INT_MAX: i64 = (1 << 62) - 1;

    /// A small int, if `i` is in range.
    #[inline(always)]
    pub fn try_int(i: i64) -> Option<Value> {
        if (Self::INT_MIN..=Self::INT_MAX).contains(&i) {
            Some(Value(((i as u64) << 1) | 1))
        } else {
            None
        }
    }

    /// A small int; `i` must be in range (checked in debug builds).
    #[inline(always)]
    pub fn int(i: i64) -> Value {
        debug_assert!(
            (Self::INT_MIN..=Self::INT_MAX).contains(&i),
            "{i} is not small"
        );
        Value(((i as u64) << 1) | 1)
    }

    /// Whether this is a small int.
    #[inline(always)]
    pub fn is_int(self) -> bool {
        self.0 & 1 != 0
    }

    /// The small int's value (meaningless for other values).
    #[inline(always)]
    pub fn as_int(self) -> i64 {
        (self.0 as i64) >> 1
    }

    /// Whether this is NULL.
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    /// Whether this is a pointer to an object.
    #[inline(always)]
    pub fn is_ref(self) -> bool {
        self.0 & 1 == 0 && self.0 != 0
    }

    /// The object this points to. Must be a reference (checked in debug builds).
    #[inline(always)]
    pub fn obj(self) -> ObjectRef {
        debug_assert!(self.is_ref(), "{self:?} is not a reference");
        // SAFETY: a reference `Value` is only ever made from an `ObjectRef` (see `from_obj`)
        // or read from a scanned slot the collector keeps up to date, so it satisfies the
        // `ObjectRef` invariant.
        unsafe { ObjectRef::from_addr(self.0 as usize) }
    }

    /// A reference to `o`.
    #[inline(always)]
    pub fn from_obj(o: ObjectRef) -> Value {
        Value(o.addr() as u64)
    }

    /// The raw bits.
    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0
    }

    /// A value from raw bits. The bits must come from [`bits`](Self::bits) of a valid value
    /// (for example, one stored in an inline cache).
    #[inline(always)]
    pub fn from_bits(b: u64) -> Value {
        Value(b)
    }

    /// Visits this value's reference, if it is one, with a GC tracer.
    #[inline(always)]
    pub fn trace<T: Tracer>(&mut self, t: &mut T) {
        if self.is_ref() {
            // SAFETY: `Value` and `ObjectRef` are both one transparent word; a reference
            // value's bits are exactly the object's address, so the tracer may read and
            // rewrite the word as an `ObjectRef`.
            t.trace(unsafe { &mut *(self as *mut Value as *mut ObjectRef) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, 42, -42, Value::INT_MAX, Value::INT_MIN, 1 << 40] {
            let v = Value::try_int(i).unwrap();
            assert!(v.is_int() && !v.is_ref() && !v.is_null());
            assert_eq!(v.as_int(), i);
        }
        assert!(Value::try_int(Value::INT_MAX + 1).is_none());
        assert!(Value::try_int(Value::INT_MIN - 1).is_none());
        assert!(Value::try_int(i64::MIN).is_none());
        assert!(Value::NULL.is_null() && !Value::NULL.is_ref() && !Value::NULL.is_int());
    }
}
