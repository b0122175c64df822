//! Randomized graph test: build random object graphs mirrored in a plain Rust model, mutate
//! them through the write barrier, collect at random points, and check after every
//! collection that the heap graph equals the model: no lost object, no dangling edge, no
//! stale young pointer (the verifier runs inside every collection too), no object copied
//! twice, and identities unchanged.
//!
//! The default run does at least 10,000 collections across seeds. For a longer run:
//! `KRAIT_GRAPH_COLLECTIONS=200000 cargo test -p krait-gc --release --test graph_random`.

mod common;

use common::*;
use krait_gc::{CollectionKind, Heap, ObjectRef};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

const NROOTS: usize = 32;
/// Above this many live objects, allocations stop attaching and roots get cleared.
const MAX_LIVE: usize = 3000;

/// xorshift64*: deterministic per seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

#[derive(Default)]
struct Model {
    edges: HashMap<u64, Vec<Option<u64>>>,
    roots: [Option<u64>; NROOTS],
    ids: HashMap<u64, usize>,
    next_tag: u64,
    checks: u64,
    live_sum: u64,
}

struct Run {
    t: MockThread,
    model: Model,
    rng: Rng,
    heap: Arc<Heap<MockBinding>>,
    tag_base: u64,
}

impl Run {
    fn new(heap: &Arc<Heap<MockBinding>>, seed: u64, tag_base: u64) -> Run {
        Run {
            t: MockThread::new(heap, NROOTS),
            model: Model::default(),
            rng: Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
            heap: heap.clone(),
            tag_base,
        }
    }

    /// A random object reached from a random root by a short random path, walking the heap
    /// and the model side by side (and checking that they agree on the way).
    fn pick(&mut self) -> Option<(u64, ObjectRef)> {
        let r = self.rng.below(NROOTS);
        let mut tag = self.model.roots[r]?;
        let mut obj = self.t.root(r).expect("model root but no heap root");
        assert_eq!(self.t.tag(obj), tag);
        for _ in 0..self.rng.below(4) {
            let fields = &self.model.edges[&tag];
            if fields.is_empty() {
                break;
            }
            let i = self.rng.below(fields.len());
            let Some(next) = fields[i] else { break };
            let o = self.t.field(obj, i).expect("model edge but no heap edge");
            assert_eq!(self.t.tag(o), next, "edge leads to the wrong object");
            tag = next;
            obj = o;
        }
        Some((tag, obj))
    }

    fn step(&mut self) {
        let op = self.rng.below(100);
        match op {
            0..=39 => {
                let (space, n) = match self.rng.below(200) {
                    0..=1 => (Space::Young, 1025 + self.rng.below(300)), // large object
                    2..=9 => (Space::Old, self.rng.below(5)),
                    10 => (Space::Immortal, self.rng.below(3)),
                    _ => (Space::Young, 1 + self.rng.below(7)),
                };
                self.model.next_tag += 1;
                let tag = self.tag_base + self.model.next_tag;
                let o = self.t.alloc_node_in(space, NODE, n, tag).unwrap();
                self.model.edges.insert(tag, vec![None; n]);
                // Attach the new object inside the graph half of the time, so graphs grow
                // deep and old objects point to young ones; otherwise put it in a root.
                let attach = self.model.edges.len() < MAX_LIVE && self.rng.chance(85);
                let parent = if attach { self.pick() } else { None };
                match parent {
                    Some((ptag, p)) if !self.model.edges[&ptag].is_empty() => {
                        let i = self.rng.below(self.model.edges[&ptag].len());
                        self.t.set_field(p, i, Some(o));
                        self.model.edges.get_mut(&ptag).unwrap()[i] = Some(tag);
                    }
                    _ => {
                        let slot = self.rng.below(NROOTS);
                        self.t.roots.slots[slot] = o.addr();
                        self.model.roots[slot] = Some(tag);
                    }
                }
            }
            40..=74 => {
                let Some((ptag, parent)) = self.pick() else {
                    return;
                };
                let n = self.model.edges[&ptag].len();
                if n == 0 {
                    return;
                }
                let i = self.rng.below(n);
                let child = if self.rng.chance(5) {
                    None
                } else {
                    self.pick()
                };
                self.t.set_field(parent, i, child.map(|c| c.1));
                self.model.edges.get_mut(&ptag).unwrap()[i] = child.map(|c| c.0);
            }
            75..=77 => {
                let s = self.rng.below(NROOTS);
                self.t.roots.slots[s] = 0;
                self.model.roots[s] = None;
            }
            78..=81 => {
                let (a, b) = (self.rng.below(NROOTS), self.rng.below(NROOTS));
                self.t.roots.slots[a] = self.t.roots.slots[b];
                self.model.roots[a] = self.model.roots[b];
            }
            82..=86 => {
                if let Some((tag, obj)) = self.pick() {
                    let id = self.t.m.identity(obj).unwrap();
                    let prev = *self.model.ids.entry(tag).or_insert(id);
                    assert_eq!(prev, id, "identity of {tag} changed");
                }
            }
            87 if self.rng.chance(20) => self.t.m.collect(CollectionKind::Minor),
            88 if self.rng.chance(3) => self.t.m.collect(CollectionKind::Major),
            _ => self.t.m.safepoint_poll(),
        }
    }

    /// Compares the whole reachable heap graph with the model.
    fn check(&mut self) {
        let mut by_tag: HashMap<u64, usize> = HashMap::new();
        let mut seen = HashSet::new();
        let mut stack = Vec::new();
        for r in 0..NROOTS {
            match (self.model.roots[r], self.t.root(r)) {
                (None, None) => {}
                (Some(tag), Some(o)) => {
                    assert_eq!(self.t.tag(o), tag, "root {r} holds the wrong object");
                    stack.push((tag, o));
                }
                (m, h) => panic!("root {r}: model {m:?}, heap {h:?}"),
            }
        }
        while let Some((tag, o)) = stack.pop() {
            if let Some(&a) = by_tag.get(&tag) {
                assert_eq!(a, o.addr(), "object {tag} exists at two addresses");
                continue;
            }
            assert!(seen.insert(o.addr()), "two tags at one address");
            by_tag.insert(tag, o.addr());
            if let Some(&id) = self.model.ids.get(&tag) {
                assert_eq!(
                    self.t.m.identity(o).unwrap(),
                    id,
                    "identity of {tag} changed"
                );
                if !self.heap.is_young(o) {
                    assert_eq!(o.addr(), id, "an old object's identity is its address");
                }
            }
            let fields = &self.model.edges[&tag];
            assert_eq!(read(o, 0), fields.len(), "object {tag} has the wrong size");
            for (i, f) in fields.iter().enumerate() {
                match (f, self.t.field(o, i)) {
                    (None, None) => {}
                    (Some(ct), Some(c)) => {
                        assert_eq!(self.t.tag(c), *ct, "edge {tag}.{i} is dangling or wrong");
                        stack.push((*ct, c));
                    }
                    (m, h) => panic!("edge {tag}.{i}: model {m:?}, heap {h:?}"),
                }
            }
        }
        self.model.checks += 1;
        self.model.live_sum += by_tag.len() as u64;
        // Forget model objects that are unreachable (they are garbage now).
        self.model.edges.retain(|t, _| by_tag.contains_key(t));
        self.model.ids.retain(|t, _| by_tag.contains_key(t));
    }

    /// Runs until this run has seen `collections` collections (of its heap).
    fn run(&mut self, collections: u64, start: u64) {
        let mut last = self.heap.collections();
        while self.heap.collections() - start < collections {
            self.step();
            let now = self.heap.collections();
            if now != last {
                self.check();
                last = now;
            }
        }
        self.check();
    }
}

fn target() -> u64 {
    std::env::var("KRAIT_GRAPH_COLLECTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

fn config() -> krait_gc::GcConfig {
    let mut c = test_config();
    c.nursery_bytes = 32 << 10; // tiny nursery: frequent collections
    c.min_major_bytes = 256 << 10;
    c
}

/// Single-threaded runs over several seeds, split across two tests so they run in parallel.
fn seeds(first: u64, count: u64, per_seed: u64) -> u64 {
    let mut total = 0;
    for seed in first..first + count {
        let heap = new_heap(config());
        let mut r = Run::new(&heap, seed, 0);
        r.run(per_seed, 0);
        total += heap.collections();
        let s = heap.stats();
        eprintln!(
            "seed {seed}: {} minor + {} major, {} objects allocated, {} bytes promoted, {} live on average",
            s.minor.count,
            s.major.count,
            r.model.next_tag,
            s.minor.promoted_bytes + s.major.promoted_bytes,
            r.model.live_sum / r.model.checks.max(1)
        );
    }
    total
}

#[test]
fn random_graphs_single_thread() {
    let per_test = target() / 2;
    let total = seeds(1, 10, per_test / 10);
    assert!(total >= per_test, "{total} collections");
}

#[test]
fn random_graphs_single_thread_more_seeds() {
    let per_test = target() / 2;
    let total = seeds(100, 10, per_test / 10);
    assert!(total >= per_test, "{total} collections");
}

/// Several threads, each with its own graph and model, on one heap: any thread's
/// collection must evacuate every thread's nursery and update every thread's roots.
#[test]
fn random_graphs_many_threads() {
    let heap = new_heap(config());
    let threads = 3;
    let per_thread = (target() / 20).max(100);
    let joins: Vec<_> = (0..threads)
        .map(|i| {
            let heap = heap.clone();
            std::thread::spawn(move || {
                let mut r = Run::new(&heap, 1000 + i, (i + 1) << 40);
                let start = heap.collections();
                r.run(per_thread, start);
            })
        })
        .collect();
    for j in joins {
        j.join().unwrap();
    }
    assert!(heap.collections() >= per_thread);
    let s = heap.stats();
    assert!(s.ttsp.count() == s.collections());
}
