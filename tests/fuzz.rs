//! A bounded fuzz test of the compiler and interpreter: random token soup and mutations of
//! valid programs go through `krait -c`. Whatever the input, only Python exceptions may come
//! out: exit status 0 or 1 (or a program-chosen `SystemExit` status), never a Rust panic,
//! an abort or a crash. Programs that run too long are killed (an endless loop is valid
//! Python) and counted.
//!
//! `KRAIT_FUZZ_CASES=N` runs more cases (default 300); `KRAIT_FUZZ_SEED=S` picks another seed.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const TOKENS: &[&str] = &[
    "x",
    "y",
    "f",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "/",
    "//",
    "%",
    "**",
    "<",
    ">",
    "!=",
    "and",
    "or",
    "not",
    "in",
    "is",
    "if",
    "else",
    "elif",
    "for",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "lambda",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "import",
    "from",
    "raise",
    "del",
    "pass",
    "break",
    "continue",
    "global",
    "nonlocal",
    "assert",
    "async",
    "await",
    "match",
    "case",
    "None",
    "True",
    "False",
    "0",
    "1",
    "-1",
    "2.5",
    "1e308",
    "10**100",
    "'s'",
    "b'b'",
    "f'{x}'",
    "...",
    "@",
    "*args",
    "**kw",
    "\n",
    "\n    ",
    "\n        ",
    ";",
    "len",
    "print",
    "range",
    "list",
    "dict",
    "str",
    "int",
    "object",
    "type",
    "super()",
    "__class__",
    "__dict__",
    "0j",
    "[]",
    "{}",
    "()",
    "\\",
];

const SEEDS: &[&str] = &[
    "def f(a, b=2, *c, d, **e):\n    return a + b\nprint(f(1, d=3))\n",
    "class A:\n    def __init__(self):\n        self.x = [1, 2]\n    def m(self):\n        return self.x[1:]\nprint(A().m())\n",
    "x = {i: i * i for i in range(10) if i % 2}\nprint(sorted(x.items()))\n",
    "def g():\n    yield from range(3)\n    return 7\nprint(list(g()))\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\nfinally:\n    print('done')\n",
    "s = 'abc'\nprint(s[::-1], s.upper(), f'{s!r:>10}', '%s-%d' % (s, 3))\n",
    "import sys\nprint(sys.version_info >= (3, 11), len(sys.argv))\n",
    "match [1, 2]:\n    case [a, *b]:\n        print(a, b)\n    case _:\n        pass\n",
    "with open('/dev/null') as fh:\n    print(fh.read())\n",
    "a = [3, 1, 2]\na.sort(key=lambda v: -v)\nprint(a, max(a), sum(a), any(a), all(a))\n",
    "n = 0\nwhile n < 5:\n    n += 1\n    if n == 3:\n        continue\nprint(n)\n",
    "print(2 ** 100 // 3, -7 % 3, divmod(-7, 2), round(2.675, 2), 1 / 3)\n",
    "class M(type):\n    pass\nclass C(metaclass=M):\n    x: int = 1\nprint(C.x, type(C))\n",
    "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner()\nprint(outer())\n",
];

fn token_soup(r: &mut Rng) -> String {
    let n = 1 + r.below(40);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(r.pick(TOKENS));
        s.push(' ');
    }
    s
}

fn mutate(r: &mut Rng) -> String {
    let mut s: Vec<char> = r.pick(SEEDS).chars().collect();
    for _ in 0..1 + r.below(4) {
        let at = r.below(s.len() + 1);
        match r.below(4) {
            0 if !s.is_empty() => {
                let end = (at + 1 + r.below(8)).min(s.len());
                s.drain(at.min(s.len())..end);
            }
            1 => {
                let t: Vec<char> = r.pick(TOKENS).chars().collect();
                s.splice(at..at, t);
            }
            2 if at < s.len() => {
                let c = s[r.below(s.len())];
                s[at] = c;
            }
            _ => {
                let other: Vec<char> = r.pick(SEEDS).chars().collect();
                let from = r.below(other.len());
                let to = (from + r.below(30)).min(other.len());
                s.splice(at..at, other[from..to].iter().copied());
            }
        }
    }
    s.into_iter().collect()
}

/// Runs one program; `Err` describes a crash.
fn run(src: &str) -> Result<bool, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_krait"))
        .arg("-c")
        .arg(src)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .spawn()
        .expect("spawn krait");
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(3) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stderr = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    let Some(status) = status else {
        return Ok(false);
    };
    let crashed = stderr.contains("panicked at")
        || stderr.contains("RUST_BACKTRACE")
        || status.code().is_none();
    if crashed {
        return Err(format!(
            "status {status:?}\n--- program ---\n{src}\n--- stderr ---\n{stderr}"
        ));
    }
    Ok(true)
}

#[test]
fn fuzz_compiler_and_interpreter() {
    let cases: usize = std::env::var("KRAIT_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let seed: u64 = std::env::var("KRAIT_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed);
    let mut r = Rng(seed | 1);
    let programs: Vec<String> = (0..cases)
        .map(|i| {
            if i % 2 == 0 {
                token_soup(&mut r)
            } else {
                mutate(&mut r)
            }
        })
        .collect();
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<&[String]> = programs.chunks(programs.len().div_ceil(workers)).collect();
    let results: Vec<(Vec<String>, usize)> = std::thread::scope(|s| {
        let hs: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                s.spawn(move || {
                    let mut crashes = Vec::new();
                    let mut timeouts = 0;
                    for p in chunk.iter() {
                        match run(p) {
                            Ok(true) => {}
                            Ok(false) => timeouts += 1,
                            Err(e) => crashes.push(e),
                        }
                    }
                    (crashes, timeouts)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let timeouts: usize = results.iter().map(|r| r.1).sum();
    let crashes: Vec<String> = results.into_iter().flat_map(|r| r.0).collect();
    assert!(
        crashes.is_empty(),
        "{} of {cases} programs crashed ({timeouts} timed out):\n\n{}",
        crashes.len(),
        crashes.join("\n\n")
    );
}
