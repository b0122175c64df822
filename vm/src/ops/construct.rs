//! Object construction and class creation: `type.__call__` (`__new__` then `__init__`),
//! `f(*args, **kwargs)`, `__build_class__`, and `type.__new__`.

use crate::ctx::{Ctx, PyResult};
use crate::interp::call::{self, call, call_kw, call_stack, scells, sget, sset};
use crate::interp::frame::{Frame, STACK_SLOTS};
use crate::names;
use crate::object::{self, slot};
use crate::objects::descr::{self, CLASSMETHOD_TYPE, STATICMETHOD_TYPE};
use crate::objects::dict::{
    self, dict_del, dict_get_str, dict_items, dict_set, is_dict_like, new_dict,
};
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{self, fslot};
use crate::objects::instance;
use crate::objects::list::{is_list, list_items};
use crate::objects::str::{as_str, is_str, new_str};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_get, tuple_items, tuple_len};
use crate::objects::typeobj::{
    self, is_subtype, is_type, tflags, tslot, type_data, type_name, type_of, type_slot,
};
use crate::ops::attr::{self, type_lookup};
use crate::runtime::{none, types, Global};
use crate::value::Value;

/// `object.__new__` (its built-in function object), to detect overrides.
pub static OBJECT_NEW: Global = Global::new();
/// `object.__init__`.
pub static OBJECT_INIT: Global = Global::new();

/// Allocates a bare instance of `ty` (what `object.__new__(ty)` does).
pub fn object_new(cx: &mut Ctx, ty: Value) -> PyResult<Value> {
    let l = type_data(ty).layout;
    if l.kind != object::kind::FIXED {
        let msg = format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            type_name(ty),
            type_name(ty)
        );
        return Err(type_error(cx, &msg));
    }
    if type_data(ty).flags() & tflags::ABSTRACT != 0 {
        return Err(crate::objects::typeobj::abstract_error(cx, ty));
    }
    if l.has_attrs {
        return instance::new_instance(cx, ty);
    }
    let o = cx.alloc_fixed(ty, l.total_slots())?;
    Ok(Value::from_obj(o))
}

/// Calls the type `ty` (at `stack[pos]`) with the `n` arguments after it.
pub fn type_call(cx: &mut Ctx, ty: Value, pos: usize, n: usize, kwnames: Value) -> PyResult<Value> {
    if ty == types().type_.get() && n == 1 && kwnames.is_null() {
        return Ok(type_of(sget(cx, pos + 1)));
    }
    let mark = cx.handle_mark();
    let hty = cx.root(ty);
    let new = type_lookup(cx, ty, names::NEW.get());
    let obj = if new == OBJECT_NEW.get() {
        let init = type_lookup(cx, ty, names::INIT.get());
        if init == OBJECT_INIT.get() && (n > 0) {
            cx.pop_handles(mark);
            let msg = format!("{}() takes no arguments", type_name(ty));
            return Err(type_error(cx, &msg));
        }
        object_new(cx, ty)?
    } else {
        // Keep a copy of the arguments for __init__: __new__'s frame reuses the slots.
        let args: Vec<Value> = (0..n).map(|i| sget(cx, pos + 1 + i)).collect();
        let args_t = new_tuple(cx, &args)?;
        let ha = cx.root(args_t);
        let hk = cx.root(kwnames);
        let newf = unwrap_static(new);
        let hn = cx.root(newf);
        let ty = cx.get(hty);
        sset(cx, pos, ty);
        // Call __new__(ty, *args) with ty at `pos` as its first argument.
        let hk_v = cx.get(hk);
        let r = call_at(cx, hn, pos, n + 1, hk_v)?;
        let ty = cx.get(hty);
        if !attr::isinstance_of(r, ty) {
            cx.pop_handles(mark);
            return Ok(r);
        }
        // Lay the arguments out again for __init__.
        let hr = cx.root(r);
        let args_t = cx.get(ha);
        let init = type_lookup(cx, type_of(r), names::INIT.get());
        if init == OBJECT_INIT.get() {
            let r = cx.get(hr);
            cx.pop_handles(mark);
            return Ok(r);
        }
        let mut all = vec![cx.get(hr)];
        all.extend(tuple_items(args_t));
        let kw = cx.get(hk);
        let res = call_kw(cx, init, &all, kw)?;
        if res != none() {
            cx.pop_handles(mark);
            let msg = format!(
                "__init__() should return None, not '{}'",
                type_name(type_of(res))
            );
            return Err(type_error(cx, &msg));
        }
        let r = cx.get(hr);
        cx.pop_handles(mark);
        return Ok(r);
    };
    let hobj = cx.root(obj);
    let hty_v = cx.get(hty);
    let init = type_lookup(cx, hty_v, names::INIT.get());
    if init != OBJECT_INIT.get() {
        let hi = cx.root(init);
        sset(cx, pos, obj);
        let res = call_at(cx, hi, pos, n + 1, kwnames)?;
        if res != none() {
            cx.pop_handles(mark);
            let msg = format!(
                "__init__() should return None, not '{}'",
                type_name(type_of(res))
            );
            return Err(type_error(cx, &msg));
        }
    }
    let obj = cx.get(hobj);
    cx.pop_handles(mark);
    Ok(obj)
}

fn unwrap_static(v: Value) -> Value {
    if v.is_ref() && type_of(v) == STATICMETHOD_TYPE.get() {
        slot(v.obj(), 0)
    } else {
        v
    }
}

/// Calls the rooted callable `h` with the `n` arguments at `stack[pos..]`.
fn call_at(
    cx: &mut Ctx,
    h: crate::ctx::Handle,
    pos: usize,
    n: usize,
    kwnames: Value,
) -> PyResult<Value> {
    let f = cx.get(h);
    if function::is_function(f) {
        return call::call_function(cx, f, pos, n, kwnames);
    }
    if function::is_builtin(f) && function::builtin_self(f).is_null() {
        let def = function::native_def(f);
        let cells = scells(cx, pos, pos + n);
        return (def.func)(cx, function::Args::new(cells, kwnames));
    }
    if function::is_method_descr(f) {
        return call::call_method_descr(cx, f, pos, n, kwnames);
    }
    let args: Vec<Value> = (0..n).map(|i| sget(cx, pos + i)).collect();
    let f = cx.get(h);
    call_kw(cx, f, &args, kwnames)
}

/// CALL_EX: `f(*args, **kwargs)`; `self_` (non-NULL for a method call) is prepended.
pub fn call_ex(
    cx: &mut Ctx,
    f: Value,
    self_: Value,
    args: Value,
    kwargs: Value,
) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (hf, hs, hk) = (cx.root(f), cx.root(self_), cx.root(kwargs));
    let args = if is_tuple(args) {
        args
    } else {
        if !crate::ops::iter::is_iterable(cx, args) {
            let f = cx.get(hf);
            let fname = crate::ops::build::function_str(cx, f);
            let msg = format!(
                "{fname} argument after * must be an iterable, not {}",
                type_name(type_of(args))
            );
            cx.pop_handles(mark);
            return Err(type_error(cx, &msg));
        }
        let l = crate::objects::list::list_from_iter(cx, args)?;
        crate::objects::list::list_to_tuple(cx, l)?
    };
    let ha = cx.root(args);
    let kwargs = cx.get(hk);
    let (kwnames, kwvals) = if kwargs.is_null() {
        (Value::NULL, Vec::new())
    } else {
        let d = if dict::is_exact_dict(kwargs) {
            kwargs
        } else {
            let d = new_dict(cx)?;
            let hd = cx.root(d);
            let kwargs = cx.get(hk);
            crate::ops::build::dict_update(cx, d, kwargs, true)?;
            cx.get(hd)
        };
        let items = dict_items(d);
        for (k, _) in &items {
            if !is_str(*k) {
                cx.pop_handles(mark);
                return Err(type_error(cx, "keywords must be strings"));
            }
        }
        let names_v: Vec<Value> = items.iter().map(|&(k, _)| k).collect();
        let vals: Vec<Value> = items.iter().map(|&(_, v)| v).collect();
        let t = crate::objects::tuple::new_tuple_old(cx, &names_v)?;
        (t, vals)
    };
    let (f, self_, args) = (cx.get(hf), cx.get(hs), cx.get(ha));
    let mut all = Vec::with_capacity(tuple_len(args) + kwvals.len() + 1);
    if !self_.is_null() {
        all.push(self_);
    }
    all.extend(tuple_items(args));
    all.extend(kwvals);
    cx.pop_handles(mark);
    let kw = if kwnames.is_null() || tuple_len(kwnames) == 0 {
        Value::NULL
    } else {
        kwnames
    };
    call_kw(cx, f, &all, kw)
}

/// A callable's name for error messages.
pub fn callable_name(f: Value) -> String {
    if function::is_function(f) {
        let q = slot(f.obj(), fslot::QUALNAME);
        if is_str(q) {
            return as_str(q).to_owned();
        }
    }
    if function::is_builtin(f) {
        return function::native_def(f).name.to_owned();
    }
    if is_type(f) {
        return type_name(f).to_owned();
    }
    type_name(type_of(f)).to_owned()
}

// --- Classes -----------------------------------------------------------------------------

/// The most derived metaclass of `meta` and the bases' metaclasses.
fn calculate_meta(cx: &mut Ctx, meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for &b in bases {
        let bt = type_of(b);
        if is_subtype(winner, bt) {
            continue;
        }
        if is_subtype(bt, winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(
            cx,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(cx: &mut Ctx, args: function::Args<'_>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(type_error(cx, "__build_class__: not enough arguments"));
    }
    let func = args.get(0);
    let name = args.get(1);
    if !function::is_function(func) {
        return Err(type_error(cx, "__build_class__: func must be a function"));
    }
    if !is_str(name) {
        return Err(type_error(cx, "__build_class__: name is not a string"));
    }
    let mark = cx.handle_mark();
    let (hf, hn) = (cx.root(func), cx.root(name));
    // Bases, with __mro_entries__ (PEP 560).
    let orig: Vec<Value> = args.rest(2);
    let horig = {
        let t = new_tuple(cx, &orig)?;
        cx.root(t)
    };
    // `__mro_entries__` runs Python code: the bases collect in a rooted list.
    let hbl = {
        let l = crate::objects::list::new_list(cx, &[])?;
        cx.root(l)
    };
    let mut changed = false;
    for i in 0..orig.len() {
        let b = crate::objects::tuple::tuple_get(cx.get(horig), i);
        if is_type(b) {
            let l = cx.get(hbl);
            crate::objects::list::list_append(cx, l, b)?;
            continue;
        }
        let hbase = cx.root(b);
        let me = attr::getattr_opt(cx, b, names::MRO_ENTRIES.get())?;
        if me.is_null() {
            let (l, b) = (cx.get(hbl), cx.get(hbase));
            crate::objects::list::list_append(cx, l, b)?;
            continue;
        }
        let o = cx.get(horig);
        let r = call(cx, me, &[o])?;
        if !is_tuple(r) {
            cx.pop_handles(mark);
            return Err(type_error(cx, "__mro_entries__ must return a tuple"));
        }
        let l = cx.get(hbl);
        crate::objects::list::list_extend(cx, l, r)?;
        changed = true;
    }
    let l = cx.get(hbl);
    let bases_t = crate::objects::list::list_to_tuple(cx, l)?;
    let hb = cx.root(bases_t);
    // Keywords: metaclass and the rest.
    let mut meta = Value::NULL;
    let mut kwnames_v = Vec::new();
    let mut kwvals = Vec::new();
    for i in 0..args.nkw() {
        let (k, v) = args.kw_at(i);
        if as_str(k) == "metaclass" {
            meta = v;
        } else {
            kwnames_v.push(k);
            kwvals.push(v);
        }
    }
    let hkv: Vec<_> = kwvals.iter().map(|&v| cx.root(v)).collect();
    let kwnames = if kwnames_v.is_empty() {
        Value::NULL
    } else {
        crate::objects::tuple::new_tuple_old(cx, &kwnames_v)?
    };
    let hkn = cx.root(kwnames);
    let bases: Vec<Value> = tuple_items(cx.get(hb));
    let meta = if meta.is_null() {
        if bases.is_empty() {
            types().type_.get()
        } else {
            type_of(bases[0])
        }
    } else {
        meta
    };
    let meta = if is_type(meta) {
        calculate_meta(cx, meta, &bases)?
    } else {
        meta
    };
    let hm = cx.root(meta);
    // Namespace from __prepare__.
    let prep = attr::getattr_opt(cx, meta, names::PREPARE.get())?;
    let ns = if prep.is_null() {
        new_dict(cx)?
    } else {
        let mut pargs = vec![cx.get(hn), cx.get(hb)];
        pargs.extend(hkv.iter().map(|&h| cx.get(h)));
        let kn = cx.get(hkn);
        call_kw(cx, prep, &pargs, kn)?
    };
    let hns = cx.root(ns);
    // Run the class body with the namespace as its locals.
    let func = cx.get(hf);
    let code = slot(func.obj(), fslot::CODE);
    let globals = slot(func.obj(), fslot::GLOBALS);
    let cell = call::run_code(cx, code, globals, ns, func)?;
    let hcell = cx.root(cell);
    if changed {
        let ns = cx.get(hns);
        let o = cx.get(horig);
        let key = crate::objects::str::intern(cx, "__orig_bases__")?;
        crate::ops::subscript::setitem(cx, ns, key, o)?;
    }
    let mut margs = vec![cx.get(hn), cx.get(hb), cx.get(hns)];
    margs.extend(hkv.iter().map(|&h| cx.get(h)));
    let (meta, kn) = (cx.get(hm), cx.get(hkn));
    let cls = call_kw(cx, meta, &margs, kn)?;
    let cell = cx.get(hcell);
    if is_cell(cell) {
        function::cell_set(cx, cell, cls);
    }
    cx.pop_handles(mark);
    Ok(cls)
}

fn is_cell(v: Value) -> bool {
    v.is_ref() && type_of(v) == function::CELL_TYPE.get()
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
pub fn type_new(
    cx: &mut Ctx,
    meta: Value,
    name: Value,
    bases: Value,
    ns: Value,
    kwnames: Value,
    kwvals: &[Value],
) -> PyResult<Value> {
    if !is_str(name) {
        return Err(type_error(cx, "type.__new__() argument 1 must be str"));
    }
    if !is_tuple(bases) {
        return Err(type_error(cx, "type.__new__() argument 2 must be tuple"));
    }
    if !is_dict_like(ns) {
        return Err(type_error(cx, "type.__new__() argument 3 must be dict"));
    }
    let mut bl: Vec<Value> = tuple_items(bases);
    if bl.is_empty() {
        bl.push(types().object.get());
    }
    for &b in &bl {
        if !is_type(b) {
            let msg = if is_subtype(type_of(b), types().type_.get()) {
                "bases must be types"
            } else {
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
            };
            return Err(type_error(cx, msg));
        }
        if type_data(b).flags() & tflags::BASETYPE == 0 {
            let msg = format!("type '{}' is not an acceptable base type", type_name(b));
            return Err(type_error(cx, &msg));
        }
    }
    // Instance layout: all bases must share one built-in layout.
    let solid = |t: Value| typeobj::solid_base(t);
    let s0 = solid(bl[0]);
    let mut best = s0;
    for &b in &bl[1..] {
        let s = solid(b);
        if is_subtype(s, best) {
            best = s;
        } else if !is_subtype(best, s) {
            return Err(type_error(
                cx,
                "multiple bases have instance lay-out conflict",
            ));
        }
    }
    let mark = cx.handle_mark();
    let (hns, hname) = (cx.root(ns), cx.root(name));
    let (hbases, hmeta) = (cx.root(bases), cx.root(meta));
    let hkw: Vec<_> = kwvals.iter().map(|&v| cx.root(v)).collect();
    let hkn = cx.root(kwnames);
    let nm = as_str(name).to_owned();
    let slots = dict_get_str(cx, ns, names::SLOTS.get());
    let slot_names: Option<Vec<String>> = if slots.is_null() {
        None
    } else if is_str(slots) {
        Some(vec![as_str(slots).to_owned()])
    } else {
        let seq = match crate::ops::iter::to_seq(cx, slots) {
            Ok(seq) => seq,
            Err(e) => {
                cx.pop_handles(mark);
                return Err(e);
            }
        };
        let items = if is_tuple(seq) {
            tuple_items(seq)
        } else {
            list_items(seq)
        };
        let mut v = Vec::new();
        for it in items {
            if !is_str(it) {
                cx.pop_handles(mark);
                let msg = format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name(type_of(it))
                );
                return Err(type_error(cx, &msg));
            }
            v.push(as_str(it).to_owned());
        }
        Some(v)
    };
    // Validate the names, mangle private ones, and pull out `__dict__` / `__weakref__`.
    let mut members: Vec<String> = Vec::new();
    let mut want_dict = false;
    let mut seen_weakref = false;
    if let Some(sn) = &slot_names {
        for n in sn {
            if !crate::objects::unicode::str_isidentifier(n) {
                cx.pop_handles(mark);
                return Err(type_error(cx, "__slots__ must be identifiers"));
            }
            if n == "__dict__" {
                if want_dict {
                    cx.pop_handles(mark);
                    return Err(type_error(
                        cx,
                        "__dict__ slot disallowed: we already got one",
                    ));
                }
                want_dict = true;
                continue;
            }
            if n == "__weakref__" {
                if seen_weakref {
                    cx.pop_handles(mark);
                    let msg = WEAKREF_SLOT_DISALLOWED;
                    return Err(type_error(cx, msg));
                }
                seen_weakref = true;
                continue;
            }
            let m = mangle_private(&nm, n);
            let k = crate::objects::str::intern(cx, &m)?;
            let ns = cx.get(hns);
            if !dict_get_str(cx, ns, k).is_null() {
                cx.pop_handles(mark);
                let msg = format!("'{m}' in __slots__ conflicts with class variable");
                return Err(crate::objects::exceptions::value_error(cx, &msg));
            }
            members.push(m);
        }
    }
    // `__slots__` may have run Python code: re-read the bases and the metaclass.
    let mut bl: Vec<Value> = tuple_items(cx.get(hbases));
    if bl.is_empty() {
        bl.push(types().object.get());
    }
    let meta = cx.get(hmeta);
    for (i, &b) in bl.iter().enumerate() {
        if bl[..i].contains(&b) {
            cx.pop_handles(mark);
            let msg = format!("duplicate base class {}", type_name(b));
            return Err(type_error(cx, &msg));
        }
    }
    // The base whose layout instances extend: the one whose solid base is the most derived.
    let best = typeobj::solid_base(bl[0]);
    let best = bl
        .iter()
        .map(|&b| typeobj::solid_base(b))
        .fold(best, |a, s| if is_subtype(s, a) { s } else { a });
    let layout_base = bl
        .iter()
        .copied()
        .find(|&b| is_subtype(b, best))
        .unwrap_or(bl[0]);
    // Whether instances of a base already have a `__dict__` / weak references (as in
    // CPython: a property keeps no dict; sets are the subclassable built-ins that can be
    // weakly referenced; int, bytes and tuple subclasses cannot be).
    let base_has_dict = bl.iter().any(|&b| {
        let d = type_data(b);
        if typeobj::is_builtin_type(b) {
            d.layout.has_attrs
                && d.layout.kind == object::kind::FIXED
                && b != descr::PROPERTY_TYPE.get()
        } else {
            d.flags() & tflags::NO_DICT == 0
        }
    });
    let t = types();
    let base_weakrefable = bl.iter().any(|&b| {
        if typeobj::is_builtin_type(b) {
            is_subtype(b, crate::objects::set::SET_TYPE.get())
                || is_subtype(b, crate::objects::set::FROZENSET_TYPE.get())
        } else {
            type_data(b).flags() & tflags::NO_WEAKREF == 0
        }
    });
    let base_varsized = bl.iter().any(|&b| {
        is_subtype(b, t.int.get())
            || is_subtype(b, crate::objects::bytes::BYTES_TYPE.get())
            || is_subtype(b, t.tuple.get())
    });
    if want_dict && base_has_dict {
        cx.pop_handles(mark);
        return Err(type_error(
            cx,
            "__dict__ slot disallowed: we already got one",
        ));
    }
    // A metaclass's instances are type objects: they take no slot members.
    let is_meta = is_subtype(layout_base, types().type_.get());
    if is_meta {
        members.clear();
    }
    let extra = members.len() as u16;
    let has_slots = slot_names.is_some();
    if base_varsized && slot_names.as_ref().is_some_and(|n| !n.is_empty()) {
        cx.pop_handles(mark);
        let msg = format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            type_name(bl[0])
        );
        return Err(type_error(cx, &msg));
    }
    if seen_weakref && base_weakrefable {
        cx.pop_handles(mark);
        return Err(type_error(cx, WEAKREF_SLOT_DISALLOWED));
    }
    let adds_dict = !is_meta && !base_has_dict && (!has_slots || want_dict);
    let adds_weakref =
        !is_meta && !base_weakrefable && !base_varsized && (!has_slots || seen_weakref);
    let info = if is_meta {
        typeobj::SlotInfo::default()
    } else {
        typeobj::SlotInfo {
            own: extra,
            no_dict: has_slots && !want_dict && !base_has_dict,
            no_weakref: !base_weakrefable && (base_varsized || has_slots && !seen_weakref),
        }
    };
    let Some(cls) = typeobj::new_type_with_slots(cx, meta, &nm, &bl, layout_base, info, 4)? else {
        cx.pop_handles(mark);
        let heads = typeobj::mro_conflict_heads(&bl);
        let names_list: Vec<&str> = heads.iter().map(|&b| type_name(b)).collect();
        let msg = format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names_list.join(", ")
        );
        return Err(type_error(cx, &msg));
    };
    let hc = cx.root(cls);
    // Copy the namespace.
    let ns = cx.get(hns);
    let items = if dict::is_exact_dict(ns) {
        dict_items(ns)
    } else {
        let d = new_dict(cx)?;
        let hd = cx.root(d);
        let ns = cx.get(hns);
        crate::ops::build::dict_update(cx, d, ns, false)?;
        dict_items(cx.get(hd))
    };
    let hitems: Vec<_> = items
        .iter()
        .map(|&(k, v)| (cx.root(k), cx.root(v)))
        .collect();
    let tdict = type_slot(cx.get(hc), tslot::DICT);
    let htd = cx.root(tdict);
    let hq = cx.root(Value::NULL);
    for (hk, hv) in &hitems {
        let (k, mut v) = (cx.get(*hk), cx.get(*hv));
        if is_str(k) {
            match as_str(k) {
                "__qualname__" => {
                    if !crate::objects::str::is_str_like(v) {
                        cx.pop_handles(mark);
                        let msg = format!(
                            "type __qualname__ must be a str, not {}",
                            type_name(type_of(v))
                        );
                        return Err(type_error(cx, &msg));
                    }
                    cx.set(hq, crate::objects::str::str_value(v));
                    continue;
                }
                "__classcell__" => continue,
                "__new__" if function::is_function(v) => {
                    v = descr::new_wrapper(cx, STATICMETHOD_TYPE.get(), v)?;
                }
                "__init_subclass__" | "__class_getitem__" if function::is_function(v) => {
                    v = descr::new_wrapper(cx, CLASSMETHOD_TYPE.get(), v)?;
                }
                _ => {}
            }
        }
        let k = if is_str(k) {
            crate::objects::str::intern_value(cx, k)?
        } else {
            k
        };
        let td = cx.get(htd);
        dict_set(cx, td, k, v)?;
    }
    let cls = cx.get(hc);
    let qualname = cx.get(hq);
    if !qualname.is_null() {
        typeobj::set_type_slot(cx, cls, tslot::QUALNAME, qualname);
    } else {
        let n = cx.get(hname);
        typeobj::set_type_slot(cx, cls, tslot::QUALNAME, n);
    }
    let htd_v = cx.get(htd);
    if dict_get_str(cx, htd_v, names::MODULE.get()).is_null() {
        let m = caller_module_name(cx);
        let td = cx.get(htd);
        dict_set(cx, td, names::MODULE.get(), m)?;
    }
    // After the class body's items: the `__slots__` members, then the `__dict__` and
    // `__weakref__` descriptors of a class whose instances gain them here.
    let first_member = type_data(cx.get(hc)).layout.base_slots as usize - members.len();
    for (i, m) in members.iter().enumerate() {
        let k = crate::objects::str::intern(cx, m)?;
        let c = cx.get(hc);
        let d = descr::new_member(cx, c, k, first_member + i)?;
        let td = cx.get(htd);
        dict_set(cx, td, k, d)?;
    }
    let instance_getsets = [
        (
            adds_dict,
            "__dict__",
            crate::objects::object_methods::CLASS_DICT_GETSET,
        ),
        (
            adds_weakref,
            "__weakref__",
            crate::objects::object_methods::CLASS_WEAKREF_GETSET,
        ),
    ];
    for (add, name, (get, set)) in instance_getsets {
        if add {
            let k = crate::objects::str::intern(cx, name)?;
            let c = cx.get(hc);
            let d = descr::new_getset(cx, c, k, get, set)?;
            let td = cx.get(htd);
            dict_set(cx, td, k, d)?;
        }
    }
    let htd_v = cx.get(htd);
    if dict_get_str(cx, htd_v, names::DOC.get()).is_null() {
        let td = cx.get(htd);
        dict_set(cx, td, names::DOC.get(), none())?;
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    let htd_v = cx.get(htd);
    let eq_name = crate::objects::str::intern(cx, "__eq__")?;
    if !dict_get_str(cx, htd_v, eq_name).is_null()
        && dict_get_str(cx, htd_v, names::HASH.get()).is_null()
    {
        let td = cx.get(htd);
        dict_set(cx, td, names::HASH.get(), none())?;
    }
    let hc_v = cx.get(hc);
    typeobj::bump_version(cx, hc_v);
    // __set_name__ on descriptors.
    for (hk, hv) in &hitems {
        let (k, v) = (cx.get(*hk), cx.get(*hv));
        if !v.is_ref() || !is_str(k) {
            continue;
        }
        let sn = type_lookup(cx, type_of(v), names::SET_NAME.get());
        if !sn.is_null() {
            let cls = cx.get(hc);
            call(cx, sn, &[v, cls, k])?;
        }
    }
    // The parent's __init_subclass__.
    let cls = cx.get(hc);
    let sup = crate::objects::super_::super_lookup(cx, cls, cls, names::INIT_SUBCLASS.get())?;
    if !sup.is_null() {
        let kvs: Vec<Value> = hkw.iter().map(|&h| cx.get(h)).collect();
        let kn = cx.get(hkn);
        call_kw(cx, sup, &kvs, if kvs.is_empty() { Value::NULL } else { kn })?;
    } else if !kwvals.is_empty() {
        cx.pop_handles(mark);
        let msg = format!("{nm}.__init_subclass__() takes no keyword arguments");
        return Err(type_error(cx, &msg));
    }
    let cls = cx.get(hc);
    cx.pop_handles(mark);
    let _ = (
        dict_del,
        new_str,
        tuple_get,
        is_list,
        call_stack,
        Frame::native,
        STACK_SLOTS,
        exceptions::type_error,
    );
    Ok(cls)
}

const WEAKREF_SLOT_DISALLOWED: &str =
    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0";

/// Private name mangling of a `__slots__` entry (`__x` in class `C` is `_C__x`).
fn mangle_private(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") {
        return name.to_owned();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

/// The `__name__` of the module of the innermost Python frame.
pub fn caller_module_name(cx: &mut Ctx) -> Value {
    let frames = &cx.frames().frames;
    let g = frames
        .iter()
        .rev()
        .find(|f| !f.globals.is_null())
        .map(|f| f.globals);
    match g {
        Some(g) => crate::ops::names::module_name_of(cx, g),
        None => none(),
    }
}
