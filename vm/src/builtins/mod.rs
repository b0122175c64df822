//! The `builtins` module: built-in functions (`functions.rs`; those over iterables such as
//! `sorted`, `min` and `sum` in `containers.rs`), the iterator types
//! `enumerate`, `zip`, `map`, `filter` and `reversed` (`iterators.rs`), console and file
//! I/O (`io.rs`), and the helpers other modules share (`isinstance`, `divmod`...).

pub mod containers;
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
    for def in functions::FUNCTIONS
        .iter()
        .chain(io::FUNCTIONS)
        .chain(containers::FUNCTIONS)
    {
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
        let ho = cx.root(obj);
        let n = tuple_len(cls);
        let mut r = false;
        for i in 0..n {
            let (c, obj) = (tuple_get(cx.get(h), i), cx.get(ho));
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
        let hc = cx.root(c);
        let n = tuple_len(cls);
        let mut r = false;
        for i in 0..n {
            let (x, c) = (tuple_get(cx.get(h), i), cx.get(hc));
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
    use crate::ops::number::{self, classify, Num};
    if number::is_exact_number(a) && number::is_exact_number(b) {
        match (classify(a), classify(b)) {
            (Some(Num::Int(x)), Some(Num::Int(y))) => {
                // Allocation never collects: the raw quotient and remainder stay valid.
                let (q, r) = crate::objects::int::divmod(cx, x, y)?;
                return crate::objects::tuple::new_tuple(cx, &[q, r]);
            }
            (Some(Num::Complex(..)), _) | (_, Some(Num::Complex(..))) => {}
            (Some(x), Some(y)) => {
                let to_f = |cx: &mut Ctx, n: Num| match n {
                    Num::Int(i) => crate::objects::float::int_to_float(cx, i),
                    Num::Float(f) => Ok(f),
                    Num::Complex(r, _) => Ok(r),
                };
                let (x, y) = (to_f(cx, x)?, to_f(cx, y)?);
                return crate::objects::float_methods::float_divmod_values(cx, x, y);
            }
            _ => {}
        }
    }
    let (ta, tb) = (
        type_name(type_of(a)).to_owned(),
        type_name(type_of(b)).to_owned(),
    );
    let r = crate::ops::arith::binary_special(cx, a, b, "__divmod__", "__rdivmod__")?;
    if let Some(r) = r {
        return Ok(r);
    }
    let msg = format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'");
    Err(type_error(cx, &msg))
}

/// The bytes of an iterable of ints (for `bytes(iterable)` and slice assignment).
pub fn bytes_from_iterable(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    crate::objects::bytes_methods::bytes_from_iterable(cx, v)
}
