//! Object layouts: the five shapes of memory the collector understands, and the raw
//! accessors every other module uses to read and write objects. This is the VM's one
//! module that touches heap memory directly.
//!
//! The header's kind byte (see `krait_gc::layout`) selects a layout class; the Python type
//! comes from the type word and is independent of it, so adding a built-in type never
//! touches the collector binding.
//!
//! ```text
//! FIXED    [header][Value; aux]                        all slots scanned
//! RAW      [header][u64; aux]                          no references
//! VARVALS  [header][len: u64][Value; len]              tuples, arrays
//! VARRAW   [header][nbytes: u64][bytes, padded to 8]   str, bytes, big ints, tables
//! NATIVE   [header][vtable][payload][Value; aux]       Rust data traced by its vtable
//! WEAKREF  [header][referent][Value; aux]              referent not traced (weak)
//! ```
//!
//! Slots are read and written with relaxed atomic operations, which compile to plain loads
//! and stores but make concurrent access from several threads well-defined (no torn or
//! undefined values, DESIGN.md §4).

use crate::value::Value;
/// The collector's tracer, for native payloads outside this crate.
pub use krait_gc::Tracer;
use krait_gc::{HeaderInit, ObjectRef};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering::Relaxed};

/// Layout classes (the header's kind byte).
pub mod kind {
    /// `[header][Value; aux]`.
    pub const FIXED: u8 = 1;
    /// `[header][u64; aux]`.
    pub const RAW: u8 = 2;
    /// `[header][len][Value; len]`.
    pub const VARVALS: u8 = 3;
    /// `[header][nbytes][bytes]`.
    pub const VARRAW: u8 = 4;
    /// `[header][vtable][payload][Value; aux]`.
    pub const NATIVE: u8 = 5;
    /// `[header][weak referent][Value; aux]`: a weak reference; word 0 is not traced, the
    /// collector clears it when the referent dies.
    pub const WEAKREF: u8 = 6;
}

/// Byte offset of payload word `i`.
#[inline(always)]
const fn word_offset(i: usize) -> usize {
    krait_gc::layout::HEADER_SIZE + 8 * i
}

#[inline(always)]
fn word_ref(o: ObjectRef, i: usize) -> &'static AtomicU64 {
    // SAFETY: by the `ObjectRef` invariant `o` is a live object, and callers only pass word
    // indices inside it (its layout class says how many words it has; the checked accessors
    // below assert it in debug builds). Heap words are only accessed atomically, so a shared
    // reference to an `AtomicU64` there is sound; the 'static lifetime does not escape the
    // accessors, which copy the value out.
    unsafe { &*((o.addr() + word_offset(i)) as *const AtomicU64) }
}

/// Number of payload words of an object (for bounds checks in debug builds).
fn payload_words(o: ObjectRef) -> usize {
    match o.kind() {
        kind::FIXED | kind::RAW => o.aux() as usize,
        kind::VARVALS => 1 + raw_word(o, 0) as usize,
        kind::VARRAW => 1 + (raw_word(o, 0) as usize).div_ceil(8),
        kind::NATIVE => 2 + o.aux() as usize,
        kind::WEAKREF => 1 + o.aux() as usize,
        k => panic!("object {o:?} has unknown kind {k}"),
    }
}

/// Payload word `i` as raw bits.
#[inline(always)]
pub fn raw_word(o: ObjectRef, i: usize) -> u64 {
    word_ref(o, i).load(Relaxed)
}

/// Sets payload word `i` to raw bits (no write barrier: only for non-reference data).
#[inline(always)]
pub fn set_raw_word(o: ObjectRef, i: usize, w: u64) {
    word_ref(o, i).store(w, Relaxed)
}

/// Payload word `i` as a value.
#[inline(always)]
pub fn slot(o: ObjectRef, i: usize) -> Value {
    debug_assert!(i < payload_words(o), "slot {i} out of bounds of {o:?}");
    Value::from_bits(word_ref(o, i).load(Relaxed))
}

/// Stores a value in payload word `i` **without** the write barrier. Only for objects
/// allocated since the last safepoint by this thread (young ones need no barrier, and
/// objects allocated elsewhere are logged at birth). Everything else goes through
/// `Ctx::set_slot`, which applies the barrier.
#[inline(always)]
pub fn init_slot(o: ObjectRef, i: usize, v: Value) {
    debug_assert!(i < payload_words(o), "slot {i} out of bounds of {o:?}");
    word_ref(o, i).store(v.bits(), Relaxed)
}

/// Atomically replaces payload word `i`, returning the old value (no barrier; see
/// `init_slot`).
#[inline(always)]
pub fn swap_slot(o: ObjectRef, i: usize, v: Value) -> Value {
    Value::from_bits(word_ref(o, i).swap(v.bits(), Relaxed))
}

/// Compare-and-swap of payload word `i` (no barrier; see `init_slot`).
#[inline(always)]
pub fn cas_slot(o: ObjectRef, i: usize, old: Value, new: Value) -> Result<Value, Value> {
    word_ref(o, i)
        .compare_exchange(old.bits(), new.bits(), Relaxed, Relaxed)
        .map(Value::from_bits)
        .map_err(Value::from_bits)
}

// --- VARVALS -----------------------------------------------------------------------------

/// Length of a VARVALS object.
#[inline(always)]
pub fn varvals_len(o: ObjectRef) -> usize {
    debug_assert_eq!(o.kind(), kind::VARVALS);
    raw_word(o, 0) as usize
}

/// Item `i` of a VARVALS object.
#[inline(always)]
pub fn varvals_get(o: ObjectRef, i: usize) -> Value {
    debug_assert!(i < varvals_len(o), "index {i} out of bounds of {o:?}");
    Value::from_bits(word_ref(o, 1 + i).load(Relaxed))
}

/// Sets item `i` of a VARVALS object without the barrier (see `init_slot`).
#[inline(always)]
pub fn varvals_init(o: ObjectRef, i: usize, v: Value) {
    debug_assert!(i < varvals_len(o), "index {i} out of bounds of {o:?}");
    word_ref(o, 1 + i).store(v.bits(), Relaxed)
}

/// Size in bytes of a VARVALS object of `len` items.
#[inline(always)]
pub const fn varvals_size(len: usize) -> usize {
    word_offset(1 + len)
}

// --- VARRAW ------------------------------------------------------------------------------

/// Payload byte count of a VARRAW object.
#[inline(always)]
pub fn varraw_len(o: ObjectRef) -> usize {
    debug_assert_eq!(o.kind(), kind::VARRAW);
    raw_word(o, 0) as usize
}

/// Size in bytes of a VARRAW object with `n` payload bytes.
#[inline(always)]
pub const fn varraw_size(n: usize) -> usize {
    word_offset(1) + ((n + 7) & !7)
}

/// The payload bytes of a VARRAW object. The VM treats them as immutable once the object
/// is initialized, except for types documented to mutate them under their lock.
#[inline(always)]
pub fn varraw_bytes(o: ObjectRef) -> &'static [u8] {
    let n = varraw_len(o);
    // SAFETY: a VARRAW object holds `n` initialized payload bytes after its length word;
    // they are not mutated while shared (see above). The lifetime is a convenience: callers
    // use the slice only until their next safepoint, like any raw reference.
    unsafe { std::slice::from_raw_parts((o.addr() + word_offset(1)) as *const u8, n) }
}

/// The payload bytes of a fresh VARRAW object, for initialization.
#[inline(always)]
pub fn varraw_bytes_mut(o: ObjectRef) -> &'static mut [u8] {
    let n = varraw_len(o);
    // SAFETY: as above; the caller has just allocated the object and no one else can see
    // it yet, so the mutable borrow is unique.
    unsafe { std::slice::from_raw_parts_mut((o.addr() + word_offset(1)) as *mut u8, n) }
}

/// The payload of an immutable VARRAW object from byte `from` on, as `u32` words (for big
/// int digits). `from` must be a multiple of 4.
#[inline(always)]
pub fn varraw_u32s(o: ObjectRef, from: usize) -> &'static [u32] {
    let n = varraw_len(o);
    debug_assert!(from.is_multiple_of(4) && from <= n);
    // SAFETY: as for `varraw_bytes`; the payload starts 8-aligned, so byte `from` (a
    // multiple of 4) is 4-aligned, and every bit pattern is a valid `u32`.
    unsafe {
        std::slice::from_raw_parts(
            (o.addr() + word_offset(1) + from) as *const u32,
            (n - from) / 4,
        )
    }
}

/// [`varraw_u32s`] of a fresh VARRAW object, for initialization.
#[inline(always)]
pub fn varraw_u32s_mut(o: ObjectRef, from: usize) -> &'static mut [u32] {
    let n = varraw_len(o);
    debug_assert!(from.is_multiple_of(4) && from <= n);
    // SAFETY: as for `varraw_u32s`; the caller has just allocated the object and no one
    // else can see it yet, so the mutable borrow is unique.
    unsafe {
        std::slice::from_raw_parts_mut(
            (o.addr() + word_offset(1) + from) as *mut u32,
            (n - from) / 4,
        )
    }
}

/// Payload bytes as atomic bytes, for mutable byte buffers shared between threads.
#[inline(always)]
pub fn varraw_atomic_bytes(o: ObjectRef) -> &'static [AtomicU8] {
    let n = varraw_len(o);
    // SAFETY: as for `varraw_bytes`; `AtomicU8` has the layout of `u8`, and atomic access
    // is sound even while other threads access the same bytes atomically.
    unsafe { std::slice::from_raw_parts((o.addr() + word_offset(1)) as *const AtomicU8, n) }
}

// --- NATIVE ------------------------------------------------------------------------------

/// Something a native object's payload holds that the collector must see.
pub trait Trace {
    /// Visits every reference this holds.
    fn trace(&self, t: &mut dyn Tracer);
}

/// A `Value` inside Rust-owned memory (a native payload) that the collector may rewrite
/// while the owning threads are stopped: an atomic word.
#[derive(Default)]
pub struct ValueCell(AtomicU64);

impl ValueCell {
    /// An empty cell, for statics.
    pub const fn new_const() -> ValueCell {
        ValueCell(AtomicU64::new(0))
    }

    /// A cell holding `v`.
    pub fn new(v: Value) -> ValueCell {
        ValueCell(AtomicU64::new(v.bits()))
    }
    /// The value.
    #[inline(always)]
    pub fn get(&self) -> Value {
        Value::from_bits(self.0.load(Relaxed))
    }
    /// Replaces the value. The owner object needs the write barrier, as for any store.
    #[inline(always)]
    pub fn set(&self, v: Value) {
        self.0.store(v.bits(), Relaxed)
    }
}

impl std::fmt::Debug for ValueCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl Trace for ValueCell {
    fn trace(&self, t: &mut dyn Tracer) {
        let mut v = self.get();
        if v.is_ref() {
            let mut o = v.obj();
            t.trace(&mut o);
            v = Value::from_obj(o);
            self.set(v);
        }
    }
}

impl<T: Trace> Trace for [T] {
    fn trace(&self, t: &mut dyn Tracer) {
        for x in self {
            x.trace(t);
        }
    }
}

impl<T: Trace> Trace for Vec<T> {
    fn trace(&self, t: &mut dyn Tracer) {
        self.as_slice().trace(t)
    }
}

/// The functions the collector calls on a native object's payload.
pub struct NativeVTable {
    /// For diagnostics.
    pub name: &'static str,
    trace: unsafe fn(*mut (), &mut dyn Tracer),
    finalize: unsafe fn(*mut ()),
}

/// A Rust payload that can live in a native object: traced, thread-safe, dropped when the
/// object dies.
pub trait NativePayload: Trace + Send + Sync + 'static {
    /// Name for diagnostics.
    const NAME: &'static str;
}

struct VTableFor<T>(std::marker::PhantomData<T>);

impl<T: NativePayload> VTableFor<T> {
    const VTABLE: NativeVTable = NativeVTable {
        name: T::NAME,
        trace: trace_payload::<T>,
        finalize: drop_payload::<T>,
    };
}

/// # Safety
/// `p` must come from `Box::<T>::into_raw` and not have been dropped.
unsafe fn trace_payload<T: NativePayload>(p: *mut (), t: &mut dyn Tracer) {
    // SAFETY: guaranteed by the caller; tracing takes only a shared reference.
    unsafe { (*(p as *const T)).trace(t) }
}

/// # Safety
/// `p` must come from `Box::<T>::into_raw` and be dropped only once.
unsafe fn drop_payload<T: NativePayload>(p: *mut ()) {
    // SAFETY: guaranteed by the caller.
    drop(unsafe { Box::from_raw(p as *mut T) })
}

/// The vtable for payload type `T`.
pub fn native_vtable<T: NativePayload>() -> &'static NativeVTable {
    &VTableFor::<T>::VTABLE
}

/// Size in bytes of a NATIVE object with `aux` value slots.
pub const fn native_size(aux: usize) -> usize {
    word_offset(2 + aux)
}

/// Index of a native object's first value slot (for `slot`/`init_slot`).
pub const NATIVE_SLOT0: usize = 2;

/// Fills in a fresh native object's vtable and payload.
pub fn native_init<T: NativePayload>(o: ObjectRef, payload: Box<T>) {
    set_raw_word(o, 0, native_vtable::<T>() as *const NativeVTable as u64);
    set_raw_word(o, 1, Box::into_raw(payload) as *mut () as u64);
}

/// The payload of a native object whose payload type is `T`.
///
/// Callers must know the object's payload type (from its Python type); it is checked
/// against the vtable in debug builds.
#[inline(always)]
pub fn native_payload<T: NativePayload>(o: ObjectRef) -> &'static T {
    debug_assert_eq!(o.kind(), kind::NATIVE);
    debug_assert!(
        std::ptr::eq(raw_word(o, 0) as *const NativeVTable, native_vtable::<T>()),
        "native payload type mismatch for {o:?}"
    );
    // SAFETY: `native_init` stored a `Box<T>` pointer here (checked above in debug builds);
    // the box lives until the object is finalized, which happens only after it is
    // unreachable, so no live reference can observe the drop.
    unsafe { &*(raw_word(o, 1) as *const T) }
}

/// Traces a native object's payload (the collector binding calls this).
pub(crate) fn native_trace(o: ObjectRef, t: &mut dyn Tracer) {
    let vt = raw_word(o, 0) as *const NativeVTable;
    let p = raw_word(o, 1) as *mut ();
    if vt.is_null() || p.is_null() {
        return; // not yet initialized (allocation and init happen between safepoints)
    }
    // SAFETY: `native_init` stored a vtable made for the payload's type and the payload
    // pointer; the world is stopped, so the payload is not being dropped concurrently.
    unsafe { ((*vt).trace)(p, t) }
}

/// Drops a dead native object's payload (the collector binding calls this, once).
pub(crate) fn native_finalize(o: ObjectRef) {
    let vt = raw_word(o, 0) as *const NativeVTable;
    let p = raw_word(o, 1) as *mut ();
    if vt.is_null() || p.is_null() {
        return;
    }
    // SAFETY: as for `native_trace`; the collector finalizes each dead object once, and
    // the object is unreachable, so nothing uses the payload afterwards.
    unsafe { ((*vt).finalize)(p) }
}

/// A header for a new object of layout `k` with `aux` and type `ty`.
#[inline(always)]
pub fn header(ty: Value, k: u8, aux: u16) -> HeaderInit {
    HeaderInit {
        type_word: ty.bits() as usize,
        kind: k,
        aux,
        lock: 0,
    }
}

/// Size in bytes of any object, from its own memory (collector binding rule 1).
#[inline]
pub fn object_size(o: ObjectRef) -> usize {
    match o.kind() {
        kind::FIXED | kind::RAW => word_offset(o.aux() as usize),
        kind::VARVALS => varvals_size(raw_word(o, 0) as usize),
        kind::VARRAW => varraw_size(raw_word(o, 0) as usize),
        kind::NATIVE => native_size(o.aux() as usize),
        kind::WEAKREF => word_offset(1 + o.aux() as usize),
        k => panic!("object {o:?} has unknown kind {k}"),
    }
}

/// Address of a weak reference's referent word (collector binding rule 6).
pub fn weak_slot(o: ObjectRef) -> *mut usize {
    debug_assert_eq!(o.kind(), kind::WEAKREF);
    (o.addr() + word_offset(0)) as *mut usize
}

/// Visits the reference slots of any object (collector binding rule 2), starting with its
/// type word: user classes are ordinary heap objects that move like any other.
#[inline]
pub fn scan_object<T: Tracer>(o: ObjectRef, t: &mut T) {
    let tw = o.type_word();
    if tw != 0 {
        // SAFETY: a nonzero type word of a live object is the address of its type object.
        let mut ty = unsafe { ObjectRef::from_addr(tw) };
        t.trace(&mut ty);
        if ty.addr() != tw {
            o.set_type_word(ty.addr());
        }
    }
    let (first, n) = match o.kind() {
        kind::FIXED => (0, o.aux() as usize),
        kind::VARVALS => (1, raw_word(o, 0) as usize),
        kind::NATIVE => {
            native_trace(o, t);
            (NATIVE_SLOT0, o.aux() as usize)
        }
        kind::WEAKREF => (1, o.aux() as usize),
        _ => return,
    };
    for i in first..first + n {
        let w = word_ref(o, i);
        let mut v = Value::from_bits(w.load(Relaxed));
        if v.is_ref() {
            v.trace(t);
            w.store(v.bits(), Relaxed);
        }
    }
}

/// Holds an object's lock (its header lock word, `krait_threads::objlock`) until dropped.
///
/// Mutable containers take it around every change of their structure. The critical
/// section must not reach a safepoint, run Python code, block, or take another object's
/// lock (allocation is fine: it never collects); the object therefore cannot move while
/// the guard lives, so holding its `ObjectRef` is sound.
///
/// The lock is biased to the first thread that takes it, which then locks it with plain
/// stores. Another thread's first acquisition waits for the owner's next safepoint (a
/// handshake, during which a pause still waits for the waiting thread: it holds raw
/// references). So callers must hold no other object lock when they take one.
#[must_use = "the lock is released when the guard is dropped"]
pub struct ObjGuard(ObjectRef);

impl ObjGuard {
    /// Locks `o`, waiting for another thread's critical section, or for the safepoint of the
    /// thread its bias belongs to, if needed.
    #[inline(always)]
    pub fn lock(o: ObjectRef) -> ObjGuard {
        krait_threads::objlock::lock(o.lock_word());
        ObjGuard(o)
    }
}

impl Drop for ObjGuard {
    #[inline(always)]
    fn drop(&mut self) {
        krait_threads::objlock::unlock(self.0.lock_word());
    }
}
