//! Committed-memory accounting and the heap cap.
//!
//! Every byte the heap commits (young chunks handed out, old blocks, large objects) is
//! counted here, and a mutator's request that would pass `-X max-heap` fails with
//! [`AllocError::HeapLimit`]. The collector itself may exceed the cap briefly while it
//! evacuates (a collection cannot stop half-way); the young memory it empties is
//! uncommitted when it finishes.

use crate::error::AllocError;
use std::sync::atomic::{AtomicUsize, Ordering};

pub(crate) struct Budget {
    committed: AtomicUsize,
    peak: AtomicUsize,
    limit: usize,
}

impl Budget {
    pub(crate) fn new(limit: Option<usize>) -> Budget {
        Budget {
            committed: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
            limit: limit.unwrap_or(usize::MAX),
        }
    }

    /// Commits `n` bytes for a mutator, or fails if that would pass the cap.
    pub(crate) fn try_commit(&self, n: usize) -> Result<(), AllocError> {
        let mut cur = self.committed.load(Ordering::Relaxed);
        loop {
            let new = match cur.checked_add(n) {
                Some(v) if v <= self.limit => v,
                _ => {
                    return Err(AllocError::HeapLimit {
                        requested: n,
                        limit: self.limit,
                    })
                }
            };
            match self.committed.compare_exchange_weak(
                cur,
                new,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => {
                    self.peak.fetch_max(new, Ordering::Relaxed);
                    return Ok(());
                }
                Err(c) => cur = c,
            }
        }
    }

    /// Commits `n` bytes for the collector, ignoring the cap.
    pub(crate) fn force_commit(&self, n: usize) {
        let new = self.committed.fetch_add(n, Ordering::Relaxed) + n;
        self.peak.fetch_max(new, Ordering::Relaxed);
    }

    /// Returns `n` bytes.
    pub(crate) fn uncommit(&self, n: usize) {
        let prev = self.committed.fetch_sub(n, Ordering::Relaxed);
        debug_assert!(prev >= n, "uncommitted more than committed");
    }

    pub(crate) fn committed(&self) -> usize {
        self.committed.load(Ordering::Relaxed)
    }

    pub(crate) fn peak(&self) -> usize {
        self.peak.load(Ordering::Relaxed)
    }

    pub(crate) fn limit(&self) -> Option<usize> {
        (self.limit != usize::MAX).then_some(self.limit)
    }

    /// Whether committed memory is within `fraction` of the cap.
    pub(crate) fn under_pressure(&self, fraction: f64) -> bool {
        self.limit != usize::MAX && self.committed() as f64 >= self.limit as f64 * fraction
    }
}
