//! A disassembler for code units: one line per instruction, with jump targets, constants,
//! names and cache names resolved, and the exception table. Used by tests and for
//! debugging the compiler (`KRAIT_DIS=1` prints each compiled unit).

use super::bytecode::{arg_of, op_of, BinOp, CmpOp, Op};
use super::unit::{CodeUnit, Constant};
use std::fmt::Write;

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_owned(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex(r, i) => format!("({r}+{i}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(t) => format!(
            "({})",
            t.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Constant::FrozenSet(t) => format!(
            "frozenset({{{}}})",
            t.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Code(c) => format!("<code {}>", c.qualname),
    }
}

/// Disassembles `u` and, recursively, its nested code units.
pub fn dis(u: &CodeUnit) -> String {
    let mut out = String::new();
    dis_into(u, &mut out);
    out
}

fn dis_into(u: &CodeUnit, out: &mut String) {
    let _ = writeln!(out, "Disassembly of {} ({}):", u.qualname, u.filename);
    let mut last_line = 0;
    for (i, &w) in u.code.iter().enumerate() {
        let op = op_of(w);
        let arg = arg_of(w);
        let line = u.locations[i].line;
        let l = if line != last_line && line != 0 {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_owned()
        };
        let detail = match op {
            Op::LOAD_CONST => const_repr(&u.consts[arg as usize]),
            Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => {
                u.varnames.get(arg as usize).cloned().unwrap_or_default()
            }
            Op::LOAD_GLOBAL | Op::LOAD_ATTR | Op::LOAD_METHOD | Op::STORE_ATTR => {
                u.cache_names.get(arg as usize).cloned().unwrap_or_default()
            }
            Op::STORE_GLOBAL
            | Op::DELETE_GLOBAL
            | Op::LOAD_NAME
            | Op::STORE_NAME
            | Op::DELETE_NAME
            | Op::DELETE_ATTR
            | Op::IMPORT_NAME
            | Op::IMPORT_FROM => u.names.get(arg as usize).cloned().unwrap_or_default(),
            Op::BINARY_OP => BinOp::from_arg(arg).symbol().to_owned(),
            Op::COMPARE_OP => CmpOp::from_arg(arg).symbol().to_owned(),
            o if o.is_jump() => format!("to {arg}"),
            _ => String::new(),
        };
        let _ = writeln!(out, "{l} {i:>5} {:<22} {arg:<5} {detail}", op.name());
    }
    if !u.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &u.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
    for c in &u.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}
