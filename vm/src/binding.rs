//! The collector binding: how `krait-gc` sizes and scans Krait objects and finds each
//! thread's roots.

use crate::object::{self, kind};
use crate::value::Value;
use krait_gc::{Binding, ObjectRef, Tracer};

/// Everything one thread holds that the collector must see and may update: the interpreter's
/// value stack and frames, the handle stack of Rust code that outlives a safepoint, and the
/// exceptions being raised and handled. Owned by the thread's `Ctx`; read by the collector
/// only while the thread is stopped or parked.
#[derive(Default)]
pub struct ThreadRoots {
    /// Values rooted by Rust code (see `Ctx::root`).
    pub handles: Vec<Value>,
    /// The exception being propagated, or NULL.
    pub exc: Value,
    /// The exception being handled (`sys.exc_info()`), or NULL.
    pub handled: Value,
    /// The interpreter's frames and value stack.
    pub frames: crate::interp::frame::Frames,
    /// Objects whose `repr` is being computed on this thread.
    pub repr_stack: Vec<Value>,
    /// Per-thread values of the runtime (the thread's `threading.local` dicts, its
    /// `Thread` object...), kept alive while the thread runs.
    pub misc: Vec<Value>,
}

/// The binding. Stateless: the VM's global roots are immortal objects (scanned by the
/// collector at major collections and logged by the barrier in between).
pub struct VmBinding;

// SAFETY: sizes and slots come from `object::object_size`/`scan_object`, which read only the
// object's own header and words and its native payload (rules 1 and 2); thread roots are the
// handle stack, the exceptions, the frames and the value stack up to the top frame (rule 3); the only weak slot is the
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
        roots.handled.trace(t);
        roots.frames.trace(t);
        for v in roots.misc.iter_mut().chain(roots.repr_stack.iter_mut()) {
            v.trace(t);
        }
    }

    fn scan_global_roots<T: Tracer>(&self, t: &mut T) {
        crate::ops::attr::trace_type_cache(t);
        crate::runtime::trace_rooted_globals(t);
    }

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
