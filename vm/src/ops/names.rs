//! Name operations of module and class bodies (LOAD_NAME and friends), globals deletion,
//! annotations, and interactive display.

use crate::ctx::{Ctx, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::objects::dict::{dict_del, dict_get_str, dict_set, is_exact_dict, new_dict};
use crate::objects::exceptions;
use crate::objects::instance;
use crate::objects::str::as_str;
use crate::runtime::none;
use crate::value::Value;

/// `locals[name]` (NULL if absent) for a dict or any mapping.
pub fn locals_get(cx: &mut Ctx, locals: Value, name: Value) -> PyResult<Value> {
    if locals.is_null() {
        return Ok(Value::NULL);
    }
    if is_exact_dict(locals) {
        return Ok(dict_get_str(cx, locals, name));
    }
    crate::ops::subscript::getitem_opt(cx, locals, name)
}

/// `locals[name] = v`.
pub fn locals_set(cx: &mut Ctx, locals: Value, name: Value, v: Value) -> PyResult<()> {
    if is_exact_dict(locals) {
        return dict_set(cx, locals, name, v);
    }
    crate::ops::subscript::setitem(cx, locals, name, v)
}

fn name_error(cx: &mut Ctx, name: Value) -> crate::ctx::Raised {
    let msg = format!("name '{}' is not defined", as_str(name));
    let r = exceptions::raise_msg(cx, exceptions::NAME_ERROR.get(), &msg);
    let exc = cx.exception();
    let _ = instance::set_attr(cx, exc, names::NAME_ATTR.get(), name);
    r
}

/// `del locals[name]`.
pub fn locals_del(cx: &mut Ctx, locals: Value, name: Value) -> PyResult<()> {
    if is_exact_dict(locals) {
        if dict_del(cx, locals, name)?.is_null() {
            return Err(name_error(cx, name));
        }
        return Ok(());
    }
    crate::ops::subscript::delitem(cx, locals, name)
}

/// `del` of a global.
pub fn delete_global(cx: &mut Ctx, globals: Value, name: Value) -> PyResult<()> {
    if dict_del(cx, globals, name)?.is_null() {
        return Err(name_error(cx, name));
    }
    Ok(())
}

/// LOAD_NAME: locals, globals, builtins.
pub fn load_name(cx: &mut Ctx, fi: usize, name: Value) -> PyResult<Value> {
    let f = cx.frames().frames[fi];
    let v = locals_get(cx, f.locals, name)?;
    if !v.is_null() {
        return Ok(v);
    }
    let f = cx.frames().frames[fi];
    if f.globals != f.locals {
        let v = dict_get_str(cx, f.globals, name);
        if !v.is_null() {
            return Ok(v);
        }
    }
    let b = cx.frames().frames[fi].builtins;
    if !b.is_null() {
        let v = if is_exact_dict(b) {
            dict_get_str(cx, b, name)
        } else {
            crate::ops::subscript::getitem_opt(cx, b, name)?
        };
        if !v.is_null() {
            return Ok(v);
        }
    }
    Err(name_error(cx, name))
}

/// The `__name__` of the module whose globals are `g` (for functions' `__module__`).
pub fn module_name_of(cx: &mut Ctx, g: Value) -> Value {
    let v = dict_get_str(cx, g, names::NAME.get());
    if v.is_null() {
        none()
    } else {
        v
    }
}

/// SETUP_ANNOTATIONS.
pub fn setup_annotations(cx: &mut Ctx, locals: Value) -> PyResult<()> {
    let v = locals_get(cx, locals, names::ANNOTATIONS.get())?;
    if v.is_null() {
        let h = cx.root(locals);
        let d = new_dict(cx)?;
        let locals = cx.get(h);
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        locals_set(cx, locals, names::ANNOTATIONS.get(), d)?;
    }
    Ok(())
}

/// PRINT_EXPR: `sys.displayhook(v)`.
pub fn print_expr(cx: &mut Ctx, v: Value) -> PyResult<()> {
    let hook = crate::runtime::sys_attr(cx, "displayhook")?;
    if hook.is_null() {
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "lost sys.displayhook",
        ));
    }
    call(cx, hook, &[v]).map(|_| ())
}
