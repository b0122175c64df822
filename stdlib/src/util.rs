//! Helpers shared by the native modules: filling a module's namespace with functions and
//! types, and small argument conversions.

use krait_vm::ctx::{Ctx, HandleMark, PyResult};
use krait_vm::objects::function::{new_builtin_immortal, NativeDef};
use krait_vm::objects::module::module_setattr;
use krait_vm::objects::str::intern;
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
