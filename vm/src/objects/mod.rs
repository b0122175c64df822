//! Built-in object types, one file each.

pub mod dict;
pub mod instance;
pub mod shape;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod weakref;
