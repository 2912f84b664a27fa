//! Channels: a buffer ring and two queues of waiting goroutines, as in Go's
//! runtime/chan.go.
//!
//! Invariants (channel locked):
//! - at least one of `sendq` and `recvq` is empty, except that either may hold stale
//!   entries of `select`s already won elsewhere (their `Parked::claimed` flag is set);
//! - for a buffered channel, `recvq` is non-empty only if the buffer is empty, and
//!   `sendq` only if the buffer is full;
//! - an unbuffered channel hands values over directly, sender to receiver.
//!
//! A waiting goroutine is a `Waiter` pointing at its `Parked` record. Whoever completes
//! its operation first claims the record (an atomic flag, so one `select` waiting on many
//! channels wakes exactly once), delivers the result straight into the goroutine's
//! registers, and makes it runnable.

use std::collections::VecDeque;
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

// The channel's lock: loom's under `--cfg loom` (see `sync_shim`).
use crate::sync_shim::{Mutex, MutexGuard};

use crate::check::types::TypeId;
use crate::vm::goroutine::{Delivery, Parked};
use crate::vm::value::Value;
use crate::vm::{Host, Trap};

pub struct ChanObj {
    pub elem: TypeId,
    pub cap: usize,
    /// Where the channel was made (function, line), for reports.
    pub origin: (u32, u32),
    pub state: Mutex<ChanState>,
    /// Waiters of woken `select`s still queued here (an estimate, see `remove_waiters`).
    stale: AtomicUsize,
}

#[derive(Default)]
pub struct ChanState {
    pub buf: VecDeque<Value>,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<Waiter>,
}

pub struct Waiter {
    pub parked: Arc<Parked>,
    /// The case index for a `select` (0 for a plain send or receive).
    pub case: u32,
    /// The value a sender offers.
    pub value: Value,
}

impl fmt::Debug for ChanObj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "chan(cap {})", self.cap)
    }
}

/// The result of trying an operation without blocking.
pub enum Try<T> {
    Done(T),
    WouldBlock,
}

impl ChanObj {
    pub fn new(elem: TypeId, cap: usize, origin: (u32, u32)) -> Arc<ChanObj> {
        Arc::new(ChanObj {
            elem,
            cap,
            origin,
            state: Mutex::new(ChanState::default()),
            stale: AtomicUsize::new(0),
        })
    }

    pub fn lock(&self) -> MutexGuard<'_, ChanState> {
        self.state.lock()
    }

    pub fn len(&self) -> usize {
        self.state.lock().buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The channel behind a value (None for a nil channel).
pub fn chan_of(v: &Value) -> Option<Arc<ChanObj>> {
    match v {
        Value::Chan(c) => Some(c.clone()),
        _ => None,
    }
}

/// The channel behind a value, borrowed (None for a nil channel).
pub fn chan_ref(v: &Value) -> Option<&Arc<ChanObj>> {
    match v {
        Value::Chan(c) => Some(c),
        _ => None,
    }
}

/// Pops the first waiter that can still be claimed (skipping stale `select` entries).
pub fn claim(q: &mut VecDeque<Waiter>) -> Option<Waiter> {
    while let Some(w) = q.pop_front() {
        if w.parked.claim() {
            return Some(w);
        }
    }
    None
}

/// Tries to send `v` (channel locked by the caller through `st`).
pub fn try_send_locked(
    st: &mut ChanState,
    ch: &ChanObj,
    v: Value,
    host: &mut dyn Host,
) -> Result<Try<()>, (Trap, Value)> {
    if st.closed {
        return Err((send_on_closed(), v));
    }
    if let Some(w) = claim(&mut st.recvq) {
        // A receiver is waiting: hand the value over directly.
        host.wake(
            &w.parked,
            Delivery::Value {
                case: w.case,
                val: v,
                ok: true,
            },
        );
        return Ok(Try::Done(()));
    }
    if st.buf.len() < ch.cap {
        st.buf.push_back(v);
        return Ok(Try::Done(()));
    }
    Ok(Try::WouldBlock)
}

/// Tries to receive (channel locked by the caller). Done((value, ok)).
pub fn try_recv_locked(
    st: &mut ChanState,
    ch: &ChanObj,
    zero: impl FnOnce() -> Value,
    host: &mut dyn Host,
) -> Try<(Value, bool)> {
    if let Some(w) = claim(&mut st.sendq) {
        let v = if ch.cap == 0 {
            // Unbuffered: take the sender's value directly.
            w.value.clone()
        } else {
            // Full buffer: take the head, the sender's value goes to the tail.
            let head = st.buf.pop_front().unwrap_or_default();
            st.buf.push_back(w.value.clone());
            head
        };
        host.wake(&w.parked, Delivery::Sent { case: w.case });
        return Try::Done((v, true));
    }
    if let Some(v) = st.buf.pop_front() {
        return Try::Done((v, true));
    }
    if st.closed {
        return Try::Done((zero(), false));
    }
    Try::WouldBlock
}

/// `close(ch)`: wakes every waiting receiver (zero value, not ok) and every waiting
/// sender (which then panics).
pub fn close(ch: &ChanObj, zero: impl Fn() -> Value, host: &mut dyn Host) -> Result<(), Trap> {
    let mut st = ch.lock();
    if st.closed {
        return Err(Trap::RuntimePlain("close of closed channel".into()));
    }
    st.closed = true;
    // Taken whole, not copied: a close may release hundreds of thousands of waiters.
    let receivers = std::mem::take(&mut st.recvq);
    let senders = std::mem::take(&mut st.sendq);
    drop(st);
    for w in receivers {
        if w.parked.claim() {
            host.wake(
                &w.parked,
                Delivery::Value {
                    case: w.case,
                    val: zero(),
                    ok: false,
                },
            );
        }
    }
    for w in senders {
        if w.parked.claim() {
            host.wake(&w.parked, Delivery::Closed { case: w.case });
        }
    }
    Ok(())
}

pub fn send_on_closed() -> Trap {
    Trap::RuntimePlain("send on closed channel".into())
}

/// How many stale waiters a channel may hold before `remove_waiters` sweeps its queues.
const STALE_SWEEP: usize = 16;

/// Accounts for the waiter a `select` that woke through another case left on `ch`.
///
/// The waiter is not removed at once: its record is claimed, so every dequeue skips
/// it. Removing it would cost a scan of the queue, and when many goroutines select on
/// one channel (workers on a shared `ctx.Done()` and a jobs channel), every wake-up
/// would scan them all: quadratic. Instead the queues are swept once stale waiters may
/// be half of them, so each sweep is paid for by as many wake-ups as it scans, and a
/// channel that is never used again holds at most about twice its live waiters.
pub fn remove_waiters(ch: &ChanObj, _parked: &Arc<Parked>) {
    let stale = ch.stale.fetch_add(1, Ordering::Relaxed) + 1;
    if stale < STALE_SWEEP {
        return;
    }
    let mut st = ch.lock();
    if 2 * ch.stale.load(Ordering::Relaxed) >= st.recvq.len() + st.sendq.len() {
        st.recvq.retain(|w| !w.parked.is_claimed());
        st.sendq.retain(|w| !w.parked.is_claimed());
        ch.stale.store(0, Ordering::Relaxed);
    }
}
