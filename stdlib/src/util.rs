//! Helpers shared by the native modules: filling a module's namespace with functions and
//! types, and argument checks with CPython's messages for module-level functions (whose
//! arguments start at index 0).

use krait_vm::ctx::{Ctx, HandleMark, PyResult};
use krait_vm::objects::exceptions::type_error;
use krait_vm::objects::function::{new_builtin_immortal, Args, NativeDef};
use krait_vm::objects::module::module_setattr;
use krait_vm::objects::str::{intern, new_str};
use krait_vm::types_init::{make_module_type, TypeSpec};
use krait_vm::value::Value;

/// Sets `m.name = v`.
pub fn set_attr(cx: &mut Ctx, m: Value, name: &str, v: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hm, hv) = (cx.root(m), cx.root(v));
    let n = intern(cx, name)?;
    let (m, v) = (cx.get(hm), cx.get(hv));
    cx.pop_handles(mark);
    module_setattr(cx, m, n, v)
}

/// Adds each definition as a built-in function of module `m`.
pub fn add_functions(cx: &mut Ctx, m: Value, defs: &'static [NativeDef]) -> PyResult<()> {
    let hm = cx.root(m);
    for def in defs {
        let m = cx.get(hm);
        let f = new_builtin_immortal(cx, def, m)?;
        let m = cx.get(hm);
        set_attr(cx, m, def.name, f)?;
    }
    cx.pop_handles(HandleMark::from_handle(hm));
    Ok(())
}

/// Creates (once) the type described by `spec`, with `__module__` = `module`, and binds it
/// in `m` under its short name when `export` is set.
pub fn add_type(
    cx: &mut Ctx,
    m: Value,
    spec: &TypeSpec,
    module: &str,
    export: bool,
) -> PyResult<Value> {
    let hm = cx.root(m);
    let t = make_module_type(cx, spec, module)?;
    let m = cx.get(hm);
    cx.pop_handles(HandleMark::from_handle(hm));
    if export {
        let short = spec.name.rsplit('.').next().unwrap_or(spec.name);
        set_attr(cx, m, short, t)?;
    }
    Ok(t)
}

/// Sets `module.name` to a str.
pub fn set_str(cx: &mut Ctx, module: Value, name: &str, s: &str) -> PyResult<()> {
    let h = cx.root(module);
    let v = new_str(cx, s)?;
    let m = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    set_attr(cx, m, name, v)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `qual() takes no keyword arguments`.
pub fn no_kw(cx: &mut Ctx, a: &Args<'_>, qual: &str) -> PyResult<()> {
    if a.nkw() > 0 {
        return Err(type_error(
            cx,
            &format!("{qual}() takes no keyword arguments"),
        ));
    }
    Ok(())
}

/// A one-argument function: `qual() takes exactly one argument (N given)`.
pub fn one(cx: &mut Ctx, a: &Args<'_>, qual: &str) -> PyResult<Value> {
    no_kw(cx, a, qual)?;
    if a.len() != 1 {
        let msg = format!("{qual}() takes exactly one argument ({} given)", a.len());
        return Err(type_error(cx, &msg));
    }
    Ok(a.get(0))
}

/// `min..=max` positional arguments: `name expected N arguments, got M`.
pub fn positional(
    cx: &mut Ctx,
    a: &Args<'_>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(cx, a, qual)?;
    let n = a.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(type_error(cx, &msg));
    }
    Ok(())
}
