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
    /// A run-time error whose message has no "runtime error: " prefix (`send on closed
    /// channel`, `close of closed channel`, ...).
    RuntimePlain(String),
    /// Not an error: the goroutine must wait (a native such as `Mutex.Lock` blocks).
    Park(Box<goroutine::ParkRequest>),
    /// `runtime.Goexit()`: run the goroutine's deferred calls, then end it.
    Goexit,
}

/// What the VM needs from whoever runs goroutines (the scheduler): making parked
/// goroutines runnable, starting new ones, and the clock.
pub trait Host {
    /// Makes a parked goroutine runnable, delivering the result of the operation it was
    /// waiting for. The caller has claimed `parked`.
    fn wake(&mut self, parked: &Arc<goroutine::Parked>, d: goroutine::Delivery);
    /// Starts a new goroutine.
    fn spawn(&mut self, g: Box<Goroutine>);
    /// The number of goroutines that exist.
    fn num_goroutine(&self) -> usize;
    /// The id for a new goroutine.
    fn next_gid(&mut self) -> u64;
    /// Nanoseconds on the program's clock (real, or virtual with `--fake-time`).
    fn now_nanos(&self) -> i64;
    /// The current `GOMAXPROCS`, and a request to change it (n < 1 keeps it).
    fn gomaxprocs(&mut self, n: i64) -> i64;
    /// Schedules a timer `delay_ns` from now; returns its id.
    fn add_timer(&mut self, delay_ns: i64, kind: crate::runtime::time::TimerKind) -> u64;
    /// Stops a timer: true if it had not fired yet.
    fn stop_timer(&mut self, id: u64) -> bool;
}

/// Runs a program to completion and returns its exit status.
pub fn run(image: Arc<Image>, opts: &crate::sched::SchedOptions) -> i32 {
    let code = crate::sched::run_program(image.clone(), opts);
    image.flush_stdout();
    let _ = std::io::stderr().flush();
    code
}
