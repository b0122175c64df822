//! Identities of young objects (see the header doc in `layout.rs`).
//!
//! When `id()` is first asked of a young object, the heap reserves the old-generation cell
//! that object will be evacuated into and remembers it here; that cell's address is the
//! identity. The table is sharded by address so that threads hashing different objects do
//! not contend. A minor collection drains it: live objects are copied into their cells, and
//! the cells of objects that died are freed.

use parking_lot::Mutex;
use std::collections::HashMap;

const SHARDS: usize = 16;

pub(crate) struct IdTable {
    shards: [Mutex<HashMap<usize, usize>>; SHARDS],
}

impl IdTable {
    pub(crate) fn new() -> IdTable {
        IdTable {
            shards: std::array::from_fn(|_| Mutex::new(HashMap::new())),
        }
    }

    fn shard(&self, young: usize) -> &Mutex<HashMap<usize, usize>> {
        &self.shards[(young >> 4) % SHARDS]
    }

    /// The reserved identity of the young object at `young`, reserving one with `reserve`
    /// the first time.
    pub(crate) fn get_or_reserve<E>(
        &self,
        young: usize,
        reserve: impl FnOnce() -> Result<usize, E>,
    ) -> Result<usize, E> {
        let mut s = self.shard(young).lock();
        if let Some(&id) = s.get(&young) {
            return Ok(id);
        }
        let id = reserve()?;
        s.insert(young, id);
        Ok(id)
    }

    /// Takes every reservation out of the table (the collector, world stopped).
    pub(crate) fn drain(&self) -> HashMap<usize, usize> {
        let mut all = HashMap::new();
        for s in &self.shards {
            all.extend(s.lock().drain());
        }
        all
    }
}
