//! The process-wide runtime: the heap, the immortal built-in objects (types, `None`,
//! `True`, `False`...), and bootstrap.
//!
//! Built-in types and singletons are immortal, so their addresses never change; they are
//! kept in statics (one relaxed load to read) that bootstrap fills in dependency order:
//! `type`, `object`, `str` (so names can be made), then everything else.

use crate::binding::VmBinding;
use crate::value::Value;
use krait_gc::{GcConfig, Heap};
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
