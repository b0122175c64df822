//! Allocation errors. The VM turns every one of them into a Python `MemoryError`.

use std::fmt;

/// Why an allocation failed. Never a panic, never an abort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocError {
    /// The size is zero, smaller than a header, or too large to ever be allocated.
    InvalidSize(usize),
    /// The allocation would take the heap past its configured maximum (`-X max-heap`).
    HeapLimit {
        /// Bytes requested.
        requested: usize,
        /// The configured maximum heap size.
        limit: usize,
    },
    /// The operating system refused memory, or a reserved region is exhausted.
    OutOfMemory(usize),
}

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            AllocError::InvalidSize(n) => write!(f, "invalid allocation size {n}"),
            AllocError::HeapLimit { requested, limit } => write!(
                f,
                "heap limit of {limit} bytes reached (allocating {requested} bytes)"
            ),
            AllocError::OutOfMemory(n) => write!(f, "out of memory allocating {n} bytes"),
        }
    }
}

impl std::error::Error for AllocError {}
