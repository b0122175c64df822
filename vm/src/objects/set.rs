//! `set` and `frozenset`: open-addressing hash tables with CPython's probing, resizing and
//! merging rules, so that iteration order (which programs print) matches CPython's exactly.
//!
//! ```text
//! FIXED: [used: int][fill: int][keys: array of `size` slots][hashes: VARRAW of size * 8]
//!        [finger: int (where `pop` resumes)][version: int] (+ attribute storage for
//!        subclasses)
//! ```
//!
//! A key slot is NULL (never used), [`DUMMY`] (deleted), or a key. Probing starts at
//! `hash & mask`, scans up to 9 following slots linearly when they fit, then jumps with
//! `i = (i * 5 + 1 + perturb) & mask` where `perturb` is the full 64-bit hash shifted right
//! by 5 each round. The table grows when `fill * 5 >= mask * 3`, to the smallest power of
//! two above `used * 4` (`used * 2` past 50,000 items).
//!
//! **Threads.** Changes take the set's object lock (`ObjGuard`). A key whose lookup needs
//! no Python code (ints, strs, and any key when no stored key of the same hash needs
//! `__eq__`) is looked up and stored under the lock in one step. Otherwise the lookup runs
//! unlocked and its result is applied under the lock only if the set's version (bumped by
//! every change, with the counts) is the one read before the lookup; else it starts over.
//! So a concurrent discard and add cannot let two threads add equal keys with Python
//! `__eq__` into different slots. Readers take no lock and never index past the arrays
//! they loaded: the keys and hashes arrays are replaced by two stores, so a reader that
//! finds them of different sizes re-reads them.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::object::{
    self, raw_word, set_raw_word, slot, varraw_bytes, varvals_get, varvals_len, ObjGuard,
};
use crate::objects::tuple::new_array;
use crate::objects::typeobj::{is_subtype, type_of};
use crate::protocol;
use crate::runtime::{types, Global};
use crate::value::Value;

const USED: usize = 0;
const FILL: usize = 1;
const KEYS: usize = 2;
const HASHES: usize = 3;
const FINGER: usize = 4;
const VERSION: usize = 5;
/// FIXED slots of a plain set.
pub const SET_SLOTS: usize = 6;
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

/// `set`.
pub static SET_TYPE: Global = Global::new();
/// `frozenset`.
pub static FROZENSET_TYPE: Global = Global::new();
/// The marker of a deleted slot (an immortal object no program can see).
pub static DUMMY: Global = Global::new();

/// Whether `v` is a set or frozenset (or a subclass instance).
pub fn is_anyset(v: Value) -> bool {
    v.is_ref() && {
        let t = type_of(v);
        t == SET_TYPE.get()
            || t == FROZENSET_TYPE.get()
            || is_subtype(t, SET_TYPE.get())
            || is_subtype(t, FROZENSET_TYPE.get())
    }
}

/// Whether `v` is exactly a set.
#[inline]
pub fn is_set(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == SET_TYPE.get().bits()
}

/// Whether `v` is exactly a set or exactly a frozenset (no subclass: its iteration could
/// be Python code).
#[inline]
pub fn is_exact_anyset(v: Value) -> bool {
    v.is_ref() && {
        let t = v.obj().type_word() as u64;
        t == SET_TYPE.get().bits() || t == FROZENSET_TYPE.get().bits()
    }
}

/// Whether `v` is a frozenset (or subclass).
pub fn is_frozenset(v: Value) -> bool {
    v.is_ref() && is_subtype(type_of(v), FROZENSET_TYPE.get())
}

/// A new empty set of type `ty` (`set`, `frozenset` or a subclass).
pub fn new_set_of_type(cx: &mut Ctx, ty: Value) -> PyResult<Value> {
    let n = crate::objects::typeobj::type_data(ty)
        .layout
        .total_slots()
        .max(SET_SLOTS);
    let o = cx.alloc_fixed(ty, n)?;
    object::init_slot(o, USED, Value::int(0));
    object::init_slot(o, FILL, Value::int(0));
    object::init_slot(o, FINGER, Value::int(0));
    object::init_slot(o, VERSION, Value::int(0));
    let s = Value::from_obj(o);
    if n > SET_SLOTS {
        let l = crate::objects::typeobj::type_data(ty).layout;
        object::init_slot(
            o,
            l.base_slots as usize,
            crate::objects::typeobj::type_slot(ty, crate::objects::typeobj::tslot::ROOT_SHAPE),
        );
    }
    let h = cx.root(s);
    alloc_table(cx, s, MIN_SIZE)?;
    let s = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(s)
}

/// A new empty set.
pub fn new_set(cx: &mut Ctx) -> PyResult<Value> {
    new_set_of_type(cx, SET_TYPE.get())
}

fn alloc_table(cx: &mut Ctx, s: Value, size: usize) -> PyResult<()> {
    let h = cx.root(s);
    let keys = new_array(cx, size)?;
    let hk = cx.root(keys);
    let hashes = cx.alloc_varraw(types().array.get(), size * 8)?;
    let (s, keys) = (cx.get(h), cx.get(hk));
    cx.pop_handles(HandleMark::from_handle(h));
    let (old_keys, old_hashes) = (slot(s.obj(), KEYS), slot(s.obj(), HASHES));
    cx.set_slot(s.obj(), KEYS, keys);
    cx.set_slot(s.obj(), HASHES, Value::from_obj(hashes));
    // The set was the tables' only owner: the next pause frees them (a lookup that rooted
    // the old keys table across a comparison pins it until a major collection instead).
    for t in [old_keys, old_hashes] {
        if !t.is_null() {
            cx.m.retire(t.obj());
        }
    }
    Ok(())
}

/// Number of elements.
#[inline]
pub fn set_len(s: Value) -> usize {
    slot(s.obj(), USED).as_int() as usize
}

fn fill(s: Value) -> usize {
    slot(s.obj(), FILL).as_int() as usize
}

/// Records the counts after a change (under the lock), and bumps the version.
fn set_counts(s: Value, used: usize, fill: usize) {
    object::init_slot(s.obj(), USED, Value::int(used as i64));
    object::init_slot(s.obj(), FILL, Value::int(fill as i64));
    // Release: a lookup that reads the new version sees the change's slots.
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    let v = slot(s.obj(), VERSION).as_int().wrapping_add(1) & (i64::MAX >> 2);
    object::init_slot(s.obj(), VERSION, Value::int(v));
}

/// The set's version, read before an unlocked lookup.
fn version(s: Value) -> i64 {
    let v = slot(s.obj(), VERSION).as_int();
    std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
    v
}

fn mask(s: Value) -> usize {
    varvals_len(slot(s.obj(), KEYS).obj()) - 1
}

#[inline]
fn key_at(s: Value, i: usize) -> Value {
    varvals_get(slot(s.obj(), KEYS).obj(), i)
}

#[inline]
fn hash_at(s: Value, i: usize) -> i64 {
    let h = slot(s.obj(), HASHES).obj();
    if i < varraw_bytes(h).len() / 8 {
        raw_word(h, 1 + i) as i64
    } else {
        -1
    }
}

/// The keys and hashes arrays of one table (re-read while a resize elsewhere has
/// published one and not yet the other).
#[inline]
fn arrays(s: Value) -> (krait_gc::ObjectRef, krait_gc::ObjectRef) {
    loop {
        let (k, h) = (slot(s.obj(), KEYS).obj(), slot(s.obj(), HASHES).obj());
        if varvals_len(k) == varraw_bytes(h).len() / 8 {
            return (k, h);
        }
        std::hint::spin_loop();
    }
}

fn put(cx: &mut Ctx, s: Value, i: usize, key: Value, hash: i64) {
    let keys = slot(s.obj(), KEYS).obj();
    cx.set_item(keys, i, key);
    set_raw_word(slot(s.obj(), HASHES).obj(), 1 + i, hash as u64);
}

/// Key equality that never runs Python code, when decidable.
fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if a.is_int() && b.is_int() {
        return Some(false);
    }
    if crate::objects::str::is_str(a) && crate::objects::str::is_str(b) {
        return Some(crate::objects::str::str_eq(a, b));
    }
    None
}

enum Found {
    Active(usize),
    /// Not present; the slot where it would be inserted (a free slot or the first dummy),
    /// and whether that slot was never used.
    Absent(usize, bool),
}

/// Where a walk along a key's probe chain stopped.
enum Step {
    /// The lookup is decided.
    Done(Found),
    /// Slot `j` holds a key `k` of the same hash whose equality needs Python code.
    NeedsEq(usize, Value),
}

/// Walks `key`'s probe chain in `keys`/`hashes` from where `probe` and `freeslot` left
/// off, deciding every comparison that needs no Python code. The one probing loop of
/// [`lookup`] and [`lookup_fast`].
fn walk(
    keys: krait_gc::ObjectRef,
    hashes: krait_gc::ObjectRef,
    key: Value,
    hash: i64,
    probe: &mut Probe,
    freeslot: &mut Option<usize>,
) -> Step {
    loop {
        let j = probe.next_slot();
        let k = varvals_get(keys, j);
        if k.is_null() {
            return Step::Done(match *freeslot {
                Some(f) => Found::Absent(f, false),
                None => Found::Absent(j, true),
            });
        }
        if k == DUMMY.get() {
            if freeslot.is_none() {
                *freeslot = Some(j);
            }
        } else if raw_word(hashes, 1 + j) as i64 == hash {
            match fast_eq(k, key) {
                Some(true) => return Step::Done(Found::Active(j)),
                Some(false) => {}
                None => return Step::NeedsEq(j, k),
            }
        }
    }
}

/// Finds `key` in `s`. May run Python code (a key's `__eq__`); restarts if the table
/// changes meanwhile.
#[inline]
fn lookup(
    cx: &mut Ctx,
    mut s: Value,
    mut key: Value,
    hash: i64,
) -> PyResult<(Value, Value, Found)> {
    'restart: loop {
        // The tables, re-read after any Python code (which may move them).
        let (mut keys, mut hashes) = arrays(s);
        let mut probe = Probe::new(hash, varvals_len(keys) - 1);
        let mut freeslot: Option<usize> = None;
        loop {
            let (j, k) = match walk(keys, hashes, key, hash, &mut probe, &mut freeslot) {
                Step::Done(f) => return Ok((s, key, f)),
                Step::NeedsEq(j, k) => (j, k),
            };
            let keys_before = slot(s.obj(), KEYS);
            let mark = cx.handle_mark();
            let (hs, hk, hstart, hkeys) =
                (cx.root(s), cx.root(key), cx.root(k), cx.root(keys_before));
            let r = protocol::eq(cx, k, key);
            let (s2, k2, start2, keys2) = (cx.get(hs), cx.get(hk), cx.get(hstart), cx.get(hkeys));
            cx.pop_handles(mark);
            s = s2;
            key = k2;
            if r? {
                return Ok((s, key, Found::Active(j)));
            }
            if slot(s.obj(), KEYS) != keys2 || key_at(s, j) != start2 {
                continue 'restart;
            }
            (keys, hashes) = arrays(s);
            if varvals_len(keys) != probe.mask + 1 {
                continue 'restart;
            }
        }
    }
}

/// Inserts into a table known to have no dummies and not to contain `key`.
fn insert_clean(cx: &mut Ctx, s: Value, key: Value, hash: i64) {
    let mut probe = Probe::new(hash, mask(s));
    loop {
        let j = probe.next_slot();
        if key_at(s, j).is_null() {
            put(cx, s, j, key, hash);
            return;
        }
    }
}

/// Slot indices in CPython's probing order for a table of `mask + 1` slots: from
/// `hash & mask`, up to [`LINEAR_PROBES`] following slots when they fit, then a jump by the
/// perturbed hash, and so on (callers stop at an empty slot, which always exists).
struct Probe {
    /// Slot that starts the current linear run, and the next slot to yield.
    start: usize,
    next: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline]
    fn new(hash: i64, mask: usize) -> Probe {
        let start = hash as u64 as usize & mask;
        Probe {
            start,
            next: start,
            perturb: hash as u64,
            mask,
        }
    }

    #[inline]
    fn next_slot(&mut self) -> usize {
        let run_end = if self.start + LINEAR_PROBES <= self.mask {
            self.start + LINEAR_PROBES
        } else {
            self.start
        };
        if self.next > run_end {
            self.perturb >>= 5;
            self.start = (self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.next = self.start;
        }
        self.next += 1;
        self.next - 1
    }
}

/// Rebuilds the table with the smallest power-of-two size above `minused`. The caller
/// holds the lock (or owns a set no other thread can see).
fn resize(cx: &mut Ctx, s: Value, minused: usize) -> PyResult<Value> {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    let old_keys = slot(s.obj(), KEYS);
    let old_hashes = slot(s.obj(), HASHES);
    let mark = cx.handle_mark();
    let (hs, hk, hh) = (cx.root(s), cx.root(old_keys), cx.root(old_hashes));
    alloc_table(cx, s, size)?;
    let (s, old_keys, old_hashes) = (cx.get(hs), cx.get(hk), cx.get(hh));
    cx.pop_handles(mark);
    let n = varvals_len(old_keys.obj());
    for i in 0..n {
        let k = varvals_get(old_keys.obj(), i);
        if !k.is_null() && k != DUMMY.get() {
            let h = raw_word(old_hashes.obj(), 1 + i) as i64;
            insert_clean(cx, s, k, h);
        }
    }
    let used = set_len(s);
    set_counts(s, used, used);
    Ok(s)
}

/// Finds `key` without running Python code, or `None` if a comparison needs it. For
/// callers holding the lock.
fn lookup_fast(s: Value, key: Value, hash: i64) -> Option<Found> {
    let (keys, hashes) = arrays(s);
    let mut probe = Probe::new(hash, varvals_len(keys) - 1);
    match walk(keys, hashes, key, hash, &mut probe, &mut None) {
        Step::Done(f) => Some(f),
        Step::NeedsEq(..) => None,
    }
}

/// Runs `apply` under the lock on the result of looking `key` up: in one step when the
/// lookup needs no Python code, else after an unlocked lookup whose slot is re-validated
/// under the lock (see the module doc).
fn locked_lookup<R>(
    cx: &mut Ctx,
    s: Value,
    key: Value,
    hash: i64,
    mut apply: impl FnMut(&mut Ctx, Value, Value, Found) -> PyResult<R>,
) -> PyResult<R> {
    {
        let _g = ObjGuard::lock(s.obj());
        if let Some(f) = lookup_fast(s, key, hash) {
            return apply(cx, s, key, f);
        }
    }
    let mark = cx.handle_mark();
    let (hs, hk) = (cx.root(s), cx.root(key));
    let r = loop {
        let (s, key) = (cx.get(hs), cx.get(hk));
        let before = version(s);
        let (s, key, found) = match lookup(cx, s, key, hash) {
            Ok(x) => x,
            Err(e) => break Err(e),
        };
        let _g = ObjGuard::lock(s.obj());
        if version(s) == before {
            break apply(cx, s, key, found);
        }
    };
    cx.pop_handles(mark);
    r
}

/// Adds `key` with its hash. May run Python code.
pub fn add_hashed(cx: &mut Ctx, s: Value, key: Value, hash: i64) -> PyResult<()> {
    locked_lookup(cx, s, key, hash, |cx, s, key, found| match found {
        Found::Active(_) => Ok(()),
        Found::Absent(i, unused) => {
            put(cx, s, i, key, hash);
            let used = set_len(s) + 1;
            let fill = fill(s) + unused as usize;
            set_counts(s, used, fill);
            if unused && fill * 5 >= mask(s) * 3 {
                resize(cx, s, if used > 50_000 { used * 2 } else { used * 4 })?;
            }
            Ok(())
        }
    })
}

/// `s.add(key)`.
pub fn set_add(cx: &mut Ctx, s: Value, key: Value) -> PyResult<()> {
    if let Some(h) = simple_hash(key) {
        return add_hashed(cx, s, key, h);
    }
    let mark = cx.handle_mark();
    let (hs, hk) = (cx.root(s), cx.root(key));
    let h = protocol::hash(cx, key);
    let (s, key) = (cx.get(hs), cx.get(hk));
    cx.pop_handles(mark);
    add_hashed(cx, s, key, h?)
}

/// `key in s` (an unhashable set key is looked up as the equal frozenset).
pub fn set_contains(cx: &mut Ctx, s: Value, key: Value) -> PyResult<bool> {
    if let Some(h) = simple_hash(key) {
        if let Some(found) = contains_simple(s, key, h) {
            return Ok(found);
        }
        return contains_entry(cx, s, key, h);
    }
    crate::objects::set_methods::set_contains_key(cx, s, key)
}

/// Membership of a small-int or exact-str `key` (with `hash`) decided without Python code;
/// `None` if a stored key of the same hash needs its `__eq__` (the general lookup does it).
#[inline]
fn contains_simple(s: Value, key: Value, hash: i64) -> Option<bool> {
    let (keys, hashes) = arrays(s);
    let mut probe = Probe::new(hash, varvals_len(keys) - 1);
    loop {
        let j = probe.next_slot();
        let k = varvals_get(keys, j);
        if k.is_null() {
            return Some(false);
        }
        if k == key {
            return Some(true);
        }
        if raw_word(hashes, 1 + j) as i64 == hash && k != DUMMY.get() {
            match fast_eq(k, key) {
                Some(true) => return Some(true),
                Some(false) => {}
                None => return None,
            }
        }
    }
}

/// The hash of a key whose hashing runs no Python code and cannot fail (a small int or an
/// exact str), so no rooting is needed around it.
#[inline]
pub fn simple_hash(key: Value) -> Option<i64> {
    if key.is_int() {
        Some(protocol::int_hash(key.as_int()))
    } else if crate::objects::str::is_str(key) {
        Some(crate::objects::str::str_hash(key))
    } else {
        None
    }
}

/// Removes `key`; whether it was present.
pub fn set_discard(cx: &mut Ctx, s: Value, key: Value) -> PyResult<bool> {
    if let Some(h) = simple_hash(key) {
        return discard_entry(cx, s, key, h);
    }
    let mark = cx.handle_mark();
    let (hs, hk) = (cx.root(s), cx.root(key));
    let h = protocol::hash(cx, key);
    let (s, key) = (cx.get(hs), cx.get(hk));
    cx.pop_handles(mark);
    discard_entry(cx, s, key, h?)
}

/// Removes the element `key` with hash `hash`; whether it was present. May run Python code.
pub fn discard_entry(cx: &mut Ctx, s: Value, key: Value, hash: i64) -> PyResult<bool> {
    locked_lookup(cx, s, key, hash, |cx, s, _, f| match f {
        Found::Active(i) => {
            put(cx, s, i, DUMMY.get(), -1);
            let (used, fill) = (set_len(s) - 1, fill(s));
            set_counts(s, used, fill);
            Ok(true)
        }
        Found::Absent(..) => Ok(false),
    })
}

/// Whether the table holds deleted slots.
pub fn has_dummies(s: Value) -> bool {
    fill(s) > set_len(s)
}

/// Number of slots of the table.
pub fn table_size(s: Value) -> usize {
    mask(s) + 1
}

/// After many deletions (more than a quarter of the table dummies), rebuilds the table, as
/// CPython does at the end of `difference_update`.
pub fn compact_if_sparse(cx: &mut Ctx, s: Value) -> PyResult<()> {
    let _g = ObjGuard::lock(s.obj());
    if fill(s) - set_len(s) <= mask(s) / 4 {
        return Ok(());
    }
    let used = set_len(s);
    resize(cx, s, if used > 50_000 { used * 2 } else { used * 4 })?;
    Ok(())
}

/// Exchanges the tables of `a` and `b` (`a &= x` adopts the intersection's table); `b`
/// must be a set no other thread can see.
pub fn swap_bodies(cx: &mut Ctx, a: Value, b: Value) {
    let _g = ObjGuard::lock(a.obj());
    for i in [USED, FILL, KEYS, HASHES, FINGER] {
        let (x, y) = (slot(a.obj(), i), slot(b.obj(), i));
        cx.set_slot(a.obj(), i, y);
        cx.set_slot(b.obj(), i, x);
    }
    // A change of `a`'s table like any other: bump its version.
    set_counts(a, set_len(a), fill(a));
}

/// `s.pop()`: removes and returns an element, scanning from where the last pop stopped
/// (CPython's "finger"); `None` if empty.
pub fn set_pop(cx: &mut Ctx, s: Value) -> Option<Value> {
    let _g = ObjGuard::lock(s.obj());
    if set_len(s) == 0 {
        return None;
    }
    let m = mask(s);
    let mut i = slot(s.obj(), FINGER).as_int() as usize & m;
    loop {
        let k = key_at(s, i);
        if !k.is_null() && k != DUMMY.get() {
            put(cx, s, i, DUMMY.get(), -1);
            let (used, fill) = (set_len(s) - 1, fill(s));
            set_counts(s, used, fill);
            object::init_slot(s.obj(), FINGER, Value::int((i + 1) as i64));
            return Some(k);
        }
        i = if i >= m { 0 } else { i + 1 };
    }
}

/// Removes every element.
pub fn set_clear(cx: &mut Ctx, s: Value) -> PyResult<()> {
    // Allocation never collects: `s` stays valid.
    let _g = ObjGuard::lock(s.obj());
    alloc_table(cx, s, MIN_SIZE)?;
    set_counts(s, 0, 0);
    Ok(())
}

/// The next element at or after slot `pos`: `(next_pos, key, hash)`.
pub fn set_next(s: Value, pos: usize) -> Option<(usize, Value, i64)> {
    let (keys, hashes) = arrays(s);
    let n = varvals_len(keys);
    let mut i = pos;
    while i < n {
        let k = varvals_get(keys, i);
        if !k.is_null() && k != DUMMY.get() {
            return Some((i + 1, k, raw_word(hashes, 1 + i) as i64));
        }
        i += 1;
    }
    None
}

/// The elements in table order (raw values).
pub fn set_items(s: Value) -> Vec<Value> {
    // One consistent snapshot (as CPython's `list(s)`), not items of two tables.
    let _g = ObjGuard::lock(s.obj());
    let mut out = Vec::with_capacity(set_len(s));
    let mut pos = 0;
    while let Some((p, k, _)) = set_next(s, pos) {
        out.push(k);
        pos = p;
    }
    out
}

/// The elements with their hashes.
fn set_entries(s: Value) -> Vec<(Value, i64)> {
    let mut out = Vec::with_capacity(set_len(s));
    let mut pos = 0;
    while let Some((p, k, h)) = set_next(s, pos) {
        out.push((k, h));
        pos = p;
    }
    out
}

/// `s |= other` for a set `other`: CPython's `set_merge`.
pub fn merge(cx: &mut Ctx, s: Value, other: Value) -> PyResult<()> {
    let ou = set_len(other);
    if ou == 0 {
        return Ok(());
    }
    let mark = cx.handle_mark();
    let hs = cx.root(s);
    // Growing and the copies into an empty target run no Python code: one locked step.
    let g = ObjGuard::lock(s.obj());
    if (fill(s) + ou) * 5 >= mask(s) * 3 {
        let used = set_len(s);
        resize(cx, s, (used + ou) * 2)?;
    }
    if fill(s) == 0 && mask(s) == mask(other) && fill(other) == ou {
        // Empty target of the same size and no dummies: copy the layout exactly.
        for i in 0..=mask(other) {
            let k = key_at(other, i);
            if !k.is_null() {
                put(cx, s, i, k, hash_at(other, i));
            }
        }
        set_counts(s, ou, ou);
        cx.pop_handles(mark);
        return Ok(());
    }
    if fill(s) == 0 {
        // Empty target: insert clean, in the other table's order.
        let entries = set_entries(other);
        for (k, h) in entries {
            insert_clean(cx, s, k, h);
        }
        set_counts(s, ou, ou);
        cx.pop_handles(mark);
        return Ok(());
    }
    drop(g);
    let entries = set_entries(other);
    let handles: Vec<_> = entries.iter().map(|&(k, _)| cx.root(k)).collect();
    for (i, h) in handles.iter().enumerate() {
        let (k, s) = (cx.get(*h), cx.get(hs));
        add_hashed(cx, s, k, entries[i].1)?;
    }
    cx.pop_handles(mark);
    Ok(())
}

/// `s.update(iterable)`. May run Python code.
pub fn set_update(cx: &mut Ctx, s: Value, it: Value) -> PyResult<()> {
    if is_anyset(it) {
        return merge(cx, s, it);
    }
    let mark = cx.handle_mark();
    let hs = cx.root(s);
    if crate::objects::dict::is_exact_dict(it) {
        let n = crate::objects::dict::dict_len(it);
        {
            let _g = ObjGuard::lock(s.obj());
            if (fill(s) + n) * 5 >= mask(s) * 3 {
                let used = set_len(s);
                resize(cx, s, (used + n) * 2)?;
            }
        }
        let keys: Vec<Value> = crate::objects::dict::dict_items(it)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        let hk: Vec<_> = keys.iter().map(|&k| cx.root(k)).collect();
        for h in hk {
            let (k, s) = (cx.get(h), cx.get(hs));
            set_add(cx, s, k)?;
        }
        cx.pop_handles(mark);
        return Ok(());
    }
    let iter = crate::ops::iter::get_iter(cx, it)?;
    let hi = cx.root(iter);
    loop {
        let iter = cx.get(hi);
        match crate::ops::iter::next(cx, iter)? {
            Some(v) => {
                let s = cx.get(hs);
                set_add(cx, s, v)?;
            }
            None => break,
        }
    }
    cx.pop_handles(mark);
    Ok(())
}

/// A new set of type `ty` with the elements of `it` (`set(it)`, `frozenset(it)`).
pub fn set_from_iter(cx: &mut Ctx, ty: Value, it: Value) -> PyResult<Value> {
    let h = cx.root(it);
    let s = new_set_of_type(cx, ty)?;
    let hs = cx.root(s);
    let it = cx.get(h);
    if !it.is_null() {
        set_update(cx, s, it)?;
    }
    let s = cx.get(hs);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(s)
}

/// A copy with the same type family as `s` (`set` for sets, `frozenset` for frozensets).
pub fn set_copy(cx: &mut Ctx, s: Value, ty: Value) -> PyResult<Value> {
    set_from_iter(cx, ty, s)
}

/// `hash(frozenset)`: CPython's order-independent combination.
pub fn frozenset_hash(s: Value) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let keys = slot(s.obj(), KEYS).obj();
    let size = varvals_len(keys);
    let mut hash: u64 = 0;
    for i in 0..size {
        let k = varvals_get(keys, i);
        let h = if k.is_null() {
            0
        } else if k == DUMMY.get() {
            u64::MAX
        } else {
            hash_at(s, i) as u64
        };
        hash ^= shuffle(h);
    }
    let (used, fill) = (set_len(s), fill(s));
    if (size - fill) & 1 == 1 {
        hash ^= shuffle(0);
    }
    if (fill - used) & 1 == 1 {
        hash ^= shuffle(u64::MAX);
    }
    hash ^= (used as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

/// Adds the element at `(key, hash)` (both from another set) to `s`.
pub fn add_entry(cx: &mut Ctx, s: Value, key: Value, hash: i64) -> PyResult<()> {
    add_hashed(cx, s, key, hash)
}

/// Whether `key` (with `hash`) is in `s`.
pub fn contains_entry(cx: &mut Ctx, s: Value, key: Value, hash: i64) -> PyResult<bool> {
    let (_, _, f) = lookup(cx, s, key, hash)?;
    Ok(matches!(f, Found::Active(_)))
}

/// Elements with hashes (for the set algebra in `set_methods.rs`): one snapshot.
pub fn entries(s: Value) -> Vec<(Value, i64)> {
    let _g = ObjGuard::lock(s.obj());
    set_entries(s)
}
