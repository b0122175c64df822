//! Methods of `list`, `tuple`, `range` and `slice`.
//!
//! The interpreter handles `l[i]`, `len(l)`, `x in l`, `l + m` and comparisons of exact
//! lists and tuples in Rust (`ops/`); these descriptors serve explicit calls
//! (`list.__getitem__(l, i)`), subclasses, and the methods proper.

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::object::{self, slot};
use crate::objects::argcheck;
use crate::objects::exceptions::{index_error, type_error, value_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::{self, from_i64};
use crate::objects::list::{self, is_list_like, list_get, list_items, list_len, new_list};
use crate::objects::range::{self, is_range, range_parts};
use crate::objects::slice::{self, is_slice, slice_parts};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::compare::{compare, eq};
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

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

fn l_len(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
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
    match slice::norm_index(i, list_len(l)) {
        Some(i) => Ok(list_get(l, i)),
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
        Some(i) => {
            list::list_set(cx, l, i, v);
            Ok(())
        }
        None => Err(index_error(cx, "list assignment index out of range")),
    }
}

fn assign_slice(cx: &mut Ctx, l: Value, key: Value, v: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hl, hk) = (cx.root(l), cx.root(key));
    // The source is materialized first: `l[:] = l` and generators reading `l` see the
    // old contents.
    let src = if is_list_like(v) || is_tuple(v) {
        if is_tuple(v) {
            tuple_items(v)
        } else {
            list_items(v)
        }
    } else {
        let seq = crate::ops::iter::to_list(cx, v).map_err(|e| {
            if crate::ops::attr::isinstance_of(
                cx.exception(),
                crate::objects::exceptions::TYPE_ERROR.get(),
            ) {
                cx.take_exception();
                type_error(cx, "can only assign an iterable")
            } else {
                e
            }
        })?;
        list_items(seq)
    };
    let (l, key) = (cx.get(hl), cx.get(hk));
    cx.pop_handles(mark);
    let items = list_items(l);
    let (start, _, step, n) = slice::indices(cx, key, items.len())?;
    if step == 1 {
        let s = start as usize;
        let mut out = Vec::with_capacity(items.len() - n + src.len());
        out.extend_from_slice(&items[..s]);
        out.extend_from_slice(&src);
        out.extend_from_slice(&items[s + n..]);
        return list::list_replace_all(cx, l, &out);
    }
    if src.len() != n {
        let msg = format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            src.len()
        );
        return Err(value_error(cx, &msg));
    }
    for (k, item) in src.into_iter().enumerate() {
        list::list_set(cx, l, (start + step * k as i64) as usize, item);
    }
    Ok(())
}

fn l_delitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    list_delitem(cx, a.get(0), a.get(1))?;
    Ok(none())
}

/// `del l[key]` for a list or list subclass.
pub fn list_delitem(cx: &mut Ctx, l: Value, key: Value) -> PyResult<()> {
    if is_slice(key) {
        let items = list_items(l);
        let (start, _, step, n) = slice::indices(cx, key, items.len())?;
        if n == 0 {
            return Ok(());
        }
        let mut remove = vec![false; items.len()];
        for k in 0..n {
            remove[(start + step * k as i64) as usize] = true;
        }
        let out: Vec<Value> = items
            .iter()
            .zip(remove)
            .filter(|(_, r)| !r)
            .map(|(v, _)| *v)
            .collect();
        return list::list_replace_all(cx, l, &out);
    }
    let i = index_arg(cx, key, "list")?;
    match slice::norm_index(i, list_len(l)) {
        Some(i) => {
            list::list_remove_at(cx, l, i);
            Ok(())
        }
        None => Err(index_error(cx, "list assignment index out of range")),
    }
}

fn l_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
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
    crate::ops::iter::list_iter(cx, a.get(0))
}

fn l_reversed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::iter::list_reverse_iter(cx, a.get(0))
}

fn l_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
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
    let Some(k) = repeat_count(cx, a.get(1), "list")? else {
        return Ok(not_implemented());
    };
    let items = list_items(a.get(0));
    let out = repeat_items(cx, &items, k)?;
    new_list(cx, &out)
}

fn l_imul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let Some(k) = repeat_count(cx, a.get(1), "list")? else {
        return Ok(not_implemented());
    };
    let l = a.get(0);
    let items = list_items(l);
    let out = repeat_items(cx, &items, k)?;
    list::list_replace_all(cx, l, &out)?;
    Ok(l)
}

fn seq_cmp(
    cx: &mut Ctx,
    a: Args<'_>,
    op: CmpOp,
    is_kind: fn(Value) -> bool,
    items: fn(Value) -> Vec<Value>,
) -> PyResult<Value> {
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
    if n == 0 {
        return Err(index_error(cx, "pop from empty list"));
    }
    match slice::norm_index(i, n) {
        Some(i) => Ok(list::list_remove_at(cx, l, i)),
        None => Err(index_error(cx, "pop index out of range")),
    }
}

/// Index of the first item equal to `x` in `[from, to)`, re-reading the list after each
/// comparison (which may run Python code).
fn find(cx: &mut Ctx, l: Value, x: Value, from: usize, to: usize) -> PyResult<Option<usize>> {
    let mark = cx.handle_mark();
    let (hl, hx) = (cx.root(l), cx.root(x));
    let mut i = from;
    let r = loop {
        let l = cx.get(hl);
        if i >= to.min(list_len(l)) {
            break None;
        }
        let (item, x) = (list_get(l, i), cx.get(hx));
        if eq(cx, item, x)? {
            break Some(i);
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
    match find(cx, l, a.get(1), s, e)? {
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
    let l = a.get(0);
    let h = cx.root(l);
    let found = find(cx, l, a.get(1), 0, usize::MAX)?;
    let l = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    match found {
        Some(i) => {
            list::list_remove_at(cx, l, i);
            Ok(none())
        }
        None => Err(value_error(cx, "list.remove(x): x not in list")),
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
    let mut items = list_items(l);
    items.reverse();
    for (i, v) in items.into_iter().enumerate() {
        list::list_set(cx, l, i, v);
    }
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
            "reverse" => reverse = crate::ops::compare::truthy(cx, v)?,
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for {fname}()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    Ok((key, reverse))
}

/// Sorts the list `l` in place (`l.sort(key=key, reverse=reverse)`).
pub fn list_sort(cx: &mut Ctx, l: Value, key: Value, reverse: bool) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hl = cx.root(l);
    let hkey = cx.root(key);
    // While sorting, the list appears empty; changes made meanwhile are detected.
    let items = list_items(l);
    list::list_replace_all(cx, l, &[])?;
    let hitems = {
        let t = new_tuple(cx, &items)?;
        cx.root(t)
    };
    let result = (|| -> PyResult<Vec<Value>> {
        let keys = if cx.get(hkey).is_null() {
            tuple_items(cx.get(hitems))
        } else {
            let n = items.len();
            let karr = crate::objects::tuple::new_array(cx, n)?;
            let hk = cx.root(karr);
            for i in 0..n {
                let f = cx.get(hkey);
                let item = crate::objects::tuple::tuple_get(cx.get(hitems), i);
                let k = call(cx, f, &[item])?;
                let karr = cx.get(hk);
                cx.set_item(karr.obj(), i, k);
            }
            let karr = cx.get(hk);
            (0..n).map(|i| object::varvals_get(karr.obj(), i)).collect()
        };
        let values = tuple_items(cx.get(hitems));
        crate::objects::sort::sort_values(cx, values, keys, reverse)
    })();
    let l = cx.get(hl);
    let modified = list_len(l) != 0;
    let r = match result {
        Ok(sorted) => {
            if modified {
                Err(value_error(cx, "list modified during sort"))
            } else {
                list::list_replace_all(cx, l, &sorted)
            }
        }
        Err(e) => {
            // Restore the original items (CPython leaves a permutation; any order is fine).
            let exc = cx.take_exception();
            let he = cx.root(exc);
            let items = tuple_items(cx.get(hitems));
            let l = cx.get(hl);
            if list_len(l) == 0 {
                list::list_replace_all(cx, l, &items)?;
            }
            let exc = cx.get(he);
            cx.set_exception(exc);
            Err(e)
        }
    };
    cx.pop_handles(mark);
    r
}

fn l_sort(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(type_error(cx, "sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(cx, &a, "sort")?;
    list_sort(cx, a.get(0), key, reverse)?;
    Ok(none())
}

fn l_sizeof(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let arr = slot(a.get(0).obj(), list::ITEMS);
    let cap = if arr.is_null() {
        0
    } else {
        crate::objects::tuple::array_len(arr)
    };
    Ok(Value::int(40 + 8 * cap as i64))
}

fn class_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
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
            let l = crate::ops::iter::to_list(cx, src)?;
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

fn t_len(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(
        crate::objects::tuple::tuple_len(t_self(a.get(0))) as i64,
    ))
}

fn t_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let t = t_self(a.get(0));
    crate::ops::subscript::getitem(cx, t, a.get(1))
}

fn t_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let t = t_self(a.get(0));
    crate::ops::compare::contains(cx, t, a.get(1)).map(py_bool)
}

fn t_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let t = t_self(a.get(0));
    crate::ops::iter::get_iter(cx, t)
}

fn t_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
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
    let h = crate::protocol::hash(cx, t_self(a.get(0)))?;
    from_i64(cx, h)
}

fn t_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "tuple.index", "index", 1, 3)?;
    let t = t_self(a.get(0));
    let l = new_list(cx, &tuple_items(t))?;
    let (s, e) = bounds(cx, &a, 2, list_len(l))?;
    match find(cx, l, a.get(1), s, e)? {
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

// --- range ---------------------------------------------------------------------------------

fn int_arg(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if int::int_value(v).is_some() {
        return Ok(int::int_value(v).expect("checked"));
    }
    if crate::ops::attr::type_lookup(cx, type_of(v), crate::names::INDEX.get()).is_null() {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    crate::ops::number::index(cx, v)
}

fn r_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "range() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    let mark = cx.handle_mark();
    let r = match n {
        1 => {
            let stop = int_arg(cx, a.get(1))?;
            range::new_range(cx, Value::int(0), stop, Value::int(1))
        }
        2 | 3 => {
            let start = int_arg(cx, a.get(1))?;
            let hs = cx.root(start);
            let stop = int_arg(cx, a.get(2))?;
            let hst = cx.root(stop);
            let step = if n == 3 {
                int_arg(cx, a.get(3))?
            } else {
                Value::int(1)
            };
            let (start, stop) = (cx.get(hs), cx.get(hst));
            range::new_range(cx, start, stop, step)
        }
        0 => Err(type_error(cx, "range expected at least 1 argument, got 0")),
        _ => Err(type_error(
            cx,
            &format!("range expected at most 3 arguments, got {n}"),
        )),
    };
    cx.pop_handles(mark);
    r
}

fn r_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let len = range_parts(a.get(0)).3;
    if len.is_int() {
        return Ok(len);
    }
    Err(crate::objects::exceptions::overflow_error(
        cx,
        "Python int too large to convert to C ssize_t",
    ))
}

fn r_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::subscript::getitem(cx, a.get(0), a.get(1))
}

fn r_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::compare::contains(cx, a.get(0), a.get(1)).map(py_bool)
}

fn r_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::iter::get_iter(cx, a.get(0))
}

fn r_reversed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    // reversed(range(a, b, s)) == range(last, a - s, -s)
    let r = a.get(0);
    let (start, _, step, len) = range_parts(r);
    let mark = cx.handle_mark();
    let hr = cx.root(r);
    let one_less = int::sub(cx, len, Value::int(1))?;
    let hr_v = cx.get(hr);
    let last = range::range_item(cx, hr_v, one_less);
    let last = if int::sign(len) == 0 { Ok(start) } else { last }?;
    let hl = cx.root(last);
    let (start, _, step2, _) = range_parts(cx.get(hr));
    let _ = step;
    let new_stop = int::sub(cx, start, step2)?;
    let hns = cx.root(new_stop);
    let (_, _, step2, _) = range_parts(cx.get(hr));
    let neg = int::neg(cx, step2)?;
    let (last, new_stop) = (cx.get(hl), cx.get(hns));
    let rr = if int::sign(len) == 0 {
        range::new_range(cx, Value::int(0), Value::int(0), Value::int(1))?
    } else {
        range::new_range(cx, last, new_stop, neg)?
    };
    cx.pop_handles(mark);
    crate::ops::iter::get_iter(cx, rr)
}

fn cx_get(cx: &mut Ctx, h: crate::ctx::Handle) -> Value {
    cx.get(h)
}

fn r_eq_impl(a: Value, b: Value) -> bool {
    let (sa, _, pa, la) = range_parts(a);
    let (sb, _, pb, lb) = range_parts(b);
    if int::int_cmp(la, lb) != std::cmp::Ordering::Equal {
        return false;
    }
    if int::sign(la) == 0 {
        return true;
    }
    if int::int_cmp(sa, sb) != std::cmp::Ordering::Equal {
        return false;
    }
    la == Value::int(1) || int::int_cmp(pa, pb) == std::cmp::Ordering::Equal
}

fn r_eq(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if !is_range(a.get(1)) {
        return Ok(not_implemented());
    }
    Ok(py_bool(r_eq_impl(a.get(0), a.get(1))))
}

fn r_ne(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if !is_range(a.get(1)) {
        return Ok(not_implemented());
    }
    Ok(py_bool(!r_eq_impl(a.get(0), a.get(1))))
}

fn r_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (start, _, step, len) = range_parts(a.get(0));
    let t = if int::sign(len) == 0 {
        new_tuple(cx, &[len, none(), none()])?
    } else if len == Value::int(1) {
        new_tuple(cx, &[len, start, none()])?
    } else {
        new_tuple(cx, &[len, start, step])?
    };
    let h = crate::protocol::hash(cx, t)?;
    from_i64(cx, h)
}

fn r_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, x) = (a.get(0), a.get(1));
    if int::int_value(x).is_some() && range::range_contains_int(r, int::int_value(x).expect("int"))
    {
        let (start, _, step, _) = range_parts(r);
        let d = int::sub(cx, int::int_value(x).expect("int"), start)?;
        return int::floordiv(cx, d, step);
    }
    let rr = crate::ops::repr::repr_string(cx, x)?;
    Err(value_error(cx, &format!("{rr} is not in range")))
}

fn r_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (r, x) = (a.get(0), a.get(1));
    if let Some(i) = int::int_value(x) {
        return Ok(Value::int(range::range_contains_int(r, i) as i64));
    }
    let it = crate::ops::iter::get_iter(cx, r)?;
    let mark = cx.handle_mark();
    let (hi, hx) = (cx.root(it), cx.root(x));
    let mut c = 0;
    loop {
        let hi_v = cx.get(hi);
        let Some(v) = crate::ops::iter::next(cx, hi_v)? else {
            break;
        };
        let x = cx.get(hx);
        if eq(cx, v, x)? {
            c += 1;
        }
    }
    cx.pop_handles(mark);
    Ok(Value::int(c))
}

fn r_bool(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(int::sign(range_parts(a.get(0)).3) != 0))
}

fn r_start(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(range_parts(a.get(0)).0)
}
fn r_stop(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(range_parts(a.get(0)).1)
}
fn r_step(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(range_parts(a.get(0)).2)
}

/// Methods of `range`.
pub static RANGE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => r_new,
    Method "__len__" => r_len,
    Method "__getitem__" => r_getitem,
    Method "__contains__" => r_contains,
    Method "__iter__" => r_iter,
    Method "__reversed__" => r_reversed,
    Method "__eq__" => r_eq, Method "__ne__" => r_ne,
    Method "__hash__" => r_hash,
    Method "__bool__" => r_bool,
    Method "__repr__" => builtin_repr,
    Method "index" => r_index,
    Method "count" => r_count,
];

/// Attributes of `range`.
pub static RANGE_GETSETS: &[GetSet] = &[
    GetSet {
        name: "start",
        get: getter!("start", r_start),
        set: None,
    },
    GetSet {
        name: "stop",
        get: getter!("stop", r_stop),
        set: None,
    },
    GetSet {
        name: "step",
        get: getter!("step", r_step),
        set: None,
    },
];

// --- slice ---------------------------------------------------------------------------------

fn sl_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "slice() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    match n {
        1 => slice::new_slice(cx, none(), a.get(1), none()),
        2 => slice::new_slice(cx, a.get(1), a.get(2), none()),
        3 => slice::new_slice(cx, a.get(1), a.get(2), a.get(3)),
        0 => Err(type_error(cx, "slice expected at least 1 argument, got 0")),
        _ => Err(type_error(
            cx,
            &format!("slice expected at most 3 arguments, got {n}"),
        )),
    }
}

fn sl_indices(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "slice.indices")?;
    let n = crate::ops::number::index_i64(cx, a.get(1))?;
    if n < 0 {
        return Err(value_error(cx, "length should not be negative"));
    }
    let (s, e, st, _) = slice::indices(cx, a.get(0), n as usize)?;
    new_tuple(cx, &[Value::int(s), Value::int(e), Value::int(st)])
}

fn sl_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !is_slice(y) {
        return Ok(not_implemented());
    }
    let (a1, b1, c1) = slice_parts(x);
    let (a2, b2, c2) = slice_parts(y);
    let t1 = new_tuple(cx, &[a1, b1, c1])?;
    let h = cx.root(t1);
    let t2 = new_tuple(cx, &[a2, b2, c2])?;
    let t1 = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    compare(cx, t1, t2, CmpOp::Eq)
}

fn sl_start(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slice_parts(a.get(0)).0)
}
fn sl_stop(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slice_parts(a.get(0)).1)
}
fn sl_step(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slice_parts(a.get(0)).2)
}

/// Methods of `slice`.
pub static SLICE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => sl_new,
    Method "indices" => sl_indices,
    Method "__eq__" => sl_eq,
    Method "__repr__" => builtin_repr,
];

/// Attributes of `slice`.
pub static SLICE_GETSETS: &[GetSet] = &[
    GetSet {
        name: "start",
        get: getter!("start", sl_start),
        set: None,
    },
    GetSet {
        name: "stop",
        get: getter!("stop", sl_stop),
        set: None,
    },
    GetSet {
        name: "step",
        get: getter!("step", sl_step),
        set: None,
    },
];
