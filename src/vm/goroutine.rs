//! A goroutine as data: its value stack, call frames, deferred calls and panics.

use std::sync::Arc;

use super::value::{Closure, Value};

/// Initial stack capacity in values: small, so that many goroutines stay cheap.
const INITIAL_STACK: usize = 32;

pub struct Goroutine {
    pub id: u64,
    /// Registers of every frame, the innermost on top.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Deferred calls of all frames; each frame owns those above its `defer_mark`.
    pub defers: Vec<Deferred>,
    /// Panics in progress, the most recent last.
    pub panics: Vec<PanicRecord>,
    /// Set while the goroutine prints a fatal panic (see `panic.rs`).
    pub dying: Option<Dying>,
}

#[derive(Clone)]
pub struct Frame {
    pub func: u32,
    /// The next instruction to run (while the frame is not on top: where to resume).
    pub pc: u32,
    /// Where the frame's registers start in the stack.
    pub base: u32,
    /// Where the results go (an absolute stack index, in the caller's registers).
    pub ret: u32,
    pub closure: Option<Arc<Closure>>,
    /// `defers.len()` when the frame was entered.
    pub defer_mark: u32,
    pub kind: FrameKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    Normal,
    /// A deferred call run by `RunDefers` at a normal return.
    Deferred,
    /// A deferred call run while panic number `panic` unwinds: `recover` works here.
    PanicDeferred { panic: u32 },
    /// A call the runtime makes to format a fatal panic's value (`panic.rs`).
    PanicPrint,
}

pub struct Deferred {
    /// A function value (closure, bound method or plain function).
    pub func: Value,
    pub args: Vec<Value>,
}

pub struct PanicRecord {
    pub value: Value,
    pub recovered: bool,
    /// A later panic unwound past the deferred call this one was running.
    pub aborted: bool,
    /// Whether the value is a run-time error (Go prints those with their type's words).
    pub runtime_error: bool,
    /// The stack where the panic started: (function, line) from the innermost frame.
    pub trace: Vec<(u32, u32)>,
    /// Frames left out of the middle of a very deep trace.
    pub elided: usize,
}

/// State of a goroutine printing its fatal panic: the texts of the panic values, computed
/// one call at a time.
pub struct Dying {
    pub texts: Vec<String>,
}

impl Goroutine {
    pub fn new(id: u64, entry: u32) -> Goroutine {
        let mut g = Goroutine {
            id,
            stack: Vec::with_capacity(INITIAL_STACK),
            frames: Vec::new(),
            defers: Vec::new(),
            panics: Vec::new(),
            dying: None,
        };
        g.frames.push(Frame {
            func: entry,
            pc: 0,
            base: 0,
            ret: 0,
            closure: None,
            defer_mark: 0,
            kind: FrameKind::Normal,
        });
        g
    }
}
