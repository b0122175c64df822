//! Code generation, part 1: compilation units, names, and statements.
//!
//! Input: the AST and its symbol table. Output: one assembled [`CodeUnit`] per code object
//! (module, functions, classes, lambdas, comprehensions), nested as constants.
//!
//! Control flow out of `try`/`with`/loops/handlers (`return`, `break`, `continue`) unwinds
//! a stack of "frame blocks" (`FBlock`), emitting each block's cleanup; after the exit
//! instruction the handler blocks it closed are re-opened, so the exception table stays
//! lexical for the code that follows. Expressions are in `codegen_expr.rs`, `match` in
//! `codegen_pattern.rs`.

use super::bytecode::Op;
use super::code::{co_flags, Location};
use super::symtable::{self, Resolution, Scope, ScopeKind};
use super::unit::{
    add_const, assemble, BlockKind, CodeUnit, Constant, Emitter, Item, Label, UnitHeader,
};
use super::{error_at, CompileError, LineIndex};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FKind {
    While,
    For,
    /// Inside `try` body of try/except.
    TryExcept,
    /// Inside `try` body of try/finally: unwinding runs the finally body.
    FinallyTry,
    /// Inside the finally body run for an exception: [prev, exc] on the stack.
    FinallyEnd,
    /// Inside a `with` body: [exit] on the stack.
    With,
    /// Inside an except handler's dispatch: [prev, exc].
    ExceptionHandler,
    /// Inside an except handler's body: [prev]; the name (if any) must be cleared.
    HandlerCleanup,
    /// A value on the stack to pop (e.g. the subject of `match`).
    PopValue,
}

#[derive(Clone)]
pub(super) struct FBlock<'a> {
    pub kind: FKind,
    /// `continue` target (loops).
    pub start: Option<Label>,
    /// `break` target (loops).
    pub exit: Option<Label>,
    /// The handler block this construct opened, re-opened after an early exit.
    pub handler: Option<(Label, BlockKind)>,
    /// The finally body (FinallyTry).
    pub finalbody: Option<&'a [Stmt]>,
    /// The bound exception name (HandlerCleanup).
    pub name: Option<String>,
}

pub(super) struct Unit<'a> {
    pub scope: Scope,
    pub child: usize,
    pub e: Emitter,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    names_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub cache_names: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub qualname: String,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    /// The class name for private-name mangling, if inside a class.
    pub private: Option<String>,
}

pub(super) struct Compiler<'a> {
    pub source: &'a str,
    pub lines: &'a LineIndex,
    pub filename: &'a str,
    pub units: Vec<Unit<'a>>,
    pub loc: Location,
    pub interactive: bool,
    /// Blocks closed by the last `return`'s unwinding, to re-open after it.
    pub pending_reopen: Vec<FBlock<'a>>,
}

pub(super) type CResult<T> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    // --- Errors and positions --------------------------------------------------------------

    pub fn error(&self, msg: impl Into<String>, node: &impl Ranged) -> CompileError {
        error_at(
            self.source,
            self.lines,
            self.filename,
            "SyntaxError",
            msg.into(),
            node.start().to_u32(),
            Some(node.end().to_u32()),
        )
    }

    pub fn location_of(&self, node: &impl Ranged) -> Location {
        let (s, e) = (node.start().to_u32(), node.end().to_u32());
        Location {
            line: self.lines.line(s),
            end_line: self.lines.line(e),
            col: self.lines.col(s),
            end_col: self.lines.col(e),
        }
    }

    /// Runs `f` with the current location set to `node`'s.
    pub fn at<T>(&mut self, node: &impl Ranged, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.loc;
        self.loc = self.location_of(node);
        let r = f(self);
        self.loc = saved;
        r
    }

    // --- Emission --------------------------------------------------------------------------

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    pub fn u(&self) -> &Unit<'a> {
        self.units.last().expect("unit")
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        let loc = self.loc;
        self.unit().e.emit(op, arg, loc);
    }

    pub fn emit_jump(&mut self, op: Op, l: Label) {
        debug_assert!(op.is_jump());
        self.emit(op, l.0);
    }

    pub fn label(&mut self) -> Label {
        self.unit().e.label()
    }

    pub fn bind(&mut self, l: Label) {
        self.unit().e.bind(l);
    }

    pub fn setup(&mut self, handler: Label, kind: BlockKind) {
        self.unit().e.items.push(Item::Setup { handler, kind });
    }

    pub fn pop_block(&mut self) {
        self.unit().e.items.push(Item::PopBlock);
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = add_const(&mut self.unit().consts, c);
        self.emit(Op::LOAD_CONST, i);
    }

    pub fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.names_index.get(name) {
            return i;
        }
        u.names.push(name.to_owned());
        let i = (u.names.len() - 1) as u32;
        u.names_index.insert(name.to_owned(), i);
        i
    }

    /// A fresh inline cache for `name`.
    pub fn cache_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        u.cache_names.push(name.to_owned());
        (u.cache_names.len() - 1) as u32
    }

    /// Private name mangling (`__x` inside class `C` is `_C__x`).
    pub fn mangle(&self, name: &str) -> String {
        let Some(cls) = &self.u().private else {
            return name.to_owned();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_owned();
        }
        let stripped = cls.trim_start_matches('_');
        if stripped.is_empty() {
            return name.to_owned();
        }
        format!("_{stripped}{name}")
    }

    // --- Names -----------------------------------------------------------------------------

    fn fast_index(&self, name: &str) -> Option<u32> {
        self.u()
            .varnames
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.u();
        let nl = u.varnames.len() as u32;
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some(nl + i as u32);
        }
        u.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| nl + u.cellvars.len() as u32 + i as u32)
    }

    pub fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let name = self.mangle(name);
        let kind = self.u().scope.kind;
        let res = self.u().scope.resolve(&name);
        let is_fn = self.u().scope.is_function();
        use ast::ExprContext as C;
        match res {
            Resolution::Cell | Resolution::Free => {
                let i = self.deref_index(&name).expect("deref slot");
                if kind == ScopeKind::Class && ctx == C::Load && res == Resolution::Free {
                    let _ = self.name_idx(&name);
                    self.emit(Op::LOAD_CLASSDEREF, i);
                    return;
                }
                let op = match ctx {
                    C::Load => Op::LOAD_DEREF,
                    C::Store => Op::STORE_DEREF,
                    C::Del => Op::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            Resolution::Local if is_fn => {
                let i = self.fast_index(&name).expect("local slot");
                let op = match ctx {
                    C::Load => Op::LOAD_FAST,
                    C::Store => Op::STORE_FAST,
                    C::Del => Op::DELETE_FAST,
                };
                self.emit(op, i);
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit
                if is_fn || res == Resolution::GlobalExplicit =>
            {
                match ctx {
                    C::Load => {
                        let c = self.cache_idx(&name);
                        self.emit(Op::LOAD_GLOBAL, c);
                    }
                    C::Store => {
                        let i = self.name_idx(&name);
                        self.emit(Op::STORE_GLOBAL, i);
                    }
                    C::Del => {
                        let i = self.name_idx(&name);
                        self.emit(Op::DELETE_GLOBAL, i);
                    }
                }
            }
            _ => {
                let i = self.name_idx(&name);
                let op = match ctx {
                    C::Load => Op::LOAD_NAME,
                    C::Store => Op::STORE_NAME,
                    C::Del => Op::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
    }

    pub fn load_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Load)
    }

    pub fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store)
    }

    // --- Units -----------------------------------------------------------------------------

    /// Takes the next child scope of the current unit (children are visited in source
    /// order, as the symbol table recorded them).
    pub fn next_child_scope(&mut self) -> Scope {
        let u = self.unit();
        let i = u.child;
        u.child += 1;
        std::mem::replace(&mut u.scope.children[i], Scope::placeholder())
    }

    pub fn enter_unit(&mut self, scope: Scope, qualname: String, firstlineno: u32) {
        let mut varnames: Vec<String> = Vec::new();
        if scope.is_function() {
            varnames.extend(scope.params.iter().cloned());
            for (n, _) in &scope.flags {
                if scope.resolved.get(n) == Some(&Resolution::Local) && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
        }
        let cellvars = scope.cellvars();
        let freevars = scope.freevars();
        let private = match scope.kind {
            ScopeKind::Class => Some(scope.name.clone()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut flags = 0;
        if scope.is_function() {
            flags |= co_flags::OPTIMIZED | co_flags::NEWLOCALS;
            if scope.is_generator {
                flags |= co_flags::GENERATOR;
            }
        }
        if self.units.last().is_some_and(|u| u.scope.is_function()) {
            flags |= co_flags::NESTED;
        }
        self.units.push(Unit {
            scope,
            child: 0,
            e: Emitter::default(),
            consts: Vec::new(),
            names: Vec::new(),
            names_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            cache_names: Vec::new(),
            fblocks: Vec::new(),
            qualname,
            flags,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            private,
        });
        // Prologue: cells, then free variables.
        let ncells = self.u().cellvars.len() as u32;
        let nl = self.u().varnames.len() as u32;
        for i in 0..ncells {
            self.emit(Op::MAKE_CELL, nl + i);
        }
        let nfree = self.u().freevars.len() as u32;
        if nfree > 0 {
            self.emit(Op::COPY_FREE_VARS, nfree);
        }
    }

    pub fn exit_unit(&mut self) -> CResult<CodeUnit> {
        let u = self.units.pop().expect("unit");
        let h = UnitHeader {
            name: u.scope.name.clone(),
            qualname: u.qualname,
            filename: self.filename.to_owned(),
            flags: u.flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            firstlineno: u.firstlineno,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cache_names: u.cache_names,
        };
        assemble(u.e, h).map_err(|e| CompileError {
            kind: "SystemError",
            msg: format!("compiler error: {}", e.0),
            filename: self.filename.to_owned(),
            line: self.loc.line,
            col: 1,
            end_line: self.loc.line,
            end_col: 1,
            text: None,
        })
    }

    /// The qualified name of a new child called `name`.
    pub fn child_qualname(&self, name: &str) -> String {
        let u = self.u();
        match u.scope.kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emits the closure tuple for `child` (if it has free variables), then
    /// `LOAD_CONST code; MAKE_FUNCTION flags`.
    pub fn make_function(&mut self, child: CodeUnit, mut flags: u32) {
        if !child.freevars.is_empty() {
            for name in child.freevars.clone() {
                let i = self
                    .deref_index(&name)
                    .unwrap_or_else(|| panic!("closure variable {name} not found"));
                self.emit(Op::LOAD_CLOSURE, i);
            }
            let n = child.freevars.len() as u32;
            self.emit(Op::BUILD_TUPLE, n);
            flags |= super::bytecode::make_function::CLOSURE;
        }
        self.load_const(Constant::Code(Box::new(child)));
        self.emit(Op::MAKE_FUNCTION, flags);
    }

    // --- Statements ------------------------------------------------------------------------

    pub fn body(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.loc = self.location_of(s);
        match s {
            Stmt::FunctionDef(f) => self.function_def(
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                s,
                false,
            ),
            Stmt::AsyncFunctionDef(f) => self.function_def(
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                s,
                true,
            ),
            Stmt::ClassDef(c) => self.class_def(c, s),
            Stmt::Return(r) => {
                if !self.u().scope.is_function() {
                    return Err(self.error("'return' outside function", s));
                }
                match &r.value {
                    Some(v) => {
                        self.expr(v)?;
                        self.unwind_all(true)?;
                        self.emit(Op::RETURN_VALUE, 0);
                    }
                    None => {
                        self.unwind_all(false)?;
                        self.load_const(Constant::None);
                        self.emit(Op::RETURN_VALUE, 0);
                    }
                }
                self.reopen_after_exit();
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::AsyncFor(f) => Err(self.error("'async for' is not supported yet", f)),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => {
                let end = self.label();
                let orelse = if i.orelse.is_empty() {
                    end
                } else {
                    self.label()
                };
                self.jump_if(&i.test, false, orelse)?;
                self.body(&i.body)?;
                if !i.orelse.is_empty() {
                    if !self.unit().e.last_is_terminal() {
                        self.emit_jump(Op::JUMP_FORWARD, end);
                    }
                    self.bind(orelse);
                    self.body(&i.orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            Stmt::With(w) => {
                let loc = self.location_of(s);
                self.with_stmt(&w.items, &w.body, 0, loc)
            }
            Stmt::AsyncWith(w) => Err(self.error("'async with' is not supported yet", w)),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.loc = self.location_of(s);
                self.emit(Op::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::TryStar(t) => Err(self.error("'except*' is not supported yet", t)),
            Stmt::Assert(a) => {
                let end = self.label();
                self.jump_if(&a.test, true, end)?;
                // CPython 3.11 attributes the raise to the last comparison its conditional
                // jump compiled (through `not`/`and`/`or`), else to the statement.
                self.loc = match assert_location(&a.test) {
                    Some(cmp) => self.location_of(cmp),
                    None => self.location_of(s),
                };
                self.emit(Op::PUSH_NULL, 0);
                self.emit(Op::LOAD_ASSERTION_ERROR, 0);
                match &a.msg {
                    Some(m) => {
                        let loc = self.loc;
                        self.expr(m)?;
                        self.loc = loc;
                        self.emit(Op::CALL, 1);
                    }
                    None => self.emit(Op::CALL, 0),
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.load_const(Constant::Int(0.into()));
                    self.load_const(Constant::None);
                    let idx = self.name_idx(alias.name.as_str());
                    self.emit(Op::IMPORT_NAME, idx);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = alias.name.split('.').collect();
                            for p in &parts[1..] {
                                let j = self.name_idx(p);
                                self.emit(Op::IMPORT_FROM, j);
                                self.emit(Op::SWAP, 2);
                                self.emit(Op::POP_TOP, 0);
                            }
                            self.store_name(asname.as_str());
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or("");
                            self.store_name(top);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                let level = i.level.map_or(0, |l| l.to_u32());
                self.load_const(Constant::Int(level.into()));
                let star = i.names.len() == 1 && i.names[0].name.as_str() == "*";
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(a.name.to_string()))
                    .collect();
                self.load_const(Constant::Tuple(names));
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                let idx = self.name_idx(module);
                self.emit(Op::IMPORT_NAME, idx);
                if star {
                    self.emit(Op::IMPORT_STAR, 0);
                    return Ok(());
                }
                for a in &i.names {
                    let j = self.name_idx(a.name.as_str());
                    self.emit(Op::IMPORT_FROM, j);
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(bound.as_str());
                }
                self.emit(Op::POP_TOP, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive
                    && self.u().scope.kind == ScopeKind::Module
                    && self.units.len() == 1
                {
                    self.expr(&e.value)?;
                    self.emit(Op::PRINT_EXPR, 0);
                    return Ok(());
                }
                // Constant expressions (docstrings elsewhere, `...`) are not evaluated.
                if let Expr::Constant(_) = &*e.value {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::POP_TOP, 0);
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(true, b),
            Stmt::Continue(c) => self.break_continue(false, c),
            Stmt::TypeAlias(t) => Err(self.error("'type' statements are not supported", t)),
        }
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.label();
        let exit = self.label();
        let orelse = if w.orelse.is_empty() {
            exit
        } else {
            self.label()
        };
        self.bind(start);
        let always =
            matches!(&*w.test, Expr::Constant(c) if constant_truth(&c.value) == Some(true));
        if !always {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.unit().fblocks.push(FBlock {
            kind: FKind::While,
            start: Some(start),
            exit: Some(exit),
            handler: None,
            finalbody: None,
            name: None,
        });
        self.body(&w.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Op::JUMP_BACKWARD, start);
        if !w.orelse.is_empty() {
            self.bind(orelse);
            self.body(&w.orelse)?;
        }
        self.bind(exit);
        Ok(())
    }

    pub fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.label();
        let cleanup = self.label();
        let exit = self.label();
        self.iter_operand(iter)?;
        self.at(iter, |c| c.emit(Op::GET_ITER, 0));
        self.bind(start);
        self.at(iter, |c| c.emit_jump(Op::FOR_ITER, cleanup));
        self.unit().fblocks.push(FBlock {
            kind: FKind::For,
            start: Some(start),
            exit: Some(exit),
            handler: None,
            finalbody: None,
            name: None,
        });
        self.store_target(target)?;
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Op::JUMP_BACKWARD, start);
        self.bind(cleanup);
        self.body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, node: &impl Ranged) -> CResult<()> {
        let loop_at = self
            .u()
            .fblocks
            .iter()
            .rposition(|b| matches!(b.kind, FKind::While | FKind::For));
        let Some(li) = loop_at else {
            return Err(self.error(
                if is_break {
                    "'break' outside loop".to_owned()
                } else {
                    "'continue' not properly in loop".to_owned()
                },
                node,
            ));
        };
        // Unwind the blocks inside the loop.
        let n = self.u().fblocks.len();
        let inner: Vec<FBlock<'a>> = self.u().fblocks[li + 1..n].to_vec();
        let saved = std::mem::take(&mut self.unit().fblocks);
        self.unit().fblocks = saved[..li + 1].to_vec();
        for b in inner.iter().rev() {
            self.unwind_block(b, false)?;
        }
        let lb = saved[li].clone();
        if is_break {
            if lb.kind == FKind::For {
                self.emit(Op::POP_TOP, 0);
            }
            self.emit_jump(Op::JUMP_FORWARD, lb.exit.expect("loop exit"));
        } else {
            self.emit_jump(Op::JUMP_BACKWARD, lb.start.expect("loop start"));
        }
        self.unit().fblocks = saved;
        self.reopen(&inner);
        Ok(())
    }

    /// Unwinds every block (for `return`); `preserve_tos` keeps the return value on top.
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult<()> {
        let blocks: Vec<FBlock<'a>> = self.u().fblocks.clone();
        let saved = std::mem::take(&mut self.unit().fblocks);
        for (i, b) in blocks.iter().enumerate().rev() {
            self.unit().fblocks = saved[..i].to_vec();
            self.unwind_block(b, preserve_tos)?;
        }
        self.unit().fblocks = saved;
        self.pending_reopen = blocks;
        Ok(())
    }

    /// Re-opens the handler blocks closed by an early exit, for the code after it.
    fn reopen_after_exit(&mut self) {
        let blocks = std::mem::take(&mut self.pending_reopen);
        self.reopen(&blocks);
    }

    fn reopen(&mut self, blocks: &[FBlock<'a>]) {
        for b in blocks {
            if let Some((l, k)) = b.handler {
                self.setup(l, k);
            }
        }
    }

    /// Emits the cleanup of one block for an early exit.
    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match b.kind {
            FKind::While | FKind::ExceptionHandler => Ok(()),
            FKind::For | FKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                Ok(())
            }
            FKind::TryExcept => {
                self.pop_block();
                Ok(())
            }
            FKind::FinallyTry => {
                self.pop_block();
                // Run the finally body inline, with the return value (if any) kept below; a
                // `return` inside it must drop that value.
                let body = b.finalbody.expect("finally body");
                if preserve_tos {
                    self.unit().fblocks.push(FBlock {
                        kind: FKind::PopValue,
                        start: None,
                        exit: None,
                        handler: None,
                        finalbody: None,
                        name: None,
                    });
                }
                self.body(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                Ok(())
            }
            FKind::FinallyEnd => {
                // [prev, exc] (+ value): drop the pending exception, restore prev.
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.pop_block();
                self.emit(Op::POP_EXCEPT, 0);
                Ok(())
            }
            FKind::With => {
                self.pop_block();
                // [exit] (+ value): call exit(None, None, None).
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.call_exit_none();
                Ok(())
            }
            FKind::HandlerCleanup => {
                // [prev] (+ value).
                if b.name.is_some() {
                    self.pop_block();
                }
                self.pop_block();
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_EXCEPT, 0);
                if let Some(n) = &b.name {
                    self.load_const(Constant::None);
                    self.store_name(n);
                    self.name_op(n, ast::ExprContext::Del);
                }
                Ok(())
            }
        }
    }

    /// `[exit]` -> calls `exit(None, None, None)` and pops it.
    pub fn call_exit_none(&mut self) {
        self.emit(Op::PUSH_NULL, 0);
        self.emit(Op::SWAP, 2);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Op::CALL, 3);
        self.emit(Op::POP_TOP, 0);
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let except = self.label();
        let end = self.label();
        let cleanup = self.label();
        self.setup(except, BlockKind::Finally);
        self.unit().fblocks.push(FBlock {
            kind: FKind::TryExcept,
            start: None,
            exit: None,
            handler: Some((except, BlockKind::Finally)),
            finalbody: None,
            name: None,
        });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.pop_block();
        self.body(orelse)?;
        if !self.unit().e.last_is_terminal() {
            self.emit_jump(Op::JUMP_FORWARD, end);
        }

        // Handlers: [exc] on entry.
        self.bind(except);
        self.setup(cleanup, BlockKind::Finally);
        self.emit(Op::PUSH_EXC_INFO, 0); // [prev, exc]
        self.unit().fblocks.push(FBlock {
            kind: FKind::ExceptionHandler,
            start: None,
            exit: None,
            handler: Some((cleanup, BlockKind::Finally)),
            finalbody: None,
            name: None,
        });
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.loc = self.location_of(h);
            let next = self.label();
            match &h.type_ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CHECK_EXC_MATCH, 0);
                    self.emit_jump(Op::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.error("default 'except:' must be last", h));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name.as_str()); // [prev]
                    let named_cleanup = self.label();
                    self.setup(named_cleanup, BlockKind::Finally);
                    self.unit().fblocks.push(FBlock {
                        kind: FKind::HandlerCleanup,
                        start: None,
                        exit: None,
                        handler: Some((named_cleanup, BlockKind::Finally)),
                        finalbody: None,
                        name: Some(name.to_string()),
                    });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_block();
                    self.pop_block();
                    self.emit(Op::POP_EXCEPT, 0);
                    self.load_const(Constant::None);
                    self.store_name(name.as_str());
                    self.name_op(name.as_str(), ast::ExprContext::Del);
                    self.emit_jump(Op::JUMP_FORWARD, end);
                    // An exception in the handler body: clear the name and re-raise, inside
                    // the dispatch block, whose cleanup restores the previous exception.
                    self.setup(cleanup, BlockKind::Finally);
                    self.bind(named_cleanup); // [prev, exc2]
                    self.load_const(Constant::None);
                    self.store_name(name.as_str());
                    self.name_op(name.as_str(), ast::ExprContext::Del);
                    self.emit(Op::RERAISE, 0);
                }
                None => {
                    self.emit(Op::POP_TOP, 0); // [prev]
                    self.unit().fblocks.push(FBlock {
                        kind: FKind::HandlerCleanup,
                        start: None,
                        exit: None,
                        handler: None,
                        finalbody: None,
                        name: None,
                    });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_block();
                    self.emit(Op::POP_EXCEPT, 0);
                    self.emit_jump(Op::JUMP_FORWARD, end);
                    self.setup(cleanup, BlockKind::Finally);
                }
            }
            self.bind(next);
        }
        self.unit().fblocks.pop();
        // No handler matched: re-raise (inside the cleanup block).
        self.emit(Op::RERAISE, 0);
        self.pop_block();
        // cleanup: [prev, exc2] -> restore prev, re-raise exc2.
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let fin_exc = self.label();
        let end = self.label();
        let cleanup = self.label();
        self.setup(fin_exc, BlockKind::Finally);
        self.unit().fblocks.push(FBlock {
            kind: FKind::FinallyTry,
            start: None,
            exit: None,
            handler: Some((fin_exc, BlockKind::Finally)),
            finalbody: Some(&t.finalbody),
            name: None,
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
            self.body(&t.orelse)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse)?;
        }
        self.unit().fblocks.pop();
        self.pop_block();
        // Normal path.
        self.body(&t.finalbody)?;
        if !self.unit().e.last_is_terminal() {
            self.emit_jump(Op::JUMP_FORWARD, end);
        }
        // Exception path: [exc].
        self.bind(fin_exc);
        self.setup(cleanup, BlockKind::Finally);
        self.emit(Op::PUSH_EXC_INFO, 0); // [prev, exc]
        self.unit().fblocks.push(FBlock {
            kind: FKind::FinallyEnd,
            start: None,
            exit: None,
            handler: Some((cleanup, BlockKind::Finally)),
            finalbody: None,
            name: None,
        });
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::RERAISE, 0);
        self.pop_block();
        self.bind(cleanup); // [prev, exc2]
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// `loc` is the whole statement's location: CPython attributes the `__exit__` calls (normal
    /// and exceptional) to it, so a traceback through them shows the line without carets.
    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        i: usize,
        loc: Location,
    ) -> CResult<()> {
        let item = &items[i];
        let handler = self.label();
        let end = self.label();
        let cleanup = self.label();
        self.expr(&item.context_expr)?;
        self.at(&item.context_expr, |c| c.emit(Op::BEFORE_WITH, 0)); // [exit, value]
        self.setup(handler, BlockKind::With);
        self.unit().fblocks.push(FBlock {
            kind: FKind::With,
            start: None,
            exit: None,
            handler: Some((handler, BlockKind::With)),
            finalbody: None,
            name: None,
        });
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        if i + 1 < items.len() {
            self.with_stmt(items, body, i + 1, loc)?;
        } else {
            self.body(body)?;
        }
        self.unit().fblocks.pop();
        self.pop_block();
        self.loc = loc;
        self.call_exit_none();
        self.emit_jump(Op::JUMP_FORWARD, end);
        // Exception in the body: [exit, exc].
        self.bind(handler);
        self.setup(cleanup, BlockKind::Finally);
        self.emit(Op::PUSH_EXC_INFO, 0); // [exit, prev, exc]
        self.emit(Op::WITH_EXCEPT_START, 0); // [exit, prev, exc, res]
        let suppress = self.label();
        self.emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 0);
        self.bind(suppress); // [exit, prev, exc]
        self.pop_block();
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup); // [exit, prev, exc2]
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0); // [exit, exc2]
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = super::codegen_expr::binop(a.op, true);
        match &*a.target {
            Expr::Name(n) => {
                self.at(&*a.target, |c| c.load_name(n.id.as_str()));
                self.expr(&a.value)?;
                self.at(a, |c| c.emit(Op::BINARY_OP, op as u32));
                self.at(&*a.target, |c| c.store_name(n.id.as_str()));
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::COPY, 1);
                let name = self.mangle(at.attr.as_str());
                let c = self.cache_idx(&name);
                self.at(&*a.target, |s| s.emit(Op::LOAD_ATTR, c));
                self.expr(&a.value)?;
                self.at(a, |c| c.emit(Op::BINARY_OP, op as u32));
                self.emit(Op::SWAP, 2);
                let c = self.cache_idx(&name);
                self.at(&*a.target, |s| s.emit(Op::STORE_ATTR, c));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.at(&*a.target, |c| c.emit(Op::BINARY_SUBSCR, 0));
                self.expr(&a.value)?;
                self.at(a, |c| c.emit(Op::BINARY_OP, op as u32));
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.at(&*a.target, |c| c.emit(Op::STORE_SUBSCR, 0));
            }
            other => {
                let kind = match other {
                    Expr::Tuple(_) => "tuple",
                    Expr::List(_) => "list",
                    Expr::Call(_) => "function call",
                    Expr::Constant(_) => "literal",
                    Expr::Starred(_) => "starred",
                    Expr::Lambda(_) => "lambda",
                    Expr::Compare(_) => "comparison",
                    Expr::NamedExpr(_) => "named expression",
                    Expr::Dict(_) => "dict literal",
                    Expr::Set(_) => "set display",
                    Expr::ListComp(_) => "list comprehension",
                    Expr::GeneratorExp(_) => "generator expression",
                    _ => "expression",
                };
                let msg = format!("'{kind}' is an illegal expression for augmented assignment");
                return Err(self.error(msg, other));
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.u().scope.kind;
        if let (Expr::Name(n), true) = (&*a.target, a.simple) {
            if kind == ScopeKind::Module || kind == ScopeKind::Class {
                // __annotations__[name] = annotation
                self.emit(Op::SETUP_ANNOTATIONS, 0);
                self.expr(&a.annotation)?;
                self.load_name("__annotations__");
                let name = self.mangle(n.id.as_str());
                self.load_const(Constant::Str(name));
                self.emit(Op::STORE_SUBSCR, 0);
            }
        } else if kind == ScopeKind::Module || kind == ScopeKind::Class {
            // Complex targets: evaluate the target's subexpressions and the annotation.
            self.expr(&a.annotation)?;
            self.emit(Op::POP_TOP, 0);
        }
        Ok(())
    }

    /// Compiles `def`/`async def`.
    #[allow(clippy::too_many_arguments)]
    fn function_def(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
        node: &'a Stmt,
        is_async: bool,
    ) -> CResult<()> {
        for d in decorators {
            self.emit(Op::PUSH_NULL, 0);
            self.expr(d)?;
        }
        let mut flags = self.function_defaults(args)?;
        if self.annotations(args, returns)? {
            flags |= super::bytecode::make_function::ANNOTATIONS;
        }
        let scope = self.next_child_scope();
        let qualname = self.child_qualname(name);
        let firstline = self.location_of(node).line;
        // Decorated functions start at the first decorator's line, as CPython reports.
        let firstline = decorators
            .first()
            .map_or(firstline, |d| self.location_of(d).line);
        self.enter_unit(scope, qualname, firstline);
        if is_async {
            self.unit().flags |= co_flags::COROUTINE;
        }
        self.set_arg_counts(args);
        // Docstring.
        let mut rest = body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::Constant(c) = &*e.value {
                if let ast::Constant::Str(s) = &c.value {
                    add_const(&mut self.unit().consts, Constant::Str(s.clone()));
                    self.unit().flags |= co_flags::HAS_DOCSTRING;
                    rest = &body[1..];
                }
            }
        }
        self.body(rest)?;
        self.return_none_if_open();
        let code = self.exit_unit()?;
        self.loc = self.location_of(node);
        self.make_function(code, flags);
        for _ in decorators {
            self.emit(Op::CALL, 1);
        }
        self.store_name(name);
        Ok(())
    }

    pub fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = self.unit();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= co_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= co_flags::VARKEYWORDS;
        }
    }

    pub fn return_none_if_open(&mut self) {
        if !self.unit().e.last_is_terminal() {
            self.load_const(Constant::None);
            self.emit(Op::RETURN_VALUE, 0);
        }
    }

    /// Emits positional defaults (a tuple) and keyword-only defaults (a dict); returns the
    /// MAKE_FUNCTION flags for them.
    pub fn function_defaults(&mut self, args: &'a ast::Arguments) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, defaults.len() as u32);
            flags |= super::bytecode::make_function::DEFAULTS;
        }
        let kwd: Vec<(&ast::Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (&a.def, d)))
            .collect();
        if !kwd.is_empty() {
            for (a, d) in &kwd {
                let n = self.mangle(a.arg.as_str());
                self.load_const(Constant::Str(n));
                self.expr(d)?;
            }
            self.emit(Op::BUILD_MAP, kwd.len() as u32);
            flags |= super::bytecode::make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Emits the annotations dict if the function has annotations.
    fn annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut n = 0;
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(a.arg.as_str());
                self.load_const(Constant::Str(name));
                self.expr(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".to_owned()));
            self.expr(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(false);
        }
        self.emit(Op::BUILD_MAP, n);
        Ok(true)
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef, node: &'a Stmt) -> CResult<()> {
        for d in &c.decorator_list {
            self.emit(Op::PUSH_NULL, 0);
            self.expr(d)?;
        }
        let scope = self.next_child_scope();
        let qualname = self.child_qualname(c.name.as_str());
        let firstline = c
            .decorator_list
            .first()
            .map_or(self.location_of(node).line, |d| self.location_of(d).line);
        let needs_cell = scope.needs_class_cell;
        self.enter_unit(scope, qualname.clone(), firstline);
        self.loc = self.location_of(node);
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(Constant::Str(qualname));
        self.store_name("__qualname__");
        let mut rest: &'a [Stmt] = &c.body;
        if let Some(Stmt::Expr(e)) = c.body.first() {
            if let Expr::Constant(k) = &*e.value {
                if let ast::Constant::Str(s) = &k.value {
                    self.load_const(Constant::Str(s.clone()));
                    self.store_name("__doc__");
                    rest = &c.body[1..];
                }
            }
        }
        self.body(rest)?;
        if needs_cell {
            let i = self.deref_index("__class__").expect("__class__ cell");
            self.emit(Op::LOAD_CLOSURE, i);
            self.emit(Op::COPY, 1);
            self.store_name("__classcell__");
            self.emit(Op::RETURN_VALUE, 0);
        } else {
            self.load_const(Constant::None);
            self.emit(Op::RETURN_VALUE, 0);
        }
        let code = self.exit_unit()?;
        self.loc = self.location_of(node);
        self.emit(Op::PUSH_NULL, 0);
        self.emit(Op::LOAD_BUILD_CLASS, 0);
        self.make_function(code, 0);
        self.load_const(Constant::Str(c.name.to_string()));
        self.call_tail(&c.bases, &c.keywords, 2, node)?;
        for _ in &c.decorator_list {
            self.emit(Op::CALL, 1);
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    // --- Targets ---------------------------------------------------------------------------

    pub fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.at(t, |c| c.store_name(n.id.as_str()));
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let c = self.cache_idx(&name);
                self.at(t, |s| s.emit(Op::STORE_ATTR, c));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.at(t, |c| c.emit(Op::STORE_SUBSCR, 0));
                Ok(())
            }
            Expr::Tuple(tu) => self.unpack_targets(&tu.elts, t),
            Expr::List(l) => self.unpack_targets(&l.elts, t),
            Expr::Starred(_) => {
                Err(self.error("starred assignment target must be in a list or tuple", t))
            }
            _ => Err(self.error(format!("cannot assign to {}", describe(t)), t)),
        }
    }

    fn unpack_targets(&mut self, elts: &'a [Expr], node: &'a Expr) -> CResult<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.error("multiple starred expressions in assignment", node));
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", node)
                    );
                }
                self.at(node, |c| {
                    c.emit(Op::UNPACK_EX, (i as u32) | ((after as u32) << 8))
                });
            }
            None => self.at(node, |c| c.emit(Op::UNPACK_SEQUENCE, elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.at(t, |c| c.name_op(n.id.as_str(), ast::ExprContext::Del));
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let i = self.name_idx(&name);
                self.at(t, |c| c.emit(Op::DELETE_ATTR, i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.at(t, |c| c.emit(Op::DELETE_SUBSCR, 0));
                Ok(())
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => Err(self.error(format!("cannot delete {}", describe(t)), t)),
        }
    }
}

/// The truth of a constant, if it is one whose truth is known.
pub(super) fn constant_truth(c: &ast::Constant) -> Option<bool> {
    Some(match c {
        ast::Constant::None => false,
        ast::Constant::Bool(b) => *b,
        ast::Constant::Int(i) => *i != 0.into(),
        ast::Constant::Float(f) => *f != 0.0,
        ast::Constant::Str(s) => !s.is_empty(),
        ast::Constant::Bytes(b) => !b.is_empty(),
        ast::Constant::Ellipsis => true,
        _ => return None,
    })
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub(super) fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Constant(c) => match c.value {
            ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis => "literal",
            _ => "literal",
        },
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        _ => "expression",
    }
}

/// Compiles a module (or an interactive statement).
pub(super) fn compile_module(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    body: &[Stmt],
    interactive: bool,
) -> Result<CodeUnit, CompileError> {
    let line_of = |o: u32| lines.line(o);
    let scope = symtable::build(body, ScopeKind::Module, &line_of).map_err(|e| {
        error_at(
            source,
            lines,
            filename,
            "SyntaxError",
            e.msg,
            e.offset,
            None,
        )
    })?;
    let mut c = Compiler {
        source,
        lines,
        filename,
        units: Vec::new(),
        loc: Location::default(),
        interactive,
        pending_reopen: Vec::new(),
    };
    c.enter_unit(scope, "<module>".to_owned(), 1);
    let mut rest = body;
    if !interactive {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::Constant(k) = &*e.value {
                if let ast::Constant::Str(s) = &k.value {
                    c.loc = c.location_of(&body[0]);
                    c.load_const(Constant::Str(s.clone()));
                    c.store_name("__doc__");
                    rest = &body[1..];
                }
            }
        }
    }
    c.body(rest)?;
    c.loc.line = 0;
    c.load_const(Constant::None);
    c.emit(Op::RETURN_VALUE, 0);
    c.exit_unit()
}

/// Compiles one expression (`eval`).
pub(super) fn compile_eval(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    body: &Expr,
) -> Result<CodeUnit, CompileError> {
    let line_of = |o: u32| lines.line(o);
    let scope = symtable::build_expr(body, &line_of).map_err(|e| {
        error_at(
            source,
            lines,
            filename,
            "SyntaxError",
            e.msg,
            e.offset,
            None,
        )
    })?;
    let mut c = Compiler {
        source,
        lines,
        filename,
        units: Vec::new(),
        loc: Location::default(),
        interactive: false,
        pending_reopen: Vec::new(),
    };
    c.enter_unit(scope, "<module>".to_owned(), 1);
    c.expr(body)?;
    c.emit(Op::RETURN_VALUE, 0);
    c.exit_unit()
}

/// The comparison whose location an `assert` on `test` raises from, if any: the last
/// comparison reached through `not`, `and` and `or`.
fn assert_location(test: &Expr) -> Option<&Expr> {
    match test {
        Expr::Compare(_) => Some(test),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => assert_location(&u.operand),
        Expr::BoolOp(b) => b.values.iter().rev().find_map(assert_location),
        _ => None,
    }
}
