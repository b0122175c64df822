//! Instances of user classes: attributes in slots described by a shared shape.
//!
//! ```text
//! FIXED: [base slots of a built-in base...][shape][ext][inline slot 0..inline-1]
//! ```
//!
//! Attribute *i* of the shape lives in inline slot *i* if `i < inline`, else in `ext`, an
//! array grown by doubling. When an instance needs a real `__dict__` (it was asked for, or
//! an attribute was deleted), its attributes move into a dict stored in `ext` and its shape
//! becomes [`DICT_SHAPE`].

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot, varvals_get, varvals_len, ObjGuard};
use crate::objects::dict::{dict_del, dict_get_str, dict_items, dict_set, new_dict};
use crate::objects::shape::{
    shape_add, shape_count, shape_lookup, shape_name, shape_names, shape_parent, DICT_SHAPE,
};
use crate::objects::tuple::new_array;
use crate::objects::typeobj::{tslot, type_data, type_of, type_slot};
use crate::runtime::types;
use crate::value::Value;
use krait_gc::ObjectRef;

/// Most attribute slots stored inline in an instance.
const MAX_INLINE: usize = 24;

/// Where an instance's attribute storage starts, and its inline capacity. The capacity is
/// per object (its FIXED slot count, in the header's aux, minus the base slots and shape
/// and ext), so a type can allocate later instances with more inline slots.
#[inline]
fn attr_layout(o: ObjectRef) -> (usize, usize) {
    let l = type_data(Value::from_bits(o.type_word() as u64)).layout;
    debug_assert!(l.has_attrs);
    let base = l.base_slots as usize;
    (base, o.aux() as usize - base - 2)
}

/// A new instance of `ty` (a class whose instances have attribute storage), with no
/// attributes and the type's current inline capacity hint.
pub fn new_instance(cx: &mut Ctx, ty: Value) -> PyResult<Value> {
    let td = type_data(ty);
    let l = td.layout;
    let inline = td.inline_hint.load(std::sync::atomic::Ordering::Relaxed) as usize;
    let o = cx.alloc_fixed(ty, l.base_slots as usize + 2 + inline)?;
    object::init_slot(o, l.base_slots as usize, type_slot(ty, tslot::ROOT_SHAPE));
    Ok(Value::from_obj(o))
}

/// Overwrites existing attribute slot `i` (known from a cached shape) with `v`. Inline
/// slots never move, so storing into one needs no lock; the extension array may be
/// replaced by another thread adding an attribute, so that store takes the lock and falls
/// back to `set_attr`'s path if the instance changed shape meanwhile.
#[inline]
pub fn write_existing_slot(cx: &mut Ctx, inst: Value, i: usize, v: Value) {
    let o = inst.obj();
    let (base, inline) = attr_layout(o);
    if i < inline {
        cx.set_slot(o, base + 2 + i, v);
    } else {
        let _g = ObjGuard::lock(o);
        let ext = slot(o, base + 1);
        if is_ext_array(ext) && i - inline < varvals_len(ext.obj()) {
            cx.set_item(ext.obj(), i - inline, v);
        }
    }
}

/// Whether an instance's extension slot holds an attribute array (not NULL, and not the
/// dict that replaced it when the instance switched to dict mode).
#[inline]
fn is_ext_array(ext: Value) -> bool {
    !ext.is_null() && ext.obj().type_word() as u64 == types().array.get().bits()
}

/// The instance's shape.
#[inline]
pub fn instance_shape(inst: Value) -> Value {
    let o = inst.obj();
    slot(o, attr_layout(o).0)
}

/// Reads attribute slot `i` (as given by the shape).
#[inline]
pub fn read_attr_slot(inst: Value, i: usize) -> Value {
    let o = inst.obj();
    let (base, inline) = attr_layout(o);
    if i < inline {
        slot(o, base + 2 + i)
    } else {
        // Another thread may have replaced the array (or switched the instance to a dict)
        // after the caller read the shape: NULL sends the caller to the slow path.
        let ext = slot(o, base + 1);
        if is_ext_array(ext) && i - inline < varvals_len(ext.obj()) {
            varvals_get(ext.obj(), i - inline)
        } else {
            Value::NULL
        }
    }
}

/// Attribute `name` (an interned str) of an instance, or NULL.
pub fn get_attr(cx: &mut Ctx, inst: Value, name: Value) -> Value {
    let o = inst.obj();
    let (base, _) = attr_layout(o);
    loop {
        let shape = slot(o, base);
        if shape == DICT_SHAPE.get() {
            let d = slot(o, base + 1);
            if crate::objects::dict::is_dict_like(d) {
                return dict_get_str(cx, d, name);
            }
            // Another thread is switching the instance to dict mode: read again.
            std::hint::spin_loop();
            continue;
        }
        let Some(i) = shape_lookup(shape, name) else {
            return Value::NULL;
        };
        let v = read_attr_slot(inst, i);
        if !v.is_null() || slot(o, base) == shape {
            return v;
        }
    }
}

fn write_attr_slot(cx: &mut Ctx, o: ObjectRef, i: usize, v: Value) -> PyResult<()> {
    let (base, inline) = attr_layout(o);
    if i < inline {
        cx.set_slot(o, base + 2 + i, v);
        return Ok(());
    }
    let j = i - inline;
    let ext = slot(o, base + 1);
    let cap = if ext.is_null() {
        0
    } else {
        varvals_len(ext.obj())
    };
    if j >= cap {
        let new = new_array(cx, (cap * 2).max(4).max(j + 1))?;
        for k in 0..cap {
            object::varvals_init(new.obj(), k, varvals_get(ext.obj(), k));
        }
        cx.set_slot(o, base + 1, new);
    }
    cx.set_item(slot(o, base + 1).obj(), j, v);
    Ok(())
}

/// Sets attribute `name` (an interned str) of an instance.
pub fn set_attr(cx: &mut Ctx, inst: Value, name: Value, v: Value) -> PyResult<()> {
    let o = inst.obj();
    let (base, _) = attr_layout(o);
    let shape = slot(o, base);
    if shape == DICT_SHAPE.get() {
        return dict_set(cx, slot(o, base + 1), name, v);
    }
    if let Some(i) = shape_lookup(shape, name) {
        let _g = ObjGuard::lock(o);
        if slot(o, base) != shape {
            drop(_g);
            return set_attr(cx, inst, name, v);
        }
        return write_attr_slot(cx, o, i, v);
    }
    // A new attribute.
    let ty = Value::from_bits(o.type_word() as u64);
    if type_data(ty).flags() & crate::objects::typeobj::tflags::NO_DICT != 0 {
        return Err(crate::ops::attr::attribute_error(cx, inst, name));
    }
    let next = shape_add(cx, shape, name)?;
    add_attr(cx, inst, next, shape_count(shape), v)
}

/// Adds the attribute of index `count` (the current shape's attribute count) holding `v`,
/// moving the instance to shape `next` (the current shape plus that attribute): the slow
/// path of `set_attr` and the cached shape transition of `STORE_ATTR`.
pub fn add_attr(cx: &mut Ctx, inst: Value, next: Value, count: usize, v: Value) -> PyResult<()> {
    let o = inst.obj();
    let (base, _) = attr_layout(o);
    {
        // Under the lock, and only from the shape `next` extends: two threads adding
        // attributes to one instance must not both take slot `count`.
        let _g = ObjGuard::lock(o);
        if slot(o, base) != shape_parent(next) {
            drop(_g);
            let name = shape_name(next);
            return set_attr(cx, inst, name, v);
        }
        // Store the value first, then publish the new shape, so a reader that sees the
        // new shape sees the value.
        write_attr_slot(cx, o, count, v)?;
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
        cx.set_slot(o, base, next);
    }
    // Later instances get room for as many attributes inline (up to a limit).
    let ty = Value::from_bits(o.type_word() as u64);
    let hint = &type_data(ty).inline_hint;
    let want = (count + 1).min(MAX_INLINE) as u16;
    if hint.load(std::sync::atomic::Ordering::Relaxed) < want {
        hint.fetch_max(want, std::sync::atomic::Ordering::Relaxed);
    }
    Ok(())
}

/// Moves the instance's attributes into a dict (its `__dict__`) and returns the dict.
pub fn materialize_dict(cx: &mut Ctx, inst: Value) -> PyResult<Value> {
    let o = inst.obj();
    let (base, _) = attr_layout(o);
    let shape = slot(o, base);
    if shape == DICT_SHAPE.get() {
        return Ok(slot(o, base + 1));
    }
    let hi = cx.root(inst);
    let names = shape_names(shape);
    let d = new_dict(cx)?;
    let hd = cx.root(d);
    for (i, &n) in names.iter().enumerate() {
        let v = read_attr_slot(cx.get(hi), i);
        if !v.is_null() {
            let d = cx.get(hd);
            dict_set(cx, d, n, v)?; // str keys: no Python code runs
        }
    }
    let (inst, d) = (cx.get(hi), cx.get(hd));
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hi));
    let o = inst.obj();
    let _g = ObjGuard::lock(o);
    if slot(o, base) != shape {
        // Another thread added an attribute meanwhile: start over from the new shape.
        drop(_g);
        return materialize_dict(cx, inst);
    }
    switch_to_dict(cx, o, d);
    Ok(d)
}

/// `inst.__dict__ = d`: the instance switches to dict mode with `d` as its namespace.
pub fn set_dict(cx: &mut Ctx, inst: Value, d: Value) -> PyResult<()> {
    let o = inst.obj();
    let _g = ObjGuard::lock(o);
    switch_to_dict(cx, o, d);
    Ok(())
}

/// Puts the instance in dict mode with namespace `d`; the caller holds its lock. The dict
/// is stored before the shape says so; a reader still holding the old shape finds the
/// dict where it expected the extension array and reads again (`read_attr_slot`,
/// `get_attr`). The inline slots keep their old values for such readers; they are not
/// read again once the shape is the dict shape.
fn switch_to_dict(cx: &mut Ctx, o: ObjectRef, d: Value) {
    let (base, _) = attr_layout(o);
    cx.set_slot(o, base + 1, d);
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    cx.set_slot(o, base, DICT_SHAPE.get());
}

/// Deletes attribute `name`; false if it did not exist.
pub fn del_attr(cx: &mut Ctx, inst: Value, name: Value) -> PyResult<bool> {
    if get_attr(cx, inst, name).is_null() {
        return Ok(false);
    }
    let d = materialize_dict(cx, inst)?;
    Ok(!dict_del(cx, d, name)?.is_null())
}

/// `(name, value)` pairs of the instance's attributes, in insertion order.
pub fn attrs(cx: &mut Ctx, inst: Value) -> Vec<(Value, Value)> {
    let o = inst.obj();
    let (base, _) = attr_layout(o);
    let shape = slot(o, base);
    let _ = cx;
    if shape == DICT_SHAPE.get() {
        return dict_items(slot(o, base + 1));
    }
    shape_names(shape)
        .into_iter()
        .enumerate()
        .map(|(i, n)| (n, read_attr_slot(inst, i)))
        .filter(|(_, v)| !v.is_null())
        .collect()
}

/// Whether `v` is an instance with shape-based attribute storage.
pub fn has_attr_storage(v: Value) -> bool {
    v.is_ref() && {
        let t = type_of(v);
        // Classes made by a metaclass are NATIVE type objects whatever the metaclass's
        // instance layout says: their attributes live in their namespace.
        t.obj().kind() == object::kind::NATIVE
            && type_data(t).layout.has_attrs
            && v.obj().kind() != object::kind::NATIVE
    }
}
