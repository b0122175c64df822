//! Collector micro-benchmarks: small-object allocation throughput (against `Box` with the
//! system allocator), minor-collection cost per MiB survived, write-barrier cost,
//! safepoint-poll cost, and stop-the-world round trips with spinning threads.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use krait_benches::{alloc, set_field, setup};
use krait_gc::{CollectionKind, GcConfig};
use std::time::{Duration, Instant};

fn config() -> GcConfig {
    GcConfig {
        young_reserve: 1 << 30,
        old_reserve: 8 << 30,
        immortal_reserve: 1 << 20,
        ..GcConfig::default()
    }
}

/// 1000 short-lived 32-byte objects per iteration (two fields).
fn allocation(c: &mut Criterion) {
    let mut g = c.benchmark_group("alloc_32B_x1000");
    g.throughput(Throughput::Elements(1000));
    let (_heap, mut m, _roots) = setup(config(), 1);
    g.bench_function("krait_nursery", |b| {
        b.iter(|| {
            for _ in 0..1000 {
                black_box(alloc(&mut m, 1));
            }
            m.safepoint_poll();
        })
    });
    g.bench_function("box_system_malloc_free_each", |b| {
        b.iter(|| {
            for _ in 0..1000 {
                black_box(Box::new([0u64; 4]));
            }
        })
    });
    let mut keep: Vec<Box<[u64; 4]>> = Vec::with_capacity(1000);
    g.bench_function("box_system_batch_then_free", |b| {
        b.iter(|| {
            for _ in 0..1000 {
                keep.push(black_box(Box::new([0u64; 4])));
            }
            keep.clear();
        })
    });
    g.finish();
}

/// Minor collection of a nursery where `mib` MiB of linked objects survive.
fn minor_per_mib(c: &mut Criterion) {
    let mut g = c.benchmark_group("minor_gc_survivors");
    g.sample_size(20);
    for mib in [1usize, 4, 16] {
        g.throughput(Throughput::Bytes((mib << 20) as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{mib}MiB")),
            &mib,
            |b, &mib| {
                let mut cfg = config();
                cfg.nursery_bytes = 64 << 20;
                cfg.min_major_bytes = usize::MAX / 4;
                let (_heap, mut m, mut roots) = setup(cfg, 1);
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        // A linked list of 48-byte nodes (3 fields) totalling `mib` MiB.
                        roots.0[0] = 0;
                        let n = (mib << 20) / 48;
                        for _ in 0..n {
                            let o = alloc(&mut m, 3);
                            set_field(&mut m, o, 1, roots.0[0]);
                            roots.0[0] = o.addr();
                        }
                        let t = Instant::now();
                        m.collect(CollectionKind::Minor);
                        total += t.elapsed();
                        // Drop the survivors and reclaim them outside the timed part.
                        roots.0[0] = 0;
                        m.collect(CollectionKind::Major);
                    }
                    total
                })
            },
        );
    }
    g.finish();
}

/// A store plus barrier into a young object, and into an old object already logged (both
/// the fast path), against a plain store.
fn barrier(c: &mut Criterion) {
    let mut g = c.benchmark_group("write_barrier_x1000");
    g.throughput(Throughput::Elements(1000));
    let (_heap, mut m, mut roots) = setup(config(), 2);
    let young = alloc(&mut m, 8);
    roots.0[0] = young.addr();
    g.bench_function("young_target", |b| {
        let o = krait_benches_obj(roots.0[0]);
        b.iter(|| {
            for i in 0..1000usize {
                set_field(&mut m, o, 1 + (i & 7), black_box(0));
            }
        })
    });
    let old = alloc(&mut m, 8);
    roots.0[1] = old.addr();
    m.collect(CollectionKind::Minor);
    g.bench_function("old_target_logged", |b| {
        let o = krait_benches_obj(roots.0[1]);
        b.iter(|| {
            for i in 0..1000usize {
                set_field(&mut m, o, 1 + (i & 7), black_box(0));
            }
        })
    });
    let mut plain = [0usize; 8];
    g.bench_function("plain_store_no_barrier", |b| {
        b.iter(|| {
            for i in 0..1000usize {
                plain[i & 7] = black_box(0);
            }
            black_box(&plain);
        })
    });
    g.finish();
}

fn krait_benches_obj(addr: usize) -> krait_gc::ObjectRef {
    // SAFETY: `addr` was read from a root slot the collector keeps current.
    unsafe { krait_gc::ObjectRef::from_addr(addr) }
}

/// The safepoint poll when nothing is requested: one relaxed load and a branch.
fn poll(c: &mut Criterion) {
    let mut g = c.benchmark_group("safepoint_poll_x1000");
    g.throughput(Throughput::Elements(1000));
    let (_heap, mut m, _roots) = setup(config(), 1);
    g.bench_function("no_request", |b| {
        b.iter(|| {
            for _ in 0..1000 {
                m.safepoint_poll();
            }
        })
    });
    g.finish();
}

/// Stop-the-world round trip with N other threads spinning on polls (time-to-safepoint
/// plus resume), and the time-to-safepoint distribution the registry records.
fn stop_the_world(c: &mut Criterion) {
    use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
    let mut g = c.benchmark_group("stop_the_world");
    for threads in [0usize, 1, 3] {
        let reg = krait_threads::Registry::new();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let joins: Vec<_> = (0..threads)
            .map(|_| {
                let reg = reg.clone();
                let stop = stop.clone();
                std::thread::spawn(move || {
                    let h = krait_threads::Registry::register(&reg);
                    while !stop.load(Relaxed) {
                        // A loop body of a few dozen instructions between polls.
                        for _ in 0..64 {
                            black_box(0u64);
                        }
                        if h.poll_requested() {
                            h.block_for_stop();
                        }
                    }
                })
            })
            .collect();
        let me = krait_threads::Registry::register(&reg);
        g.bench_function(BenchmarkId::from_parameter(threads), |b| {
            b.iter(|| drop(me.stop_the_world()))
        });
        stop.store(true, Relaxed);
        me.parked(|| joins.into_iter().for_each(|j| j.join().unwrap()));
        let s = reg.stats();
        eprintln!(
            "stop_the_world/{threads} spinning threads: time-to-safepoint mean {:.2} us, max {:.1} us over {} stops",
            s.total_ttsp_ns as f64 / s.stops.max(1) as f64 / 1e3,
            s.max_ttsp_ns as f64 / 1e3,
            s.stops
        );
    }
    g.finish();
}

criterion_group!(
    benches,
    allocation,
    minor_per_mib,
    barrier,
    poll,
    stop_the_world
);
criterion_main!(benches);
