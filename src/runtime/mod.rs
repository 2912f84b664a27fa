//! The native half of minigo's library: what the embedded Go sources (`src/stdlib/`)
//! declare without a body, implemented in Rust, plus value printing.

pub mod chan;
pub mod fmt;
pub mod lib;
pub mod natives;
pub mod print;
pub mod rand;
pub mod select;
pub mod sync;
pub mod time;
