//! The `krait` command line: parses arguments and wires the crates together. Nothing else
//! lives here (DESIGN.md §1).

use krait_vm::run::Program;
use std::process::ExitCode;

const USAGE: &str = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-X opt : implementation-specific option:
         -X gc-stress       collect at every safepoint (testing)
         -X max-heap=SIZE   cap the heap (e.g. 512M); exceeding it raises MemoryError
         -X gc-stats        print collection statistics at exit
-V     : print the version number and exit
-h     : print this help message and exit
file   : program read from script file
-      : program read from stdin (default)
arg ...: arguments passed to program in sys.argv[1:]";

/// Parsed command line.
struct Cli {
    program: Program,
    argv: Vec<String>,
    gc_stress: bool,
    gc_stats: bool,
    max_heap: Option<usize>,
}

fn parse(args: &[String]) -> Result<Cli, ExitCode> {
    let mut i = 0;
    let mut cli = Cli {
        program: Program::Stdin,
        argv: vec![String::new()],
        gc_stress: false,
        gc_stats: false,
        max_heap: None,
    };
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-V" | "--version" => {
                println!("Python 3.11.7 (Krait {})", env!("CARGO_PKG_VERSION"));
                return Err(ExitCode::SUCCESS);
            }
            "-h" | "--help" | "-?" => {
                println!("{USAGE}");
                return Err(ExitCode::SUCCESS);
            }
            "-c" | "-m" => {
                let Some(v) = args.get(i + 1) else {
                    eprintln!("Argument expected for the {a} option\n{USAGE}");
                    return Err(ExitCode::from(2));
                };
                cli.program = if a == "-c" {
                    Program::Source(v.clone())
                } else {
                    Program::Module(v.clone())
                };
                cli.argv = vec![if a == "-c" {
                    "-c".to_owned()
                } else {
                    v.clone()
                }];
                cli.argv.extend(args[i + 2..].iter().cloned());
                return Ok(cli);
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -X option\n{USAGE}");
                    return Err(ExitCode::from(2));
                };
                match opt.split_once('=') {
                    None if opt == "gc-stress" => cli.gc_stress = true,
                    None if opt == "gc-stats" => cli.gc_stats = true,
                    Some(("max-heap", v)) => match krait_gc_size(v) {
                        Some(n) => cli.max_heap = Some(n),
                        None => {
                            eprintln!("krait: invalid -X max-heap value: {v}");
                            return Err(ExitCode::from(2));
                        }
                    },
                    // Unknown -X options are accepted and ignored, as CPython does.
                    _ => {}
                }
                i += 2;
                continue;
            }
            "-" => {
                cli.program = Program::Stdin;
                cli.argv = vec!["-".to_owned()];
                cli.argv.extend(args[i + 1..].iter().cloned());
                return Ok(cli);
            }
            // CPython options that do not change what Krait does.
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-q" | "-b" | "-bb" => {}
            _ if a.starts_with('-') && a.len() > 1 => {
                eprintln!("Unknown option: {a}\n{USAGE}");
                return Err(ExitCode::from(2));
            }
            _ => {
                cli.program = Program::File(a.to_owned());
                cli.argv = args[i..].to_vec();
                return Ok(cli);
            }
        }
        i += 1;
    }
    Ok(cli)
}

fn krait_gc_size(s: &str) -> Option<usize> {
    krait_vm::runtime::parse_size(s)
}

fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().collect();
    let cli = match parse(&all[1..]) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut config = krait_vm::runtime::GcConfig::from_env();
    if cli.gc_stress {
        config.stress = true;
    }
    if let Some(n) = cli.max_heap {
        config.set_max_heap(n);
    }
    krait_vm::runtime::init(config);
    krait_stdlib::register_all();
    // Python code runs on a thread with a large native stack: deep recursion in the
    // interpreter and in nested containers' repr must reach RecursionError, not overflow.
    let gc_stats = cli.gc_stats;
    let status = std::thread::Builder::new()
        .name("main".to_owned())
        .stack_size(256 << 20)
        .spawn(move || {
            let mut cx = krait_vm::ctx::Ctx::new();
            let status = krait_vm::run::run_main(&mut cx, cli.program, cli.argv, all);
            if gc_stats {
                krait_vm::runtime::print_gc_stats();
            }
            status
        })
        .map(|h| h.join().unwrap_or(1))
        .unwrap_or_else(|e| {
            eprintln!("krait: cannot start the main thread: {e}");
            1
        });
    ExitCode::from((status & 0xff) as u8)
}
