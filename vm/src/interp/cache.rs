//! Inline caches for LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL.
//!
//! A cache has `CACHE_WAYS` entries (see `compile::code::Cache`), most recent first, so a
//! site that sees a few classes (a method of a base class called on several subclasses)
//! stays on the fast path:
//! - instance attribute load/store: `key` = shape | slot index, `tag` = type version; a
//!   shape implies the type, the version says no data descriptor appeared, and both guard
//!   words are checked against the object, so a reader never needs the sequence lock;
//! - method load: `key` = shape (instances) or type (others), `tag` = type version,
//!   `value` = the function or method descriptor; readers check the sequence lock so that
//!   a key is never paired with another fill's function;
//! - global load (way 0 only): `key` = the dict the name was found in | entry index,
//!   `tag` = the globals' keys version (low 32 bits) and, for builtins, the builtins' keys
//!   version (high 32); read under the sequence lock too.
//!
//! A miss takes the generic path and refills the cache (pushing older ways down). A site
//! that keeps missing stops refilling (it is megamorphic).

use crate::compile::code::{Cache, CacheEntry, CodeData, CACHE_WAYS, KEY_ADDR_MASK};
use crate::ctx::{Ctx, PyResult};
use crate::objects::dict::{self, keys_version};
use crate::objects::exceptions;
use crate::objects::instance::{self, has_attr_storage, instance_shape, read_attr_slot};
use crate::objects::shape::{shape_count, shape_lookup, DICT_SHAPE};
use crate::objects::str::as_str;
use crate::objects::typeobj::{type_of, type_version};
use crate::ops::attr;
use crate::value::Value;
use std::sync::atomic::fence;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};

const MEGAMORPHIC: u32 = 256;

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

/// Writes a new most-recent entry (older ones move down a way) under the sequence lock.
/// If another thread is filling this cache at the same moment, gives up: the site simply
/// misses again later.
fn fill(cx: &mut Ctx, fi: usize, c: &Cache, key: u64, tag: u64, value: Value, ways: usize) {
    let s = c.seq.load(Relaxed);
    if s & 1 != 0 || c.seq.compare_exchange(s, s + 1, Acquire, Relaxed).is_err() {
        return;
    }
    let e = &c.entries;
    for i in (1..ways.min(CACHE_WAYS)).rev() {
        copy_entry(&e[i - 1], &e[i]);
    }
    e[0].key.store(key, Relaxed);
    e[0].tag.store(tag, Relaxed);
    e[0].value.set(value);
    c.seq.store(s + 2, Release);
    barrier(cx, fi);
}

fn copy_entry(from: &CacheEntry, to: &CacheEntry) {
    to.key.store(from.key.load(Relaxed), Relaxed);
    to.tag.store(from.tag.load(Relaxed), Relaxed);
    to.value.set(from.value.get());
}

/// LOAD_ATTR.
#[inline]
pub fn load_attr(cx: &mut Ctx, fi: usize, cd: &CodeData, ci: usize, obj: Value) -> PyResult<Value> {
    let c = &cd.caches[ci];
    if obj.is_ref() && has_attr_storage(obj) {
        let ty = type_of(obj);
        let shape = instance_shape(obj).bits();
        for e in &c.entries {
            let k = e.key.load(Relaxed);
            if e.tag.load(Relaxed) != type_version(ty) {
                continue;
            }
            if key_addr(k) == shape {
                let v = read_attr_slot(obj, key_payload(k));
                if !v.is_null() {
                    return Ok(v);
                }
                break;
            }
            if key_addr(k) == ty.bits() {
                // A `__slots__` member: a fixed slot of the instance.
                let v = crate::object::slot(obj.obj(), key_payload(k));
                if !v.is_null() {
                    return Ok(v);
                }
                break;
            }
        }
    }
    load_attr_miss(cx, fi, c, obj)
}

/// Whether instance slots of `ty` can be read/written directly for `name`: no data
/// descriptor (or any descriptor, for stores) on the type, no custom `__getattribute__`
/// (or `__setattr__`).
fn plain_instance_attr(cx: &mut Ctx, ty: Value, name: Value, store: bool) -> bool {
    let d = attr::type_lookup(cx, ty, name);
    let blocked = if store {
        !d.is_null()
    } else {
        !d.is_null() && crate::objects::descr::is_data_descriptor(cx, d)
    };
    if blocked {
        return false;
    }
    no_attr_hooks(cx, ty, store)
}

/// Whether `ty` has no custom `__getattribute__` (or `__setattr__`, for stores).
fn no_attr_hooks(cx: &mut Ctx, ty: Value, store: bool) -> bool {
    let heap = crate::objects::typeobj::type_data(ty).flags()
        & crate::objects::typeobj::tflags::HEAPTYPE
        != 0;
    if !heap {
        return true;
    }
    let (hook, default) = if store {
        (
            crate::names::SETATTR.get(),
            crate::objects::descr::OBJECT_SETATTR.get(),
        )
    } else {
        (
            crate::names::GETATTRIBUTE.get(),
            crate::objects::descr::OBJECT_GETATTRIBUTE.get(),
        )
    };
    let h = attr::type_lookup(cx, ty, hook);
    h.is_null() || h == default
}

#[cold]
fn load_attr_miss(cx: &mut Ctx, fi: usize, c: &Cache, obj: Value) -> PyResult<Value> {
    let name = c.name.get();
    if obj.is_ref() && has_attr_storage(obj) && c.misses.load(Relaxed) < MEGAMORPHIC {
        c.misses.fetch_add(1, Relaxed);
        let ty = type_of(obj);
        let shape = instance_shape(obj);
        if shape != DICT_SHAPE.get() {
            if let Some(i) = shape_lookup(shape, name) {
                if i < 0xffff && plain_instance_attr(cx, ty, name, false) {
                    let v = read_attr_slot(obj, i);
                    fill(
                        cx,
                        fi,
                        c,
                        Cache::pack(shape, i as u16),
                        type_version(ty),
                        Value::NULL,
                        CACHE_WAYS,
                    );
                    if !v.is_null() {
                        return Ok(v);
                    }
                }
            }
        }
        if let Some(i) = member_slot(cx, ty, name, false) {
            fill(
                cx,
                fi,
                c,
                Cache::pack(ty, i),
                type_version(ty),
                Value::NULL,
                CACHE_WAYS,
            );
        }
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
    if obj.is_ref() && has_attr_storage(obj) {
        let ty = type_of(obj);
        let shape = instance_shape(obj).bits();
        let version = type_version(ty);
        // Read under the sequence lock: an entry's key must not be paired with another
        // fill's transition shape.
        let s = c.seq.load(Acquire);
        if s & 1 == 0 {
            for e in &c.entries {
                let k = e.key.load(Relaxed);
                if e.tag.load(Relaxed) != version {
                    continue;
                }
                if key_addr(k) == shape {
                    let next = e.value.get();
                    fence(Acquire);
                    if c.seq.load(Relaxed) != s {
                        break;
                    }
                    if next.is_null() {
                        instance::write_existing_slot(cx, obj, key_payload(k), v);
                        return Ok(());
                    }
                    return instance::add_attr(cx, obj, next, key_payload(k), v);
                }
                if key_addr(k) == ty.bits() {
                    // A `__slots__` member: a fixed slot of the instance.
                    cx.set_slot(obj.obj(), key_payload(k), v);
                    return Ok(());
                }
            }
        }
    }
    store_attr_miss(cx, fi, c, obj, v)
}

#[cold]
fn store_attr_miss(cx: &mut Ctx, fi: usize, c: &Cache, obj: Value, v: Value) -> PyResult<()> {
    let name = c.name.get();
    let before = if obj.is_ref() && has_attr_storage(obj) {
        instance_shape(obj)
    } else {
        Value::NULL
    };
    let mark = cx.handle_mark();
    let (ho, hb) = (cx.root(obj), cx.root(before));
    let r = attr::setattr(cx, obj, name, v);
    let (obj, before) = (cx.get(ho), cx.get(hb));
    cx.pop_handles(mark);
    r?;
    // Cache the store if it was a plain instance store: of an existing slot, or adding
    // the attribute (a shape transition from `before`).
    if obj.is_ref() && has_attr_storage(obj) && c.misses.load(Relaxed) < MEGAMORPHIC {
        c.misses.fetch_add(1, Relaxed);
        let ty = type_of(obj);
        let shape = instance_shape(obj);
        if shape != DICT_SHAPE.get() {
            if let Some(i) = shape_lookup(shape, name) {
                if i < 0xffff && plain_instance_attr(cx, ty, name, true) {
                    let added = before != shape
                        && !before.is_null()
                        && before != DICT_SHAPE.get()
                        && i == shape_count(before)
                        && shape_count(shape) == i + 1;
                    let (key, next) = if added {
                        (Cache::pack(before, i as u16), shape)
                    } else {
                        (Cache::pack(shape, i as u16), Value::NULL)
                    };
                    fill(cx, fi, c, key, type_version(ty), next, CACHE_WAYS);
                }
            }
        }
        if let Some(i) = member_slot(cx, ty, name, true) {
            fill(
                cx,
                fi,
                c,
                Cache::pack(ty, i),
                type_version(ty),
                Value::NULL,
                CACHE_WAYS,
            );
        }
    }
    Ok(())
}

/// The instance slot of `name` if it is a `__slots__` member of `ty` that loads or stores
/// can reach directly (cache entries keyed by the type rather than a shape).
fn member_slot(cx: &mut Ctx, ty: Value, name: Value, store: bool) -> Option<u16> {
    let d = attr::type_lookup(cx, ty, name);
    if !d.is_ref() || type_of(d) != crate::objects::descr::MEMBER_TYPE.get() {
        return None;
    }
    let i = crate::objects::descr::member_index(d);
    (i < 0xffff && no_attr_hooks(cx, ty, store)).then_some(i as u16)
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
    if obj.is_ref() {
        let ty = type_of(obj);
        let key = if has_attr_storage(obj) {
            instance_shape(obj)
        } else {
            ty
        }
        .bits();
        let s = c.seq.load(Acquire);
        if s & 1 == 0 {
            for e in &c.entries {
                if key_addr(e.key.load(Relaxed)) == key && e.tag.load(Relaxed) == type_version(ty) {
                    let f = e.value.get();
                    fence(Acquire);
                    if c.seq.load(Relaxed) == s {
                        return Ok((f, obj));
                    }
                    break;
                }
            }
        }
    }
    load_method_miss(cx, fi, c, obj)
}

#[cold]
fn load_method_miss(cx: &mut Ctx, fi: usize, c: &Cache, obj: Value) -> PyResult<(Value, Value)> {
    let name = c.name.get();
    let (f, s) = attr::load_method(cx, obj, name)?;
    if !f.is_null() && s == obj && obj.is_ref() && c.misses.load(Relaxed) < MEGAMORPHIC {
        c.misses.fetch_add(1, Relaxed);
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
            fill(
                cx,
                fi,
                c,
                Cache::pack(key, 0),
                type_version(ty),
                f,
                CACHE_WAYS,
            );
        }
    }
    Ok((f, s))
}

/// LOAD_GLOBAL: globals, then builtins.
#[inline]
pub fn load_global(cx: &mut Ctx, fi: usize, cd: &CodeData, ci: usize) -> PyResult<Value> {
    let c = &cd.caches[ci];
    let e = &c.entries[0];
    let s = c.seq.load(Acquire);
    let k = e.key.load(Relaxed);
    if k != 0 && s & 1 == 0 {
        let tag = e.tag.load(Relaxed);
        fence(Acquire);
        if c.seq.load(Relaxed) == s {
            let f = &cx.frames().frames[fi];
            let (g, b) = (f.globals, f.builtins);
            let gv = keys_version(g) & 0xffff_ffff;
            // Each version is checked again after the row is read: a table rebuilt by
            // another thread is published only after its version moved, and may hold
            // another key at the cached row (see `dict.rs`).
            if tag & 0xffff_ffff == gv {
                if key_addr(k) == g.bits() {
                    let v = dict::entry_value(g, key_payload(k));
                    if !v.is_null() && dict::keys_version_after_read(g) & 0xffff_ffff == gv {
                        return Ok(v);
                    }
                } else if key_addr(k) == b.bits() && tag >> 32 == keys_version(b) & 0xffff_ffff {
                    let v = dict::entry_value(b, key_payload(k));
                    if !v.is_null()
                        && dict::keys_version_after_read(b) & 0xffff_ffff == tag >> 32
                        && keys_version(g) & 0xffff_ffff == gv
                    {
                        return Ok(v);
                    }
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
    // The versions are read before the probes and the cache is filled only if they still
    // hold afterwards, so a cached row always belongs to the version it is tagged with.
    let gv = keys_version(g) & 0xffff_ffff;
    if let Some((ix, v)) = dict::dict_entry_index(cx, g, name, h)? {
        if ix < 0xffff && dict::keys_version_after_read(g) & 0xffff_ffff == gv {
            fill(cx, fi, c, Cache::pack(g, ix as u16), gv, Value::NULL, 1);
        }
        return Ok(v);
    }
    if !b.is_null() {
        if dict::is_exact_dict(b) {
            let bv = keys_version(b) & 0xffff_ffff;
            if let Some((ix, v)) = dict::dict_entry_index(cx, b, name, h)? {
                if ix < 0xffff
                    && dict::keys_version_after_read(b) & 0xffff_ffff == bv
                    && keys_version(g) & 0xffff_ffff == gv
                {
                    fill(
                        cx,
                        fi,
                        c,
                        Cache::pack(b, ix as u16),
                        gv | (bv << 32),
                        Value::NULL,
                        1,
                    );
                }
                return Ok(v);
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
