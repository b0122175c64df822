//! Raising and catching: `raise`, `except` matching, and the `with` statement's enter and
//! exit calls.

use crate::ctx::{Ctx, HandleMark, PyResult, Raised};
use crate::interp::call::{call, sset};
use crate::names;
use crate::object::slot;
use crate::objects::exceptions::{self, eslot, exc_matches, is_exception, is_exception_type};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::attr;
use crate::runtime::{none, py_bool};
use crate::value::Value;

/// An exception instance from `raise X`: instances as is, classes called with no arguments.
pub fn make_exception(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_exception(v) {
        return Ok(v);
    }
    if is_exception_type(v) {
        // The class (a young object if user-defined) moves if its constructor runs.
        let hv = cx.root(v);
        let r = call(cx, v, &[]);
        let v = cx.get(hv);
        cx.pop_handles(HandleMark::from_handle(hv));
        let e = r?;
        if !is_exception(e) {
            let mark = cx.handle_mark();
            let he = cx.root(e);
            let cls = crate::ops::repr::repr_string(cx, v)?;
            let e = cx.get(he);
            cx.pop_handles(mark);
            let got = crate::ops::repr::repr_string(cx, type_of(e))?;
            let msg = format!(
                "calling {cls} should have returned an instance of BaseException, not {got}"
            );
            return Err(exceptions::type_error(cx, &msg));
        }
        return Ok(e);
    }
    Err(exceptions::type_error(
        cx,
        "exceptions must derive from BaseException",
    ))
}

/// RAISE_VARARGS: `raise` (re-raise the handled exception), `raise exc`,
/// `raise exc from cause`.
pub fn do_raise(cx: &mut Ctx, exc: Value, cause: Value) -> Raised {
    if exc.is_null() {
        let h = cx.handled_exception();
        if h.is_null() {
            return exceptions::raise_msg(
                cx,
                exceptions::RUNTIME_ERROR.get(),
                "No active exception to reraise",
            );
        }
        return cx.set_exception(h);
    }
    let hc = cx.root(cause);
    let e = match make_exception(cx, exc) {
        Ok(e) => e,
        Err(r) => {
            cx.pop_handles(HandleMark::from_handle(hc));
            return r;
        }
    };
    let cause = cx.get(hc);
    cx.pop_handles(HandleMark::from_handle(hc));
    if !cause.is_null() {
        let he = cx.root(e);
        let c = if cause == none() {
            Ok(none())
        } else {
            make_exception(cx, cause).map_err(|_| {
                cx.take_exception();
                exceptions::type_error(cx, "exception causes must derive from BaseException")
            })
        };
        let e = cx.get(he);
        cx.pop_handles(HandleMark::from_handle(he));
        match c {
            Ok(c) => {
                cx.set_slot(e.obj(), eslot::CAUSE, c);
                cx.set_slot(e.obj(), eslot::SUPPRESS, py_bool(true));
            }
            Err(r) => return r,
        }
    }
    exceptions::raise_value(cx, e)
}

/// CHECK_EXC_MATCH: whether `exc` matches the `except` clause's `spec`.
pub fn check_match(cx: &mut Ctx, exc: Value, spec: Value) -> PyResult<bool> {
    let valid = |v: Value| is_exception_type(v);
    let ok = if is_tuple(spec) {
        (0..tuple_len(spec)).all(|i| valid(tuple_get(spec, i)))
    } else {
        valid(spec)
    };
    if !ok {
        return Err(exceptions::type_error(
            cx,
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(exc_matches(exc, spec))
}

/// WITH_EXCEPT_START: `exit(type(exc), exc, exc.__traceback__)`.
pub fn with_exit(cx: &mut Ctx, exit: Value, exc: Value) -> PyResult<Value> {
    let tb = if is_exception(exc) {
        slot(exc.obj(), eslot::TRACEBACK)
    } else {
        none()
    };
    let r = call(
        cx,
        exit,
        &[type_of(exc), exc, if tb.is_null() { none() } else { tb }],
    )?;
    crate::ops::compare::truthy(cx, r).map(py_bool)
}

/// BEFORE_WITH: looks up `__enter__` and `__exit__`, writes the bound exit and the result of
/// `__enter__()` into stack slots `pos` and `pos + 1`.
pub fn before_with(cx: &mut Ctx, mgr: Value, pos: usize) -> PyResult<()> {
    let ty = type_of(mgr);
    let enter = attr::type_lookup(cx, ty, names::ENTER.get());
    let exit = attr::type_lookup(cx, ty, names::EXIT.get());
    if enter.is_null() || exit.is_null() {
        let msg = if enter.is_null() {
            format!(
                "'{}' object does not support the context manager protocol",
                type_name(ty)
            )
        } else {
            format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                type_name(ty)
            )
        };
        return Err(exceptions::type_error(cx, &msg));
    }
    let mark = cx.handle_mark();
    let (hm, he) = (cx.root(mgr), cx.root(enter));
    let bound_exit = attr::descr_get(cx, exit, mgr, ty)?;
    sset(cx, pos, bound_exit);
    let (mgr, enter) = (cx.get(hm), cx.get(he));
    cx.pop_handles(mark);
    let r = call(cx, enter, &[mgr])?;
    sset(cx, pos + 1, r);
    Ok(())
}
