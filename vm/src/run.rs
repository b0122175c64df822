//! Running a program: a script file, a `-c` string, a module (`-m`), or stdin, as
//! `__main__`, with CPython's exit status and uncaught-exception reporting.

use crate::ctx::{Ctx, PyResult};
use crate::names;
use crate::objects::dict::dict_set;
use crate::objects::exceptions::{self, is_exception};
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::{as_str, intern, is_str_like, new_str, str_value};
use crate::runtime::{self, none};
use crate::value::Value;

/// What to run.
pub enum Program {
    /// A script file.
    File(String),
    /// Source text given with `-c`.
    Source(String),
    /// A module to run with `-m`.
    Module(String),
    /// The program read from stdin.
    Stdin,
}

/// Runs `program` as `__main__` with `sys.argv = argv`, and returns the process exit
/// status. Uncaught exceptions are printed (through `sys.excepthook`) and give status 1;
/// `SystemExit` gives its code.
pub fn run_main(cx: &mut Ctx, program: Program, argv: Vec<String>, orig_argv: Vec<String>) -> i32 {
    let r = (|| -> PyResult<()> {
        let script_dir = match &program {
            Program::File(p) => std::path::absolute(p)
                .ok()
                .and_then(|a| a.parent().map(|d| d.display().to_string()))
                .unwrap_or_default(),
            _ => String::new(),
        };
        let mut path = vec![script_dir];
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_owned));
        }
        crate::sys::set_path(cx, &path)?;
        crate::sys::set_argv(cx, &argv, &orig_argv)?;
        match program {
            Program::File(p) => {
                let src = match std::fs::read(&p) {
                    Ok(b) => b,
                    Err(e) => {
                        let exe = orig_argv
                            .first()
                            .cloned()
                            .unwrap_or_else(|| "krait".to_owned());
                        let err = e.raw_os_error().unwrap_or(0);
                        let msg = e.to_string();
                        let msg = msg.split(" (os error").next().unwrap_or(&msg).to_owned();
                        let abs = std::path::absolute(&p)
                            .map(|a| a.display().to_string())
                            .unwrap_or(p);
                        eprintln!("{exe}: can't open file '{abs}': [Errno {err}] {msg}");
                        return Err(exit_with(cx, 2));
                    }
                };
                let src = match String::from_utf8(src) {
                    Ok(s) => s,
                    Err(_) => {
                        let msg = format!("Non-UTF-8 code starting in file {p}");
                        return Err(exceptions::raise_msg(
                            cx,
                            exceptions::SYNTAX_ERROR.get(),
                            &msg,
                        ));
                    }
                };
                // `__file__` and tracebacks use the absolute path, as CPython's do.
                let abs = std::path::absolute(&p)
                    .map(|a| a.display().to_string())
                    .unwrap_or(p);
                run_source_as_main(cx, &src, &abs)
            }
            Program::Source(s) => run_source_as_main(cx, &s, "<string>"),
            Program::Stdin => {
                let mut s = String::new();
                use std::io::Read;
                let _ = cx.m.parked(|| std::io::stdin().read_to_string(&mut s));
                run_source_as_main(cx, &s, "<stdin>")
            }
            Program::Module(m) => {
                let sys_path_0 = std::env::current_dir()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                crate::sys::set_path(cx, &[sys_path_0])?;
                crate::ops::import::run_module_as_main(cx, &m)
            }
        }
    })();
    let mut status = match r {
        Ok(()) => 0,
        Err(_) => handle_uncaught(cx),
    };
    if wait_for_threads(cx).is_err() {
        status = handle_uncaught(cx);
    }
    crate::objects::file::flush_all(cx);
    status
}

/// At exit, as CPython does: if `threading` was imported, `threading._shutdown()` waits for
/// the non-daemon threads. Daemon threads are abandoned when the process exits.
fn wait_for_threads(cx: &mut Ctx) -> PyResult<()> {
    let key = intern(cx, "threading")?;
    let t = crate::objects::dict::dict_get_str(cx, runtime::SYS_MODULES.get(), key);
    if t.is_null() {
        return Ok(());
    }
    let name = intern(cx, "_shutdown")?;
    match crate::ops::attr::getattr(cx, t, name) {
        Ok(f) => crate::interp::call::call(cx, f, &[]).map(|_| ()),
        Err(_) => {
            cx.take_exception();
            Ok(())
        }
    }
}

/// A pseudo-exception carrying an exit status (used before any Python code runs).
fn exit_with(cx: &mut Ctx, code: i32) -> crate::ctx::Raised {
    match crate::interp::call::call(
        cx,
        exceptions::SYSTEM_EXIT.get(),
        &[Value::int(code as i64)],
    ) {
        Ok(e) => cx.set_exception(e),
        Err(r) => r,
    }
}

/// Compiles and runs `src` in a fresh `__main__` module.
pub fn run_source_as_main(cx: &mut Ctx, src: &str, filename: &str) -> PyResult<()> {
    run_source_as_main_in(cx, src, filename, None)
}

/// Like `run_source_as_main`, with `__package__` set (for `-m pkg.module`, so relative
/// imports resolve against `pkg`).
pub fn run_source_as_main_in(
    cx: &mut Ctx,
    src: &str,
    filename: &str,
    package: Option<&str>,
) -> PyResult<()> {
    let code = crate::compile_to_code(cx, src, filename, crate::compile::CompileMode::Exec)?;
    let hc = cx.root(code);
    let name = intern(cx, "__main__")?;
    let m = new_module(cx, name)?;
    let hm = cx.root(m);
    let d = module_dict(m);
    let hd = cx.root(d);
    if filename != "<string>" && filename != "<stdin>" {
        let f = new_str(cx, filename)?;
        let d = cx.get(hd);
        dict_set(cx, d, names::FILE.get(), f)?;
    }
    if let Some(p) = package {
        let pv = new_str(cx, p)?;
        let key = intern(cx, "__package__")?;
        let d = cx.get(hd);
        dict_set(cx, d, key, pv)?;
    }
    let b = runtime::builtins_module();
    let d = cx.get(hd);
    dict_set(cx, d, names::BUILTINS.get(), b)?;
    let m = cx.get(hm);
    let mods = runtime::SYS_MODULES.get();
    dict_set(cx, mods, name, m)?;
    let (code, d) = (cx.get(hc), cx.get(hd));
    crate::interp::call::run_code(cx, code, d, d, Value::NULL)?;
    cx.pop_handles(crate::ctx::HandleMark::from_handle(hc));
    Ok(())
}

/// Reports the exception being raised (SystemExit: its code) and returns the exit status.
pub fn handle_uncaught(cx: &mut Ctx) -> i32 {
    let exc = cx.take_exception();
    if exc.is_null() {
        return 1;
    }
    if exceptions::exc_matches(exc, exceptions::SYSTEM_EXIT.get()) {
        return system_exit_status(cx, exc);
    }
    let h = cx.root(exc);
    crate::objects::file::flush_all(cx);
    let hook = runtime::sys_attr(cx, "excepthook").unwrap_or(Value::NULL);
    let exc = cx.get(h);
    let r = if hook.is_null() || hook == none() {
        eprintln!("sys.excepthook is missing");
        crate::traceback::print_exception(cx, exc)
    } else {
        let ty = crate::objects::typeobj::type_of(exc);
        let tb = crate::object::slot(exc.obj(), exceptions::eslot::TRACEBACK);
        let tb = if tb.is_null() { none() } else { tb };
        crate::interp::call::call(cx, hook, &[ty, exc, tb]).map(|_| ())
    };
    if r.is_err() {
        let e2 = cx.take_exception();
        eprintln!("Error in sys.excepthook:");
        if is_exception(e2) {
            let _ = crate::traceback::print_exception(cx, e2);
        }
        eprintln!("\nOriginal exception was:");
        let exc = cx.get(h);
        let _ = crate::traceback::print_exception(cx, exc);
    }
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    1
}

/// The exit status of an uncaught SystemExit: None -> 0, an int -> itself, anything else
/// is printed to stderr and gives 1.
fn system_exit_status(cx: &mut Ctx, exc: Value) -> i32 {
    let code = crate::objects::instance::get_attr(cx, exc, names::CODE.get());
    let code = if code.is_null() {
        let args = exceptions::exc_args(exc);
        if crate::objects::tuple::tuple_len(args) > 0 {
            crate::objects::tuple::tuple_get(args, 0)
        } else {
            none()
        }
    } else {
        code
    };
    if code == none() {
        return 0;
    }
    if let Some(i) = crate::objects::int::int_value(code) {
        return crate::objects::int::to_i64(i).map_or(-1, |v| v as i32);
    }
    let h = cx.root(code);
    crate::objects::file::flush_all(cx);
    let code = cx.get(h);
    let text = if is_str_like(code) {
        as_str(str_value(code)).to_owned()
    } else {
        match crate::ops::repr::str_string(cx, code) {
            Ok(s) => s,
            Err(_) => {
                cx.take_exception();
                String::new()
            }
        }
    };
    let _ = crate::builtins::io::write_stderr(cx, &format!("{text}\n"));
    1
}
