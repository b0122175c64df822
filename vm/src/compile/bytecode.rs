//! The bytecode: one table of opcodes (from which the enum, names and decoder are
//! generated), the instruction word format, and binary/compare operator numbering.
//!
//! An instruction is one `u32`: the opcode in the low 8 bits, the argument in the upper 24.
//! Jump arguments are absolute instruction indexes. Instructions with an inline cache take
//! the cache's index as their argument (the cache records the name it is for).

macro_rules! opcodes {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Opcodes.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Op {
            $($(#[doc = $doc])* $name,)*
        }

        impl Op {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];

            /// The opcode's name, as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Op::$name => stringify!($name),)*
                }
            }

            /// Decodes an opcode byte.
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }

            /// Decodes an opcode byte, mapping bytes past the last opcode to `ALL[0]`: no
            /// bounds check, no failure branch, and no table load either (the match maps
            /// each byte to the opcode of the same number, which compiles to the byte
            /// itself), for the interpreter's dispatch.
            #[inline(always)]
            fn from_byte_or_first(b: u8) -> Op {
                #[allow(non_upper_case_globals)]
                mod byte {
                    $(pub const $name: u8 = super::Op::$name as u8;)*
                }
                match b {
                    $(byte::$name => Op::$name,)*
                    _ => Op::ALL[0],
                }
            }

            /// Parses an opcode name (for tests and the trace dumper).
            pub fn parse(s: &str) -> Option<Op> {
                match s {
                    $(stringify!($name) => Some(Op::$name),)*
                    _ => None,
                }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    NOP,
    /// Pops the top of the stack.
    POP_TOP,
    /// Pushes a copy of the arg-th item (1 = top).
    COPY,
    /// Swaps the top with the arg-th item.
    SWAP,
    /// Pushes NULL (the "no self" marker of the method-call convention).
    PUSH_NULL,
    /// Pushes `consts[arg]`.
    LOAD_CONST,
    /// Pushes local `arg`; UnboundLocalError if unset.
    LOAD_FAST,
    /// Pops into local `arg`.
    STORE_FAST,
    /// Unsets local `arg`; UnboundLocalError if unset.
    DELETE_FAST,
    /// Creates a new cell for cell variable `arg` (holding its argument value, if any).
    MAKE_CELL,
    /// Pushes the cell `arg` (for building closures).
    LOAD_CLOSURE,
    /// Pushes the contents of cell `arg`; NameError/UnboundLocalError if empty.
    LOAD_DEREF,
    /// In a class body: the class namespace first, then cell `arg`.
    LOAD_CLASSDEREF,
    /// Pops into cell `arg`.
    STORE_DEREF,
    /// Empties cell `arg`.
    DELETE_DEREF,
    /// Copies the function's closure cells into the frame's free-variable slots.
    COPY_FREE_VARS,
    /// Pushes global `cache[arg].name` (globals, then builtins), cached by keys versions.
    LOAD_GLOBAL,
    /// Pops into global `names[arg]`.
    STORE_GLOBAL,
    /// Deletes global `names[arg]`.
    DELETE_GLOBAL,
    /// Name lookup in locals, globals, builtins (module and class bodies).
    LOAD_NAME,
    /// Stores into the frame's locals namespace.
    STORE_NAME,
    /// Deletes from the frame's locals namespace.
    DELETE_NAME,
    /// `TOS.name` with an inline cache (`cache[arg]`).
    LOAD_ATTR,
    /// Method load: pushes `[func, self]` for a plain method or `[NULL, attr]` otherwise.
    LOAD_METHOD,
    /// `TOS.name = TOS1` with an inline cache.
    STORE_ATTR,
    /// `del TOS.names[arg]`.
    DELETE_ATTR,
    /// `TOS1[TOS]`.
    BINARY_SUBSCR,
    /// `TOS1[TOS] = TOS2`.
    STORE_SUBSCR,
    /// `del TOS1[TOS]`.
    DELETE_SUBSCR,
    /// Binary operator `arg` (see `BinOp`).
    BINARY_OP,
    /// `-TOS`.
    UNARY_NEGATIVE,
    /// `+TOS`.
    UNARY_POSITIVE,
    /// `not TOS`.
    UNARY_NOT,
    /// `~TOS`.
    UNARY_INVERT,
    /// Rich comparison `arg` (see `CmpOp`).
    COMPARE_OP,
    /// `is` (arg 0) or `is not` (arg 1).
    IS_OP,
    /// `in` (arg 0) or `not in` (arg 1).
    CONTAINS_OP,
    /// Forward jump to `arg`.
    JUMP_FORWARD,
    /// Backward jump to `arg`: a loop back-edge, with a safepoint poll and the JIT hook.
    JUMP_BACKWARD,
    /// Pops; jumps if false.
    POP_JUMP_IF_FALSE,
    /// Pops; jumps if true.
    POP_JUMP_IF_TRUE,
    /// Pops; jumps if None.
    POP_JUMP_IF_NONE,
    /// Pops; jumps if not None.
    POP_JUMP_IF_NOT_NONE,
    /// Jumps (keeping TOS) if false, else pops.
    JUMP_IF_FALSE_OR_POP,
    /// Jumps (keeping TOS) if true, else pops.
    JUMP_IF_TRUE_OR_POP,
    /// `iter(TOS)`.
    GET_ITER,
    /// Pushes `next(TOS)`, or pops the iterator and jumps to `arg` when exhausted.
    FOR_ITER,
    /// Builds a tuple of the top `arg` items.
    BUILD_TUPLE,
    /// Builds a list of the top `arg` items.
    BUILD_LIST,
    /// Builds a set of the top `arg` items.
    BUILD_SET,
    /// Builds a dict of the top `2 * arg` items (key, value pairs).
    BUILD_MAP,
    /// Builds a dict from `arg` values and a tuple of keys on top.
    BUILD_CONST_KEY_MAP,
    /// Concatenates the top `arg` strings.
    BUILD_STRING,
    /// Builds a slice of the top 2 or 3 items.
    BUILD_SLICE,
    /// Converts the list on top into a tuple.
    LIST_TO_TUPLE,
    /// Appends TOS to the list at stack position `arg`.
    LIST_APPEND,
    /// Adds TOS to the set at `arg`.
    SET_ADD,
    /// Adds `TOS1: TOS` to the dict at `arg`.
    MAP_ADD,
    /// Extends the list at `arg` with the iterable TOS.
    LIST_EXTEND,
    /// Updates the set at `arg` with the iterable TOS.
    SET_UPDATE,
    /// Updates the dict at `arg` with the mapping TOS.
    DICT_UPDATE,
    /// Like DICT_UPDATE, but duplicate keys are an error (`f(**a, **b)`).
    DICT_MERGE,
    /// Unpacks TOS into `arg` items.
    UNPACK_SEQUENCE,
    /// Unpacks TOS with a starred target: `arg & 0xff` before, `arg >> 8` after.
    UNPACK_EX,
    /// Formats TOS for an f-string: `arg & 3` conversion (0 none, 1 str, 2 repr, 3 ascii),
    /// `arg & 4` a format spec is on top.
    FORMAT_VALUE,
    /// Makes a function from the code object on top; `arg` flags say which of defaults,
    /// keyword defaults, annotations and closure are below it.
    MAKE_FUNCTION,
    /// Calls with `arg` positional arguments: `[NULL|self-or-func, callable|self, args...]`.
    CALL,
    /// Like CALL, with a tuple of keyword names on top; the last arguments are keywords.
    CALL_KW,
    /// `f(*args, **kwargs)`: `arg & 1` says a kwargs dict is on top.
    CALL_EX,
    /// Returns TOS.
    RETURN_VALUE,
    /// Yields TOS from a generator.
    YIELD_VALUE,
    /// `iter()` for `yield from`.
    GET_YIELD_FROM_ITER,
    /// `yield from` step: sends TOS into TOS1; jumps to `arg` with the result when done.
    SEND,
    /// `raise` with `arg` operands (0 re-raise, 1 exception, 2 exception and cause).
    RAISE_VARARGS,
    /// Re-raises TOS; if `arg` is 1, restores the frame's `lasti` first.
    RERAISE,
    /// Exception handler entry: pushes the previously handled exception under the new one
    /// and makes the new one the handled exception.
    PUSH_EXC_INFO,
    /// Exception handler exit: pops the saved handled exception and restores it.
    POP_EXCEPT,
    /// `isinstance(TOS1, TOS)` for `except T`: pops the type, pushes a bool.
    CHECK_EXC_MATCH,
    /// Calls `__exit__(type, value, tb)` for the exception on top of a `with` block.
    WITH_EXCEPT_START,
    /// `with` entry: pushes `__exit__` bound and the result of `__enter__()`.
    BEFORE_WITH,
    /// Pushes `builtins.__build_class__`.
    LOAD_BUILD_CLASS,
    /// Creates `__annotations__` in the local namespace if missing.
    SETUP_ANNOTATIONS,
    /// `import names[arg]` with level and fromlist on the stack.
    IMPORT_NAME,
    /// `from module import names[arg]`.
    IMPORT_FROM,
    /// `from module import *`.
    IMPORT_STAR,
    /// Pushes `AssertionError`.
    LOAD_ASSERTION_ERROR,
    /// Pushes `len(TOS)`.
    GET_LEN,
    /// Pushes whether TOS is a mapping (for `match`).
    MATCH_MAPPING,
    /// Pushes whether TOS is a sequence (for `match`).
    MATCH_SEQUENCE,
    /// Pushes the values of the keys tuple TOS from the mapping TOS1, or None.
    MATCH_KEYS,
    /// Class pattern with `arg` positional sub-patterns and a tuple of keyword names.
    MATCH_CLASS,
    /// Copies the dict TOS1 without the keys in tuple TOS (`**rest` in a mapping pattern).
    COPY_DICT_WITHOUT_KEYS,
    /// Pushes `sys.exc_info()[1]`-style current exception (for bare `raise` inside handlers).
    LOAD_EXC,
    /// Marks a generator's first instruction (no-op; resumption point).
    RETURN_GENERATOR,
    /// Interactive mode: prints TOS with `sys.displayhook` and pops it.
    PRINT_EXPR,
    /// Superinstruction (made by the assembler from `LOAD_FAST a; LOAD_FAST b`, which stays
    /// in place as the next word): pushes locals `arg & 0xfff` and `arg >> 12` and skips the
    /// next word.
    LOAD_FAST_LOAD_FAST,
    /// Superinstruction: `LOAD_FAST arg & 0xfff; LOAD_CONST arg >> 12`, skipping the next word.
    LOAD_FAST_LOAD_CONST,
    /// Superinstruction: `STORE_FAST arg & 0xfff; LOAD_FAST arg >> 12`, skipping the next word.
    STORE_FAST_LOAD_FAST,
    /// Superinstruction: `COMPARE_OP arg` fused with the following `POP_JUMP_IF_FALSE` or
    /// `POP_JUMP_IF_TRUE`, whose word (kept as is) gives the sense and the target.
    COMPARE_OP_JUMP,
}

impl Op {
    /// Whether the argument is a jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE
                | Op::JUMP_IF_FALSE_OR_POP
                | Op::JUMP_IF_TRUE_OR_POP
                | Op::FOR_ITER
                | Op::SEND
        )
    }

    /// Whether the argument indexes the code object's inline caches.
    pub fn has_cache(self) -> bool {
        matches!(
            self,
            Op::LOAD_GLOBAL | Op::LOAD_ATTR | Op::LOAD_METHOD | Op::STORE_ATTR
        )
    }
}

/// Largest instruction argument.
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// Packs an instruction.
#[inline(always)]
pub const fn encode(op: Op, arg: u32) -> u32 {
    (op as u32) | (arg << 8)
}

/// The opcode of an instruction word.
#[inline(always)]
pub fn op_of(word: u32) -> Op {
    // Every word in a code object was made by `encode`, so the byte is a valid opcode.
    debug_assert!(Op::from_u8(word as u8).is_some(), "invalid opcode byte");
    Op::from_byte_or_first(word as u8)
}

/// The argument of an instruction word.
#[inline(always)]
pub const fn arg_of(word: u32) -> u32 {
    word >> 8
}

macro_rules! operators {
    ($(#[$m:meta])* $ty:ident { $($name:ident = $sym:literal, $dunder:literal, $rdunder:literal;)* }) => {
        $(#[$m])*
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $ty { $($name,)* }
        impl $ty {
            /// Every operator, in numbering order.
            pub const ALL: &'static [$ty] = &[$($ty::$name,)*];
            /// The operator as written in Python.
            pub fn symbol(self) -> &'static str { match self { $($ty::$name => $sym,)* } }
            /// The special method.
            pub fn dunder(self) -> &'static str { match self { $($ty::$name => $dunder,)* } }
            /// The reflected (or, for in-place operators, the plain) special method.
            pub fn rdunder(self) -> &'static str { match self { $($ty::$name => $rdunder,)* } }
            /// Decodes an instruction argument (made by the compiler, so in range).
            #[inline(always)]
            pub fn from_arg(a: u32) -> $ty {
                debug_assert!((a as usize) < $ty::ALL.len());
                $ty::BY_ARG[(a & 31) as usize]
            }
            /// Every argument's operator, padded with `ALL[0]` to 32 entries.
            const BY_ARG: [$ty; 32] = {
                let mut t = [$ty::ALL[0]; 32];
                let mut i = 0;
                while i < $ty::ALL.len() {
                    t[i] = $ty::ALL[i];
                    i += 1;
                }
                t
            };
        }
    };
}

operators! {
    /// Binary operators (BINARY_OP's argument). In-place forms follow the plain ones.
    BinOp {
        Add = "+", "__add__", "__radd__";
        Sub = "-", "__sub__", "__rsub__";
        Mul = "*", "__mul__", "__rmul__";
        TrueDiv = "/", "__truediv__", "__rtruediv__";
        FloorDiv = "//", "__floordiv__", "__rfloordiv__";
        Mod = "%", "__mod__", "__rmod__";
        Pow = "**", "__pow__", "__rpow__";
        LShift = "<<", "__lshift__", "__rlshift__";
        RShift = ">>", "__rshift__", "__rrshift__";
        And = "&", "__and__", "__rand__";
        Or = "|", "__or__", "__ror__";
        Xor = "^", "__xor__", "__rxor__";
        MatMul = "@", "__matmul__", "__rmatmul__";
        IAdd = "+=", "__iadd__", "__add__";
        ISub = "-=", "__isub__", "__sub__";
        IMul = "*=", "__imul__", "__mul__";
        ITrueDiv = "/=", "__itruediv__", "__truediv__";
        IFloorDiv = "//=", "__ifloordiv__", "__floordiv__";
        IMod = "%=", "__imod__", "__mod__";
        IPow = "**=", "__ipow__", "__pow__";
        ILShift = "<<=", "__ilshift__", "__lshift__";
        IRShift = ">>=", "__irshift__", "__rshift__";
        IAnd = "&=", "__iand__", "__and__";
        IOr = "|=", "__ior__", "__or__";
        IXor = "^=", "__ixor__", "__xor__";
        IMatMul = "@=", "__imatmul__", "__matmul__";
    }
}

impl BinOp {
    /// The plain operator of an in-place one (itself otherwise).
    #[inline(always)]
    pub fn base(self) -> BinOp {
        let i = self as u32;
        if i >= BinOp::IAdd as u32 {
            BinOp::from_arg(i - BinOp::IAdd as u32)
        } else {
            self
        }
    }

    /// Whether this is an in-place operator.
    pub fn is_inplace(self) -> bool {
        self as usize >= BinOp::IAdd as usize
    }
}

operators! {
    /// Rich comparison operators (COMPARE_OP's argument).
    CmpOp {
        Lt = "<", "__lt__", "__gt__";
        Le = "<=", "__le__", "__ge__";
        Eq = "==", "__eq__", "__eq__";
        Ne = "!=", "__ne__", "__ne__";
        Gt = ">", "__gt__", "__lt__";
        Ge = ">=", "__ge__", "__le__";
    }
}

impl CmpOp {
    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// MAKE_FUNCTION flags.
pub mod make_function {
    /// A tuple of positional defaults is on the stack.
    pub const DEFAULTS: u32 = 1;
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: u32 = 2;
    /// An annotations dict.
    pub const ANNOTATIONS: u32 = 4;
    /// A tuple of closure cells.
    pub const CLOSURE: u32 = 8;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_round_trip() {
        for (i, &op) in Op::ALL.iter().enumerate() {
            assert_eq!(op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(op));
            assert_eq!(Op::parse(op.name()), Some(op));
            let w = encode(op, 123_456);
            assert_eq!(op_of(w), op);
            assert_eq!(arg_of(w), 123_456);
        }
        assert!(Op::ALL.len() < 256);
        assert_eq!(BinOp::IAdd.base(), BinOp::Add);
        assert_eq!(BinOp::IMatMul.base(), BinOp::MatMul);
        assert_eq!(BinOp::ALL.len(), 26);
    }
}
