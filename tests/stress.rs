//! The stress programs (`stress-tests/programs/*.py`), bounded: each runs once under the
//! `krait` binary at a small scale, normally and with `KRAIT_GC_STRESS=1`, and must exit with
//! status 0 and print only its `ok NAME` line. A run still going after the time limit is
//! killed and reported as a hang. Long runs are the `stress-tests` binary's job (see its
//! crate documentation).
//!
//! `KRAIT_TEST_FILTER=substr` restricts the run to matching names, as for `tests/programs`;
//! `KRAIT_STRESS_SCALE=x` changes the scale.

#[path = "../stress-tests/src/run.rs"]
mod run;

use std::path::Path;
use std::time::Duration;

/// A fiftieth of the full size: tens of milliseconds on CPython.
const SCALE: f64 = 0.02;

fn run_all(gc_stress: bool) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("stress-tests")
        .join("programs");
    let filter = std::env::var("KRAIT_TEST_FILTER").unwrap_or_default();
    let scale = std::env::var("KRAIT_STRESS_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SCALE);
    let names = run::programs(&dir, &filter).expect("stress-tests/programs is readable");
    assert!(
        !names.is_empty() || !filter.is_empty(),
        "no stress programs found"
    );
    let settings = run::Settings {
        interpreter: env!("CARGO_BIN_EXE_krait").into(),
        dir,
        scale,
        // A hang detector, not a time limit on the work: the runs take seconds.
        timeout: Duration::from_secs(if gc_stress { 300 } else { 120 }),
    };
    let tasks: Vec<run::Task> = names
        .into_iter()
        .map(|name| run::Task { name, gc_stress })
        .collect();
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    let outcomes = run::run_all(&settings, &tasks, jobs, |_| {});
    let failures: Vec<String> = outcomes
        .iter()
        .filter(|o| o.verdict.is_err())
        .map(run::Outcome::report)
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} stress programs failed:\n\n{}",
        failures.len(),
        tasks.len(),
        failures.join("\n\n")
    );
}

#[test]
fn stress_programs() {
    run_all(false);
}

#[test]
fn stress_programs_under_gc_stress() {
    run_all(true);
}
