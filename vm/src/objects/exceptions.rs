//! Exceptions: the built-in hierarchy, exception objects, raising from Rust, and traceback
//! and frame objects.
//!
//! ```text
//! exception instance, FIXED: [args][__traceback__][__cause__][__context__]
//!                            [__suppress_context__][__notes__][shape][ext][inline...]
//! traceback, FIXED:          [tb_next][tb_frame][tb_lasti][tb_lineno]
//! frame (as seen by tracebacks), FIXED: [f_code][f_globals][f_lineno][f_back][f_locals]
//! ```
//!
//! A raised exception lives in the thread's roots (`Ctx::exception`) while it propagates;
//! each frame it passes through prepends a traceback entry. Raising while another exception
//! is being handled sets `__context__`, as in CPython.

use crate::ctx::{Ctx, PyResult, Raised};
use crate::object::{self, slot};
use crate::objects::str::new_str;
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::{none, py_bool, Global, SINGLETONS};
use crate::value::Value;

/// Exception slots.
pub mod eslot {
    /// `args` (tuple).
    pub const ARGS: usize = 0;
    /// `__traceback__`.
    pub const TRACEBACK: usize = 1;
    /// `__cause__`.
    pub const CAUSE: usize = 2;
    /// `__context__`.
    pub const CONTEXT: usize = 3;
    /// `__suppress_context__` (bool).
    pub const SUPPRESS: usize = 4;
    /// `__notes__`.
    pub const NOTES: usize = 5;
}

/// FIXED slots of an exception before its attribute storage.
pub const EXC_BASE_SLOTS: usize = 6;

macro_rules! exception_types {
    ($($g:ident = $name:literal : $parent:ident;)*) => {
        $(
            #[doc = concat!("`", $name, "`")]
            pub static $g: Global = Global::new();
        )*
        /// Every built-in exception type: `(global, name, parent global)`.
        pub(crate) const ALL: &[(&Global, &str, Option<&Global>)] = &[
            $((&$g, $name, exception_types!(@parent $parent)),)*
        ];
    };
    (@parent ROOT) => { None };
    (@parent $p:ident) => { Some(&$p) };
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError), raised by file
/// operations a stream does not support; made after the built-in exception types.
pub static UNSUPPORTED_OPERATION: Global = Global::new();

exception_types! {
    BASE_EXCEPTION = "BaseException": ROOT;
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    BUFFER_ERROR = "BufferError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR;
    MEMORY_ERROR_TYPE = "MemoryError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    OS_ERROR = "OSError": EXCEPTION;
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    SYNTAX_ERROR = "SyntaxError": EXCEPTION;
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR;
    WARNING = "Warning": EXCEPTION;
    BYTES_WARNING = "BytesWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    ENCODING_WARNING = "EncodingWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    USER_WARNING = "UserWarning": WARNING;
}

/// `traceback`.
pub static TRACEBACK_TYPE: Global = Global::new();
/// `frame`.
pub static FRAME_TYPE: Global = Global::new();

/// Whether `v` is an exception instance (of BaseException or a subclass).
pub fn is_exception(v: Value) -> bool {
    v.is_ref() && is_subtype(type_of(v), BASE_EXCEPTION.get())
}

/// Whether `v` is an exception class.
pub fn is_exception_type(v: Value) -> bool {
    crate::objects::typeobj::is_type(v) && is_subtype(v, BASE_EXCEPTION.get())
}

/// A new exception of type `ty` (an exception class) with `args`, without running
/// `__init__` (for built-in raises).
pub fn new_exception(cx: &mut Ctx, ty: Value, args: &[Value]) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let ht = cx.root(ty);
    let t = new_tuple(cx, args)?;
    let ht2 = cx.root(t);
    let ht_v = cx.get(ht);
    let inst = crate::objects::instance::new_instance(cx, ht_v)?;
    let t = cx.get(ht2);
    cx.pop_handles(mark);
    let o = inst.obj();
    object::init_slot(o, eslot::ARGS, t);
    object::init_slot(o, eslot::TRACEBACK, none());
    object::init_slot(o, eslot::CAUSE, none());
    object::init_slot(o, eslot::CONTEXT, none());
    object::init_slot(o, eslot::SUPPRESS, py_bool(false));
    Ok(inst)
}

/// Raises `exc` (an exception instance): records the handled exception as its context.
pub fn raise_value(cx: &mut Ctx, exc: Value) -> Raised {
    let handled = cx.handled_exception();
    if !handled.is_null() && handled != exc && is_exception(exc) {
        let ctx_slot = slot(exc.obj(), eslot::CONTEXT);
        if ctx_slot.is_null() || ctx_slot == none() {
            // Avoid creating a cycle through the context chain.
            let mut c = handled;
            let mut cycle = false;
            let mut steps = 0;
            while is_exception(c) && steps < 1000 {
                if c == exc {
                    cycle = true;
                    break;
                }
                c = slot(c.obj(), eslot::CONTEXT);
                steps += 1;
            }
            if !cycle {
                cx.set_slot(exc.obj(), eslot::CONTEXT, handled);
            }
        }
    }
    cx.set_exception(exc)
}

/// Raises a new exception of type `ty` with the message `msg`.
#[cold]
pub fn raise_msg(cx: &mut Ctx, ty: Value, msg: &str) -> Raised {
    let s = match new_str(cx, msg) {
        Ok(s) => s,
        Err(e) => return e,
    };
    match new_exception(cx, ty, &[s]) {
        Ok(exc) => raise_value(cx, exc),
        Err(e) => e,
    }
}

/// Raises a new exception of type `ty` with the given args.
#[cold]
pub fn raise_args(cx: &mut Ctx, ty: Value, args: &[Value]) -> Raised {
    match new_exception(cx, ty, args) {
        Ok(exc) => raise_value(cx, exc),
        Err(e) => e,
    }
}

/// `TypeError(msg)`.
#[cold]
pub fn type_error(cx: &mut Ctx, msg: &str) -> Raised {
    raise_msg(cx, TYPE_ERROR.get(), msg)
}

/// `ValueError(msg)`.
#[cold]
pub fn value_error(cx: &mut Ctx, msg: &str) -> Raised {
    raise_msg(cx, VALUE_ERROR.get(), msg)
}

/// `IndexError(msg)`.
#[cold]
pub fn index_error(cx: &mut Ctx, msg: &str) -> Raised {
    raise_msg(cx, INDEX_ERROR.get(), msg)
}

/// `OverflowError(msg)`.
#[cold]
pub fn overflow_error(cx: &mut Ctx, msg: &str) -> Raised {
    raise_msg(cx, OVERFLOW_ERROR.get(), msg)
}

/// `KeyError(key)`.
#[cold]
pub fn key_error(cx: &mut Ctx, key: Value) -> Raised {
    raise_args(cx, KEY_ERROR.get(), &[key])
}

/// `StopIteration(value)` (no args when `value` is NULL).
#[cold]
pub fn stop_iteration(cx: &mut Ctx, value: Value) -> Raised {
    if value.is_null() {
        return raise_args(cx, STOP_ITERATION.get(), &[]);
    }
    let r = raise_args(cx, STOP_ITERATION.get(), &[value]);
    let exc = cx.exception();
    if let Ok(name) = crate::objects::str::intern(cx, "value") {
        let _ = crate::objects::instance::set_attr(cx, exc, name, value);
    }
    r
}

/// Whether exception `exc` matches `spec` (an exception class or a tuple of them).
pub fn exc_matches(exc: Value, spec: Value) -> bool {
    if is_tuple(spec) {
        return (0..tuple_len(spec)).any(|i| exc_matches(exc, tuple_get(spec, i)));
    }
    let t = type_of(exc);
    is_subtype(t, spec)
}

/// The exception's args tuple.
pub fn exc_args(exc: Value) -> Value {
    slot(exc.obj(), eslot::ARGS)
}

/// Prepends a traceback entry for a frame running `code` with `globals`, at `line`.
pub fn add_traceback(
    cx: &mut Ctx,
    exc: Value,
    code: Value,
    globals: Value,
    line: u32,
    lasti: u32,
) -> PyResult<()> {
    if !is_exception(exc) {
        return Ok(());
    }
    let mark = cx.handle_mark();
    let he = cx.root(exc);
    let hc = cx.root(code);
    let hg = cx.root(globals);
    let frame = cx.alloc_fixed(FRAME_TYPE.get(), 5)?;
    object::init_slot(frame, 0, cx.get(hc));
    object::init_slot(frame, 1, cx.get(hg));
    object::init_slot(frame, 2, Value::int(line as i64));
    object::init_slot(frame, 3, none());
    object::init_slot(frame, 4, none());
    let frame = Value::from_obj(frame);
    let hf = cx.root(frame);
    let tb = cx.alloc_fixed(TRACEBACK_TYPE.get(), 4)?;
    let exc = cx.get(he);
    let prev = slot(exc.obj(), eslot::TRACEBACK);
    object::init_slot(tb, 0, if prev.is_null() { none() } else { prev });
    object::init_slot(tb, 1, cx.get(hf));
    object::init_slot(tb, 2, Value::int(lasti as i64 * 2));
    object::init_slot(tb, 3, Value::int(line as i64));
    cx.set_slot(exc.obj(), eslot::TRACEBACK, Value::from_obj(tb));
    cx.pop_handles(mark);
    Ok(())
}

/// The empty tuple (for exceptions without args).
pub fn empty_args() -> Value {
    SINGLETONS.empty_tuple.get()
}

/// Raises the `SyntaxError` (or subclass) described by a compile error, with `msg`,
/// `filename`, `lineno`, `offset`, `text`, `end_lineno` and `end_offset` set.
pub fn raise_syntax_error(cx: &mut Ctx, e: &crate::compile::CompileError) -> Raised {
    let ty = match e.kind {
        "IndentationError" => INDENTATION_ERROR.get(),
        "TabError" => TAB_ERROR.get(),
        "SystemError" => SYSTEM_ERROR.get(),
        _ => SYNTAX_ERROR.get(),
    };
    let r = (|| -> PyResult<Value> {
        let mark = cx.handle_mark();
        let msg = new_str(cx, &e.msg)?;
        let hm = cx.root(msg);
        let file = new_str(cx, &e.filename)?;
        let hf = cx.root(file);
        let text = match &e.text {
            Some(t) => new_str(cx, &format!("{t}\n"))?,
            None => none(),
        };
        let ht = cx.root(text);
        let (file, text) = (cx.get(hf), cx.get(ht));
        let details = new_tuple(
            cx,
            &[
                file,
                Value::int(e.line as i64),
                Value::int(e.col as i64),
                text,
                Value::int(e.end_line as i64),
                Value::int(e.end_col as i64),
            ],
        )?;
        let hd = cx.root(details);
        let hm_v = cx.get(hm);
        let hd_v = cx.get(hd);
        let exc = new_exception(cx, ty, &[hm_v, hd_v])?;
        let he = cx.root(exc);
        let attrs: [(&str, Value); 7] = [
            ("msg", cx_get(cx, hm)),
            ("filename", cx_get(cx, hf)),
            ("lineno", Value::int(e.line as i64)),
            ("offset", Value::int(e.col as i64)),
            ("text", cx_get(cx, ht)),
            ("end_lineno", Value::int(e.end_line as i64)),
            ("end_offset", Value::int(e.end_col as i64)),
        ];
        for (n, v) in attrs {
            let name = crate::objects::str::intern(cx, n)?;
            let exc = cx.get(he);
            crate::objects::instance::set_attr(cx, exc, name, v)?;
        }
        let exc = cx.get(he);
        cx.pop_handles(mark);
        Ok(exc)
    })();
    match r {
        Ok(exc) => raise_value(cx, exc),
        Err(r) => r,
    }
}

fn cx_get(cx: &mut Ctx, h: crate::ctx::Handle) -> Value {
    cx.get(h)
}
