//! Type objects.
//!
//! A type is a NATIVE object: its Rust payload ([`TypeData`]) holds what never changes (name,
//! flags, instance layout); its value slots hold what the interpreter reads hot or what
//! refers to other objects:
//!
//! ```text
//! slot  VERSION     int   a process-unique tag; changes whenever this type or a base changes
//!       DICT        dict  the type's namespace
//!       MRO         tuple method resolution order (C3), starting with the type itself
//!       BASES       tuple
//!       NAME        str
//!       ROOT_SHAPE  shape the empty shape of its instances (if they have attribute storage)
//!       SUBCLASSES  array of weak references to direct subclasses
//! ```
//!
//! **Version tags.** Inline caches and traces remember `(type, version)` and are valid while
//! the version is unchanged. Setting or deleting an attribute of a type gives it, and every
//! subclass (found through the weak subclass lists), a fresh version from a global counter,
//! so a version is never reused.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, kind, slot, NativePayload, Trace, NATIVE_SLOT0};
use crate::objects::dict::{dict_del, dict_get_str, dict_set, new_dict};
use crate::objects::str::{as_str, intern};
use crate::objects::tuple::{new_array, new_tuple, tuple_get, tuple_items, tuple_len};
use crate::runtime::types;
use crate::value::Value;
use krait_gc::Tracer;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

/// Value slots of a type object (after the native header words).
pub mod tslot {
    /// Version tag (int).
    pub const VERSION: usize = 0;
    /// Namespace (dict).
    pub const DICT: usize = 1;
    /// MRO (tuple).
    pub const MRO: usize = 2;
    /// Bases (tuple).
    pub const BASES: usize = 3;
    /// `__name__` (str).
    pub const NAME: usize = 4;
    /// Root shape of instances (shape or NULL).
    pub const ROOT_SHAPE: usize = 5;
    /// Weak references to direct subclasses (array or NULL).
    pub const SUBCLASSES: usize = 6;
    /// `__qualname__` (str).
    pub const QUALNAME: usize = 7;
    /// Number of slots.
    pub const COUNT: usize = 8;
}

/// Type flags.
pub mod tflags {
    /// Can be subclassed.
    pub const BASETYPE: u32 = 1;
    /// Created by a class statement (its attributes may be set).
    pub const HEAPTYPE: u32 = 2;
    /// Has abstract methods: cannot be instantiated.
    pub const ABSTRACT: u32 = 4;
    /// A native module's type whose Rust `__repr__` must be called (the built-in
    /// representations in `ops::repr` do not know it).
    pub const OWN_REPR: u32 = 8;
    /// A native sequence type that repeats with `*` by an int (`deque`): other operands
    /// get "can't multiply sequence by non-int".
    pub const SEQUENCE: u32 = 16;
    /// Instances have no `__dict__` (the class and its bases define `__slots__` without
    /// `'__dict__'`): setting an attribute not covered by a slot fails.
    pub const NO_DICT: u32 = 32;
    /// Instances cannot be weakly referenced (`__slots__` without `'__weakref__'`, or an
    /// int, bytes or tuple subclass).
    pub const NO_WEAKREF: u32 = 64;
}

/// How instances of a type are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstanceLayout {
    /// Layout class of instances (`object::kind`).
    pub kind: u8,
    /// FIXED slots that belong to the built-in base (before attribute storage).
    pub base_slots: u16,
    /// Whether instances carry shape-based attribute storage (`[shape][ext][inline...]` at
    /// `base_slots`).
    pub has_attrs: bool,
    /// Attribute slots stored inline in each instance.
    pub inline: u16,
}

impl InstanceLayout {
    /// Total FIXED slots of an instance.
    pub fn total_slots(&self) -> usize {
        self.base_slots as usize
            + if self.has_attrs {
                2 + self.inline as usize
            } else {
                0
            }
    }
}

/// The Rust side of a type.
#[derive(Debug)]
pub struct TypeData {
    /// `__name__`, for Rust-side diagnostics.
    pub name: String,
    /// `tflags` bits. Atomic: `ABSTRACT` changes when `__abstractmethods__` is assigned,
    /// which any thread may do while others read the flags.
    flags: AtomicU32,
    /// Instance layout.
    pub layout: InstanceLayout,
    /// Inline attribute slots given to new instances (grows as instances gain attributes).
    pub inline_hint: std::sync::atomic::AtomicU16,
    /// Number of `__slots__` members this class itself adds to its instances (they are
    /// FIXED slots at the end of `layout.base_slots`); a class that adds some is a solid
    /// base for layout conflicts.
    pub own_slots: u16,
}

impl TypeData {
    /// Type data with the given name, flags and layout.
    pub fn new(name: &str, flags: u32, layout: InstanceLayout) -> TypeData {
        TypeData {
            name: name.to_owned(),
            flags: AtomicU32::new(flags),
            layout,
            inline_hint: std::sync::atomic::AtomicU16::new(layout.inline),
            own_slots: 0,
        }
    }
}

impl TypeData {
    /// The current `tflags` bits.
    #[inline]
    pub fn flags(&self) -> u32 {
        self.flags.load(Ordering::Relaxed)
    }
}

impl Trace for TypeData {
    fn trace(&self, _t: &mut dyn Tracer) {}
}

impl NativePayload for TypeData {
    const NAME: &'static str = "type";
}

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

fn fresh_version() -> Value {
    Value::int((NEXT_VERSION.fetch_add(1, Ordering::Relaxed) & Value::INT_MAX as u64) as i64)
}

/// The payload of a type object.
#[inline]
pub fn type_data(t: Value) -> &'static TypeData {
    object::native_payload::<TypeData>(t.obj())
}

/// Slot `i` (see [`tslot`]) of a type.
#[inline(always)]
pub fn type_slot(t: Value, i: usize) -> Value {
    slot(t.obj(), NATIVE_SLOT0 + i)
}

/// Sets slot `i` of a type.
pub fn set_type_slot(cx: &mut Ctx, t: Value, i: usize, v: Value) {
    cx.set_slot(t.obj(), NATIVE_SLOT0 + i, v)
}

/// The type's version tag.
#[inline(always)]
pub fn type_version(t: Value) -> u64 {
    type_slot(t, tslot::VERSION).as_int() as u64
}

/// `__name__` of a type, as Rust text.
pub fn type_name(t: Value) -> &'static str {
    // A built-in type's name as messages show it (`collections.deque` for a native
    // module's type, whose `__name__` is `deque`); a class's `__name__`.
    let n = type_slot(t, tslot::NAME);
    if n.is_null() || type_data(t).flags() & tflags::HEAPTYPE == 0 {
        &type_data(t).name
    } else {
        as_str(n)
    }
}

/// `type(v)`.
#[inline(always)]
pub fn type_of(v: Value) -> Value {
    if v.is_int() {
        types().int.get()
    } else {
        Value::from_bits(v.obj().type_word() as u64)
    }
}

/// Allocates a bare type object (bootstrap and `new_type`): slots NULL except the version.
pub(crate) fn alloc_type(
    cx: &mut Ctx,
    metatype: Value,
    data: TypeData,
    immortal: bool,
) -> PyResult<Value> {
    let o = if immortal {
        cx.alloc_native_immortal(metatype, data, tslot::COUNT)?
    } else {
        cx.alloc_native(metatype, data, tslot::COUNT)?
    };
    object::init_slot(o, NATIVE_SLOT0 + tslot::VERSION, fresh_version());
    Ok(Value::from_obj(o))
}

/// Whether `t` is a built-in (static) type: its attributes cannot be set.
#[inline]
pub fn is_builtin_type(t: Value) -> bool {
    type_data(t).flags() & tflags::HEAPTYPE == 0
}

/// The type whose instance layout `t` extends: the nearest class in the MRO that adds
/// `__slots__` members, or a built-in type with its own layout (`object` for plain classes).
pub fn solid_base(t: Value) -> Value {
    let mro = type_slot(t, tslot::MRO);
    for i in 0..tuple_len(mro) {
        let b = tuple_get(mro, i);
        if !is_builtin_type(b) && type_data(b).own_slots > 0 {
            return b;
        }
        if is_builtin_type(b) && b != types().object.get() {
            let l = type_data(b).layout;
            // A built-in type laid out like its own base (Exception like BaseException)
            // adds nothing: the base decides.
            let bases = type_slot(b, tslot::BASES);
            let same_as_base = !bases.is_null() && tuple_len(bases) > 0 && {
                let pl = type_data(tuple_get(bases, 0)).layout;
                pl.kind == l.kind && pl.base_slots == l.base_slots && pl.has_attrs == l.has_attrs
            };
            if !same_as_base && (l.kind != kind::FIXED || l.base_slots > 0) {
                return b;
            }
        }
    }
    types().object.get()
}

/// What `__slots__` (and the bases) decided for a new class: `own` members of its own, and
/// whether its instances lack a `__dict__` and weak references. Part of the type's payload
/// from the start, so the payload is immutable once the type is reachable.
#[derive(Clone, Copy, Default)]
pub struct SlotInfo {
    /// `__slots__` members the class itself adds.
    pub own: u16,
    /// Instances have no `__dict__`.
    pub no_dict: bool,
    /// Instances cannot be weakly referenced.
    pub no_weakref: bool,
}

/// Whether instances of `t` carry a `__dict__` (attribute storage that takes any name).
pub fn instances_have_dict(t: Value) -> bool {
    let d = type_data(t);
    d.layout.has_attrs && d.flags() & tflags::NO_DICT == 0
}

/// Marks `t` abstract (it has abstract methods) or not.
pub fn set_abstract(t: Value, on: bool) {
    let f = &type_data(t).flags;
    // Relaxed suffices: the flag word is read and written atomically, and nothing else is
    // published through it (a constructor racing with the assignment sees either value).
    if on {
        f.fetch_or(tflags::ABSTRACT, Ordering::Relaxed);
    } else {
        f.fetch_and(!tflags::ABSTRACT, Ordering::Relaxed);
    }
}

/// Raises TypeError for instantiating an abstract class.
pub fn abstract_error(cx: &mut Ctx, t: Value) -> crate::ctx::Raised {
    let d = type_slot(t, tslot::DICT);
    let key = crate::objects::str::lookup_interned("__abstractmethods__");
    let mut names: Vec<String> = Vec::new();
    if let Some(k) = key {
        let v = crate::objects::dict::dict_get_str(cx, d, k);
        if !v.is_null() && crate::objects::set::is_anyset(v) {
            names = crate::objects::set::set_items(v)
                .into_iter()
                .filter(|n| crate::objects::str::is_str(*n))
                .map(|n| as_str(n).to_owned())
                .collect();
            names.sort();
        }
    }
    let msg = format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        type_name(t),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    );
    crate::objects::exceptions::type_error(cx, &msg)
}

/// Whether `v` is a type object.
#[inline]
pub fn is_type(v: Value) -> bool {
    v.is_ref() && {
        let t = Value::from_bits(v.obj().type_word() as u64);
        t == types().type_.get() || is_subtype(t, types().type_.get())
    }
}

/// Whether `a` is `b` or a subclass of it (by `a`'s MRO).
pub fn is_subtype(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let mro = type_slot(a, tslot::MRO);
    if mro.is_null() {
        return false;
    }
    (0..tuple_len(mro)).any(|i| tuple_get(mro, i) == b)
}

/// Looks `name` (an interned str) up along the type's MRO, without running Python code.
/// NULL if not found.
pub fn lookup(cx: &mut Ctx, t: Value, name: Value) -> Value {
    let mro = type_slot(t, tslot::MRO);
    for i in 0..tuple_len(mro) {
        let d = type_slot(tuple_get(mro, i), tslot::DICT);
        if d.is_null() {
            continue;
        }
        let v = dict_get_str(cx, d, name);
        if !v.is_null() {
            return v;
        }
    }
    Value::NULL
}

/// Gives `t` and all its subclasses fresh version tags.
pub fn bump_version(cx: &mut Ctx, t: Value) {
    set_type_slot(cx, t, tslot::VERSION, fresh_version());
    let subs = type_slot(t, tslot::SUBCLASSES);
    if subs.is_null() {
        return;
    }
    for i in 0..object::varvals_len(subs.obj()) {
        let w = object::varvals_get(subs.obj(), i);
        if w.is_null() {
            continue;
        }
        let sub = crate::objects::weakref::referent(w);
        if !sub.is_null() {
            bump_version(cx, sub);
        }
    }
}

/// Sets (or, with NULL, deletes) attribute `name` of type `t` and bumps versions. Returns
/// false if deleting a missing attribute.
pub fn type_set_attr(cx: &mut Ctx, t: Value, name: Value, v: Value) -> PyResult<bool> {
    let ht = cx.root(t);
    let d = type_slot(t, tslot::DICT);
    let ok = if v.is_null() {
        !dict_del(cx, d, name)?.is_null()
    } else {
        dict_set(cx, d, name, v)?;
        true
    };
    let t = cx.get(ht);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(ht));
    bump_version(cx, t);
    Ok(ok)
}

/// C3 linearization of `t` with `bases`; `None` if no consistent order exists.
pub fn c3_mro(t: Value, bases: &[Value]) -> Option<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|&b| tuple_items(type_slot(b, tslot::MRO)))
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)))?;
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// The classes the C3 merge of `bases` gets stuck on (the heads of the sequences left),
/// each once, in order: what CPython names in its MRO error.
pub fn mro_conflict_heads(bases: &[Value]) -> Vec<Value> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|&b| tuple_items(type_slot(b, tslot::MRO)))
        .collect();
    seqs.push(bases.to_vec());
    loop {
        seqs.retain(|s| !s.is_empty());
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
        let Some(head) = head else { break };
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for s in &seqs {
        if !out.contains(&s[0]) {
            out.push(s[0]);
        }
    }
    out
}

/// Creates a class `name` with `bases` (non-empty) and an empty namespace, as `class` and
/// `type(name, bases, ns)` do; `inline` is the number of attribute slots stored in each
/// instance. Returns `Err(None)`-like failures as Python exceptions in the interpreter;
/// here, `None` means the MRO is inconsistent.
pub fn new_type(
    cx: &mut Ctx,
    metatype: Value,
    name: &str,
    bases: &[Value],
    inline: u16,
) -> PyResult<Option<Value>> {
    new_type_with_slots(
        cx,
        metatype,
        name,
        bases,
        bases[0],
        SlotInfo::default(),
        inline,
    )
}

/// [`new_type`] whose instances extend the layout of `layout_base` (one of `bases`) with
/// `slots.own` FIXED slots for `__slots__` members, placed after the inherited base slots.
pub fn new_type_with_slots(
    cx: &mut Ctx,
    metatype: Value,
    name: &str,
    bases: &[Value],
    layout_base: Value,
    slots: SlotInfo,
    inline: u16,
) -> PyResult<Option<Value>> {
    let extra = slots.own;
    let bl = type_data(layout_base).layout;
    // Instances of subclasses are FIXED objects: the built-in base's FIXED slots (or, for a
    // base whose instances are not FIXED, such as int or str, one slot wrapping a value of
    // the base type), then attribute storage.
    let base_slots = if bl.has_attrs {
        bl.base_slots
    } else if bl.kind == kind::FIXED {
        bl.total_slots() as u16
    } else {
        1
    };
    // Metaclasses (subclasses of `type`) make type objects, which keep their attributes in
    // their namespace dict: they share `type`'s layout.
    let layout = if bl.kind == kind::NATIVE
        && is_subtype(layout_base, crate::runtime::types().type_.get())
    {
        bl
    } else {
        InstanceLayout {
            kind: kind::FIXED,
            base_slots: base_slots + extra,
            has_attrs: true,
            inline: if bl.has_attrs {
                bl.inline.max(inline)
            } else {
                inline
            },
        }
    };
    let mark = cx.handle_mark();
    let bases_t = new_tuple(cx, bases)?;
    let hbases = cx.root(bases_t);
    let mut flags = tflags::BASETYPE | tflags::HEAPTYPE;
    if slots.no_dict {
        flags |= tflags::NO_DICT;
    }
    if slots.no_weakref {
        flags |= tflags::NO_WEAKREF;
    }
    let mut data = TypeData::new(name, flags, layout);
    data.own_slots = slots.own;
    let t = alloc_type(cx, metatype, data, false)?;
    let ht = cx.root(t);
    let bases_v: Vec<Value> = tuple_items(cx.get(hbases));
    let Some(mro) = c3_mro(t, &bases_v) else {
        cx.pop_handles(mark);
        return Ok(None);
    };
    let mro = new_tuple(cx, &mro)?;
    let t = cx.get(ht);
    set_type_slot(cx, t, tslot::MRO, mro);
    let b = cx.get(hbases);
    let t = cx.get(ht);
    set_type_slot(cx, t, tslot::BASES, b);
    let n = intern(cx, name)?;
    let t = cx.get(ht);
    set_type_slot(cx, t, tslot::NAME, n);
    let d = new_dict(cx)?;
    let t = cx.get(ht);
    set_type_slot(cx, t, tslot::DICT, d);
    let t = cx.get(ht);
    let shape = crate::objects::shape::new_root_shape(cx, t)?;
    let t = cx.get(ht);
    set_type_slot(cx, t, tslot::ROOT_SHAPE, shape);
    for i in 0..tuple_len(cx.get(hbases)) {
        let b = tuple_get(cx.get(hbases), i);
        let t = cx.get(ht);
        add_subclass(cx, b, t)?;
    }
    let t = cx.get(ht);
    cx.pop_handles(mark);
    Ok(Some(t))
}

/// Records `sub` in `base`'s weak subclass list.
fn add_subclass(cx: &mut Ctx, base: Value, sub: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hb = cx.root(base);
    let w = crate::objects::weakref::new_weakref(cx, sub)?;
    let hw = cx.root(w);
    let old = type_slot(cx.get(hb), tslot::SUBCLASSES);
    let n = if old.is_null() {
        0
    } else {
        object::varvals_len(old.obj())
    };
    // Reuse a dead entry if there is one.
    if !old.is_null() {
        for i in 0..n {
            let e = object::varvals_get(old.obj(), i);
            if crate::objects::weakref::referent(e).is_null() {
                let w = cx.get(hw);
                cx.set_item(old.obj(), i, w);
                cx.pop_handles(mark);
                return Ok(());
            }
        }
    }
    let arr = new_array(cx, n + 1)?;
    let old = type_slot(cx.get(hb), tslot::SUBCLASSES);
    for i in 0..n {
        object::varvals_init(arr.obj(), i, object::varvals_get(old.obj(), i));
    }
    object::varvals_init(arr.obj(), n, cx.get(hw));
    let b = cx.get(hb);
    set_type_slot(cx, b, tslot::SUBCLASSES, arr);
    cx.pop_handles(mark);
    Ok(())
}

/// The live direct subclasses of `t`.
pub fn subclasses(t: Value) -> Vec<Value> {
    let subs = type_slot(t, tslot::SUBCLASSES);
    if subs.is_null() {
        return Vec::new();
    }
    (0..object::varvals_len(subs.obj()))
        .map(|i| crate::objects::weakref::referent(object::varvals_get(subs.obj(), i)))
        .filter(|v| !v.is_null())
        .collect()
}
