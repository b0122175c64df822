//! Multi-threaded and GC torture programs for Krait, and the harness that runs them.
//!
//! ```text
//! cargo run -p stress-tests -- [--krait PATH] [--runs N] [--minutes M] [--gc-stress]
//!                              [--filter SUBSTR] [--scale X] [--timeout SECS] [--jobs N]
//! ```
//!
//! Each `programs/NAME.py` is plain Python 3.11 (`threading`, `queue`, `sys`, `time`, and
//! `collections` for the deque) that hammers shared lists, dicts, sets, instances, queues,
//! deques, locks and the allocator from several threads, checks its invariants at the end
//! (nothing lost, nothing duplicated, nothing read that was never stored, only the
//! RuntimeErrors CPython allows while iterating a changing container) and prints the one
//! line `ok NAME [details]`; on a violation it prints what it found and exits with status 1.
//! `programs/_stress.py` holds their shared helpers. Every program takes an optional scale
//! factor as its argument: 1 (the default) takes about a second on CPython 3.11 with two
//! cores, and the work shrinks or grows in proportion.
//!
//! The harness runs every program once per round as `<krait> programs/NAME.py <scale>` and
//! reports each run as it ends: PASS with the program's details, or FAIL with the reason
//! (exit status, signal, hang, stray output) and the run's output. It exits with status 1
//! if any run failed.
//!
//! - `--krait PATH`: the interpreter (default `target/release/krait` in the workspace; build
//!   it with `cargo build --release`). `--krait python3` checks the programs on CPython.
//! - `--runs N`: rounds over the whole set (default 1; with `--minutes`, no limit).
//! - `--minutes M`: start new rounds until M minutes have passed (at least one round).
//! - `--gc-stress`: run with `KRAIT_GC_STRESS=1` (a collection at every safepoint; slow, so
//!   pair it with a small `--scale`).
//! - `--filter SUBSTR`: only the programs whose names contain SUBSTR.
//! - `--scale X`: the programs' scale factor (default 1).
//! - `--timeout SECS`: a run still going after this long is killed and reported as a hang
//!   (default 120, or 600 with `--gc-stress`).
//! - `--jobs N`: programs run at once (default 1; each program runs several threads).
//!
//! `cargo test --test stress` at the workspace root runs every program once normally and
//! once under `KRAIT_GC_STRESS=1`, at a small scale, with the debug `krait`; the code that
//! runs and judges one program (`src/run.rs`) is shared with that test.

mod run;

use run::{Settings, Task};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

struct Options {
    settings: Settings,
    runs: Option<u64>,
    minutes: Option<f64>,
    gc_stress: bool,
    filter: String,
    jobs: usize,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("stress-tests: {e}");
            eprintln!(
                "usage: stress-tests [--krait PATH] [--runs N] [--minutes M] [--gc-stress] \
                 [--filter SUBSTR] [--scale X] [--timeout SECS] [--jobs N]"
            );
            return ExitCode::from(2);
        }
    };
    match session(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("stress-tests: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: &[String]) -> Result<Options, String> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = manifest.parent().unwrap_or(manifest);
    let mut interpreter = workspace.join("target").join("release").join("krait");
    let (mut runs, mut minutes, mut gc_stress, mut filter) = (None, None, false, String::new());
    let (mut scale, mut timeout, mut jobs) = (1.0, None, 1);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--krait" => interpreter = PathBuf::from(value()?),
            "--runs" => runs = Some(number(arg, value()?)?),
            "--minutes" => minutes = Some(number(arg, value()?)?),
            "--gc-stress" => gc_stress = true,
            "--filter" => filter = value()?.clone(),
            "--scale" => scale = number(arg, value()?)?,
            "--timeout" => timeout = Some(number(arg, value()?)?),
            "--jobs" => jobs = number(arg, value()?)?,
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    let timeout = timeout.unwrap_or(if gc_stress { 600.0 } else { 120.0 });
    Ok(Options {
        settings: Settings {
            interpreter,
            dir: manifest.join("programs"),
            scale,
            timeout: Duration::from_secs_f64(timeout),
        },
        runs,
        minutes,
        gc_stress,
        filter,
        jobs,
    })
}

fn number<T: std::str::FromStr>(arg: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{arg}: `{value}` is not a valid number"))
}

/// Runs the rounds; says whether every run passed.
fn session(o: &Options) -> Result<bool, String> {
    let interpreter = &o.settings.interpreter;
    // A bare name such as `python3` is looked up in PATH when it runs.
    if interpreter.components().count() > 1 && !interpreter.exists() {
        return Err(format!(
            "{} does not exist (build it with `cargo build --release`, or pass --krait)",
            interpreter.display()
        ));
    }
    let dir = &o.settings.dir;
    let names = run::programs(dir, &o.filter).map_err(|e| format!("{}: {e}", dir.display()))?;
    if names.is_empty() {
        return Err(format!(
            "no program in {} matches `{}`",
            dir.display(),
            o.filter
        ));
    }
    let tasks: Vec<Task> = names
        .iter()
        .map(|name| Task {
            name: name.clone(),
            gc_stress: o.gc_stress,
        })
        .collect();
    let deadline = o
        .minutes
        .map(|m| Instant::now() + Duration::from_secs_f64(m * 60.0));
    let max_rounds = o
        .runs
        .unwrap_or(if deadline.is_some() { u64::MAX } else { 1 });
    let start = Instant::now();
    // Failed runs per program; each ran once per round.
    let mut failed = vec![0u64; names.len()];
    let mut failures = Vec::new();
    let mut round = 0;
    while round < max_rounds && (round == 0 || deadline.is_none_or(|d| Instant::now() < d)) {
        round += 1;
        println!("== round {round}");
        let outcomes = run::run_all(&o.settings, &tasks, o.jobs, |outcome| {
            println!("{}", outcome.report())
        });
        for (count, outcome) in failed.iter_mut().zip(outcomes) {
            if outcome.verdict.is_err() {
                *count += 1;
                // The first two lines: the run and the reason (its output was shown above).
                let report = outcome.report();
                let head: Vec<&str> = report.lines().take(2).map(str::trim).collect();
                failures.push(format!("round {round}: {}", head.join(": ")));
            }
        }
    }
    println!(
        "== {round} round(s) in {:.1}s with {}",
        start.elapsed().as_secs_f64(),
        interpreter.display()
    );
    for (name, count) in names.iter().zip(&failed) {
        let verdict = if *count == 0 { "ok" } else { "FAILED" };
        println!("{verdict:>6} {name}: {count} of {round} run(s) failed");
    }
    if !failures.is_empty() {
        println!("\n== failures\n{}", failures.join("\n"));
    }
    Ok(failures.is_empty())
}
