//! `dict`: a compact, insertion-ordered hash table on GC arrays.
//!
//! ```text
//! FIXED slots: 0 used (int)        live entries
//!              1 nentries (int)    entry rows consumed, including deleted ones
//!              2 keys_version (int) changes when a key is added or removed or the table is
//!                                  rebuilt; global-variable caches guard on it
//!              3 indices           VARRAW of i32 (EMPTY = -1, DUMMY = -2), or NULL if empty
//!              4 entries           array of 3 * capacity values: [hash, key, value] rows
//! ```
//!
//! The dict is the only owner of its two tables: replaced ones are retired
//! (`Mutator::retire`) and freed by the next pause, so no code may keep a table past a
//! safepoint (lookups re-read them from the dict after running Python code).
//!
//! Lookups probe `indices` with CPython's perturbation scheme and compare hashes before
//! keys. Key comparison may run Python code (a user `__eq__`), so lookups root what they
//! hold and restart if the table changed meanwhile. Hashes are stored as small ints
//! truncated to 62 bits; the truncated hash is also what probing uses, so they agree.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot, varraw_bytes, varvals_get};
use crate::objects::str::{is_str, str_eq};
use crate::objects::tuple::new_array;
use crate::protocol;
use crate::runtime::types;
use crate::value::Value;
use krait_gc::ObjectRef;
use std::sync::atomic::{AtomicI32, Ordering::Relaxed};

const USED: usize = 0;
const NENTRIES: usize = 1;
const VERSION: usize = 2;
const INDICES: usize = 3;
const ENTRIES: usize = 4;
/// Number of FIXED slots of a plain dict.
pub const DICT_SLOTS: usize = 5;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

/// A new empty dict.
pub fn new_dict(cx: &mut Ctx) -> PyResult<Value> {
    new_dict_of_type(cx, types().dict.get(), DICT_SLOTS)
}

/// A new empty dict of type `ty` (a dict subclass) with `nslots` FIXED slots.
pub fn new_dict_of_type(cx: &mut Ctx, ty: Value, nslots: usize) -> PyResult<Value> {
    let o = cx.alloc_fixed(ty, nslots)?;
    object::init_slot(o, USED, Value::int(0));
    object::init_slot(o, NENTRIES, Value::int(0));
    object::init_slot(o, VERSION, Value::int(0));
    Ok(Value::from_obj(o))
}

/// Whether `v` is exactly a dict.
#[inline]
pub fn is_exact_dict(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == types().dict.get().bits()
}

/// Whether `v` is a dict or an instance of a dict subclass.
pub fn is_dict_like(v: Value) -> bool {
    v.is_ref() && {
        let t = crate::objects::typeobj::type_of(v);
        t == types().dict.get() || crate::objects::typeobj::is_subtype(t, types().dict.get())
    }
}

/// A shallow copy (a plain dict with the same items, in order).
pub fn dict_copy(cx: &mut Ctx, d: Value) -> PyResult<Value> {
    let items = dict_items(d);
    let mark = cx.handle_mark();
    let hs: Vec<_> = items
        .iter()
        .map(|&(k, v)| (cx.root(k), cx.root(v)))
        .collect();
    let n = new_dict(cx)?;
    let hn = cx.root(n);
    for (hk, hv) in hs {
        let (k, v, n) = (cx.get(hk), cx.get(hv), cx.get(hn));
        dict_set(cx, n, k, v)?;
    }
    let n = cx.get(hn);
    cx.pop_handles(mark);
    Ok(n)
}

/// Number of items.
#[inline]
pub fn dict_len(d: Value) -> usize {
    slot(d.obj(), USED).as_int() as usize
}

/// The keys version (see the module doc).
#[inline]
pub fn keys_version(d: Value) -> u64 {
    slot(d.obj(), VERSION).as_int() as u64
}

fn bump_version(cx: &mut Ctx, o: ObjectRef) {
    let v = slot(o, VERSION).as_int();
    cx.set_slot(o, VERSION, Value::int((v + 1) & Value::INT_MAX));
}

#[inline]
fn truncate_hash(h: i64) -> i64 {
    (h << 2) >> 2
}

fn indices_of(o: ObjectRef) -> Option<&'static [AtomicI32]> {
    let ix = slot(o, INDICES);
    if ix.is_null() {
        return None;
    }
    let b = varraw_bytes(ix.obj());
    // SAFETY: the indices object's payload is a whole number of i32s (allocated as such),
    // 8-aligned; it is accessed atomically by everyone.
    Some(unsafe { std::slice::from_raw_parts(b.as_ptr() as *const AtomicI32, b.len() / 4) })
}

#[inline]
fn entry(entries: ObjectRef, ix: usize) -> (i64, Value, Value) {
    (
        varvals_get(entries, 3 * ix).as_int(),
        varvals_get(entries, 3 * ix + 1),
        varvals_get(entries, 3 * ix + 2),
    )
}

/// Result of a probe: the index slot where the key is or would go, and its entry row.
enum Probe {
    /// The key is in entry row `entry`, index slot `slot`; `value` is its value (read when
    /// found: the caller's own dict value may be stale after a comparison ran Python code).
    Found {
        entry: usize,
        slot: usize,
        value: Value,
    },
    Missing,
}

/// Key equality without running Python code, when the key types allow deciding it.
#[inline]
fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if a.is_int() && b.is_int() {
        return Some(false);
    }
    if is_str(a) && is_str(b) {
        return Some(str_eq(a, b));
    }
    None
}

/// Looks `key` up. May run Python code (a key's `__eq__`): then the dict and key are
/// rooted across the call, and if the table changed meanwhile (its keys version moved, or
/// the compared entry was replaced) the probe starts over, as CPython's does.
fn probe(cx: &mut Ctx, mut d: Value, mut key: Value, hash: i64) -> PyResult<Probe> {
    let hash = truncate_hash(hash);
    'restart: loop {
        let mut i = {
            let Some(indices) = indices_of(d.obj()) else {
                return Ok(Probe::Missing);
            };
            (hash as u64 as usize) & (indices.len() - 1)
        };
        let mut perturb = hash as u64;
        loop {
            // Re-derived every step: a slow comparison below may have moved the table.
            let o = d.obj();
            let indices = indices_of(o).expect("table present");
            let entries = slot(o, ENTRIES).obj();
            let ix = indices[i].load(Relaxed);
            if ix == EMPTY {
                return Ok(Probe::Missing);
            }
            if ix >= 0 {
                let (eh, ek, ev) = entry(entries, ix as usize);
                if ek == key {
                    return Ok(Probe::Found {
                        entry: ix as usize,
                        slot: i,
                        value: ev,
                    });
                }
                if eh == hash && !ek.is_null() {
                    let equal = match fast_eq(ek, key) {
                        Some(b) => b,
                        None => {
                            let version = keys_version(d);
                            let mark = cx.handle_mark();
                            let (hd, hk, he) = (cx.root(d), cx.root(key), cx.root(ek));
                            let r = protocol::eq(cx, ek, key);
                            let ek_now;
                            (d, key, ek_now) = (cx.get(hd), cx.get(hk), cx.get(he));
                            cx.pop_handles(mark);
                            let eq = r?;
                            if keys_version(d) != version {
                                continue 'restart;
                            }
                            let row_key =
                                varvals_get(slot(d.obj(), ENTRIES).obj(), 3 * ix as usize + 1);
                            if row_key != ek_now {
                                continue 'restart;
                            }
                            eq
                        }
                    };
                    if equal {
                        let ev = varvals_get(slot(d.obj(), ENTRIES).obj(), 3 * ix as usize + 2);
                        return Ok(Probe::Found {
                            entry: ix as usize,
                            slot: i,
                            value: ev,
                        });
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & (indices.len() - 1);
        }
    }
}

/// `d[key]` (NULL if absent), given `hash(key)`.
pub fn dict_get_hashed(cx: &mut Ctx, d: Value, key: Value, hash: i64) -> PyResult<Value> {
    match probe(cx, d, key, hash)? {
        Probe::Found { value, .. } => Ok(value),
        Probe::Missing => Ok(Value::NULL),
    }
}

/// Looks up the exact `str` `key` (with hash `hash`) without running Python code: only
/// entries whose key is a `str` (or a `str` subclass, compared by text) can match, and
/// other keys with a colliding hash are skipped rather than asked through `__eq__`.
///
/// This is what name resolution uses (attributes, globals, type dictionaries): its callers
/// hold raw values across the lookup, so it must not reach a safepoint. It differs from
/// CPython only for a non-`str` key whose `__eq__` claims equality with a `str`.
fn probe_str(d: Value, key: Value, hash: i64) -> Option<(usize, Value)> {
    debug_assert!(is_str(key));
    let hash = truncate_hash(hash);
    let o = d.obj();
    let indices = indices_of(o)?;
    let entries = slot(o, ENTRIES).obj();
    let mask = indices.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        let ix = indices[i].load(Relaxed);
        if ix == EMPTY {
            return None;
        }
        // A concurrent resize may pair these indices with another table's rows: never
        // read past the rows actually present.
        if ix >= 0 && 3 * ix as usize + 2 < object::varvals_len(entries) {
            let (eh, ek, ev) = entry(entries, ix as usize);
            if ek == key {
                return Some((ix as usize, ev));
            }
            if eh == hash && !ek.is_null() {
                let equal = if is_str(ek) {
                    str_eq(ek, key)
                } else if crate::objects::str::is_str_like(ek) {
                    str_eq(crate::objects::str::str_value(ek), key)
                } else {
                    false
                };
                if equal {
                    return Some((ix as usize, ev));
                }
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & mask;
    }
}

/// `d[key]` (NULL if absent).
pub fn dict_get(cx: &mut Ctx, d: Value, key: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (hd, hk) = (cx.root(d), cx.root(key));
    let h = protocol::hash(cx, key);
    let (d, key) = (cx.get(hd), cx.get(hk));
    cx.pop_handles(mark);
    dict_get_hashed(cx, d, key, h?)
}

/// `d[key]` for a `str` key, which never runs Python code.
pub fn dict_get_str(cx: &mut Ctx, d: Value, key: Value) -> Value {
    let _ = cx;
    let h = crate::objects::str::str_hash(key);
    probe_str(d, key, h).map_or(Value::NULL, |(_, v)| v)
}

/// Position of the `str` `key`'s entry row (for caches that read the value in place), if
/// present. Never runs Python code (see `probe_str`).
pub fn dict_entry_index(cx: &mut Ctx, d: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    let _ = cx;
    Ok(probe_str(d, key, hash).map(|(ix, _)| ix))
}

/// The value in entry row `ix` (NULL if deleted).
#[inline]
pub fn entry_value(d: Value, ix: usize) -> Value {
    varvals_get(slot(d.obj(), ENTRIES).obj(), 3 * ix + 2)
}

/// `d[key] = value`, given `hash(key)`.
pub fn dict_set_hashed(
    cx: &mut Ctx,
    d: Value,
    key: Value,
    hash: i64,
    value: Value,
) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hd, hk, hv) = (cx.root(d), cx.root(key), cx.root(value));
    let found = probe(cx, d, key, hash);
    let (d, key, value) = (cx.get(hd), cx.get(hk), cx.get(hv));
    cx.pop_handles(mark);
    let o = d.obj();
    match found? {
        Probe::Found { entry, .. } => {
            let entries = slot(o, ENTRIES).obj();
            cx.set_item(entries, 3 * entry + 2, value);
            Ok(())
        }
        Probe::Missing => insert_new(cx, d, key, truncate_hash(hash), value),
    }
}

/// `d[key] = value`.
pub fn dict_set(cx: &mut Ctx, d: Value, key: Value, value: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hd, hk, hv) = (cx.root(d), cx.root(key), cx.root(value));
    let h = protocol::hash(cx, key);
    let (d, key, value) = (cx.get(hd), cx.get(hk), cx.get(hv));
    cx.pop_handles(mark);
    dict_set_hashed(cx, d, key, h?, value)
}

/// Capacity in entry rows for an index table of `size` slots.
#[inline]
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

fn insert_new(cx: &mut Ctx, d: Value, key: Value, hash: i64, value: Value) -> PyResult<()> {
    let o = d.obj();
    let nentries = slot(o, NENTRIES).as_int() as usize;
    let cap = match indices_of(o) {
        Some(ix) => usable(ix.len()),
        None => 0,
    };
    let (d, key, value) = if nentries >= cap {
        let mark = cx.handle_mark();
        let (hd, hk, hv) = (cx.root(d), cx.root(key), cx.root(value));
        let used = dict_len(d);
        resize(cx, d, used * 3)?;
        let r = (cx.get(hd), cx.get(hk), cx.get(hv));
        cx.pop_handles(mark);
        r
    } else {
        (d, key, value)
    };
    let o = d.obj();
    let indices = indices_of(o).expect("table exists after resize");
    let entries = slot(o, ENTRIES).obj();
    let nentries = slot(o, NENTRIES).as_int() as usize;
    let mask = indices.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    while indices[i].load(Relaxed) >= 0 || indices[i].load(Relaxed) == DUMMY {
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & mask;
    }
    object::varvals_init(entries, 3 * nentries, Value::int(hash));
    object::varvals_init(entries, 3 * nentries + 1, key);
    object::varvals_init(entries, 3 * nentries + 2, value);
    cx.m.write_barrier(entries);
    indices[i].store(nentries as i32, Relaxed);
    object::init_slot(o, NENTRIES, Value::int(nentries as i64 + 1));
    object::init_slot(o, USED, Value::int(dict_len(d) as i64 + 1));
    bump_version(cx, o);
    Ok(())
}

/// Rebuilds the table with an index of at least `min_size` slots, compacting deleted rows.
/// A full dict asks for three times its live entries, as CPython's `GROWTH_RATE` does: the
/// index is the power of two at or above that, so the rows are between a third and two
/// thirds used after growing. Allocates, but never runs Python code.
fn resize(cx: &mut Ctx, d: Value, min_size: usize) -> PyResult<()> {
    let mut size = MIN_SIZE;
    while size < min_size {
        size *= 2;
    }
    let hd = cx.root(d);
    let new_ix = cx.alloc_varraw(types().array.get(), size * 4)?;
    let new_ix = Value::from_obj(new_ix);
    let hix = cx.root(new_ix);
    let new_entries = new_array(cx, 3 * usable(size))?;
    let new_ix = cx.get(hix);
    let d = cx.get(hd);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hd));
    let o = d.obj();
    let b = varraw_bytes(new_ix.obj());
    // SAFETY: as in `indices_of`.
    let indices = unsafe { std::slice::from_raw_parts(b.as_ptr() as *const AtomicI32, size) };
    for x in indices {
        x.store(EMPTY, Relaxed);
    }
    let ne = new_entries.obj();
    let mut n = 0usize;
    if indices_of(o).is_some() {
        let old = slot(o, ENTRIES).obj();
        let old_n = slot(o, NENTRIES).as_int() as usize;
        for r in 0..old_n {
            let (h, k, v) = entry(old, r);
            if k.is_null() {
                continue;
            }
            object::varvals_init(ne, 3 * n, Value::int(h));
            object::varvals_init(ne, 3 * n + 1, k);
            object::varvals_init(ne, 3 * n + 2, v);
            let mask = size - 1;
            let mut i = (h as u64 as usize) & mask;
            let mut perturb = h as u64;
            while indices[i].load(Relaxed) != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            indices[i].store(n as i32, Relaxed);
            n += 1;
        }
    }
    let (old_ix, old_entries) = (slot(o, INDICES), slot(o, ENTRIES));
    cx.set_slot(o, INDICES, new_ix);
    cx.set_slot(o, ENTRIES, new_entries);
    object::init_slot(o, NENTRIES, Value::int(n as i64));
    bump_version(cx, o);
    retire_tables(cx, old_ix, old_entries);
    Ok(())
}

/// Hands a dict's replaced tables to the collector (see the module doc).
fn retire_tables(cx: &mut Ctx, indices: Value, entries: Value) {
    for t in [indices, entries] {
        if !t.is_null() {
            cx.m.retire(t.obj());
        }
    }
}

/// `del d[key]`; returns the removed value, or NULL if the key was absent.
pub fn dict_del(cx: &mut Ctx, d: Value, key: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hd = cx.root(d);
    let hk = cx.root(key);
    let h = protocol::hash(cx, key);
    let (d2, k2) = (cx.get(hd), cx.get(hk));
    let found = h.and_then(|h| probe(cx, d2, k2, h));
    let d = cx.get(hd);
    cx.pop_handles(mark);
    match found? {
        Probe::Found { entry, slot: i, .. } => {
            let o = d.obj();
            let entries = slot(o, ENTRIES).obj();
            let old = varvals_get(entries, 3 * entry + 2);
            indices_of(o).expect("found implies a table")[i].store(DUMMY, Relaxed);
            object::varvals_init(entries, 3 * entry + 1, Value::NULL);
            object::varvals_init(entries, 3 * entry + 2, Value::NULL);
            object::init_slot(o, USED, Value::int(dict_len(d) as i64 - 1));
            bump_version(cx, o);
            Ok(old)
        }
        Probe::Missing => Ok(Value::NULL),
    }
}

/// The next live entry at or after row `pos`: `(next_pos, key, value)`.
pub fn dict_next(d: Value, pos: usize) -> Option<(usize, Value, Value)> {
    let o = d.obj();
    let n = slot(o, NENTRIES).as_int() as usize;
    let entries = slot(o, ENTRIES);
    let mut r = pos;
    while r < n {
        let (_, k, v) = entry(entries.obj(), r);
        if !k.is_null() {
            return Some((r + 1, k, v));
        }
        r += 1;
    }
    None
}

/// All `(key, value)` pairs, in insertion order (copied out; raw values).
pub fn dict_items(d: Value) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(dict_len(d));
    let mut pos = 0;
    while let Some((next, k, v)) = dict_next(d, pos) {
        out.push((k, v));
        pos = next;
    }
    out
}

/// `d.clear()`.
pub fn dict_clear(cx: &mut Ctx, d: Value) {
    let o = d.obj();
    let (old_ix, old_entries) = (slot(o, INDICES), slot(o, ENTRIES));
    object::init_slot(o, USED, Value::int(0));
    object::init_slot(o, NENTRIES, Value::int(0));
    object::init_slot(o, INDICES, Value::NULL);
    object::init_slot(o, ENTRIES, Value::NULL);
    bump_version(cx, o);
    retire_tables(cx, old_ix, old_entries);
}
