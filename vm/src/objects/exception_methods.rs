//! Methods and attributes of exceptions, tracebacks and frames, and creation of the
//! built-in exception types.
//!
//! Exception-specific attributes (`SystemExit.code`, `OSError.errno`, `StopIteration.value`,
//! `SyntaxError.lineno`...) are ordinary instance attributes set by `__init__`, as CPython's
//! are member slots: reading and assigning them behaves the same.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::object::{self, slot};
use crate::objects::exceptions::{self as ex, eslot, type_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::instance;
use crate::objects::str::{as_str, intern, is_str, new_str};
use crate::objects::tuple::{new_tuple, tuple_get, tuple_items, tuple_len};
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::runtime::{none, py_bool, Global};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

/// Creates every built-in exception type not made at bootstrap, with its methods.
pub(crate) fn make_exception_types(cx: &mut Ctx) -> PyResult<()> {
    let made: Vec<(&str, Value)> = crate::runtime::EXCEPTION_TYPES.lock().clone();
    let layout = crate::types_init::layout(object::kind::FIXED, ex::EXC_BASE_SLOTS as u16, true);
    for &(g, name, parent) in ex::ALL {
        let existing = made.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
        let t = match existing {
            Some(t) => t,
            None => {
                let base = parent.map_or(crate::runtime::TYPES.object.get(), |p| p.get());
                let data = crate::objects::typeobj::TypeData::new(
                    name,
                    crate::objects::typeobj::tflags::BASETYPE,
                    layout,
                );
                let t = crate::objects::typeobj::alloc_type(
                    cx,
                    crate::runtime::TYPES.type_.get(),
                    data,
                    true,
                )?;
                crate::types_init::finish(cx, t, name, &[base])?;
                t
            }
        };
        g.set(t);
        let methods: &'static [NativeDef] = match name {
            "BaseException" => BASE_EXCEPTION_METHODS,
            "StopIteration" => STOP_ITERATION_METHODS,
            "SystemExit" => SYSTEM_EXIT_METHODS,
            "OSError" => OS_ERROR_METHODS,
            "ImportError" => IMPORT_ERROR_METHODS,
            "AttributeError" => ATTRIBUTE_ERROR_METHODS,
            "NameError" => NAME_ERROR_METHODS,
            "SyntaxError" => SYNTAX_ERROR_METHODS,
            "KeyError" => KEY_ERROR_METHODS,
            "UnicodeDecodeError" | "UnicodeEncodeError" => UNICODE_ERROR_METHODS,
            _ => &[],
        };
        crate::types_init::add_methods(cx, t, methods)?;
        if name == "BaseException" {
            crate::types_init::add_getsets(cx, t, BASE_EXCEPTION_GETSETS)?;
        }
        let m = intern(cx, "builtins")?;
        let key = intern(cx, "__module__")?;
        let d = crate::objects::typeobj::type_slot(t, crate::objects::typeobj::tslot::DICT);
        crate::objects::dict::dict_set(cx, d, key, m)?;
        crate::objects::typeobj::bump_version(cx, t);
    }
    make_unsupported_operation(cx)
}

/// `io.UnsupportedOperation(OSError, ValueError)`: a class like one a class statement makes,
/// since two built-in bases need a real MRO.
fn make_unsupported_operation(cx: &mut Ctx) -> PyResult<()> {
    use crate::objects::typeobj::{new_type, set_type_slot, tslot, type_slot};
    let bases = [ex::OS_ERROR.get(), ex::VALUE_ERROR.get()];
    let meta = crate::runtime::TYPES.type_.get();
    let t = new_type(cx, meta, "UnsupportedOperation", &bases, 0)?.expect("consistent MRO");
    ex::UNSUPPORTED_OPERATION.set_rooted(t);
    let n = intern(cx, "UnsupportedOperation")?;
    let t = ex::UNSUPPORTED_OPERATION.get();
    set_type_slot(cx, t, tslot::QUALNAME, n);
    let (key, m) = (intern(cx, "__module__")?, intern(cx, "io")?);
    let d = type_slot(ex::UNSUPPORTED_OPERATION.get(), tslot::DICT);
    crate::objects::dict::dict_set(cx, d, key, m)?;
    let key = intern(cx, "__doc__")?;
    let d = type_slot(ex::UNSUPPORTED_OPERATION.get(), tslot::DICT);
    crate::objects::dict::dict_set(cx, d, key, none())?;
    crate::objects::typeobj::bump_version(cx, ex::UNSUPPORTED_OPERATION.get());
    Ok(())
}

// --- BaseException -------------------------------------------------------------------------

fn exc_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let args = a.rest(1);
    let mut cls = cls;
    if is_subtype(cls, ex::OS_ERROR.get()) && cls == ex::OS_ERROR.get() && args.len() >= 2 {
        if let Some(errno) =
            crate::objects::int::int_value(args[0]).and_then(crate::objects::int::to_i64)
        {
            if let Some(sub) = os_error_subclass(errno) {
                cls = sub;
            }
        }
    }
    let e = ex::new_exception(cx, cls, &args)?;
    Ok(e)
}

fn os_error_subclass(errno: i64) -> Option<Value> {
    let g: &Global = match errno {
        2 => &ex::FILE_NOT_FOUND_ERROR,
        17 => &ex::FILE_EXISTS_ERROR,
        13 | 1 => &ex::PERMISSION_ERROR,
        21 => &ex::IS_A_DIRECTORY_ERROR,
        20 => &ex::NOT_A_DIRECTORY_ERROR,
        32 => &ex::BROKEN_PIPE_ERROR,
        111 => &ex::CONNECTION_REFUSED_ERROR,
        104 => &ex::CONNECTION_RESET_ERROR,
        103 => &ex::CONNECTION_ABORTED_ERROR,
        110 => &ex::TIMEOUT_ERROR,
        4 => &ex::INTERRUPTED_ERROR,
        3 => &ex::PROCESS_LOOKUP_ERROR,
        10 => &ex::CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &ex::BLOCKING_IO_ERROR,
        _ => return None,
    };
    Some(g.get())
}

/// Rejects keyword arguments for exception types whose `__init__` takes none.
fn no_kwargs(cx: &mut Ctx, a: &Args<'_>) -> PyResult<()> {
    if a.nkw() > 0 {
        let t = type_of(a.get(0));
        let msg = format!("{}() takes no keyword arguments", type_name(t));
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

fn set_args(cx: &mut Ctx, e: Value, args: &[Value]) -> PyResult<()> {
    let h = cx.root(e);
    let t = new_tuple(cx, args)?;
    let e = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    cx.set_slot(e.obj(), eslot::ARGS, t);
    Ok(())
}

fn exc_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    no_kwargs(cx, &a)?;
    set_args(cx, a.get(0), &a.rest(1))?;
    Ok(none())
}

fn set_attr_str(cx: &mut Ctx, e: Value, name: &str, v: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (he, hv) = (cx.root(e), cx.root(v));
    let n = intern(cx, name)?;
    let (e, v) = (cx.get(he), cx.get(hv));
    cx.pop_handles(mark);
    instance::set_attr(cx, e, n, v)
}

fn get_attr_str(cx: &mut Ctx, e: Value, name: &str) -> PyResult<Value> {
    let n = intern(cx, name)?;
    Ok(instance::get_attr(cx, e, n))
}

/// `str(exc)` for every built-in exception type.
pub fn exc_str(cx: &mut Ctx, e: Value) -> PyResult<Value> {
    let h = cx.root(e);
    let r = exc_str_rooted(cx, h);
    cx.pop_handles(HandleMark::from_handle(h));
    r
}

/// `str()` of the exception in `he`; every attribute is read after the conversions that
/// came before it (they may run Python code).
fn exc_str_rooted(cx: &mut Ctx, he: crate::ctx::Handle) -> PyResult<Value> {
    let e = cx.get(he);
    let t = type_of(e);
    if is_subtype(t, ex::OS_ERROR.get()) {
        let errno = get_attr_str(cx, e, "errno")?;
        let strerror = get_attr_str(cx, e, "strerror")?;
        if !errno.is_null() && errno != none() && !strerror.is_null() && strerror != none() {
            let es = crate::ops::repr::str_string(cx, errno)?;
            let strerror = {
                let e = cx.get(he);
                get_attr_str(cx, e, "strerror")
            }?;
            let ss = crate::ops::repr::str_string(cx, strerror)?;
            let filename = {
                let e = cx.get(he);
                get_attr_str(cx, e, "filename")
            }?;
            if !filename.is_null() && filename != none() {
                let fr = crate::ops::repr::repr_string(cx, filename)?;
                let filename2 = {
                    let e = cx.get(he);
                    get_attr_str(cx, e, "filename2")
                }?;
                if !filename2.is_null() && filename2 != none() {
                    let f2 = crate::ops::repr::repr_string(cx, filename2)?;
                    return new_str(cx, &format!("[Errno {es}] {ss}: {fr} -> {f2}"));
                }
                return new_str(cx, &format!("[Errno {es}] {ss}: {fr}"));
            }
            return new_str(cx, &format!("[Errno {es}] {ss}"));
        }
    }
    if is_subtype(t, ex::SYNTAX_ERROR.get()) {
        let msg = get_attr_str(cx, e, "msg")?;
        if !msg.is_null() && msg != none() {
            let m = crate::ops::repr::str_string(cx, msg)?;
            let file = {
                let e = cx.get(he);
                get_attr_str(cx, e, "filename")
            }?;
            let line = {
                let e = cx.get(he);
                get_attr_str(cx, e, "lineno")
            }?;
            let has_line = !line.is_null() && line.is_int();
            let file = if is_str(file) {
                Some(
                    std::path::Path::new(as_str(file))
                        .file_name()
                        .map_or(as_str(file).to_owned(), |f| {
                            f.to_string_lossy().into_owned()
                        }),
                )
            } else {
                None
            };
            return new_str(
                cx,
                &match (file, has_line) {
                    (Some(f), true) => format!("{m} ({f}, line {})", line.as_int()),
                    (Some(f), false) => format!("{m} ({f})"),
                    (None, true) => format!("{m} (line {})", line.as_int()),
                    (None, false) => m,
                },
            );
        }
    }
    if t == ex::UNICODE_DECODE_ERROR.get() || t == ex::UNICODE_ENCODE_ERROR.get() {
        let args = ex::exc_args(e);
        if tuple_len(args) == 5 {
            let obj = tuple_get(args, 1);
            let start = tuple_get(args, 2).as_int();
            let end = tuple_get(args, 3).as_int();
            // Copies of the object's contents: the conversions below may run Python code.
            let obj_bytes = if crate::objects::bytes::is_bytes_like(obj) {
                crate::objects::bytes::bytes_data(obj)
            } else {
                Vec::new()
            };
            let obj_text = if is_str(obj) {
                as_str(obj).to_owned()
            } else {
                String::new()
            };
            let enc = crate::ops::repr::str_string(cx, tuple_get(args, 0))?;
            let args = ex::exc_args(cx.get(he));
            let reason = crate::ops::repr::str_string(cx, tuple_get(args, 4))?;
            if t == ex::UNICODE_DECODE_ERROR.get() {
                let b = obj_bytes.get(start as usize).copied().unwrap_or(0);
                return new_str(
                    cx,
                    &if end == start + 1 {
                        format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
                    } else {
                        format!(
                            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                            end - 1
                        )
                    },
                );
            }
            let ch = obj_text.chars().nth(start as usize).map_or(0, |c| c as u32);
            let chs = if ch < 0x100 {
                format!("\\x{ch:02x}")
            } else if ch < 0x10000 {
                format!("\\u{ch:04x}")
            } else {
                format!("\\U{ch:08x}")
            };
            return new_str(
                cx,
                &if end == start + 1 {
                    format!("'{enc}' codec can't encode character '{chs}' in position {start}: {reason}")
                } else {
                    format!(
                        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                        end - 1
                    )
                },
            );
        }
    }
    let args = ex::exc_args(e);
    match tuple_len(args) {
        0 => new_str(cx, ""),
        1 if is_subtype(t, ex::KEY_ERROR.get()) => crate::ops::repr::repr(cx, tuple_get(args, 0)),
        1 => crate::ops::repr::to_str(cx, tuple_get(args, 0)),
        _ => crate::ops::repr::repr(cx, args),
    }
}

fn exc_str_m(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exc_str(cx, a.get(0))
}

fn exc_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = crate::ops::repr::exception_repr(cx, a.get(0))?;
    new_str(cx, &s)
}

fn exc_with_traceback(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::one(cx, &a, "BaseException.with_traceback")?;
    let (e, tb) = (a.get(0), a.get(1));
    if tb != none() && type_of(tb) != ex::TRACEBACK_TYPE.get() {
        return Err(type_error(cx, "__traceback__ must be a traceback or None"));
    }
    cx.set_slot(e.obj(), eslot::TRACEBACK, tb);
    Ok(e)
}

fn exc_add_note(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::argcheck::one(cx, &a, "BaseException.add_note")?;
    let (e, note) = (a.get(0), a.get(1));
    if !crate::objects::str::is_str_like(note) {
        let msg = format!("note must be a str, not '{}'", type_name(type_of(note)));
        return Err(type_error(cx, &msg));
    }
    let mark = cx.handle_mark();
    let (he, hn) = (cx.root(e), cx.root(note));
    let mut notes = get_attr_str(cx, e, "__notes__")?;
    if notes.is_null() {
        notes = crate::objects::list::new_list(cx, &[])?;
        let e = cx.get(he);
        set_attr_str(cx, e, "__notes__", notes)?;
    } else if !crate::objects::list::is_list_like(notes) {
        cx.pop_handles(mark);
        return Err(type_error(cx, "Cannot add note: __notes__ is not a list"));
    }
    let note = cx.get(hn);
    crate::objects::list::list_append(cx, notes, note)?;
    cx.pop_handles(mark);
    Ok(none())
}

fn exc_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let e = a.get(0);
    new_tuple(cx, &[type_of(e), ex::exc_args(e)])
}

fn exc_get_args(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(ex::exc_args(a.get(0)))
}

fn exc_set_args(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(1);
    if v.is_null() {
        return Err(type_error(cx, "args may not be deleted"));
    }
    let h = cx.root(a.get(0));
    let l = crate::ops::iter::to_list(cx, v)?;
    let t = crate::objects::list::list_to_tuple(cx, l)?;
    let e = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    cx.set_slot(e.obj(), eslot::ARGS, t);
    Ok(none())
}

fn slot_or_none(e: Value, i: usize) -> Value {
    let v = slot(e.obj(), i);
    if v.is_null() {
        none()
    } else {
        v
    }
}

fn exc_get_tb(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot_or_none(a.get(0), eslot::TRACEBACK))
}

fn exc_set_tb(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(1);
    if v.is_null() || (v != none() && type_of(v) != ex::TRACEBACK_TYPE.get()) {
        return Err(type_error(cx, "__traceback__ must be a traceback or None"));
    }
    cx.set_slot(a.get(0).obj(), eslot::TRACEBACK, v);
    Ok(none())
}

fn exc_get_cause(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot_or_none(a.get(0), eslot::CAUSE))
}

fn exc_set_cause(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(1);
    if v.is_null() || (v != none() && !ex::is_exception(v)) {
        return Err(type_error(
            cx,
            "exception cause must be None or derive from BaseException",
        ));
    }
    let e = a.get(0);
    cx.set_slot(e.obj(), eslot::CAUSE, v);
    object::init_slot(e.obj(), eslot::SUPPRESS, py_bool(true));
    Ok(none())
}

fn exc_get_context(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot_or_none(a.get(0), eslot::CONTEXT))
}

fn exc_set_context(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(1);
    if v.is_null() || (v != none() && !ex::is_exception(v)) {
        return Err(type_error(
            cx,
            "exception context must be None or derive from BaseException",
        ));
    }
    cx.set_slot(a.get(0).obj(), eslot::CONTEXT, v);
    Ok(none())
}

fn exc_get_suppress(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = slot(a.get(0).obj(), eslot::SUPPRESS);
    Ok(if v.is_null() { py_bool(false) } else { v })
}

fn exc_set_suppress(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let b = crate::ops::compare::truthy(cx, a.get(1))?;
    object::init_slot(a.get(0).obj(), eslot::SUPPRESS, py_bool(b));
    Ok(none())
}

static BASE_EXCEPTION_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => exc_new,
    Method "__init__" => exc_init,
    Method "__str__" => exc_str_m,
    Method "__repr__" => exc_repr,
    Method "with_traceback" => exc_with_traceback,
    Method "add_note" => exc_add_note,
    Method "__reduce__" => exc_reduce,
];

static BASE_EXCEPTION_GETSETS: &[GetSet] = &[
    GetSet {
        name: "args",
        get: getter!("args", exc_get_args),
        set: Some(getter!("args", exc_set_args)),
    },
    GetSet {
        name: "__traceback__",
        get: getter!("__traceback__", exc_get_tb),
        set: Some(getter!("__traceback__", exc_set_tb)),
    },
    GetSet {
        name: "__cause__",
        get: getter!("__cause__", exc_get_cause),
        set: Some(getter!("__cause__", exc_set_cause)),
    },
    GetSet {
        name: "__context__",
        get: getter!("__context__", exc_get_context),
        set: Some(getter!("__context__", exc_set_context)),
    },
    GetSet {
        name: "__suppress_context__",
        get: getter!("__suppress_context__", exc_get_suppress),
        set: Some(getter!("__suppress_context__", exc_set_suppress)),
    },
];

// --- Specific exceptions -------------------------------------------------------------------

fn first_arg_or_none(a: &Args<'_>) -> Value {
    if a.len() > 1 {
        a.get(1)
    } else {
        none()
    }
}

fn stop_iteration_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    no_kwargs(cx, &a)?;
    set_args(cx, a.get(0), &a.rest(1))?;
    set_attr_str(cx, a.get(0), "value", first_arg_or_none(&a))?;
    Ok(none())
}

static STOP_ITERATION_METHODS: &[NativeDef] =
    native_table![Method "__init__" => stop_iteration_init];

fn system_exit_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    no_kwargs(cx, &a)?;
    let e = a.get(0);
    let rest = a.rest(1);
    set_args(cx, e, &rest)?;
    let code = match rest.len() {
        0 => none(),
        1 => rest[0],
        _ => ex::exc_args(e),
    };
    set_attr_str(cx, e, "code", code)?;
    Ok(none())
}

static SYSTEM_EXIT_METHODS: &[NativeDef] = native_table![Method "__init__" => system_exit_init];

fn os_error_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    no_kwargs(cx, &a)?;
    let e = a.get(0);
    let rest = a.rest(1);
    let h = cx.root(e);
    let n = rest.len();
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&n) {
        (
            rest[0],
            rest[1],
            rest.get(2).copied().unwrap_or(none()),
            rest.get(4).copied().unwrap_or(none()),
        )
    } else {
        (none(), none(), none(), none())
    };
    // With a filename, args keep only (errno, strerror).
    let args: Vec<Value> = if (3..=5).contains(&n) {
        rest[..2].to_vec()
    } else {
        rest.clone()
    };
    let h_v = cx.get(h);
    set_args(cx, h_v, &args)?;
    for (name, v) in [
        ("errno", errno),
        ("strerror", strerror),
        ("filename", filename),
        ("filename2", filename2),
    ] {
        let e = cx.get(h);
        set_attr_str(cx, e, name, v)?;
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(none())
}

static OS_ERROR_METHODS: &[NativeDef] = native_table![Method "__init__" => os_error_init];

/// Sets attributes from keyword arguments named in `allowed`, others being a TypeError.
fn kw_attrs(cx: &mut Ctx, a: &Args<'_>, fname: &str, allowed: &[&str]) -> PyResult<()> {
    let e = a.get(0);
    let h = cx.root(e);
    for name in allowed {
        let e = cx.get(h);
        set_attr_str(cx, e, name, none())?;
    }
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        let k = as_str(k);
        if !allowed.contains(&k) {
            cx.pop_handles(HandleMark::from_handle(h));
            let msg = format!("{fname}() got an unexpected keyword argument '{k}'");
            return Err(type_error(cx, &msg));
        }
        let e = cx.get(h);
        set_attr_str(cx, e, k, v)?;
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(())
}

fn import_error_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let e = a.get(0);
    kw_attrs(cx, &a, type_name(type_of(e)), &["name", "path"])?;
    set_args(cx, e, &a.rest(1))?;
    set_attr_str(cx, e, "msg", if a.len() == 2 { a.get(1) } else { none() })?;
    Ok(none())
}

static IMPORT_ERROR_METHODS: &[NativeDef] = native_table![Method "__init__" => import_error_init];

fn attribute_error_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let e = a.get(0);
    kw_attrs(cx, &a, type_name(type_of(e)), &["name", "obj"])?;
    set_args(cx, e, &a.rest(1))?;
    Ok(none())
}

static ATTRIBUTE_ERROR_METHODS: &[NativeDef] =
    native_table![Method "__init__" => attribute_error_init];

fn name_error_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let e = a.get(0);
    kw_attrs(cx, &a, type_name(type_of(e)), &["name"])?;
    set_args(cx, e, &a.rest(1))?;
    Ok(none())
}

static NAME_ERROR_METHODS: &[NativeDef] = native_table![Method "__init__" => name_error_init];

fn syntax_error_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    no_kwargs(cx, &a)?;
    let e = a.get(0);
    let rest = a.rest(1);
    let h = cx.root(e);
    set_args(cx, e, &rest)?;
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    let mut vals = [none(); 6];
    if rest.len() == 2 {
        let d = rest[1];
        if !crate::objects::tuple::is_tuple(d) || !(4..=6).contains(&tuple_len(d)) {
            cx.pop_handles(HandleMark::from_handle(h));
            return Err(crate::objects::exceptions::index_error(
                cx,
                "tuple index out of range",
            ));
        }
        for (i, v) in tuple_items(d).into_iter().enumerate() {
            vals[i] = v;
        }
    }
    let msg = if rest.is_empty() { none() } else { rest[0] };
    let e = cx.get(h);
    set_attr_str(cx, e, "msg", msg)?;
    for (n, v) in names.iter().zip(vals) {
        let e = cx.get(h);
        set_attr_str(cx, e, n, v)?;
    }
    let e = cx.get(h);
    set_attr_str(cx, e, "print_file_and_line", none())?;
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(none())
}

static SYNTAX_ERROR_METHODS: &[NativeDef] = native_table![Method "__init__" => syntax_error_init];

static KEY_ERROR_METHODS: &[NativeDef] = native_table![Method "__str__" => exc_str_m];

fn unicode_error_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    no_kwargs(cx, &a)?;
    let e = a.get(0);
    let rest = a.rest(1);
    set_args(cx, e, &rest)?;
    if rest.len() == 5 {
        let h = cx.root(e);
        for (n, v) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(rest)
        {
            let e = cx.get(h);
            set_attr_str(cx, e, n, v)?;
        }
        cx.pop_handles(HandleMark::from_handle(h));
    } else if a.len() > 1 {
        let msg = format!("function takes exactly 5 arguments ({} given)", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    Ok(none())
}

static UNICODE_ERROR_METHODS: &[NativeDef] = native_table![
    Method "__init__" => unicode_error_init,
    Method "__str__" => exc_str_m,
];

// --- traceback and frame objects -----------------------------------------------------------

fn tb_next(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot_or_none(a.get(0), 0))
}

fn tb_set_next(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(1);
    if v.is_null() {
        return Err(type_error(cx, "can't delete tb_next attribute"));
    }
    if v != none() && type_of(v) != ex::TRACEBACK_TYPE.get() {
        let msg = format!(
            "expected traceback object or None, got '{}'",
            type_name(type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    cx.set_slot(a.get(0).obj(), 0, v);
    Ok(none())
}

fn tb_frame(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 1))
}
fn tb_lasti(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 2))
}
fn tb_lineno(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 3))
}

/// Attributes of tracebacks.
pub static TRACEBACK_GETSETS: &[GetSet] = &[
    GetSet {
        name: "tb_next",
        get: getter!("tb_next", tb_next),
        set: Some(getter!("tb_next", tb_set_next)),
    },
    GetSet {
        name: "tb_frame",
        get: getter!("tb_frame", tb_frame),
        set: None,
    },
    GetSet {
        name: "tb_lasti",
        get: getter!("tb_lasti", tb_lasti),
        set: None,
    },
    GetSet {
        name: "tb_lineno",
        get: getter!("tb_lineno", tb_lineno),
        set: None,
    },
];

fn f_code(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 0))
}
fn f_globals(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 1))
}
fn f_lineno(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 2))
}
fn f_back(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot_or_none(a.get(0), 3))
}
fn f_locals(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = slot(a.get(0).obj(), 4);
    if v.is_null() || v == none() {
        return crate::objects::dict::new_dict(cx);
    }
    Ok(v)
}
fn f_builtins(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(crate::runtime::builtins_dict())
}

/// Attributes of frame objects (as tracebacks and `sys._getframe` expose them).
pub static FRAME_GETSETS: &[GetSet] = &[
    GetSet {
        name: "f_code",
        get: getter!("f_code", f_code),
        set: None,
    },
    GetSet {
        name: "f_globals",
        get: getter!("f_globals", f_globals),
        set: None,
    },
    GetSet {
        name: "f_lineno",
        get: getter!("f_lineno", f_lineno),
        set: None,
    },
    GetSet {
        name: "f_back",
        get: getter!("f_back", f_back),
        set: None,
    },
    GetSet {
        name: "f_locals",
        get: getter!("f_locals", f_locals),
        set: None,
    },
    GetSet {
        name: "f_builtins",
        get: getter!("f_builtins", f_builtins),
        set: None,
    },
];
