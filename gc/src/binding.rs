//! The contract between the collector and the VM (MMTk's `VMBinding` is the model).
//!
//! The collector knows nothing of Python. It asks the binding how big an object is, which
//! of its words are references, where each thread's roots are, and what to do when a
//! finalizable object dies. `tests/mock_vm.rs` implements it for a tiny VM; `krait-vm`
//! implements it for Python objects.

use crate::layout::ObjectRef;

/// Visits reference slots during a collection. The collector may rewrite the slot (when the
/// object it points to moves).
pub trait Tracer {
    /// Visits one slot holding a reference to a heap or immortal object.
    fn trace(&mut self, slot: &mut ObjectRef);
}

/// The VM side of the collector.
///
/// # Safety
///
/// The collector trusts these rules; breaking one corrupts the heap.
///
/// 1. `object_size(obj)` returns exactly the size that was allocated for `obj` (a multiple of
///    8, at least 16), computed from `obj`'s own memory only: never by dereferencing another
///    object (its type may have moved or be a forwarding address mid-collection).
/// 2. `scan_object(obj, t)` calls `t.trace` on every slot of `obj` that holds a strong
///    reference, and on nothing else: not on small integers or other non-pointer words, not on
///    null, and not on weak slots. Like `object_size`, it reads only `obj`'s own memory (and
///    memory `obj` exclusively owns outside the heap).
/// 3. `scan_thread_roots` visits every reference held by that thread's frames, handle scopes
///    and other per-thread roots; `scan_global_roots` every reference held outside the heap by
///    no particular thread. They run only while the world is stopped.
/// 4. Every reference visited points to an object of this heap or its immortal space.
/// 5. `finalize(obj)` runs on a dead object: it may release resources `obj` owns outside the
///    heap, but must not allocate, must not read other heap objects, and must not resurrect.
/// 6. `weak_slot(holder)` returns the address of the one weak slot of an object registered
///    with `register_weak`; the slot holds 0 or a reference. The collector updates it or sets
///    it to 0 when its referent dies.
pub unsafe trait Binding: Send + Sync + Sized + 'static {
    /// The VM's per-thread root set (frames, handle stacks...).
    type ThreadRoots;

    /// Size of `obj` in bytes (rule 1).
    fn object_size(&self, obj: ObjectRef) -> usize;

    /// Visits the strong reference slots of `obj` (rule 2).
    fn scan_object<T: Tracer>(&self, obj: ObjectRef, t: &mut T);

    /// Visits one thread's roots (rule 3).
    fn scan_thread_roots<T: Tracer>(&self, roots: &mut Self::ThreadRoots, t: &mut T);

    /// Visits the global roots (rule 3).
    fn scan_global_roots<T: Tracer>(&self, t: &mut T);

    /// Releases what a dead finalizable object owns (rule 5).
    fn finalize(&self, _obj: ObjectRef) {}

    /// The weak slot of a weak holder (rule 6).
    fn weak_slot(&self, holder: ObjectRef) -> *mut usize {
        panic!("object {holder:?} registered as weak but the binding has no weak slots")
    }

    /// A cheap plausibility check of an object's type word, used by the heap verifier.
    fn is_valid_type_word(&self, _type_word: usize) -> bool {
        true
    }
}
