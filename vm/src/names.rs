//! Interned names the runtime uses from Rust (special methods, common attributes), made once
//! at startup so that lookups compare them by identity without interning again.

use crate::ctx::{Ctx, PyResult};
use crate::objects::str::intern;
use crate::runtime::Global;

macro_rules! names {
    ($($g:ident = $s:literal,)*) => {
        $(
            #[doc = concat!("`", $s, "`")]
            pub static $g: Global = Global::new();
        )*
        /// Interns every name (bootstrap).
        pub(crate) fn init(cx: &mut Ctx) -> PyResult<()> {
            $($g.set(intern(cx, $s)?);)*
            Ok(())
        }
    };
}

names! {
    INIT = "__init__",
    NEW = "__new__",
    CALL = "__call__",
    GETATTRIBUTE = "__getattribute__",
    GETATTR = "__getattr__",
    SETATTR = "__setattr__",
    DELATTR = "__delattr__",
    GET = "__get__",
    SET = "__set__",
    DELETE = "__delete__",
    SET_NAME = "__set_name__",
    INIT_SUBCLASS = "__init_subclass__",
    CLASS_GETITEM = "__class_getitem__",
    MRO_ENTRIES = "__mro_entries__",
    PREPARE = "__prepare__",
    CLASSCELL = "__classcell__",
    REPR = "__repr__",
    STR = "__str__",
    FORMAT = "__format__",
    BYTES = "__bytes__",
    HASH = "__hash__",
    BOOL = "__bool__",
    LEN = "__len__",
    LENGTH_HINT = "__length_hint__",
    ITER = "__iter__",
    NEXT = "__next__",
    REVERSED = "__reversed__",
    CONTAINS = "__contains__",
    GETITEM = "__getitem__",
    SETITEM = "__setitem__",
    DELITEM = "__delitem__",
    MISSING = "__missing__",
    INDEX = "__index__",
    INT = "__int__",
    FLOAT = "__float__",
    COMPLEX = "__complex__",
    ROUND = "__round__",
    TRUNC = "__trunc__",
    FLOOR = "__floor__",
    CEIL = "__ceil__",
    ABS = "__abs__",
    NEG = "__neg__",
    POS = "__pos__",
    INVERT = "__invert__",
    EQ = "__eq__",
    NE = "__ne__",
    LT = "__lt__",
    LE = "__le__",
    GT = "__gt__",
    GE = "__ge__",
    ENTER = "__enter__",
    EXIT = "__exit__",
    AWAIT = "__await__",
    DICT = "__dict__",
    DIR = "__dir__",
    SIZEOF = "__sizeof__",
    CLASS = "__class__",
    NAME = "__name__",
    QUALNAME = "__qualname__",
    MODULE = "__module__",
    DOC = "__doc__",
    SLOTS = "__slots__",
    FILE = "__file__",
    PATH = "__path__",
    PACKAGE = "__package__",
    SPEC = "__spec__",
    LOADER = "__loader__",
    BUILTINS = "__builtins__",
    ALL = "__all__",
    ANNOTATIONS = "__annotations__",
    MAIN = "__main__",
    MATCH_ARGS = "__match_args__",
    INSTANCECHECK = "__instancecheck__",
    SUBCLASSCHECK = "__subclasscheck__",
    SEND = "send",
    THROW = "throw",
    CLOSE = "close",
    KEYS = "keys",
    ITEMS = "items",
    VALUES = "values",
    VALUE = "value",
    CODE = "code",
    ARGS = "args",
    OBJ = "obj",
    NAME_ATTR = "name",
    WRITE = "write",
    FLUSH = "flush",
    READLINE = "readline",
    STDOUT = "stdout",
    STDERR = "stderr",
    STDIN = "stdin",
    DISPLAYHOOK = "displayhook",
    EXCEPTHOOK = "excepthook",
    EMPTY = "",
}
