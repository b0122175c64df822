//! `types.SimpleNamespace` and struct sequences (tuples with named fields, such as
//! `sys.version_info`).

use crate::ctx::{Ctx, PyResult};
use crate::objects::exceptions::type_error;
use crate::objects::function::{Args, NativeDef};
use crate::objects::instance;
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::{tuple_get, tuple_len};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::{none, py_bool, Global, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

/// `types.SimpleNamespace`.
pub static SIMPLE_NAMESPACE_TYPE: Global = Global::new();
/// `sys.version_info`'s type.
pub static VERSION_INFO_TYPE: Global = Global::new();

fn ns_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() > 2 {
        let msg = format!(
            "SimpleNamespace expected at most 1 argument, got {}",
            a.len() - 1
        );
        return Err(type_error(cx, &msg));
    }
    let ns = a.get(0);
    let h = cx.root(ns);
    if a.len() == 2 {
        let d = a.get(1);
        if !crate::objects::dict::is_dict_like(d) {
            cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
            let msg = format!("'{}' object is not a mapping", type_name(type_of(d)));
            return Err(type_error(cx, &msg));
        }
        for (k, v) in crate::objects::dict::dict_items(d) {
            if !crate::objects::str::is_str_like(k) {
                cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
                let msg = format!("keywords must be strings, not '{}'", type_name(type_of(k)));
                return Err(type_error(cx, &msg));
            }
            // Attribute names are interned (shapes compare them by identity).
            let hv = cx.root(v);
            let k = crate::objects::str::intern_value(cx, crate::objects::str::str_value(k))?;
            let (ns, v) = (cx.get(h), cx.get(hv));
            instance::set_attr(cx, ns, k, v)?;
            cx.pop_handles(crate::ctx::HandleMark::from_handle(hv));
        }
    }
    for i in 0..a.nkw() {
        let (k, _) = a.kw_at(i);
        let k = crate::objects::str::intern_value(cx, k)?;
        let (ns, v) = (cx.get(h), a.kw_at(i).1);
        instance::set_attr(cx, ns, k, v)?;
    }
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    Ok(none())
}

fn ns_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let ns = a.get(0);
    let name = if type_of(ns) == SIMPLE_NAMESPACE_TYPE.get() {
        "namespace".to_owned()
    } else {
        type_name(type_of(ns)).to_owned()
    };
    let r = crate::ops::repr::guarded_repr(cx, ns, |cx, ns| {
        let h = cx.root(ns);
        let attrs = instance::attrs(cx, ns);
        let hs: Vec<_> = attrs
            .iter()
            .map(|&(k, v)| (cx.root(k), cx.root(v)))
            .collect();
        let mut parts = Vec::new();
        for (hk, hv) in hs {
            let k = cx.get(hk);
            let v = cx.get(hv);
            let r = crate::ops::repr::repr_string(cx, v)?;
            parts.push(format!("{}={r}", as_str(k)));
        }
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        Ok(parts.join(", "))
    })?;
    match r {
        Some(body) => new_str(cx, &format!("{name}({body})")),
        None => new_str(cx, &format!("{name}(...)")),
    }
}

fn ns_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !y.is_ref() || !crate::objects::typeobj::is_subtype(type_of(y), SIMPLE_NAMESPACE_TYPE.get())
    {
        return Ok(SINGLETONS.not_implemented.get());
    }
    let dx = instance::materialize_dict(cx, x)?;
    let h = cx.root(dx);
    let dy = instance::materialize_dict(cx, y)?;
    let dx = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    crate::objects::dict_methods::dict_eq(cx, dx, dy).map(py_bool)
}

/// Methods of `types.SimpleNamespace`.
pub static SIMPLE_NAMESPACE_METHODS: &[NativeDef] = native_table![
    Method "__init__" => ns_init,
    Method "__repr__" => ns_repr,
    Method "__eq__" => ns_eq,
];

const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

fn vi_field(a: &Args<'_>, i: usize) -> Value {
    let t =
        crate::objects::list_methods::tuple_value(a.get(0)).expect("version_info wraps a tuple");
    tuple_get(t, i)
}

fn vi_major(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(vi_field(&a, 0))
}
fn vi_minor(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(vi_field(&a, 1))
}
fn vi_micro(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(vi_field(&a, 2))
}
fn vi_releaselevel(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(vi_field(&a, 3))
}
fn vi_serial(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(vi_field(&a, 4))
}

fn vi_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let t =
        crate::objects::list_methods::tuple_value(a.get(0)).expect("version_info wraps a tuple");
    let mut parts = Vec::new();
    for (i, field) in VERSION_FIELDS.iter().enumerate().take(tuple_len(t)) {
        let r = crate::ops::repr::repr_string(cx, tuple_get(t, i))?;
        parts.push(format!("{field}={r}"));
    }
    new_str(cx, &format!("sys.version_info({})", parts.join(", ")))
}

/// Methods of `sys.version_info`.
pub static VERSION_INFO_METHODS: &[NativeDef] = native_table![Method "__repr__" => vi_repr];

/// Fields of `sys.version_info`.
pub static VERSION_INFO_GETSETS: &[GetSet] = &[
    GetSet {
        name: "major",
        get: getter!("major", vi_major),
        set: None,
    },
    GetSet {
        name: "minor",
        get: getter!("minor", vi_minor),
        set: None,
    },
    GetSet {
        name: "micro",
        get: getter!("micro", vi_micro),
        set: None,
    },
    GetSet {
        name: "releaselevel",
        get: getter!("releaselevel", vi_releaselevel),
        set: None,
    },
    GetSet {
        name: "serial",
        get: getter!("serial", vi_serial),
        set: None,
    },
];
