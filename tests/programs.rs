//! End-to-end programs: every `tests/programs/NAME.py` runs under the `krait` binary and
//! must print what CPython 3.11 printed when the expectations were blessed:
//!
//! - `NAME.out`: expected stdout (always present);
//! - `NAME.err`: expected stderr, present only when CPython wrote to stderr (tracebacks);
//! - `NAME.code`: expected exit status, present only when it is not 0;
//! - `NAME.in`: optional stdin.
//!
//! `python3 tests/bless.py [NAME...]` regenerates the expectations with CPython. Each program
//! runs twice: normally and with `KRAIT_GC_STRESS=1` (a collection at every safepoint), which
//! catches values held across a safepoint without a root. `KRAIT_TEST_FILTER=substr`
//! restricts the run to matching names. The absolute path of `tests/programs/` is removed
//! from both outputs, as `bless.py` removes it from CPython's.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

fn programs() -> Vec<String> {
    let filter = std::env::var("KRAIT_TEST_FILTER").unwrap_or_default();
    let mut names: Vec<String> = std::fs::read_dir(programs_dir())
        .expect("tests/programs exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".py").map(str::to_owned))
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    names
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
    timed_out: bool,
}

fn run(name: &str, stress: bool, timeout: Duration) -> Outcome {
    let dir = programs_dir();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_krait"));
    cmd.arg(format!("{name}.py"))
        .current_dir(&dir)
        .env("PYTHONHASHSEED", "0")
        .env_remove("KRAIT_GC_STRESS")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::piped());
    if stress {
        cmd.env("KRAIT_GC_STRESS", "1");
    }
    let mut child = cmd.spawn().expect("spawn krait");
    let input = std::fs::read(dir.join(format!("{name}.in"))).unwrap_or_default();
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let ro = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out, &mut v);
        v
    });
    let re = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err, &mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let prefix = format!("{}/", dir.display());
    let strip = |v: Vec<u8>| -> Vec<u8> {
        match String::from_utf8(v) {
            Ok(s) => s.replace(&prefix, "").into_bytes(),
            Err(e) => e.into_bytes(),
        }
    };
    Outcome {
        stdout: strip(ro.join().unwrap_or_default()),
        stderr: strip(re.join().unwrap_or_default()),
        code: status.code().unwrap_or(-1),
        timed_out,
    }
}

fn check(name: &str, stress: bool) -> Result<(), String> {
    let dir = programs_dir();
    let timeout = Duration::from_secs(if stress { 300 } else { 60 });
    let o = run(name, stress, timeout);
    let mode = if stress { " (KRAIT_GC_STRESS=1)" } else { "" };
    if o.timed_out {
        return Err(format!("{name}{mode}: timed out after {timeout:?}"));
    }
    let want_out = std::fs::read(dir.join(format!("{name}.out"))).unwrap_or_default();
    let want_err = std::fs::read(dir.join(format!("{name}.err"))).ok();
    let want_code: i32 = std::fs::read_to_string(dir.join(format!("{name}.code")))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let mut problems = Vec::new();
    if o.stdout != want_out {
        problems.push(format!("stdout differs:\n{}", diff(&want_out, &o.stdout)));
    }
    match &want_err {
        Some(e) if *e != o.stderr => {
            problems.push(format!("stderr differs:\n{}", diff(e, &o.stderr)))
        }
        None if !o.stderr.is_empty() => problems.push(format!(
            "unexpected stderr:\n{}",
            String::from_utf8_lossy(&o.stderr)
        )),
        _ => {}
    }
    if o.code != want_code {
        problems.push(format!("exit status {} (expected {want_code})", o.code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}{mode}:\n{}", problems.join("\n")))
    }
}

/// The first differing lines, with a little context.
fn diff(want: &[u8], got: &[u8]) -> String {
    let w = String::from_utf8_lossy(want);
    let g = String::from_utf8_lossy(got);
    let wl: Vec<&str> = w.lines().collect();
    let gl: Vec<&str> = g.lines().collect();
    let first = wl
        .iter()
        .zip(&gl)
        .position(|(a, b)| a != b)
        .unwrap_or(wl.len().min(gl.len()));
    let from = first.saturating_sub(2);
    let mut s = String::new();
    for i in from..(first + 4).min(wl.len().max(gl.len())) {
        let a = wl.get(i).copied().unwrap_or("<missing>");
        let b = gl.get(i).copied().unwrap_or("<missing>");
        let mark = if a == b { " " } else { "!" };
        s.push_str(&format!(
            "{mark} line {}:\n    expected: {a}\n    got:      {b}\n",
            i + 1
        ));
    }
    s
}

fn run_all(stress: bool) {
    let names = programs();
    assert!(!names.is_empty(), "no programs found");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                if let Err(e) = check(name, stress) {
                    failures.lock().unwrap().push(e);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    if !failures.is_empty() {
        let n = failures.len();
        panic!(
            "{n} of {} programs failed:\n\n{}",
            names.len(),
            failures.join("\n\n")
        );
    }
}

#[test]
fn programs_match_cpython() {
    run_all(false);
}

#[test]
fn programs_match_cpython_under_gc_stress() {
    run_all(true);
}
