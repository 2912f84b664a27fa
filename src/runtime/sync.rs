//! sync and sync/atomic: Mutex, RWMutex, WaitGroup, Cond, and atomic operations.
//!
//! As in Go, a lock's state lives in the struct itself (`Mutex{state, sema}` prints as
//! `{0 0}`), and goroutines waiting on it are kept in a semaphore table keyed by the
//! struct's address (Go's runtime/sema.go). Every wait uses the scheduler's park/wake
//! mechanism, so the detector sees all waits in one place.
//!
//! Protocol for a blocking operation (e.g. `Lock` on a locked mutex):
//! 1. the native tries the fast path under the struct's own lock;
//! 2. failing that, it returns `Trap::Park` with a `NativeWait`;
//! 3. the scheduler calls `NativeWait::park`, which takes the semaphore table lock, then
//!    the struct's lock, tries again, and only then queues the goroutine;
//! 4. the releasing side takes the same two locks in the same order, so no wakeup is lost.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, LazyLock};
use std::time::Instant;

use parking_lot::Mutex;

use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::vm::goroutine::{Delivery, Goroutine, ParkRequest, Parked, Pending, PendingKind};
use crate::vm::value::*;
use crate::vm::{Host, Trap};

/// A wait implemented by the runtime, handed to the scheduler (step 3 above).
pub trait NativeWait: Send + fmt::Debug {
    /// Completes the operation or parks `g`.
    fn park(self: Box<Self>, g: Box<Goroutine>, host: &mut dyn Host) -> ParkResult;
    /// Go's name for the wait (`sync.Mutex.Lock`, `sleep`, ...), for reports.
    fn reason(&self) -> &'static str;
}

pub enum ParkResult {
    /// The operation completed: keep running the goroutine.
    Continue(Box<Goroutine>),
    /// The goroutine is parked on this record.
    Parked(Arc<Parked>, &'static str),
}

// ----- the semaphore table -----

/// Waiters by address of the struct they wait on.
#[derive(Default)]
struct SemaTable {
    queues: HashMap<(usize, u32), VecDeque<SemaWaiter>>,
}

struct SemaWaiter {
    parked: Arc<Parked>,
    since: Instant,
    /// Kept so that the address stays valid while someone waits on it.
    _obj: Arc<Obj>,
    /// A ticket (Cond) or a kind (RWMutex readers vs writers).
    tag: u32,
}

/// A striped table: contention on one lock does not slow the others.
static SEMA: LazyLock<Vec<Mutex<SemaTable>>> = LazyLock::new(|| (0..64).map(|_| Mutex::new(SemaTable::default())).collect());

fn sema_for(key: (usize, u32)) -> &'static Mutex<SemaTable> {
    let h = (key.0 >> 4) ^ (key.1 as usize).wrapping_mul(0x9E37);
    &SEMA[h % SEMA.len()]
}

fn key_of(obj: &Arc<Obj>, field: u32) -> (usize, u32) {
    (Arc::as_ptr(obj) as *const u8 as usize, field)
}

/// The struct a `*sync.Mutex` (etc.) receiver points to.
fn target(v: &Value) -> Result<Arc<Obj>, Trap> {
    match v {
        Value::Ptr(p) if p.idx == WHOLE => Ok(p.obj.clone()),
        _ => Err(Trap::RuntimeError("invalid memory address or nil pointer dereference".into())),
    }
}

fn park_on(table: &mut SemaTable, key: (usize, u32), obj: &Arc<Obj>, mut g: Box<Goroutine>, tag: u32, retry: bool) -> Arc<Parked> {
    let parked = Parked::new(g.id);
    g.pending = Some(Pending {
        dst: 0,
        kind: if retry { PendingKind::Retry } else { PendingKind::Unit },
    });
    table.queues.entry(key).or_default().push_back(SemaWaiter {
        parked: parked.clone(),
        since: Instant::now(),
        _obj: obj.clone(),
        tag,
    });
    *parked.g.lock() = Some(g);
    parked
}

// ----- Mutex: fields state (0 unlocked, 1 locked), sema -----

const M_STATE: usize = 0;

/// How long a waiter may be overtaken before the lock is handed to it (Go's
/// starvation mode threshold, runtime/sync/mutex.go: 1 ms).
const STARVATION_NS: u128 = 1_000_000;

fn mutex_lock(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    {
        let mut d = obj.lock();
        if let ObjData::Vals(v) = &mut *d {
            if v[M_STATE].as_int() == 0 {
                v[M_STATE] = Value::Int(1);
                return Ok(());
            }
        }
    }
    Err(Trap::Park(Box::new(ParkRequest::Native(Box::new(LockWait { obj })))))
}

#[derive(Debug)]
struct LockWait {
    obj: Arc<Obj>,
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "obj@{:p}", self as *const Obj)
    }
}

impl NativeWait for LockWait {
    fn park(self: Box<Self>, g: Box<Goroutine>, _host: &mut dyn Host) -> ParkResult {
        let key = key_of(&self.obj, M_STATE as u32);
        let mut table = sema_for(key).lock();
        {
            let mut d = self.obj.lock();
            if let ObjData::Vals(v) = &mut *d {
                if v[M_STATE].as_int() == 0 {
                    v[M_STATE] = Value::Int(1);
                    return ParkResult::Continue(g);
                }
            }
        }
        // Woken either holding the lock (handed over) or to try again (`Retry`).
        let p = park_on(&mut table, key, &self.obj, g, 0, true);
        ParkResult::Parked(p, self.reason())
    }
    fn reason(&self) -> &'static str {
        "sync.Mutex.Lock"
    }
}

fn mutex_unlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, M_STATE as u32);
    let mut table = sema_for(key).lock();
    {
        let d = obj.lock();
        if let ObjData::Vals(v) = &*d {
            if v[M_STATE].as_int() == 0 {
                return Err(Trap::Fatal("sync: unlock of unlocked mutex".into()));
            }
        }
    }
    let waiter = table.queues.get_mut(&key).and_then(|q| {
        let w = q.pop_front();
        w
    });
    if table.queues.get(&key).is_some_and(|q| q.is_empty()) {
        table.queues.remove(&key);
    }
    match waiter {
        Some(w) if w.since.elapsed().as_nanos() >= STARVATION_NS => {
            // Starving waiter: hand the lock over (it stays locked).
            if w.parked.claim() {
                let parked = w.parked.clone();
                if let Some(g) = parked.g.lock().as_mut() {
                    g.pending = Some(Pending { dst: 0, kind: PendingKind::Unit });
                }
                ctx.host.wake(&parked, Delivery::Unit);
            }
        }
        Some(w) => {
            // Unlock and let the waiter compete for the lock again (Go's normal mode:
            // the running goroutine may take it first, which keeps throughput high).
            set_state(&obj, 0);
            if w.parked.claim() {
                ctx.host.wake(&w.parked, Delivery::Unit);
            }
        }
        None => set_state(&obj, 0),
    }
    Ok(())
}

fn set_state(obj: &Arc<Obj>, v: i64) {
    if let ObjData::Vals(vals) = &mut *obj.lock() {
        vals[M_STATE] = Value::Int(v);
    }
}

fn mutex_trylock(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let mut ok = false;
    if let ObjData::Vals(v) = &mut *obj.lock() {
        if v[M_STATE].as_int() == 0 {
            v[M_STATE] = Value::Int(1);
            ok = true;
        }
    }
    args[0] = Value::Bool(ok);
    Ok(())
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sync.(*Mutex).Lock", mutex_lock),
        ("sync.(*Mutex).Unlock", mutex_unlock),
        ("sync.(*Mutex).TryLock", mutex_trylock),
    ]
}
