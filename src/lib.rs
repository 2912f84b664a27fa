//! minigo: an interpreter for a small dialect of Go that makes concurrency visible.
//!
//! The pipeline, one module per stage: `syntax` (tokens and tree), `check` (types and
//! the checked program), `compile` (bytecode), `vm` (goroutines running bytecode),
//! `runtime` (the library's native half), `diag` (diagnostics).

pub mod check;
pub mod diag;
pub mod stdlib;
pub mod syntax;
