//! # krait-vm
//!
//! Owns Python **values and objects** (the tagged `Value`, object layouts, types, shapes,
//! strings, containers), the collector binding, per-thread contexts, the **compiler**
//! (AST -> bytecode), the **interpreter**, the object protocol, the `builtins` and `sys`
//! modules, and the import system.
//!
//! It must never depend on `krait-jit` or `krait-stdlib`: those plug in through hooks this
//! crate exposes (`interp::eval::set_jit_hooks`, `ops::import::register_native`).

pub mod binding;
mod bootstrap;
pub mod builtins;
pub mod compile;
pub mod ctx;
pub mod hash;
pub mod interp;
pub mod libm;
pub mod names;
pub mod object;
pub mod objects;
pub mod ops;
pub mod os_time;
pub mod protocol;
pub mod run;
pub mod runtime;
pub mod sys;
pub mod traceback;
pub mod types_init;
pub mod value;

use ctx::{Ctx, PyResult};
use value::Value;

/// Compiles `source` into a code object; a compile error is raised as `SyntaxError` (or
/// `IndentationError`/`TabError`) with its location attributes set.
pub fn compile_to_code(
    cx: &mut Ctx,
    source: &str,
    filename: &str,
    mode: compile::CompileMode,
) -> PyResult<Value> {
    match compile::compile(source, filename, mode) {
        Ok(unit) => {
            if std::env::var_os("KRAIT_DIS").is_some() {
                eprintln!("{}", compile::dis::dis(&unit));
            }
            compile::materialize::materialize(cx, &unit)
        }
        Err(e) => Err(objects::exceptions::raise_syntax_error(cx, &e)),
    }
}
