//! A goroutine as data: its value stack, call frames, deferred calls and panics.

use std::sync::Arc;
use std::sync::atomic::Ordering;

// `Parked`'s flag and slot: loom's under `--cfg loom` (see `sync_shim`).
use crate::sync_shim::{AtomicBool, Mutex};

use super::Trap;
use super::value::{Closure, Value};
use crate::runtime::chan::ChanObj;

/// Initial stack capacity in values: small, so that many goroutines stay cheap.
const INITIAL_STACK: usize = 32;

pub struct Goroutine {
    pub id: u64,
    /// Registers of every frame, the innermost on top.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Deferred calls of all frames; each frame owns those above its `defer_mark`.
    pub defers: Vec<Deferred>,
    /// What only some goroutines ever need (panics, a pending panic, a `select`'s
    /// cleanup), boxed on first use: a program may hold hundreds of thousands of
    /// goroutines at once, and this keeps each one's record small.
    cold: Option<Box<Cold>>,
    /// Where the result of the operation the goroutine waits for goes.
    pub pending: Option<Pending>,
    /// The function and line of the `go` statement that started it (0, 0 for main).
    pub started_at: (u32, u32),
    /// The goroutine that started it.
    pub parent: u64,
    /// The entry function (for reports).
    pub entry: u32,
    /// A native call to run again when the goroutine resumes (a lock it must compete
    /// for again): function, argument slot, result slot.
    pub native_retry: Option<(u32, u32, u32)>,
    /// Set by a waker when the native call must run again.
    pub retry: bool,
    /// A new goroutine whose function value and arguments wait at stack slot 0.
    pub start: bool,
    /// Where its last frame returned (see `crate::detect::site`), for "returned
    /// without calling wg.Done()".
    pub exit_site: u64,
    /// While a deferred call runs a native directly: its `defer` statement's site.
    pub defer_site: u64,
}

/// A goroutine waiting for something: whoever completes its operation claims the record
/// (once), delivers the result and makes the goroutine runnable.
/// The rarely used part of a goroutine (see `Goroutine::cold`).
#[derive(Default)]
pub struct Cold {
    /// Panics in progress, the most recent last.
    pub panics: Vec<PanicRecord>,
    /// Set while the goroutine prints a fatal panic (see `panic.rs`).
    pub dying: Option<Dying>,
    /// A panic to raise when the goroutine resumes (a send on a channel closed meanwhile).
    pub resume_trap: Option<Trap>,
    /// After a `select` wakes: its record, and the channels still holding its waiters.
    pub select_cleanup: Option<(Arc<Parked>, Vec<Arc<ChanObj>>)>,
}

pub struct Parked {
    /// The goroutine itself, put here before any waker can see the record.
    pub g: Mutex<Option<Box<Goroutine>>>,
    claimed: AtomicBool,
    pub gid: u64,
}

impl Parked {
    pub fn new(gid: u64) -> Arc<Parked> {
        Arc::new(Parked {
            g: Mutex::new(None),
            claimed: AtomicBool::new(false),
            gid,
        })
    }

    /// Claims the right to wake the goroutine; false if someone else already has.
    pub fn claim(&self) -> bool {
        !self.claimed.swap(true, Ordering::AcqRel)
    }

    pub fn is_claimed(&self) -> bool {
        self.claimed.load(Ordering::Acquire)
    }
}

/// The result a waker hands to a parked goroutine.
#[derive(Debug)]
pub enum Delivery {
    /// A received value (`ok` false: the channel was closed).
    Value { case: u32, val: Value, ok: bool },
    /// A send completed.
    Sent { case: u32 },
    /// The channel a send waited on was closed: the sender panics.
    Closed { case: u32 },
    /// A wait ended (a lock acquired, a timer fired, a WaitGroup reached zero).
    Unit,
}

/// Where a parked goroutine wants its result: registers from absolute stack index `dst`.
#[derive(Clone, Copy, Debug)]
pub struct Pending {
    pub dst: u32,
    pub kind: PendingKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PendingKind {
    /// `v := <-ch` (with `ok`: also `dst+1`).
    Recv {
        ok: bool,
    },
    Send,
    /// `select`: case index at `dst`, value at `dst+1`, ok at `dst+2`.
    Select,
    Unit,
    /// Woken to try the blocked native call again.
    Retry,
}

/// Why a goroutine stops running: the operation to wait for, handled by the scheduler
/// (which retries it and, if it still cannot complete, parks the goroutine).
#[derive(Debug)]
pub enum ParkRequest {
    Send {
        ch: Arc<ChanObj>,
        val: Value,
    },
    Recv {
        ch: Arc<ChanObj>,
        dst: u32,
        ok: bool,
    },
    /// The cases of a `select` without a ready case and without default.
    Select {
        cases: Vec<SelectCase>,
        dst: u32,
    },
    /// Blocks forever: `select {}`, or a send or receive on a nil channel.
    Forever {
        reason: &'static str,
    },
    /// A native wait (mutexes, WaitGroups, timers, ...), implemented by the runtime.
    Native(Box<dyn crate::runtime::sync::NativeWait>),
    /// `runtime.Gosched`: stay runnable, but let others run first.
    Yield,
}

#[derive(Debug, Clone)]
pub struct SelectCase {
    pub ch: Option<Arc<ChanObj>>,
    /// The value to send, for a send case.
    pub send: Option<Value>,
}

impl Goroutine {
    /// Writes a delivered result where the goroutine expects it.
    pub fn deliver(&mut self, d: Delivery) {
        let Some(p) = self.pending.take() else {
            return;
        };
        let dst = p.dst as usize;
        match (p.kind, d) {
            (PendingKind::Recv { ok: with_ok }, Delivery::Value { val, ok, .. }) => {
                self.stack[dst] = val;
                if with_ok {
                    self.stack[dst + 1] = Value::Bool(ok);
                }
            }
            (PendingKind::Select, Delivery::Value { case, val, ok }) => {
                self.stack[dst] = Value::Int(case as i64);
                self.stack[dst + 1] = val;
                self.stack[dst + 2] = Value::Bool(ok);
            }
            (PendingKind::Select, Delivery::Sent { case }) => {
                self.stack[dst] = Value::Int(case as i64);
            }
            (PendingKind::Retry, _) => self.retry = true,
            (PendingKind::Select | PendingKind::Send, Delivery::Closed { case }) => {
                if p.kind == PendingKind::Select {
                    self.stack[dst] = Value::Int(case as i64);
                }
                self.cold().resume_trap = Some(crate::runtime::chan::send_on_closed());
            }
            _ => {}
        }
    }
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
    PanicDeferred {
        panic: u32,
    },
    /// A call the runtime makes to format a fatal panic's value (`panic.rs`).
    PanicPrint,
    /// A deferred call run by `runtime.Goexit`: `recover` returns nil here.
    GoexitDeferred,
}

pub struct Deferred {
    /// A function value (closure, bound method or plain function).
    pub func: Value,
    pub args: Vec<Value>,
    /// Where the `defer` statement was (see `crate::detect::site`): a deferred native
    /// such as `wg.Done` reports this line, not the function's end.
    pub site: u64,
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
    /// For a panic raised in a deferred call run by an earlier panic: where, in `trace`,
    /// that earlier panic's frames start (the deferred call's frames come before).
    pub earlier_at: Option<usize>,
    /// What the runtime knew when it panicked, for the report (a WaitGroup's ledger).
    pub note: Option<Box<super::panic::PanicNote>>,
}

/// State of a goroutine printing its fatal panic: the texts of the panic values, computed
/// one call at a time.
pub struct Dying {
    pub texts: Vec<String>,
}

impl Goroutine {
    /// A goroutine started by `go`: no frame yet, room for the function value and
    /// `slots - 1` arguments (the stack grows when it enters the function). Kept small:
    /// a program may have hundreds of thousands of goroutines blocked at once.
    pub fn spawned(id: u64, entry: u32, slots: usize) -> Goroutine {
        Goroutine {
            id,
            stack: Vec::with_capacity(slots),
            // Most goroutines never call deeper than their entry function's frame.
            frames: Vec::with_capacity(1),
            defers: Vec::new(),
            cold: None,
            pending: None,
            started_at: (0, 0),
            parent: 0,
            entry,
            native_retry: None,
            retry: false,
            start: false,
            exit_site: 0,
            defer_site: 0,
        }
    }

    /// The rarely used part, made on first use.
    pub fn cold(&mut self) -> &mut Cold {
        self.cold.get_or_insert_with(Box::default)
    }

    /// The panics in progress, the most recent last.
    pub fn panics(&self) -> &[PanicRecord] {
        self.cold.as_ref().map_or(&[], |c| &c.panics)
    }

    pub fn panics_mut(&mut self) -> &mut Vec<PanicRecord> {
        &mut self.cold().panics
    }

    pub fn dying(&self) -> Option<&Dying> {
        self.cold.as_ref().and_then(|c| c.dying.as_ref())
    }

    pub fn dying_mut(&mut self) -> Option<&mut Dying> {
        self.cold.as_mut().and_then(|c| c.dying.as_mut())
    }

    /// The panic to raise on resuming, if any.
    pub fn resume_trap(&self) -> Option<&Trap> {
        self.cold.as_ref().and_then(|c| c.resume_trap.as_ref())
    }

    pub fn take_resume_trap(&mut self) -> Option<Trap> {
        self.cold.as_mut().and_then(|c| c.resume_trap.take())
    }

    pub fn take_select_cleanup(&mut self) -> Option<(Arc<Parked>, Vec<Arc<ChanObj>>)> {
        self.cold.as_mut().and_then(|c| c.select_cleanup.take())
    }

    /// The main goroutine: entered in `entry` already.
    pub fn new(id: u64, entry: u32) -> Goroutine {
        let mut g = Goroutine::spawned(id, entry, INITIAL_STACK);
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
