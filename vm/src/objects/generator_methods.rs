//! Methods and attributes of generators (and coroutines, which share them).

use crate::ctx::{Ctx, PyResult};
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::generator::{self, gen_close, gen_next, gen_send, gen_throw};
use crate::objects::typeobj::is_type;
use crate::runtime::{none, py_bool};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

fn g_iter(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(a.get(0))
}

fn g_next(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    match gen_next(cx, a.get(0))? {
        Some(v) => Ok(v),
        None => Err(exceptions::stop_iteration(cx, Value::NULL)),
    }
}

fn g_send(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::one(cx, &a, "generator.send")?;
    gen_send(cx, a.get(0), a.get(1))
}

/// `gen.throw(exc)`, `gen.throw(type)`, `gen.throw(type, value[, tb])`.
fn g_throw(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::range(cx, &a, "generator.throw", "throw", 1, 3)?;
    let (gen, typ, val) = (a.get(0), a.get(1), a.get(2));
    let h = cx.root(gen);
    let exc = if is_type(typ) && exceptions::is_exception_type(typ) {
        if !val.is_null() && val != none() && exceptions::is_exception(val) {
            val
        } else if val.is_null() || val == none() {
            crate::interp::call::call(cx, typ, &[])?
        } else {
            crate::interp::call::call(cx, typ, &[val])?
        }
    } else if exceptions::is_exception(typ) {
        if !val.is_null() && val != none() {
            cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
            return Err(type_error(
                cx,
                "instance exception may not have a separate value",
            ));
        }
        typ
    } else {
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        let msg = format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            crate::objects::typeobj::type_name(crate::objects::typeobj::type_of(typ))
        );
        return Err(type_error(cx, &msg));
    };
    let gen = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    gen_throw(cx, gen, exc)
}

fn g_close(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    gen_close(cx, a.get(0))?;
    Ok(none())
}

fn g_name(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(generator::gen_name(a.get(0)))
}

fn g_qualname(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(generator::gen_qualname(a.get(0)))
}

fn g_running(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(generator::is_running(a.get(0))))
}

fn g_code(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(generator::gen_code(a.get(0)))
}

fn g_frame(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    // Frames are not objects here; a finished generator has none, as in CPython.
    let _ = a;
    Ok(none())
}

fn g_suspended(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let g = a.get(0);
    Ok(py_bool(
        !generator::is_running(g) && !generator::is_finished(g),
    ))
}

/// Methods of generators and coroutines.
pub static GENERATOR_METHODS: &[NativeDef] = native_table![
    Method "__iter__" => g_iter,
    Method "__next__" => g_next,
    Method "send" => g_send,
    Method "throw" => g_throw,
    Method "close" => g_close,
    Method "__await__" => g_iter,
];

/// Attributes of generators and coroutines.
pub static GENERATOR_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__name__",
        get: getter!("__name__", g_name),
        set: None,
    },
    GetSet {
        name: "__qualname__",
        get: getter!("__qualname__", g_qualname),
        set: None,
    },
    GetSet {
        name: "gi_running",
        get: getter!("gi_running", g_running),
        set: None,
    },
    GetSet {
        name: "gi_code",
        get: getter!("gi_code", g_code),
        set: None,
    },
    GetSet {
        name: "gi_frame",
        get: getter!("gi_frame", g_frame),
        set: None,
    },
    GetSet {
        name: "gi_suspended",
        get: getter!("gi_suspended", g_suspended),
        set: None,
    },
    GetSet {
        name: "cr_running",
        get: getter!("cr_running", g_running),
        set: None,
    },
    GetSet {
        name: "cr_code",
        get: getter!("cr_code", g_code),
        set: None,
    },
];
