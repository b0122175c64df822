//! One stress program run under a time limit, and the verdict on its output.
//!
//! Shared by the `stress-tests` binary and the root package's `tests/stress.rs`, which
//! includes this file with `#[path]`; so it uses only `std`.
//!
//! A run is `<interpreter> <programs>/NAME.py <scale>`, with `KRAIT_GC_STRESS=1` in its
//! environment when asked for (and never otherwise). It passes when it exits with status 0,
//! writes nothing on stderr, and writes exactly one line on stdout: `ok NAME`, optionally
//! followed by a space and details (counts the program wants to show).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// What every run of a session has in common.
pub struct Settings {
    /// The interpreter: the `krait` binary, or `python3` to check the programs themselves.
    pub interpreter: PathBuf,
    /// The folder holding the programs.
    pub dir: PathBuf,
    /// Passed to each program as its first argument (1 is the full size).
    pub scale: f64,
    /// A run still going after this long is killed and reported as a hang.
    pub timeout: Duration,
}

/// One program to run, normally or under GC stress.
#[derive(Clone)]
pub struct Task {
    pub name: String,
    pub gc_stress: bool,
}

/// How a run ended.
pub struct Outcome {
    pub task: Task,
    pub elapsed: Duration,
    /// The details of the `ok` line, or what went wrong (with the run's output).
    pub verdict: Result<String, String>,
}

impl Outcome {
    /// One line for a pass; for a failure, that line followed by the indented explanation.
    pub fn report(&self) -> String {
        let mode = if self.task.gc_stress {
            " (KRAIT_GC_STRESS=1)"
        } else {
            ""
        };
        let secs = self.elapsed.as_secs_f64();
        match &self.verdict {
            Ok(details) => format!("PASS {}{mode} {secs:.2}s {details}", self.task.name),
            Err(why) => {
                let why = why.trim_end().replace('\n', "\n    ");
                format!("FAIL {}{mode} {secs:.2}s\n    {why}", self.task.name)
            }
        }
    }
}

/// The programs in `dir` whose names contain `filter`, sorted: every `NAME.py` except the
/// helpers, whose names start with `_`.
pub fn programs(dir: &Path, filter: &str) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let file = entry?.file_name();
        let Some(name) = file.to_str().and_then(|f| f.strip_suffix(".py")) else {
            continue;
        };
        if !name.starts_with('_') && name.contains(filter) {
            names.push(name.to_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// Runs `tasks` on `jobs` worker threads, calling `done` as each run ends (in the order
/// they end); returns the outcomes in the order of `tasks`.
pub fn run_all(
    settings: &Settings,
    tasks: &[Task],
    jobs: usize,
    done: impl Fn(&Outcome) + Sync,
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(task) = tasks.get(i) else { break };
                let outcome = run(settings, task);
                done(&outcome);
                outcomes.lock().unwrap().push((i, outcome));
            });
        }
    });
    let mut outcomes = outcomes.into_inner().unwrap();
    outcomes.sort_by_key(|(i, _)| *i);
    outcomes.into_iter().map(|(_, o)| o).collect()
}

/// Runs one program and judges its output.
pub fn run(settings: &Settings, task: &Task) -> Outcome {
    let start = Instant::now();
    let verdict = execute(settings, task).and_then(|ended| judge(&task.name, ended));
    Outcome {
        task: task.clone(),
        elapsed: start.elapsed(),
        verdict,
    }
}

/// What a finished (or killed) run left behind.
struct Ended {
    stdout: String,
    stderr: String,
    /// `None` when the run was killed by a signal, ours included.
    code: Option<i32>,
    signal: Option<i32>,
    timed_out: bool,
}

fn execute(settings: &Settings, task: &Task) -> Result<Ended, String> {
    let program = settings.dir.join(format!("{}.py", task.name));
    let mut cmd = Command::new(&settings.interpreter);
    cmd.arg(&program)
        .arg(settings.scale.to_string())
        .env_remove("KRAIT_GC_STRESS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if task.gc_stress {
        cmd.env("KRAIT_GC_STRESS", "1");
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", settings.interpreter.display()))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let (status, timed_out) = wait(&mut child, settings.timeout)?;
    Ok(Ended {
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        code: status.code(),
        signal: signal(&status),
        timed_out,
    })
}

/// Reads a pipe to its end on a thread of its own, so that a chatty run cannot block on a
/// full pipe while we wait for it.
fn drain(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Waits for `child`, killing it once `timeout` has passed; says whether it was killed.
fn wait(child: &mut Child, timeout: Duration) -> Result<(std::process::ExitStatus, bool), String> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("wait: {e}"))? {
            return Ok((status, false));
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let status = child.wait().map_err(|e| format!("wait: {e}"))?;
            return Ok((status, true));
        }
        thread::sleep(Duration::from_millis(10));
    }
}

#[cfg(unix)]
fn signal(status: &std::process::ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(status)
}

#[cfg(not(unix))]
fn signal(_: &std::process::ExitStatus) -> Option<i32> {
    None
}

/// The details of the `ok` line if the run passed, else what went wrong and its output.
fn judge(name: &str, ended: Ended) -> Result<String, String> {
    let ok_line = format!("ok {name}");
    let line = ended.stdout.strip_suffix('\n').unwrap_or(&ended.stdout);
    let details = line
        .strip_prefix(&ok_line)
        .filter(|rest| !rest.contains('\n') && (rest.is_empty() || rest.starts_with(' ')));
    let problem = if ended.timed_out {
        "hung: killed after the time limit".to_owned()
    } else if let Some(sig) = ended.signal {
        format!("killed by signal {sig}")
    } else if ended.code != Some(0) {
        format!("exit status {}", ended.code.unwrap_or(-1))
    } else if details.is_none() {
        format!("stdout is not the single line `{ok_line}`")
    } else if !ended.stderr.is_empty() {
        "wrote to stderr".to_owned()
    } else {
        return Ok(details.unwrap_or_default().trim_start().to_owned());
    };
    let mut report = problem;
    for (label, text) in [("stdout", &ended.stdout), ("stderr", &ended.stderr)] {
        if !text.is_empty() {
            report.push_str(&format!("\n--- {label}:\n{}", tail(text)));
        }
    }
    Err(report)
}

/// The last lines of a long output (the end is where the failure is).
fn tail(text: &str) -> String {
    const LINES: usize = 60;
    let lines: Vec<&str> = text.trim_end().lines().collect();
    if lines.len() <= LINES {
        return lines.join("\n");
    }
    let skipped = lines.len() - LINES;
    format!("[{skipped} lines skipped]\n{}", lines[skipped..].join("\n"))
}
