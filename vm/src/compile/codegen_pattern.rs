//! Code generation, part 3: `match` statements.
//!
//! Each case matches a copy of the subject. A pattern consumes the value on top of the
//! stack; on failure it jumps to a "fail with *n* extra items" stub that pops what the
//! pattern had pushed and continues with the next case. Capture names are bound as soon as
//! their sub-pattern matches (the language leaves bindings of a failed match unspecified).

use super::bytecode::{CmpOp, Op};
use super::codegen::{CResult, Compiler};
use super::unit::{Constant, Label};
use rustpython_parser::ast::{self, Pattern};

struct Fail {
    /// `stubs[n]`: pops `n` items, then goes to the case's failure label.
    stubs: Vec<Label>,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.label();
        for case in &m.cases {
            self.loc = self.location_of(&case.pattern);
            let next = self.label();
            let mut fail = Fail { stubs: vec![next] };
            self.emit(Op::COPY, 1);
            self.pattern(&case.pattern, &mut fail, 0)?;
            if let Some(g) = &case.guard {
                let stub = fail_stub(self, &mut fail, 0);
                self.jump_if(g, false, stub)?;
            }
            self.emit(Op::POP_TOP, 0);
            self.body(&case.body)?;
            if !self.unit().e.last_is_terminal() {
                self.emit_jump(Op::JUMP_FORWARD, end);
            }
            // Failure stubs, deepest first: each pops one item and falls into the next.
            for n in (1..fail.stubs.len()).rev() {
                self.bind(fail.stubs[n]);
                self.emit(Op::POP_TOP, 0);
            }
            self.bind(next);
        }
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Matches TOS against `p`, consuming it. `extra` items are on the stack above the
    /// subject copy that a failure must also pop.
    fn pattern(&mut self, p: &'a Pattern, fail: &mut Fail, extra: usize) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::COMPARE_OP, CmpOp::Eq as u32);
                let stub = fail_stub(self, fail, extra);
                self.emit_jump(Op::POP_JUMP_IF_FALSE, stub);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(super::codegen_expr::convert_constant(&s.value));
                self.emit(Op::IS_OP, 0);
                let stub = fail_stub(self, fail, extra);
                self.emit_jump(Op::POP_JUMP_IF_FALSE, stub);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => match &a.name {
                    Some(n) => self.store_name(n.as_str()),
                    None => self.emit(Op::POP_TOP, 0),
                },
                Some(sub) => {
                    self.emit(Op::COPY, 1);
                    self.pattern(sub, fail, extra + 1)?;
                    match &a.name {
                        Some(n) => self.store_name(n.as_str()),
                        None => self.emit(Op::POP_TOP, 0),
                    }
                }
            },
            Pattern::MatchOr(o) => {
                let success = self.label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < n {
                        let next_alt = self.label();
                        // Try this alternative on a copy; on failure, drop the copy's leftovers
                        // and try the next one.
                        let mut local = Fail {
                            stubs: vec![next_alt],
                        };
                        self.emit(Op::COPY, 1);
                        self.pattern(alt, &mut local, 0)?;
                        self.emit(Op::POP_TOP, 0);
                        self.emit_jump(Op::JUMP_FORWARD, success);
                        for k in (1..local.stubs.len()).rev() {
                            self.bind(local.stubs[k]);
                            self.emit(Op::POP_TOP, 0);
                        }
                        self.bind(next_alt);
                    } else {
                        self.pattern(alt, fail, extra)?;
                    }
                }
                self.bind(success);
            }
            Pattern::MatchSequence(s) => {
                self.emit(Op::MATCH_SEQUENCE, 0);
                let stub = fail_stub(self, fail, extra + 1);
                self.emit_jump(Op::POP_JUMP_IF_FALSE, stub);
                let star = s
                    .patterns
                    .iter()
                    .position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = s.patterns.len();
                self.emit(Op::GET_LEN, 0);
                match star {
                    None => {
                        self.load_const(Constant::Int((n as u64).into()));
                        self.emit(Op::COMPARE_OP, CmpOp::Eq as u32);
                    }
                    Some(_) => {
                        self.load_const(Constant::Int(((n - 1) as u64).into()));
                        self.emit(Op::COMPARE_OP, CmpOp::Ge as u32);
                    }
                }
                let stub = fail_stub(self, fail, extra + 1);
                self.emit_jump(Op::POP_JUMP_IF_FALSE, stub);
                match star {
                    None => self.emit(Op::UNPACK_SEQUENCE, n as u32),
                    Some(i) => self.emit(Op::UNPACK_EX, (i as u32) | (((n - i - 1) as u32) << 8)),
                }
                for (k, sub) in s.patterns.iter().enumerate() {
                    let remaining = n - k - 1;
                    match sub {
                        Pattern::MatchStar(st) => match &st.name {
                            Some(name) => self.store_name(name.as_str()),
                            None => self.emit(Op::POP_TOP, 0),
                        },
                        other => self.pattern(other, fail, extra + remaining)?,
                    }
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Op::MATCH_MAPPING, 0);
                let stub = fail_stub(self, fail, extra + 1);
                self.emit_jump(Op::POP_JUMP_IF_FALSE, stub);
                let n = m.keys.len();
                if n > 0 {
                    self.emit(Op::GET_LEN, 0);
                    self.load_const(Constant::Int((n as u64).into()));
                    self.emit(Op::COMPARE_OP, CmpOp::Ge as u32);
                    let stub = fail_stub(self, fail, extra + 1);
                    self.emit_jump(Op::POP_JUMP_IF_FALSE, stub);
                }
                for k in &m.keys {
                    self.expr(k)?;
                }
                self.emit(Op::BUILD_TUPLE, n as u32);
                self.emit(Op::MATCH_KEYS, 0); // [x, keys, values|None]
                self.emit(Op::COPY, 1);
                let stub = fail_stub(self, fail, extra + 3);
                self.emit_jump(Op::POP_JUMP_IF_NONE, stub);
                self.emit(Op::UNPACK_SEQUENCE, n as u32);
                for (k, sub) in m.patterns.iter().enumerate() {
                    let remaining = n - k - 1;
                    self.pattern(sub, fail, extra + 2 + remaining)?;
                }
                match &m.rest {
                    Some(rest) => {
                        self.emit(Op::COPY_DICT_WITHOUT_KEYS, 0); // [x, rest]
                        self.store_name(rest.as_str());
                        self.emit(Op::POP_TOP, 0);
                    }
                    None => {
                        self.emit(Op::POP_TOP, 0);
                        self.emit(Op::POP_TOP, 0);
                    }
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Constant> = c
                    .kwd_attrs
                    .iter()
                    .map(|a| Constant::Str(a.to_string()))
                    .collect();
                self.load_const(Constant::Tuple(names));
                let npos = c.patterns.len();
                self.emit(Op::MATCH_CLASS, npos as u32); // [attrs|None]
                self.emit(Op::COPY, 1);
                let stub = fail_stub(self, fail, extra + 1);
                self.emit_jump(Op::POP_JUMP_IF_NONE, stub);
                let total = npos + c.kwd_patterns.len();
                self.emit(Op::UNPACK_SEQUENCE, total as u32);
                for (k, sub) in c.patterns.iter().chain(c.kwd_patterns.iter()).enumerate() {
                    let remaining = total - k - 1;
                    self.pattern(sub, fail, extra + remaining)?;
                }
            }
            Pattern::MatchStar(s) => {
                return Err(self.error("can't use starred name here", s));
            }
        }
        Ok(())
    }
}

/// The label that pops `n` items and fails the case.
fn fail_stub(c: &mut Compiler<'_>, fail: &mut Fail, n: usize) -> Label {
    while fail.stubs.len() <= n {
        let l = c.label();
        fail.stubs.push(l);
    }
    fail.stubs[n]
}
