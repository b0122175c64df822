//! Callables: Python functions, bound methods, cells, built-in functions and the method
//! descriptors that put Rust methods into built-in types' namespaces.
//!
//! **Native calling convention.** A built-in is a `static` [`NativeDef`] whose `func` has
//! the type [`NativeFn`]: `fn(&mut Ctx, Args) -> PyResult<Value>`. [`Args`] is a view of the
//! argument slots in the thread's value stack (so the collector keeps them current while the
//! function runs Python code): `args.get(i)` reads positional argument `i` (for methods,
//! argument 0 is `self`), and keyword arguments are the last `nkw` slots, named by a tuple.
//! A built-in function object stores a pointer to its `NativeDef` as a small int.

use crate::compile::code::CodeData;
use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot, ValueCell};
use crate::objects::str::{as_str, is_str};
use crate::objects::tuple::{tuple_get, tuple_len};
use crate::runtime::Global;
use crate::value::Value;

/// A built-in's Rust function.
pub type NativeFn = fn(&mut Ctx, Args<'_>) -> PyResult<Value>;

/// How a native definition binds when found on a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A module-level function (no binding).
    Function,
    /// An instance method: `self` is argument 0.
    Method,
    /// A class method: the class is argument 0.
    ClassMethod,
    /// A static method: no implicit argument.
    StaticMethod,
}

/// A built-in function or method, defined statically.
pub struct NativeDef {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// Binding behaviour.
    pub kind: NativeKind,
    /// `__doc__` (empty for none).
    pub doc: &'static str,
}

/// Defines a `&'static [NativeDef]` table.
#[macro_export]
macro_rules! native_table {
    ($($kind:ident $name:literal => $f:path),* $(,)?) => {
        &[$($crate::objects::function::NativeDef {
            name: $name,
            func: $f,
            kind: $crate::objects::function::NativeKind::$kind,
            doc: "",
        },)*]
    };
}

/// The arguments of a native call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    cells: &'a [ValueCell],
    npos: usize,
    kwnames: Value,
}

impl<'a> Args<'a> {
    /// Arguments in `cells`, the last `tuple_len(kwnames)` of them keywords.
    pub fn new(cells: &'a [ValueCell], kwnames: Value) -> Args<'a> {
        let nkw = if kwnames.is_null() {
            0
        } else {
            tuple_len(kwnames)
        };
        Args {
            cells,
            npos: cells.len() - nkw,
            kwnames,
        }
    }

    /// Number of positional arguments (including `self` for methods).
    #[inline]
    pub fn len(&self) -> usize {
        self.npos
    }

    /// Whether there are no positional arguments.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.npos == 0
    }

    /// Positional argument `i` (NULL if absent).
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        if i < self.npos {
            self.cells[i].get()
        } else {
            Value::NULL
        }
    }

    /// Positional arguments from `i` on, copied out (raw values).
    pub fn rest(&self, i: usize) -> Vec<Value> {
        (i..self.npos).map(|k| self.cells[k].get()).collect()
    }

    /// Number of keyword arguments.
    #[inline]
    pub fn nkw(&self) -> usize {
        self.cells.len() - self.npos
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<Value> {
        (0..self.nkw())
            .find(|&i| as_str(tuple_get(self.kwnames, i)) == name)
            .map(|i| self.cells[self.npos + i].get())
    }

    /// Keyword argument `i`: its name (a str) and value.
    pub fn kw_at(&self, i: usize) -> (Value, Value) {
        (tuple_get(self.kwnames, i), self.cells[self.npos + i].get())
    }

    /// The names of the keyword arguments (a tuple, or NULL).
    pub fn kwnames(&self) -> Value {
        self.kwnames
    }

    /// The underlying cells (positional then keyword values).
    pub fn cells(&self) -> &'a [ValueCell] {
        self.cells
    }

    /// These arguments without the first positional one (for methods calling helpers).
    pub fn shift(&self) -> Args<'a> {
        Args {
            cells: &self.cells[1..],
            npos: self.npos - 1,
            kwnames: self.kwnames,
        }
    }
}

// --- Types and layouts -------------------------------------------------------------------

/// `function`.
pub static FUNCTION_TYPE: Global = Global::new();
/// `method` (a bound method).
pub static METHOD_TYPE: Global = Global::new();
/// `cell`.
pub static CELL_TYPE: Global = Global::new();
/// `builtin_function_or_method`.
pub static BUILTIN_TYPE: Global = Global::new();
/// `method_descriptor` (Rust methods of built-in types).
pub static METHOD_DESCR_TYPE: Global = Global::new();
/// `classmethod_descriptor`.
pub static CLASSMETHOD_DESCR_TYPE: Global = Global::new();
/// `code`.
pub static CODE_TYPE: Global = Global::new();

/// Function slots.
pub mod fslot {
    /// Code object.
    pub const CODE: usize = 0;
    /// Globals dict.
    pub const GLOBALS: usize = 1;
    /// `__name__`.
    pub const NAME: usize = 2;
    /// `__qualname__`.
    pub const QUALNAME: usize = 3;
    /// Positional defaults (tuple or NULL).
    pub const DEFAULTS: usize = 4;
    /// Keyword-only defaults (dict or NULL).
    pub const KWDEFAULTS: usize = 5;
    /// Closure cells (tuple or NULL).
    pub const CLOSURE: usize = 6;
    /// `__doc__`.
    pub const DOC: usize = 7;
    /// `__dict__` (NULL until an attribute is set).
    pub const DICT: usize = 8;
    /// `__module__`.
    pub const MODULE: usize = 9;
    /// `__annotations__` (dict or NULL).
    pub const ANNOTATIONS: usize = 10;
    /// The builtins dict.
    pub const BUILTINS: usize = 11;
    /// Number of slots.
    pub const COUNT: usize = 12;
}

/// Whether `v` is a Python function.
#[inline(always)]
pub fn is_function(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == FUNCTION_TYPE.get().bits()
}

/// The code payload of a function.
#[inline(always)]
pub fn func_code(f: Value) -> &'static CodeData {
    code_data(slot(f.obj(), fslot::CODE))
}

/// The payload of a code object.
#[inline(always)]
pub fn code_data(code: Value) -> &'static CodeData {
    object::native_payload::<CodeData>(code.obj())
}

/// A new function (MAKE_FUNCTION).
pub fn new_function(cx: &mut Ctx, code: Value, globals: Value, builtins: Value) -> PyResult<Value> {
    let o = cx.alloc_fixed(FUNCTION_TYPE.get(), fslot::COUNT)?;
    let cd = code_data(code);
    object::init_slot(o, fslot::CODE, code);
    object::init_slot(o, fslot::GLOBALS, globals);
    object::init_slot(o, fslot::BUILTINS, builtins);
    object::init_slot(o, fslot::NAME, cd.name.get());
    object::init_slot(o, fslot::QUALNAME, cd.qualname.get());
    let doc = if cd.flags & crate::compile::code::co_flags::HAS_DOCSTRING != 0 {
        cd.consts[0].get()
    } else {
        crate::runtime::none()
    };
    object::init_slot(o, fslot::DOC, doc);
    Ok(Value::from_obj(o))
}

/// A bound method.
pub fn new_method(cx: &mut Ctx, func: Value, self_: Value) -> PyResult<Value> {
    let o = cx.alloc_fixed(METHOD_TYPE.get(), 2)?;
    object::init_slot(o, 0, func);
    object::init_slot(o, 1, self_);
    Ok(Value::from_obj(o))
}

/// Whether `v` is a bound method.
#[inline(always)]
pub fn is_method(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == METHOD_TYPE.get().bits()
}

/// A cell holding `v` (NULL for empty).
pub fn new_cell(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    let o = cx.alloc_fixed(CELL_TYPE.get(), 1)?;
    object::init_slot(o, 0, v);
    Ok(Value::from_obj(o))
}

/// A cell's content (NULL if empty).
#[inline(always)]
pub fn cell_get(c: Value) -> Value {
    slot(c.obj(), 0)
}

/// Sets a cell's content.
#[inline(always)]
pub fn cell_set(cx: &mut Ctx, c: Value, v: Value) {
    cx.set_slot(c.obj(), 0, v)
}

/// Whether `v` is a built-in function or bound built-in method.
#[inline(always)]
pub fn is_builtin(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == BUILTIN_TYPE.get().bits()
}

/// Whether `v` is a method descriptor of a built-in type.
#[inline(always)]
pub fn is_method_descr(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == METHOD_DESCR_TYPE.get().bits()
}

fn def_value(d: &'static NativeDef) -> Value {
    // Statics are at least 8-aligned addresses below 2**47: they fit a small int.
    Value::int(d as *const NativeDef as usize as i64)
}

/// The `NativeDef` of a built-in function, method descriptor or classmethod descriptor.
#[inline(always)]
pub fn native_def(v: Value) -> &'static NativeDef {
    let p = slot(v.obj(), 0).as_int() as usize as *const NativeDef;
    // SAFETY: slot 0 of these objects is only ever written by `def_value` from a
    // `&'static NativeDef`, so the pointer is valid for the whole program.
    unsafe { &*p }
}

/// A built-in function (unbound) or a bound built-in method (`self_` not NULL).
pub fn new_builtin(cx: &mut Ctx, def: &'static NativeDef, self_: Value) -> PyResult<Value> {
    let o = cx.alloc_fixed(BUILTIN_TYPE.get(), 3)?;
    object::init_slot(o, 0, def_value(def));
    object::init_slot(o, 1, self_);
    Ok(Value::from_obj(o))
}

/// A built-in function allocated immortal (module-level built-ins made at startup).
pub fn new_builtin_immortal(
    cx: &mut Ctx,
    def: &'static NativeDef,
    module: Value,
) -> PyResult<Value> {
    let o = cx.alloc_fixed_immortal(BUILTIN_TYPE.get(), 3)?;
    object::init_slot(o, 0, def_value(def));
    object::init_slot(o, 2, module);
    Ok(Value::from_obj(o))
}

/// The `self` a built-in is bound to (NULL for a plain function).
#[inline(always)]
pub fn builtin_self(v: Value) -> Value {
    slot(v.obj(), 1)
}

/// A method descriptor for `def` on type `owner` (immortal: built-in types are).
pub fn new_method_descr(cx: &mut Ctx, def: &'static NativeDef, owner: Value) -> PyResult<Value> {
    let ty = match def.kind {
        NativeKind::ClassMethod => CLASSMETHOD_DESCR_TYPE.get(),
        NativeKind::StaticMethod | NativeKind::Function => BUILTIN_TYPE.get(),
        NativeKind::Method => METHOD_DESCR_TYPE.get(),
    };
    let o = cx.alloc_fixed_immortal(ty, 3)?;
    object::init_slot(o, 0, def_value(def));
    if def.kind == NativeKind::Method || def.kind == NativeKind::ClassMethod {
        object::init_slot(o, 1, owner);
    }
    Ok(Value::from_obj(o))
}

/// The type owning a method descriptor.
pub fn descr_owner(v: Value) -> Value {
    slot(v.obj(), 1)
}

/// Whether `v` is a str naming a keyword (helper for argument parsing).
pub fn is_name(v: Value) -> bool {
    is_str(v)
}
