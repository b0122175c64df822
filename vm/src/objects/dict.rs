//! `dict`: a compact, insertion-ordered hash table on GC arrays.
//!
//! ```text
//! FIXED slots: 0 used (int)        live entries
//!              1 nentries (int)    entry rows consumed, including deleted ones
//!              2 keys_version (int) changes when a key is added or removed or the table is
//!                                  rebuilt; global-variable caches guard on it
//!              3 (unused, NULL)
//!              4 table             array: [indices, then 3 * capacity values: [hash, key,
//!                                  value] rows], or NULL if empty; `indices` is a VARRAW of
//!                                  i32 (EMPTY = -1, DUMMY = -2)
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
//!
//! **Threads.** Writers take the dict's object lock (`ObjGuard`) and decide under it with
//! key comparisons that run no Python code; when a comparison needs Python, they compare
//! unlocked and apply the result under the lock only if the keys version has not moved.
//! Readers take no lock. The indices and the rows live in one table object, published by
//! one store after the keys version was bumped, so a reader never pairs one table's
//! indices with another's rows, and a reader that checks the version after reading (the
//! global-variable caches) never takes a row of a newer table for the one it cached. Every
//! row index is checked against the table it is read from.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot, varraw_bytes, varvals_get, ObjGuard};
use crate::objects::str::{is_str, str_eq};
use crate::objects::tuple::new_array;
use crate::protocol;
use crate::runtime::types;
use crate::value::Value;
use krait_gc::ObjectRef;
use std::sync::atomic::{fence, AtomicI32, Ordering::Relaxed, Ordering::Release};

const USED: usize = 0;
const NENTRIES: usize = 1;
const VERSION: usize = 2;
const TABLE: usize = 4;
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

/// The table's index array.
fn table_indices(table: ObjectRef) -> &'static [AtomicI32] {
    let ix = varvals_get(table, 0);
    let b = varraw_bytes(ix.obj());
    // SAFETY: the indices object's payload is a whole number of i32s (allocated as such),
    // 8-aligned; it is accessed atomically by everyone.
    unsafe { std::slice::from_raw_parts(b.as_ptr() as *const AtomicI32, b.len() / 4) }
}

/// The dict's table and its indices, if it has a table.
#[inline]
fn table_of(o: ObjectRef) -> Option<(ObjectRef, &'static [AtomicI32])> {
    let t = slot(o, TABLE);
    if t.is_null() {
        return None;
    }
    Some((t.obj(), table_indices(t.obj())))
}

/// Number of rows a table holds.
#[inline]
fn rows(table: ObjectRef) -> usize {
    (object::varvals_len(table) - 1) / 3
}

/// Row `r` of a table (must be in range).
#[inline]
fn entry(table: ObjectRef, r: usize) -> (i64, Value, Value) {
    (
        varvals_get(table, 1 + 3 * r).as_int(),
        varvals_get(table, 2 + 3 * r),
        varvals_get(table, 3 + 3 * r),
    )
}

/// Row `r` of a table, if the table has it.
#[inline]
fn entry_checked(table: ObjectRef, r: usize) -> Option<(i64, Value, Value)> {
    (r < rows(table)).then(|| entry(table, r))
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

#[inline]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

/// Looks `key` up with comparisons that run no Python code; `None` when deciding needs a
/// key's `__eq__`. Writers call it under the lock.
fn probe_fast(o: ObjectRef, key: Value, hash: i64) -> Option<Probe> {
    let hash = truncate_hash(hash);
    let Some((table, indices)) = table_of(o) else {
        return Some(Probe::Missing);
    };
    let mask = indices.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        let ix = indices[i].load(Relaxed);
        if ix == EMPTY {
            return Some(Probe::Missing);
        }
        if ix >= 0 {
            if let Some((eh, ek, ev)) = entry_checked(table, ix as usize) {
                if ek == key || (eh == hash && !ek.is_null() && fast_eq(ek, key)?) {
                    return Some(Probe::Found {
                        entry: ix as usize,
                        slot: i,
                        value: ev,
                    });
                }
            }
        }
        i = next_slot(i, &mut perturb, mask);
    }
}

/// Looks `key` up. May run Python code (a key's `__eq__`): then the dict and key are
/// rooted across the call, and if the table changed meanwhile (its keys version moved, or
/// the compared entry was replaced) the probe starts over, as CPython's does.
fn probe(cx: &mut Ctx, mut d: Value, mut key: Value, hash: i64) -> PyResult<Probe> {
    if let Some(p) = probe_fast(d.obj(), key, hash) {
        return Ok(p);
    }
    let hash = truncate_hash(hash);
    'restart: loop {
        let mut i = {
            let Some((_, indices)) = table_of(d.obj()) else {
                return Ok(Probe::Missing);
            };
            (hash as u64 as usize) & (indices.len() - 1)
        };
        let mut perturb = hash as u64;
        let start_version = keys_version(d);
        loop {
            // Re-derived every step: a slow comparison below may have moved the table.
            let Some((table, indices)) = table_of(d.obj()) else {
                return Ok(Probe::Missing);
            };
            if keys_version(d) != start_version || i >= indices.len() {
                continue 'restart;
            }
            let ix = indices[i].load(Relaxed);
            if ix == EMPTY {
                return Ok(Probe::Missing);
            }
            if let Some((eh, ek, ev)) = (ix >= 0)
                .then(|| entry_checked(table, ix as usize))
                .flatten()
            {
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
                            let mark = cx.handle_mark();
                            let (hd, hk, he) = (cx.root(d), cx.root(key), cx.root(ek));
                            let r = protocol::eq(cx, ek, key);
                            let ek_now;
                            (d, key, ek_now) = (cx.get(hd), cx.get(hk), cx.get(he));
                            cx.pop_handles(mark);
                            let eq = r?;
                            if keys_version(d) != start_version {
                                continue 'restart;
                            }
                            let row =
                                table_of(d.obj()).and_then(|(t, _)| entry_checked(t, ix as usize));
                            match row {
                                Some((_, k, _)) if k == ek_now => {}
                                _ => continue 'restart,
                            }
                            eq
                        }
                    };
                    if equal {
                        let Some((_, _, ev)) =
                            table_of(d.obj()).and_then(|(t, _)| entry_checked(t, ix as usize))
                        else {
                            continue 'restart;
                        };
                        return Ok(Probe::Found {
                            entry: ix as usize,
                            slot: i,
                            value: ev,
                        });
                    }
                }
            }
            i = next_slot(i, &mut perturb, indices.len() - 1);
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
    let (table, indices) = table_of(d.obj())?;
    let mask = indices.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        let ix = indices[i].load(Relaxed);
        if ix == EMPTY {
            return None;
        }
        if let Some((eh, ek, ev)) = (ix >= 0)
            .then(|| entry_checked(table, ix as usize))
            .flatten()
        {
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
        i = next_slot(i, &mut perturb, mask);
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

/// Position of the `str` `key`'s entry row (for caches that read the value in place) and
/// its value, if present. Never runs Python code (see `probe_str`). A cache may pair the
/// row with a keys version read before this call only if `keys_version_after_read` still
/// gives that version afterwards.
pub fn dict_entry_index(
    cx: &mut Ctx,
    d: Value,
    key: Value,
    hash: i64,
) -> PyResult<Option<(usize, Value)>> {
    let _ = cx;
    Ok(probe_str(d, key, hash))
}

/// The value in entry row `ix` (NULL if deleted or past the table). A cache that found
/// `ix` under keys version `v` must check, after this read, that the version is still `v`
/// (`keys_version_after_read`): a rebuilt table may hold another key at `ix`.
#[inline]
pub fn entry_value(d: Value, ix: usize) -> Value {
    match table_of(d.obj()) {
        Some((t, _)) if ix < rows(t) => varvals_get(t, 3 + 3 * ix),
        _ => Value::NULL,
    }
}

/// The keys version, read after an `entry_value` whose row must belong to it: a table is
/// published only after the version moved, so a row from a newer table comes with a newer
/// version here.
#[inline]
pub fn keys_version_after_read(d: Value) -> u64 {
    fence(std::sync::atomic::Ordering::Acquire);
    keys_version(d)
}

/// A key whose comparison needed Python code is applied under the lock only if the dict's
/// keys did not change meanwhile; `write` decides what to do with the probe's result.
fn locked_update<R>(
    cx: &mut Ctx,
    d: Value,
    key: Value,
    hash: i64,
    extra: Value,
    mut write: impl FnMut(&mut Ctx, Value, Value, Value, Probe) -> PyResult<R>,
) -> PyResult<R> {
    {
        let _g = ObjGuard::lock(d.obj());
        if let Some(p) = probe_fast(d.obj(), key, hash) {
            return write(cx, d, key, extra, p);
        }
    }
    let mark = cx.handle_mark();
    let (hd, hk, hx) = (cx.root(d), cx.root(key), cx.root(extra));
    let r = loop {
        let (d, key) = (cx.get(hd), cx.get(hk));
        let version = keys_version(d);
        let p = match probe(cx, d, key, hash) {
            Ok(p) => p,
            Err(e) => break Err(e),
        };
        let (d, key, extra) = (cx.get(hd), cx.get(hk), cx.get(hx));
        let _g = ObjGuard::lock(d.obj());
        if keys_version(d) == version {
            break write(cx, d, key, extra, p);
        }
    };
    cx.pop_handles(mark);
    r
}

/// `d[key] = value`, given `hash(key)`.
pub fn dict_set_hashed(
    cx: &mut Ctx,
    d: Value,
    key: Value,
    hash: i64,
    value: Value,
) -> PyResult<()> {
    locked_update(cx, d, key, hash, value, |cx, d, key, value, p| match p {
        Probe::Found { entry, .. } => {
            let (table, _) = table_of(d.obj()).expect("found implies a table");
            cx.set_item(table, 3 + 3 * entry, value);
            Ok(())
        }
        Probe::Missing => insert_new(cx, d, key, truncate_hash(hash), value),
    })
}

/// `d.setdefault(key, default)`, given `hash(key)`: the value now under `key`, storing
/// `default` first if the key was missing. One atomic step for other threads.
pub fn dict_setdefault_hashed(
    cx: &mut Ctx,
    d: Value,
    key: Value,
    hash: i64,
    default: Value,
) -> PyResult<Value> {
    locked_update(
        cx,
        d,
        key,
        hash,
        default,
        |cx, d, key, default, p| match p {
            Probe::Found { value, .. } => Ok(value),
            Probe::Missing => {
                insert_new(cx, d, key, truncate_hash(hash), default)?;
                Ok(default)
            }
        },
    )
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

/// Adds a key known to be missing. The caller holds the lock.
fn insert_new(cx: &mut Ctx, d: Value, key: Value, hash: i64, value: Value) -> PyResult<()> {
    let o = d.obj();
    let nentries = slot(o, NENTRIES).as_int() as usize;
    let cap = match table_of(o) {
        Some((t, _)) => rows(t),
        None => 0,
    };
    if nentries >= cap {
        // Allocation never reaches a safepoint: `d`, `key` and `value` stay valid.
        resize(cx, d, dict_len(d) * 3)?;
    }
    let (table, indices) = table_of(o).expect("table exists after resize");
    let nentries = slot(o, NENTRIES).as_int() as usize;
    let mask = indices.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    while indices[i].load(Relaxed) >= 0 || indices[i].load(Relaxed) == DUMMY {
        i = next_slot(i, &mut perturb, mask);
    }
    object::varvals_init(table, 1 + 3 * nentries, Value::int(hash));
    object::varvals_init(table, 2 + 3 * nentries, key);
    object::varvals_init(table, 3 + 3 * nentries, value);
    cx.m.write_barrier(table);
    // The row before the index that points at it, for lock-free readers.
    fence(Release);
    indices[i].store(nentries as i32, Relaxed);
    object::init_slot(o, NENTRIES, Value::int(nentries as i64 + 1));
    object::init_slot(o, USED, Value::int(dict_len(d) as i64 + 1));
    bump_version(cx, o);
    Ok(())
}

/// Rebuilds the table with an index of at least `min_size` slots, compacting deleted rows.
/// A full dict asks for three times its live entries, as CPython's `GROWTH_RATE` does: the
/// index is the power of two at or above that, so the rows are between a third and two
/// thirds used after growing. Allocates, but never runs Python code or reaches a
/// safepoint. The caller holds the lock (or owns a dict no other thread can see).
fn resize(cx: &mut Ctx, d: Value, min_size: usize) -> PyResult<()> {
    let mut size = MIN_SIZE;
    while size < min_size {
        size *= 2;
    }
    let new_ix = cx.alloc_varraw(types().array.get(), size * 4)?;
    let new_ix = Value::from_obj(new_ix);
    let hix = cx.root(new_ix);
    let new_table = new_array(cx, 1 + 3 * usable(size))?;
    let new_ix = cx.get(hix);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hix));
    let o = d.obj();
    let nt = new_table.obj();
    object::varvals_init(nt, 0, new_ix);
    let indices = table_indices(nt);
    for x in indices {
        x.store(EMPTY, Relaxed);
    }
    let mut n = 0usize;
    if let Some((old, _)) = table_of(o) {
        let old_n = (slot(o, NENTRIES).as_int() as usize).min(rows(old));
        for r in 0..old_n {
            let (h, k, v) = entry(old, r);
            if k.is_null() {
                continue;
            }
            object::varvals_init(nt, 1 + 3 * n, Value::int(h));
            object::varvals_init(nt, 2 + 3 * n, k);
            object::varvals_init(nt, 3 + 3 * n, v);
            let mask = size - 1;
            let mut i = (h as u64 as usize) & mask;
            let mut perturb = h as u64;
            while indices[i].load(Relaxed) != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            indices[i].store(n as i32, Relaxed);
            n += 1;
        }
    }
    // Version first, then the table (see the module doc), then the row count: a reader
    // bounds every row by the table it read, so a count and a table out of step are safe.
    let old = slot(o, TABLE);
    bump_version(cx, o);
    fence(Release);
    cx.set_slot(o, TABLE, new_table);
    object::init_slot(o, NENTRIES, Value::int(n as i64));
    retire_table(cx, old);
    Ok(())
}

/// Hands a dict's replaced table (and its index array) to the collector, which frees them
/// at the next pause (see the module doc).
fn retire_table(cx: &mut Ctx, table: Value) {
    if !table.is_null() {
        let ix = varvals_get(table.obj(), 0);
        cx.m.retire(ix.obj());
        cx.m.retire(table.obj());
    }
}

/// Removes the row a probe found. The caller holds the lock.
fn remove_found(cx: &mut Ctx, d: Value, entry: usize, slot_ix: usize) -> Value {
    let o = d.obj();
    let (table, indices) = table_of(o).expect("found implies a table");
    let old = varvals_get(table, 3 + 3 * entry);
    indices[slot_ix].store(DUMMY, Relaxed);
    object::varvals_init(table, 2 + 3 * entry, Value::NULL);
    object::varvals_init(table, 3 + 3 * entry, Value::NULL);
    object::init_slot(o, USED, Value::int(dict_len(d) as i64 - 1));
    bump_version(cx, o);
    old
}

/// `del d[key]`; returns the removed value, or NULL if the key was absent.
pub fn dict_del(cx: &mut Ctx, d: Value, key: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (hd, hk) = (cx.root(d), cx.root(key));
    let h = protocol::hash(cx, key);
    let (d, key) = (cx.get(hd), cx.get(hk));
    cx.pop_handles(mark);
    let h = h?;
    locked_update(cx, d, key, h, Value::NULL, |cx, d, _, _, p| match p {
        Probe::Found { entry, slot, .. } => Ok(remove_found(cx, d, entry, slot)),
        Probe::Missing => Ok(Value::NULL),
    })
}

/// Removes and returns the last inserted `(key, value)`, or `None` if the dict is empty
/// (`dict.popitem`). One atomic step for other threads.
pub fn dict_popitem(cx: &mut Ctx, d: Value) -> Option<(Value, Value)> {
    let _g = ObjGuard::lock(d.obj());
    let o = d.obj();
    let (table, indices) = table_of(o)?;
    let mut n = (slot(o, NENTRIES).as_int() as usize).min(rows(table));
    while n > 0 {
        let (h, k, v) = entry(table, n - 1);
        if !k.is_null() {
            // Find the index slot pointing at this row.
            let mask = indices.len() - 1;
            let mut i = (h as u64 as usize) & mask;
            let mut perturb = h as u64;
            while indices[i].load(Relaxed) != (n - 1) as i32 {
                i = next_slot(i, &mut perturb, mask);
            }
            remove_found(cx, d, n - 1, i);
            // Later rows are all deleted: forget them so the next popitem starts here.
            object::init_slot(o, NENTRIES, Value::int(n as i64 - 1));
            return Some((k, v));
        }
        n -= 1;
    }
    None
}

/// The next live entry at or after row `pos`: `(next_pos, key, value)`.
pub fn dict_next(d: Value, pos: usize) -> Option<(usize, Value, Value)> {
    let o = d.obj();
    let table = slot(o, TABLE);
    if table.is_null() {
        return None;
    }
    let table = table.obj();
    let n = (slot(o, NENTRIES).as_int() as usize).min(rows(table));
    let mut r = pos;
    while r < n {
        let (_, k, v) = entry(table, r);
        if !k.is_null() && !v.is_null() {
            return Some((r + 1, k, v));
        }
        r += 1;
    }
    None
}

/// All `(key, value)` pairs, in insertion order (copied out; raw values).
pub fn dict_items(d: Value) -> Vec<(Value, Value)> {
    // One consistent snapshot (as CPython's `list(d.items())`), not rows of two tables.
    let _g = ObjGuard::lock(d.obj());
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
    let _g = ObjGuard::lock(d.obj());
    let o = d.obj();
    let old = slot(o, TABLE);
    bump_version(cx, o);
    object::init_slot(o, USED, Value::int(0));
    object::init_slot(o, NENTRIES, Value::int(0));
    object::init_slot(o, TABLE, Value::NULL);
    retire_table(cx, old);
}
