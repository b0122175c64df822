//! `_os`: the operating-system primitives under Krait's `os` module (`lib/os.py` builds the
//! Python-level API, `os.path` and `os.walk` on top of these).
//!
//! Every call that may block on the file system runs with the thread parked, so a
//! collection never waits for it. Errors become the `OSError` subclass CPython raises
//! (`FileNotFoundError`, `PermissionError`...) with `errno`, `strerror` and `filename`.

use krait_vm::ctx::{Ctx, PyResult};
use krait_vm::native_table;
use krait_vm::objects::exceptions::{type_error, value_error};
use krait_vm::objects::file::os_error;
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::int;
use krait_vm::objects::module::{add_functions, set_attr_str};
use krait_vm::objects::str::{as_str, is_str_like, new_str, str_value};
use krait_vm::objects::tuple::new_tuple;
use krait_vm::objects::typeobj::{type_name, type_of};
use krait_vm::runtime::{none, py_bool};
use krait_vm::value::Value;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

/// A path argument: str, bytes, or an object with `__fspath__`.
fn path_arg(cx: &mut Ctx, v: Value, fname: &str) -> PyResult<String> {
    if v.is_null() {
        return Err(type_error(
            cx,
            &format!("{fname}() missing required argument 'path' (pos 1)"),
        ));
    }
    if is_str_like(v) {
        return Ok(as_str(str_value(v)).to_owned());
    }
    if krait_vm::objects::bytes::is_bytes_like(v) {
        return Ok(String::from_utf8_lossy(&krait_vm::objects::bytes::bytes_data(v)).into_owned());
    }
    let fspath = krait_vm::objects::str::intern(cx, "__fspath__")?;
    // `v` is not used after the call (`__fspath__` may move it): take its type name now.
    let tname = type_name(type_of(v)).to_owned();
    let m = krait_vm::ops::attr::type_lookup(cx, type_of(v), fspath);
    if !m.is_null() {
        let r = krait_vm::interp::call::call(cx, m, &[v])?;
        if is_str_like(r) {
            return Ok(as_str(str_value(r)).to_owned());
        }
        if krait_vm::objects::bytes::is_bytes_like(r) && !krait_vm::objects::bytes::is_bytearray(r)
        {
            return Ok(
                String::from_utf8_lossy(&krait_vm::objects::bytes::bytes_data(r)).into_owned(),
            );
        }
        let msg = format!(
            "expected {tname}.__fspath__() to return str or bytes, not {}",
            type_name(type_of(r))
        );
        return Err(type_error(cx, &msg));
    }
    let msg = format!("{fname}: path should be string, bytes or os.PathLike, not {tname}");
    Err(type_error(cx, &msg))
}

fn io<T>(cx: &mut Ctx, path: Option<&str>, f: impl FnOnce() -> std::io::Result<T>) -> PyResult<T> {
    // Data written to files nobody closed must be visible to what follows.
    krait_vm::objects::file::flush_open_files();
    match cx.m.parked(f) {
        Ok(v) => Ok(v),
        Err(e) => Err(os_error(cx, &e, path)),
    }
}

fn getcwd(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    let d = io(cx, None, std::env::current_dir)?;
    new_str(cx, &d.display().to_string())
}

fn chdir(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "chdir")?;
    io(cx, Some(&p), || std::env::set_current_dir(&p))?;
    Ok(none())
}

fn listdir(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = if a.get(0).is_null() || a.get(0) == none() {
        ".".to_owned()
    } else {
        path_arg(cx, a.get(0), "listdir")?
    };
    let names: Vec<String> = io(cx, Some(&p), || {
        std::fs::read_dir(&p)?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect()
    })?;
    let l = krait_vm::objects::list::new_list(cx, &[])?;
    let h = cx.root(l);
    for n in names {
        let s = new_str(cx, &n)?;
        let l = cx.get(h);
        krait_vm::objects::list::list_append(cx, l, s)?;
    }
    let l = cx.get(h);
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    Ok(l)
}

fn mkdir(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "mkdir")?;
    let mode = if a.len() > 1 {
        krait_vm::ops::number::index_i64(cx, a.get(1))? as u32
    } else {
        0o777
    };
    io(cx, Some(&p), || {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(mode).create(&p)
    })?;
    Ok(none())
}

fn rmdir(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "rmdir")?;
    io(cx, Some(&p), || std::fs::remove_dir(&p))?;
    Ok(none())
}

fn remove(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "remove")?;
    io(cx, Some(&p), || std::fs::remove_file(&p))?;
    Ok(none())
}

fn rename(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let src = path_arg(cx, a.get(0), "rename")?;
    let dst = path_arg(cx, a.get(1), "rename")?;
    io(cx, Some(&src), || std::fs::rename(&src, &dst))?;
    Ok(none())
}

fn stat_impl(cx: &mut Ctx, a: &Args<'_>, follow: bool) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "stat")?;
    let m = io(cx, Some(&p), || {
        if follow {
            std::fs::metadata(&p)
        } else {
            std::fs::symlink_metadata(&p)
        }
    })?;
    let secs = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let nanos = |s: i64, ns: i64| s as i128 * 1_000_000_000 + ns as i128;
    let mut vals = Vec::with_capacity(13);
    for x in [
        m.mode() as i64,
        m.ino() as i64,
        m.dev() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.size() as i64,
    ] {
        vals.push(int::from_i64(cx, x)?);
    }
    for (s, ns) in [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ] {
        vals.push(krait_vm::objects::float::new_float(cx, secs(s, ns))?);
    }
    for (s, ns) in [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ] {
        vals.push(int::from_i128(cx, nanos(s, ns))?);
    }
    new_tuple(cx, &vals)
}

fn stat(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    stat_impl(cx, &a, true)
}

fn lstat(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    stat_impl(cx, &a, false)
}

fn access(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "access")?;
    let mode = krait_vm::ops::number::index_i64(cx, a.get(1))?;
    let m = cx.m.parked(|| std::fs::metadata(&p));
    let ok = match m {
        Err(_) => false,
        Ok(m) => {
            let bits = m.permissions().mode();
            let ro = m.permissions().readonly();
            (mode & 2 == 0 || !ro) && (mode & 1 == 0 || bits & 0o111 != 0)
        }
    };
    Ok(py_bool(ok))
}

fn chmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "chmod")?;
    let mode = krait_vm::ops::number::index_i64(cx, a.get(1))? as u32;
    io(cx, Some(&p), || {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode))
    })?;
    Ok(none())
}

fn symlink(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let src = path_arg(cx, a.get(0), "symlink")?;
    let dst = path_arg(cx, a.get(1), "symlink")?;
    io(cx, Some(&src), || std::os::unix::fs::symlink(&src, &dst))?;
    Ok(none())
}

fn readlink(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "readlink")?;
    let t = io(cx, Some(&p), || std::fs::read_link(&p))?;
    new_str(cx, &t.display().to_string())
}

fn realpath(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "realpath")?;
    match cx.m.parked(|| std::fs::canonicalize(&p)) {
        Ok(r) => new_str(cx, &r.display().to_string()),
        Err(_) => Ok(none()),
    }
}

fn getpid(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(std::process::id() as i64))
}

fn cpu_count(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(std::thread::available_parallelism().map_or(none(), |n| Value::int(n.get() as i64)))
}

fn urandom(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let n = krait_vm::ops::number::index_i64(cx, a.get(0))?;
    if n < 0 {
        return Err(value_error(cx, "negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    io(cx, None, || {
        use std::io::Read;
        std::fs::File::open("/dev/urandom")?.read_exact(&mut buf)
    })?;
    krait_vm::objects::bytes::new_bytes(cx, &buf)
}

fn environ(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    let d = krait_vm::objects::dict::new_dict(cx)?;
    let h = cx.root(d);
    for (k, v) in std::env::vars_os() {
        let k = new_str(cx, &k.to_string_lossy())?;
        let hk = cx.root(k);
        let v = new_str(cx, &v.to_string_lossy())?;
        let (d, k) = (cx.get(h), cx.get(hk));
        krait_vm::objects::dict::dict_set(cx, d, k, v)?;
        cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(hk));
    }
    let d = cx.get(h);
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    Ok(d)
}

fn putenv(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let k = path_arg(cx, a.get(0), "putenv")?;
    let v = path_arg(cx, a.get(1), "putenv")?;
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(value_error(cx, "illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(none())
}

fn unsetenv(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let k = path_arg(cx, a.get(0), "unsetenv")?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(value_error(cx, "illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(none())
}

fn strerror(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let code = krait_vm::ops::number::index_i64(cx, a.get(0))?;
    let e = std::io::Error::from_raw_os_error(code as i32).to_string();
    let msg = e.split(" (os error").next().unwrap_or(&e).to_owned();
    new_str(cx, &msg)
}

fn system(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let c = path_arg(cx, a.get(0), "system")?;
    krait_vm::objects::file::flush_all(cx);
    let st = cx.m.parked(|| {
        std::process::Command::new("/bin/sh")
            .arg("-c")
            .arg(&c)
            .status()
    });
    Ok(Value::int(match st {
        Ok(s) => s.code().map_or(-1, |c| (c as i64) << 8),
        Err(_) => -1,
    }))
}

fn exit_now(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let code = krait_vm::ops::number::index_i64(cx, a.get(0))?;
    std::process::exit(code as i32)
}

fn isatty(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fd = krait_vm::ops::number::index_i64(cx, a.get(0))?;
    Ok(py_bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    }))
}

fn utime_now(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let p = path_arg(cx, a.get(0), "utime")?;
    io(cx, Some(&p), || {
        let f = std::fs::OpenOptions::new().append(true).open(&p)?;
        f.set_modified(std::time::SystemTime::now())
    })?;
    Ok(none())
}

static FUNCTIONS: &[NativeDef] = native_table![
    Function "getcwd" => getcwd,
    Function "chdir" => chdir,
    Function "listdir" => listdir,
    Function "mkdir" => mkdir,
    Function "rmdir" => rmdir,
    Function "remove" => remove,
    Function "unlink" => remove,
    Function "rename" => rename,
    Function "replace" => rename,
    Function "stat" => stat,
    Function "lstat" => lstat,
    Function "access" => access,
    Function "chmod" => chmod,
    Function "symlink" => symlink,
    Function "readlink" => readlink,
    Function "_realpath" => realpath,
    Function "getpid" => getpid,
    Function "cpu_count" => cpu_count,
    Function "urandom" => urandom,
    Function "_environ" => environ,
    Function "putenv" => putenv,
    Function "unsetenv" => unsetenv,
    Function "strerror" => strerror,
    Function "system" => system,
    Function "_exit" => exit_now,
    Function "isatty" => isatty,
    Function "_touch" => utime_now,
];

/// Initializes `_os`.
pub fn init(cx: &mut Ctx, m: Value) -> PyResult<()> {
    add_functions(cx, m, FUNCTIONS)?;
    let s = new_str(cx, "posix")?;
    set_attr_str(cx, m, "name", s)
}
