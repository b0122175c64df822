//! Code units and the assembler.
//!
//! Input: the instructions codegen emits for one code object, with labels for jump targets
//! and pseudo-instructions that open and close exception handler blocks. Output: a
//! [`CodeUnit`], plain Rust data (constants are a Rust enum), which `materialize.rs` turns
//! into a heap code object.
//!
//! Assembly: (1) a flow analysis computes the stack depth at every instruction and the
//! maximum; (2) each real instruction gets the innermost handler open at its position, and
//! runs of instructions with the same handler become exception-table entries (handler
//! depth = stack depth where its block was opened, adjusted by the block kind); (3) pseudo
//! instructions are removed and labels become absolute instruction indexes.

use super::bytecode::{arg_of, encode, op_of, Op};
use super::code::{ExcEntry, Location};
use num_bigint::BigInt;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
    /// A str.
    Str(String),
    /// A bytes.
    Bytes(Vec<u8>),
    /// A tuple of constants.
    Tuple(Vec<Constant>),
    /// A frozenset of constants (items in source order), from a constant set display.
    FrozenSet(Vec<Constant>),
    /// `...`.
    Ellipsis,
    /// A nested code object.
    Code(Box<CodeUnit>),
}

impl Constant {
    /// Whether two constants are the same for deduplication (`1` and `1.0` and `True` are
    /// not, and neither are `0.0` and `-0.0`).
    fn same(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex(a, b), Constant::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Tuple(a), Constant::Tuple(b))
            | (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
        }
    }
}

/// A code object in Rust form.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// `co_flags`.
    pub flags: u32,
    /// Positional parameters.
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Deepest stack.
    pub max_stack: u32,
    /// First line.
    pub firstlineno: u32,
    /// Instructions.
    pub code: Vec<u32>,
    /// Their source positions.
    pub locations: Vec<Location>,
    /// Constants.
    pub consts: Vec<Constant>,
    /// Names for global/attribute/import instructions.
    pub names: Vec<String>,
    /// Local variable names.
    pub varnames: Vec<String>,
    /// Cell variable names.
    pub cellvars: Vec<String>,
    /// Free variable names.
    pub freevars: Vec<String>,
    /// Exception table.
    pub exc_table: Vec<ExcEntry>,
    /// Names of the inline caches (one per cached instruction).
    pub cache_names: Vec<String>,
}

/// A jump target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// How a handler block receives control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The handler runs with the stack cut to the depth at the block's opening.
    Finally,
    /// As `Finally`, but one item (the `with` statement's enter result) less: `__exit__`
    /// stays.
    With,
}

/// One emitted item.
#[derive(Clone, Debug)]
pub enum Item {
    /// A real instruction; for jumps, `arg` is a label number.
    Instr {
        /// Opcode.
        op: Op,
        /// Argument (a label number for jumps).
        arg: u32,
        /// Position.
        loc: Location,
    },
    /// Opens handler block `handler` (a label) of the given kind.
    Setup {
        /// Handler label.
        handler: Label,
        /// Kind.
        kind: BlockKind,
    },
    /// Closes the innermost open block.
    PopBlock,
    /// Binds a label here.
    Bind(Label),
}

/// The items of one code object under construction.
#[derive(Default)]
pub struct Emitter {
    /// Items in order.
    pub items: Vec<Item>,
    nlabels: u32,
}

/// An assembly failure (an internal compiler bug, or code too large).
#[derive(Debug, Clone)]
pub struct AssembleError(pub String);

impl Emitter {
    /// A fresh label.
    pub fn label(&mut self) -> Label {
        self.nlabels += 1;
        Label(self.nlabels - 1)
    }

    /// Binds `l` at the current position.
    pub fn bind(&mut self, l: Label) {
        self.items.push(Item::Bind(l));
    }

    /// Emits an instruction.
    pub fn emit(&mut self, op: Op, arg: u32, loc: Location) {
        self.items.push(Item::Instr { op, arg, loc });
    }

    /// Whether the last real instruction ends control flow (nothing falls through).
    pub fn last_is_terminal(&self) -> bool {
        for it in self.items.iter().rev() {
            match it {
                Item::Instr { op, .. } => return is_terminal(*op),
                Item::Bind(_) => return false,
                _ => {}
            }
        }
        false
    }
}

/// Instructions after which control does not fall through.
fn is_terminal(op: Op) -> bool {
    matches!(
        op,
        Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE
    )
}

/// Stack effect of an instruction: `(fall-through effect, jump effect)`.
pub fn stack_effect(op: Op, arg: u32) -> (i32, i32) {
    let a = arg as i32;
    let same = |e: i32| (e, e);
    match op {
        Op::NOP | Op::RETURN_GENERATOR => same(0),
        Op::POP_TOP => same(-1),
        Op::COPY | Op::PUSH_NULL => same(1),
        Op::SWAP => same(0),
        Op::LOAD_CONST
        | Op::LOAD_FAST
        | Op::LOAD_CLOSURE
        | Op::LOAD_DEREF
        | Op::LOAD_CLASSDEREF => same(1),
        Op::LOAD_GLOBAL | Op::LOAD_NAME | Op::LOAD_BUILD_CLASS | Op::LOAD_ASSERTION_ERROR => {
            same(1)
        }
        Op::LOAD_EXC => same(1),
        Op::STORE_FAST | Op::STORE_DEREF | Op::STORE_GLOBAL | Op::STORE_NAME => same(-1),
        Op::DELETE_FAST | Op::DELETE_DEREF | Op::DELETE_GLOBAL | Op::DELETE_NAME => same(0),
        Op::MAKE_CELL | Op::COPY_FREE_VARS | Op::SETUP_ANNOTATIONS => same(0),
        Op::LOAD_ATTR => same(0),
        Op::LOAD_METHOD => same(1),
        Op::STORE_ATTR => same(-2),
        Op::DELETE_ATTR => same(-1),
        Op::BINARY_SUBSCR => same(-1),
        Op::STORE_SUBSCR => same(-3),
        Op::DELETE_SUBSCR => same(-2),
        Op::BINARY_OP | Op::COMPARE_OP | Op::IS_OP | Op::CONTAINS_OP => same(-1),
        Op::UNARY_NEGATIVE | Op::UNARY_POSITIVE | Op::UNARY_NOT | Op::UNARY_INVERT => same(0),
        Op::JUMP_FORWARD | Op::JUMP_BACKWARD => same(0),
        Op::POP_JUMP_IF_FALSE
        | Op::POP_JUMP_IF_TRUE
        | Op::POP_JUMP_IF_NONE
        | Op::POP_JUMP_IF_NOT_NONE => same(-1),
        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => (-1, 0),
        Op::GET_ITER | Op::GET_YIELD_FROM_ITER => same(0),
        Op::FOR_ITER => (1, -1),
        Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_STRING => same(1 - a),
        Op::BUILD_MAP => same(1 - 2 * a),
        Op::BUILD_CONST_KEY_MAP => same(-a),
        Op::BUILD_SLICE => same(1 - a),
        Op::LIST_TO_TUPLE => same(0),
        Op::LIST_APPEND | Op::SET_ADD | Op::LIST_EXTEND | Op::SET_UPDATE => same(-1),
        Op::DICT_UPDATE | Op::DICT_MERGE => same(-1),
        Op::MAP_ADD => same(-2),
        Op::UNPACK_SEQUENCE => same(a - 1),
        Op::UNPACK_EX => same((a & 0xff) + (a >> 8)),
        Op::FORMAT_VALUE => same(if a & 4 != 0 { -1 } else { 0 }),
        Op::MAKE_FUNCTION => same(-(a.count_ones() as i32)),
        Op::CALL => same(-a - 1),
        Op::CALL_KW => same(-a - 2),
        Op::CALL_EX => same(if a & 1 != 0 { -3 } else { -2 }),
        Op::RETURN_VALUE | Op::PRINT_EXPR => same(-1),
        // Superinstructions exist only after assembly; their effects cover both words.
        Op::LOAD_FAST_LOAD_FAST | Op::LOAD_FAST_LOAD_CONST => same(2),
        Op::STORE_FAST_LOAD_FAST => same(0),
        Op::COMPARE_OP_JUMP => same(-2),
        Op::YIELD_VALUE => same(0),
        // SEND: [iter, v] -> [iter, yielded] (fall through) or [result] (jump).
        Op::SEND => (0, -1),
        Op::RAISE_VARARGS => same(-a),
        Op::RERAISE => same(-1),
        Op::PUSH_EXC_INFO => same(1),
        Op::POP_EXCEPT => same(-1),
        Op::CHECK_EXC_MATCH => same(0),
        Op::WITH_EXCEPT_START => same(1),
        Op::BEFORE_WITH => same(1),
        Op::IMPORT_NAME => same(-1),
        Op::IMPORT_FROM => same(1),
        Op::IMPORT_STAR => same(-1),
        Op::GET_LEN | Op::MATCH_MAPPING | Op::MATCH_SEQUENCE => same(1),
        Op::MATCH_KEYS => same(1),
        Op::MATCH_CLASS => same(-2),
        Op::COPY_DICT_WITHOUT_KEYS => same(0),
    }
}

/// Everything `assemble` needs besides the items.
pub struct UnitHeader {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// `co_flags`.
    pub flags: u32,
    /// Positional parameters.
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// First line.
    pub firstlineno: u32,
    /// Constants.
    pub consts: Vec<Constant>,
    /// Names.
    pub names: Vec<String>,
    /// Locals.
    pub varnames: Vec<String>,
    /// Cells.
    pub cellvars: Vec<String>,
    /// Free variables.
    pub freevars: Vec<String>,
    /// Cache names.
    pub cache_names: Vec<String>,
}

/// Adds `c` to `consts` (deduplicated) and returns its index.
pub fn add_const(consts: &mut Vec<Constant>, c: Constant) -> u32 {
    if let Some(i) = consts.iter().position(|x| x.same(&c)) {
        return i as u32;
    }
    consts.push(c);
    (consts.len() - 1) as u32
}

/// Assembles a unit.
pub fn assemble(e: Emitter, h: UnitHeader) -> Result<CodeUnit, AssembleError> {
    let items = e.items;
    let nlabels = e.nlabels as usize;

    // Label -> item index.
    let mut label_item = vec![usize::MAX; nlabels];
    for (i, it) in items.iter().enumerate() {
        if let Item::Bind(l) = it {
            label_item[l.0 as usize] = i;
        }
    }

    // (1) Stack depths by flow analysis over items.
    let mut depth: Vec<i32> = vec![-1; items.len() + 1];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max_depth = 0;
    // Depth at each Setup item (for the handler's table entries).
    let mut setup_depth: Vec<i32> = vec![-1; nlabels];
    let target = |l: u32| -> Result<usize, AssembleError> {
        let i = label_item[l as usize];
        if i == usize::MAX {
            Err(AssembleError(format!("unbound label {l}")))
        } else {
            Ok(i)
        }
    };
    while let Some((start, d0)) = work.pop() {
        let mut i = start;
        let mut d = d0;
        while i < items.len() {
            if depth[i] >= 0 {
                if depth[i] != d {
                    return Err(AssembleError(format!(
                        "inconsistent stack depth at item {i}: {} vs {d} ({:?})",
                        depth[i], items[i]
                    )));
                }
                break;
            }
            depth[i] = d;
            max_depth = max_depth.max(d);
            match &items[i] {
                Item::Instr { op, arg, .. } => {
                    let (fall, jump) = stack_effect(*op, *arg);
                    if op.is_jump() {
                        work.push((target(*arg)?, d + jump));
                        max_depth = max_depth.max(d + jump);
                    }
                    if is_terminal(*op) {
                        break;
                    }
                    d += fall;
                    if d < 0 {
                        return Err(AssembleError(format!("stack underflow at item {i}")));
                    }
                    max_depth = max_depth.max(d);
                }
                Item::Setup { handler, kind } => {
                    let hd = match kind {
                        BlockKind::Finally => d,
                        BlockKind::With => d - 1,
                    };
                    let l = handler.0 as usize;
                    if setup_depth[l] < 0 {
                        setup_depth[l] = hd;
                        // The handler starts with the exception pushed.
                        work.push((target(handler.0)?, hd + 1));
                    }
                }
                Item::PopBlock | Item::Bind(_) => {}
            }
            i += 1;
        }
    }

    // (2) Final positions: real instructions only.
    let mut pos_of_item = vec![0u32; items.len() + 1];
    let mut n = 0u32;
    for (i, it) in items.iter().enumerate() {
        pos_of_item[i] = n;
        if matches!(it, Item::Instr { .. }) {
            n += 1;
        }
    }
    pos_of_item[items.len()] = n;
    let label_pos = |l: u32| -> Result<u32, AssembleError> { Ok(pos_of_item[target(l)?]) };

    let mut code = Vec::with_capacity(n as usize);
    let mut locations = Vec::with_capacity(n as usize);
    let mut handler_of: Vec<Option<(Label, BlockKind)>> = Vec::with_capacity(n as usize);
    let mut open: Vec<(Label, BlockKind)> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        match it {
            Item::Instr { op, arg, loc } => {
                let a = if op.is_jump() { label_pos(*arg)? } else { *arg };
                if a > super::bytecode::MAX_ARG {
                    return Err(AssembleError("code object too large".to_owned()));
                }
                if depth[i] < 0 {
                    // Unreachable: keep it (positions stay simple) but make it inert.
                    code.push(encode(Op::NOP, 0));
                } else {
                    code.push(encode(*op, a));
                }
                locations.push(*loc);
                handler_of.push(open.last().copied());
            }
            Item::Setup { handler, kind } => open.push((*handler, *kind)),
            Item::PopBlock => {
                open.pop();
            }
            Item::Bind(_) => {}
        }
    }

    fuse_superinstructions(&mut code);

    // (3) Exception table from runs of equal handlers.
    let mut exc_table: Vec<ExcEntry> = Vec::new();
    let mut i = 0usize;
    while i < handler_of.len() {
        let Some((l, _)) = handler_of[i] else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < handler_of.len() && handler_of[j].map(|x| x.0) == Some(l) {
            j += 1;
        }
        let d = setup_depth[l.0 as usize];
        if d >= 0 {
            exc_table.push(ExcEntry {
                start: i as u32,
                end: j as u32,
                target: label_pos(l.0)?,
                depth: d as u32,
                lasti: false,
            });
        }
        i = j;
    }

    Ok(CodeUnit {
        name: h.name,
        qualname: h.qualname,
        filename: h.filename,
        flags: h.flags,
        argcount: h.argcount,
        posonlyargcount: h.posonlyargcount,
        kwonlyargcount: h.kwonlyargcount,
        max_stack: (max_depth + 2) as u32,
        firstlineno: h.firstlineno,
        code,
        locations,
        consts: h.consts,
        names: h.names,
        varnames: h.varnames,
        cellvars: h.cellvars,
        freevars: h.freevars,
        exc_table,
        cache_names: h.cache_names,
    })
}

/// Rewrites common instruction pairs into superinstructions. The second word of a pair
/// stays in place (the superinstruction skips it), so jumps to it, exception ranges and
/// locations are unchanged.
fn fuse_superinstructions(code: &mut [u32]) {
    const SMALL: u32 = 1 << 12;
    let mut i = 0;
    while i + 1 < code.len() {
        let (a, b) = (code[i], code[i + 1]);
        let (oa, ob) = (op_of(a), op_of(b));
        let (xa, xb) = (arg_of(a), arg_of(b));
        let fused = match (oa, ob) {
            (Op::LOAD_FAST, Op::LOAD_FAST) if xa < SMALL && xb < SMALL => {
                Some(encode(Op::LOAD_FAST_LOAD_FAST, xa | xb << 12))
            }
            (Op::LOAD_FAST, Op::LOAD_CONST) if xa < SMALL && xb < SMALL => {
                Some(encode(Op::LOAD_FAST_LOAD_CONST, xa | xb << 12))
            }
            (Op::STORE_FAST, Op::LOAD_FAST) if xa < SMALL && xb < SMALL => {
                Some(encode(Op::STORE_FAST_LOAD_FAST, xa | xb << 12))
            }
            (Op::COMPARE_OP, Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE) => {
                Some(encode(Op::COMPARE_OP_JUMP, xa))
            }
            _ => None,
        };
        match fused {
            Some(w) => {
                code[i] = w;
                i += 2;
            }
            None => i += 1,
        }
    }
}
