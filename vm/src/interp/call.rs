//! Calling: from a callable and its arguments on the value stack to a result.
//!
//! `call_stack(cx, pos, n, kwnames)` calls `stack[pos]` with the `n` values after it (the
//! last `len(kwnames)` of them keyword values). The slot at `pos` may be overwritten (with
//! `self` for bound methods, saving a copy); the caller replaces it with the result.
//!
//! A Python function's frame starts at its first argument, so positional arguments are
//! already its first locals; [`bind_args`] handles defaults, keywords, `*args`, `**kwargs`
//! and the errors CPython reports for bad calls. Rust code calls through [`call`], which
//! copies the callable and arguments into a native frame first, so they are rooted.

use super::eval::{run, Exit, Resume};
use super::frame::{Frame, STACK_SLOTS};
use crate::compile::code::{co_flags, CodeData};
use crate::ctx::{Ctx, PyResult};
use crate::object::{slot, ValueCell};
use crate::objects::dict::{dict_get_str, dict_set, new_dict};
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{
    self, builtin_self, code_data, fslot, func_code, native_def, Args, NativeKind,
};
use crate::objects::str::{as_str, is_str};
use crate::objects::tuple::{new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::{self, types};
use crate::value::Value;

/// The default recursion limit (`sys.getrecursionlimit()`).
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

static RECURSION_LIMIT: std::sync::atomic::AtomicU32 =
    std::sync::atomic::AtomicU32::new(DEFAULT_RECURSION_LIMIT);

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.load(std::sync::atomic::Ordering::Relaxed)
}

/// `sys.setrecursionlimit(n)`.
pub fn set_recursion_limit(n: u32) {
    RECURSION_LIMIT.store(n, std::sync::atomic::Ordering::Relaxed)
}

/// The cell of stack slot `i`.
#[inline(always)]
fn cell(cx: &mut Ctx, i: usize) -> &'static ValueCell {
    let p = cx.frames().stack.ptr(i);
    // SAFETY: the value stack is never moved or freed while its thread runs, and slots are
    // atomic cells, so a shared reference with an unbounded lifetime is sound as long as it
    // is only used on this thread (which owns the stack).
    unsafe { &*p }
}

/// Reads stack slot `i`.
#[inline(always)]
pub fn sget(cx: &mut Ctx, i: usize) -> Value {
    cell(cx, i).get()
}

/// Writes stack slot `i`.
#[inline(always)]
pub fn sset(cx: &mut Ctx, i: usize, v: Value) {
    cell(cx, i).set(v)
}

/// The cells `[from, to)` of the stack.
#[inline(always)]
pub fn scells(cx: &mut Ctx, from: usize, to: usize) -> &'static [ValueCell] {
    let p = cx.frames().stack.ptr(from);
    // SAFETY: as for `cell`; `to` never exceeds the reserved stack (checked when frames are
    // pushed).
    unsafe { std::slice::from_raw_parts(p, to - from) }
}

/// Calls `f(*args)` from Rust. Every raw value the caller still needs afterwards must be
/// rooted: this may run Python code.
pub fn call(cx: &mut Ctx, f: Value, args: &[Value]) -> PyResult<Value> {
    call_kw(cx, f, args, Value::NULL)
}

/// Calls `f` with `args`, the last `len(kwnames)` of which are keyword arguments.
pub fn call_kw(cx: &mut Ctx, f: Value, args: &[Value], kwnames: Value) -> PyResult<Value> {
    let pos = cx.frames().top_end();
    let end = pos + 1 + args.len();
    if end >= STACK_SLOTS {
        return Err(stack_overflow(cx));
    }
    sset(cx, pos, f);
    for (i, &a) in args.iter().enumerate() {
        sset(cx, pos + 1 + i, a);
    }
    let hk = if kwnames.is_null() {
        None
    } else {
        Some(cx.root(kwnames))
    };
    cx.frames()
        .frames
        .push(Frame::native(pos as u32, end as u32));
    let kw = match hk {
        Some(h) => cx.get(h),
        None => Value::NULL,
    };
    let r = call_stack(cx, pos, args.len(), kw);
    cx.frames().frames.pop();
    if let Some(h) = hk {
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    }
    r
}

/// `type.__call__(cls, *args)`: constructs an instance of `cls` without looking for a
/// metaclass `__call__` (which is what is calling this, through `super().__call__`).
pub fn call_type_direct(
    cx: &mut Ctx,
    cls: Value,
    args: &[Value],
    kwnames: Value,
) -> PyResult<Value> {
    let pos = cx.frames().top_end();
    let end = pos + 1 + args.len();
    if end >= STACK_SLOTS {
        return Err(stack_overflow(cx));
    }
    sset(cx, pos, cls);
    for (i, &a) in args.iter().enumerate() {
        sset(cx, pos + 1 + i, a);
    }
    let hk = if kwnames.is_null() {
        None
    } else {
        Some(cx.root(kwnames))
    };
    cx.frames()
        .frames
        .push(Frame::native(pos as u32, end as u32));
    let kw = match hk {
        Some(h) => cx.get(h),
        None => Value::NULL,
    };
    let r = crate::ops::construct::type_call(cx, cls, pos, args.len(), kw);
    cx.frames().frames.pop();
    if let Some(h) = hk {
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    }
    r
}

/// Calls a native definition with positional `args`, placed in a native frame (rooted).
pub fn call_native_def(
    cx: &mut Ctx,
    def: &'static function::NativeDef,
    args: &[Value],
) -> PyResult<Value> {
    let pos = cx.frames().top_end();
    let end = pos + args.len();
    if end >= STACK_SLOTS {
        return Err(stack_overflow(cx));
    }
    for (i, &a) in args.iter().enumerate() {
        sset(cx, pos + i, a);
    }
    cx.frames()
        .frames
        .push(Frame::native(pos as u32, end as u32));
    let cells = scells(cx, pos, end);
    let r = (def.func)(cx, Args::new(cells, Value::NULL));
    cx.frames().frames.pop();
    r
}

#[cold]
fn stack_overflow(cx: &mut Ctx) -> crate::ctx::Raised {
    exceptions::raise_msg(
        cx,
        exceptions::RECURSION_ERROR.get(),
        "maximum recursion depth exceeded (value stack exhausted)",
    )
}

/// Enters a native recursion (repr of nested containers and the like); RecursionError past
/// the recursion limit, so deeply nested data cannot overflow the Rust stack.
pub fn check_native_recursion(cx: &mut Ctx) -> PyResult<()> {
    cx.native_depth += 1;
    if cx.native_depth + cx.depth > recursion_limit() + 50 {
        cx.native_depth -= 1;
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RECURSION_ERROR.get(),
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    Ok(())
}

/// Leaves a native recursion entered with [`check_native_recursion`].
pub fn leave_native_recursion(cx: &mut Ctx) {
    cx.native_depth -= 1;
}

#[cold]
fn recursion_error(cx: &mut Ctx) -> crate::ctx::Raised {
    exceptions::raise_msg(
        cx,
        exceptions::RECURSION_ERROR.get(),
        "maximum recursion depth exceeded",
    )
}

/// Calls `stack[pos]` with the `n` arguments after it.
pub fn call_stack(cx: &mut Ctx, pos: usize, n: usize, kwnames: Value) -> PyResult<Value> {
    let f = sget(cx, pos);
    if function::is_function(f) {
        return call_function(cx, f, pos + 1, n, kwnames);
    }
    if f.is_ref() {
        let t = type_of(f);
        if t == function::METHOD_TYPE.get() {
            let func = slot(f.obj(), 0);
            let self_ = slot(f.obj(), 1);
            sset(cx, pos, self_);
            if function::is_function(func) {
                return call_function(cx, func, pos, n + 1, kwnames);
            }
            // A bound method of something else callable: call it with self first.
            let h = cx.root(func);
            let r = call_with_self_at(cx, h, pos, n + 1, kwnames);
            cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
            return r;
        }
        if t == function::BUILTIN_TYPE.get() {
            let def = native_def(f);
            let s = builtin_self(f);
            if s.is_null() {
                let cells = scells(cx, pos + 1, pos + 1 + n);
                return (def.func)(cx, Args::new(cells, kwnames));
            }
            sset(cx, pos, s);
            let cells = scells(cx, pos, pos + 1 + n);
            return (def.func)(cx, Args::new(cells, kwnames));
        }
        if t == function::METHOD_DESCR_TYPE.get() {
            return call_method_descr(cx, f, pos + 1, n, kwnames);
        }
        if t == function::CLASSMETHOD_DESCR_TYPE.get() {
            // Called on the class directly: the first argument must be a class.
            let def = native_def(f);
            let cells = scells(cx, pos + 1, pos + 1 + n);
            return (def.func)(cx, Args::new(cells, kwnames));
        }
        if crate::objects::typeobj::is_type(f) {
            // A metaclass may override `__call__` (`type.__call__` itself goes straight to
            // `type_call` through `call_type_direct`).
            if t != crate::runtime::types().type_.get() {
                let callm = crate::ops::attr::lookup_special(cx, t, &crate::names::CALL);
                let base = crate::ops::attr::lookup_special(
                    cx,
                    crate::runtime::types().type_.get(),
                    &crate::names::CALL,
                );
                if !callm.is_null() && callm != base {
                    let h = cx.root(callm);
                    let r = call_with_self_at(cx, h, pos, n + 1, kwnames);
                    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
                    return r;
                }
            }
            return crate::ops::construct::type_call(cx, f, pos, n, kwnames);
        }
        // Any object with __call__.
        let callm = crate::ops::attr::lookup_special(cx, t, &crate::names::CALL);
        if !callm.is_null() {
            // [f, args] -> call __call__ with f as self: f is already at `pos`.
            let h = cx.root(callm);
            let r = call_with_self_at(cx, h, pos, n + 1, kwnames);
            cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
            return r;
        }
    }
    let tn = type_name(type_of(f));
    Err(type_error(cx, &format!("'{tn}' object is not callable")))
}

/// Calls the (rooted) callable `h` with the `n` arguments at `stack[pos..]` (the first is
/// `self`). Used for descriptors and `__call__`.
fn call_with_self_at(
    cx: &mut Ctx,
    h: crate::ctx::Handle,
    pos: usize,
    n: usize,
    kwnames: Value,
) -> PyResult<Value> {
    let func = cx.get(h);
    if function::is_function(func) {
        return call_function(cx, func, pos, n, kwnames);
    }
    if function::is_method_descr(func) {
        return call_method_descr(cx, func, pos, n, kwnames);
    }
    if function::is_builtin(func) && builtin_self(func).is_null() {
        let def = native_def(func);
        let cells = scells(cx, pos, pos + n);
        return (def.func)(cx, Args::new(cells, kwnames));
    }
    // General case: copy into a fresh native frame [func, args...].
    let args: Vec<Value> = (0..n).map(|i| sget(cx, pos + i)).collect();
    let func = cx.get(h);
    call_kw(cx, func, &args, kwnames)
}

/// Calls a method descriptor with `self` and arguments at `stack[pos..pos+n]`.
pub fn call_method_descr(
    cx: &mut Ctx,
    d: Value,
    pos: usize,
    n: usize,
    kwnames: Value,
) -> PyResult<Value> {
    let def = native_def(d);
    let owner = function::descr_owner(d);
    if n == 0
        || (def.kind == NativeKind::Method
            && !crate::ops::attr::isinstance_of(sget(cx, pos), owner))
    {
        let tn = type_name(owner);
        if n == 0 {
            return Err(type_error(
                cx,
                &format!("unbound method {tn}.{}() needs an argument", def.name),
            ));
        }
        let got = type_name(type_of(sget(cx, pos)));
        return Err(type_error(
            cx,
            &format!(
                "descriptor '{}' for '{tn}' objects doesn't apply to a '{got}' object",
                def.name
            ),
        ));
    }
    let cells = scells(cx, pos, pos + n);
    (def.func)(cx, Args::new(cells, kwnames))
}

/// Calls the Python function `f` with `n` arguments at `stack[base..]`.
pub fn call_function(
    cx: &mut Ctx,
    f: Value,
    base: usize,
    n: usize,
    kwnames: Value,
) -> PyResult<Value> {
    let cd = func_code(f);
    let nfast = cd.nfast();
    let simple = kwnames.is_null()
        && n == cd.argcount as usize
        && cd.kwonlyargcount == 0
        && cd.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0;
    let need_end = base + nfast + cd.max_stack as usize;
    if need_end >= STACK_SLOTS {
        return Err(stack_overflow(cx));
    }
    let top = cx.frames().top_end();
    let end = need_end.max(top);
    if simple {
        // Locals after the arguments start unbound; new slots above the old top are made
        // valid for the collector.
        for i in base + n..base + nfast {
            sset(cx, i, Value::NULL);
        }
    } else {
        bind_args(cx, f, cd, base, n, kwnames)?;
    }
    if top < need_end {
        let from = top.max(base + nfast);
        cx.frames().stack.clear(from, need_end);
    }
    let fo = f.obj();
    if cd.is_generator() {
        return crate::objects::generator::new_generator(cx, f, base, nfast);
    }
    let depth = cx.depth + 1;
    if depth > recursion_limit() {
        return Err(recursion_error(cx));
    }
    cx.depth = depth;
    cx.frames().frames.push(Frame {
        base: base as u32,
        end: end as u32,
        ip: u32::MAX,
        depth: 0,
        code: slot(fo, fslot::CODE),
        func: f,
        globals: slot(fo, fslot::GLOBALS),
        builtins: slot(fo, fslot::BUILTINS),
        locals: Value::NULL,
        gen: Value::NULL,
    });
    let r = run(cx, Resume::Start);
    cx.frames().frames.pop();
    cx.depth -= 1;
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => unreachable!("a non-generator frame yielded"),
    }
}

/// Runs a code object (module body, class body, `exec`) with `globals` and `locals`.
pub fn run_code(
    cx: &mut Ctx,
    code: Value,
    globals: Value,
    locals: Value,
    func: Value,
) -> PyResult<Value> {
    let cd = code_data(code);
    let base = cx.frames().top_end();
    let nfast = cd.nfast();
    let end = base + nfast + cd.max_stack as usize;
    if end >= STACK_SLOTS {
        return Err(stack_overflow(cx));
    }
    cx.frames().stack.clear(base, end);
    let builtins = runtime::builtins_dict();
    let depth = cx.depth + 1;
    if depth > recursion_limit() {
        return Err(recursion_error(cx));
    }
    cx.depth = depth;
    cx.frames().frames.push(Frame {
        base: base as u32,
        end: end as u32,
        ip: u32::MAX,
        depth: 0,
        code,
        func,
        globals,
        builtins,
        locals,
        gen: Value::NULL,
    });
    let r = run(cx, Resume::Start);
    cx.frames().frames.pop();
    cx.depth -= 1;
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => unreachable!("module code yielded"),
    }
}

fn qualname_of(f: Value) -> String {
    let q = slot(f.obj(), fslot::QUALNAME);
    if is_str(q) {
        as_str(q).to_owned()
    } else {
        "?".to_owned()
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        k => format!("{}, and {}", quoted[..k - 1].join(", "), quoted[k - 1]),
    }
}

/// Binds `n` arguments at `stack[base..]` (keywords named by `kwnames` last) to the
/// parameters of `f`, in place, leaving `[base, base + nfast)` as the frame's locals.
fn bind_args(
    cx: &mut Ctx,
    f: Value,
    cd: &'static CodeData,
    base: usize,
    n: usize,
    kwnames: Value,
) -> PyResult<()> {
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple_len(kwnames)
    };
    let npos = n - nkw;
    let argcount = cd.argcount as usize;
    let kwonly = cd.kwonlyargcount as usize;
    let nparams = argcount + kwonly;
    let has_varargs = cd.flags & co_flags::VARARGS != 0;
    let has_varkw = cd.flags & co_flags::VARKEYWORDS != 0;
    let nfast = cd.nfast();
    // Copy keyword values and surplus positionals out before the slots are reused.
    let kwvals: Vec<Value> = (0..nkw).map(|i| sget(cx, base + npos + i)).collect();
    let surplus: Vec<Value> = (argcount.min(npos)..npos)
        .map(|i| sget(cx, base + i))
        .collect();
    if npos > argcount && !has_varargs {
        let q = qualname_of(f);
        let defaults = slot(f.obj(), fslot::DEFAULTS);
        let ndef = if defaults.is_null() {
            0
        } else {
            tuple_len(defaults)
        };
        let takes = if ndef > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndef,
                argcount
            )
        } else {
            plural(argcount, "positional argument", "positional arguments")
        };
        let given_kwonly = (0..nkw)
            .filter(|&i| {
                let k = as_str(tuple_get(kwnames, i));
                (argcount..nparams).any(|j| as_str(cd.varnames[j].get()) == k)
            })
            .count();
        let extra = if given_kwonly > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if npos == 1 { "" } else { "s" },
                given_kwonly,
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let msg = if extra.is_empty() {
            format!(
                "{q}() takes {takes} but {npos} {} given",
                if npos == 1 { "was" } else { "were" }
            )
        } else {
            format!("{q}() takes {takes} but {npos}{extra} were given")
        };
        return Err(type_error(cx, &msg));
    }
    for i in argcount.min(npos)..nfast {
        sset(cx, base + i, Value::NULL);
    }
    let mut kwdict = Value::NULL;
    let mut hkw = None;
    for (i, &v) in kwvals.iter().enumerate() {
        let name = tuple_get(kwnames, i);
        let key = as_str(name);
        let posonly = cd.posonlyargcount as usize;
        let idx = (posonly..nparams).find(|&j| as_str(cd.varnames[j].get()) == key);
        match idx {
            Some(j) => {
                if !sget(cx, base + j).is_null() {
                    let q = qualname_of(f);
                    return Err(type_error(
                        cx,
                        &format!("{q}() got multiple values for argument '{key}'"),
                    ));
                }
                sset(cx, base + j, v);
            }
            None => {
                if has_varkw {
                    if kwdict.is_null() {
                        kwdict = new_dict(cx)?;
                        hkw = Some(cx.root(kwdict));
                    }
                    dict_set(cx, kwdict, name, v)?;
                } else {
                    let q = qualname_of(f);
                    if (0..posonly).any(|j| as_str(cd.varnames[j].get()) == key) {
                        return Err(type_error(
                            cx,
                            &format!(
                                "{q}() got some positional-only arguments passed as keyword arguments: '{key}'"
                            ),
                        ));
                    }
                    return Err(type_error(
                        cx,
                        &format!("{q}() got an unexpected keyword argument '{key}'"),
                    ));
                }
            }
        }
    }
    // Defaults for missing positional parameters.
    let fo = f.obj();
    let defaults = slot(fo, fslot::DEFAULTS);
    let ndef = if defaults.is_null() {
        0
    } else {
        tuple_len(defaults)
    };
    let mut missing = Vec::new();
    for j in npos.min(argcount)..argcount {
        if sget(cx, base + j).is_null() {
            if j + ndef >= argcount {
                let d = tuple_get(defaults, j + ndef - argcount);
                sset(cx, base + j, d);
            } else {
                missing.push(as_str(cd.varnames[j].get()).to_owned());
            }
        }
    }
    if !missing.is_empty() {
        let q = qualname_of(f);
        return Err(type_error(
            cx,
            &format!(
                "{q}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ),
        ));
    }
    // Keyword-only defaults.
    let kwdefaults = slot(fo, fslot::KWDEFAULTS);
    for j in argcount..nparams {
        if sget(cx, base + j).is_null() {
            let name = cd.varnames[j].get();
            let d = if kwdefaults.is_null() {
                Value::NULL
            } else {
                dict_get_str(cx, kwdefaults, name)
            };
            if d.is_null() {
                missing.push(as_str(name).to_owned());
            } else {
                sset(cx, base + j, d);
            }
        }
    }
    if !missing.is_empty() {
        let q = qualname_of(f);
        return Err(type_error(
            cx,
            &format!(
                "{q}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ),
        ));
    }
    let mut slot_i = nparams;
    if has_varargs {
        let t = new_tuple(cx, &surplus)?;
        sset(cx, base + slot_i, t);
        slot_i += 1;
    }
    if has_varkw {
        let d = match hkw {
            Some(h) => cx.get(h),
            None => new_dict(cx)?,
        };
        sset(cx, base + slot_i, d);
    }
    if let Some(h) = hkw {
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    }
    let _ = types();
    Ok(())
}
