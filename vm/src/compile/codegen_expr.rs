//! Code generation, part 2: expressions, calls, comprehensions, f-strings, and
//! conditional jumps. Constant expressions are folded where the result is small and the
//! operation cannot raise.

use super::bytecode::{BinOp, CmpOp, Op};
use super::codegen::{constant_truth, CResult, Compiler};
use super::unit::{Constant, Label};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use rustpython_parser::ast::{self, Expr, Ranged};

/// The BinOp for an AST operator (in-place form if `inplace`).
pub(super) fn binop(op: ast::Operator, inplace: bool) -> BinOp {
    use ast::Operator as O;
    let b = match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    };
    if inplace {
        BinOp::ALL[b as usize + BinOp::IAdd as usize]
    } else {
        b
    }
}

pub(super) fn convert_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Tuple(t) => Constant::Tuple(t.iter().map(convert_constant).collect()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex(*real, *imag),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// Folds `a op b` for numeric constants when the result is small and cannot raise.
fn fold_binop(op: BinOp, a: &Constant, b: &Constant) -> Option<Constant> {
    use Constant::{Float, Int};
    let small = |i: &BigInt| i.bits() <= 128;
    match (a, b) {
        (Int(x), Int(y)) => {
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul if x.bits() + y.bits() <= 256 => x * y,
                BinOp::LShift if !y.is_negative() && y.to_u32()? <= 128 => x << y.to_usize()?,
                BinOp::RShift if !y.is_negative() => {
                    let s = y.to_usize().unwrap_or(usize::MAX).min(4096);
                    if x.is_negative() {
                        return None; // floor semantics: leave to the runtime
                    }
                    x >> s
                }
                BinOp::Pow if !y.is_negative() && y.to_u32()? <= 128 && x.bits() <= 64 => {
                    let e = y.to_u32()?;
                    if x.bits() * e as u64 > 256 {
                        return None;
                    }
                    num_traits::pow(x.clone(), e as usize)
                }
                BinOp::And => x & y,
                BinOp::Or => x | y,
                BinOp::Xor => x ^ y,
                _ => return None,
            };
            small(&r).then_some(Int(r))
        }
        (Float(x), Float(y)) => match op {
            BinOp::Add => Some(Float(x + y)),
            BinOp::Sub => Some(Float(x - y)),
            BinOp::Mul => Some(Float(x * y)),
            _ => None,
        },
        (Int(x), Float(y)) if x.bits() <= 53 => fold_binop(op, &Float(x.to_f64()?), &Float(*y)),
        (Float(x), Int(y)) if y.bits() <= 53 => fold_binop(op, &Float(*x), &Float(y.to_f64()?)),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// The constant value of `e`, if it is a constant expression we fold.
    fn const_value(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::Constant(c) => Some(convert_constant(&c.value)),
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match self.const_value(&u.operand)? {
                Constant::Int(i) => Some(Constant::Int(-i)),
                Constant::Float(f) => Some(Constant::Float(-f)),
                Constant::Complex(r, i) => Some(Constant::Complex(-r, -i)),
                _ => None,
            },
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::UAdd => match self.const_value(&u.operand)? {
                c @ (Constant::Int(_) | Constant::Float(_)) => Some(c),
                _ => None,
            },
            Expr::BinOp(b) => {
                let l = self.const_value(&b.left)?;
                let r = self.const_value(&b.right)?;
                fold_binop(binop(b.op, false), &l, &r)
            }
            Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
                let items: Option<Vec<Constant>> = t
                    .elts
                    .iter()
                    .map(|x| {
                        if matches!(x, Expr::Starred(_)) {
                            None
                        } else {
                            self.const_value(x)
                        }
                    })
                    .collect();
                Some(Constant::Tuple(items?))
            }
            _ => None,
        }
    }

    pub fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.loc;
        self.loc = self.location_of(e);
        let r = self.expr_inner(e);
        self.loc = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if !matches!(e, Expr::Constant(_)) {
            if let Some(c) = self.const_value(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        match e {
            Expr::Constant(c) => {
                self.load_const(convert_constant(&c.value));
            }
            Expr::BoolOp(b) => {
                let end = self.label();
                let op = if b.op == ast::BoolOp::And {
                    Op::JUMP_IF_FALSE_OR_POP
                } else {
                    Op::JUMP_IF_TRUE_OR_POP
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BINARY_OP, binop(b.op, false) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UNARY_INVERT,
                    ast::UnaryOp::Not => Op::UNARY_NOT,
                    ast::UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Op::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => {
                let flags = self.function_defaults(&l.args)?;
                let scope = self.next_child_scope();
                let qualname = self.child_qualname("<lambda>");
                let line = self.loc.line;
                self.enter_unit(scope, qualname, line);
                self.set_arg_counts(&l.args);
                // A lambda's first constant is None (no docstring), as in CPython.
                super::unit::add_const(&mut self.unit().consts, Constant::None);
                self.expr(&l.body)?;
                self.emit(Op::RETURN_VALUE, 0);
                let code = self.exit_unit()?;
                self.make_function(code, flags);
            }
            Expr::IfExp(i) => {
                let orelse = self.label();
                let end = self.label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(&d.keys, &d.values)?,
            Expr::Set(s) => self.sequence_display(&s.elts, Op::BUILD_SET, Op::SET_UPDATE, false)?,
            Expr::List(l) => match l.ctx {
                ast::ExprContext::Load => {
                    self.sequence_display(&l.elts, Op::BUILD_LIST, Op::LIST_EXTEND, false)?
                }
                _ => return Err(self.error("invalid list context", e)),
            },
            Expr::Tuple(t) => match t.ctx {
                ast::ExprContext::Load => {
                    self.sequence_display(&t.elts, Op::BUILD_TUPLE, Op::LIST_EXTEND, true)?
                }
                _ => return Err(self.error("invalid tuple context", e)),
            },
            Expr::ListComp(c) => self.comprehension(Comp::List, &c.generators, &c.elt, None, e)?,
            Expr::SetComp(c) => self.comprehension(Comp::Set, &c.generators, &c.elt, None, e)?,
            Expr::DictComp(c) => {
                self.comprehension(Comp::Dict, &c.generators, &c.key, Some(&c.value), e)?
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(Comp::Gen, &c.generators, &c.elt, None, e)?
            }
            Expr::Await(a) => {
                self.check_in_function("'await' outside function", e)?;
                self.expr(&a.value)?;
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                self.check_in_function("'yield' outside function", e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Op::YIELD_VALUE, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_in_function("'yield' outside function", e)?;
                self.expr(&y.value)?;
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c, e)?,
            Expr::FormattedValue(f) => self.formatted_value(f)?,
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    self.load_const(Constant::Str(String::new()));
                } else {
                    for v in &j.values {
                        self.expr(v)?;
                    }
                    if j.values.len() > 1 || !matches!(j.values[0], Expr::FormattedValue(_)) {
                        self.emit(Op::BUILD_STRING, j.values.len() as u32);
                    }
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let c = self.cache_idx(&name);
                self.emit(Op::LOAD_ATTR, c);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BINARY_SUBSCR, 0);
            }
            Expr::Starred(_) => return Err(self.error("can't use starred expression here", e)),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BUILD_SLICE, n);
            }
        }
        Ok(())
    }

    fn check_in_function(&self, msg: &str, e: &Expr) -> CResult<()> {
        if self.u().scope.is_function() {
            Ok(())
        } else {
            Err(self.error(msg, e))
        }
    }

    /// `[iterable] -> [result]` of `yield from iterable`.
    fn yield_from_loop(&mut self) {
        let send = self.label();
        let exit = self.label();
        self.emit(Op::GET_YIELD_FROM_ITER, 0);
        self.load_const(Constant::None);
        self.bind(send);
        self.emit_jump(Op::SEND, exit);
        self.emit(Op::YIELD_VALUE, 0);
        self.emit_jump(Op::JUMP_BACKWARD, send);
        self.bind(exit);
    }

    /// Lists, sets and tuples, with starred items (`[*a, b]`).
    fn sequence_display(
        &mut self,
        elts: &'a [Expr],
        build: Op,
        extend: Op,
        tuple: bool,
    ) -> CResult<()> {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred
            && build == Op::BUILD_SET
            && elts.len() > 2
            && elts.iter().all(|e| self.const_value(e).is_some())
        {
            // CPython folds a constant set display into a frozenset constant merged into
            // an empty set; doing the same gives the same table, so the same iteration
            // order.
            let items = elts.iter().filter_map(|e| self.const_value(e)).collect();
            self.emit(Op::BUILD_SET, 0);
            self.load_const(Constant::FrozenSet(items));
            self.emit(Op::SET_UPDATE, 1);
            return Ok(());
        }
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        // Build a list (or set) incrementally, then convert a tuple's list.
        let (start, append) = if build == Op::BUILD_SET {
            (Op::BUILD_SET, Op::SET_ADD)
        } else {
            (Op::BUILD_LIST, Op::LIST_APPEND)
        };
        let mut pending = 0u32;
        let mut begun = false;
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    if !begun {
                        self.emit(start, pending);
                        begun = true;
                        pending = 0;
                    }
                    self.expr(&s.value)?;
                    self.emit(if tuple { Op::LIST_EXTEND } else { extend }, 1);
                }
                other => {
                    self.expr(other)?;
                    if begun {
                        self.emit(append, 1);
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if !begun {
            self.emit(start, pending);
        }
        if tuple {
            self.emit(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        let has_unpack = keys.iter().any(|k| k.is_none());
        if !has_unpack {
            for (k, v) in keys.iter().zip(values) {
                self.expr(k.as_ref().expect("key"))?;
                self.expr(v)?;
            }
            self.emit(Op::BUILD_MAP, keys.len() as u32);
            return Ok(());
        }
        self.emit(Op::BUILD_MAP, 0);
        let mut pending = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Op::BUILD_MAP, pending);
                        self.emit(Op::DICT_UPDATE, 1);
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BUILD_MAP, pending);
            self.emit(Op::DICT_UPDATE, 1);
        }
        Ok(())
    }

    /// An iterable, or the right operand of `in`: a set display of constants becomes a
    /// frozenset constant, as CPython's AST optimizer does (which fixes its iteration
    /// order).
    pub fn iter_operand(&mut self, e: &'a Expr) -> CResult<()> {
        if let Expr::Set(set) = e {
            let items: Option<Vec<Constant>> = set
                .elts
                .iter()
                .map(|x| {
                    if matches!(x, Expr::Starred(_)) {
                        None
                    } else {
                        self.const_value(x)
                    }
                })
                .collect();
            if let Some(items) = items {
                self.load_const(Constant::FrozenSet(items));
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let last_in = matches!(c.ops[n - 1], ast::CmpOp::In | ast::CmpOp::NotIn);
        if n == 1 {
            if last_in {
                self.iter_operand(&c.comparators[0])?;
            } else {
                self.expr(&c.comparators[0])?;
            }
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.label();
        let end = self.label();
        for i in 0..n {
            if i + 1 == n && last_in {
                self.iter_operand(&c.comparators[i])?;
            } else {
                self.expr(&c.comparators[i])?;
            }
            if i + 1 < n {
                self.emit(Op::SWAP, 2);
                self.emit(Op::COPY, 2);
                self.compare_op(c.ops[i]);
                self.emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.compare_op(c.ops[i]);
            }
        }
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::COMPARE_OP, CmpOp::Eq as u32),
            C::NotEq => self.emit(Op::COMPARE_OP, CmpOp::Ne as u32),
            C::Lt => self.emit(Op::COMPARE_OP, CmpOp::Lt as u32),
            C::LtE => self.emit(Op::COMPARE_OP, CmpOp::Le as u32),
            C::Gt => self.emit(Op::COMPARE_OP, CmpOp::Gt as u32),
            C::GtE => self.emit(Op::COMPARE_OP, CmpOp::Ge as u32),
            C::Is => self.emit(Op::IS_OP, 0),
            C::IsNot => self.emit(Op::IS_OP, 1),
            C::In => self.emit(Op::CONTAINS_OP, 0),
            C::NotIn => self.emit(Op::CONTAINS_OP, 1),
        }
    }

    /// Jumps to `target` if the truth of `e` equals `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target);
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != cond {
                    // and/false or or/true: any operand deciding jumps directly.
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let end = self.label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, end)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(end);
                }
                return Ok(());
            }
            Expr::Constant(c) => {
                if let Some(t) = constant_truth(&c.value) {
                    if t == cond {
                        self.emit_jump(Op::JUMP_FORWARD, target);
                    }
                    return Ok(());
                }
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(&c.comparators[0], Expr::Constant(k) if k.value == ast::Constant::None) =>
            {
                self.expr(&c.left)?;
                let is = c.ops[0] == ast::CmpOp::Is;
                let op = if is == cond {
                    Op::POP_JUMP_IF_NONE
                } else {
                    Op::POP_JUMP_IF_NOT_NONE
                };
                self.at(e, |s| s.emit_jump(op, target));
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let op = if cond {
            Op::POP_JUMP_IF_TRUE
        } else {
            Op::POP_JUMP_IF_FALSE
        };
        self.emit_jump(op, target);
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall, node: &'a Expr) -> CResult<()> {
        let simple = !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !c.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            let name = self.mangle(a.attr.as_str());
            let ci = self.cache_idx(&name);
            self.at(&*c.func, |s| s.emit(Op::LOAD_METHOD, ci));
            return self.call_tail(&c.args, &c.keywords, 0, node);
        }
        self.emit(Op::PUSH_NULL, 0);
        self.expr(&c.func)?;
        self.call_tail(&c.args, &c.keywords, 0, node)
    }

    /// Emits the arguments and the call instruction; `extra` positional arguments are
    /// already on the stack (after the callable).
    pub fn call_tail(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        extra: u32,
        node: &impl Ranged,
    ) -> CResult<()> {
        // Duplicate keyword arguments are a syntax error.
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|k2| k2.arg.as_ref() == Some(name)) {
                    return Err(self.error(format!("keyword argument repeated: {name}"), k));
                }
            }
        }
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.at(node, |s| s.emit(Op::CALL, n));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Constant::Str(k.arg.as_ref().expect("named").to_string()));
                }
                self.load_const(Constant::Tuple(names));
                self.at(node, |s| s.emit(Op::CALL_KW, n + keywords.len() as u32));
            }
            return Ok(());
        }
        // General form: a tuple of positional arguments and a dict of keywords. A lone
        // `*iterable` is passed as is (CALL_EX makes the tuple, naming the function in its
        // error).
        let lone_star = extra == 0 && args.len() == 1 && matches!(args[0], Expr::Starred(_));
        if let (true, Some(Expr::Starred(st))) = (lone_star, args.first()) {
            self.expr(&st.value)?;
        } else {
            self.emit_args_tuple(args, extra)?;
        }
        let mut flags = 0;
        if !keywords.is_empty() {
            self.emit(Op::BUILD_MAP, 0);
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Constant::Str(name.to_string()));
                        self.expr(&k.value)?;
                        self.emit(Op::BUILD_MAP, 1);
                        self.emit(Op::DICT_MERGE, 1);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DICT_MERGE, 1);
                    }
                }
            }
            flags = 1;
        }
        self.at(node, |s| s.emit(Op::CALL_EX, flags));
        Ok(())
    }

    /// Builds the positional-arguments tuple of a call with starred arguments.
    fn emit_args_tuple(&mut self, args: &'a [Expr], extra: u32) -> CResult<()> {
        self.emit(Op::BUILD_LIST, extra);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::LIST_EXTEND, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Op::LIST_TO_TUPLE, 0);
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult<()> {
        self.expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.emit(Op::FORMAT_VALUE, flags);
        Ok(())
    }

    fn comprehension(
        &mut self,
        kind: Comp,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        node: &'a Expr,
    ) -> CResult<()> {
        let scope = self.next_child_scope();
        let name = scope.name.clone();
        let qualname = self.child_qualname(&name);
        let line = self.loc.line;
        self.emit(Op::PUSH_NULL, 0);
        self.enter_unit(scope, qualname, line);
        self.unit().argcount = 1;
        match kind {
            Comp::List => self.emit(Op::BUILD_LIST, 0),
            Comp::Set => self.emit(Op::BUILD_SET, 0),
            Comp::Dict => self.emit(Op::BUILD_MAP, 0),
            Comp::Gen => {}
        }
        self.comp_generator(kind, generators, 0, elt, value, node)?;
        if kind == Comp::Gen {
            self.load_const(Constant::None);
        }
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.exit_unit()?;
        self.make_function(code, 0);
        self.iter_operand(&generators[0].iter)?;
        self.at(&generators[0].iter, |s| s.emit(Op::GET_ITER, 0));
        self.at(node, |s| s.emit(Op::CALL, 1));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        kind: Comp,
        gens: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        node: &'a Expr,
    ) -> CResult<()> {
        let g = &gens[i];
        let start = self.label();
        let anchor = self.label();
        if i == 0 {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.iter_operand(&g.iter)?;
            self.at(&g.iter, |s| s.emit(Op::GET_ITER, 0));
        }
        self.bind(start);
        // The outermost loop is attributed to the whole comprehension, as in CPython.
        if i == 0 {
            self.at(node, |s| s.emit_jump(Op::FOR_ITER, anchor));
        } else {
            self.at(&g.iter, |s| s.emit_jump(Op::FOR_ITER, anchor));
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(kind, gens, i + 1, elt, value, node)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                Comp::List => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                Comp::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth);
                }
                Comp::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict value"))?;
                    self.emit(Op::MAP_ADD, depth);
                }
                Comp::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit(Op::POP_TOP, 0);
                }
            }
        }
        self.emit_jump(Op::JUMP_BACKWARD, start);
        self.bind(anchor);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

#[allow(dead_code)]
fn is_zero(c: &Constant) -> bool {
    matches!(c, Constant::Int(i) if i.is_zero())
}
