//! End-to-end tests of the `krait` binary's command line.

use std::process::Command;

fn krait() -> Command {
    Command::new(env!("CARGO_BIN_EXE_krait"))
}

#[test]
fn version() {
    let out = krait().arg("--version").output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("Python 3.11"), "{s}");
    assert!(s.contains("Krait"), "{s}");
}

fn run(args: &[&str], stdin: &str) -> (String, String, i32) {
    use std::io::Write;
    let mut child = krait()
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn dash_c_sets_argv() {
    let (out, err, code) = run(&["-c", "import sys; print(sys.argv)", "a", "b"], "");
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("['-c', 'a', 'b']\n", "", 0)
    );
}

#[test]
fn program_from_stdin() {
    let (out, _, code) = run(&["-"], "print(6 * 7)\n");
    assert_eq!((out.as_str(), code), ("42\n", 0));
    let (out, _, code) = run(&[], "import sys\nprint(sys.argv)\n");
    assert_eq!((out.as_str(), code), ("['']\n", 0));
}

#[test]
fn uncaught_exception_exits_1_with_traceback() {
    let (out, err, code) = run(&["-c", "print('x')\n1/0"], "");
    assert_eq!(out, "x\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn system_exit_codes() {
    assert_eq!(run(&["-c", "raise SystemExit(7)"], "").2, 7);
    assert_eq!(run(&["-c", "import sys; sys.exit()"], "").2, 0);
    let (_, err, code) = run(&["-c", "import sys; sys.exit('bye')"], "");
    assert_eq!((err.as_str(), code), ("bye\n", 1));
}

#[test]
fn missing_script_exits_2() {
    let (_, err, code) = run(&["/nonexistent/prog.py"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains("can't open file '/nonexistent/prog.py': [Errno 2] No such file or directory"),
        "{err}"
    );
}

#[test]
fn syntax_error_report() {
    let (_, err, code) = run(&["-c", "x = (1,\ny = 2"], "");
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
    );
}

#[test]
fn run_module_with_dash_m() {
    let dir = std::env::temp_dir().join(format!("krait-m-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("hello_mod.py"),
        "import sys\nprint(__name__, sys.argv[1:])\n",
    )
    .unwrap();
    let out = krait()
        .args(["-m", "hello_mod", "x"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "__main__ ['x']\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_option_exits_2() {
    assert_eq!(run(&["--bogus"], "").2, 2);
}

/// A fresh scratch folder under the system temp dir.
fn scratch(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn implementation_name_is_krait() {
    let (out, _, code) = run(
        &[
            "-c",
            "import sys; print(sys.implementation.name, sys.version_info[:2])",
        ],
        "",
    );
    assert_eq!((out.as_str(), code), ("krait (3, 11)\n", 0));
}

#[test]
fn pythonpath_and_script_folder_are_on_sys_path() {
    let dir = scratch("pythonpath");
    std::fs::create_dir_all(dir.join("lib")).unwrap();
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::fs::write(
        dir.join("lib").join("pp_mod.py"),
        "VALUE = 'from PYTHONPATH'\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("app").join("sibling.py"),
        "VALUE = 'from script folder'\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("app").join("main.py"),
        "import sys, pp_mod, sibling\nprint(pp_mod.VALUE)\nprint(sibling.VALUE)\nprint(__name__)\n",
    )
    .unwrap();
    let out = krait()
        .arg(dir.join("app").join("main.py"))
        .env("PYTHONPATH", dir.join("lib"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "from PYTHONPATH\nfrom script folder\n__main__\n"
    );
    assert_eq!(out.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn syntax_error_in_script_file() {
    let dir = scratch("syntax");
    let bad = dir.join("bad.py");
    std::fs::write(&bad, "def f():\n    return 1 +\n").unwrap();
    let out = krait().arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "  File \"{}\", line 2\n    return 1 +\n              ^\nSyntaxError: invalid syntax\n",
            bad.display()
        )
    );
    assert!(out.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn more_system_exit_codes() {
    assert_eq!(run(&["-c", "raise SystemExit(None)"], "").2, 0);
    assert_eq!(run(&["-c", "import sys; sys.exit(True)"], "").2, 1);
    assert_eq!(run(&["-c", "import sys; sys.exit(255)"], "").2, 255);
    let (_, err, code) = run(&["-c", "import sys; sys.exit((1, 2))"], "");
    assert_eq!((err.as_str(), code), ("(1, 2)\n", 1));
}

#[test]
fn dash_m_runs_package_submodule() {
    let dir = scratch("dash-m-pkg");
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("pkg").join("__init__.py"), "").unwrap();
    std::fs::write(
        dir.join("pkg").join("tool.py"),
        "from . import helper\nprint(__name__, __package__, helper.X)\n",
    )
    .unwrap();
    std::fs::write(dir.join("pkg").join("helper.py"), "X = 5\n").unwrap();
    let out = krait()
        .args(["-m", "pkg.tool"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "__main__ pkg 5\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `gc.get_pause_stats()` (a Krait extension) reports the pauses of a threaded program,
/// time-to-safepoint included, consistently.
#[test]
fn gc_pause_stats_report_time_to_safepoint() {
    let prog = r#"
import gc, threading
def churn():
    for i in range(20000):
        x = [i] * 8
ts = [threading.Thread(target=churn) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
s = gc.get_pause_stats()
print(sorted(s))
print(s['minor_collections'] + s['major_collections'] > 0, s['major_collections'] >= 1)
print(0 <= s['ttsp_p50'] <= s['ttsp_p99'] <= s['ttsp_max'])
print(0 < s['pause_max'] <= s['pause_total'], s['pause_p50'] <= s['pause_max'] * 1.13)
print(0 < s['heap_bytes'] <= s['heap_peak_bytes'])
"#;
    let (out, err, code) = run(&["-c", prog], "");
    assert_eq!(code, 0, "{err}");
    let keys = "['heap_bytes', 'heap_peak_bytes', 'major_collections', 'minor_collections', \
        'pause_max', 'pause_p50', 'pause_p99', 'pause_total', 'ttsp_max', 'ttsp_p50', 'ttsp_p99']";
    assert_eq!(out, format!("{keys}\nTrue True\nTrue\nTrue True\nTrue\n"));
}
