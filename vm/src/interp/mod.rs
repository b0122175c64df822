//! The interpreter: frames and the value stack (`frame.rs`), raw slot access (`stack.rs`),
//! calls (`call.rs`), inline caches (`cache.rs`) and the dispatch loop (`eval.rs`).

pub mod cache;
pub mod call;
pub mod eval;
pub mod frame;
pub mod stack;
