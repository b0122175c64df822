//! Inline caches for LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL.
//!
//! Every cache word is meaningful on its own (see `compile::code::Cache`), so threads may
//! update a cache concurrently without a reader pairing a key with another writer's payload:
//! - instance attribute load/store: `key` = shape | slot index, `tag` = type version;
//!   a shape implies the type, and the version says no data descriptor appeared;
//! - method load: `key` = shape (instances) or type (others) | 0, `tag` = type version,
//!   `value` = the function or method descriptor;
//! - global load: `key` = the dict the name was found in | entry index, `tag` = the globals'
//!   keys version (low 32 bits) and, for builtins, the builtins' keys version (high 32).
//!
//! A miss takes the generic path and refills the cache. After many misses a site stops
//! refilling (it is megamorphic).

use crate::compile::code::{Cache, CodeData, KEY_ADDR_MASK};
use crate::ctx::{Ctx, PyResult};
use crate::objects::dict::{self, keys_version};
use crate::objects::exceptions;
use crate::objects::instance::{self, has_attr_storage, instance_shape, read_attr_slot};
use crate::objects::shape::{shape_lookup, DICT_SHAPE};
use crate::objects::str::as_str;
use crate::objects::typeobj::{type_of, type_version};
use crate::ops::attr;
use crate::value::Value;
use std::sync::atomic::Ordering::Relaxed;

const MEGAMORPHIC: u32 = 64;

/// The write barrier for a cache fill: caches live in the code object's payload, which the
/// collector traces, so storing a reference there is a store into the code object.
#[inline]
fn barrier(cx: &mut Ctx, fi: usize) {
    let code = cx.frames().frames[fi].code;
    cx.m.write_barrier(code.obj());
}

#[inline(always)]
fn key_addr(k: u64) -> u64 {
    k & KEY_ADDR_MASK
}

#[inline(always)]
fn key_payload(k: u64) -> usize {
    (k >> 48) as usize
}

/// LOAD_ATTR.
#[inline]
pub fn load_attr(cx: &mut Ctx, fi: usize, cd: &CodeData, ci: usize, obj: Value) -> PyResult<Value> {
    let c = &cd.caches[ci];
    if obj.is_ref() {
        let k = c.key.load(Relaxed);
        if k != 0 && has_attr_storage(obj) {
            let shape = instance_shape(obj);
            if key_addr(k) == shape.bits() && c.tag.load(Relaxed) == type_version(type_of(obj)) {
                let v = read_attr_slot(obj, key_payload(k));
                if !v.is_null() {
                    return Ok(v);
                }
            }
        }
    }
    load_attr_miss(cx, fi, c, obj)
}

#[cold]
fn load_attr_miss(cx: &mut Ctx, fi: usize, c: &Cache, obj: Value) -> PyResult<Value> {
    let name = c.name.get();
    if obj.is_ref() && has_attr_storage(obj) && c.misses.load(Relaxed) < MEGAMORPHIC {
        let ty = type_of(obj);
        let shape = instance_shape(obj);
        if shape != DICT_SHAPE.get() {
            if let Some(i) = shape_lookup(shape, name) {
                // Cacheable when no data descriptor on the type shadows the instance slot
                // and the type has no custom __getattribute__.
                let d = attr::type_lookup(cx, ty, name);
                let data = !d.is_null() && crate::objects::descr::is_data_descriptor(cx, d);
                let custom = crate::objects::typeobj::type_data(ty).flags
                    & crate::objects::typeobj::tflags::HEAPTYPE
                    != 0
                    && {
                        let ga = attr::type_lookup(cx, ty, crate::names::GETATTRIBUTE.get());
                        !ga.is_null() && ga != crate::objects::descr::OBJECT_GETATTRIBUTE.get()
                    };
                if !data && !custom && i < 0xffff {
                    c.tag.store(type_version(ty), Relaxed);
                    c.key.store(Cache::pack(shape, i as u16), Relaxed);
                    barrier(cx, fi);
                    let v = read_attr_slot(obj, i);
                    if !v.is_null() {
                        return Ok(v);
                    }
                }
            }
        }
        c.misses.fetch_add(1, Relaxed);
    }
    attr::getattr(cx, obj, name)
}

/// STORE_ATTR.
#[inline]
pub fn store_attr(
    cx: &mut Ctx,
    fi: usize,
    cd: &CodeData,
    ci: usize,
    obj: Value,
    v: Value,
) -> PyResult<()> {
    let c = &cd.caches[ci];
    if obj.is_ref() {
        let k = c.key.load(Relaxed);
        if k != 0 && has_attr_storage(obj) {
            let shape = instance_shape(obj);
            if key_addr(k) == shape.bits() && c.tag.load(Relaxed) == type_version(type_of(obj)) {
                instance::write_existing_slot(cx, obj, key_payload(k), v);
                return Ok(());
            }
        }
    }
    store_attr_miss(cx, fi, c, obj, v)
}

#[cold]
fn store_attr_miss(cx: &mut Ctx, fi: usize, c: &Cache, obj: Value, v: Value) -> PyResult<()> {
    let name = c.name.get();
    let mark = cx.handle_mark();
    let (ho, hv) = (cx.root(obj), cx.root(v));
    attr::setattr(cx, obj, name, v)?;
    let (obj, _v) = (cx.get(ho), cx.get(hv));
    cx.pop_handles(mark);
    // Cache the now-existing slot if the store was a plain instance store.
    if obj.is_ref() && has_attr_storage(obj) && c.misses.load(Relaxed) < MEGAMORPHIC {
        let ty = type_of(obj);
        let shape = instance_shape(obj);
        if shape != DICT_SHAPE.get() {
            if let Some(i) = shape_lookup(shape, name) {
                let d = attr::type_lookup(cx, ty, name);
                let custom = crate::objects::typeobj::type_data(ty).flags
                    & crate::objects::typeobj::tflags::HEAPTYPE
                    != 0
                    && {
                        let sa = attr::type_lookup(cx, ty, crate::names::SETATTR.get());
                        !sa.is_null() && sa != crate::objects::descr::OBJECT_SETATTR.get()
                    };
                if d.is_null() && !custom && i < 0xffff {
                    c.tag.store(type_version(ty), Relaxed);
                    c.key.store(Cache::pack(shape, i as u16), Relaxed);
                    barrier(cx, fi);
                }
            }
        }
        c.misses.fetch_add(1, Relaxed);
    }
    Ok(())
}

/// LOAD_METHOD: `(func, self)` or `(NULL, attr)`.
#[inline]
pub fn load_method(
    cx: &mut Ctx,
    fi: usize,
    cd: &CodeData,
    ci: usize,
    obj: Value,
) -> PyResult<(Value, Value)> {
    let c = &cd.caches[ci];
    let k = c.key.load(Relaxed);
    if k != 0 && obj.is_ref() {
        let ty = type_of(obj);
        let key = if has_attr_storage(obj) {
            instance_shape(obj)
        } else {
            ty
        };
        if key_addr(k) == key.bits() && c.tag.load(Relaxed) == type_version(ty) {
            let f = c.value.get();
            return Ok((f, obj));
        }
    }
    load_method_miss(cx, fi, c, obj)
}

#[cold]
fn load_method_miss(cx: &mut Ctx, fi: usize, c: &Cache, obj: Value) -> PyResult<(Value, Value)> {
    let name = c.name.get();
    let (f, s) = attr::load_method(cx, obj, name)?;
    if !f.is_null() && s == obj && obj.is_ref() && c.misses.load(Relaxed) < MEGAMORPHIC {
        let ty = type_of(obj);
        let key = if has_attr_storage(obj) {
            let sh = instance_shape(obj);
            if sh == DICT_SHAPE.get() {
                Value::NULL
            } else {
                sh
            }
        } else {
            ty
        };
        if !key.is_null() {
            c.value.set(f);
            c.tag.store(type_version(ty), Relaxed);
            c.key.store(Cache::pack(key, 0), Relaxed);
            barrier(cx, fi);
        }
        c.misses.fetch_add(1, Relaxed);
    }
    Ok((f, s))
}

/// LOAD_GLOBAL: globals, then builtins.
#[inline]
pub fn load_global(cx: &mut Ctx, fi: usize, cd: &CodeData, ci: usize) -> PyResult<Value> {
    let c = &cd.caches[ci];
    let k = c.key.load(Relaxed);
    if k != 0 {
        let f = &cx.frames().frames[fi];
        let (g, b) = (f.globals, f.builtins);
        let tag = c.tag.load(Relaxed);
        let gv = keys_version(g) & 0xffff_ffff;
        if tag & 0xffff_ffff == gv {
            if key_addr(k) == g.bits() {
                let v = dict::entry_value(g, key_payload(k));
                if !v.is_null() {
                    return Ok(v);
                }
            } else if key_addr(k) == b.bits() && tag >> 32 == keys_version(b) & 0xffff_ffff {
                let v = dict::entry_value(b, key_payload(k));
                if !v.is_null() {
                    return Ok(v);
                }
            }
        }
    }
    load_global_miss(cx, fi, c)
}

#[cold]
fn load_global_miss(cx: &mut Ctx, fi: usize, c: &Cache) -> PyResult<Value> {
    let name = c.name.get();
    let f = cx.frames().frames[fi];
    let (g, b) = (f.globals, f.builtins);
    let h = crate::objects::str::str_hash(name);
    if let Some(ix) = dict::dict_entry_index(cx, g, name, h)? {
        if ix < 0xffff {
            c.tag.store(keys_version(g) & 0xffff_ffff, Relaxed);
            c.key.store(Cache::pack(g, ix as u16), Relaxed);
            barrier(cx, fi);
        }
        return Ok(dict::entry_value(g, ix));
    }
    if !b.is_null() {
        if dict::is_exact_dict(b) {
            if let Some(ix) = dict::dict_entry_index(cx, b, name, h)? {
                if ix < 0xffff {
                    let tag =
                        (keys_version(g) & 0xffff_ffff) | ((keys_version(b) & 0xffff_ffff) << 32);
                    c.tag.store(tag, Relaxed);
                    c.key.store(Cache::pack(b, ix as u16), Relaxed);
                    barrier(cx, fi);
                }
                return Ok(dict::entry_value(b, ix));
            }
        } else {
            // A non-dict __builtins__: look it up through the mapping protocol.
            let v = crate::ops::subscript::getitem_opt(cx, b, name)?;
            if !v.is_null() {
                return Ok(v);
            }
        }
    }
    let msg = format!("name '{}' is not defined", as_str(name));
    let r = exceptions::raise_msg(cx, exceptions::NAME_ERROR.get(), &msg);
    let exc = cx.exception();
    let _ = instance::set_attr(cx, exc, crate::names::NAME_ATTR.get(), name);
    Err(r)
}
