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
        let ncases = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let allow_irrefutable = case.guard.is_some() || i + 1 == ncases;
            self.check_pattern(&case.pattern, allow_irrefutable, &mut Vec::new())?;
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

    /// The compile-time rules CPython enforces on a pattern: an irrefutable pattern only
    /// where it cannot hide later cases, each name bound once, alternatives binding the same
    /// names, and no duplicate literal keys in a mapping pattern. `names` collects captures.
    fn check_pattern(
        &self,
        p: &'a Pattern,
        allow_irrefutable: bool,
        names: &mut Vec<String>,
    ) -> CResult<()> {
        match p {
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_owned(),
                        };
                        return Err(self.error(msg, p));
                    }
                    if let Some(n) = &a.name {
                        self.capture(names, n.as_str(), p)?;
                    }
                }
                Some(sub) => {
                    self.check_pattern(sub, allow_irrefutable, names)?;
                    if let Some(n) = &a.name {
                        self.capture(names, n.as_str(), p)?;
                    }
                }
            },
            Pattern::MatchStar(st) => {
                if let Some(n) = &st.name {
                    self.capture(names, n.as_str(), p)?;
                }
            }
            Pattern::MatchOr(o) => {
                let base = names.clone();
                let mut first: Option<Vec<String>> = None;
                let k = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut alt_names = base.clone();
                    self.check_pattern(alt, allow_irrefutable && i + 1 == k, &mut alt_names)?;
                    let mut added: Vec<String> = alt_names[base.len()..].to_vec();
                    added.sort();
                    match &first {
                        None => first = Some(added),
                        Some(f) if *f != added => {
                            return Err(
                                self.error("alternative patterns bind different names", alt)
                            );
                        }
                        _ => {}
                    }
                }
                names.extend(first.unwrap_or_default());
            }
            Pattern::MatchSequence(sq) => {
                if sq
                    .patterns
                    .iter()
                    .filter(|p| matches!(p, Pattern::MatchStar(_)))
                    .count()
                    > 1
                {
                    return Err(self.error("multiple starred names in sequence pattern", p));
                }
                for sub in &sq.patterns {
                    self.check_pattern(sub, true, names)?;
                }
            }
            Pattern::MatchMapping(mm) => {
                let mut seen: Vec<String> = Vec::new();
                for key in &mm.keys {
                    if let ast::Expr::Constant(c) = key {
                        let r = match &c.value {
                            ast::Constant::Str(s) => format!("'{s}'"),
                            ast::Constant::Int(i) => i.to_string(),
                            ast::Constant::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
                            ast::Constant::None => "None".to_owned(),
                            _ => continue,
                        };
                        // 1 and True are the same key.
                        let norm = match r.as_str() {
                            "True" => "1".to_owned(),
                            "False" => "0".to_owned(),
                            _ => r.clone(),
                        };
                        if seen.contains(&norm) {
                            let msg = format!("mapping pattern checks duplicate key ({r})");
                            return Err(self.error(msg, p));
                        }
                        seen.push(norm);
                    }
                }
                for sub in &mm.patterns {
                    self.check_pattern(sub, true, names)?;
                }
                if let Some(rest) = &mm.rest {
                    self.capture(names, rest.as_str(), p)?;
                }
            }
            Pattern::MatchClass(c) => {
                for (i, a) in c.kwd_attrs.iter().enumerate() {
                    if c.kwd_attrs[..i].contains(a) {
                        let msg = format!("attribute name repeated in class pattern: {a}");
                        return Err(self.error(msg, p));
                    }
                }
                for sub in c.patterns.iter().chain(c.kwd_patterns.iter()) {
                    self.check_pattern(sub, true, names)?;
                }
            }
        }
        Ok(())
    }

    fn capture(&self, names: &mut Vec<String>, name: &str, node: &Pattern) -> CResult<()> {
        if names.iter().any(|n| n == name) {
            let msg = format!("multiple assignments to name '{name}' in pattern");
            return Err(self.error(msg, node));
        }
        names.push(name.to_owned());
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
