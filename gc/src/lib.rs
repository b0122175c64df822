//! # krait-gc
//!
//! Owns the **heap**: thread-local nurseries with a moving (copying) young generation, a
//! non-moving mark-sweep old generation over size-segregated blocks with side mark bitmaps
//! and lazy sweeping, a large-object space, an immortal space, the write barrier and
//! remembered set, stable identities for moving objects, retired objects (freed by the next
//! pause), the heap cap, memory return to the OS, GC stress mode, a heap verifier and
//! statistics.
//!
//! It talks to the VM only through the [`Binding`] trait (object sizes, reference slots,
//! roots, finalization) and never knows what a Python object is. It must never collect
//! inside an allocation: collections happen only at safepoints, with every other thread
//! stopped or parked (see `krait-threads`).
//!
//! Map of the crate:
//! - `layout.rs`: the object header, the one place its bits are defined;
//! - `binding.rs`: the VM contract; `mutator.rs`: per-thread allocation, barrier, safepoints;
//! - `heap.rs`: spaces and the pause driver; `minor.rs` and `major.rs`: the two collections;
//! - `young.rs`, `old/`, `los.rs`, `immortal.rs`: the spaces; `identity.rs`: `id()`;
//! - `budget.rs`: heap cap; `stats.rs`; `verify.rs`; `region.rs`: memory mappings.

#![warn(missing_docs)]

mod binding;
mod budget;
mod config;
mod error;
mod heap;
mod identity;
mod immortal;
pub mod layout;
mod los;
mod major;
mod minor;
mod mutator;
mod old;
mod region;
mod stats;
mod verify;
mod young;

pub use binding::{Binding, Tracer};
pub use config::{parse_size, GcConfig};
pub use error::AllocError;
pub use heap::{Heap, SpaceUsage};
pub use layout::{HeaderInit, ObjectRef};
pub use mutator::{Mutator, MAX_ALLOC};
pub use old::size_class::MAX_SMALL;
pub use region::{page_resident, page_size};
pub use stats::{CollectionKind, CollectionRecord, GcStats, Histogram, KindTotals};

/// Block size of the old generation (exposed for tests of memory return).
pub const OLD_BLOCK_SIZE: usize = old::block::BLOCK_SIZE;
