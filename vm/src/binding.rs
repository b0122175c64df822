//! The collector binding: how `krait-gc` sizes and scans Krait objects and finds each
//! thread's roots.

use crate::object::{self, kind};
use crate::value::Value;
use krait_gc::{Binding, ObjectRef, Tracer};

/// Everything one thread holds that the collector must see and may update: the interpreter's
/// value stack and frames, the handle stack of Rust code that outlives a safepoint, and the
/// exception being raised. Owned by the thread's `Ctx`; read by the collector only while the
/// thread is stopped or parked.
#[derive(Default)]
pub struct ThreadRoots {
    /// Values rooted by Rust code (see `Ctx::root`).
    pub handles: Vec<Value>,
    /// The exception being propagated, or NULL.
    pub exc: Value,
    /// Other per-thread roots registered by the interpreter (frames, value stack ...): each
    /// is a slice of values in memory that does not move.
    pub extra: Vec<(*mut Value, usize)>,
}

/// The binding. Stateless: the VM's global roots are immortal objects (scanned by the
/// collector at major collections and logged by the barrier in between).
pub struct VmBinding;

// SAFETY: sizes and slots come from `object::object_size`/`scan_object`, which read only the
// object's own header and words and its native payload (rules 1 and 2); thread roots are the
// handle stack, the exception and the registered slices (rule 3); the only weak slot is the
// referent word of WEAKREF objects (rule 6); finalization only drops native payloads (rule 5).
unsafe impl Binding for VmBinding {
    type ThreadRoots = ThreadRoots;

    #[inline]
    fn object_size(&self, obj: ObjectRef) -> usize {
        object::object_size(obj)
    }

    #[inline]
    fn scan_object<T: Tracer>(&self, obj: ObjectRef, t: &mut T) {
        object::scan_object(obj, t)
    }

    fn scan_thread_roots<T: Tracer>(&self, roots: &mut ThreadRoots, t: &mut T) {
        for v in roots.handles.iter_mut() {
            v.trace(t);
        }
        roots.exc.trace(t);
        for &(p, n) in roots.extra.iter() {
            // SAFETY: the interpreter registers slices of its own value memory that stay
            // valid while registered; the owning thread is stopped or parked.
            let vals = unsafe { std::slice::from_raw_parts_mut(p, n) };
            for v in vals {
                v.trace(t);
            }
        }
    }

    fn scan_global_roots<T: Tracer>(&self, _t: &mut T) {}

    fn finalize(&self, obj: ObjectRef) {
        if obj.kind() == kind::NATIVE {
            object::native_finalize(obj);
        }
    }

    fn weak_slot(&self, holder: ObjectRef) -> *mut usize {
        object::weak_slot(holder)
    }

    fn is_valid_type_word(&self, w: usize) -> bool {
        // Every type word points to a type object, whose own type word is `type` or a
        // metaclass; a cheap plausibility check is alignment and non-null.
        w != 0 && w.is_multiple_of(8)
    }
}
