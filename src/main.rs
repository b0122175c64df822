//! The `krait` command line: parses arguments and wires the crates together. Nothing else
//! lives here (DESIGN.md §1).

use std::process::ExitCode;

fn usage() -> &'static str {
    "usage: krait [--version] [file.py [args...]]"
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--version" | "-V") => {
            println!(
                "Krait {} (Python 3.11 compatible)",
                env!("CARGO_PKG_VERSION")
            );
            ExitCode::SUCCESS
        }
        Some("-h" | "--help") => {
            println!("{}", usage());
            ExitCode::SUCCESS
        }
        _ => {
            krait_vm::runtime::init_from_env();
            eprintln!(
                "krait: the interpreter is not built yet (see issue 3)\n{}",
                usage()
            );
            ExitCode::from(2)
        }
    }
}
