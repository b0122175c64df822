//! Console and file built-ins: `print`, `input`, `open`.
//!
//! `print` writes straight into a file object's buffer when the target is one of ours (the
//! common case); any other object gets its `write` method called, as in CPython.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::names;
use crate::native_table;
use crate::objects::exceptions::{self, type_error};
use crate::objects::file;
use crate::objects::function::{Args, NativeDef};
use crate::objects::str::{as_str, is_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::none;
use crate::value::Value;

/// `sys.stdout`, or a RuntimeError if it is gone.
fn std_stream(cx: &mut Ctx, name: &str) -> PyResult<Value> {
    let f = crate::runtime::sys_attr(cx, name)?;
    if f.is_null() || f == none() {
        let msg = format!("lost sys.{name}");
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            &msg,
        ));
    }
    Ok(f)
}

/// Writes `text` to `f` (a file object or anything with `write`).
pub fn write_to(cx: &mut Ctx, f: Value, text: &str) -> PyResult<()> {
    if file::is_file(f) {
        return file::write_bytes(cx, f, text.as_bytes());
    }
    let h = cx.root(f);
    let s = new_str(cx, text)?;
    let f = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    crate::ops::attr::call_method(cx, f, names::WRITE.get(), &[s])?;
    Ok(())
}

/// Writes `text` to `sys.stdout`.
pub fn write_stdout(cx: &mut Ctx, text: &str) -> PyResult<()> {
    let f = std_stream(cx, "stdout")?;
    write_to(cx, f, text)
}

/// Writes `text` to `sys.stderr` (falling back to the process's stderr).
pub fn write_stderr(cx: &mut Ctx, text: &str) -> PyResult<()> {
    let f = crate::runtime::sys_attr(cx, "stderr")?;
    if f.is_null() || f == none() {
        eprint!("{text}");
        return Ok(());
    }
    write_to(cx, f, text)
}

fn print(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let mut sep = Value::NULL;
    let mut end = Value::NULL;
    let mut fileobj = Value::NULL;
    // `flush` first: its truth may run Python code, after which the others are read.
    let flush = match a.kw("flush") {
        Some(v) => crate::ops::compare::truthy(cx, v)?,
        None => false,
    };
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        match as_str(k) {
            "sep" => sep = v,
            "end" => end = v,
            "file" => fileobj = v,
            "flush" => {}
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for print()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    for (v, what) in [(sep, "sep"), (end, "end")] {
        if !v.is_null() && v != none() && !is_str_like(v) {
            let msg = format!(
                "{what} must be None or a string, not {}",
                type_name(type_of(v))
            );
            return Err(type_error(cx, &msg));
        }
    }
    let sep_s = if sep.is_null() || sep == none() {
        " ".to_owned()
    } else {
        as_str(str_value(sep)).to_owned()
    };
    let end_s = if end.is_null() || end == none() {
        "\n".to_owned()
    } else {
        as_str(str_value(end)).to_owned()
    };
    let mark = cx.handle_mark();
    let f = if fileobj.is_null() || fileobj == none() {
        std_stream(cx, "stdout")?
    } else {
        fileobj
    };
    let hf = cx.root(f);
    let mut out = String::new();
    for i in 0..a.len() {
        if i > 0 {
            out.push_str(&sep_s);
        }
        let v = a.get(i);
        if is_str(v) {
            out.push_str(as_str(v));
        } else if v.is_int() {
            out.push_str(&v.as_int().to_string());
        } else {
            let s = crate::ops::repr::to_str(cx, v)?;
            out.push_str(as_str(s));
        }
    }
    out.push_str(&end_s);
    let f = cx.get(hf);
    if file::is_file(f) {
        file::write_bytes(cx, f, out.as_bytes())?;
        if flush {
            let f = cx.get(hf);
            file::flush(cx, f)?;
        }
    } else {
        write_to(cx, f, &out)?;
        if flush {
            let f = cx.get(hf);
            crate::ops::attr::call_method(cx, f, names::FLUSH.get(), &[])?;
        }
    }
    cx.pop_handles(mark);
    Ok(none())
}

fn input(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::no_kw(cx, &a, "input")?;
    if a.len() > 1 {
        let msg = format!("input expected at most 1 argument, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    let h = cx.root(a.get(0));
    let stdout = std_stream(cx, "stdout")?;
    let hs = cx.root(stdout);
    let prompt = cx.get(h);
    if !prompt.is_null() {
        let p = crate::ops::repr::str_string(cx, prompt)?;
        let hs_v = cx.get(hs);
        write_to(cx, hs_v, &p)?;
    }
    let stdout = cx.get(hs);
    if file::is_file(stdout) {
        file::flush(cx, stdout)?;
    }
    let stdin = std_stream(cx, "stdin")?;
    cx.pop_handles(HandleMark::from_handle(h));
    let line = if file::is_file(stdin) {
        file::input_line(cx, stdin)?
    } else {
        let r = crate::ops::attr::call_method(cx, stdin, names::READLINE.get(), &[])?;
        let s = crate::ops::repr::str_string(cx, r)?;
        if s.is_empty() {
            None
        } else {
            Some(s.strip_suffix('\n').unwrap_or(&s).to_owned())
        }
    };
    match line {
        Some(s) => new_str(cx, &s),
        None => Err(exceptions::raise_msg(
            cx,
            exceptions::EOF_ERROR.get(),
            "EOF when reading a line",
        )),
    }
}

fn open(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let mut vals = [Value::NULL; 8];
    for (i, v) in vals.iter_mut().enumerate().take(a.len()) {
        *v = a.get(i);
    }
    if a.len() > 8 {
        let msg = format!("open() takes at most 8 arguments ({} given)", a.len());
        return Err(type_error(cx, &msg));
    }
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        match names.iter().position(|n| *n == as_str(k)) {
            Some(p) => vals[p] = v,
            None => {
                let msg = format!("'{}' is an invalid keyword argument for open()", as_str(k));
                return Err(type_error(cx, &msg));
            }
        }
    }
    // Mode and encoding first: `__fspath__` may run Python code.
    let mode = vals[1];
    let mode = if mode.is_null() {
        "r".to_owned()
    } else if is_str_like(mode) {
        as_str(str_value(mode)).to_owned()
    } else {
        let msg = format!(
            "open() argument 'mode' must be str, not {}",
            type_name(type_of(mode))
        );
        return Err(type_error(cx, &msg));
    };
    let nl = vals[5];
    let newline = if nl.is_null() || nl == none() {
        None
    } else if is_str_like(nl) {
        let n = as_str(str_value(nl)).to_owned();
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            let msg = format!("illegal newline value: {n}");
            return Err(crate::objects::exceptions::value_error(cx, &msg));
        }
        Some(n)
    } else {
        let msg = format!(
            "open() argument 'newline' must be str or None, not {}",
            type_name(type_of(nl))
        );
        return Err(type_error(cx, &msg));
    };
    let enc = vals[3];
    if !enc.is_null() && enc != none() && mode.contains('b') {
        return Err(crate::objects::exceptions::value_error(
            cx,
            "binary mode doesn't take an encoding argument",
        ));
    }
    let path = vals[0];
    if path.is_null() {
        return Err(type_error(
            cx,
            "open() missing required argument 'file' (pos 1)",
        ));
    }
    let path = if is_str_like(path) {
        as_str(str_value(path)).to_owned()
    } else if crate::objects::bytes::is_bytes_like(path) {
        String::from_utf8_lossy(&crate::objects::bytes::bytes_data(path)).into_owned()
    } else {
        let fspath = crate::objects::str::intern(cx, "__fspath__")?;
        let m = crate::ops::attr::type_lookup(cx, type_of(path), fspath);
        if m.is_null() {
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(type_of(path))
            );
            return Err(type_error(cx, &msg));
        }
        let p = crate::interp::call::call(cx, m, &[path])?;
        crate::ops::repr::str_string(cx, p)?
    };
    file::open(cx, &path, &mode, newline)
}

/// I/O built-ins.
pub static FUNCTIONS: &[NativeDef] = native_table![
    Function "print" => print,
    Function "input" => input,
    Function "open" => open,
];
