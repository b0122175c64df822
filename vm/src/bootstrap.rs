//! Bootstrap: creates the immortal built-in types and singletons, in dependency order.
//!
//! `type` is made first with a null type word and then made its own type; `object`, `str`,
//! `tuple` and `dict` follow, so that names, MROs and namespaces can be created for the rest.

use crate::binding::VmBinding;
use crate::ctx::{Ctx, PyResult};
use crate::object::{self, kind};
use crate::objects::dict::new_dict;
use crate::objects::shape::{new_root_shape, DICT_SHAPE};
use crate::objects::str::intern;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{alloc_type, set_type_slot, tflags, tslot, InstanceLayout, TypeData};
use crate::runtime::{Global, MEMORY_ERROR, SINGLETONS, TYPES};
use crate::value::Value;
use krait_gc::Heap;
use std::sync::Arc;

/// Exceptions' FIXED base slots: args, traceback, cause, context, suppress_context, notes.
pub const EXC_BASE_SLOTS: u16 = 6;

fn layout(k: u8, base_slots: u16, has_attrs: bool) -> InstanceLayout {
    InstanceLayout {
        kind: k,
        base_slots,
        has_attrs,
        inline: if has_attrs { 4 } else { 0 },
    }
}

fn make_type(
    cx: &mut Ctx,
    g: &Global,
    name: &str,
    flags: u32,
    l: InstanceLayout,
) -> PyResult<Value> {
    let t = alloc_type(cx, TYPES.type_.get(), TypeData::new(name, flags, l), true)?;
    g.set(t);
    Ok(t)
}

/// Fills in a built-in type's name, bases, MRO, namespace and (if it has attribute storage)
/// root shape.
fn finish_type(cx: &mut Ctx, t: Value, name: &str, bases: &[Value]) -> PyResult<()> {
    let n = intern(cx, name)?;
    set_type_slot(cx, t, tslot::NAME, n);
    let b = new_tuple(cx, bases)?;
    set_type_slot(cx, t, tslot::BASES, b);
    let mut mro = vec![t];
    if let Some(&base) = bases.first() {
        mro.extend(crate::objects::tuple::tuple_items(
            crate::objects::typeobj::type_slot(base, tslot::MRO),
        ));
    }
    let m = new_tuple(cx, &mro)?;
    set_type_slot(cx, t, tslot::MRO, m);
    let d = new_dict(cx)?;
    set_type_slot(cx, t, tslot::DICT, d);
    if crate::objects::typeobj::type_data(t).layout.has_attrs {
        let s = new_root_shape(cx, t)?;
        set_type_slot(cx, t, tslot::ROOT_SHAPE, s);
    }
    Ok(())
}

pub(crate) fn bootstrap(heap: &Arc<Heap<VmBinding>>) {
    let mut cx = Ctx::with_heap(heap);
    if bootstrap_in(&mut cx).is_err() {
        eprintln!("krait: out of memory during bootstrap");
        std::process::exit(1);
    }
}

fn bootstrap_in(cx: &mut Ctx) -> PyResult<()> {
    let t = &TYPES;
    let base = tflags::BASETYPE;
    // `type`, its own type.
    let type_ = make_type(cx, &t.type_, "type", base, layout(kind::NATIVE, 0, false))?;
    type_.obj().set_type_word(type_.bits() as usize);
    let object = make_type(cx, &t.object, "object", base, layout(kind::FIXED, 0, false))?;
    // The types the others need to be described.
    let str_ = make_type(cx, &t.str, "str", base, layout(kind::VARRAW, 0, false))?;
    let tuple = make_type(cx, &t.tuple, "tuple", base, layout(kind::VARVALS, 0, false))?;
    let dict = make_type(cx, &t.dict, "dict", base, layout(kind::FIXED, 5, false))?;
    let array = make_type(cx, &t.array, "array", 0, layout(kind::VARVALS, 0, false))?;
    // The empty tuple singleton, immortal.
    let et =
        cx.m.alloc_immortal(
            object::varvals_size(0),
            object::header(tuple, kind::VARVALS, 0),
        )
        .map_err(|e| cx.memory_error(e))?;
    object::set_raw_word(et, 0, 0);
    SINGLETONS.empty_tuple.set(Value::from_obj(et));

    finish_type(cx, object, "object", &[])?;
    finish_type(cx, type_, "type", &[object])?;
    finish_type(cx, str_, "str", &[object])?;
    finish_type(cx, tuple, "tuple", &[object])?;
    finish_type(cx, dict, "dict", &[object])?;
    finish_type(cx, array, "array", &[object])?;

    let simple: [(&Global, &str, u32, InstanceLayout); 8] = [
        (&t.none, "NoneType", 0, layout(kind::FIXED, 0, false)),
        (&t.int, "int", base, layout(kind::VARRAW, 0, false)),
        (&t.float, "float", base, layout(kind::RAW, 1, false)),
        (&t.list, "list", base, layout(kind::FIXED, 2, false)),
        (&t.shape, "shape", 0, layout(kind::FIXED, 6, false)),
        (&t.weakref, "weakref", base, layout(kind::WEAKREF, 0, false)),
        (
            &t.not_implemented,
            "NotImplementedType",
            0,
            layout(kind::FIXED, 0, false),
        ),
        (&t.module, "module", base, layout(kind::FIXED, 2, true)),
    ];
    for (g, name, flags, l) in simple {
        let ty = make_type(cx, g, name, flags, l)?;
        finish_type(cx, ty, name, &[object])?;
    }
    let int = t.int.get();
    let bool_ = make_type(cx, &t.bool, "bool", 0, layout(kind::FIXED, 1, false))?;
    finish_type(cx, bool_, "bool", &[int])?;

    // Singletons.
    let none = cx.alloc_fixed_immortal(t.none.get(), 0)?;
    SINGLETONS.none.set(Value::from_obj(none));
    for (g, b) in [(&SINGLETONS.false_, 0), (&SINGLETONS.true_, 1)] {
        let o = cx.alloc_fixed_immortal(bool_, 1)?;
        object::init_slot(o, 0, Value::int(b));
        g.set(Value::from_obj(o));
    }
    let ni = cx.alloc_fixed_immortal(t.not_implemented.get(), 0)?;
    SINGLETONS.not_implemented.set(Value::from_obj(ni));

    // The dict-mode shape (owned by `object`, never extended).
    let ds = crate::objects::shape::new_root_shape(cx, object)?;
    let dsi = cx.alloc_fixed_immortal(t.shape.get(), 6)?;
    for i in 0..6 {
        object::init_slot(dsi, i, object::slot(ds.obj(), i));
    }
    DICT_SHAPE.set(Value::from_obj(dsi));

    // Enough of the exception hierarchy for a preallocated MemoryError.
    let exc_layout = layout(kind::FIXED, EXC_BASE_SLOTS, true);
    let base_exc = make_exc_type(cx, "BaseException", &[object], exc_layout)?;
    let exception = make_exc_type(cx, "Exception", &[base_exc], exc_layout)?;
    let mem_err = make_exc_type(cx, "MemoryError", &[exception], exc_layout)?;
    let me = cx.alloc_fixed_immortal(mem_err, exc_layout.total_slots())?;
    object::init_slot(me, 0, SINGLETONS.empty_tuple.get());
    object::init_slot(
        me,
        EXC_BASE_SLOTS as usize,
        crate::objects::typeobj::type_slot(mem_err, tslot::ROOT_SHAPE),
    );
    MEMORY_ERROR.set(Value::from_obj(me));
    finish_runtime(cx)
}

/// Everything that needs the core types: interned names, the remaining built-in types and
/// their methods, the exception hierarchy, singletons, `builtins` and `sys`.
fn finish_runtime(cx: &mut Ctx) -> PyResult<()> {
    crate::names::init(cx)?;
    let specs: Vec<_> = crate::types_init::specs()
        .into_iter()
        .chain(crate::types_init::iterator_specs())
        .collect();
    for spec in &specs {
        crate::types_init::create(cx, spec)?;
    }
    for spec in &specs {
        crate::types_init::populate(cx, spec)?;
    }
    crate::objects::exception_methods::make_exception_types(cx)?;
    // Singletons of types made above.
    let e = cx.alloc_fixed_immortal(crate::objects::object_methods::ELLIPSIS_TYPE.get(), 0)?;
    crate::runtime::ELLIPSIS.set(Value::from_obj(e));
    let m = cx.alloc_fixed_immortal(TYPES.object.get(), 0)?;
    crate::runtime::MISSING.set(Value::from_obj(m));
    let d = cx.alloc_fixed_immortal(TYPES.object.get(), 0)?;
    crate::objects::set::DUMMY.set(Value::from_obj(d));
    // Built-in functions the runtime compares against to detect overrides.
    let object = TYPES.object.get();
    let lookups: [(&str, &Global); 6] = [
        ("__new__", &crate::ops::construct::OBJECT_NEW),
        ("__init__", &crate::ops::construct::OBJECT_INIT),
        (
            "__getattribute__",
            &crate::objects::descr::OBJECT_GETATTRIBUTE,
        ),
        ("__setattr__", &crate::objects::descr::OBJECT_SETATTR),
        ("__delattr__", &crate::objects::descr::OBJECT_DELATTR),
        ("__format__", &crate::objects::descr::OBJECT_FORMAT),
    ];
    for (name, g) in lookups {
        let n = intern(cx, name)?;
        let d = crate::objects::typeobj::type_slot(object, tslot::DICT);
        g.set(crate::objects::dict::dict_get_str(cx, d, n));
    }
    let n = intern(cx, "__hash__")?;
    let d = crate::objects::typeobj::type_slot(object, tslot::DICT);
    crate::protocol::OBJECT_HASH.set(crate::objects::dict::dict_get_str(cx, d, n));
    // Mutable containers are unhashable.
    for t in [
        TYPES.list.get(),
        TYPES.dict.get(),
        crate::objects::set::SET_TYPE.get(),
        crate::objects::bytes::BYTEARRAY_TYPE.get(),
        crate::objects::slice::SLICE_TYPE.get(),
        crate::objects::namespace::SIMPLE_NAMESPACE_TYPE.get(),
        crate::objects::dict_views::KEYS_TYPE.get(),
        crate::objects::dict_views::ITEMS_TYPE.get(),
    ] {
        let d = crate::objects::typeobj::type_slot(t, tslot::DICT);
        crate::objects::dict::dict_set(cx, d, n, crate::runtime::none())?;
    }
    // Module names of types that do not live in builtins.
    let modules: [(&Global, &str); 6] = [
        (&crate::objects::file::TEXT_FILE_TYPE, "_io"),
        (&crate::objects::file::BUFFERED_READER_TYPE, "_io"),
        (&crate::objects::file::BUFFERED_WRITER_TYPE, "_io"),
        (&crate::objects::namespace::SIMPLE_NAMESPACE_TYPE, "types"),
        (&crate::objects::generic_alias::GENERIC_ALIAS_TYPE, "types"),
        (&crate::objects::generic_alias::UNION_TYPE, "types"),
    ];
    let key = intern(cx, "__module__")?;
    for (g, m) in modules {
        let v = intern(cx, m)?;
        let d = crate::objects::typeobj::type_slot(g.get(), tslot::DICT);
        crate::objects::dict::dict_set(cx, d, key, v)?;
    }
    crate::builtins::init(cx)?;
    crate::sys::init(cx)?;
    Ok(())
}

fn make_exc_type(
    cx: &mut Ctx,
    name: &'static str,
    bases: &[Value],
    l: InstanceLayout,
) -> PyResult<Value> {
    let g = Global::new();
    let ty = make_type(cx, &g, name, tflags::BASETYPE, l)?;
    finish_type(cx, ty, name, bases)?;
    crate::runtime::EXCEPTION_TYPES.lock().push((name, ty));
    Ok(ty)
}
