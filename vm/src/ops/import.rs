//! The import system: `import a.b.c`, `from m import x`, relative imports, packages,
//! `sys.modules`, `sys.path`.
//!
//! A module is found, in order: in `sys.modules`; in the registry of built-in modules
//! (native ones written in Rust, and Python sources embedded in the binary) that the
//! embedding fills at startup ([`register_native`], [`register_source`]); on `sys.path`, as
//! `name.py` or `name/__init__.py`. Per-module import locks (as CPython's) make concurrent
//! imports of one module run its body once, and make a thread that finds a module another
//! thread is still initializing wait for it ([`ImportState`]).

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::run_code;
use crate::names;
use crate::objects::dict::{dict_get_str, dict_items, dict_set};
use crate::objects::exceptions::{self, raise_msg};
use crate::objects::instance;
use crate::objects::list::{is_list, list_get, list_len};
use crate::objects::module::{self, module_dict, new_module};
use crate::objects::str::{as_str, intern, is_str, new_str};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::runtime::{self, none};
use crate::value::Value;
use parking_lot::{Condvar, Mutex, RwLock};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Initializes a native module: fills the given (fresh) module's namespace.
pub type NativeInit = fn(&mut Ctx, Value) -> PyResult<()>;

#[derive(Clone, Copy)]
enum Builtin {
    Native(NativeInit),
    Source(&'static str, bool),
}

fn registry() -> &'static RwLock<HashMap<String, Builtin>> {
    static R: std::sync::OnceLock<RwLock<HashMap<String, Builtin>>> = std::sync::OnceLock::new();
    R.get_or_init(|| RwLock::new(HashMap::new()))
}

/// Registers a module implemented in Rust.
pub fn register_native(name: &str, init: NativeInit) {
    registry()
        .write()
        .insert(name.to_owned(), Builtin::Native(init));
}

/// Registers a module (or, with `package`, a package's `__init__`) given as Python source
/// embedded in the binary.
pub fn register_source(name: &str, source: &'static str, package: bool) {
    registry()
        .write()
        .insert(name.to_owned(), Builtin::Source(source, package));
}

/// Whether `name` is a module built into the binary (native or embedded source).
pub fn is_builtin_module(name: &str) -> bool {
    matches!(name, "sys" | "builtins") || registry().read().contains_key(name)
}

/// Names of the registered built-in modules (for `sys.builtin_module_names`).
pub fn builtin_names() -> Vec<String> {
    let mut v: Vec<String> = registry().read().keys().cloned().collect();
    v.sort();
    v
}

/// Which modules are being initialized, by which thread, and which thread waits for which
/// module: CPython's per-module import locks, with its deadlock rule. A thread that finds
/// a module another thread is still initializing waits until that thread is done, unless
/// the wait would close a cycle (two threads importing each other's modules at once), in
/// which case it takes the partially initialized module, as CPython does.
#[derive(Default)]
struct ImportState {
    /// Module name -> the thread initializing it.
    initializing: HashMap<String, u32>,
    /// Thread -> the module it waits for.
    waiting: HashMap<u32, String>,
}

impl ImportState {
    /// Whether `me` waiting for `name` would wait, through the chain of owners and what
    /// they wait for, on itself.
    fn would_deadlock(&self, me: u32, name: &str) -> bool {
        let mut module = name;
        for _ in 0..=self.waiting.len() {
            let Some(&owner) = self.initializing.get(module) else {
                return false;
            };
            if owner == me {
                return true;
            }
            match self.waiting.get(&owner) {
                Some(m) => module = m,
                None => return false,
            }
        }
        false
    }
}

fn import_state() -> &'static (Mutex<ImportState>, Condvar) {
    static S: std::sync::OnceLock<(Mutex<ImportState>, Condvar)> = std::sync::OnceLock::new();
    S.get_or_init(Default::default)
}

/// How many modules are being initialized now (`ImportState::initializing.len()`), so that
/// finding a module in `sys.modules` needs no lock when no import is under way. Raised
/// before the module is published in `sys.modules`, so a thread that finds it there sees
/// the count.
static INITIALIZING: AtomicUsize = AtomicUsize::new(0);

/// Waits, parked, while another thread initializes `name` (unless that would deadlock).
/// With `claim`, then records this thread as the one initializing it and returns true (or
/// false if this thread already is, or waiting would deadlock); without, returns whether
/// it waited.
fn wait_for_module(cx: &mut Ctx, name: &str, claim: bool) -> bool {
    if !claim && INITIALIZING.load(Ordering::Acquire) == 0 {
        return false;
    }
    let me = cx.m.thread().id().0;
    let (state, cv) = import_state();
    let mut waited = false;
    loop {
        let mut st = state.lock();
        match st.initializing.get(name) {
            Some(&owner) if owner != me && !st.would_deadlock(me, name) => {
                drop(st);
                // Parked while it waits: the owner's body may need a collection.
                cx.m.parked(|| {
                    let mut st = state.lock();
                    st.waiting.insert(me, name.to_owned());
                    while st.initializing.get(name) == Some(&owner) {
                        cv.wait(&mut st);
                    }
                    st.waiting.remove(&me);
                });
                waited = true;
            }
            Some(_) => return waited && !claim,
            None if claim => {
                st.initializing.insert(name.to_owned(), me);
                INITIALIZING.fetch_add(1, Ordering::AcqRel);
                return true;
            }
            None => return waited,
        }
    }
}

/// Ends this thread's initialization of `name` and wakes the threads waiting for it.
fn finish_module(name: &str) {
    let (state, cv) = import_state();
    let mut st = state.lock();
    st.initializing.remove(name);
    INITIALIZING.fetch_sub(1, Ordering::AcqRel);
    drop(st);
    cv.notify_all();
}

/// `sys.modules`.
pub fn sys_modules() -> Value {
    runtime::SYS_MODULES.get()
}

fn not_found(cx: &mut Ctx, name: &str) -> crate::ctx::Raised {
    let r = raise_msg(
        cx,
        exceptions::MODULE_NOT_FOUND_ERROR.get(),
        &format!("No module named '{name}'"),
    );
    let exc = cx.exception();
    if let Ok(n) = new_str(cx, name) {
        let _ = instance::set_attr(cx, exc, names::NAME_ATTR.get(), n);
    }
    r
}

/// Resolves a relative import against the importing module's package.
fn resolve_name(cx: &mut Ctx, name: &str, globals: Value, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_owned());
    }
    let pkg = dict_get_str(cx, globals, names::PACKAGE.get());
    let package = if is_str(pkg) {
        as_str(pkg).to_owned()
    } else {
        let n = dict_get_str(cx, globals, names::NAME.get());
        let path = dict_get_str(cx, globals, names::PATH.get());
        let n = if is_str(n) {
            as_str(n).to_owned()
        } else {
            String::new()
        };
        if !path.is_null() {
            n
        } else {
            n.rsplit_once('.')
                .map(|(a, _)| a.to_owned())
                .unwrap_or_default()
        }
    };
    if package.is_empty() {
        return Err(raise_msg(
            cx,
            exceptions::IMPORT_ERROR.get(),
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level - 1 > parts.len() - 1 + 1 || level > parts.len() {
        return Err(raise_msg(
            cx,
            exceptions::IMPORT_ERROR.get(),
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() + 1 - level].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// IMPORT_NAME.
pub fn import_name(
    cx: &mut Ctx,
    fi: usize,
    name: Value,
    fromlist: Value,
    level: Value,
) -> PyResult<Value> {
    let level = if level.is_int() {
        level.as_int().max(0) as usize
    } else {
        0
    };
    // `__import__` (fi == usize::MAX) resolves relative names against the caller's globals.
    let globals = match cx.frames().frames.get(fi) {
        Some(f) => f.globals,
        None => crate::interp::frame::caller_namespaces(cx).0,
    };
    let name_s = as_str(name).to_owned();
    let hf = cx.root(fromlist);
    let full = resolve_name(cx, &name_s, globals, level)?;
    let m = import_module(cx, &full)?;
    let fromlist = cx.get(hf);
    cx.pop_handles(HandleMark::from_handle(hf));
    let empty_from = fromlist == none()
        || fromlist.is_null()
        || (is_tuple(fromlist) && tuple_len(fromlist) == 0);
    if empty_from {
        // `import a.b.c` binds the top-level package.
        let top = full.split('.').next().unwrap_or(&full).to_owned();
        if top == full || level > 0 && name_s.is_empty() {
            return Ok(m);
        }
        if level > 0 {
            return Ok(m);
        }
        return import_module(cx, &top);
    }
    // `from package import submodule`: import submodules named in the fromlist.
    let hm = cx.root(m);
    if is_tuple(fromlist) && !dict_get_str(cx, module_dict(m), names::PATH.get()).is_null() {
        let names_v: Vec<String> = (0..tuple_len(fromlist))
            .map(|i| tuple_get(fromlist, i))
            .filter(|v| is_str(*v))
            .map(|v| as_str(v).to_owned())
            .collect();
        for n in names_v {
            if n == "*" {
                continue;
            }
            let m = cx.get(hm);
            let key = intern(cx, &n)?;
            if dict_get_str(cx, module_dict(m), key).is_null() {
                let sub = format!("{full}.{n}");
                if let Err(e) = import_module(cx, &sub) {
                    let x = cx.exception();
                    if exceptions::exc_matches(x, exceptions::MODULE_NOT_FOUND_ERROR.get()) {
                        cx.take_exception();
                    } else {
                        return Err(e);
                    }
                }
            }
        }
    }
    let m = cx.get(hm);
    cx.pop_handles(HandleMark::from_handle(hm));
    Ok(m)
}

/// Imports `name` (absolute, dotted), importing parent packages first.
pub fn import_module(cx: &mut Ctx, name: &str) -> PyResult<Value> {
    let key = new_str(cx, name)?;
    let existing = crate::objects::dict::dict_get(cx, sys_modules(), key)?;
    if existing == none() {
        let msg = format!("import of {name} halted; None in sys.modules");
        return Err(raise_msg(
            cx,
            exceptions::MODULE_NOT_FOUND_ERROR.get(),
            &msg,
        ));
    }
    if !existing.is_null() {
        // Another thread may still be running its body: wait for it to finish, then look
        // again (a failed import removes it).
        if wait_for_module(cx, name, false) {
            return import_module(cx, name);
        }
        return Ok(existing);
    }
    if name.is_empty() {
        return Err(raise_msg(
            cx,
            exceptions::VALUE_ERROR.get(),
            "Empty module name",
        ));
    }
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p.to_owned()), c.to_owned()),
        None => (None, name.to_owned()),
    };
    let mut search_path = Value::NULL;
    let mut hparent = None;
    if let Some(p) = &parent {
        let pm = import_module(cx, p)?;
        let hp = cx.root(pm);
        hparent = Some(hp);
        // The parent's import may have imported us.
        let key = new_str(cx, name)?;
        let existing = crate::objects::dict::dict_get(cx, sys_modules(), key)?;
        if !existing.is_null() {
            cx.pop_handles(HandleMark::from_handle(hp));
            return Ok(existing);
        }
        let pm = cx.get(hp);
        search_path = dict_get_str(cx, module_dict(pm), names::PATH.get());
        if search_path.is_null() {
            cx.pop_handles(HandleMark::from_handle(hp));
            let msg = format!("No module named '{name}'; '{p}' is not a package");
            return Err(raise_msg(
                cx,
                exceptions::MODULE_NOT_FOUND_ERROR.get(),
                &msg,
            ));
        }
    }
    let hsp = cx.root(search_path);
    let claimed = wait_for_module(cx, name, true);
    let r = (|| {
        let key = new_str(cx, name)?;
        let existing = crate::objects::dict::dict_get(cx, sys_modules(), key)?;
        if !existing.is_null() {
            return Ok(existing);
        }
        // Waiting parked the thread: re-read the parent's path.
        let search_path = cx.get(hsp);
        load_module(cx, name, search_path)
    })();
    if claimed {
        finish_module(name);
    }
    let m = r?;
    if let (Some(hp), Some(_)) = (hparent, &parent) {
        let pm = cx.get(hp);
        let hm = cx.root(m);
        let c = intern(cx, &child)?;
        let m2 = cx.get(hm);
        module::module_setattr(cx, pm, c, m2)?;
        let m = cx.get(hm);
        cx.pop_handles(HandleMark::from_handle(hp));
        return Ok(m);
    }
    Ok(m)
}

fn path_entries(cx: &mut Ctx, search_path: Value) -> Vec<String> {
    let p = if search_path.is_null() {
        runtime::sys_attr(cx, "path").unwrap_or(Value::NULL)
    } else {
        search_path
    };
    if p.is_null() || !is_list(p) {
        return Vec::new();
    }
    (0..list_len(p))
        .map(|i| list_get(p, i))
        .filter(|v| is_str(*v))
        .map(|v| as_str(v).to_owned())
        .collect()
}

fn load_module(cx: &mut Ctx, name: &str, search_path: Value) -> PyResult<Value> {
    let builtin = registry().read().get(name).copied();
    if let Some(b) = builtin {
        return match b {
            Builtin::Native(init) => {
                let n = new_str(cx, name)?;
                let m = new_module(cx, n)?;
                let hm = cx.root(m);
                let key = new_str(cx, name)?;
                let m = cx.get(hm);
                crate::objects::dict::dict_set(cx, sys_modules(), key, m)?;
                let r = init(cx, m);
                let m = cx.get(hm);
                cx.pop_handles(HandleMark::from_handle(hm));
                if let Err(e) = r {
                    let key = new_str(cx, name)?;
                    let _ = crate::objects::dict::dict_del(cx, sys_modules(), key);
                    return Err(e);
                }
                Ok(m)
            }
            Builtin::Source(src, package) => {
                let filename = format!("<frozen {name}>");
                exec_source_module(
                    cx,
                    name,
                    src,
                    &filename,
                    if package { Some(String::new()) } else { None },
                )
            }
        };
    }
    let leaf = name.rsplit('.').next().unwrap_or(name);
    for dir in path_entries(cx, search_path) {
        let base = if dir.is_empty() {
            ".".to_owned()
        } else {
            dir.clone()
        };
        let pkg_init = format!("{base}/{leaf}/__init__.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let pkg_dir = format!("{base}/{leaf}");
            let src = read_source(cx, &pkg_init)?;
            return exec_source_module(cx, name, &src, &pkg_init, Some(pkg_dir));
        }
        let file = format!("{base}/{leaf}.py");
        if std::path::Path::new(&file).is_file() {
            let src = read_source(cx, &file)?;
            return exec_source_module(cx, name, &src, &file, None);
        }
        // A namespace package: a directory without __init__.py.
        let d = format!("{base}/{leaf}");
        if std::path::Path::new(&d).is_dir() && search_path.is_null() && !leaf.starts_with('.') {
            let has_py = std::fs::read_dir(&d)
                .map(|mut it| {
                    it.any(|e| {
                        e.map(|e| {
                            e.path().extension().is_some_and(|x| x == "py") || e.path().is_dir()
                        })
                        .unwrap_or(false)
                    })
                })
                .unwrap_or(false);
            if has_py {
                return exec_source_module(cx, name, "", &d, Some(d.clone()));
            }
        }
    }
    Err(not_found(cx, name))
}

/// `krait -m name`: runs the module's source (a package's `__main__.py`) as `__main__`.
pub fn run_module_as_main(cx: &mut Ctx, name: &str) -> PyResult<()> {
    if let Some(Builtin::Source(src, _)) = registry().read().get(name).copied() {
        return crate::run::run_source_as_main(cx, src, &format!("<frozen {name}>"));
    }
    let parts: Vec<&str> = name.split('.').collect();
    // Parent packages are imported first, as CPython's runpy does.
    let parent = name.rsplit_once('.').map(|(p, _)| p.to_owned());
    if let Some(p) = &parent {
        import_module(cx, p)?;
    }
    for dir in path_entries(cx, Value::NULL) {
        let base = if dir.is_empty() {
            ".".to_owned()
        } else {
            dir.clone()
        };
        let rel = parts.join("/");
        let module_file = format!("{base}/{rel}.py");
        if std::path::Path::new(&module_file).is_file() {
            let src = read_source(cx, &module_file)?;
            return crate::run::run_source_as_main_in(cx, &src, &module_file, parent.as_deref());
        }
        let main_file = format!("{base}/{rel}/__main__.py");
        if std::path::Path::new(&main_file).is_file() {
            // `-m pkg` imports the package, then runs its `__main__` inside it.
            import_module(cx, name)?;
            let src = read_source(cx, &main_file)?;
            return crate::run::run_source_as_main_in(cx, &src, &main_file, Some(name));
        }
    }
    let msg = format!("No module named {name}");
    Err(raise_msg(
        cx,
        exceptions::MODULE_NOT_FOUND_ERROR.get(),
        &msg,
    ))
}

fn read_source(cx: &mut Ctx, path: &str) -> PyResult<String> {
    match std::fs::read(path) {
        Ok(b) => match String::from_utf8(b) {
            Ok(s) => Ok(s),
            Err(_) => Err(raise_msg(
                cx,
                exceptions::SYNTAX_ERROR.get(),
                &format!("Non-UTF-8 code in file {path}"),
            )),
        },
        Err(e) => Err(raise_msg(
            cx,
            exceptions::IMPORT_ERROR.get(),
            &format!("{path}: {e}"),
        )),
    }
}

/// Creates module `name`, registers it in `sys.modules`, and runs `source` in it. A package
/// gets `__path__ = [pkg_dir]`. The module is removed again if its body raises.
pub fn exec_source_module(
    cx: &mut Ctx,
    name: &str,
    source: &str,
    filename: &str,
    pkg_dir: Option<String>,
) -> PyResult<Value> {
    let code = crate::compile_to_code(cx, source, filename, crate::compile::CompileMode::Exec)?;
    let hc = cx.root(code);
    let n = new_str(cx, name)?;
    let m = new_module(cx, n)?;
    let hm = cx.root(m);
    let d = module_dict(m);
    let hd = cx.root(d);
    let f = new_str(cx, filename)?;
    let d = cx.get(hd);
    if !filename.starts_with('<') {
        dict_set(cx, d, names::FILE.get(), f)?;
    }
    let b = runtime::builtins_module();
    dict_set(cx, d, names::BUILTINS.get(), b)?;
    let package = match &pkg_dir {
        Some(dir) => {
            let p = new_str(cx, dir)?;
            let items: &[Value] = if dir.is_empty() { &[] } else { &[p] };
            let l = crate::objects::list::new_list(cx, items)?;
            let d = cx.get(hd);
            dict_set(cx, d, names::PATH.get(), l)?;
            name.to_owned()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_owned())
            .unwrap_or_default(),
    };
    let pk = new_str(cx, &package)?;
    let d = cx.get(hd);
    dict_set(cx, d, names::PACKAGE.get(), pk)?;
    let key = new_str(cx, name)?;
    let m = cx.get(hm);
    dict_set(cx, sys_modules(), key, m)?;
    let (code, d) = (cx.get(hc), cx.get(hd));
    let r = run_code(cx, code, d, d, Value::NULL);
    if let Err(e) = r {
        let key = new_str(cx, name)?;
        let _ = crate::objects::dict::dict_del(cx, sys_modules(), key);
        cx.pop_handles(HandleMark::from_handle(hc));
        return Err(e);
    }
    // The module body may have replaced itself in sys.modules.
    let key = new_str(cx, name)?;
    let m2 = crate::objects::dict::dict_get(cx, sys_modules(), key)?;
    let m = if m2.is_null() { cx.get(hm) } else { m2 };
    cx.pop_handles(HandleMark::from_handle(hc));
    Ok(m)
}

/// IMPORT_FROM.
pub fn import_from(cx: &mut Ctx, m: Value, name: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (hm, hn) = (cx.root(m), cx.root(name));
    let v = crate::ops::attr::getattr_opt(cx, m, name)?;
    if !v.is_null() {
        cx.pop_handles(mark);
        return Ok(v);
    }
    let m = cx.get(hm);
    if module::is_module(m) {
        let full = format!("{}.{}", module::module_name_str(m), as_str(cx.get(hn)));
        let key = new_str(cx, &full)?;
        let sub = crate::objects::dict::dict_get(cx, sys_modules(), key)?;
        if !sub.is_null() {
            cx.pop_handles(mark);
            return Ok(sub);
        }
    }
    let (m, name) = (cx.get(hm), cx.get(hn));
    cx.pop_handles(mark);
    let mname = if module::is_module(m) {
        module::module_name_str(m)
    } else {
        "<unknown module name>".to_owned()
    };
    let file = if module::is_module(m) {
        let f = dict_get_str(cx, module_dict(m), names::FILE.get());
        if is_str(f) {
            format!(" ({})", as_str(f))
        } else {
            " (unknown location)".to_owned()
        }
    } else {
        String::new()
    };
    let msg = format!("cannot import name '{}' from '{mname}'{file}", as_str(name));
    Err(raise_msg(cx, exceptions::IMPORT_ERROR.get(), &msg))
}

/// IMPORT_STAR.
pub fn import_star(cx: &mut Ctx, m: Value, locals: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hm, hl) = (cx.root(m), cx.root(locals));
    let d = module_dict(m);
    let all = dict_get_str(cx, d, names::ALL.get());
    let names_v: Vec<Value> = if !all.is_null() {
        let seq = crate::ops::iter::to_seq(cx, all)?;
        if is_tuple(seq) {
            crate::objects::tuple::tuple_items(seq)
        } else {
            crate::objects::list::list_items(seq)
        }
    } else {
        dict_items(d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| is_str(*k) && !as_str(*k).starts_with('_'))
            .collect()
    };
    let hs: Vec<_> = names_v.iter().map(|&n| cx.root(n)).collect();
    for h in hs {
        let n = cx.get(h);
        let n = crate::ops::attr::attr_name(cx, n)?;
        let m = cx.get(hm);
        let v = crate::ops::attr::getattr(cx, m, n)?;
        let l = cx.get(hl);
        crate::ops::names::locals_set(cx, l, n, v)?;
    }
    cx.pop_handles(mark);
    Ok(())
}
