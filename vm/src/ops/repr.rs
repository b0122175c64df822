//! `repr()`, `str()` and `ascii()` of every built-in type, and the special-method protocol
//! for the others. Containers that contain themselves print `[...]`/`{...}`, guarded by a
//! per-thread stack of the objects being represented.

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::object::slot;
use crate::objects::bytes;
use crate::objects::complex;
use crate::objects::dict::{self, dict_len};
use crate::objects::exceptions;
use crate::objects::float;
use crate::objects::function::{self, fslot};
use crate::objects::int;
use crate::objects::list::{is_list, list_get, list_len};
use crate::objects::module;
use crate::objects::range;
use crate::objects::set;
use crate::objects::slice;
use crate::objects::str::{self as pystr, as_str, is_str, new_str};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{is_type, tslot, type_name, type_of, type_slot};
use crate::ops::attr::type_lookup;
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::value::Value;

/// `<module.qualname>` of a type, as `repr(type)` shows it.
pub fn type_repr(cx: &mut Ctx, t: Value) -> String {
    let q = type_slot(t, tslot::QUALNAME);
    let qual = if is_str(q) {
        as_str(q).to_owned()
    } else {
        type_name(t).to_owned()
    };
    let d = type_slot(t, tslot::DICT);
    let m = if d.is_null() {
        Value::NULL
    } else {
        dict::dict_get_str(cx, d, names::MODULE.get())
    };
    if is_str(m) && as_str(m) != "builtins" {
        format!("<class '{}.{qual}'>", as_str(m))
    } else {
        format!("<class '{qual}'>")
    }
}

/// `0x...` address text of an object's identity.
pub fn addr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    Ok(format!("0x{:x}", cx.identity(v)?))
}

/// Runs `f` with `v` on the repr stack; `Ok(None)` if `v` is already being represented.
pub fn guarded_repr(
    cx: &mut Ctx,
    v: Value,
    f: impl FnOnce(&mut Ctx, Value) -> PyResult<String>,
) -> PyResult<Option<String>> {
    if cx.repr_stack().contains(&v) {
        return Ok(None);
    }
    crate::interp::call::check_native_recursion(cx)?;
    cx.repr_stack().push(v);
    let r = f(cx, v);
    cx.repr_stack().pop();
    crate::interp::call::leave_native_recursion(cx);
    r.map(Some)
}

/// Joins the reprs of the items `get(c, i)` of a container kept in a handle.
fn join_reprs(
    cx: &mut Ctx,
    c: Value,
    len: fn(Value) -> usize,
    get: fn(Value, usize) -> Value,
) -> PyResult<String> {
    let h = cx.root(c);
    let mut out = String::new();
    let mut i = 0;
    loop {
        let c = cx.get(h);
        if i >= len(c) {
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        let r = repr(cx, get(c, i))?;
        out.push_str(as_str(r));
        i += 1;
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(out)
}

/// `repr(v)` as Rust text.
pub fn repr_string(cx: &mut Ctx, v: Value) -> PyResult<String> {
    if v.is_int() {
        return Ok(v.as_int().to_string());
    }
    let t = types();
    let ty = type_of(v);
    if ty == t.str.get() {
        return Ok(pystr::str_repr(as_str(v)));
    }
    if ty == t.int.get() {
        return int::int_str(cx, v);
    }
    if ty == t.float.get() {
        return Ok(float::float_repr(float::float_of(v)));
    }
    if v == none() {
        return Ok("None".to_owned());
    }
    if ty == t.bool.get() {
        return Ok(if v == py_bool(true) { "True" } else { "False" }.to_owned());
    }
    if ty == t.list.get() {
        return Ok(guarded_repr(cx, v, |cx, v| {
            Ok(format!("[{}]", join_reprs(cx, v, list_len, list_get)?))
        })?
        .unwrap_or_else(|| "[...]".to_owned()));
    }
    if ty == t.tuple.get() {
        if tuple_len(v) == 1 {
            let r = repr(cx, tuple_get(v, 0))?;
            return Ok(format!("({},)", as_str(r)));
        }
        return Ok(guarded_repr(cx, v, |cx, v| {
            Ok(format!("({})", join_reprs(cx, v, tuple_len, tuple_get)?))
        })?
        .unwrap_or_else(|| "(...)".to_owned()));
    }
    if ty == t.dict.get() {
        return Ok(guarded_repr(cx, v, dict_repr)?.unwrap_or_else(|| "{...}".to_owned()));
    }
    if v == SINGLETONS.not_implemented.get() {
        return Ok("NotImplemented".to_owned());
    }
    if v == crate::runtime::ELLIPSIS.get() {
        return Ok("Ellipsis".to_owned());
    }
    // A user-defined __repr__ (or one of a built-in type reached through a subclass).
    let m = type_lookup(cx, ty, names::REPR.get());
    let own_native = |m: Value| {
        let owner = function::descr_owner(m);
        owner.is_ref()
            && crate::objects::typeobj::type_data(owner).flags()
                & crate::objects::typeobj::tflags::OWN_REPR
                != 0
    };
    if !m.is_null() && (!function::is_method_descr(m) || own_native(m)) {
        let r = call(cx, m, &[v])?;
        if !pystr::is_str_like(r) {
            let msg = format!(
                "__repr__ returned non-string (type {})",
                type_name(type_of(r))
            );
            return Err(exceptions::type_error(cx, &msg));
        }
        return Ok(as_str(pystr::str_value(r)).to_owned());
    }
    builtin_repr(cx, v, ty)
}

fn dict_repr(cx: &mut Ctx, d: Value) -> PyResult<String> {
    let h = cx.root(d);
    let mut out = String::from("{");
    let mut pos = 0;
    let mut first = true;
    loop {
        let d = cx.get(h);
        let Some((next, k, val)) = dict::dict_next(d, pos) else {
            break;
        };
        pos = next;
        if !first {
            out.push_str(", ");
        }
        first = false;
        let hv = cx.root(val);
        let kr = repr(cx, k)?;
        out.push_str(as_str(kr));
        out.push_str(": ");
        let val = cx.get(hv);
        cx.pop_handles(HandleMark::from_handle(hv));
        let vr = repr(cx, val)?;
        out.push_str(as_str(vr));
    }
    out.push('}');
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(out)
}

/// Representations of the built-in types reached through the type (also their subclasses
/// that do not override `__repr__`).
pub fn builtin_repr(cx: &mut Ctx, v: Value, ty: Value) -> PyResult<String> {
    let t = types();
    if let Some(i) = int::int_value(v) {
        if ty != t.bool.get() {
            return int::int_str(cx, i);
        }
    }
    if let Some(f) = float::float_value(v) {
        return Ok(float::float_repr(f));
    }
    if let Some((r, i)) = complex::complex_value(v) {
        return Ok(complex::complex_repr(r, i));
    }
    if pystr::is_str_like(v) {
        return Ok(pystr::str_repr(as_str(pystr::str_value(v))));
    }
    if bytes::is_bytearray(v) {
        return Ok(format!(
            "{}({})",
            type_name(type_of(v)),
            bytes::bytes_repr_with(&bytes::bytes_data(v), "b", true)
        ));
    }
    if bytes::is_bytes_like(v) {
        return Ok(bytes::bytes_repr(&bytes::bytes_data(v), "b"));
    }
    if is_list(v) || crate::objects::list::is_list_like(v) {
        let prefix = "";
        return Ok(guarded_repr(cx, v, |cx, v| {
            Ok(format!(
                "{prefix}[{}]",
                join_reprs(cx, v, list_len, list_get)?
            ))
        })?
        .unwrap_or_else(|| "[...]".to_owned()));
    }
    if dict::is_dict_like(v) {
        return Ok(guarded_repr(cx, v, dict_repr)?.unwrap_or_else(|| "{...}".to_owned()));
    }
    if set::is_anyset(v) {
        let frozen = set::is_frozenset(v);
        let name = type_name(ty).to_owned();
        if set::set_len(v) == 0 {
            return Ok(format!("{name}()"));
        }
        return Ok(guarded_repr(cx, v, |cx, v| {
            let items = set::set_items(v);
            let l = crate::objects::list::new_list(cx, &items)?;
            let body = join_reprs(cx, l, list_len, list_get)?;
            Ok(if frozen || name != "set" {
                format!("{name}({{{body}}})")
            } else {
                format!("{{{body}}}")
            })
        })?
        .unwrap_or_else(|| format!("{name}(...)")));
    }
    if is_tuple(v) || (v.is_ref() && crate::objects::typeobj::is_subtype(ty, t.tuple.get())) {
        let inner = if is_tuple(v) { v } else { slot(v.obj(), 0) };
        let r = repr_string(cx, inner)?;
        return Ok(r);
    }
    if range::is_range(v) {
        let (start, stop, step, _) = range::range_parts(v);
        let (a, b) = (int::to_decimal(start), int::to_decimal(stop));
        return Ok(if step == Value::int(1) {
            format!("range({a}, {b})")
        } else {
            format!("range({a}, {b}, {})", int::to_decimal(step))
        });
    }
    if slice::is_slice(v) {
        // Each repr may run Python code: the parts are re-read from the rooted slice.
        let h = cx.root(v);
        let mut parts = Vec::with_capacity(3);
        for i in 0..3 {
            let (x, y, z) = slice::slice_parts(cx.get(h));
            parts.push(repr_string(cx, [x, y, z][i])?);
        }
        let (a, b, c) = (&parts[0], &parts[1], &parts[2]);
        return Ok(format!("slice({a}, {b}, {c})"));
    }
    if is_type(v) {
        return Ok(type_repr(cx, v));
    }
    if module::is_module(v) {
        let name = module::module_name_str(v);
        let d = module::module_dict(v);
        let file = dict::dict_get_str(cx, d, names::FILE.get());
        return Ok(if is_str(file) {
            format!("<module '{name}' from '{}'>", as_str(file))
        } else if crate::ops::import::is_builtin_module(&name) {
            format!("<module '{name}' (built-in)>")
        } else {
            format!("<module '{name}'>")
        });
    }
    if function::is_function(v) {
        let q = slot(v.obj(), fslot::QUALNAME);
        let a = addr(cx, v)?;
        return Ok(format!(
            "<function {} at {a}>",
            if is_str(q) { as_str(q) } else { "?" }
        ));
    }
    if function::is_builtin(v) {
        let def = function::native_def(v);
        let s = function::builtin_self(v);
        if s.is_null() || module::is_module(s) {
            return Ok(format!("<built-in function {}>", def.name));
        }
        let a = addr(cx, s)?;
        return Ok(format!(
            "<built-in method {} of {} object at {a}>",
            def.name,
            type_name(type_of(s))
        ));
    }
    if function::is_method_descr(v) {
        let def = function::native_def(v);
        let owner = function::descr_owner(v);
        return Ok(format!(
            "<method '{}' of '{}' objects>",
            def.name,
            type_name(owner)
        ));
    }
    if function::is_method(v) {
        let f = slot(v.obj(), 0);
        let hv = cx.root(v);
        let fname = crate::ops::attr::getattr_opt(cx, f, names::QUALNAME.get())?;
        let s = slot(cx.get(hv).obj(), 1);
        let fname = if is_str(fname) {
            as_str(fname).to_owned()
        } else {
            "?".to_owned()
        };
        let sr = repr(cx, s)?;
        return Ok(format!("<bound method {fname} of {}>", as_str(sr)));
    }
    if crate::objects::generator::is_generator(v) {
        let q = crate::objects::generator::gen_qualname(v);
        let a = addr(cx, v)?;
        let kind = if ty == crate::objects::generator::COROUTINE_TYPE.get() {
            "coroutine"
        } else {
            "generator"
        };
        return Ok(format!(
            "<{kind} object {} at {a}>",
            if is_str(q) { as_str(q) } else { "?" }
        ));
    }
    if exceptions::is_exception(v) {
        return exception_repr(cx, v);
    }
    if let Some(r) = descr_repr(cx, v, ty)? {
        return Ok(r);
    }
    if ty == function::CELL_TYPE.get() {
        let a = addr(cx, v)?;
        let c = function::cell_get(v);
        if c.is_null() {
            return Ok(format!("<cell at {a}: empty>"));
        }
        let ca = addr(cx, c)?;
        return Ok(format!(
            "<cell at {a}: {} object at {ca}>",
            type_name(type_of(c))
        ));
    }
    default_repr(cx, v)
}

/// The `__repr__` a built-in type (or a native module's type) defines in its method table,
/// when it is not `object.__repr__`: dict views, deque, itertools objects...
fn descr_repr(cx: &mut Ctx, v: Value, ty: Value) -> PyResult<Option<String>> {
    let m = type_lookup(cx, ty, names::REPR.get());
    if m.is_null() || !function::is_method_descr(m) {
        return Ok(None);
    }
    let object_repr = type_lookup(cx, types().object.get(), names::REPR.get());
    if m == object_repr {
        return Ok(None);
    }
    crate::interp::call::check_native_recursion(cx)?;
    let r = call(cx, m, &[v]);
    crate::interp::call::leave_native_recursion(cx);
    let r = r?;
    if !pystr::is_str_like(r) {
        let msg = format!(
            "__repr__ returned non-string (type {})",
            type_name(type_of(r))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    Ok(Some(as_str(pystr::str_value(r)).to_owned()))
}

/// `object.__repr__`: `<module.Class object at 0x...>`.
pub fn default_repr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    let ty = type_of(v);
    let d = type_slot(ty, tslot::DICT);
    let m = if d.is_null() {
        Value::NULL
    } else {
        dict::dict_get_str(cx, d, names::MODULE.get())
    };
    let q = type_slot(ty, tslot::QUALNAME);
    let qual = if is_str(q) {
        as_str(q).to_owned()
    } else {
        type_name(ty).to_owned()
    };
    let a = addr(cx, v)?;
    Ok(if is_str(m) && as_str(m) != "builtins" {
        format!("<{}.{qual} object at {a}>", as_str(m))
    } else {
        format!("<{qual} object at {a}>")
    })
}

/// `repr(exception)`: `Name(args...)`.
pub fn exception_repr(cx: &mut Ctx, e: Value) -> PyResult<String> {
    let name = type_name(type_of(e)).to_owned();
    let args = exceptions::exc_args(e);
    if tuple_len(args) == 1 {
        let r = repr(cx, tuple_get(args, 0))?;
        return Ok(format!("{name}({})", as_str(r)));
    }
    let n = tuple_len(args);
    let r = repr_string(cx, args)?;
    Ok(if n == 0 {
        format!("{name}()")
    } else {
        format!("{name}{r}")
    })
}

/// `str(exception)`.
pub fn exception_str(cx: &mut Ctx, e: Value) -> PyResult<Value> {
    crate::objects::exception_methods::exc_str(cx, e)
}

/// `repr(v)`.
pub fn repr(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_str(v) {
        let s = pystr::str_repr(as_str(v));
        return new_str(cx, &s);
    }
    let s = repr_string(cx, v)?;
    new_str(cx, &s)
}

/// `str(v)`.
pub fn to_str(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if is_str(v) {
        return Ok(v);
    }
    let ty = type_of(v);
    let m = type_lookup(cx, ty, names::STR.get());
    if !m.is_null() && !function::is_method_descr(m) {
        let r = call(cx, m, &[v])?;
        if !pystr::is_str_like(r) {
            let msg = format!(
                "__str__ returned non-string (type {})",
                type_name(type_of(r))
            );
            return Err(exceptions::type_error(cx, &msg));
        }
        return Ok(pystr::str_value(r));
    }
    if exceptions::is_exception(v) {
        return exception_str(cx, v);
    }
    if pystr::is_str_like(v) {
        return Ok(pystr::str_value(v));
    }
    // A `__str__` of a built-in or native-module type other than `object.__str__`
    // (mappingproxy shows its mapping).
    if !m.is_null() && function::is_method_descr(m) {
        let object_str = type_lookup(cx, types().object.get(), names::STR.get());
        if m != object_str {
            let r = call(cx, m, &[v])?;
            if pystr::is_str_like(r) {
                return Ok(pystr::str_value(r));
            }
        }
    }
    repr(cx, v)
}

/// `str(v)` as Rust text.
pub fn str_string(cx: &mut Ctx, v: Value) -> PyResult<String> {
    let s = to_str(cx, v)?;
    Ok(as_str(s).to_owned())
}

/// `ascii(v)`.
pub fn ascii(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    let r = repr(cx, v)?;
    let s = as_str(r);
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        let c = ch as u32;
        if c < 0x80 {
            out.push(ch);
        } else if c < 0x100 {
            out.push_str(&format!("\\x{c:02x}"));
        } else if c < 0x10000 {
            out.push_str(&format!("\\u{c:04x}"));
        } else {
            out.push_str(&format!("\\U{c:08x}"));
        }
    }
    new_str(cx, &out)
}

/// Length of a dict (re-exported for callers formatting mappings).
pub fn mapping_len(d: Value) -> usize {
    dict_len(d)
}
