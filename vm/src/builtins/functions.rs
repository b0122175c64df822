//! Built-in functions other than I/O and those over iterables (`containers.rs`): `abs`,
//! `repr`, `getattr`, `exec`...
//!
//! Each checks its arguments with CPython's messages; the work is in `ops/`.

use crate::compile::bytecode::BinOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::native_table;
use crate::objects::argcheck;
use crate::objects::dict::{self, dict_get_str, is_dict_like};
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::{self, from_i64};
use crate::objects::list::{self, list_items, new_list};
use crate::objects::str::{as_str, is_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{is_type, type_name, type_of};
use crate::ops::attr::{self, type_lookup};
use crate::runtime::{none, py_bool};
use crate::value::Value;

fn no_kw(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<()> {
    argcheck::no_kw(cx, a, name)
}

fn exactly(cx: &mut Ctx, a: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    no_kw(cx, a, name)?;
    if a.len() != n {
        let msg = if n == 1 {
            format!("{name}() takes exactly one argument ({} given)", a.len())
        } else {
            format!("{name} expected {n} arguments, got {}", a.len())
        };
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

fn between(cx: &mut Ctx, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kw(cx, a, name)?;
    let n = a.len();
    if n < min {
        let msg = format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        );
        return Err(type_error(cx, &msg));
    }
    if n > max {
        let msg = format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        );
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

fn build_class(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::construct::build_class(cx, a)
}

fn b_abs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "abs", 1)?;
    crate::ops::arith::abs(cx, a.get(0))
}

fn b_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "repr", 1)?;
    crate::ops::repr::repr(cx, a.get(0))
}

fn b_ascii(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "ascii", 1)?;
    crate::ops::repr::ascii(cx, a.get(0))
}

fn b_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "hash", 1)?;
    let h = crate::protocol::hash(cx, a.get(0))?;
    from_i64(cx, h)
}

fn b_id(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "id", 1)?;
    let id = cx.identity(a.get(0))?;
    int::from_i128(cx, id as i128)
}

fn b_callable(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "callable", 1)?;
    Ok(py_bool(is_callable(cx, a.get(0))))
}

/// `callable(v)`.
pub fn is_callable(cx: &mut Ctx, v: Value) -> bool {
    if v.is_int() {
        return false;
    }
    !type_lookup(cx, type_of(v), names::CALL.get()).is_null()
        || crate::objects::function::is_function(v)
        || crate::objects::function::is_builtin(v)
        || crate::objects::function::is_method(v)
        || is_type(v)
}

fn radix(cx: &mut Ctx, a: &Args<'_>, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    exactly(cx, a, name, 1)?;
    let i = crate::ops::number::index(cx, a.get(0))?;
    let b = int::to_bigint(i);
    let digits = b.magnitude().to_str_radix(base);
    let sign = if b.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    new_str(cx, &format!("{sign}{prefix}{digits}"))
}

fn b_bin(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    radix(cx, &a, "bin", 2, "0b")
}
fn b_oct(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    radix(cx, &a, "oct", 8, "0o")
}
fn b_hex(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    radix(cx, &a, "hex", 16, "0x")
}

fn b_chr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "chr", 1)?;
    let v = a.get(0);
    let i = crate::ops::number::index(cx, v)?;
    let c = int::to_i64(i)
        .and_then(|c| u32::try_from(c).ok())
        .filter(|&c| c <= 0x10ffff);
    match c {
        Some(c) => match char::from_u32(c) {
            Some(ch) => crate::objects::str::char_str(cx, ch),
            // Lone surrogates cannot be represented in UTF-8 text.
            None => Err(value_error(
                cx,
                "chr() arg is a surrogate code point, not supported",
            )),
        },
        None => {
            if int::to_i64(i).and_then(|x| i32::try_from(x).ok()).is_none() {
                return Err(exceptions::overflow_error(
                    cx,
                    "Python int too large to convert to C int",
                ));
            }
            Err(value_error(cx, "chr() arg not in range(0x110000)"))
        }
    }
}

fn b_ord(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "ord", 1)?;
    let v = a.get(0);
    if is_str_like(v) {
        let s = as_str(str_value(v));
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::int(c as i64)),
            _ => {
                let msg = format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                );
                Err(type_error(cx, &msg))
            }
        };
    }
    if crate::objects::bytes::is_bytes_like(v) {
        let d = crate::objects::bytes::bytes_data(v);
        if d.len() == 1 {
            return Ok(Value::int(d[0] as i64));
        }
        let msg = format!(
            "ord() expected a character, but string of length {} found",
            d.len()
        );
        return Err(type_error(cx, &msg));
    }
    let msg = format!(
        "ord() expected string of length 1, but {} found",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

fn b_getattr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    between(cx, &a, "getattr", 2, 3)?;
    let (obj, name) = (a.get(0), a.get(1));
    if !is_str_like(name) {
        let msg = format!(
            "attribute name must be string, not '{}'",
            type_name(type_of(name))
        );
        return Err(type_error(cx, &msg));
    }
    let name = crate::objects::str::intern_value(cx, str_value(name))?;
    if a.len() == 3 {
        let dflt = a.get(2);
        let h = cx.root(dflt);
        let r = attr::getattr(cx, obj, name);
        let dflt = cx.get(h);
        cx.pop_handles(HandleMark::from_handle(h));
        return match r {
            Ok(v) => Ok(v),
            Err(e) => {
                let exc = cx.exception();
                if attr::isinstance_of(exc, exceptions::ATTRIBUTE_ERROR.get()) {
                    cx.take_exception();
                    Ok(dflt)
                } else {
                    Err(e)
                }
            }
        };
    }
    attr::getattr(cx, obj, name)
}

fn b_setattr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "setattr", 3)?;
    let name = attr_name_arg(cx, a.get(1))?;
    attr::setattr(cx, a.get(0), name, a.get(2))?;
    Ok(none())
}

fn attr_name_arg(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if !is_str_like(v) {
        let msg = format!(
            "attribute name must be string, not '{}'",
            type_name(type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    crate::objects::str::intern_value(cx, str_value(v))
}

fn b_delattr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "delattr", 2)?;
    let name = attr_name_arg(cx, a.get(1))?;
    attr::delattr(cx, a.get(0), name)?;
    Ok(none())
}

fn b_hasattr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "hasattr", 2)?;
    let name = attr_name_arg(cx, a.get(1))?;
    attr::hasattr(cx, a.get(0), name).map(py_bool)
}

fn b_isinstance(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "isinstance", 2)?;
    super::isinstance_impl(cx, a.get(0), a.get(1), true).map(py_bool)
}

fn b_issubclass(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "issubclass", 2)?;
    super::issubclass_impl(cx, a.get(0), a.get(1), true).map(py_bool)
}

fn b_divmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "divmod", 2)?;
    super::divmod_impl(cx, a.get(0), a.get(1))
}

/// Binds the arguments of a built-in with positional-or-keyword parameters `params`, the
/// first `required` of them required, with CPython's messages; NULL for missing ones.
fn bind_params(
    cx: &mut Ctx,
    a: &Args<'_>,
    fname: &str,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Value>> {
    let n = a.len() + a.nkw();
    if n > params.len() {
        let msg = format!(
            "{fname}() takes at most {} arguments ({n} given)",
            params.len()
        );
        return Err(type_error(cx, &msg));
    }
    let mut out: Vec<Value> = (0..params.len()).map(|i| a.get(i)).collect();
    let mut unexpected = None;
    for k in 0..a.nkw() {
        let (name, v) = a.kw_at(k);
        match params.iter().position(|&p| p == as_str(name)) {
            Some(i) if i < a.len() => {
                let msg = format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    params[i],
                    i + 1
                );
                return Err(type_error(cx, &msg));
            }
            Some(i) => out[i] = v,
            None => unexpected = unexpected.or(Some(as_str(name).to_owned())),
        }
    }
    if let Some(i) = out[..required].iter().position(|v| v.is_null()) {
        let msg = format!(
            "{fname}() missing required argument '{}' (pos {})",
            params[i],
            i + 1
        );
        return Err(type_error(cx, &msg));
    }
    if let Some(name) = unexpected {
        let msg = format!("{fname}() got an unexpected keyword argument '{name}'");
        return Err(type_error(cx, &msg));
    }
    Ok(out)
}

fn b_pow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let args = bind_params(cx, &a, "pow", &["base", "exp", "mod"], 2)?;
    if args[2].is_null() || args[2] == none() {
        crate::ops::arith::binary_op(cx, args[0], args[1], BinOp::Pow)
    } else {
        crate::ops::arith::pow3(cx, args[0], args[1], args[2])
    }
}

fn b_round(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let args = bind_params(cx, &a, "round", &["number", "ndigits"], 1)?;
    let (x, nd) = (args[0], args[1]);
    let m = type_lookup(cx, type_of(x), names::ROUND.get());
    if m.is_null() {
        let msg = format!(
            "type {} doesn't define __round__ method",
            type_name(type_of(x))
        );
        return Err(type_error(cx, &msg));
    }
    if nd.is_null() || nd == none() {
        call(cx, m, &[x])
    } else {
        call(cx, m, &[x, nd])
    }
}

fn b_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    between(cx, &a, "format", 1, 2)?;
    let spec = if a.len() > 1 { a.get(1) } else { Value::NULL };
    if !spec.is_null() && !is_str_like(spec) {
        let msg = format!(
            "format() argument 2 must be str, not {}",
            type_name(type_of(spec))
        );
        return Err(type_error(cx, &msg));
    }
    let spec = if spec.is_null() {
        ""
    } else {
        as_str(str_value(spec))
    };
    crate::ops::format::format(cx, a.get(0), spec)
}

fn b_vars(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    between(cx, &a, "vars", 0, 1)?;
    if a.is_empty() {
        return b_locals(cx, a);
    }
    let v = a.get(0);
    match attr::getattr_opt(cx, v, names::DICT.get())? {
        d if d.is_null() => Err(type_error(
            cx,
            "vars() argument must have __dict__ attribute",
        )),
        d => Ok(d),
    }
}

/// The names `dir(obj)` lists (unsorted), for suggestions.
pub fn dir_names(cx: &mut Ctx, obj: Value) -> PyResult<Vec<String>> {
    let m = type_lookup(cx, type_of(obj), crate::names::DIR.get());
    if m.is_null() {
        return Ok(Vec::new());
    }
    let r = call(cx, m, &[obj])?;
    let l = list::list_from_iter(cx, r)?;
    Ok(list_items(l)
        .into_iter()
        .filter(|v| is_str(*v))
        .map(|v| as_str(v).to_owned())
        .collect())
}

fn b_dir(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    between(cx, &a, "dir", 0, 1)?;
    if a.is_empty() {
        let locals = b_locals(cx, a)?;
        let keys: Vec<Value> = dict::dict_items(locals)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        let l = new_list(cx, &keys)?;
        let h = cx.root(l);
        crate::objects::list_methods::list_sort(cx, l, Value::NULL, false)?;
        let l = cx.get(h);
        cx.pop_handles(HandleMark::from_handle(h));
        return Ok(l);
    }
    let v = a.get(0);
    let m = type_lookup(cx, type_of(v), crate::names::DIR.get());
    let r = if m.is_null() {
        new_list(cx, &[])?
    } else {
        call(cx, m, &[v])?
    };
    let l = list::list_from_iter(cx, r)?;
    let h = cx.root(l);
    crate::objects::list_methods::list_sort(cx, l, Value::NULL, false)?;
    let l = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(l)
}

/// The innermost Python frame's globals and locals (what `globals()`/`locals()` see).
fn caller_namespaces(cx: &mut Ctx) -> (Value, Value) {
    crate::interp::frame::caller_namespaces(cx)
}

fn b_globals(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "globals", 0)?;
    Ok(caller_namespaces(cx).0)
}

fn b_locals(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let _ = a;
    crate::interp::frame::caller_locals(cx)
}

/// Parses `(source, globals=None, locals=None)` for `exec`/`eval`.
fn exec_args(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<(Value, Value, Value)> {
    let mut g = if a.len() > 1 { a.get(1) } else { Value::NULL };
    let mut l = if a.len() > 2 { a.get(2) } else { Value::NULL };
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        match as_str(k) {
            "globals" => g = v,
            "locals" => l = v,
            other => {
                let msg = format!("{name}() got an unexpected keyword argument '{other}'");
                return Err(type_error(cx, &msg));
            }
        }
    }
    if a.is_empty() || a.len() > 3 {
        let msg = format!("{name} expected at least 1 argument, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    if g == none() {
        g = Value::NULL;
    }
    if l == none() {
        l = Value::NULL;
    }
    if !g.is_null() && !dict::is_exact_dict(g) && !is_dict_like(g) {
        let msg = format!(
            "{name}() globals must be a dict, not {}",
            type_name(type_of(g))
        );
        return Err(type_error(cx, &msg));
    }
    let (cg, cl) = caller_namespaces(cx);
    let (g, l) = match (g.is_null(), l.is_null()) {
        (true, true) => {
            let cl = if cl.is_null() { cg } else { cl };
            let cl = if cl.is_null() {
                crate::interp::frame::caller_locals(cx)?
            } else {
                cl
            };
            (cg, cl)
        }
        (false, true) => (g, g),
        (true, false) => (cg, l),
        (false, false) => (g, l),
    };
    // Storing `__builtins__` may run a colliding key's `__eq__`: root both namespaces.
    let (hg, hl) = (cx.root(g), cx.root(l));
    if dict_get_str(cx, g, names::BUILTINS.get()).is_null() {
        let b = crate::runtime::builtins_module();
        let hg_v = cx.get(hg);
        dict::dict_set(cx, hg_v, names::BUILTINS.get(), b)?;
    }
    let (g, l) = (cx.get(hg), cx.get(hl));
    cx.pop_handles(HandleMark::from_handle(hg));
    Ok((a.get(0), g, l))
}

fn source_text(cx: &mut Ctx, src: Value, name: &str) -> PyResult<Option<String>> {
    if is_str_like(src) {
        return Ok(Some(as_str(str_value(src)).to_owned()));
    }
    if crate::objects::bytes::is_bytes_like(src) {
        return Ok(Some(
            String::from_utf8_lossy(&crate::objects::bytes::bytes_data(src)).into_owned(),
        ));
    }
    if type_of(src) == crate::objects::function::CODE_TYPE.get() {
        return Ok(None);
    }
    let msg = format!("{name}() arg 1 must be a string, bytes or code object");
    Err(type_error(cx, &msg))
}

fn b_exec(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (src, g, l) = exec_args(cx, &a, "exec")?;
    let mark = cx.handle_mark();
    let (hg, hl) = (cx.root(g), cx.root(l));
    let code = match source_text(cx, src, "exec")? {
        Some(text) => {
            crate::compile_to_code(cx, &text, "<string>", crate::compile::CompileMode::Exec)?
        }
        None => src,
    };
    let (g, l) = (cx.get(hg), cx.get(hl));
    cx.pop_handles(mark);
    crate::interp::call::run_code(cx, code, g, l, Value::NULL)?;
    Ok(none())
}

fn b_eval(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (src, g, l) = exec_args(cx, &a, "eval")?;
    let mark = cx.handle_mark();
    let (hg, hl) = (cx.root(g), cx.root(l));
    let code = match source_text(cx, src, "eval")? {
        Some(text) => {
            let t = text.trim_start_matches([' ', '\t']);
            crate::compile_to_code(cx, t, "<string>", crate::compile::CompileMode::Eval)?
        }
        None => src,
    };
    let (g, l) = (cx.get(hg), cx.get(hl));
    cx.pop_handles(mark);
    crate::interp::call::run_code(cx, code, g, l, Value::NULL)
}

/// A file name argument: str, bytes, or an `os.PathLike` (whose `__fspath__` returns one).
fn filename_arg(cx: &mut Ctx, v: Value) -> PyResult<String> {
    let bytes_ok = |v: Value| {
        crate::objects::bytes::is_bytes_like(v) && !crate::objects::bytes::is_bytearray(v)
    };
    if is_str_like(v) {
        return Ok(as_str(str_value(v)).to_owned());
    }
    if bytes_ok(v) {
        return Ok(String::from_utf8_lossy(&crate::objects::bytes::bytes_data(v)).into_owned());
    }
    let tname = type_name(type_of(v)).to_owned();
    let fspath = crate::objects::str::intern(cx, "__fspath__")?;
    let m = type_lookup(cx, type_of(v), fspath);
    if m.is_null() {
        let msg = format!("expected str, bytes or os.PathLike object, not {tname}");
        return Err(type_error(cx, &msg));
    }
    // `v` is not used after the call, which may move it.
    let r = call(cx, m, &[v])?;
    if is_str_like(r) {
        return Ok(as_str(str_value(r)).to_owned());
    }
    if bytes_ok(r) {
        return Ok(String::from_utf8_lossy(&crate::objects::bytes::bytes_data(r)).into_owned());
    }
    let msg = format!(
        "expected {tname}.__fspath__() to return str or bytes, not {}",
        type_name(type_of(r))
    );
    Err(type_error(cx, &msg))
}

fn b_compile(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let get = |i: usize, name: &str| {
        if a.len() > i {
            a.get(i)
        } else {
            a.kw(name).unwrap_or(Value::NULL)
        }
    };
    let (src, filename, mode) = (get(0, "source"), get(1, "filename"), get(2, "mode"));
    if src.is_null() || filename.is_null() || mode.is_null() {
        return Err(type_error(cx, "compile() missing required argument"));
    }
    let text = match source_text(cx, src, "compile")? {
        Some(t) => t,
        None => return Ok(src),
    };
    let fname = filename_arg(cx, filename)?;
    // `filename.__str__` may have run Python code: read `mode` again from the (rooted)
    // arguments.
    let mode = get(2, "mode");
    let mode = if is_str_like(mode) {
        as_str(str_value(mode)).to_owned()
    } else {
        String::new()
    };
    let m = match mode.as_str() {
        "exec" => crate::compile::CompileMode::Exec,
        "eval" => crate::compile::CompileMode::Eval,
        "single" => crate::compile::CompileMode::Single,
        _ => {
            return Err(value_error(
                cx,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    crate::compile_to_code(cx, &text, &fname, m)
}

fn b_import(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let get = |i: usize, name: &str| {
        if a.len() > i {
            a.get(i)
        } else {
            a.kw(name).unwrap_or(Value::NULL)
        }
    };
    let name = get(0, "name");
    if name.is_null() || !is_str_like(name) {
        return Err(type_error(cx, "__import__() argument 1 must be str"));
    }
    let fromlist = get(3, "fromlist");
    let level = get(4, "level");
    let fromlist = if fromlist.is_null() { none() } else { fromlist };
    let level = if level.is_null() {
        Value::int(0)
    } else {
        level
    };
    let name = str_value(name);
    crate::ops::import::import_name(cx, usize::MAX, name, fromlist, level)
}

fn b_breakpoint(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn b_help(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if v.is_null() {
        return Ok(none());
    }
    let doc = attr::getattr_opt(cx, v, names::DOC.get())?;
    if is_str(doc) {
        let text = as_str(doc).to_owned();
        super::io::write_stdout(cx, &format!("{text}\n"))?;
    }
    Ok(none())
}

fn b_aiter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "aiter", 1)?;
    let n = crate::objects::str::intern(cx, "__aiter__")?;
    attr::call_method(cx, a.get(0), n, &[])
}

fn b_anext(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    between(cx, &a, "anext", 1, 2)?;
    let n = crate::objects::str::intern(cx, "__anext__")?;
    attr::call_method(cx, a.get(0), n, &[])
}

/// Builtin functions (I/O ones are in `io.rs`, those over iterables in `containers.rs`).
pub static FUNCTIONS: &[NativeDef] = native_table![
    Function "__build_class__" => build_class,
    Function "__import__" => b_import,
    Function "abs" => b_abs,
    Function "repr" => b_repr,
    Function "ascii" => b_ascii,
    Function "hash" => b_hash,
    Function "id" => b_id,
    Function "callable" => b_callable,
    Function "bin" => b_bin,
    Function "oct" => b_oct,
    Function "hex" => b_hex,
    Function "chr" => b_chr,
    Function "ord" => b_ord,
    Function "getattr" => b_getattr,
    Function "setattr" => b_setattr,
    Function "delattr" => b_delattr,
    Function "hasattr" => b_hasattr,
    Function "isinstance" => b_isinstance,
    Function "issubclass" => b_issubclass,
    Function "divmod" => b_divmod,
    Function "pow" => b_pow,
    Function "round" => b_round,
    Function "format" => b_format,
    Function "vars" => b_vars,
    Function "dir" => b_dir,
    Function "globals" => b_globals,
    Function "locals" => b_locals,
    Function "exec" => b_exec,
    Function "eval" => b_eval,
    Function "compile" => b_compile,
    Function "breakpoint" => b_breakpoint,
    Function "help" => b_help,
    Function "aiter" => b_aiter,
    Function "anext" => b_anext,
];
