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
