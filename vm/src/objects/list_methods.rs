//! Methods of `list` and `tuple`.
//!
//! The interpreter handles `l[i]`, `len(l)`, `x in l`, `l + m` and comparisons of exact
//! lists and tuples in Rust (`ops/`); these descriptors serve explicit calls
//! (`list.__getitem__(l, i)`), subclasses, and the methods proper.

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::native_table;
use crate::object::ObjGuard;
use crate::object::{self, slot};
use crate::objects::argcheck;
use crate::objects::exceptions::{index_error, type_error, value_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::{self, from_i64};
use crate::objects::list::{self, is_list_like, list_get, list_items, list_len, new_list};
use crate::objects::slice::{self, is_slice};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::compare::{compare, eq};
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::value::Value;

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

/// Clamps a Python index argument (int or `__index__`) to `[0, len]` like slice bounds.
fn clamp_index(cx: &mut Ctx, v: Value, len: usize) -> PyResult<usize> {
    let i = crate::ops::number::index(cx, v)?;
    let i = int::to_i64(i).unwrap_or(if int::sign(i) < 0 {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    });
    let l = len as i64;
    Ok(if i < 0 { (i + l).max(0) } else { i.min(l) } as usize)
}

/// Optional `start`, `stop` arguments at `first`, `first + 1` (for `index`).
fn bounds(cx: &mut Ctx, a: &Args<'_>, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let s = if a.get(first).is_null() {
        0
    } else {
        clamp_index(cx, a.get(first), len)?
    };
    let e = if a.get(first + 1).is_null() {
        len
    } else {
        clamp_index(cx, a.get(first + 1), len)?
    };
    Ok((s, e))
}

// --- list ----------------------------------------------------------------------------------

fn l_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if cls == types().list.get() {
        return new_list(cx, &[]);
    }
    let inst = crate::objects::instance::new_instance(cx, cls)?;
    object::init_slot(inst.obj(), list::LEN, Value::int(0));
    Ok(inst)
}

fn l_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 && type_of(a.get(0)) == types().list.get() {
        return Err(type_error(cx, "list() takes no keyword arguments"));
    }
    argcheck::range(cx, &a, "list", "list", 0, 1)?;
    let l = a.get(0);
    list::set_len(cx, l, 0);
    if a.len() > 1 {
        list::list_extend(cx, l, a.get(1))?;
    }
    Ok(none())
}

fn l_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__len__", 0)?;
    Ok(Value::int(list_len(a.get(0)) as i64))
}

fn l_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "list.__getitem__")?;
    let (l, key) = (a.get(0), a.get(1));
    if is_slice(key) {
        let (start, _, step, n) = slice::indices(cx, key, list_len(l))?;
        let out: Vec<Value> = (0..n)
            .map(|k| list_get(l, (start + step * k as i64) as usize))
            .collect();
        return new_list(cx, &out);
    }
    let i = index_arg(cx, key, "list")?;
    match slice::norm_index(i, list_len(l)).and_then(|i| list::list_get_checked(l, i)) {
        Some(v) => Ok(v),
        None => Err(index_error(cx, "list index out of range")),
    }
}

fn index_arg(cx: &mut Ctx, key: Value, what: &str) -> PyResult<i64> {
    if key.is_int() {
        return Ok(key.as_int());
    }
    if int::int_value(key).is_none()
        && crate::ops::attr::type_lookup(cx, type_of(key), crate::names::INDEX.get()).is_null()
    {
        let msg = format!(
            "{what} indices must be integers or slices, not {}",
            type_name(type_of(key))
        );
        return Err(type_error(cx, &msg));
    }
    crate::ops::number::index_i64(cx, key)
}

fn l_setitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__setitem__", 2)?;
    list_setitem(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}

/// `l[key] = v` for a list or list subclass (index or slice).
pub fn list_setitem(cx: &mut Ctx, l: Value, key: Value, v: Value) -> PyResult<()> {
    if is_slice(key) {
        return assign_slice(cx, l, key, v);
    }
    let i = index_arg(cx, key, "list")?;
    match slice::norm_index(i, list_len(l)) {
        Some(i) if list::list_set(cx, l, i, v) => Ok(()),
        _ => Err(index_error(cx, "list assignment index out of range")),
    }
}

fn assign_slice(cx: &mut Ctx, l: Value, key: Value, v: Value) -> PyResult<()> {
    // Fast path: plain indices and a list or tuple of the slice's size, assigned in place
    // (no Python code runs; `l[:] = l` writes each item onto itself).
    if let Some((start, _, step, n)) = slice::small_indices(key, list_len(l)) {
        let src_len = if list::is_list(v) {
            Some(list_len(v))
        } else if is_tuple(v) {
            Some(crate::objects::tuple::tuple_len(v))
        } else {
            None
        };
        if src_len == Some(n) && (step == 1 || v != l) {
            let done = if list::is_list(v) {
                // A snapshot of the source first: another thread may change it meanwhile.
                list::with_items(v, |items| {
                    items.len() == n && list::list_set_many(cx, l, start, step, n, |k| items[k])
                })
            } else {
                let get = crate::objects::tuple::tuple_get;
                list::list_set_many(cx, l, start, step, n, |k| get(v, k))
            };
            if done {
                return Ok(());
            }
        }
    }
    let mark = cx.handle_mark();
    let (hl, hv) = (cx.root(l), cx.root(v));
    let ints = slice::SliceInts::of(cx, key)?;
    let (_, _, step, _) = ints.over(list_len(cx.get(hl)));
    // The source is materialized first: `l[:] = l` and generators reading `l` see the
    // old contents.
    let v = cx.get(hv);
    let src = if is_list_like(v) || is_tuple(v) {
        if is_tuple(v) {
            tuple_items(v)
        } else {
            list_items(v)
        }
    } else {
        let msg = if step == 1 {
            "can only assign an iterable"
        } else {
            "must assign iterable to extended slice"
        };
        let it = crate::ops::iter::get_iter(cx, v).map_err(|e| {
            if crate::ops::attr::isinstance_of(
                cx.exception(),
                crate::objects::exceptions::TYPE_ERROR.get(),
            ) {
                cx.take_exception();
                type_error(cx, msg)
            } else {
                e
            }
        })?;
        let seq = list::list_from_iter(cx, it)?;
        list_items(seq)
    };
    // Raw values from here: nothing below runs Python code or reaches a safepoint.
    let l = cx.get(hl);
    cx.pop_handles(mark);
    loop {
        let len = list_len(l);
        let (start, _, step, n) = ints.over(len);
        if step == 1 {
            let s = start as usize;
            let splice = |items: &[Value]| {
                let mut out = Vec::with_capacity(items.len() - n + src.len());
                out.extend_from_slice(&items[..s]);
                out.extend_from_slice(&src);
                out.extend_from_slice(&items[s + n..]);
                out
            };
            if list::list_rebuild(cx, l, len, splice)? {
                return Ok(());
            }
            continue;
        }
        if src.len() != n {
            let msg = format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                src.len()
            );
            return Err(value_error(cx, &msg));
        }
        // All or nothing: if another thread shrank the list meanwhile, the indices
        // computed above may no longer exist.
        if list::list_set_many(cx, l, start, step, n, |k| src[k]) {
            return Ok(());
        }
    }
}

fn l_delitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__delitem__", 1)?;
    list_delitem(cx, a.get(0), a.get(1))?;
    Ok(none())
}

/// `del l[key]` for a list or list subclass.
pub fn list_delitem(cx: &mut Ctx, l: Value, key: Value) -> PyResult<()> {
    if is_slice(key) {
        let h = cx.root(l);
        let ints = slice::SliceInts::of(cx, key);
        let l = cx.get(h);
        cx.pop_handles(HandleMark::from_handle(h));
        let ints = ints?;
        loop {
            let len = list_len(l);
            let (start, _, step, n) = ints.over(len);
            if n == 0 {
                return Ok(());
            }
            let delete = |items: &[Value]| {
                let mut remove = vec![false; items.len()];
                for k in 0..n {
                    remove[(start + step * k as i64) as usize] = true;
                }
                items
                    .iter()
                    .zip(remove)
                    .filter(|(_, r)| !r)
                    .map(|(v, _)| *v)
                    .collect()
            };
            if list::list_rebuild(cx, l, len, delete)? {
                return Ok(());
            }
        }
    }
    let i = index_arg(cx, key, "list")?;
    match list::list_pop_at(cx, l, i) {
        Some(_) => Ok(()),
        None => Err(index_error(cx, "list assignment index out of range")),
    }
}

fn l_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__contains__", 1)?;
    let h = cx.root(a.get(0));
    let x = a.get(1);
    let hx = cx.root(x);
    let mut i = 0;
    let mut found = false;
    loop {
        let l = cx.get(h);
        if i >= list_len(l) {
            break;
        }
        let (item, x) = (list_get(l, i), cx.get(hx));
        if eq(cx, item, x)? {
            found = true;
            break;
        }
        i += 1;
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(py_bool(found))
}

fn l_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__iter__", 0)?;
    crate::ops::iter::list_iter(cx, a.get(0))
}

fn l_reversed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "list.__reversed__")?;
    crate::ops::iter::list_reverse_iter(cx, a.get(0))
}

fn l_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__add__", 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_list_like(y) {
        let msg = format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(type_of(y))
        );
        return Err(type_error(cx, &msg));
    }
    let mut items = list_items(x);
    items.extend(list_items(y));
    new_list(cx, &items)
}

fn l_iadd(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__iadd__", 1)?;
    let l = a.get(0);
    let h = cx.root(l);
    list::list_extend(cx, l, a.get(1))?;
    let l = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(l)
}

fn repeat_count(cx: &mut Ctx, n: Value, what: &str) -> PyResult<Option<usize>> {
    if int::int_value(n).is_none()
        && crate::ops::attr::type_lookup(cx, type_of(n), crate::names::INDEX.get()).is_null()
    {
        let _ = what;
        return Ok(None);
    }
    let k = crate::ops::number::index(cx, n)?;
    match int::to_i64(k) {
        Some(k) => Ok(Some(k.max(0) as usize)),
        None if int::sign(k) < 0 => Ok(Some(0)),
        None => {
            let msg = format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(type_of(n))
            );
            Err(crate::objects::exceptions::overflow_error(cx, &msg))
        }
    }
}

/// `items * k` as a vector, or MemoryError if the result cannot be allocated.
pub fn repeat_items(cx: &mut Ctx, items: &[Value], k: usize) -> PyResult<Vec<Value>> {
    let total = items
        .len()
        .checked_mul(k)
        .filter(|&t| t <= (isize::MAX as usize) / 16);
    let Some(total) = total else {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    };
    let mut out = Vec::with_capacity(total);
    for _ in 0..k {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn l_mul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__mul__", 1)?;
    let Some(k) = repeat_count(cx, a.get(1), "list")? else {
        return Ok(not_implemented());
    };
    let items = list_items(a.get(0));
    let out = repeat_items(cx, &items, k)?;
    new_list(cx, &out)
}

fn l_imul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__imul__", 1)?;
    let Some(k) = repeat_count(cx, a.get(1), "list")? else {
        return Ok(not_implemented());
    };
    let l = a.get(0);
    list_repeat_in_place(cx, l, k)?;
    Ok(l)
}

/// `l *= k` (`k` already converted), as one change: a concurrent append is never lost.
pub fn list_repeat_in_place(cx: &mut Ctx, l: Value, k: usize) -> PyResult<()> {
    loop {
        let len = list_len(l);
        crate::ops::seq::check_size(cx, len, k)?;
        if list::list_rebuild(cx, l, len, |items| items.repeat(k))? {
            return Ok(());
        }
    }
}

fn seq_cmp(
    cx: &mut Ctx,
    a: Args<'_>,
    op: CmpOp,
    is_kind: fn(Value) -> bool,
    items: fn(Value) -> Vec<Value>,
) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, op.dunder(), 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_kind(y) {
        return Ok(not_implemented());
    }
    let (xs, ys) = (items(x), items(y));
    let (lx, ly) = (xs.len(), ys.len());
    if lx != ly && (op == CmpOp::Eq || op == CmpOp::Ne) {
        return Ok(py_bool(op == CmpOp::Ne));
    }
    let x2 = new_tuple(cx, &xs)?;
    let hx = cx.root(x2);
    let y2 = new_tuple(cx, &ys)?;
    let x2 = cx.get(hx);
    cx.pop_handles(HandleMark::from_handle(hx));
    compare(cx, x2, y2, op)
}

fn tuple_like(v: Value) -> bool {
    tuple_value(v).is_some()
}

fn tuple_items_of(v: Value) -> Vec<Value> {
    tuple_items(tuple_value(v).expect("checked tuple"))
}

macro_rules! cmp_methods {
    ($($f:ident => $op:ident, $is:path, $items:path;)*) => {
        $(fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
            seq_cmp(cx, a, CmpOp::$op, $is, $items)
        })*
    };
}

cmp_methods! {
    l_eq => Eq, is_list_like, list_items; l_ne => Ne, is_list_like, list_items;
    l_lt => Lt, is_list_like, list_items; l_le => Le, is_list_like, list_items;
    l_gt => Gt, is_list_like, list_items; l_ge => Ge, is_list_like, list_items;
    t_eq => Eq, tuple_like, tuple_items_of; t_ne => Ne, tuple_like, tuple_items_of;
    t_lt => Lt, tuple_like, tuple_items_of; t_le => Le, tuple_like, tuple_items_of;
    t_gt => Gt, tuple_like, tuple_items_of; t_ge => Ge, tuple_like, tuple_items_of;
}

fn builtin_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let v = a.get(0);
    let s = crate::ops::repr::builtin_repr(cx, v, type_of(v))?;
    crate::objects::str::new_str(cx, &s)
}

fn l_append(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "list.append")?;
    list::list_append(cx, a.get(0), a.get(1))?;
    Ok(none())
}

fn l_extend(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "list.extend")?;
    let (l, it) = (a.get(0), a.get(1));
    if !is_list_like(it) && !is_tuple(it) && !crate::ops::iter::is_iterable(cx, it) {
        let msg = format!("'{}' object is not iterable", type_name(type_of(it)));
        return Err(type_error(cx, &msg));
    }
    list::list_extend(cx, l, it)?;
    Ok(none())
}

fn l_insert(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "list.insert", "insert", 2, 2)?;
    let l = a.get(0);
    let i = crate::ops::number::index_i64(cx, a.get(1))?;
    let n = list_len(l) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    list::list_insert(cx, l, at, a.get(2))?;
    Ok(none())
}

fn l_pop(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "list.pop", "pop", 0, 1)?;
    let l = a.get(0);
    let n = list_len(l);
    let i = if a.len() > 1 {
        crate::ops::number::index_i64(cx, a.get(1))?
    } else {
        -1
    };
    match list::list_pop_at(cx, l, i) {
        Some(v) => Ok(v),
        None if list_len(l) == 0 && n == 0 => Err(index_error(cx, "pop from empty list")),
        None => Err(index_error(cx, "pop index out of range")),
    }
}

/// Index of the first item equal to `x` in `[from, to)`, re-reading the list after each
/// comparison (which may run Python code).
/// Also returns the item that compared equal (valid until the next safepoint).
fn find(
    cx: &mut Ctx,
    l: Value,
    x: Value,
    from: usize,
    to: usize,
) -> PyResult<Option<(usize, Value)>> {
    let mark = cx.handle_mark();
    let (hl, hx) = (cx.root(l), cx.root(x));
    let mut i = from;
    let r = loop {
        let l = cx.get(hl);
        if i >= to.min(list_len(l)) {
            break None;
        }
        let (item, x) = (list_get(l, i), cx.get(hx));
        let hi = cx.root(item);
        if eq(cx, item, x)? {
            break Some((i, cx.get(hi)));
        }
        i += 1;
    };
    cx.pop_handles(mark);
    Ok(r)
}

fn l_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "list.index", "index", 1, 3)?;
    let l = a.get(0);
    let (s, e) = bounds(cx, &a, 2, list_len(l))?;
    match find(cx, l, a.get(1), s, e)?.map(|(i, _)| i) {
        Some(i) => Ok(Value::int(i as i64)),
        None => {
            let r = crate::ops::repr::repr_string(cx, a.get(1))?;
            Err(value_error(cx, &format!("{r} is not in list")))
        }
    }
}

fn l_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "list.count")?;
    let mark = cx.handle_mark();
    let (hl, hx) = (cx.root(a.get(0)), cx.root(a.get(1)));
    let (mut i, mut c) = (0, 0);
    loop {
        let l = cx.get(hl);
        if i >= list_len(l) {
            break;
        }
        let (item, x) = (list_get(l, i), cx.get(hx));
        if eq(cx, item, x)? {
            c += 1;
        }
        i += 1;
    }
    cx.pop_handles(mark);
    Ok(Value::int(c))
}

fn l_remove(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "list.remove")?;
    loop {
        let l = a.get(0);
        match find(cx, l, a.get(1), 0, usize::MAX)? {
            // Removed only if the matching item is still there: another thread may have
            // changed the list since the comparison (then the search starts over).
            Some((i, item)) => {
                if list::list_remove_if_at(cx, a.get(0), i, item) {
                    return Ok(none());
                }
            }
            None => return Err(value_error(cx, "list.remove(x): x not in list")),
        }
    }
}

fn l_clear(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "list.clear")?;
    list::list_replace_all(cx, a.get(0), &[])?;
    Ok(none())
}

fn l_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "list.copy")?;
    let items = list_items(a.get(0));
    new_list(cx, &items)
}

fn l_reverse(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "list.reverse")?;
    let l = a.get(0);
    list::list_reverse(l);
    Ok(none())
}

/// Reads the `key=` and `reverse=` keyword arguments of `sort`/`sorted`.
pub fn sort_options(cx: &mut Ctx, a: &Args<'_>, fname: &str) -> PyResult<(Value, bool)> {
    let mut key = Value::NULL;
    let mut reverse = false;
    for i in 0..a.nkw() {
        let (name, v) = a.kw_at(i);
        match crate::objects::str::as_str(name) {
            "key" => key = if v == none() { Value::NULL } else { v },
            "reverse" => {
                // An int, as CPython's `bool(accept={int})` converter wants.
                let i = crate::ops::number::index(cx, v)?;
                reverse = crate::objects::int::sign(i) != 0;
            }
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for {fname}()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    Ok((key, reverse))
}

/// Sorts the list `l` in place (`l.sort(key=key, reverse=reverse)`).
///
/// As in CPython, the list's items array is detached while the keys are computed and the
/// items sorted, so the list appears empty meanwhile; when the sort ends the array is put
/// back (sorted, or after an error as it is then) and whatever was done to the list
/// meanwhile is discarded, with a `ValueError` if it was changed.
pub fn list_sort(cx: &mut Ctx, l: Value, key: Value, reverse: bool) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hl = cx.root(l);
    let hkey = cx.root(key);
    // The items are detached under the lock (the list reads as empty meanwhile, as in
    // CPython) and sorted unlocked, since key functions and comparisons run Python code.
    let (n, items) = {
        let _g = ObjGuard::lock(l.obj());
        let n = list_len(l);
        let items = slot(l.obj(), list::ITEMS);
        object::init_slot(l.obj(), list::ITEMS, Value::NULL);
        object::init_slot(l.obj(), list::LEN, Value::int(0));
        (n, items)
    };
    let hv = cx.root(items);
    let mut keys = None;
    let result = (|| -> PyResult<()> {
        if !cx.get(hkey).is_null() {
            let karr = crate::objects::tuple::new_array(cx, n)?;
            let hk = cx.root(karr);
            keys = Some(hk);
            for i in 0..n {
                let f = cx.get(hkey);
                let item = object::varvals_get(cx.get(hv).obj(), i);
                let k = call(cx, f, &[item])?;
                let karr = cx.get(hk);
                cx.set_item(karr.obj(), i, k);
            }
        }
        crate::objects::sort::sort_in_place(cx, n, hv, keys, reverse)
    })();
    let l = cx.get(hl);
    let items = cx.get(hv);
    let guard = ObjGuard::lock(l.obj());
    let modified = list_len(l) != 0;
    let meanwhile = slot(l.obj(), list::ITEMS);
    cx.set_slot(l.obj(), list::ITEMS, items);
    object::init_slot(l.obj(), list::LEN, Value::int(n as i64));
    drop(guard);
    let karr = keys.map_or(Value::NULL, |h| cx.get(h));
    cx.pop_handles(mark);
    // The keys array and any array the list got meanwhile had no other owner.
    for a in [karr, meanwhile] {
        if !a.is_null() {
            cx.m.retire(a.obj());
        }
    }
    match result {
        Ok(()) if modified => Err(value_error(cx, "list modified during sort")),
        r => r,
    }
}

fn l_sort(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(type_error(cx, "sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(cx, &a, "sort")?;
    list_sort(cx, a.get(0), key, reverse)?;
    Ok(none())
}

fn l_sizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "list.__sizeof__")?;
    let arr = slot(a.get(0).obj(), list::ITEMS);
    let cap = if arr.is_null() {
        0
    } else {
        crate::objects::tuple::array_len(arr)
    };
    Ok(Value::int(40 + 8 * cap as i64))
}

fn class_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "__class_getitem__")?;
    crate::objects::generic_alias::new_alias(cx, a.get(0), a.get(1))
}

/// Methods of `list`.
pub static LIST_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => l_new,
    Method "__init__" => l_init,
    Method "__len__" => l_len,
    Method "__getitem__" => l_getitem,
    Method "__setitem__" => l_setitem,
    Method "__delitem__" => l_delitem,
    Method "__contains__" => l_contains,
    Method "__iter__" => l_iter,
    Method "__reversed__" => l_reversed,
    Method "__add__" => l_add,
    Method "__iadd__" => l_iadd,
    Method "__mul__" => l_mul, Method "__rmul__" => l_mul,
    Method "__imul__" => l_imul,
    Method "__eq__" => l_eq, Method "__ne__" => l_ne,
    Method "__lt__" => l_lt, Method "__le__" => l_le,
    Method "__gt__" => l_gt, Method "__ge__" => l_ge,
    Method "__repr__" => builtin_repr,
    Method "__sizeof__" => l_sizeof,
    Method "append" => l_append,
    Method "extend" => l_extend,
    Method "insert" => l_insert,
    Method "pop" => l_pop,
    Method "remove" => l_remove,
    Method "index" => l_index,
    Method "count" => l_count,
    Method "clear" => l_clear,
    Method "copy" => l_copy,
    Method "reverse" => l_reverse,
    Method "sort" => l_sort,
    ClassMethod "__class_getitem__" => class_getitem,
];

// --- tuple ---------------------------------------------------------------------------------

/// The tuple inside `v` (a tuple or an instance of a tuple subclass).
pub fn tuple_value(v: Value) -> Option<Value> {
    crate::objects::wrapped::unwrap(v, types().tuple.get())
}

fn t_self(v: Value) -> Value {
    tuple_value(v).expect("tuple method on a tuple")
}

fn t_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if a.nkw() > 0 && cls == types().tuple.get() {
        return Err(type_error(cx, "tuple() takes no keyword arguments"));
    }
    argcheck::range(cx, &a, "tuple", "tuple", 0, 1)?;
    let t = if a.len() > 1 {
        let src = a.get(1);
        if is_tuple(src) {
            src
        } else {
            // A list is copied once (not first into a temporary list).
            let l = crate::ops::iter::to_seq(cx, src)?;
            list::list_to_tuple(cx, l)?
        }
    } else {
        SINGLETONS.empty_tuple.get()
    };
    if cls == types().tuple.get() {
        return Ok(t);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, t)
}

fn t_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__len__", 0)?;
    Ok(Value::int(
        crate::objects::tuple::tuple_len(t_self(a.get(0))) as i64,
    ))
}

fn t_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__getitem__", 1)?;
    let t = t_self(a.get(0));
    crate::ops::subscript::getitem(cx, t, a.get(1))
}

fn t_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__contains__", 1)?;
    let t = t_self(a.get(0));
    crate::ops::compare::contains(cx, t, a.get(1)).map(py_bool)
}

fn t_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__iter__", 0)?;
    let t = t_self(a.get(0));
    crate::ops::iter::get_iter(cx, t)
}

fn t_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__add__", 1)?;
    let (x, y) = (a.get(0), a.get(1));
    let Some(yt) = tuple_value(y) else {
        let msg = format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(type_of(y))
        );
        return Err(type_error(cx, &msg));
    };
    let mut items = tuple_items(t_self(x));
    items.extend(tuple_items(yt));
    new_tuple(cx, &items)
}

fn t_mul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__mul__", 1)?;
    let Some(k) = repeat_count(cx, a.get(1), "tuple")? else {
        return Ok(not_implemented());
    };
    let t = t_self(a.get(0));
    if k == 1 && is_tuple(a.get(0)) {
        return Ok(t);
    }
    let items = tuple_items(t);
    let out = repeat_items(cx, &items, k)?;
    new_tuple(cx, &out)
}

fn t_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__hash__", 0)?;
    let h = crate::protocol::hash(cx, t_self(a.get(0)))?;
    from_i64(cx, h)
}

fn t_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "tuple.index", "index", 1, 3)?;
    let t = t_self(a.get(0));
    let l = new_list(cx, &tuple_items(t))?;
    let (s, e) = bounds(cx, &a, 2, list_len(l))?;
    match find(cx, l, a.get(1), s, e)?.map(|(i, _)| i) {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error(cx, "tuple.index(x): x not in tuple")),
    }
}

fn t_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "tuple.count")?;
    let t = t_self(a.get(0));
    let mark = cx.handle_mark();
    let (ht, hx) = (cx.root(t), cx.root(a.get(1)));
    let n = crate::objects::tuple::tuple_len(t);
    let mut c = 0;
    for i in 0..n {
        let (item, x) = (crate::objects::tuple::tuple_get(cx.get(ht), i), cx.get(hx));
        if eq(cx, item, x)? {
            c += 1;
        }
    }
    cx.pop_handles(mark);
    Ok(Value::int(c))
}

fn t_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "tuple.__getnewargs__")?;
    let t = t_self(a.get(0));
    let items = tuple_items(t);
    let inner = new_tuple(cx, &items)?;
    new_tuple(cx, &[inner])
}

/// Methods of `tuple`.
pub static TUPLE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => t_new,
    Method "__len__" => t_len,
    Method "__getitem__" => t_getitem,
    Method "__contains__" => t_contains,
    Method "__iter__" => t_iter,
    Method "__add__" => t_add,
    Method "__mul__" => t_mul, Method "__rmul__" => t_mul,
    Method "__eq__" => t_eq, Method "__ne__" => t_ne,
    Method "__lt__" => t_lt, Method "__le__" => t_le,
    Method "__gt__" => t_gt, Method "__ge__" => t_ge,
    Method "__hash__" => t_hash,
    Method "__repr__" => builtin_repr,
    Method "__getnewargs__" => t_getnewargs,
    Method "index" => t_index,
    Method "count" => t_count,
    ClassMethod "__class_getitem__" => class_getitem,
];
