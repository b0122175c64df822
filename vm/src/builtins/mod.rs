//! The `builtins` module: built-in functions (`functions.rs`), the iterator types
//! `enumerate`, `zip`, `map`, `filter` and `reversed` (`iterators.rs`), console and file
//! I/O (`io.rs`), and the helpers other modules share (`isinstance`, `divmod`...).

pub mod functions;
pub mod io;
pub mod iterators;

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::objects::dict::dict_set;
use crate::objects::exceptions::type_error;
use crate::objects::function::new_builtin_immortal;
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::{is_subtype, is_type, type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::runtime::{Global, BUILTINS_MODULE, SINGLETONS};
use crate::value::Value;

/// `__build_class__`.
pub static BUILD_CLASS: Global = Global::new();

/// Creates the `builtins` module (bootstrap, after every built-in type exists).
pub(crate) fn init(cx: &mut Ctx) -> PyResult<()> {
    let name = intern(cx, "builtins")?;
    let m = new_module(cx, name)?;
    let h = cx.root(m);
    BUILTINS_MODULE.set_rooted(m);
    let d = module_dict(m);
    let hd = cx.root(d);
    for def in functions::FUNCTIONS.iter().chain(io::FUNCTIONS) {
        let m = cx.get(h);
        let f = new_builtin_immortal(cx, def, m)?;
        let n = intern(cx, def.name)?;
        let hd_v = cx.get(hd);
        dict_set(cx, hd_v, n, f)?;
        if def.name == "__build_class__" {
            BUILD_CLASS.set(f);
        }
    }
    let t = crate::runtime::types();
    let mut entries: Vec<(&str, Value)> = vec![
        ("None", SINGLETONS.none.get()),
        ("True", SINGLETONS.true_.get()),
        ("False", SINGLETONS.false_.get()),
        ("NotImplemented", SINGLETONS.not_implemented.get()),
        ("Ellipsis", crate::runtime::ELLIPSIS.get()),
        ("__debug__", SINGLETONS.true_.get()),
        ("object", t.object.get()),
        ("type", t.type_.get()),
        ("int", t.int.get()),
        ("bool", t.bool.get()),
        ("float", t.float.get()),
        ("str", t.str.get()),
        ("tuple", t.tuple.get()),
        ("list", t.list.get()),
        ("dict", t.dict.get()),
        ("complex", crate::objects::complex::COMPLEX_TYPE.get()),
        ("bytes", crate::objects::bytes::BYTES_TYPE.get()),
        ("bytearray", crate::objects::bytes::BYTEARRAY_TYPE.get()),
        ("set", crate::objects::set::SET_TYPE.get()),
        ("frozenset", crate::objects::set::FROZENSET_TYPE.get()),
        ("range", crate::objects::range::RANGE_TYPE.get()),
        ("slice", crate::objects::slice::SLICE_TYPE.get()),
        ("property", crate::objects::descr::PROPERTY_TYPE.get()),
        ("classmethod", crate::objects::descr::CLASSMETHOD_TYPE.get()),
        (
            "staticmethod",
            crate::objects::descr::STATICMETHOD_TYPE.get(),
        ),
        ("super", crate::objects::super_::SUPER_TYPE.get()),
        ("enumerate", iterators::ENUMERATE_TYPE.get()),
        ("zip", iterators::ZIP_TYPE.get()),
        ("map", iterators::MAP_TYPE.get()),
        ("filter", iterators::FILTER_TYPE.get()),
        ("reversed", iterators::REVERSED_TYPE.get()),
        ("memoryview", crate::objects::bytes::BYTES_TYPE.get()),
    ];
    for &(g, name, _) in crate::objects::exceptions::ALL {
        entries.push((name, g.get()));
    }
    entries.push((
        "EnvironmentError",
        crate::objects::exceptions::OS_ERROR.get(),
    ));
    entries.push(("IOError", crate::objects::exceptions::OS_ERROR.get()));
    for (n, v) in entries {
        if v.is_null() {
            continue;
        }
        let k = intern(cx, n)?;
        let hd_v = cx.get(hd);
        dict_set(cx, hd_v, k, v)?;
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(())
}

/// `isinstance(obj, cls)`; `hooks` consults `__instancecheck__` of metaclasses.
pub fn isinstance_impl(cx: &mut Ctx, obj: Value, cls: Value, hooks: bool) -> PyResult<bool> {
    let ty = type_of(obj);
    if ty == cls {
        return Ok(true);
    }
    if is_tuple(cls) {
        let h = cx.root(cls);
        let n = tuple_len(cls);
        let mut r = false;
        for i in 0..n {
            let c = tuple_get(cx.get(h), i);
            if isinstance_impl(cx, obj, c, hooks)? {
                r = true;
                break;
            }
        }
        cx.pop_handles(HandleMark::from_handle(h));
        return Ok(r);
    }
    if is_type(cls) {
        if hooks {
            let meta = type_of(cls);
            if meta != crate::runtime::types().type_.get() {
                let m = type_lookup(cx, meta, names::INSTANCECHECK.get());
                if !m.is_null() && !crate::objects::function::is_method_descr(m) {
                    let r = call(cx, m, &[cls, obj])?;
                    return crate::ops::compare::truthy(cx, r);
                }
            }
        }
        if is_subtype(ty, cls) {
            return Ok(true);
        }
        // `__class__` may differ from the type (proxies); consult it for instances.
        return Ok(false);
    }
    if is_union(cls) {
        let args = union_args(cls);
        return isinstance_impl(cx, obj, args, hooks);
    }
    let m = type_lookup(cx, type_of(cls), names::INSTANCECHECK.get());
    if !m.is_null() && hooks {
        let r = call(cx, m, &[cls, obj])?;
        return crate::ops::compare::truthy(cx, r);
    }
    Err(type_error(
        cx,
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

/// `issubclass(cls, classinfo)`.
pub fn issubclass_impl(cx: &mut Ctx, c: Value, cls: Value, hooks: bool) -> PyResult<bool> {
    if is_tuple(cls) {
        let h = cx.root(cls);
        let n = tuple_len(cls);
        let mut r = false;
        for i in 0..n {
            let x = tuple_get(cx.get(h), i);
            if issubclass_impl(cx, c, x, hooks)? {
                r = true;
                break;
            }
        }
        cx.pop_handles(HandleMark::from_handle(h));
        return Ok(r);
    }
    if is_union(cls) {
        return issubclass_impl(cx, c, union_args(cls), hooks);
    }
    if hooks && is_type(cls) {
        let meta = type_of(cls);
        if meta != crate::runtime::types().type_.get() {
            let m = type_lookup(cx, meta, names::SUBCLASSCHECK.get());
            if !m.is_null() && !crate::objects::function::is_method_descr(m) {
                let r = call(cx, m, &[cls, c])?;
                return crate::ops::compare::truthy(cx, r);
            }
        }
    }
    if !is_type(c) {
        return Err(type_error(cx, "issubclass() arg 1 must be a class"));
    }
    if !is_type(cls) {
        return Err(type_error(
            cx,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(is_subtype(c, cls))
}

fn is_union(v: Value) -> bool {
    v.is_ref() && type_of(v) == crate::objects::generic_alias::UNION_TYPE.get()
}

fn union_args(v: Value) -> Value {
    crate::objects::generic_alias::alias_args(v)
}

/// `divmod(a, b)`.
pub fn divmod_impl(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    use crate::objects::{float, int};
    if let (Some(x), Some(y)) = (int::int_value(a), int::int_value(b)) {
        // Allocation never collects: the raw quotient and remainder stay valid.
        let (q, r) = int::divmod(cx, x, y)?;
        return crate::objects::tuple::new_tuple(cx, &[q, r]);
    }
    let fa = float::float_value(a).or_else(|| int::int_value(a).and_then(int::to_f64));
    let fb = float::float_value(b).or_else(|| int::int_value(b).and_then(int::to_f64));
    if let (Some(x), Some(y)) = (fa, fb) {
        if float::float_value(a).is_some() || float::float_value(b).is_some() {
            if y == 0.0 {
                return Err(crate::objects::exceptions::raise_msg(
                    cx,
                    crate::objects::exceptions::ZERO_DIVISION_ERROR.get(),
                    "float divmod()",
                ));
            }
            let m = float::float_mod(x, y);
            let q = float::float_floordiv(x, y);
            let qv = float::new_float(cx, q)?;
            let h = cx.root(qv);
            let mv = float::new_float(cx, m)?;
            let qv = cx.get(h);
            cx.pop_handles(HandleMark::from_handle(h));
            return crate::objects::tuple::new_tuple(cx, &[qv, mv]);
        }
    }
    let r = crate::ops::arith::binary_special(cx, a, b, "__divmod__", "__rdivmod__")?;
    if let Some(r) = r {
        return Ok(r);
    }
    let msg = format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(type_of(a)),
        type_name(type_of(b))
    );
    Err(type_error(cx, &msg))
}

/// The bytes of an iterable of ints (for `bytes(iterable)` and slice assignment).
pub fn bytes_from_iterable(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    crate::objects::bytes_methods::bytes_from_iterable(cx, v)
}
