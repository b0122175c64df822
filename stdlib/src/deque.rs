//! `collections.deque`: a double-ended queue on a ring buffer, and its iterators (the
//! native part of `collections`, exposed as `_collections`).
//!
//! ```text
//! deque     FIXED: [head: int][len: int][items: array (ring buffer) or NULL]
//!                  [maxlen: int or None][state: int] (+ attribute storage of subclasses)
//! iterators FIXED: [deque][next position: int][state at creation: int][left: int]
//! ```
//!
//! Item `i` lives at `(head + i) % capacity`. The buffer is replaced (never resized in
//! place) when it grows, as lists do. `state` counts structural changes; an iterator that
//! finds it changed raises "deque mutated during iteration". Operations that compare items
//! (`count`, `index`, `remove`, `in`) run Python code, so they root the deque and re-check
//! it after each comparison.

use krait_vm::compile::bytecode::CmpOp;
use krait_vm::ctx::{Ctx, HandleMark, PyResult};
use krait_vm::interp::call::{check_native_recursion, leave_native_recursion};
use krait_vm::native_table;
use krait_vm::object::{self, kind, slot, varvals_get, varvals_len, ObjGuard};
use krait_vm::objects::argcheck;
use krait_vm::objects::exceptions::{self, index_error, type_error, value_error};
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::int;
use krait_vm::objects::list::new_list;
use krait_vm::objects::str::{as_str, new_str};
use krait_vm::objects::tuple::{new_array, new_tuple};
use krait_vm::objects::typeobj::{is_subtype, tflags, type_name, type_of};
use krait_vm::ops::compare;
use krait_vm::ops::iter::{get_iter, next};
use krait_vm::runtime::{none, py_bool, Global, SINGLETONS};
use krait_vm::types_init::{layout, GetSet, TypeSpec};
use krait_vm::value::Value;

const HEAD: usize = 0;
const LEN: usize = 1;
const ITEMS: usize = 2;
const MAXLEN: usize = 3;
const STATE: usize = 4;
const SLOTS: usize = 5;

/// `collections.deque`.
pub static DEQUE_TYPE: Global = Global::new();
/// `_collections._deque_iterator`.
pub static ITER_TYPE: Global = Global::new();
/// `_collections._deque_reverse_iterator`.
pub static REVITER_TYPE: Global = Global::new();

/// The type specs, in creation order.
pub fn specs() -> [TypeSpec; 3] {
    [
        TypeSpec {
            global: &DEQUE_TYPE,
            name: "collections.deque",
            base: None,
            layout: layout(kind::FIXED, SLOTS as u16, false),
            flags: tflags::BASETYPE | tflags::SEQUENCE,
            methods: DEQUE_METHODS,
            getsets: DEQUE_GETSETS,
        },
        TypeSpec {
            global: &ITER_TYPE,
            name: "_collections._deque_iterator",
            base: None,
            layout: layout(kind::FIXED, 4, false),
            flags: 0,
            methods: ITER_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &REVITER_TYPE,
            name: "_collections._deque_reverse_iterator",
            base: None,
            layout: layout(kind::FIXED, 4, false),
            flags: 0,
            methods: ITER_METHODS,
            getsets: &[],
        },
    ]
}

// --- Storage ---------------------------------------------------------------------------------

fn is_deque(v: Value) -> bool {
    v.is_ref() && is_subtype(type_of(v), DEQUE_TYPE.get())
}

fn len(d: Value) -> usize {
    slot(d.obj(), LEN).as_int() as usize
}

fn head(d: Value) -> usize {
    slot(d.obj(), HEAD).as_int() as usize
}

fn capacity(d: Value) -> usize {
    let a = slot(d.obj(), ITEMS);
    if a.is_null() {
        0
    } else {
        varvals_len(a.obj())
    }
}

fn maxlen(d: Value) -> Option<usize> {
    let m = slot(d.obj(), MAXLEN);
    (m != none() && !m.is_null()).then(|| m.as_int() as usize)
}

fn state(d: Value) -> i64 {
    slot(d.obj(), STATE).as_int()
}

fn bump(d: Value) {
    let s = state(d);
    object::init_slot(d.obj(), STATE, Value::int((s + 1) & 0xffff_ffff));
}

/// Item `i` (0 <= i < len). Readers take no lock: when another thread changes the deque
/// meanwhile, the slot read may be empty or gone, and reads as `None`.
fn get(d: Value, i: usize) -> Value {
    let a = slot(d.obj(), ITEMS);
    if a.is_null() {
        return none();
    }
    let v = varvals_get(a.obj(), (head(d) + i) % varvals_len(a.obj()));
    if v.is_null() {
        none()
    } else {
        v
    }
}

fn set(cx: &mut Ctx, d: Value, i: usize, v: Value) {
    let a = slot(d.obj(), ITEMS).obj();
    let c = varvals_len(a);
    cx.set_item(a, (head(d) + i) % c, v);
}

fn set_counts(d: Value, head: usize, n: usize) {
    object::init_slot(d.obj(), HEAD, Value::int(head as i64));
    object::init_slot(d.obj(), LEN, Value::int(n as i64));
}

/// The items, in order (raw values).
fn items(d: Value) -> Vec<Value> {
    (0..len(d)).map(|i| get(d, i)).collect()
}

/// Makes room for one more item (reallocating the ring; allocation only).
fn reserve_one(cx: &mut Ctx, d: Value) -> PyResult<()> {
    let n = len(d);
    if n < capacity(d) {
        return Ok(());
    }
    let new_cap = (n * 2).max(8);
    let arr = new_array(cx, new_cap)?;
    for i in 0..n {
        object::varvals_init(arr.obj(), i, get(d, i));
    }
    cx.set_slot(d.obj(), ITEMS, arr);
    object::init_slot(d.obj(), HEAD, Value::int(0));
    Ok(())
}

fn pop_right_raw(cx: &mut Ctx, d: Value) -> Option<Value> {
    let n = len(d);
    if n == 0 {
        return None;
    }
    let v = get(d, n - 1);
    set(cx, d, n - 1, Value::NULL);
    set_counts(d, head(d), n - 1);
    bump(d);
    Some(v)
}

fn pop_left_raw(cx: &mut Ctx, d: Value) -> Option<Value> {
    let n = len(d);
    if n == 0 {
        return None;
    }
    let v = get(d, 0);
    set(cx, d, 0, Value::NULL);
    let c = capacity(d);
    set_counts(d, (head(d) + 1) % c, n - 1);
    bump(d);
    Some(v)
}

/// `d.append(v)` (dropping from the left past `maxlen`).
fn append(cx: &mut Ctx, d: Value, v: Value) -> PyResult<()> {
    if maxlen(d) == Some(0) {
        return Ok(());
    }
    // Under the lock nothing reaches a safepoint (growing only allocates): `d` and `v`
    // stay valid.
    let _g = ObjGuard::lock(d.obj());
    reserve_one(cx, d)?;
    let n = len(d);
    set_counts(d, head(d), n + 1);
    set(cx, d, n, v);
    bump(d);
    if maxlen(d).is_some_and(|m| n + 1 > m) {
        pop_left_raw(cx, d);
    }
    Ok(())
}

/// `d.appendleft(v)` (dropping from the right past `maxlen`).
fn append_left(cx: &mut Ctx, d: Value, v: Value) -> PyResult<()> {
    if maxlen(d) == Some(0) {
        return Ok(());
    }
    let _g = ObjGuard::lock(d.obj());
    reserve_one(cx, d)?;
    let (n, c) = (len(d), capacity(d));
    let h = (head(d) + c - 1) % c;
    set_counts(d, h, n + 1);
    set(cx, d, 0, v);
    bump(d);
    if maxlen(d).is_some_and(|m| n + 1 > m) {
        pop_right_raw(cx, d);
    }
    Ok(())
}

/// Replaces the contents with `vals` (no state change by itself).
fn replace_all(cx: &mut Ctx, d: Value, vals: &[Value]) -> PyResult<()> {
    // Allocation never collects: `d` and `vals` stay valid.
    let arr = new_array(cx, vals.len().max(8))?;
    let _g = ObjGuard::lock(d.obj());
    for (i, &v) in vals.iter().enumerate() {
        object::varvals_init(arr.obj(), i, v);
    }
    cx.set_slot(d.obj(), ITEMS, arr);
    set_counts(d, 0, vals.len());
    Ok(())
}

fn clear(cx: &mut Ctx, d: Value) {
    let _g = ObjGuard::lock(d.obj());
    object::init_slot(d.obj(), ITEMS, Value::NULL);
    let _ = cx;
    set_counts(d, 0, 0);
    bump(d);
}

/// `d.extend(it)` / `d.extendleft(it)`. May run Python code.
fn extend(cx: &mut Ctx, d: Value, it: Value, left: bool) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hd = cx.root(d);
    // Extending by itself iterates a copy.
    let src = if it == d {
        let vals = items(d);
        new_list(cx, &vals)?
    } else {
        it
    };
    let iter = get_iter(cx, src)?;
    let hi = cx.root(iter);
    loop {
        let iter = cx.get(hi);
        let Some(v) = next(cx, iter)? else { break };
        let d = cx.get(hd);
        if left {
            append_left(cx, d, v)?;
        } else {
            append(cx, d, v)?;
        }
    }
    cx.pop_handles(mark);
    Ok(())
}

/// Rotates right by `k` (left if negative).
fn rotate(cx: &mut Ctx, d: Value, k: i64) {
    let _g = ObjGuard::lock(d.obj());
    bump(d);
    let n = len(d) as i64;
    if n <= 1 {
        return;
    }
    let k = k.rem_euclid(n) as usize;
    if k == 0 {
        return;
    }
    let vals = items(d);
    let n = vals.len();
    for (i, &v) in vals.iter().enumerate() {
        set(cx, d, (i + k) % n, v);
    }
}

fn new_deque_of(cx: &mut Ctx, cls: Value) -> PyResult<Value> {
    let d = if cls == DEQUE_TYPE.get() {
        Value::from_obj(cx.alloc_fixed(cls, SLOTS)?)
    } else {
        krait_vm::objects::instance::new_instance(cx, cls)?
    };
    let o = d.obj();
    object::init_slot(o, HEAD, Value::int(0));
    object::init_slot(o, LEN, Value::int(0));
    object::init_slot(o, MAXLEN, none());
    object::init_slot(o, STATE, Value::int(0));
    Ok(d)
}

/// A new deque of the same type and maxlen as `d`, holding `vals`. For a subclass, the
/// type is called (`type(d)(vals, maxlen)`), as CPython does.
fn same_kind(cx: &mut Ctx, d: Value, vals: &[Value]) -> PyResult<Value> {
    let ty = type_of(d);
    let ml = slot(d.obj(), MAXLEN);
    if ty == DEQUE_TYPE.get() {
        let n = new_deque_of(cx, ty)?;
        object::init_slot(n.obj(), MAXLEN, ml);
        let h = cx.root(n);
        replace_all(cx, n, vals)?;
        let n = cx.get(h);
        cx.pop_handles(HandleMark::from_handle(h));
        // Respect maxlen (copying a full deque keeps the rightmost items).
        if let Some(m) = maxlen(n) {
            while len(n) > m {
                pop_left_raw(cx, n);
            }
        }
        return Ok(n);
    }
    let l = new_list(cx, vals)?;
    if ml == none() {
        krait_vm::interp::call::call(cx, ty, &[l])
    } else {
        krait_vm::interp::call::call(cx, ty, &[l, ml])
    }
}

// --- Methods -------------------------------------------------------------------------------

fn memory_error(cx: &mut Ctx) -> krait_vm::ctx::Raised {
    exceptions::raise_args(cx, exceptions::MEMORY_ERROR_TYPE.get(), &[])
}

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

fn dq_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    new_deque_of(cx, cls)
}

/// `deque.__init__(self, iterable=(), maxlen=None)`.
fn dq_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let given = a.len() - 1 + a.nkw();
    if given > 2 {
        let msg = format!("deque() takes at most 2 arguments ({given} given)");
        return Err(type_error(cx, &msg));
    }
    let mut it = a.get(1);
    let mut ml = a.get(2);
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        match as_str(k) {
            "iterable" if it.is_null() => it = v,
            "maxlen" if ml.is_null() => ml = v,
            "iterable" | "maxlen" => {
                let msg = format!(
                    "argument for deque() given by name ('{}') and position ({})",
                    as_str(k),
                    if as_str(k) == "iterable" { 1 } else { 2 }
                );
                return Err(type_error(cx, &msg));
            }
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for deque()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    let m = if ml.is_null() || ml == none() {
        none()
    } else {
        let Some(i) = int::int_value(ml) else {
            return Err(type_error(cx, "an integer is required"));
        };
        let Some(n) = int::to_i64(i) else {
            return Err(exceptions::overflow_error(
                cx,
                "Python int too large to convert to C ssize_t",
            ));
        };
        if n < 0 {
            return Err(value_error(cx, "maxlen must be non-negative"));
        }
        Value::int(n)
    };
    let d = a.get(0);
    object::init_slot(d.obj(), MAXLEN, m);
    if len(d) > 0 {
        clear(cx, d);
    }
    if !it.is_null() {
        extend(cx, a.get(0), it, false)?;
    }
    Ok(none())
}

fn dq_append(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.append")?;
    append(cx, a.get(0), a.get(1))?;
    Ok(none())
}

fn dq_appendleft(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.appendleft")?;
    append_left(cx, a.get(0), a.get(1))?;
    Ok(none())
}

fn dq_pop(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.pop")?;
    let d = a.get(0);
    let _g = ObjGuard::lock(d.obj());
    match pop_right_raw(cx, d) {
        Some(v) => Ok(v),
        None => Err(index_error(cx, "pop from an empty deque")),
    }
}

fn dq_popleft(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.popleft")?;
    let d = a.get(0);
    let _g = ObjGuard::lock(d.obj());
    match pop_left_raw(cx, d) {
        Some(v) => Ok(v),
        None => Err(index_error(cx, "pop from an empty deque")),
    }
}

fn dq_extend(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.extend")?;
    extend(cx, a.get(0), a.get(1), false)?;
    Ok(none())
}

fn dq_extendleft(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.extendleft")?;
    extend(cx, a.get(0), a.get(1), true)?;
    Ok(none())
}

fn dq_clear(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.clear")?;
    clear(cx, a.get(0));
    Ok(none())
}

fn dq_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.copy")?;
    let d = a.get(0);
    let vals = items(d);
    same_kind(cx, d, &vals)
}

/// The position of the first item equal to `x` in `[start, stop)`; a deque mutated
/// meanwhile raises `exc` ("deque mutated during iteration").
fn find(
    cx: &mut Ctx,
    d: Value,
    x: Value,
    start: usize,
    stop: usize,
    exc: Value,
) -> PyResult<Option<usize>> {
    let mark = cx.handle_mark();
    let (hd, hx) = (cx.root(d), cx.root(x));
    let st = state(d);
    let n0 = len(d);
    let mut i = start;
    while i < stop.min(n0) {
        let d = cx.get(hd);
        let item = get(d, i);
        let x = cx.get(hx);
        let eq = compare::eq(cx, item, x)?;
        let d = cx.get(hd);
        if state(d) != st || len(d) != n0 {
            cx.pop_handles(mark);
            return Err(exceptions::raise_msg(
                cx,
                exc,
                "deque mutated during iteration",
            ));
        }
        if eq {
            cx.pop_handles(mark);
            return Ok(Some(i));
        }
        i += 1;
    }
    cx.pop_handles(mark);
    Ok(None)
}

fn dq_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.count")?;
    let mut c = 0;
    let mut from = 0;
    loop {
        let d = a.get(0);
        let n = len(d);
        match find(cx, d, a.get(1), from, n, exceptions::RUNTIME_ERROR.get())? {
            Some(i) => {
                c += 1;
                from = i + 1;
            }
            None => break,
        }
    }
    Ok(Value::int(c))
}

/// A `start`/`stop` argument of `index`, clamped like a slice bound.
fn bound(cx: &mut Ctx, v: Value, n: usize) -> PyResult<usize> {
    let i = match int::int_value(v) {
        Some(i) => i,
        None => {
            let has_index =
                !krait_vm::ops::attr::type_lookup(cx, type_of(v), krait_vm::names::INDEX.get())
                    .is_null();
            if !has_index {
                return Err(type_error(
                    cx,
                    "slice indices must be integers or have an __index__ method",
                ));
            }
            krait_vm::ops::number::index(cx, v)?
        }
    };
    let i = int::to_i64(i).unwrap_or(if int::sign(i) < 0 {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    });
    let n = n as i64;
    Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
}

fn dq_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "index")?;
    let n = a.len() - 1;
    if !(1..=3).contains(&n) {
        let msg = if n == 0 {
            "index expected at least 1 argument, got 0".to_owned()
        } else {
            format!("index expected at most 3 arguments, got {n}")
        };
        return Err(type_error(cx, &msg));
    }
    let len0 = len(a.get(0));
    let start = if n >= 2 {
        bound(cx, a.get(2), len0)?
    } else {
        0
    };
    let stop = if n >= 3 {
        bound(cx, a.get(3), len0)?
    } else {
        len0
    };
    match find(
        cx,
        a.get(0),
        a.get(1),
        start,
        stop,
        exceptions::RUNTIME_ERROR.get(),
    )? {
        Some(i) => Ok(Value::int(i as i64)),
        None => {
            let r = krait_vm::ops::repr::repr_string(cx, a.get(1))?;
            Err(value_error(cx, &format!("{r} is not in deque")))
        }
    }
}

fn dq_remove(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.remove")?;
    let n = len(a.get(0));
    match find(cx, a.get(0), a.get(1), 0, n, exceptions::INDEX_ERROR.get())? {
        Some(i) => {
            let d = a.get(0);
            let mut vals = items(d);
            vals.remove(i);
            replace_all(cx, a.get(0), &vals)?;
            bump(a.get(0));
            Ok(none())
        }
        None => {
            let r = krait_vm::ops::repr::repr_string(cx, a.get(1))?;
            Err(value_error(cx, &format!("{r} is not in deque")))
        }
    }
}

fn dq_insert(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "insert")?;
    if a.len() != 3 {
        let msg = format!("insert expected 2 arguments, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let i = krait_vm::ops::number::index(cx, a.get(1))?;
    let d = a.get(0);
    let n = len(d);
    if maxlen(d) == Some(n) {
        return Err(index_error(cx, "deque already at its maximum size"));
    }
    let i = int::to_i64(i).unwrap_or(if int::sign(i) < 0 {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    });
    let pos = if i < 0 {
        (i + n as i64).max(0)
    } else {
        i.min(n as i64)
    } as usize;
    let mut vals = items(d);
    vals.insert(pos, a.get(2));
    replace_all(cx, a.get(0), &vals)?;
    bump(a.get(0));
    Ok(none())
}

fn dq_reverse(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.reverse")?;
    let d = a.get(0);
    let _g = ObjGuard::lock(d.obj());
    let vals = items(d);
    let n = vals.len();
    for (i, v) in vals.into_iter().enumerate() {
        set(cx, d, n - 1 - i, v);
    }
    Ok(none())
}

fn dq_rotate(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "rotate")?;
    if a.len() > 2 {
        let msg = format!("rotate expected at most 1 argument, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let k = if a.len() == 2 {
        let i = krait_vm::ops::number::index(cx, a.get(1))?;
        match int::to_i64(i) {
            Some(k) => k,
            None => {
                return Err(exceptions::overflow_error(
                    cx,
                    "Python int too large to convert to C ssize_t",
                ))
            }
        }
    } else {
        1
    };
    rotate(cx, a.get(0), k);
    Ok(none())
}

fn dq_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.__len__")?;
    Ok(Value::int(len(a.get(0)) as i64))
}

fn dq_bool(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.__bool__")?;
    Ok(py_bool(len(a.get(0)) > 0))
}

/// An index argument of `d[i]`: normalized, or IndexError.
fn item_index(cx: &mut Ctx, d: Value, key: Value) -> PyResult<usize> {
    let is_index = int::int_value(key).is_some()
        || !krait_vm::ops::attr::type_lookup(cx, type_of(key), krait_vm::names::INDEX.get())
            .is_null();
    if !is_index {
        let msg = format!(
            "sequence index must be integer, not '{}'",
            type_name(type_of(key))
        );
        return Err(type_error(cx, &msg));
    }
    let i = krait_vm::ops::number::index(cx, key)?;
    let n = len(d) as i64;
    let i = int::to_i64(i).unwrap_or(i64::MAX);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(cx, "deque index out of range"));
    }
    Ok(j as usize)
}

fn dq_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.__getitem__")?;
    let i = item_index(cx, a.get(0), a.get(1))?;
    Ok(get(a.get(0), i))
}

fn dq_setitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__setitem__", 2)?;
    let i = item_index(cx, a.get(0), a.get(1))?;
    let d = a.get(0);
    let _g = ObjGuard::lock(d.obj());
    if i < len(d) {
        set(cx, d, i, a.get(2));
    }
    Ok(none())
}

fn dq_delitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__delitem__", 1)?;
    let i = item_index(cx, a.get(0), a.get(1))?;
    let d = a.get(0);
    let mut vals = items(d);
    vals.remove(i);
    replace_all(cx, a.get(0), &vals)?;
    bump(a.get(0));
    Ok(none())
}

fn dq_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.__contains__")?;
    let n = len(a.get(0));
    let r = find(
        cx,
        a.get(0),
        a.get(1),
        0,
        n,
        exceptions::RUNTIME_ERROR.get(),
    )?;
    Ok(py_bool(r.is_some()))
}

fn new_iter(cx: &mut Ctx, ty: Value, d: Value, reverse: bool) -> PyResult<Value> {
    let h = cx.root(d);
    let o = cx.alloc_fixed(ty, 4)?;
    let d = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let n = len(d) as i64;
    object::init_slot(o, 0, d);
    object::init_slot(o, 1, Value::int(if reverse { n - 1 } else { 0 }));
    object::init_slot(o, 2, Value::int(state(d)));
    object::init_slot(o, 3, Value::int(n));
    Ok(Value::from_obj(o))
}

fn dq_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.__iter__")?;
    new_iter(cx, ITER_TYPE.get(), a.get(0), false)
}

fn dq_reversed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.__reversed__")?;
    new_iter(cx, REVITER_TYPE.get(), a.get(0), true)
}

fn it_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__iter__", 0)?;
    Ok(a.get(0))
}

fn it_next(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__next__", 0)?;
    let it = a.get(0);
    let o = it.obj();
    let d = slot(o, 0);
    let left = slot(o, 3).as_int();
    if state(d) != slot(o, 2).as_int() {
        object::init_slot(o, 3, Value::int(0));
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "deque mutated during iteration",
        ));
    }
    if left <= 0 {
        return Err(exceptions::stop_iteration(cx, Value::NULL));
    }
    let pos = slot(o, 1).as_int();
    let reverse = type_of(it) == REVITER_TYPE.get();
    object::init_slot(o, 1, Value::int(if reverse { pos - 1 } else { pos + 1 }));
    object::init_slot(o, 3, Value::int(left - 1));
    Ok(get(d, pos as usize))
}

fn it_length_hint(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "__length_hint__")?;
    Ok(Value::int(slot(a.get(0).obj(), 3).as_int().max(0)))
}

fn dq_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let d = a.get(0);
    let name =
        krait_vm::objects::typeobj::type_slot(type_of(d), krait_vm::objects::typeobj::tslot::NAME);
    let name = as_str(name).to_owned();
    let body = krait_vm::ops::repr::guarded_repr(cx, d, |cx, d| {
        let vals = items(d);
        let l = new_list(cx, &vals)?;
        let h = cx.root(l);
        check_native_recursion(cx)?;
        let r = krait_vm::ops::repr::repr_string(cx, l);
        leave_native_recursion(cx);
        cx.pop_handles(HandleMark::from_handle(h));
        r
    })?;
    let Some(body) = body else {
        return new_str(cx, "[...]");
    };
    let d = a.get(0);
    let text = match maxlen(d) {
        Some(m) => format!("{name}({body}, maxlen={m})"),
        None => format!("{name}({body})"),
    };
    new_str(cx, &text)
}

fn compare_deques(cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, op.dunder(), 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_deque(y) {
        return Ok(not_implemented());
    }
    let lx = items(x);
    let lx = new_list(cx, &lx)?;
    let h = cx.root(lx);
    let y = a.get(1);
    let ly = items(y);
    let ly = new_list(cx, &ly)?;
    let lx = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    compare::compare(cx, lx, ly, op)
}
fn dq_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    compare_deques(cx, a, CmpOp::Eq)
}
fn dq_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    compare_deques(cx, a, CmpOp::Ne)
}
fn dq_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    compare_deques(cx, a, CmpOp::Lt)
}
fn dq_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    compare_deques(cx, a, CmpOp::Le)
}
fn dq_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    compare_deques(cx, a, CmpOp::Gt)
}
fn dq_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    compare_deques(cx, a, CmpOp::Ge)
}

fn dq_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.__add__")?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_deque(y) {
        let msg = format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(type_of(y))
        );
        return Err(type_error(cx, &msg));
    }
    let mut vals = items(x);
    vals.extend(items(y));
    same_kind(cx, x, &vals)
}

fn dq_iadd(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.__iadd__")?;
    extend(cx, a.get(0), a.get(1), false)?;
    Ok(a.get(0))
}

/// A repetition count, or NotImplemented-worthy `None` for a non-int.
fn repeat_count(cx: &mut Ctx, n: Value) -> PyResult<Option<usize>> {
    if int::int_value(n).is_none()
        && krait_vm::ops::attr::type_lookup(cx, type_of(n), krait_vm::names::INDEX.get()).is_null()
    {
        return Ok(None);
    }
    let i = krait_vm::ops::number::index(cx, n)?;
    Ok(Some(match int::to_i64(i) {
        Some(k) if k <= 0 => 0,
        Some(k) => k as usize,
        None if int::sign(i) < 0 => 0,
        None => return Err(memory_error(cx)),
    }))
}

fn repeated(cx: &mut Ctx, d: Value, k: usize) -> PyResult<Vec<Value>> {
    let vals = items(d);
    let total = vals.len().checked_mul(k);
    if total.is_none_or(|t| t > krait_vm::runtime::alloc_limit()) {
        return Err(memory_error(cx));
    }
    // With a maxlen, only the last `maxlen` items survive.
    let keep = maxlen(d).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(total.unwrap_or(0).min(keep));
    for _ in 0..k {
        out.extend_from_slice(&vals);
        if out.len() > keep.saturating_mul(2) {
            let drop = out.len() - keep;
            out.drain(..drop);
        }
    }
    if out.len() > keep {
        let drop = out.len() - keep;
        out.drain(..drop);
    }
    Ok(out)
}

fn dq_mul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.__mul__")?;
    let Some(k) = repeat_count(cx, a.get(1))? else {
        return Ok(not_implemented());
    };
    let vals = repeated(cx, a.get(0), k)?;
    same_kind(cx, a.get(0), &vals)
}

fn dq_imul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "deque.__imul__")?;
    let Some(k) = repeat_count(cx, a.get(1))? else {
        return Ok(not_implemented());
    };
    if k == 1 {
        return Ok(a.get(0));
    }
    let vals = repeated(cx, a.get(0), k)?;
    replace_all(cx, a.get(0), &vals)?;
    bump(a.get(0));
    Ok(a.get(0))
}

fn dq_copy_method(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.__copy__")?;
    let d = a.get(0);
    let vals = items(d);
    same_kind(cx, d, &vals)
}

/// `__reduce__`: `(type(d), (list(d), maxlen), state)` (a list instead of CPython's
/// iterator: the same reconstruction).
fn dq_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.__reduce__")?;
    let d = a.get(0);
    let vals = items(d);
    let l = new_list(cx, &vals)?;
    let d = a.get(0);
    let ml = slot(d.obj(), MAXLEN);
    let args = new_tuple(cx, &[l, ml])?;
    let d = a.get(0);
    let state = if krait_vm::objects::instance::has_attr_storage(d) {
        let h = cx.root(args);
        let st = krait_vm::objects::instance::materialize_dict(cx, d)?;
        let args2 = cx.get(h);
        cx.pop_handles(HandleMark::from_handle(h));
        let st = if krait_vm::objects::dict::dict_len(st) == 0 {
            none()
        } else {
            st
        };
        return new_tuple(cx, &[type_of(a.get(0)), args2, st]);
    } else {
        none()
    };
    new_tuple(cx, &[type_of(a.get(0)), args, state])
}

fn dq_sizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "deque.__sizeof__")?;
    Ok(Value::int(64 + 8 * capacity(a.get(0)) as i64))
}

fn dq_class_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "__class_getitem__")?;
    krait_vm::objects::generic_alias::new_alias(cx, a.get(0), a.get(1))
}

fn dq_maxlen(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), MAXLEN))
}

static DEQUE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => dq_new,
    Method "__init__" => dq_init,
    Method "append" => dq_append,
    Method "appendleft" => dq_appendleft,
    Method "pop" => dq_pop,
    Method "popleft" => dq_popleft,
    Method "extend" => dq_extend,
    Method "extendleft" => dq_extendleft,
    Method "clear" => dq_clear,
    Method "copy" => dq_copy,
    Method "count" => dq_count,
    Method "index" => dq_index,
    Method "insert" => dq_insert,
    Method "remove" => dq_remove,
    Method "reverse" => dq_reverse,
    Method "rotate" => dq_rotate,
    Method "__len__" => dq_len,
    Method "__bool__" => dq_bool,
    Method "__getitem__" => dq_getitem,
    Method "__setitem__" => dq_setitem,
    Method "__delitem__" => dq_delitem,
    Method "__contains__" => dq_contains,
    Method "__iter__" => dq_iter,
    Method "__reversed__" => dq_reversed,
    Method "__repr__" => dq_repr,
    Method "__eq__" => dq_eq, Method "__ne__" => dq_ne,
    Method "__lt__" => dq_lt, Method "__le__" => dq_le,
    Method "__gt__" => dq_gt, Method "__ge__" => dq_ge,
    Method "__add__" => dq_add,
    Method "__iadd__" => dq_iadd,
    Method "__mul__" => dq_mul, Method "__rmul__" => dq_mul,
    Method "__imul__" => dq_imul,
    Method "__copy__" => dq_copy_method,
    Method "__reduce__" => dq_reduce,
    Method "__sizeof__" => dq_sizeof,
    ClassMethod "__class_getitem__" => dq_class_getitem,
];

static DEQUE_GETSETS: &[GetSet] = &[GetSet {
    name: "maxlen",
    get: krait_vm::getter!("maxlen", dq_maxlen),
    set: None,
}];

static ITER_METHODS: &[NativeDef] = native_table![
    Method "__iter__" => it_iter,
    Method "__next__" => it_next,
    Method "__length_hint__" => it_length_hint,
];

/// Marks `deque.__hash__` as None (deques are unhashable).
pub fn finish(cx: &mut Ctx) -> PyResult<()> {
    let t = DEQUE_TYPE.get();
    let d = krait_vm::objects::typeobj::type_slot(t, krait_vm::objects::typeobj::tslot::DICT);
    let h = cx.root(d);
    let n = krait_vm::objects::str::intern(cx, "__hash__")?;
    let d = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    krait_vm::objects::dict::dict_set(cx, d, n, none())?;
    krait_vm::objects::typeobj::bump_version(cx, t);
    Ok(())
}
