//! The heap: its spaces, the mutator list, published per-thread state, and the collection
//! driver that runs a pause once the world is stopped.
//!
//! Locking rule: a collector takes the heap's locks (`old`, `los`, `mutators`, `published`,
//! `old_lists`) only after every other thread has stopped or parked, and mutators never hold
//! one across a safepoint poll or a park. So a mutator blocked on a heap lock is never one
//! the collector is waiting for.

use crate::binding::Binding;
use crate::budget::Budget;
use crate::config::GcConfig;
use crate::error::AllocError;
use crate::identity::IdTable;
use crate::immortal::ImmortalSpace;
use crate::layout::{self, gc_flags, HeaderInit, ObjectRef};
use crate::los::LargeObjectSpace;
use crate::old::block::BLOCK_SIZE;
use crate::old::size_class::MAX_SMALL;
use crate::old::OldGen;
use crate::region::Region;
use crate::stats::{CollectionKind, CollectionRecord, GcStats};
use crate::young::YoungSpace;
use crate::{major, minor, verify};
use krait_threads::{Registry, StopTheWorld};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// The part of a mutator the collector reaches: where its roots are.
pub(crate) struct MutatorShared<B: Binding> {
    pub(crate) roots: AtomicPtr<B::ThreadRoots>,
}

/// Per-thread lists handed to the heap at safepoints and parks.
#[derive(Default)]
pub(crate) struct Published {
    /// Objects logged by write barriers (the remembered set) and objects allocated outside
    /// the nursery (logged at birth, so their initializing stores need no barrier).
    pub(crate) remset: Vec<ObjectRef>,
    /// Finalizable objects registered since the last minor collection.
    pub(crate) finalizable: Vec<ObjectRef>,
    /// Weak holders registered since the last minor collection.
    pub(crate) weak: Vec<ObjectRef>,
    /// Objects retired since the last pause (`Mutator::retire`), freed by the next one.
    pub(crate) retired: Vec<ObjectRef>,
}

/// Finalizable objects and weak holders that are old.
#[derive(Default)]
pub(crate) struct OldLists {
    pub(crate) finalizable: Vec<ObjectRef>,
    pub(crate) weak: Vec<ObjectRef>,
}

/// Collection policy state.
struct Policy {
    /// Old bytes allocated since the last major collection that trigger the next one.
    major_threshold: usize,
    collections: u64,
}

/// A garbage-collected heap shared by the threads of one runtime.
pub struct Heap<B: Binding> {
    pub(crate) binding: B,
    pub(crate) config: GcConfig,
    pub(crate) registry: Arc<Registry>,
    pub(crate) mutators: Mutex<Vec<Arc<MutatorShared<B>>>>,
    pub(crate) young: YoungSpace,
    pub(crate) old: Mutex<OldGen>,
    pub(crate) los: Mutex<LargeObjectSpace>,
    pub(crate) immortal: ImmortalSpace,
    pub(crate) ids: IdTable,
    pub(crate) budget: Budget,
    pub(crate) published: Mutex<Published>,
    pub(crate) old_lists: Mutex<OldLists>,
    /// Collections completed; mutators compare it to know their chunk is gone.
    pub(crate) epoch: AtomicU64,
    pub(crate) minor_wanted: AtomicBool,
    pub(crate) major_wanted: AtomicBool,
    /// Large-object bytes allocated since the last major collection (they count toward the
    /// next major like old-generation allocation does).
    pub(crate) los_since_major: AtomicUsize,
    /// A copy of the policy's major threshold, readable without the policy lock.
    major_threshold_hint: AtomicUsize,
    stats: Mutex<GcStats>,
    policy: Mutex<Policy>,
    created: Instant,
    old_bounds: (usize, usize),
}

impl<B: Binding> Heap<B> {
    /// Creates a heap, reserving its regions. Fails only if the OS refuses address space.
    pub fn new(binding: B, config: GcConfig) -> std::io::Result<Arc<Heap<B>>> {
        let chunk = config
            .chunk_bytes
            .max(2 * crate::mutator::MAX_YOUNG)
            .next_power_of_two();
        let young = Region::reserve(config.young_reserve, 64 * chunk, chunk)?;
        let old = Region::reserve(config.old_reserve, 64 * BLOCK_SIZE, BLOCK_SIZE)?;
        let immortal = Region::reserve(config.immortal_reserve, 1 << 20, 8)?;
        let old_gen = OldGen::new(old, config.retained_free_blocks);
        let old_bounds = old_gen.bounds();
        Ok(Arc::new(Heap {
            budget: Budget::new(config.max_heap),
            policy: Mutex::new(Policy {
                major_threshold: config.min_major_bytes,
                collections: 0,
            }),
            binding,
            registry: Registry::new(),
            mutators: Mutex::new(Vec::new()),
            young: YoungSpace::new(young, chunk),
            old: Mutex::new(old_gen),
            los: Mutex::new(LargeObjectSpace::new(if config.stress {
                0
            } else {
                crate::los::CACHE_BYTES
            })),
            immortal: ImmortalSpace::new(immortal),
            ids: IdTable::new(),
            published: Mutex::new(Published::default()),
            old_lists: Mutex::new(OldLists::default()),
            epoch: AtomicU64::new(0),
            minor_wanted: AtomicBool::new(false),
            major_wanted: AtomicBool::new(false),
            los_since_major: AtomicUsize::new(0),
            major_threshold_hint: AtomicUsize::new(config.min_major_bytes),
            stats: Mutex::new(GcStats::default()),
            created: Instant::now(),
            old_bounds,
            config,
        }))
    }

    /// The VM binding.
    pub fn binding(&self) -> &B {
        &self.binding
    }

    /// The configuration.
    pub fn config(&self) -> &GcConfig {
        &self.config
    }

    /// The thread registry of this heap.
    pub fn registry(&self) -> &Arc<Registry> {
        &self.registry
    }

    /// Committed heap bytes (young chunks in use, old blocks, large objects).
    pub fn heap_bytes(&self) -> usize {
        self.budget.committed()
    }

    /// The heap cap, if any.
    pub fn max_heap(&self) -> Option<usize> {
        self.budget.limit()
    }

    /// A copy of the statistics.
    pub fn stats(&self) -> GcStats {
        let mut s = self.stats.lock().clone();
        s.heap_now = self.budget.committed();
        s.heap_peak = self.budget.peak();
        s
    }

    /// Number of collections completed.
    pub fn collections(&self) -> u64 {
        self.epoch.load(Ordering::Acquire)
    }

    /// Whether `obj` is in the young generation (and so may move at the next safepoint).
    #[inline(always)]
    pub fn is_young(&self, obj: ObjectRef) -> bool {
        self.young.contains(obj.addr())
    }

    /// Whether `obj` is immortal.
    #[inline(always)]
    pub fn is_immortal(&self, obj: ObjectRef) -> bool {
        self.immortal.contains(obj.addr())
    }

    #[inline(always)]
    pub(crate) fn in_old_region(&self, addr: usize) -> bool {
        addr.wrapping_sub(self.old_bounds.0) < self.old_bounds.1
    }

    /// Memory usage by space, for tests and `gc.get_stats()`.
    pub fn space_usage(&self) -> SpaceUsage {
        let old = self.old.lock();
        let (free_committed, free_released) = old.free_block_counts();
        let los = self.los.lock();
        SpaceUsage {
            young_bytes: self.young.bytes_in_use(),
            old_used_bytes: old.used_bytes(),
            old_blocks: old.blocks_in_use(),
            free_blocks_committed: free_committed,
            free_blocks_released: free_released,
            large_objects: los.len(),
            large_bytes: los.bytes(),
            large_cached_bytes: los.cached_bytes(),
            immortal_bytes: self.immortal.bytes(),
            committed_bytes: self.budget.committed(),
        }
    }

    /// Addresses of old blocks whose memory has gone back to the OS (for tests).
    pub fn released_block_addrs(&self) -> Vec<usize> {
        self.old.lock().released_blocks()
    }

    // --- Allocation outside the nursery ---------------------------------------------------

    /// Allocates an object of `size` bytes (8-aligned) directly in the old generation or, if
    /// large, in the large-object space. The object is logged at birth (see `Published`).
    pub(crate) fn alloc_old_raw(
        &self,
        size: usize,
        init: HeaderInit,
    ) -> Result<ObjectRef, AllocError> {
        let addr = if size <= MAX_SMALL {
            let r = self.old.lock().alloc(size, &self.budget, false);
            match r {
                Ok(a) => a,
                Err(AllocError::HeapLimit { .. }) => {
                    self.relieve_pressure();
                    self.old.lock().alloc(size, &self.budget, false)?
                }
                Err(e) => return Err(e),
            }
        } else {
            let committed = LargeObjectSpace::committed_size(size);
            if self.budget.try_commit(committed).is_err() {
                self.relieve_pressure();
                self.budget.try_commit(committed)?;
            }
            // Enough large objects since the last major: ask for a pause, whose policy
            // check then runs a major collection (dead large objects wait for one) unless
            // enough of them were retired meanwhile (see `free_retired`).
            let since = self.los_since_major.fetch_add(committed, Ordering::Relaxed) + committed;
            if since >= self.major_threshold_hint.load(Ordering::Relaxed) {
                self.minor_wanted.store(true, Ordering::Relaxed);
            }
            match self.los.lock().alloc(size) {
                Some(a) => a,
                None => {
                    self.budget.uncommit(committed);
                    return Err(AllocError::OutOfMemory(size));
                }
            }
        };
        // SAFETY: `addr` is a fresh cell or mapping of at least `size >= HEADER_SIZE` bytes,
        // 8-aligned, that no other thread can see yet.
        Ok(unsafe { layout::write_header(addr, init, 0) })
    }

    /// Allocates an immortal object.
    pub(crate) fn alloc_immortal_raw(
        &self,
        size: usize,
        init: HeaderInit,
    ) -> Result<ObjectRef, AllocError> {
        let addr = self
            .immortal
            .alloc(size)
            .ok_or(AllocError::OutOfMemory(size))?;
        // SAFETY: fresh, 8-aligned immortal memory of `size` bytes no one else can see.
        Ok(unsafe { layout::write_header(addr, init, 0) })
    }

    /// Under the cap, gives back retained free blocks and asks for a major collection.
    pub(crate) fn relieve_pressure(&self) {
        self.old.lock().trim_free(&self.budget, 0);
        self.los.lock().release_cache();
        self.major_wanted.store(true, Ordering::Relaxed);
    }

    /// The identity of `obj` (see `layout.rs`): its address if it is not young, else the
    /// address of the cell reserved for it.
    pub(crate) fn identity(&self, obj: ObjectRef) -> Result<usize, AllocError> {
        if !self.is_young(obj) {
            return Ok(obj.addr());
        }
        self.ids.get_or_reserve(obj.addr(), || {
            let size = self.binding.object_size(obj);
            let cell = if size > MAX_SMALL {
                // A medium nursery object: its future home is in the large-object space.
                let committed = LargeObjectSpace::committed_size(size);
                self.budget.try_commit(committed)?;
                match self.los.lock().alloc(size) {
                    Some(a) => a,
                    None => {
                        self.budget.uncommit(committed);
                        return Err(AllocError::OutOfMemory(size));
                    }
                }
            } else {
                self.old.lock().alloc(size, &self.budget, false)?
            };
            // SAFETY: a fresh old cell of at least 16 bytes that no one else can see.
            unsafe { layout::write_reserved(cell) };
            obj.set_flags(gc_flags::HAS_ID);
            Ok(cell)
        })
    }

    // --- Collection ---------------------------------------------------------------------

    /// Whether some thread wants a collection.
    pub(crate) fn collection_wanted(&self) -> bool {
        self.minor_wanted.load(Ordering::Relaxed) || self.major_wanted.load(Ordering::Relaxed)
    }

    /// Runs one pause. The caller holds `stw` (every other thread is stopped or parked) and is
    /// itself at a safepoint with its per-thread lists published.
    pub(crate) fn collect(&self, stw: &StopTheWorld<'_>, force_major: bool) {
        let start = Instant::now();
        let heap_before = self.budget.committed();
        let mutators = self.mutators.lock();
        let mut old = self.old.lock();
        let mut los = self.los.lock();

        if self.config.verify {
            if let Err(e) = verify::verify(self, &mutators, &old, &los, verify::Phase::BeforeMinor)
            {
                panic!("heap verification failed before a minor collection: {e}");
            }
        }

        let minor = minor::collect(self, &mutators, &mut old, &mut los);
        // Warm young memory kept resident: each thread's nursery and one chunk of overshoot
        // (a thread runs on to its next safepoint after asking for a collection); what a
        // burst of allocation without safepoints used beyond that goes back to the OS.
        let keep = (self.config.nursery_bytes + self.young.chunk_size()) * mutators.len().max(1);
        self.young.reset(self.config.stress, keep);
        self.budget.uncommit(minor.chunks_bytes);
        let retired = self.free_retired(&mut old, &mut los, &minor.retired);
        let mut freed = minor.young_used.saturating_sub(minor.promoted_bytes) + retired;
        let mut promoted = minor.promoted_bytes;

        let mut policy = self.policy.lock();
        policy.collections += 1;
        let stress_major = self.config.stress
            && self.config.stress_major_every > 0
            && policy
                .collections
                .is_multiple_of(self.config.stress_major_every);
        let major = force_major
            || stress_major
            || self.major_wanted.load(Ordering::Relaxed)
            || old.allocated_since_major + self.los_since_major.load(Ordering::Relaxed)
                >= policy.major_threshold
            || self.budget.under_pressure(0.85);
        let kind = if major {
            let m = major::collect(self, &mutators, &mut old, &mut los);
            freed += m.freed_bytes;
            let live = m.marked_bytes + los.bytes();
            policy.major_threshold = ((live as f64 * self.config.major_growth) as usize)
                .max(self.config.min_major_bytes);
            self.major_threshold_hint
                .store(policy.major_threshold, Ordering::Relaxed);
            self.los_since_major.store(0, Ordering::Relaxed);
            old.trim_free(&self.budget, self.config.retained_free_blocks);
            CollectionKind::Major
        } else {
            // Spread the lazy sweeping of the last major over the minor pauses.
            old.sweep_some(8, &self.budget);
            CollectionKind::Minor
        };
        drop(policy);
        if kind == CollectionKind::Minor {
            promoted = minor.promoted_bytes;
        }

        if self.config.verify {
            if let Err(e) =
                verify::verify(self, &mutators, &old, &los, verify::Phase::AfterCollection)
            {
                panic!(
                    "heap verification failed after a {} collection: {e}",
                    kind.name()
                );
            }
        }
        let threads = mutators.len();
        drop(los);
        drop(old);
        drop(mutators);

        self.minor_wanted.store(false, Ordering::Relaxed);
        self.major_wanted.store(false, Ordering::Relaxed);
        self.epoch.fetch_add(1, Ordering::Release);

        let pause_ns = start.elapsed().as_nanos() as u64;
        let at_ns = start.duration_since(self.created).as_nanos() as u64;
        self.stats.lock().record(CollectionRecord {
            kind,
            at_ns,
            pause_ns,
            ttsp_ns: stw.ttsp_ns(),
            promoted_bytes: promoted,
            freed_bytes: freed,
            retired_bytes: retired,
            heap_before,
            heap_after: self.budget.committed(),
            threads,
        });
    }

    /// Frees the retired objects the minor collection found unpinned (see
    /// `Mutator::retire`); returns the bytes freed. Runs right after the minor collection,
    /// before any major one, so marking never sees them. In stress mode freed old cells are
    /// poisoned (large objects are unmapped, which is stricter still).
    fn free_retired(&self, old: &mut OldGen, los: &mut LargeObjectSpace, objs: &[usize]) -> usize {
        let mut bytes = 0;
        for &a in objs {
            if self.in_old_region(a) {
                let n = old.free_retired(a);
                if n > 0 && self.config.stress {
                    old.poison_cell(a, n, layout::POISON_WORD);
                }
                bytes += n;
            } else {
                let n = los.free(a);
                self.budget.uncommit(n);
                // Large-object bytes that no longer wait for a major collection.
                let _ =
                    self.los_since_major
                        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| {
                            Some(v.saturating_sub(n))
                        });
                bytes += n;
            }
        }
        bytes
    }
}

/// Bytes and blocks per space.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpaceUsage {
    /// Young chunks handed out this cycle, bytes.
    pub young_bytes: usize,
    /// Bytes in allocated old cells.
    pub old_used_bytes: usize,
    /// Old blocks holding objects.
    pub old_blocks: usize,
    /// Empty old blocks kept committed for reuse.
    pub free_blocks_committed: usize,
    /// Empty old blocks whose memory went back to the OS.
    pub free_blocks_released: usize,
    /// Number of large objects.
    pub large_objects: usize,
    /// Bytes mapped for large objects.
    pub large_bytes: usize,
    /// Bytes of dead large objects' mappings kept for reuse (not committed heap bytes).
    pub large_cached_bytes: usize,
    /// Bytes of immortal objects.
    pub immortal_bytes: usize,
    /// All committed heap bytes.
    pub committed_bytes: usize,
}
