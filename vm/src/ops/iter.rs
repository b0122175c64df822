//! Iteration: `iter()`, `next()`, and the built-in iterator types.
//!
//! ```text
//! list/tuple/bytes/seq iterator  FIXED: [seq][index: int]
//! str iterator                   FIXED: [str][byte offset: int]
//! range iterator                 FIXED: [next: int][remaining: int][step: int]
//!                                (small ints; `longrange_iterator` has the same slots, big)
//! dict iterators                 FIXED: [dict][position: int][size at start: int][left: int]
//! set iterator                   FIXED: [set][position: int][size at start: int]
//! callable iterator              FIXED: [callable][sentinel]
//! ```
//!
//! `next_fast` handles these types in Rust; other iterators go through `__next__`, with
//! StopIteration turned into "exhausted".

use crate::ctx::{Ctx, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::object::{self, slot};
use crate::objects::dict::{self, dict_len, is_exact_dict};
use crate::objects::exceptions::{self, exc_matches};
use crate::objects::generator::{self, is_generator};
use crate::objects::list::{is_list, list_get_checked, list_len};
use crate::objects::range::{is_range, range_parts};
use crate::objects::set::{is_anyset, set_len, set_next};
use crate::objects::str::{as_str, is_str};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::runtime::{none, Global};
use crate::value::Value;

/// `list_iterator`.
pub static LIST_ITER: Global = Global::new();
/// `list_reverseiterator`.
pub static LIST_REVITER: Global = Global::new();
/// `tuple_iterator`.
pub static TUPLE_ITER: Global = Global::new();
/// `str_ascii_iterator` / `str_iterator`.
pub static STR_ITER: Global = Global::new();
/// `range_iterator`.
pub static RANGE_ITER: Global = Global::new();
/// `longrange_iterator` (bounds beyond small ints).
pub static LONGRANGE_ITER: Global = Global::new();
/// `dict_keyiterator`.
pub static DICT_KEYITER: Global = Global::new();
/// `dict_valueiterator`.
pub static DICT_VALUEITER: Global = Global::new();
/// `dict_itemiterator`.
pub static DICT_ITEMITER: Global = Global::new();
/// `set_iterator`.
pub static SET_ITER: Global = Global::new();
/// `iterator` (the `__getitem__` sequence protocol).
pub static SEQ_ITER: Global = Global::new();
/// `callable_iterator`.
pub static CALLABLE_ITER: Global = Global::new();
/// `bytes_iterator`.
pub static BYTES_ITER: Global = Global::new();

fn new_iter(cx: &mut Ctx, ty: Value, a: Value, b: Value, c: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hs = [cx.root(a), cx.root(b), cx.root(c)];
    let o = cx.alloc_fixed(ty, 3)?;
    for (i, h) in hs.iter().enumerate() {
        let v = cx.get(*h);
        object::init_slot(o, i, v);
    }
    cx.pop_handles(mark);
    Ok(Value::from_obj(o))
}

/// A dict iterator of type `ty` over `d`.
pub fn dict_iter(cx: &mut Ctx, ty: Value, d: Value) -> PyResult<Value> {
    let n = Value::int(dict_len(d) as i64);
    let h = cx.root(d);
    let o = cx.alloc_fixed(ty, 4)?;
    let d = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    object::init_slot(o, 0, d);
    object::init_slot(o, 1, Value::int(0));
    object::init_slot(o, 2, n);
    object::init_slot(o, 3, n);
    Ok(Value::from_obj(o))
}

/// An iterator over a set or frozenset (or subclass instance).
pub fn set_iter(cx: &mut Ctx, s: Value) -> PyResult<Value> {
    let n = Value::int(set_len(s) as i64);
    new_iter(cx, SET_ITER.get(), s, Value::int(0), n)
}

/// A reverse list iterator.
pub fn list_reverse_iter(cx: &mut Ctx, l: Value) -> PyResult<Value> {
    new_iter(
        cx,
        LIST_REVITER.get(),
        l,
        Value::int(list_len(l) as i64 - 1),
        none(),
    )
}

/// A callable iterator `iter(f, sentinel)`.
pub fn callable_iter(cx: &mut Ctx, f: Value, sentinel: Value) -> PyResult<Value> {
    new_iter(cx, CALLABLE_ITER.get(), f, sentinel, none())
}

/// `iter(v)`.
pub fn get_iter(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    let ty = type_of(v);
    let t = crate::runtime::types();
    if ty == t.list.get() {
        return new_iter(cx, LIST_ITER.get(), v, Value::int(0), none());
    }
    if ty == t.tuple.get() {
        return new_iter(cx, TUPLE_ITER.get(), v, Value::int(0), none());
    }
    if ty == t.str.get() {
        return new_iter(cx, STR_ITER.get(), v, Value::int(0), none());
    }
    if is_range(v) {
        return range_iter(cx, v);
    }
    if ty == t.dict.get() {
        return dict_iter(cx, DICT_KEYITER.get(), v);
    }
    if (ty == crate::objects::set::SET_TYPE.get()
        || ty == crate::objects::set::FROZENSET_TYPE.get())
        && is_anyset(v)
    {
        return set_iter(cx, v);
    }
    if is_generator(v) {
        return Ok(v);
    }
    let m = type_lookup(cx, ty, names::ITER.get());
    if !m.is_null() {
        let it = call(cx, m, &[v])?;
        if !is_iterator(cx, it) {
            let msg = format!(
                "iter() returned non-iterator of type '{}'",
                type_name(type_of(it))
            );
            return Err(exceptions::type_error(cx, &msg));
        }
        return Ok(it);
    }
    if m.is_null() && !type_lookup(cx, ty, names::GETITEM.get()).is_null() {
        return new_iter(cx, SEQ_ITER.get(), v, Value::int(0), none());
    }
    let msg = format!("'{}' object is not iterable", type_name(ty));
    Err(exceptions::type_error(cx, &msg))
}

/// An iterator over a range.
pub fn range_iter(cx: &mut Ctx, r: Value) -> PyResult<Value> {
    let (start, _, step, len) = range_parts(r);
    range_iter_parts(cx, start, len, step)
}

/// An iterator yielding `count` ints from `start` by `step`.
pub fn range_iter_parts(cx: &mut Ctx, start: Value, count: Value, step: Value) -> PyResult<Value> {
    let small = start.is_int() && step.is_int() && count.is_int() && {
        let last = start.as_int() as i128 + step.as_int() as i128 * count.as_int() as i128;
        i64::try_from(last).is_ok_and(|l| Value::try_int(l).is_some())
    };
    let ty = if small {
        RANGE_ITER.get()
    } else {
        LONGRANGE_ITER.get()
    };
    new_iter(cx, ty, start, count, step)
}

/// An iterator over a list or list subclass.
pub fn list_iter(cx: &mut Ctx, l: Value) -> PyResult<Value> {
    new_iter(cx, LIST_ITER.get(), l, Value::int(0), none())
}

/// Whether `iter(v)` would succeed (without calling anything).
pub fn is_iterable(cx: &mut Ctx, v: Value) -> bool {
    if v.is_int() {
        return false;
    }
    let ty = type_of(v);
    let t = crate::runtime::types();
    if ty == t.list.get()
        || ty == t.tuple.get()
        || ty == t.str.get()
        || ty == t.dict.get()
        || is_generator(v)
    {
        return true;
    }
    !type_lookup(cx, ty, names::ITER.get()).is_null()
        || !type_lookup(cx, ty, names::GETITEM.get()).is_null()
}

/// Whether `v` has `__next__`.
pub fn is_iterator(cx: &mut Ctx, v: Value) -> bool {
    is_generator(v) || !type_lookup(cx, type_of(v), names::NEXT.get()).is_null()
}

/// `iter()` for `yield from`: generators pass through.
pub fn get_yield_from_iter(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_generator(v) {
        return Ok(v);
    }
    get_iter(cx, v)
}

#[inline]
fn set_index(it: Value, i: i64) {
    object::init_slot(it.obj(), 1, Value::int(i));
}

/// `next(it)`: `None` when exhausted. Built-in iterators are handled without calls.
#[inline]
pub fn next_fast(cx: &mut Ctx, it: Value) -> PyResult<Option<Value>> {
    let ty = Value::from_bits(it.obj().type_word() as u64);
    if ty == LIST_ITER.get() {
        let o = it.obj();
        let seq = slot(o, 0);
        let i = slot(o, 1).as_int();
        // Checked: another thread may have shortened the list since `list_len`.
        if let Some(v) = (i >= 0 && (i as usize) < list_len(seq))
            .then(|| list_get_checked(seq, i as usize))
            .flatten()
        {
            set_index(it, i + 1);
            return Ok(Some(v));
        }
        set_index(it, -1);
        return Ok(None);
    }
    if ty == RANGE_ITER.get() {
        let o = it.obj();
        let remaining = slot(o, 1).as_int();
        if remaining <= 0 {
            return Ok(None);
        }
        let cur = slot(o, 0).as_int();
        let step = slot(o, 2).as_int();
        object::init_slot(o, 1, Value::int(remaining - 1));
        if remaining > 1 {
            // The next value may overflow the small range only past the end.
            if let Some(n) = Value::try_int(cur.wrapping_add(step)) {
                object::init_slot(o, 0, n);
            }
        }
        return Ok(Some(Value::int(cur)));
    }
    if ty == TUPLE_ITER.get() {
        let o = it.obj();
        let seq = slot(o, 0);
        let i = slot(o, 1).as_int();
        if i >= 0 && (i as usize) < tuple_len(seq) {
            set_index(it, i + 1);
            return Ok(Some(tuple_get(seq, i as usize)));
        }
        set_index(it, -1);
        return Ok(None);
    }
    next(cx, it)
}

/// `next(it)`: `None` when exhausted (StopIteration swallowed).
pub fn next(cx: &mut Ctx, it: Value) -> PyResult<Option<Value>> {
    let ty = type_of(it);
    if ty == LIST_ITER.get() || ty == RANGE_ITER.get() || ty == TUPLE_ITER.get() {
        return next_fast(cx, it);
    }
    if ty == LONGRANGE_ITER.get() {
        let o = it.obj();
        let remaining = slot(o, 1);
        if crate::objects::int::sign(remaining) <= 0 {
            return Ok(None);
        }
        let mark = cx.handle_mark();
        let hit = cx.root(it);
        let left = crate::objects::int::sub(cx, remaining, Value::int(1))?;
        let o = cx.get(hit).obj();
        cx.set_slot(o, 1, left);
        let (cur, step) = (slot(o, 0), slot(o, 2));
        let nxt = crate::objects::int::add(cx, cur, step)?;
        let o = cx.get(hit).obj();
        let cur = slot(o, 0);
        cx.set_slot(o, 0, nxt);
        cx.pop_handles(mark);
        return Ok(Some(cur));
    }
    if ty == STR_ITER.get() {
        let o = it.obj();
        let s = slot(o, 0);
        let off = slot(o, 1).as_int();
        let text = as_str(s);
        if off < 0 || off as usize >= text.len() {
            set_index(it, i64::MAX >> 2);
            return Ok(None);
        }
        let ch = text[off as usize..].chars().next().expect("char");
        set_index(it, off + ch.len_utf8() as i64);
        return crate::objects::str::char_str(cx, ch).map(Some);
    }
    if ty == DICT_KEYITER.get() || ty == DICT_VALUEITER.get() || ty == DICT_ITEMITER.get() {
        return dict_iter_next(cx, it, ty);
    }
    if ty == SET_ITER.get() {
        let o = it.obj();
        let s = slot(o, 0);
        if set_len(s) as i64 != slot(o, 2).as_int() {
            object::init_slot(o, 2, Value::int(-1));
            return Err(exceptions::raise_msg(
                cx,
                exceptions::RUNTIME_ERROR.get(),
                "Set changed size during iteration",
            ));
        }
        let pos = slot(o, 1).as_int();
        if pos < 0 {
            return Ok(None);
        }
        return Ok(match set_next(s, pos as usize) {
            Some((p, k, _)) => {
                set_index(it, p as i64);
                Some(k)
            }
            None => {
                set_index(it, -1);
                None
            }
        });
    }
    if ty == LIST_REVITER.get() {
        let o = it.obj();
        let seq = slot(o, 0);
        let i = slot(o, 1).as_int();
        if let Some(v) = (i >= 0 && (i as usize) < list_len(seq))
            .then(|| list_get_checked(seq, i as usize))
            .flatten()
        {
            set_index(it, i - 1);
            return Ok(Some(v));
        }
        set_index(it, -1);
        return Ok(None);
    }
    if ty == BYTES_ITER.get() {
        let o = it.obj();
        let data = crate::objects::bytes::bytes_data(slot(o, 0));
        let i = slot(o, 1).as_int();
        if i >= 0 && (i as usize) < data.len() {
            set_index(it, i + 1);
            return Ok(Some(Value::int(data[i as usize] as i64)));
        }
        set_index(it, -1);
        return Ok(None);
    }
    if is_generator(it) {
        return generator::gen_next(cx, it);
    }
    if ty == SEQ_ITER.get() {
        let o = it.obj();
        let seq = slot(o, 0);
        let i = slot(o, 1).as_int();
        if i < 0 {
            return Ok(None);
        }
        let h = cx.root(it);
        let r = crate::ops::subscript::getitem(cx, seq, Value::int(i));
        let it = cx.get(h);
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        return match r {
            Ok(v) => {
                set_index(it, i + 1);
                Ok(Some(v))
            }
            Err(e) => {
                let x = cx.exception();
                if exc_matches(x, exceptions::INDEX_ERROR.get())
                    || exc_matches(x, exceptions::STOP_ITERATION.get())
                {
                    cx.take_exception();
                    set_index(it, -1);
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        };
    }
    if ty == CALLABLE_ITER.get() {
        let o = it.obj();
        let f = slot(o, 0);
        if f.is_null() {
            return Ok(None);
        }
        let h = cx.root(it);
        let r = call(cx, f, &[]);
        let it = cx.get(h);
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        let v = match r {
            Ok(v) => v,
            Err(e) => {
                let x = cx.exception();
                if exc_matches(x, exceptions::STOP_ITERATION.get()) {
                    cx.take_exception();
                    object::init_slot(it.obj(), 0, Value::NULL);
                    return Ok(None);
                }
                return Err(e);
            }
        };
        let sentinel = slot(it.obj(), 1);
        let mark = cx.handle_mark();
        let (hit, hv) = (cx.root(it), cx.root(v));
        let done = crate::ops::compare::eq(cx, v, sentinel);
        let (it, v) = (cx.get(hit), cx.get(hv));
        cx.pop_handles(mark);
        if done? {
            object::init_slot(it.obj(), 0, Value::NULL);
            return Ok(None);
        }
        return Ok(Some(v));
    }
    if crate::builtins::iterators::is_exact_builtin(ty) {
        return crate::builtins::iterators::next_builtin(cx, it, ty);
    }
    // A user-defined iterator.
    let m = type_lookup(cx, ty, names::NEXT.get());
    if m.is_null() {
        let msg = format!("'{}' object is not an iterator", type_name(ty));
        return Err(exceptions::type_error(cx, &msg));
    }
    match call(cx, m, &[it]) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            let x = cx.exception();
            if !x.is_null() && exc_matches(x, exceptions::STOP_ITERATION.get()) {
                cx.take_exception();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// `next(it)` raising StopIteration when exhausted (the builtin `next` and `__next__`).
pub fn next_raw(cx: &mut Ctx, it: Value) -> PyResult<Value> {
    if is_generator(it) {
        return generator::gen_send(cx, it, none());
    }
    match next(cx, it)? {
        Some(v) => Ok(v),
        None => Err(exceptions::stop_iteration(cx, Value::NULL)),
    }
}

fn dict_iter_next(cx: &mut Ctx, it: Value, ty: Value) -> PyResult<Option<Value>> {
    let o = it.obj();
    let d = slot(o, 0);
    let pos = slot(o, 1).as_int();
    if pos < 0 {
        return Ok(None);
    }
    if dict_len(d) as i64 != slot(o, 2).as_int() {
        set_index(it, -1);
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "dictionary changed size during iteration",
        ));
    }
    debug_assert!(is_exact_dict(d) || crate::objects::dict::is_dict_like(d));
    match dict::dict_next(d, pos as usize) {
        Some((p, k, v)) => {
            let left = slot(o, 3).as_int();
            if left <= 0 {
                set_index(it, -1);
                return Err(exceptions::raise_msg(
                    cx,
                    exceptions::RUNTIME_ERROR.get(),
                    "dictionary keys changed during iteration",
                ));
            }
            object::init_slot(o, 3, Value::int(left - 1));
            set_index(it, p as i64);
            if ty == DICT_KEYITER.get() {
                Ok(Some(k))
            } else if ty == DICT_VALUEITER.get() {
                Ok(Some(v))
            } else {
                new_tuple(cx, &[k, v]).map(Some)
            }
        }
        None => {
            set_index(it, -1);
            Ok(None)
        }
    }
}

/// Collects an iterable into a vector of rooted values is impossible (raw values would go
/// stale); this helper builds a list instead.
pub fn to_list(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_list(v) {
        let n = crate::objects::list::list_len(v);
        return crate::objects::list::list_slice(cx, v, 0, 1, n);
    }
    crate::objects::list::list_from_iter(cx, v)
}

/// The items of a tuple or list directly, or of any iterable through a temporary list.
/// Returns a list or tuple value (rooting is the caller's business).
pub fn to_seq(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_tuple(v) || is_list(v) {
        return Ok(v);
    }
    crate::objects::list::list_from_iter(cx, v)
}

/// Whether `v` is a str (helper for callers that special-case strings).
pub fn is_text(v: Value) -> bool {
    is_str(v)
}

/// The number of items a built-in iterator has left (for `operator.length_hint` and
/// `__length_hint__`), if `it` is one whose remaining length is known.
pub fn builtin_length_hint(it: Value) -> Option<usize> {
    if !it.is_ref() {
        return None;
    }
    let ty = type_of(it);
    let o = it.obj();
    if ty == LIST_ITER.get() || ty == TUPLE_ITER.get() {
        let seq = slot(o, 0);
        let i = slot(o, 1).as_int();
        let n = if ty == LIST_ITER.get() {
            list_len(seq)
        } else {
            tuple_len(seq)
        };
        return Some(if i < 0 {
            0
        } else {
            n.saturating_sub(i as usize)
        });
    }
    if ty == LIST_REVITER.get() {
        let seq = slot(o, 0);
        let i = slot(o, 1).as_int();
        return Some(if i < 0 || i as usize >= list_len(seq) {
            0
        } else {
            i as usize + 1
        });
    }
    if ty == RANGE_ITER.get() || ty == LONGRANGE_ITER.get() {
        let left = slot(o, 1);
        return crate::objects::int::to_i64(left).map(|n| n.max(0) as usize);
    }
    if ty == DICT_KEYITER.get() || ty == DICT_VALUEITER.get() || ty == DICT_ITEMITER.get() {
        if slot(o, 1).as_int() < 0 {
            return Some(0);
        }
        return Some(slot(o, 3).as_int().max(0) as usize);
    }
    if ty == SET_ITER.get() {
        if slot(o, 1).as_int() < 0 {
            return Some(0);
        }
        // Items not yet produced: the set's size minus those already seen.
        let s = slot(o, 0);
        let pos = slot(o, 1).as_int() as usize;
        let mut seen = 0;
        let mut p = 0;
        while let Some((np, _, _)) = set_next(s, p) {
            if np > pos {
                break;
            }
            seen += 1;
            p = np;
        }
        return Some(set_len(s).saturating_sub(seen));
    }
    None
}
