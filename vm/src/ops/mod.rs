//! The object protocol: what the interpreter and built-ins do to values. Each file is one
//! theme: attribute access, arithmetic, comparison and truth, subscripts, iteration,
//! sequence operators, building and unpacking, formatting, `repr`/`str`, construction and
//! classes, exceptions and `with`, imports, name lookups, and `match` support.

pub mod arith;
pub mod attr;
pub mod build;
pub mod compare;
pub mod construct;
pub mod exc;
pub mod format;
pub mod import;
pub mod iter;
pub mod names;
pub mod number;
pub mod pattern;
pub mod percent;
pub mod repr;
pub mod seq;
pub mod str_format;
pub mod subscript;
