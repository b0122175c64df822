//! The `sys` module.
//!
//! It lives in the VM crate (not the standard library) because the interpreter itself
//! reads it: `sys.modules` for imports, `sys.path`, `sys.stdout` for `print`, the recursion
//! limit, `sys.excepthook` when a program ends with an exception.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::native_table;
use crate::objects::dict::{dict_set, new_dict};
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::file::{self, Stream};
use crate::objects::function::{new_builtin_immortal, Args, NativeDef};
use crate::objects::int;
use crate::objects::list::new_list;
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::{intern, new_str};
use crate::objects::tuple::new_tuple;
use crate::runtime::{self, none, py_bool, SYS_MODULE, SYS_MODULES};
use crate::value::Value;

/// The version Krait implements.
pub const VERSION: (u32, u32, u32) = (3, 11, 7);

fn sys_dict() -> Value {
    module_dict(SYS_MODULE.get())
}

fn set(cx: &mut Ctx, name: &str, v: Value) -> PyResult<()> {
    let h = cx.root(v);
    let k = intern(cx, name)?;
    let v = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    dict_set(cx, sys_dict(), k, v)
}

fn set_str(cx: &mut Ctx, name: &str, s: &str) -> PyResult<()> {
    let v = new_str(cx, s)?;
    set(cx, name, v)
}

fn str_list(cx: &mut Ctx, items: &[String]) -> PyResult<Value> {
    let l = new_list(cx, &[])?;
    let h = cx.root(l);
    for s in items {
        let v = new_str(cx, s)?;
        let h_v = cx.get(h);
        crate::objects::list::list_append(cx, h_v, v)?;
    }
    let l = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(l)
}

/// Creates `sys` and `sys.modules` (bootstrap).
pub(crate) fn init(cx: &mut Ctx) -> PyResult<()> {
    let mods = new_dict(cx)?;
    SYS_MODULES.set_rooted(mods);
    let name = intern(cx, "sys")?;
    let m = new_module(cx, name)?;
    SYS_MODULE.set_rooted(m);
    let k = intern(cx, "sys")?;
    dict_set(cx, SYS_MODULES.get(), k, SYS_MODULE.get())?;
    let b = runtime::builtins_module();
    let k = intern(cx, "builtins")?;
    dict_set(cx, SYS_MODULES.get(), k, b)?;

    for def in FUNCTIONS {
        let f = new_builtin_immortal(cx, def, SYS_MODULE.get())?;
        set(cx, def.name, f)?;
    }
    set(cx, "modules", SYS_MODULES.get())?;
    let (ma, mi, pa) = VERSION;
    set_str(
        cx,
        "version",
        &format!(
            "{ma}.{mi}.{pa} (krait {}) [Rust]",
            env!("CARGO_PKG_VERSION")
        ),
    )?;
    set(
        cx,
        "hexversion",
        Value::int(((ma as i64) << 24) | ((mi as i64) << 16) | ((pa as i64) << 8) | 0xf0),
    )?;
    let vi = version_info(cx)?;
    set(cx, "version_info", vi)?;
    let maxsize = int::from_i64(cx, i64::MAX)?;
    set(cx, "maxsize", maxsize)?;
    set(cx, "maxunicode", Value::int(0x10ffff))?;
    set_str(
        cx,
        "byteorder",
        if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        },
    )?;
    set_str(cx, "platform", std::env::consts::OS)?;
    set_str(
        cx,
        "executable",
        &std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    )?;
    set_str(cx, "prefix", "/usr/local")?;
    set_str(cx, "exec_prefix", "/usr/local")?;
    set_str(cx, "base_prefix", "/usr/local")?;
    set_str(cx, "copyright", "Copyright (c) the Krait developers.")?;
    set(cx, "api_version", Value::int(1013))?;
    set(cx, "dont_write_bytecode", py_bool(true))?;
    let e = new_list(cx, &[])?;
    set(cx, "warnoptions", e)?;
    let e = new_list(cx, &[])?;
    set(cx, "meta_path", e)?;
    let e = new_list(cx, &[])?;
    set(cx, "path_hooks", e)?;
    let e = new_dict(cx)?;
    set(cx, "path_importer_cache", e)?;
    let e = new_list(cx, &[])?;
    set(cx, "argv", e)?;
    let e = new_list(cx, &[])?;
    set(cx, "orig_argv", e)?;
    let e = new_list(cx, &[])?;
    set(cx, "path", e)?;
    let impl_ns = simple_namespace(
        cx,
        &[("name", NsVal::Str("krait")), ("cache_tag", NsVal::None)],
    )?;
    set(cx, "implementation", impl_ns)?;
    let flags = simple_namespace(
        cx,
        &[
            ("debug", NsVal::Int(0)),
            ("inspect", NsVal::Int(0)),
            ("interactive", NsVal::Int(0)),
            ("optimize", NsVal::Int(0)),
            ("dont_write_bytecode", NsVal::Int(1)),
            ("no_user_site", NsVal::Int(0)),
            ("no_site", NsVal::Int(0)),
            ("ignore_environment", NsVal::Int(0)),
            ("verbose", NsVal::Int(0)),
            ("bytes_warning", NsVal::Int(0)),
            ("quiet", NsVal::Int(0)),
            ("hash_randomization", NsVal::Int(1)),
            ("isolated", NsVal::Int(0)),
            ("dev_mode", NsVal::Bool(false)),
            ("utf8_mode", NsVal::Int(1)),
            ("warn_default_encoding", NsVal::Int(0)),
            ("safe_path", NsVal::Bool(false)),
            (
                "int_max_str_digits",
                NsVal::Int(int::DEFAULT_MAX_STR_DIGITS as i64),
            ),
        ],
    )?;
    set(cx, "flags", flags)?;
    let fi = simple_namespace(
        cx,
        &[
            ("max", NsVal::Float(f64::MAX)),
            ("max_exp", NsVal::Int(f64::MAX_EXP as i64)),
            ("max_10_exp", NsVal::Int(f64::MAX_10_EXP as i64)),
            ("min", NsVal::Float(f64::MIN_POSITIVE)),
            ("min_exp", NsVal::Int(f64::MIN_EXP as i64)),
            ("min_10_exp", NsVal::Int(f64::MIN_10_EXP as i64)),
            ("dig", NsVal::Int(f64::DIGITS as i64)),
            ("mant_dig", NsVal::Int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", NsVal::Float(f64::EPSILON)),
            ("radix", NsVal::Int(2)),
            ("rounds", NsVal::Int(1)),
        ],
    )?;
    set(cx, "float_info", fi)?;
    let ii = simple_namespace(
        cx,
        &[
            ("bits_per_digit", NsVal::Int(30)),
            ("sizeof_digit", NsVal::Int(4)),
            (
                "default_max_str_digits",
                NsVal::Int(int::DEFAULT_MAX_STR_DIGITS as i64),
            ),
            ("str_digits_check_threshold", NsVal::Int(640)),
        ],
    )?;
    set(cx, "int_info", ii)?;
    let hi = simple_namespace(
        cx,
        &[
            ("width", NsVal::Int(64)),
            ("modulus", NsVal::Int((1i64 << 61) - 1)),
            ("inf", NsVal::Int(314_159)),
            ("nan", NsVal::Int(0)),
            ("imag", NsVal::Int(1_000_003)),
            ("algorithm", NsVal::Str("siphash13")),
            ("hash_bits", NsVal::Int(64)),
            ("seed_bits", NsVal::Int(128)),
        ],
    )?;
    set(cx, "hash_info", hi)?;

    let streams = [
        ("stdin", Stream::Stdin, "<stdin>", "r"),
        ("stdout", Stream::Stdout, "<stdout>", "w"),
        ("stderr", Stream::Stderr, "<stderr>", "w"),
    ];
    for (name, stream, fname, mode) in streams {
        let f = file::new_file(cx, file::TEXT_FILE_TYPE.get(), stream, fname, mode)?;
        let h = cx.root(f);
        file::register_std_stream(cx, f)?;
        let h_v = cx.get(h);
        set(cx, name, h_v)?;
        let h_v = cx.get(h);
        set(cx, &format!("__{name}__"), h_v)?;
        cx.pop_handles(HandleMark::from_handle(h));
    }
    let names = crate::ops::import::builtin_names();
    let mut all = names;
    all.push("sys".to_owned());
    all.push("builtins".to_owned());
    all.sort();
    let items = str_list(cx, &all)?;
    let t = crate::objects::list::list_to_tuple(cx, items)?;
    set(cx, "builtin_module_names", t)?;
    Ok(())
}

/// Values of a simple namespace's attributes.
pub enum NsVal {
    /// An int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A str.
    Str(&'static str),
    /// A bool.
    Bool(bool),
    /// None.
    None,
}

/// A `types.SimpleNamespace`-like object (a plain instance of `object` subclass with the
/// given attributes), for `sys.flags`, `sys.implementation`...
pub fn simple_namespace(cx: &mut Ctx, attrs: &[(&str, NsVal)]) -> PyResult<Value> {
    let ty = crate::objects::namespace::SIMPLE_NAMESPACE_TYPE.get();
    let ns = crate::objects::instance::new_instance(cx, ty)?;
    let h = cx.root(ns);
    for (name, v) in attrs {
        let v = match v {
            NsVal::Int(i) => int::from_i64(cx, *i)?,
            NsVal::Float(f) => crate::objects::float::new_float(cx, *f)?,
            NsVal::Str(s) => new_str(cx, s)?,
            NsVal::Bool(b) => py_bool(*b),
            NsVal::None => none(),
        };
        let hv = cx.root(v);
        let n = intern(cx, name)?;
        let (ns, v) = (cx.get(h), cx.get(hv));
        crate::objects::instance::set_attr(cx, ns, n, v)?;
        cx.pop_handles(HandleMark::from_handle(hv));
    }
    let ns = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(ns)
}

fn version_info(cx: &mut Ctx) -> PyResult<Value> {
    let (ma, mi, pa) = VERSION;
    let rl = new_str(cx, "final")?;
    let t = new_tuple(
        cx,
        &[
            Value::int(ma as i64),
            Value::int(mi as i64),
            Value::int(pa as i64),
            rl,
            Value::int(0),
        ],
    )?;
    crate::objects::wrapped::new_wrapped(cx, crate::objects::namespace::VERSION_INFO_TYPE.get(), t)
}

/// Sets `sys.argv` and `sys.orig_argv`.
pub fn set_argv(cx: &mut Ctx, argv: &[String], orig: &[String]) -> PyResult<()> {
    let l = str_list(cx, argv)?;
    set(cx, "argv", l)?;
    let l = str_list(cx, orig)?;
    set(cx, "orig_argv", l)
}

/// Sets `sys.path`.
pub fn set_path(cx: &mut Ctx, path: &[String]) -> PyResult<()> {
    let l = str_list(cx, path)?;
    set(cx, "path", l)
}

// --- functions -----------------------------------------------------------------------------

fn sys_exit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::no_kw(cx, &a, "exit")?;
    if a.len() > 1 {
        let msg = format!("exit expected at most 1 argument, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    let mut args: Vec<Value> = a.rest(0);
    // As in CPython, a tuple argument becomes the exception's arguments.
    if args.len() == 1 && crate::objects::tuple::is_tuple(args[0]) {
        args = crate::objects::tuple::tuple_items(args[0]);
    }
    let exc = crate::interp::call::call(cx, exceptions::SYSTEM_EXIT.get(), &args)?;
    Err(exceptions::raise_value(cx, exc))
}

fn getrecursionlimit(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(crate::interp::call::recursion_limit() as i64))
}

fn setrecursionlimit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if int::int_value(v).is_none() {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::typeobj::type_name(crate::objects::typeobj::type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    let n = crate::ops::number::index_i64(cx, v)?;
    if n < 1 {
        return Err(value_error(
            cx,
            "recursion limit must be greater or equal than 1",
        ));
    }
    let n = n.min(1_000_000) as u32;
    if n <= cx.depth {
        let msg = format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            cx.depth
        );
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RECURSION_ERROR.get(),
            &msg,
        ));
    }
    crate::interp::call::set_recursion_limit(n);
    Ok(none())
}

fn getsizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if v.is_int() {
        return Ok(Value::int(28));
    }
    let m = crate::ops::attr::type_lookup(
        cx,
        crate::objects::typeobj::type_of(v),
        crate::names::SIZEOF.get(),
    );
    if !m.is_null() {
        let r = crate::interp::call::call(cx, m, &[v])?;
        return Ok(r);
    }
    Ok(Value::int(crate::object::object_size(v.obj()) as i64))
}

fn intern_fn(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if !crate::objects::str::is_str(v) {
        let msg = format!(
            "intern() argument must be str, not {}",
            crate::objects::typeobj::type_name(crate::objects::typeobj::type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    crate::objects::str::intern_value(cx, v)
}

fn exc_info(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    let e = cx.handled_exception();
    if e.is_null() || e == none() {
        return new_tuple(cx, &[none(), none(), none()]);
    }
    let ty = crate::objects::typeobj::type_of(e);
    let tb = crate::object::slot(e.obj(), exceptions::eslot::TRACEBACK);
    let tb = if tb.is_null() { none() } else { tb };
    new_tuple(cx, &[ty, e, tb])
}

fn exception_fn(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    let e = cx.handled_exception();
    Ok(if e.is_null() { none() } else { e })
}

fn getdefaultencoding(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    new_str(cx, "utf-8")
}

fn get_int_max_str_digits(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(int::max_str_digits() as i64))
}

fn set_int_max_str_digits(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = if !a.is_empty() {
        a.get(0)
    } else {
        a.kw("maxdigits").unwrap_or(Value::NULL)
    };
    if v.is_null() {
        return Err(type_error(
            cx,
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    }
    let n = crate::ops::number::index_i64(cx, v)?;
    if n != 0 && n < 640 {
        return Err(value_error(cx, "maxdigits must be 0 or larger than 640"));
    }
    int::set_max_str_digits(n as usize);
    Ok(none())
}

fn getframe(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let depth = if !a.is_empty() {
        crate::ops::number::index_i64(cx, a.get(0))?
    } else {
        0
    };
    crate::interp::frame::frame_object(cx, depth.max(0) as usize)
}

fn displayhook(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if v == none() {
        return Ok(none());
    }
    let b = runtime::builtins_dict();
    let k = intern(cx, "_")?;
    crate::objects::dict::dict_set(cx, b, k, none())?;
    let h = cx.root(v);
    let r = crate::ops::repr::repr_string(cx, v)?;
    crate::builtins::io::write_stdout(cx, &format!("{r}\n"))?;
    let v = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let k = intern(cx, "_")?;
    crate::objects::dict::dict_set(cx, runtime::builtins_dict(), k, v)?;
    Ok(none())
}

fn excepthook(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() != 3 {
        let msg = format!("excepthook expected 3 arguments, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    crate::traceback::print_exception(cx, a.get(1))?;
    Ok(none())
}

fn settrace(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn gettrace(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn getrefcount(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    // No reference counts here; CPython's answer for a fresh object is 2.
    Ok(Value::int(2))
}

fn getfilesystemencoding(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    new_str(cx, "utf-8")
}

fn getswitchinterval(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    crate::objects::float::new_float(cx, 0.005)
}

fn setswitchinterval(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn is_finalizing(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(false))
}

fn audit(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

static FUNCTIONS: &[NativeDef] = native_table![
    Function "exit" => sys_exit,
    Function "getrecursionlimit" => getrecursionlimit,
    Function "setrecursionlimit" => setrecursionlimit,
    Function "getsizeof" => getsizeof,
    Function "intern" => intern_fn,
    Function "exc_info" => exc_info,
    Function "exception" => exception_fn,
    Function "getdefaultencoding" => getdefaultencoding,
    Function "getfilesystemencoding" => getfilesystemencoding,
    Function "get_int_max_str_digits" => get_int_max_str_digits,
    Function "set_int_max_str_digits" => set_int_max_str_digits,
    Function "_getframe" => getframe,
    Function "displayhook" => displayhook,
    Function "__displayhook__" => displayhook,
    Function "excepthook" => excepthook,
    Function "__excepthook__" => excepthook,
    Function "settrace" => settrace,
    Function "gettrace" => gettrace,
    Function "setprofile" => settrace,
    Function "getrefcount" => getrefcount,
    Function "getswitchinterval" => getswitchinterval,
    Function "setswitchinterval" => setswitchinterval,
    Function "is_finalizing" => is_finalizing,
    Function "audit" => audit,
];
