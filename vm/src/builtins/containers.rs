//! Built-in functions over iterables: `len`, `iter`, `next`, `all`, `any`, `sum`, `min`,
//! `max` and `sorted`, with CPython's argument rules and messages.
//!
//! Each loop keeps the iterator, the accumulator and the current best in handles: the
//! items' `__next__`, `__add__`, comparisons and key functions are Python code.

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::native_table;
use crate::objects::argcheck;
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::float::{float_of, is_float, new_float};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::from_i64;
use crate::objects::list;
use crate::objects::str::{as_str, is_str_like};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr;
use crate::ops::iter::{get_iter, next_fast};
use crate::runtime::{none, py_bool};
use crate::value::Value;

/// `name() takes exactly one argument (n given)`, no keywords.
fn exactly_one(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<()> {
    argcheck::no_kw(cx, a, name)?;
    if a.len() != 1 {
        let msg = format!("{name}() takes exactly one argument ({} given)", a.len());
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

/// `name expected at least/most k arguments, got n`, no keywords.
fn between(cx: &mut Ctx, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    argcheck::no_kw(cx, a, name)?;
    let n = a.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let msg = format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        );
        return Err(type_error(cx, &msg));
    }
    if n > max {
        let msg = format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        );
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

fn b_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly_one(cx, &a, "len")?;
    let n = crate::ops::subscript::len(cx, a.get(0))?;
    Ok(Value::int(n as i64))
}

fn b_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    between(cx, &a, "iter", 1, 2)?;
    if a.len() == 2 {
        let f = a.get(0);
        if !super::functions::is_callable(cx, f) {
            return Err(type_error(cx, "iter(v, w): v must be callable"));
        }
        return crate::ops::iter::callable_iter(cx, f, a.get(1));
    }
    get_iter(cx, a.get(0))
}

fn b_next(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    between(cx, &a, "next", 1, 2)?;
    let it = a.get(0);
    if !crate::ops::iter::is_iterator(cx, it) {
        let msg = format!("'{}' object is not an iterator", type_name(type_of(it)));
        return Err(type_error(cx, &msg));
    }
    let r = crate::ops::iter::next_raw(cx, it);
    let dflt = a.get(1);
    match r {
        Ok(v) if !v.is_null() => Ok(v),
        Ok(_) => {
            if dflt.is_null() {
                Err(exceptions::stop_iteration(cx, Value::NULL))
            } else {
                Ok(dflt)
            }
        }
        Err(e) => {
            if !dflt.is_null()
                && attr::isinstance_of(cx.exception(), exceptions::STOP_ITERATION.get())
            {
                cx.take_exception();
                return Ok(dflt);
            }
            Err(e)
        }
    }
}

/// `all`/`any`: stop at the first item whose truth is `stop_on`.
fn all_any(cx: &mut Ctx, a: &Args<'_>, name: &str, stop_on: bool) -> PyResult<Value> {
    exactly_one(cx, a, name)?;
    let it = get_iter(cx, a.get(0))?;
    let h = cx.root(it);
    let mut result = !stop_on;
    loop {
        let it = cx.get(h);
        let Some(v) = next_fast(cx, it)? else { break };
        if crate::ops::compare::truthy(cx, v)? == stop_on {
            result = stop_on;
            break;
        }
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(py_bool(result))
}

fn b_all(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    all_any(cx, &a, "all", false)
}
fn b_any(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    all_any(cx, &a, "any", true)
}

/// `sum(iterable, /, start=0)`: exact-int and float fast paths (a running C double, as
/// CPython 3.11), then `+`.
fn b_sum(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let n = a.len();
    let mut start = if n > 1 { a.get(1) } else { Value::NULL };
    if a.len() + a.nkw() > 2 {
        let msg = format!("sum() takes at most 2 arguments ({} given)", n + a.nkw());
        return Err(type_error(cx, &msg));
    }
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        if as_str(k) == "start" {
            start = v;
        } else {
            let msg = format!("'{}' is an invalid keyword argument for sum()", as_str(k));
            return Err(type_error(cx, &msg));
        }
    }
    if n == 0 {
        return Err(type_error(
            cx,
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let start = if start.is_null() {
        Value::int(0)
    } else {
        start
    };
    if is_str_like(start) {
        return Err(type_error(
            cx,
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if crate::objects::bytes::is_bytearray(start) {
        return Err(type_error(
            cx,
            "sum() can't sum bytearray [use b''.join(seq) instead]",
        ));
    }
    if crate::objects::bytes::is_bytes_like(start) {
        return Err(type_error(
            cx,
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let mark = cx.handle_mark();
    let hacc = cx.root(start);
    let it = get_iter(cx, a.get(0))?;
    let hi = cx.root(it);
    // `__iter__` may have run Python code and moved `start`.
    let start = cx.get(hacc);
    let mut acc_i: Option<i64> = start.is_int().then(|| start.as_int());
    let mut acc_f: Option<f64> = is_float(start).then(|| float_of(start));
    loop {
        let it = cx.get(hi);
        let Some(v) = next_fast(cx, it)? else {
            break;
        };
        if let Some(s) = acc_i {
            if v.is_int() {
                if let Some(r) = s.checked_add(v.as_int()) {
                    acc_i = Some(r);
                    continue;
                }
            }
            if is_float(v) {
                // An int total meets a float: continue in floats.
                acc_i = None;
                acc_f = Some(s as f64 + float_of(v));
                continue;
            }
            let hv = cx.root(v);
            let cur = from_i64(cx, s)?;
            cx.set(hacc, cur);
            let v = cx.get(hv);
            cx.pop_handles(HandleMark::from_handle(hv));
            acc_i = None;
            let r = crate::ops::arith::binary_op(cx, cur, v, BinOp::Add)?;
            cx.set(hacc, r);
            continue;
        }
        if let Some(f) = acc_f {
            if is_float(v) {
                acc_f = Some(f + float_of(v));
                continue;
            }
            if v.is_int() {
                acc_f = Some(f + v.as_int() as f64);
                continue;
            }
            let hv = cx.root(v);
            let cur = new_float(cx, f)?;
            cx.set(hacc, cur);
            let v = cx.get(hv);
            cx.pop_handles(HandleMark::from_handle(hv));
            acc_f = None;
            let r = crate::ops::arith::binary_op(cx, cur, v, BinOp::Add)?;
            cx.set(hacc, r);
            continue;
        }
        let acc = cx.get(hacc);
        let r = crate::ops::arith::binary_op(cx, acc, v, BinOp::Add)?;
        cx.set(hacc, r);
        if r.is_int() {
            acc_i = Some(r.as_int());
        } else if is_float(r) {
            acc_f = Some(float_of(r));
        }
    }
    let r = if let Some(s) = acc_i {
        from_i64(cx, s)?
    } else if let Some(f) = acc_f {
        new_float(cx, f)?
    } else {
        cx.get(hacc)
    };
    cx.pop_handles(mark);
    Ok(r)
}

/// `min`/`max` with `key=` and `default=`.
fn min_max(cx: &mut Ctx, a: &Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let mut key = Value::NULL;
    let mut dflt = Value::NULL;
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        match as_str(k) {
            "key" => key = if v == none() { Value::NULL } else { v },
            "default" => dflt = v,
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for {name}()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    let n = a.len();
    if n == 0 {
        let msg = format!("{name} expected at least 1 argument, got 0");
        return Err(type_error(cx, &msg));
    }
    if n > 1 && !dflt.is_null() {
        let msg =
            format!("Cannot specify a default for {name}() with multiple positional arguments");
        return Err(type_error(cx, &msg));
    }
    let mark = cx.handle_mark();
    let (hk, hd) = (cx.root(key), cx.root(dflt));
    let src = if n == 1 {
        a.get(0)
    } else {
        new_tuple(cx, &a.rest(0))?
    };
    let it = get_iter(cx, src)?;
    let hi = cx.root(it);
    let hbest = cx.root(Value::NULL);
    let hbestk = cx.root(Value::NULL);
    loop {
        let it = cx.get(hi);
        let Some(v) = next_fast(cx, it)? else {
            break;
        };
        let hv = cx.root(v);
        let keyf = cx.get(hk);
        let k = if keyf.is_null() {
            v
        } else {
            call(cx, keyf, &[v])?
        };
        let hkv = cx.root(k);
        let bestk = cx.get(hbestk);
        let better = bestk.is_null() || crate::ops::compare::compare_bool(cx, k, bestk, op)?;
        if better {
            let (v, k) = (cx.get(hv), cx.get(hkv));
            cx.set(hbest, v);
            cx.set(hbestk, k);
        }
        cx.pop_handles(HandleMark::from_handle(hv));
    }
    let best = cx.get(hbest);
    let dflt = cx.get(hd);
    cx.pop_handles(mark);
    if best.is_null() {
        if !dflt.is_null() {
            return Ok(dflt);
        }
        let msg = format!("{name}() arg is an empty sequence");
        return Err(value_error(cx, &msg));
    }
    Ok(best)
}

fn b_min(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    min_max(cx, &a, "min", CmpOp::Lt)
}
fn b_max(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    min_max(cx, &a, "max", CmpOp::Gt)
}

fn b_sorted(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() != 1 {
        let msg = format!("sorted expected 1 argument, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    let (key, reverse) = crate::objects::list_methods::sort_options(cx, &a, "sort")?;
    let mark = cx.handle_mark();
    let hk = cx.root(key);
    let l = list::list_from_iter(cx, a.get(0))?;
    let hl = cx.root(l);
    let key = cx.get(hk);
    crate::objects::list_methods::list_sort(cx, l, key, reverse)?;
    let l = cx.get(hl);
    cx.pop_handles(mark);
    Ok(l)
}

/// The built-in functions over iterables.
pub static FUNCTIONS: &[NativeDef] = native_table![
    Function "len" => b_len,
    Function "iter" => b_iter,
    Function "next" => b_next,
    Function "all" => b_all,
    Function "any" => b_any,
    Function "sum" => b_sum,
    Function "min" => b_min,
    Function "max" => b_max,
    Function "sorted" => b_sorted,
];
