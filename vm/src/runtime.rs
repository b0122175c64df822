//! The process-wide runtime: the heap, the immortal built-in objects (types, `None`,
//! `True`, `False`...), and bootstrap.
//!
//! Built-in types and singletons are immortal, so their addresses never change; they are
//! kept in statics (one relaxed load to read) that bootstrap fills in dependency order:
//! `type`, `object`, `str` (so names can be made), then everything else.

use crate::binding::VmBinding;
use crate::value::Value;
use krait_gc::Heap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, OnceLock};

/// A process-global value slot, filled once at bootstrap.
pub struct Global(AtomicU64);

impl Global {
    /// An empty slot.
    pub const fn new() -> Global {
        Global(AtomicU64::new(0))
    }
    /// The value (NULL before bootstrap).
    #[inline(always)]
    pub fn get(&self) -> Value {
        Value::from_bits(self.0.load(Relaxed))
    }
    /// Fills the slot (bootstrap only; the value must be immortal).
    pub fn set(&self, v: Value) {
        self.0.store(v.bits(), Relaxed)
    }
}

/// Globals holding ordinary (movable) heap objects, traced as roots by every collection.
static ROOTED: parking_lot::Mutex<Vec<&'static Global>> = parking_lot::Mutex::new(Vec::new());

impl Global {
    /// Fills the slot with a movable object and makes the slot a root: collections trace
    /// it and update it when the object moves.
    pub fn set_rooted(&'static self, v: Value) {
        self.set(v);
        let mut r = ROOTED.lock();
        if !r.iter().any(|g| std::ptr::eq(*g, self)) {
            r.push(self);
        }
    }
}

/// Traces the rooted globals (the collector binding calls this).
pub(crate) fn trace_rooted_globals<T: krait_gc::Tracer>(t: &mut T) {
    for g in ROOTED.lock().iter() {
        let mut v = g.get();
        if v.is_ref() {
            v.trace(t);
            g.set(v);
        }
    }
}

impl Default for Global {
    fn default() -> Self {
        Global::new()
    }
}

macro_rules! globals {
    ($(#[$m:meta])* $struct:ident $static:ident { $($field:ident: $pyname:expr),* $(,)? }) => {
        $(#[$m])*
        pub struct $struct {
            $(
                #[doc = concat!("`", $pyname, "`")]
                pub $field: Global,
            )*
        }
        impl $struct {
            const fn new() -> Self {
                $struct { $($field: Global::new(),)* }
            }
            /// Every entry with its Python name, in declaration order.
            pub fn all(&self) -> Vec<(&'static str, Value)> {
                vec![$(($pyname, self.$field.get()),)*]
            }
        }
        #[doc = concat!("The process's ", stringify!($struct), ".")]
        pub static $static: $struct = $struct::new();
    };
}

globals! {
    /// The built-in types.
    BuiltinTypes TYPES {
        type_: "type",
        object: "object",
        str: "str",
        none: "NoneType",
        bool: "bool",
        int: "int",
        float: "float",
        tuple: "tuple",
        list: "list",
        dict: "dict",
        array: "array",
        shape: "shape",
        weakref: "weakref",
        not_implemented: "NotImplementedType",
        module: "module",
    }
}

globals! {
    /// Immortal singleton objects.
    Singletons SINGLETONS {
        none: "None",
        true_: "True",
        false_: "False",
        not_implemented: "NotImplemented",
        empty_tuple: "()",
    }
}

/// The preallocated `MemoryError` raised when an allocation fails (raising it must not
/// allocate).
pub static MEMORY_ERROR: Global = Global::new();

/// Exception types made at bootstrap, by name (the interpreter adds the rest).
pub static EXCEPTION_TYPES: parking_lot::Mutex<Vec<(&'static str, Value)>> =
    parking_lot::Mutex::new(Vec::new());

/// The built-in types.
#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    &TYPES
}

/// `None`.
#[inline(always)]
pub fn none() -> Value {
    SINGLETONS.none.get()
}

/// `True` or `False`.
#[inline(always)]
pub fn py_bool(b: bool) -> Value {
    if b {
        SINGLETONS.true_.get()
    } else {
        SINGLETONS.false_.get()
    }
}

static HEAP: OnceLock<Arc<Heap<VmBinding>>> = OnceLock::new();
static CONFIG: OnceLock<GcConfig> = OnceLock::new();

/// The heap. Panics if the runtime is not initialized.
#[inline]
pub fn heap() -> &'static Arc<Heap<VmBinding>> {
    HEAP.get().expect("Krait runtime not initialized")
}

/// The largest number of items (bytes, characters, or values) a single object built by
/// Rust code may have. Such objects are first assembled in Rust buffers, whose allocation
/// aborts the process when it fails: sizes past this limit raise `MemoryError` instead.
/// It is the heap cap when one is set (no object of more items fits in fewer bytes), and
/// at most an eighth of physical memory (a buffer of 8-byte items must fit).
pub fn alloc_limit() -> usize {
    static PHYS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let phys = *PHYS.get_or_init(|| {
        // SAFETY: sysconf only reads system configuration.
        let (pages, size) = unsafe {
            (
                libc::sysconf(libc::_SC_PHYS_PAGES),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        if pages > 0 && size > 0 {
            (pages as usize).saturating_mul(size as usize) / 8
        } else {
            1 << 31
        }
    });
    let cap = HEAP.get().and_then(|h| h.max_heap()).unwrap_or(usize::MAX);
    phys.min(cap)
}

/// Initializes the runtime once per process with `config`; later calls (and calls from
/// other threads, which wait) are no-ops. Returns whether this call did the work.
pub fn init(config: GcConfig) -> bool {
    let mut did = false;
    HEAP.get_or_init(|| {
        let _ = CONFIG.set(config.clone());
        let heap = Heap::new(VmBinding, config).unwrap_or_else(|e| {
            eprintln!("krait: cannot reserve the heap's address space: {e}");
            std::process::exit(1);
        });
        crate::bootstrap::bootstrap(&heap);
        did = true;
        heap
    });
    did
}

/// Initializes the runtime from the environment (`KRAIT_GC_STRESS` and friends) if it is
/// not yet initialized. Tests and embedders call this.
pub fn init_from_env() {
    if HEAP.get().is_none() {
        init(GcConfig::from_env());
    }
}

/// `sys.modules`.
pub static SYS_MODULES: Global = Global::new();
/// The `builtins` module.
pub static BUILTINS_MODULE: Global = Global::new();
/// The `sys` module.
pub static SYS_MODULE: Global = Global::new();
/// `Ellipsis`.
pub static ELLIPSIS: Global = Global::new();
/// A private sentinel object (for "no value" in calls that must pass one).
pub static MISSING: Global = Global::new();

/// The `builtins` module.
pub fn builtins_module() -> Value {
    BUILTINS_MODULE.get()
}

/// The `builtins` namespace dict.
pub fn builtins_dict() -> Value {
    let m = BUILTINS_MODULE.get();
    if m.is_null() {
        Value::NULL
    } else {
        crate::objects::module::module_dict(m)
    }
}

/// `sys.<name>` (NULL if missing).
pub fn sys_attr(cx: &mut crate::ctx::Ctx, name: &str) -> crate::ctx::PyResult<Value> {
    let sys = SYS_MODULE.get();
    if sys.is_null() {
        return Ok(Value::NULL);
    }
    let key = crate::objects::str::intern(cx, name)?;
    Ok(crate::objects::dict::dict_get_str(
        cx,
        crate::objects::module::module_dict(sys),
        key,
    ))
}

/// Whether `v` is an instance of `collections.abc.<abc>` (a registered or real subclass),
/// if `collections.abc` has been imported; false otherwise.
pub fn is_abc_instance(v: Value, abc: &str) -> bool {
    let _ = (v, abc);
    false
}

pub use krait_gc::{parse_size, GcConfig};

/// Prints the collector's statistics to stderr (`-X gc-stats`).
/// Runs a major collection now (`gc.collect()`). Like any safepoint, it may move every
/// young object: the caller must not hold raw values it needs afterwards.
pub fn collect_now(cx: &mut crate::ctx::Ctx) {
    cx.m.collect(krait_gc::CollectionKind::Major);
}

/// Pause statistics so far, for `gc.get_pause_stats()`: minor and major collections,
/// total, longest, median and 99th-percentile pause, median, 99th-percentile and longest
/// time-to-safepoint (nanoseconds), committed heap now and at its peak (bytes).
pub fn pause_stats() -> [u64; 11] {
    let Some(h) = HEAP.get() else {
        return [0; 11];
    };
    let s = h.stats();
    [
        s.minor.count,
        s.major.count,
        s.minor.total_pause_ns + s.major.total_pause_ns,
        s.pauses.percentile(100.0),
        s.pauses.percentile(50.0),
        s.pauses.percentile(99.0),
        s.ttsp.percentile(50.0),
        s.ttsp.percentile(99.0),
        s.ttsp.percentile(100.0),
        s.heap_now as u64,
        s.heap_peak as u64,
    ]
}

/// `(minor, major)` collections so far, and the bytes freed by each kind.
pub fn collection_counts() -> ((u64, u64), (u64, u64)) {
    match HEAP.get() {
        Some(h) => {
            let s = h.stats();
            (
                (s.minor.count, s.minor.freed_bytes),
                (s.major.count, s.major.freed_bytes),
            )
        }
        None => ((0, 0), (0, 0)),
    }
}

pub fn print_gc_stats() {
    if let Some(h) = HEAP.get() {
        eprintln!("{}", h.stats().report());
    }
}
