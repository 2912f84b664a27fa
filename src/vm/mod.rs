//! The virtual machine: a loaded program image, goroutines as data, the interpreter loop.
//!
//! A goroutine is a heap object with its own value stack and frames; the interpreter never
//! recurses on the Rust stack for a Go call, so recursion depth is bounded only by the
//! goroutine stack limit, and any instruction can stop a goroutine and resume it later.

pub mod goroutine;
pub mod image;
pub mod interp;
pub mod layout;
pub mod panic;
pub mod value;

use std::io::Write;
use std::sync::Arc;

pub use image::Image;
pub use value::Value;

use goroutine::Goroutine;
use interp::Outcome;

/// Why a goroutine stopped with an error that escapes Go's recovery.
#[derive(Debug)]
pub enum Trap {
    /// A Go panic carrying a value.
    Panic(Value),
    /// A run-time error (index out of range, nil dereference, ...): becomes a panic with
    /// a `runtime.Error` value carrying this message (without the "runtime error: ").
    RuntimeError(String),
    /// `os.Exit(code)`.
    Exit(i32),
    /// An unrecoverable error: `fatal error: <msg>`.
    Fatal(String),
    /// The goroutine's stack grew past its limit (runaway recursion).
    StackOverflow,
}

/// The result of running a program.
pub struct ExitStatus {
    pub code: i32,
}

/// Runs a program to completion on the current thread and returns its exit status.
pub fn run(image: Arc<Image>) -> ExitStatus {
    let mut g = Goroutine::new(1, image.entry_func());
    let code = loop {
        match interp::run(&image, &mut g, u32::MAX) {
            Outcome::Done => break 0,
            Outcome::Yield => continue,
            Outcome::Exit(code) => break code,
        }
    };
    image.flush_stdout();
    let _ = std::io::stderr().flush();
    ExitStatus { code }
}
