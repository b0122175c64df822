//! Symbol tables: which scope every name belongs to.
//!
//! Input: a module's AST. Output: a tree of [`Scope`]s (module, classes, functions,
//! lambdas, comprehensions, in source order) in which every name is resolved to local,
//! global (explicit or implicit), free or cell.
//!
//! Two passes, as in CPython: the first records how each scope uses each name (bound,
//! parameter, declared global/nonlocal, used); the second resolves names top-down,
//! collecting free variables bottom-up so that the function that binds a name captured by
//! an inner function turns it into a cell, and functions in between pass it through.
//! Class bodies do not provide bindings to nested functions, except the implicit
//! `__class__` cell that zero-argument `super()` uses.

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{HashMap, HashSet};

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module's top level.
    Module,
    /// A class body.
    Class,
    /// A `def` or `async def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A fast local of a function (or a name in a module/class namespace).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// Local here and captured by an inner function.
    Cell,
}

/// Symbol flags from the first pass.
pub mod flag {
    /// Assigned, imported, deleted, or otherwise bound here.
    pub const BOUND: u32 = 1;
    /// A parameter.
    pub const PARAM: u32 = 2;
    /// Declared `global`.
    pub const GLOBAL: u32 = 4;
    /// Declared `nonlocal`.
    pub const NONLOCAL: u32 = 8;
    /// Read here.
    pub const USED: u32 = 16;
    /// Annotated (`x: int`).
    pub const ANNOTATED: u32 = 32;
}

/// A scope and its children.
#[derive(Debug)]
pub struct Scope {
    /// Kind of block.
    pub kind: ScopeKind,
    /// Name (`<module>`, the function's or class's name, `<lambda>`, `<listcomp>`...).
    pub name: String,
    /// Flags per name, in order of first appearance.
    pub flags: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    /// Resolution per name, after analysis.
    pub resolved: HashMap<String, Resolution>,
    /// Parameter names, in order (positional-only, positional, `*args`, keyword-only,
    /// `**kwargs`).
    pub params: Vec<String>,
    /// Nested scopes, in source order.
    pub children: Vec<Scope>,
    /// Whether the block contains `yield` (a generator).
    pub is_generator: bool,
    /// For classes: whether an inner function needs the `__class__` cell.
    pub needs_class_cell: bool,
    /// Whether the scope uses `super` or `__class__` (functions nested in classes).
    pub uses_class: bool,
    /// First line of the block.
    pub lineno: u32,
}

/// A symbol-table error, reported as a `SyntaxError` at `offset`.
#[derive(Debug, Clone)]
pub struct SymtableError {
    /// Message.
    pub msg: String,
    /// Byte offset in the source.
    pub offset: u32,
}

impl Scope {
    /// An empty scope, left behind when codegen takes a child out of the tree.
    pub fn placeholder() -> Scope {
        Scope::new(ScopeKind::Module, "", 0)
    }

    fn new(kind: ScopeKind, name: &str, lineno: u32) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            flags: Vec::new(),
            index: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            uses_class: false,
            lineno,
        }
    }

    fn add(&mut self, name: &str, f: u32) {
        match self.index.get(name) {
            Some(&i) => self.flags[i].1 |= f,
            None => {
                self.index.insert(name.to_owned(), self.flags.len());
                self.flags.push((name.to_owned(), f));
            }
        }
    }

    /// The first-pass flags of `name` (0 if unseen).
    pub fn flags_of(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.flags[i].1)
    }

    /// How `name` resolves here.
    pub fn resolve(&self, name: &str) -> Resolution {
        match self.resolved.get(name) {
            Some(&r) => r,
            None => {
                if self.kind == ScopeKind::Module || self.kind == ScopeKind::Class {
                    // Module and class bodies use namespace lookups for unresolved names.
                    Resolution::GlobalImplicit
                } else {
                    Resolution::GlobalImplicit
                }
            }
        }
    }

    /// Whether this is a function-like block (fast locals).
    pub fn is_function(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// Names resolved as cells, in first-appearance order.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .flags
            .iter()
            .filter(|(n, _)| self.resolved.get(n) == Some(&Resolution::Cell))
            .map(|(n, _)| n.clone())
            .collect();
        if self.kind == ScopeKind::Class && self.needs_class_cell {
            v.retain(|n| n != "__class__");
            v.push("__class__".to_owned());
        }
        v
    }

    /// Names resolved as free, in first-appearance order.
    pub fn freevars(&self) -> Vec<String> {
        self.flags
            .iter()
            .filter(|(n, _)| self.resolved.get(n) == Some(&Resolution::Free))
            .map(|(n, _)| n.clone())
            .collect()
    }
}

// --- First pass ----------------------------------------------------------------------------

struct Builder<'a> {
    stack: Vec<Scope>,
    line_of: &'a dyn Fn(u32) -> u32,
    errors: Vec<SymtableError>,
    /// Iteration variables of the comprehensions on the stack: `(stack index, name)`.
    comp_iter_vars: Vec<(usize, String)>,
    /// Nesting depth inside comprehension iterable expressions, where `:=` is illegal.
    in_comp_iterable: u32,
}

fn off<T: ast::Ranged>(node: &T) -> u32 {
    node.start().to_u32()
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Scope {
        self.stack.last_mut().expect("scope stack")
    }

    fn add(&mut self, name: &str, f: u32) {
        self.cur().add(name, f);
    }

    fn error(&mut self, msg: String, offset: u32) {
        self.errors.push(SymtableError { msg, offset });
    }

    fn push(&mut self, kind: ScopeKind, name: &str, offset: u32) {
        let line = (self.line_of)(offset);
        self.stack.push(Scope::new(kind, name, line));
    }

    fn pop(&mut self) {
        let s = self.stack.pop().expect("scope");
        let depth = self.stack.len();
        self.comp_iter_vars.retain(|(i, _)| *i < depth);
        self.cur().children.push(s);
    }

    fn body(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn params(&mut self, args: &ast::Arguments) {
        let add = |b: &mut Self, a: &ast::Arg| {
            b.add(a.arg.as_str(), flag::PARAM | flag::BOUND);
            b.cur().params.push(a.arg.to_string());
        };
        // CPython's order: positional, keyword-only, *args, **kwargs.
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            add(self, &a.def);
        }
        for a in &args.kwonlyargs {
            add(self, &a.def);
        }
        if let Some(a) = &args.vararg {
            add(self, a);
        }
        if let Some(a) = &args.kwarg {
            add(self, a);
        }
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn param_exprs(&mut self, args: &ast::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
            if let Some(ann) = &a.def.annotation {
                self.expr(ann);
            }
        }
        for a in args.vararg.iter().chain(args.kwarg.iter()) {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    fn function(
        &mut self,
        name: &str,
        args: &ast::Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        offset: u32,
    ) {
        for d in decorators {
            self.expr(d);
        }
        self.param_exprs(args);
        if let Some(r) = returns {
            self.expr(r);
        }
        self.add(name, flag::BOUND);
        self.push(ScopeKind::Function, name, offset);
        self.params(args);
        self.body(body);
        self.pop();
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => self.function(
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                off(s),
            ),
            Stmt::AsyncFunctionDef(f) => self.function(
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                off(s),
            ),
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.add(c.name.as_str(), flag::BOUND);
                self.push(ScopeKind::Class, c.name.as_str(), off(s));
                self.body(&c.body);
                self.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t, true);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t, false);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), flag::BOUND | flag::USED);
                } else {
                    self.target(&a.target, false);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let f = if a.value.is_some() {
                        flag::BOUND | flag::ANNOTATED
                    } else {
                        flag::ANNOTATED
                    };
                    self.add(n.id.as_str(), f);
                } else {
                    self.target(&a.target, false);
                }
                // Annotations of simple names in functions are not evaluated.
                if !(self.cur().is_function() && a.simple) {
                    self.expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target, false);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target, false);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                self.body(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v, false);
                    }
                }
                self.body(&w.body);
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v, false);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    self.pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.body(&case.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.add(n.as_str(), flag::BOUND);
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::TryStar(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.add(n.as_str(), flag::BOUND);
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_owned(),
                    };
                    self.add(&bound, flag::BOUND);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.error("import * only allowed at module level".to_owned(), off(s));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.add(bound.as_str(), flag::BOUND);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let prior = self.cur().flags_of(n.as_str());
                    if prior & (flag::BOUND | flag::USED | flag::ANNOTATED) != 0 {
                        let what = if prior & flag::PARAM != 0 {
                            format!("name '{n}' is parameter and global")
                        } else if prior & (flag::BOUND) != 0 {
                            format!("name '{n}' is assigned to before global declaration")
                        } else if prior & flag::ANNOTATED != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else {
                            format!("name '{n}' is used prior to global declaration")
                        };
                        self.error(what, off(s));
                    }
                    self.add(n.as_str(), flag::GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    self.error(
                        "nonlocal declaration not allowed at module level".to_owned(),
                        off(s),
                    );
                }
                for n in &g.names {
                    let prior = self.cur().flags_of(n.as_str());
                    if prior & flag::PARAM != 0 {
                        self.error(format!("name '{n}' is parameter and nonlocal"), off(s));
                    } else if prior & flag::BOUND != 0 {
                        self.error(
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                            off(s),
                        );
                    } else if prior & flag::USED != 0 {
                        self.error(
                            format!("name '{n}' is used prior to nonlocal declaration"),
                            off(s),
                        );
                    }
                    self.add(n.as_str(), flag::NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(t) => {
                self.target(&t.name, false);
                self.expr(&t.value);
            }
        }
    }

    fn target(&mut self, t: &Expr, _del: bool) {
        match t {
            Expr::Name(n) => self.add(n.id.as_str(), flag::BOUND),
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e, _del);
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e, _del);
                }
            }
            Expr::Starred(s) => self.target(&s.value, _del),
            other => self.expr(other),
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p);
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k);
                }
                for p in &m.patterns {
                    self.pattern(p);
                }
                if let Some(r) = &m.rest {
                    self.add(r.as_str(), flag::BOUND);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                for p in c.patterns.iter().chain(c.kwd_patterns.iter()) {
                    self.pattern(p);
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n.as_str(), flag::BOUND);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.add(n.as_str(), flag::BOUND);
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p);
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        offset: u32,
    ) {
        self.push(ScopeKind::Comprehension, name, offset);
        self.cur().params.push(".0".to_owned());
        self.add(".0", flag::PARAM | flag::BOUND);
        let depth = self.stack.len() - 1;
        for g in generators {
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            self.comp_iter_vars
                .extend(names.into_iter().map(|n| (depth, n)));
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.in_comp_iterable += 1;
                self.expr(&g.iter);
                self.in_comp_iterable -= 1;
            }
            self.target(&g.target, false);
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        self.pop();
        // The first iterable is evaluated in the enclosing scope, after the comprehension's
        // function is made: its own child scopes come after the comprehension's, the order
        // in which the code generator takes them.
        self.in_comp_iterable += 1;
        self.expr(&generators[0].iter);
        self.in_comp_iterable -= 1;
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if self.in_comp_iterable > 0 {
                    self.error(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .to_owned(),
                        off(e),
                    );
                }
                if let Expr::Name(name) = &*n.target {
                    self.walrus_target(name.id.as_str(), off(e));
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.param_exprs(&l.args);
                self.push(ScopeKind::Lambda, "<lambda>", off(e));
                self.params(&l.args);
                self.expr(&l.body);
                self.pop();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k);
                }
                for v in &d.values {
                    self.expr(v);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension("<listcomp>", &c.generators, &[&c.elt], off(e)),
            Expr::SetComp(c) => self.comprehension("<setcomp>", &c.generators, &[&c.elt], off(e)),
            Expr::DictComp(c) => {
                self.comprehension("<dictcomp>", &c.generators, &[&c.key, &c.value], off(e))
            }
            Expr::GeneratorExp(c) => {
                self.comprehension("<genexpr>", &c.generators, &[&c.elt], off(e))
            }
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.mark_generator(off(e));
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(off(e));
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                let id = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.add(id, flag::USED);
                        if id == "super" || id == "__class__" {
                            self.cur().uses_class = true;
                        }
                    }
                    _ => self.add(id, flag::BOUND),
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn mark_generator(&mut self, offset: u32) {
        match self.cur().kind {
            ScopeKind::Function | ScopeKind::Lambda => self.cur().is_generator = true,
            ScopeKind::Comprehension => {
                let n = self.cur().name.clone();
                if n == "<genexpr>" {
                    self.cur().is_generator = true;
                } else {
                    self.error(
                        format!(
                            "'yield' inside {}",
                            n.trim_matches(|c| c == '<' || c == '>')
                                .replace("comp", " comprehension")
                        ),
                        offset,
                    );
                }
            }
            ScopeKind::Module | ScopeKind::Class => {
                self.error("'yield' outside function".to_owned(), offset)
            }
        }
    }

    /// `(x := v)` inside comprehensions binds `x` in the nearest enclosing non-comprehension
    /// scope.
    fn walrus_target(&mut self, name: &str, offset: u32) {
        if self.comp_iter_vars.iter().any(|(_, n)| n == name)
            && self.cur().kind == ScopeKind::Comprehension
        {
            let msg = format!(
                "assignment expression cannot rebind comprehension iteration variable '{name}'"
            );
            self.error(msg, offset);
            return;
        }
        if self.cur().kind != ScopeKind::Comprehension {
            self.add(name, flag::BOUND);
            return;
        }
        let target = self
            .stack
            .iter()
            .rposition(|s| s.kind != ScopeKind::Comprehension)
            .expect("module scope at the bottom");
        match self.stack[target].kind {
            ScopeKind::Class => self.error(
                "assignment expression within a comprehension cannot be used in a class body"
                    .to_owned(),
                offset,
            ),
            ScopeKind::Module => {
                self.stack[target].add(name, flag::BOUND);
                for s in &mut self.stack[target + 1..] {
                    s.add(name, flag::GLOBAL);
                }
            }
            _ => {
                if self.stack[target].flags_of(name) & flag::GLOBAL != 0 {
                    for s in &mut self.stack[target + 1..] {
                        s.add(name, flag::GLOBAL);
                    }
                } else {
                    self.stack[target].add(name, flag::BOUND);
                    for s in &mut self.stack[target + 1..] {
                        s.add(name, flag::NONLOCAL);
                    }
                }
            }
        }
    }
}

/// The names an assignment target binds.
fn target_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(tu) => tu.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

// --- Second pass -------------------------------------------------------------------------

/// Resolves names in `scope`, given the names bound in enclosing function scopes. Returns
/// the names this scope needs from outside (its free variables, plus those of children it
/// passes through).
fn analyze(
    scope: &mut Scope,
    enclosing: &HashSet<String>,
    errors: &mut Vec<SymtableError>,
) -> HashSet<String> {
    let mut local: HashSet<String> = HashSet::new();
    for (name, f) in &scope.flags {
        let r = if f & flag::GLOBAL != 0 {
            Resolution::GlobalExplicit
        } else if f & flag::NONLOCAL != 0 {
            if !enclosing.contains(name) {
                errors.push(SymtableError {
                    msg: format!("no binding for nonlocal '{name}' found"),
                    offset: 0,
                });
            }
            Resolution::Free
        } else if f & (flag::BOUND | flag::PARAM) != 0 {
            local.insert(name.clone());
            Resolution::Local
        } else if scope.kind != ScopeKind::Class && enclosing.contains(name) {
            Resolution::Free
        } else if scope.kind == ScopeKind::Class && enclosing.contains(name) && f & flag::USED != 0
        {
            // A class body reading a name bound in an enclosing function: LOAD_CLASSDEREF.
            Resolution::Free
        } else {
            Resolution::GlobalImplicit
        };
        scope.resolved.insert(name.clone(), r);
    }
    if scope.is_function() && scope.uses_class && enclosing.contains("__class__") {
        scope.add("__class__", flag::USED);
        scope
            .resolved
            .insert("__class__".to_owned(), Resolution::Free);
    }

    // Names visible to children as enclosing function bindings.
    let mut child_enclosing = enclosing.clone();
    match scope.kind {
        ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => {
            for n in &local {
                child_enclosing.insert(n.clone());
            }
            // A global declaration hides an outer binding of the same name.
            for (n, f) in &scope.flags {
                if f & flag::GLOBAL != 0 {
                    child_enclosing.remove(n);
                }
            }
        }
        ScopeKind::Class => {
            child_enclosing.insert("__class__".to_owned());
        }
        ScopeKind::Module => {}
    }

    let mut free_from_children: HashSet<String> = HashSet::new();
    let mut children = std::mem::take(&mut scope.children);
    for c in children.iter_mut() {
        free_from_children.extend(analyze(c, &child_enclosing, errors));
    }
    scope.children = children;

    let mut my_free: HashSet<String> = scope
        .resolved
        .iter()
        .filter(|(_, r)| **r == Resolution::Free)
        .map(|(n, _)| n.clone())
        .collect();
    for name in free_from_children {
        if scope.kind == ScopeKind::Class && name == "__class__" {
            scope.needs_class_cell = true;
            continue;
        }
        match scope.resolved.get(&name).copied() {
            Some(Resolution::Local) if scope.is_function() => {
                scope.resolved.insert(name.clone(), Resolution::Cell);
            }
            Some(Resolution::Cell) => {}
            Some(Resolution::GlobalExplicit) => {}
            Some(Resolution::Free) => {
                my_free.insert(name);
            }
            _ => {
                if enclosing.contains(&name) && scope.kind != ScopeKind::Module {
                    // Pass through: a free variable of this scope too.
                    scope.add(&name, 0);
                    if scope.kind == ScopeKind::Class {
                        // The class body itself does not use it; mark it so that the class
                        // gets the cell to hand on without treating it as its own name.
                        scope.resolved.insert(name.clone(), Resolution::Free);
                    } else {
                        scope.resolved.insert(name.clone(), Resolution::Free);
                    }
                    my_free.insert(name);
                }
            }
        }
    }
    my_free
}

/// Builds and analyzes the symbol table of a module. `line_of` maps byte offsets to lines.
pub fn build(
    module: &[Stmt],
    kind: ScopeKind,
    line_of: &dyn Fn(u32) -> u32,
) -> Result<Scope, SymtableError> {
    let mut b = Builder {
        stack: vec![Scope::new(kind, "<module>", 1)],
        line_of,
        errors: Vec::new(),
        comp_iter_vars: Vec::new(),
        in_comp_iterable: 0,
    };
    b.body(module);
    let mut top = b.stack.pop().expect("module scope");
    if let Some(e) = b.errors.into_iter().next() {
        return Err(e);
    }
    let mut errors = Vec::new();
    analyze(&mut top, &HashSet::new(), &mut errors);
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    Ok(top)
}

/// Builds the symbol table of a single expression (for `eval`).
pub fn build_expr(e: &Expr, line_of: &dyn Fn(u32) -> u32) -> Result<Scope, SymtableError> {
    let mut b = Builder {
        stack: vec![Scope::new(ScopeKind::Module, "<module>", 1)],
        line_of,
        errors: Vec::new(),
        comp_iter_vars: Vec::new(),
        in_comp_iterable: 0,
    };
    b.expr(e);
    let mut top = b.stack.pop().expect("module scope");
    if let Some(e) = b.errors.into_iter().next() {
        return Err(e);
    }
    let mut errors = Vec::new();
    analyze(&mut top, &HashSet::new(), &mut errors);
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    Ok(top)
}
