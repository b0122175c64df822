//! Shapes (hidden classes): a shared description of which attribute lives in which slot.
//!
//! Instances of a class with the same attributes added in the same order share a shape, so
//! an attribute access is "check the shape, load slot *i*", which inline caches and the JIT
//! reduce to one comparison and one load. Shapes form a tree per type: the root (no
//! attributes) hangs off the type, and each child adds one attribute name.
//!
//! ```text
//! FIXED slots: 0 parent      shape, NULL for a root
//!              1 name        interned str added by this shape (NULL for a root)
//!              2 index       int: the slot index of `name`
//!              3 count       int: attributes described (index + 1; 0 for a root)
//!              4 transitions array [name, child, name, child, ...] or NULL
//!              5 owner       the type
//! ```
//!
//! Transitions are published with a compare-and-swap on the `transitions` slot, so threads
//! racing to add the same attribute agree on one child.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, cas_slot, slot, varvals_get, varvals_len};
use crate::objects::tuple::new_array;
use crate::runtime::{types, Global};
use crate::value::Value;

const PARENT: usize = 0;
const NAME: usize = 1;
const INDEX: usize = 2;
const COUNT: usize = 3;
const TRANSITIONS: usize = 4;
const OWNER: usize = 5;
const SLOTS: usize = 6;

/// The shape of instances whose attributes live in a real dict (after `__dict__` was asked
/// for, or an attribute was deleted).
pub static DICT_SHAPE: Global = Global::new();

/// A root shape for instances of `owner`.
pub fn new_root_shape(cx: &mut Ctx, owner: Value) -> PyResult<Value> {
    let o = cx.alloc_fixed(types().shape.get(), SLOTS)?;
    object::init_slot(o, INDEX, Value::int(-1));
    object::init_slot(o, COUNT, Value::int(0));
    object::init_slot(o, OWNER, owner);
    Ok(Value::from_obj(o))
}

/// Number of attributes the shape describes.
#[inline]
pub fn shape_count(s: Value) -> usize {
    slot(s.obj(), COUNT).as_int() as usize
}

/// The shape this one extends (NULL for a root).
pub fn shape_parent(s: Value) -> Value {
    slot(s.obj(), PARENT)
}

/// The attribute name this shape adds (NULL for a root).
pub fn shape_name(s: Value) -> Value {
    slot(s.obj(), NAME)
}

/// The type that owns this shape tree.
pub fn shape_owner(s: Value) -> Value {
    slot(s.obj(), OWNER)
}

/// The slot index of attribute `name` (an interned str), if the shape has it.
#[inline]
pub fn shape_lookup(s: Value, name: Value) -> Option<usize> {
    let mut cur = s;
    loop {
        let o = cur.obj();
        let n = slot(o, NAME);
        if n.is_null() {
            return None;
        }
        if n == name {
            return Some(slot(o, INDEX).as_int() as usize);
        }
        cur = slot(o, PARENT);
    }
}

/// Attribute names in slot order.
pub fn shape_names(s: Value) -> Vec<Value> {
    let mut names = Vec::with_capacity(shape_count(s));
    let mut cur = s;
    while !slot(cur.obj(), NAME).is_null() {
        names.push(slot(cur.obj(), NAME));
        cur = slot(cur.obj(), PARENT);
    }
    names.reverse();
    names
}

fn find_transition(s: Value, name: Value) -> Option<Value> {
    let t = slot(s.obj(), TRANSITIONS);
    if t.is_null() {
        return None;
    }
    let t = t.obj();
    (0..varvals_len(t) / 2)
        .find(|&i| varvals_get(t, 2 * i) == name)
        .map(|i| varvals_get(t, 2 * i + 1))
}

/// The shape after adding attribute `name` (an interned str) to `s`. Allocates, never runs
/// Python code.
pub fn shape_add(cx: &mut Ctx, s: Value, name: Value) -> PyResult<Value> {
    debug_assert!(shape_lookup(s, name).is_none());
    if let Some(c) = find_transition(s, name) {
        return Ok(c);
    }
    let count = shape_count(s);
    let child = cx.alloc_fixed(types().shape.get(), SLOTS)?;
    object::init_slot(child, PARENT, s);
    object::init_slot(child, NAME, name);
    object::init_slot(child, INDEX, Value::int(count as i64));
    object::init_slot(child, COUNT, Value::int(count as i64 + 1));
    object::init_slot(child, OWNER, shape_owner(s));
    let child = Value::from_obj(child);
    loop {
        let old = slot(s.obj(), TRANSITIONS);
        let n = if old.is_null() {
            0
        } else {
            varvals_len(old.obj())
        };
        let arr = new_array(cx, n + 2)?;
        for i in 0..n {
            object::varvals_init(arr.obj(), i, varvals_get(old.obj(), i));
        }
        object::varvals_init(arr.obj(), n, name);
        object::varvals_init(arr.obj(), n + 1, child);
        match cas_slot(s.obj(), TRANSITIONS, old, arr) {
            Ok(_) => {
                cx.m.write_barrier(s.obj());
                return Ok(child);
            }
            Err(_) => {
                // Another thread added a transition meanwhile; it may be ours.
                if let Some(c) = find_transition(s, name) {
                    return Ok(c);
                }
            }
        }
    }
}
