//! `list`: a growable array of values.
//!
//! ```text
//! FIXED: [len: int][items: array of capacity >= len, or NULL][attribute storage of subclasses]
//! ```
//!
//! The items array is a separate heap object that is replaced (never resized in place) when
//! the list grows, so a reader holding the old array between safepoints sees a consistent,
//! if stale, snapshot. The list is the array's only owner: a replaced array is retired
//! (`Mutator::retire`), so the next pause frees it, and no code may keep an items array
//! past a safepoint except rooted in a handle (which keeps it from being freed). Methods
//! (`list_methods.rs`) use these primitives.
//!
//! **Threads.** Every change of the length or the items takes the list's object lock
//! (`ObjGuard`) and re-validates indices under it; reads take no lock. A reader may pair a
//! length with an older, shorter array, or find a slot another thread just cleared, so
//! reads never index past the array they loaded and never hand out a cleared (NULL) slot:
//! `list_get_checked` reports it as absent, `list_get` as `None`, which only a program
//! racing a mutation against a read can observe. Retiring waits for the next pause, so a
//! lock-free reader's old array stays valid until its next safepoint.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot, varvals_get, varvals_len, ObjGuard};
use crate::objects::tuple::{new_array, new_tuple};
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::types;
use crate::value::Value;

/// Slot of the length.
pub const LEN: usize = 0;
/// Slot of the items array.
pub const ITEMS: usize = 1;
/// FIXED slots of a plain list.
pub const LIST_SLOTS: usize = 2;

/// A new list with `items`.
pub fn new_list(cx: &mut Ctx, items: &[Value]) -> PyResult<Value> {
    let l = new_list_with_capacity(cx, items.len())?;
    let arr = slot(l.obj(), ITEMS);
    if !arr.is_null() {
        for (i, &v) in items.iter().enumerate() {
            object::varvals_init(arr.obj(), i, v);
        }
    }
    object::init_slot(l.obj(), LEN, Value::int(items.len() as i64));
    Ok(l)
}

/// A new list of `items` repeated `k` times (`[x] * k`), built in place: no temporary
/// copy, which for a big list would be a malloc'd buffer faulted in page by page.
pub fn new_list_repeated(cx: &mut Ctx, items: &[Value], k: usize) -> PyResult<Value> {
    let n = items.len() * k;
    // Allocation never reaches a safepoint: `items` stay valid.
    let l = new_list_with_capacity(cx, n)?;
    if n > 0 {
        let arr = slot(l.obj(), ITEMS).obj();
        for (i, &v) in items.iter().cycle().take(n).enumerate() {
            object::varvals_init(arr, i, v);
        }
    }
    object::init_slot(l.obj(), LEN, Value::int(n as i64));
    Ok(l)
}

/// An empty list with room for `cap` items.
pub fn new_list_with_capacity(cx: &mut Ctx, cap: usize) -> PyResult<Value> {
    let o = cx.alloc_fixed(types().list.get(), LIST_SLOTS)?;
    object::init_slot(o, LEN, Value::int(0));
    let l = Value::from_obj(o);
    if cap > 0 {
        let h = cx.root(l);
        let arr = new_array(cx, cap)?;
        let l = cx.get(h);
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        object::init_slot(l.obj(), ITEMS, arr);
        return Ok(l);
    }
    Ok(l)
}

/// A new list of the `n` items of `l` at `start`, `start + step`, ... (all in range).
pub fn list_slice(cx: &mut Ctx, l: Value, start: i64, step: i64, n: usize) -> PyResult<Value> {
    // Allocation never reaches a safepoint: `l` stays valid.
    let out = new_list_with_capacity(cx, n)?;
    if n > 0 {
        // Under the lock, one consistent snapshot; another thread may have shortened the
        // list since the caller read its length, so indices past the end now are dropped.
        let _g = ObjGuard::lock(l.obj());
        let len = list_len(l);
        let src = slot(l.obj(), ITEMS);
        let dst = slot(out.obj(), ITEMS).obj();
        let mut m = 0;
        if step == 1 {
            m = n.min(len.saturating_sub(start as usize));
            for k in 0..m {
                object::varvals_init(dst, k, varvals_get(src.obj(), start as usize + k));
            }
        } else {
            for k in 0..n {
                let i = (start + step * k as i64) as usize;
                if i < len {
                    object::varvals_init(dst, m, varvals_get(src.obj(), i));
                    m += 1;
                }
            }
        }
        object::init_slot(out.obj(), LEN, Value::int(m as i64));
    }
    Ok(out)
}

/// Whether `v` is exactly a list.
#[inline(always)]
pub fn is_list(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == types().list.get().bits()
}

/// Whether `v` is a list or an instance of a list subclass.
#[inline]
pub fn is_list_like(v: Value) -> bool {
    is_list(v) || (v.is_ref() && is_subtype(type_of(v), types().list.get()))
}

/// Number of items.
#[inline(always)]
pub fn list_len(l: Value) -> usize {
    slot(l.obj(), LEN).as_int() as usize
}

/// Item `i`, if the list has one there now (see the module doc on threads).
#[inline(always)]
pub fn list_get_checked(l: Value, i: usize) -> Option<Value> {
    let arr = slot(l.obj(), ITEMS);
    if arr.is_null() || i >= varvals_len(arr.obj()) {
        return None;
    }
    let v = varvals_get(arr.obj(), i);
    (!v.is_null()).then_some(v)
}

/// Item `i` (the caller checked `i < list_len(l)`); `None` if another thread removed it
/// meanwhile.
#[inline(always)]
pub fn list_get(l: Value, i: usize) -> Value {
    list_get_checked(l, i).unwrap_or_else(crate::runtime::none)
}

/// Sets item `i` if it exists (under the lock); false if `i` is out of range now.
#[inline]
pub fn list_set(cx: &mut Ctx, l: Value, i: usize, v: Value) -> bool {
    let _g = ObjGuard::lock(l.obj());
    if i >= list_len(l) {
        return false;
    }
    let arr = slot(l.obj(), ITEMS).obj();
    cx.set_item(arr, i, v);
    true
}

/// Stores `item(k)` at index `start + step * k` for every `k < n`, as one change under the
/// lock; false, and nothing stored, if an index is out of range now. `item` runs under the
/// lock, so it may only read (another list's items lock-free, a tuple's).
pub fn list_set_many(
    cx: &mut Ctx,
    l: Value,
    start: i64,
    step: i64,
    n: usize,
    item: impl Fn(usize) -> Value,
) -> bool {
    if n == 0 {
        return true;
    }
    let _g = ObjGuard::lock(l.obj());
    let last = start + step * (n as i64 - 1);
    let len = list_len(l) as i64;
    if start.min(last) < 0 || start.max(last) >= len {
        return false;
    }
    let arr = slot(l.obj(), ITEMS).obj();
    for k in 0..n {
        object::varvals_init(arr, (start + step * k as i64) as usize, item(k));
    }
    // One barrier for all the stores: no safepoint comes between them.
    cx.m.write_barrier(arr);
    true
}

/// Calls `f` with a consistent snapshot of the items, copied under the lock (into a buffer
/// on the stack when there are few) and used after it is released.
pub fn with_items<R>(l: Value, f: impl FnOnce(&[Value]) -> R) -> R {
    const SMALL: usize = 16;
    let mut small = [Value::NULL; SMALL];
    let n = {
        let _g = ObjGuard::lock(l.obj());
        let n = list_len(l);
        let arr = slot(l.obj(), ITEMS);
        if n <= SMALL && !arr.is_null() && n <= varvals_len(arr.obj()) {
            for (i, x) in small[..n].iter_mut().enumerate() {
                *x = varvals_get(arr.obj(), i);
            }
            Some(n)
        } else {
            None
        }
    };
    match n {
        Some(n) => f(&small[..n]),
        None => f(&list_items(l)),
    }
}

/// The items, copied out (raw values): one consistent snapshot, taken under the lock.
pub fn list_items(l: Value) -> Vec<Value> {
    let _g = ObjGuard::lock(l.obj());
    let n = list_len(l);
    if n == 0 {
        return Vec::new();
    }
    let arr = slot(l.obj(), ITEMS);
    if arr.is_null() {
        return Vec::new();
    }
    let arr = arr.obj();
    let n = n.min(varvals_len(arr));
    (0..n)
        .map(|i| varvals_get(arr, i))
        .filter(|v| !v.is_null())
        .collect()
}

fn capacity(l: Value) -> usize {
    let arr = slot(l.obj(), ITEMS);
    if arr.is_null() {
        0
    } else {
        varvals_len(arr.obj())
    }
}

/// Makes room for at least `need` items (reallocating the array; allocates, never runs
/// Python code).
pub fn reserve(cx: &mut Ctx, l: Value, need: usize) -> PyResult<()> {
    let _g = ObjGuard::lock(l.obj());
    reserve_locked(cx, l, need)
}

/// `reserve` for a caller holding the list's lock.
fn reserve_locked(cx: &mut Ctx, l: Value, need: usize) -> PyResult<()> {
    let cap = capacity(l);
    if need <= cap {
        return Ok(());
    }
    // CPython-like growth: about 1.125x plus a constant, at least `need`.
    let new_cap = (need + (need >> 3) + if need < 9 { 3 } else { 6 }).max(4);
    let h = cx.root(l);
    let arr = new_array(cx, new_cap)?;
    let l = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    let n = list_len(l);
    let old = slot(l.obj(), ITEMS);
    for i in 0..n {
        object::varvals_init(arr.obj(), i, varvals_get(old.obj(), i));
    }
    cx.set_slot(l.obj(), ITEMS, arr);
    if !old.is_null() {
        cx.m.retire(old.obj());
    }
    Ok(())
}

/// `l.append(v)`.
#[inline]
pub fn list_append(cx: &mut Ctx, l: Value, v: Value) -> PyResult<()> {
    // No safepoint until the guard drops (growing allocates, which never collects), so
    // `l` and `v` stay valid.
    let _g = ObjGuard::lock(l.obj());
    append_exclusive(cx, l, v)
}

/// Appends to a list no other thread can reach: one that is being built on this thread's
/// value stack (a display or comprehension: `LIST_APPEND`), so it needs no lock.
pub fn list_append_unshared(cx: &mut Ctx, l: Value, v: Value) -> PyResult<()> {
    append_exclusive(cx, l, v)
}

/// The append itself, for a caller that holds the lock or the only reference.
#[inline(always)]
fn append_exclusive(cx: &mut Ctx, l: Value, v: Value) -> PyResult<()> {
    let n = list_len(l);
    if n >= capacity(l) {
        reserve_locked(cx, l, n + 1)?;
    }
    let arr = slot(l.obj(), ITEMS).obj();
    cx.set_item(arr, n, v);
    object::init_slot(l.obj(), LEN, Value::int(n as i64 + 1));
    Ok(())
}

/// Sets the length (after removing items, the tail is cleared so it keeps nothing alive).
pub fn set_len(cx: &mut Ctx, l: Value, n: usize) {
    let _g = ObjGuard::lock(l.obj());
    set_len_locked(cx, l, n)
}

fn set_len_locked(cx: &mut Ctx, l: Value, n: usize) {
    let old = list_len(l);
    if n < old {
        let arr = slot(l.obj(), ITEMS).obj();
        for i in n..old {
            object::varvals_init(arr, i, Value::NULL);
        }
    }
    let _ = cx;
    object::init_slot(l.obj(), LEN, Value::int(n as i64));
}

/// `l.extend(iterable)`. May run Python code (iteration).
pub fn list_extend(cx: &mut Ctx, l: Value, it: Value) -> PyResult<()> {
    let set_like = crate::objects::set::is_exact_anyset(it);
    if is_list(it) || crate::objects::tuple::is_tuple(it) || set_like {
        // One snapshot of the source, taken under its lock (as CPython's `list(x)` of a
        // built-in container: another thread's change is wholly in or wholly out).
        let items = if is_list(it) {
            list_items(it)
        } else if set_like {
            crate::objects::set::set_items(it)
        } else {
            crate::objects::tuple::tuple_items(it)
        };
        if items.is_empty() {
            return Ok(());
        }
        // Allocation never reaches a safepoint: the raw items stay valid.
        let _g = ObjGuard::lock(l.obj());
        let n = list_len(l);
        reserve_locked(cx, l, n + items.len())?;
        let arr = slot(l.obj(), ITEMS).obj();
        for (k, &v) in items.iter().enumerate() {
            object::varvals_init(arr, n + k, v);
        }
        cx.m.write_barrier(arr);
        object::init_slot(l.obj(), LEN, Value::int((n + items.len()) as i64));
        return Ok(());
    }
    if crate::objects::range::is_range(it) {
        // A range knows its length: refuse what could never be built (as CPython does
        // through the length hint) instead of appending until memory runs out.
        let len = crate::objects::range::range_parts(it).3;
        match crate::objects::int::to_i64(len) {
            None => {
                return Err(crate::objects::exceptions::overflow_error(
                    cx,
                    "Python int too large to convert to C ssize_t",
                ))
            }
            Some(n) if n as u64 > crate::runtime::alloc_limit() as u64 => {
                return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(n as usize)));
            }
            Some(_) => {}
        }
    }
    let mark = cx.handle_mark();
    let hl = cx.root(l);
    let iter = crate::ops::iter::get_iter(cx, it)?;
    let hi = cx.root(iter);
    // A built-in iterator that knows how many items it has left (CPython's length hint)
    // gets one array of that size, not a chain of ever larger ones; an empty list gets it
    // exactly, as `list(iterable)` does in CPython.
    if let Some(hint) = crate::ops::iter::builtin_length_hint(cx.get(hi)) {
        let l = cx.get(hl);
        let n = list_len(l);
        if n == 0 && capacity(l) < hint {
            let arr = new_array(cx, hint)?;
            let l = cx.get(hl);
            cx.set_slot(l.obj(), ITEMS, arr);
        } else {
            reserve(cx, l, n + hint)?;
        }
    }
    let mut count = 0u32;
    loop {
        // The items produced are rooted through the list: poll now and then, so that a
        // long native iteration (a dict's items, a set) does not grow the nursery without
        // bound between safepoints.
        count = count.wrapping_add(1);
        if count.is_multiple_of(POLL_EVERY) {
            cx.poll();
        }
        let iter = cx.get(hi);
        match crate::ops::iter::next(cx, iter)? {
            Some(v) => {
                let l = cx.get(hl);
                list_append(cx, l, v)?;
            }
            None => break,
        }
    }
    cx.pop_handles(mark);
    Ok(())
}

/// Items appended between safepoint polls by loops that build lists natively.
const POLL_EVERY: u32 = 1024;

/// A tuple with the list's items.
pub fn list_to_tuple(cx: &mut Ctx, l: Value) -> PyResult<Value> {
    let items = list_items(l);
    new_tuple(cx, &items)
}

/// A list of the items produced by iterating `it`. May run Python code.
pub fn list_from_iter(cx: &mut Ctx, it: Value) -> PyResult<Value> {
    let h = cx.root(it);
    let l = new_list(cx, &[])?;
    let hl = cx.root(l);
    let it = cx.get(h);
    list_extend(cx, l, it)?;
    let l = cx.get(hl);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    Ok(l)
}

/// Inserts `v` at `i` (clamped to the length, like `list.insert`).
pub fn list_insert(cx: &mut Ctx, l: Value, i: usize, v: Value) -> PyResult<()> {
    let _g = ObjGuard::lock(l.obj());
    let n = list_len(l);
    reserve_locked(cx, l, n + 1)?;
    let i = i.min(n);
    let arr = slot(l.obj(), ITEMS).obj();
    let mut k = n;
    while k > i {
        object::varvals_init(arr, k, varvals_get(arr, k - 1));
        k -= 1;
    }
    object::varvals_init(arr, i, v);
    cx.m.write_barrier(arr);
    object::init_slot(l.obj(), LEN, Value::int(n as i64 + 1));
    Ok(())
}

/// Removes and returns item `i` (negative counts from the end, as in `list.pop`), or
/// `None` if the list has no such item now.
pub fn list_pop_at(cx: &mut Ctx, l: Value, i: i64) -> Option<Value> {
    let _g = ObjGuard::lock(l.obj());
    let n = list_len(l);
    let i = crate::objects::slice::norm_index(i, n)?;
    Some(remove_locked(cx, l, i))
}

/// Removes and returns item `i < len`; the caller holds the lock.
fn remove_locked(cx: &mut Ctx, l: Value, i: usize) -> Value {
    let n = list_len(l);
    let arr = slot(l.obj(), ITEMS).obj();
    let v = varvals_get(arr, i);
    for k in i..n - 1 {
        object::varvals_init(arr, k, varvals_get(arr, k + 1));
    }
    set_len_locked(cx, l, n - 1);
    v
}

/// Removes item `i` if it is still `item` (by identity); whether it did.
pub fn list_remove_if_at(cx: &mut Ctx, l: Value, i: usize, item: Value) -> bool {
    let _g = ObjGuard::lock(l.obj());
    if i >= list_len(l) || varvals_get(slot(l.obj(), ITEMS).obj(), i) != item {
        return false;
    }
    remove_locked(cx, l, i);
    true
}

/// Removes and returns item `i`, or `None` if the list has no such item now.
pub fn list_remove_at(cx: &mut Ctx, l: Value, i: usize) -> Option<Value> {
    list_pop_at(cx, l, i.min(i64::MAX as usize) as i64)
}

/// Reverses the items in place (`list.reverse`).
pub fn list_reverse(l: Value) {
    let _g = ObjGuard::lock(l.obj());
    let n = list_len(l);
    if n < 2 {
        return;
    }
    let arr = slot(l.obj(), ITEMS).obj();
    let (mut i, mut j) = (0, n - 1);
    while i < j {
        let (a, b) = (varvals_get(arr, i), varvals_get(arr, j));
        object::varvals_init(arr, i, b);
        object::varvals_init(arr, j, a);
        i += 1;
        j -= 1;
    }
}

/// Replaces the contents with `f(items)` as one change under the lock, if the list still
/// has `len` items; `Ok(false)`, and nothing changed, if not (the caller recomputes what
/// depended on the length and tries again). So a change computed from the old contents
/// (slice assignment and deletion, `*=`) never drops another thread's concurrent append.
/// `f` runs under the lock: it may only compute.
pub fn list_rebuild(
    cx: &mut Ctx,
    l: Value,
    len: usize,
    f: impl FnOnce(&[Value]) -> Vec<Value>,
) -> PyResult<bool> {
    let _g = ObjGuard::lock(l.obj());
    if list_len(l) != len {
        return Ok(false);
    }
    let old = slot(l.obj(), ITEMS);
    let items: Vec<Value> = if old.is_null() {
        Vec::new()
    } else {
        (0..len).map(|i| varvals_get(old.obj(), i)).collect()
    };
    let out = f(&items);
    // Allocation never reaches a safepoint: `l` and the raw items stay valid.
    let arr = items_array(cx, &out)?;
    install_locked(cx, l, arr, out.len());
    Ok(true)
}

/// Replaces the contents with `items` (used by sort and slice assignment).
pub fn list_replace_all(cx: &mut Ctx, l: Value, items: &[Value]) -> PyResult<()> {
    // Allocation never reaches a safepoint: `l` and the raw items stay valid.
    let arr = items_array(cx, items)?;
    let _g = ObjGuard::lock(l.obj());
    install_locked(cx, l, arr, items.len());
    Ok(())
}

/// A new items array holding `items` (at least one slot).
fn items_array(cx: &mut Ctx, items: &[Value]) -> PyResult<Value> {
    let arr = new_array(cx, items.len().max(1))?;
    for (k, &v) in items.iter().enumerate() {
        object::varvals_init(arr.obj(), k, v);
    }
    Ok(arr)
}

/// Makes `arr` (holding `len` items) the list's array, under the lock the caller holds;
/// the old array is retired, since lock-free readers may still hold it.
fn install_locked(cx: &mut Ctx, l: Value, arr: Value, len: usize) {
    let old = slot(l.obj(), ITEMS);
    cx.set_slot(l.obj(), ITEMS, arr);
    object::init_slot(l.obj(), LEN, Value::int(len as i64));
    if !old.is_null() {
        cx.m.retire(old.obj());
    }
}
