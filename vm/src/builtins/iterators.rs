//! The built-in iterator types `enumerate`, `zip`, `map`, `filter` and `reversed`.
//!
//! ```text
//! enumerate FIXED: [iterator][count: int or big int]
//! zip       FIXED: [tuple of iterators][strict: bool]
//! map       FIXED: [function][tuple of iterators]
//! filter    FIXED: [function or None][iterator]
//! reversed  FIXED: [sequence][next index: int, -1 when exhausted]
//! ```
//!
//! `next_builtin` advances them without a method call (the interpreter's `FOR_ITER` and
//! `ops::iter::next` use it).

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::native_table;
use crate::object::{self, slot};
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::tuple::{new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::iter::{get_iter, next};
use crate::runtime::{none, py_bool, types, Global};
use crate::value::Value;

/// `enumerate`.
pub static ENUMERATE_TYPE: Global = Global::new();
/// `zip`.
pub static ZIP_TYPE: Global = Global::new();
/// `map`.
pub static MAP_TYPE: Global = Global::new();
/// `filter`.
pub static FILTER_TYPE: Global = Global::new();
/// `reversed`.
pub static REVERSED_TYPE: Global = Global::new();

/// A new instance of `cls` (the built-in type or a subclass) holding `a` and `b`.
///
/// Callers pass `cls` freshly read from their (rooted) `Args`: a user subclass is an
/// ordinary young object that moves when their earlier `get_iter`/`len` calls run Python.
fn alloc2(cx: &mut Ctx, cls: Value, a: Value, b: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (ha, hb) = (cx.root(a), cx.root(b));
    let l = crate::objects::typeobj::type_data(cls).layout;
    let inst = if l.has_attrs {
        crate::objects::instance::new_instance(cx, cls)?
    } else {
        Value::from_obj(cx.alloc_fixed(cls, 2)?)
    };
    object::init_slot(inst.obj(), 0, cx.get(ha));
    object::init_slot(inst.obj(), 1, cx.get(hb));
    cx.pop_handles(mark);
    Ok(inst)
}

fn e_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mut it = if a.len() > 1 { a.get(1) } else { Value::NULL };
    let mut start = if a.len() > 2 { a.get(2) } else { Value::NULL };
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        match crate::objects::str::as_str(k) {
            "iterable" if it.is_null() => it = v,
            "start" if start.is_null() => start = v,
            "iterable" | "start" => {
                let msg = format!(
                    "argument for enumerate() given by name ('{}') and position ({})",
                    crate::objects::str::as_str(k),
                    if crate::objects::str::as_str(k) == "iterable" {
                        1
                    } else {
                        2
                    }
                );
                return Err(type_error(cx, &msg));
            }
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for enumerate()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    if a.len() - 1 + a.nkw() > 2 {
        let msg = format!(
            "enumerate() takes at most 2 arguments ({} given)",
            a.len() - 1 + a.nkw()
        );
        return Err(type_error(cx, &msg));
    }
    if it.is_null() {
        return Err(type_error(
            cx,
            "enumerate() missing required argument 'iterable'",
        ));
    }
    let mark = cx.handle_mark();
    let hs = cx.root(start);
    let iter = get_iter(cx, it)?;
    let start = cx.get(hs);
    let start = if start.is_null() {
        Value::int(0)
    } else {
        // An int, or anything with `__index__` (Python code: root the iterator).
        let hi = cx.root(iter);
        let start = crate::ops::number::index(cx, start)?;
        let iter = cx.get(hi);
        cx.pop_handles(mark);
        return alloc2(cx, a.get(0), iter, start);
    };
    cx.pop_handles(mark);
    alloc2(cx, a.get(0), iter, start)
}

fn z_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        if crate::objects::str::as_str(k) == "strict" {
            strict = crate::ops::compare::truthy(cx, v)?;
        } else {
            let msg = format!(
                "zip() got an unexpected keyword argument '{}'",
                crate::objects::str::as_str(k)
            );
            return Err(type_error(cx, &msg));
        }
    }
    let srcs = a.rest(1);
    let mark = cx.handle_mark();
    let hs: Vec<_> = srcs.iter().map(|&s| cx.root(s)).collect();
    let mut its = Vec::with_capacity(srcs.len());
    for h in hs.iter() {
        let s = cx.get(*h);
        let it = get_iter(cx, s)?;
        its.push(cx.root(it));
    }
    let vals: Vec<Value> = its.iter().map(|h| cx.get(*h)).collect();
    let t = new_tuple(cx, &vals)?;
    cx.pop_handles(mark);
    alloc2(cx, a.get(0), t, py_bool(strict))
}

fn m_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::no_kw(cx, &a, "map")?;
    if a.len() < 3 {
        return Err(type_error(cx, "map() must have at least two arguments."));
    }
    let mark = cx.handle_mark();
    let hf = cx.root(a.get(1));
    let srcs = a.rest(2);
    let hs: Vec<_> = srcs.iter().map(|&s| cx.root(s)).collect();
    let mut its = Vec::new();
    for h in hs {
        let s = cx.get(h);
        let it = get_iter(cx, s)?;
        its.push(cx.root(it));
    }
    let vals: Vec<Value> = its.iter().map(|h| cx.get(*h)).collect();
    let t = new_tuple(cx, &vals)?;
    let f = cx.get(hf);
    cx.pop_handles(mark);
    alloc2(cx, a.get(0), f, t)
}

fn f_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::no_kw(cx, &a, "filter")?;
    if a.len() != 3 {
        let msg = format!("filter expected 2 arguments, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let h = cx.root(a.get(1));
    let it = get_iter(cx, a.get(2))?;
    let f = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    alloc2(cx, a.get(0), f, it)
}

fn r_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::no_kw(cx, &a, "reversed")?;
    if a.len() != 2 {
        let msg = format!("reversed expected 1 argument, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let seq = a.get(1);
    if crate::objects::list::is_list(seq) {
        return crate::ops::iter::list_reverse_iter(cx, seq);
    }
    let m = crate::ops::attr::type_lookup(cx, type_of(seq), crate::names::REVERSED.get());
    if !m.is_null() {
        if m == none() {
            let msg = format!("'{}' object is not reversible", type_name(type_of(seq)));
            return Err(type_error(cx, &msg));
        }
        return call(cx, m, &[seq]);
    }
    let has_getitem = !crate::ops::attr::type_lookup(cx, type_of(seq), crate::names::GETITEM.get())
        .is_null()
        || crate::objects::tuple::is_tuple(seq)
        || crate::objects::str::is_str(seq);
    if !has_getitem || crate::objects::dict::is_dict_like(seq) {
        let msg = format!("'{}' object is not reversible", type_name(type_of(seq)));
        return Err(type_error(cx, &msg));
    }
    let h = cx.root(seq);
    let n = crate::ops::subscript::len(cx, seq)?;
    let seq = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    alloc2(cx, a.get(0), seq, Value::int(n as i64 - 1))
}

fn iter_self(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::wrapper(cx, &a, "__iter__", 0)?;
    Ok(a.get(0))
}

fn next_method(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::wrapper(cx, &a, "__next__", 0)?;
    let it = a.get(0);
    match next_builtin(cx, it, type_of(it))? {
        Some(v) => Ok(v),
        None => Err(exceptions::stop_iteration(cx, Value::NULL)),
    }
}

/// Advances an instance of one of these types (or a subclass) whose type is `ty`.
pub fn next_builtin(cx: &mut Ctx, it: Value, ty: Value) -> PyResult<Option<Value>> {
    let base = base_kind(ty);
    let o = it.obj();
    if base == ENUMERATE_TYPE.get() {
        let inner = slot(o, 0);
        let h = cx.root(it);
        let r = next(cx, inner)?;
        let it = cx.get(h);
        cx.pop_handles(HandleMark::from_handle(h));
        let Some(v) = r else { return Ok(None) };
        let count = slot(it.obj(), 1);
        let hv = cx.root(v);
        let next_count = crate::objects::int::add(cx, count, Value::int(1))?;
        cx.set_slot(it.obj(), 1, next_count);
        let v = cx.get(hv);
        cx.pop_handles(HandleMark::from_handle(hv));
        return new_tuple(cx, &[count, v]).map(Some);
    }
    if base == ZIP_TYPE.get() {
        return zip_next(cx, it);
    }
    if base == MAP_TYPE.get() {
        let its = slot(o, 1);
        let n = tuple_len(its);
        let mark = cx.handle_mark();
        let hit = cx.root(it);
        let mut args = Vec::with_capacity(n);
        for i in 0..n {
            let inner = tuple_get(slot(cx.get(hit).obj(), 1), i);
            match next(cx, inner)? {
                Some(v) => args.push(cx.root(v)),
                None => {
                    cx.pop_handles(mark);
                    return Ok(None);
                }
            }
        }
        let vals: Vec<Value> = args.iter().map(|h| cx.get(*h)).collect();
        let f = slot(cx.get(hit).obj(), 0);
        let r = call(cx, f, &vals)?;
        cx.pop_handles(mark);
        return Ok(Some(r));
    }
    if base == FILTER_TYPE.get() {
        let mark = cx.handle_mark();
        let hit = cx.root(it);
        loop {
            let inner = slot(cx.get(hit).obj(), 1);
            let Some(v) = next(cx, inner)? else {
                cx.pop_handles(mark);
                return Ok(None);
            };
            let hv = cx.root(v);
            let f = slot(cx.get(hit).obj(), 0);
            let keep = if f == none() || f == types().bool.get() {
                crate::ops::compare::truthy(cx, v)?
            } else {
                let r = call(cx, f, &[v])?;
                crate::ops::compare::truthy(cx, r)?
            };
            if keep {
                let v = cx.get(hv);
                cx.pop_handles(mark);
                return Ok(Some(v));
            }
            cx.pop_handles(HandleMark::from_handle(hv));
        }
    }
    if base == REVERSED_TYPE.get() {
        let i = slot(o, 1).as_int();
        if i < 0 {
            return Ok(None);
        }
        let seq = slot(o, 0);
        object::init_slot(o, 1, Value::int(i - 1));
        let h = cx.root(it);
        let r = crate::ops::subscript::getitem(cx, seq, Value::int(i));
        let it = cx.get(h);
        cx.pop_handles(HandleMark::from_handle(h));
        return match r {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let exc = cx.exception();
                if crate::ops::attr::isinstance_of(exc, exceptions::INDEX_ERROR.get())
                    || crate::ops::attr::isinstance_of(exc, exceptions::STOP_ITERATION.get())
                {
                    cx.take_exception();
                    object::init_slot(it.obj(), 1, Value::int(-1));
                    return Ok(None);
                }
                Err(e)
            }
        };
    }
    Ok(None)
}

/// Whether `ty` is exactly one of these five types.
#[inline]
pub fn is_exact_builtin(ty: Value) -> bool {
    [
        &ENUMERATE_TYPE,
        &ZIP_TYPE,
        &MAP_TYPE,
        &FILTER_TYPE,
        &REVERSED_TYPE,
    ]
    .iter()
    .any(|g| g.get() == ty)
}

/// Which of the five types `ty` is or derives from (NULL if none).
pub fn base_kind(ty: Value) -> Value {
    for g in [
        &ENUMERATE_TYPE,
        &ZIP_TYPE,
        &MAP_TYPE,
        &FILTER_TYPE,
        &REVERSED_TYPE,
    ] {
        let t = g.get();
        if ty == t || crate::objects::typeobj::is_subtype(ty, t) {
            return t;
        }
    }
    Value::NULL
}

fn zip_next(cx: &mut Ctx, it: Value) -> PyResult<Option<Value>> {
    let its = slot(it.obj(), 0);
    let n = tuple_len(its);
    if n == 0 {
        return Ok(None);
    }
    let mark = cx.handle_mark();
    let hit = cx.root(it);
    let mut vals = Vec::with_capacity(n);
    for i in 0..n {
        let inner = tuple_get(slot(cx.get(hit).obj(), 0), i);
        match next(cx, inner)? {
            Some(v) => vals.push(cx.root(v)),
            None => {
                let strict = slot(cx.get(hit).obj(), 1) == py_bool(true);
                if strict {
                    if i > 0 {
                        cx.pop_handles(mark);
                        let msg = format!(
                            "zip() argument {} is shorter than argument{} {}",
                            i + 1,
                            if i == 1 { "" } else { "s" },
                            if i == 1 {
                                "1".to_owned()
                            } else {
                                format!("1-{i}")
                            }
                        );
                        return Err(exceptions::value_error(cx, &msg));
                    }
                    for j in 1..n {
                        let inner = tuple_get(slot(cx.get(hit).obj(), 0), j);
                        if next(cx, inner)?.is_some() {
                            cx.pop_handles(mark);
                            let msg = format!(
                                "zip() argument {} is longer than argument{} {}",
                                j + 1,
                                if j == 1 { "" } else { "s" },
                                if j == 1 {
                                    "1".to_owned()
                                } else {
                                    format!("1-{j}")
                                }
                            );
                            return Err(exceptions::value_error(cx, &msg));
                        }
                    }
                }
                cx.pop_handles(mark);
                return Ok(None);
            }
        }
    }
    let vs: Vec<Value> = vals.iter().map(|h| cx.get(*h)).collect();
    cx.pop_handles(mark);
    new_tuple(cx, &vs).map(Some)
}

fn r_length_hint(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::none(cx, &a, "__length_hint__")?;
    let _ = cx;
    Ok(Value::int(slot(a.get(0).obj(), 1).as_int() + 1))
}

/// Methods of `enumerate`.
pub static ENUMERATE_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => e_new,
    Method "__iter__" => iter_self,
    Method "__next__" => next_method,
    ClassMethod "__class_getitem__" => class_getitem,
];
/// Methods of `zip`.
pub static ZIP_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => z_new,
    Method "__iter__" => iter_self,
    Method "__next__" => next_method,
];
/// Methods of `map`.
pub static MAP_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => m_new,
    Method "__iter__" => iter_self,
    Method "__next__" => next_method,
];
/// Methods of `filter`.
pub static FILTER_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => f_new,
    Method "__iter__" => iter_self,
    Method "__next__" => next_method,
];
/// Methods of `reversed`.
pub static REVERSED_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => r_new,
    Method "__iter__" => iter_self,
    Method "__next__" => next_method,
    Method "__length_hint__" => r_length_hint,
];

fn class_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::one(cx, &a, "__class_getitem__")?;
    crate::objects::generic_alias::new_alias(cx, a.get(0), a.get(1))
}
