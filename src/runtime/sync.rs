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
static SEMA: LazyLock<Vec<Mutex<SemaTable>>> =
    LazyLock::new(|| (0..64).map(|_| Mutex::new(SemaTable::default())).collect());

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
        _ => Err(Trap::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        )),
    }
}

fn park_on(
    table: &mut SemaTable,
    key: (usize, u32),
    obj: &Arc<Obj>,
    mut g: Box<Goroutine>,
    tag: u32,
    retry: bool,
) -> Arc<Parked> {
    let parked = Parked::new(g.id);
    g.pending = Some(Pending {
        dst: 0,
        kind: if retry {
            PendingKind::Retry
        } else {
            PendingKind::Unit
        },
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

// ----- Mutex: fields state (0 unlocked, 1 locked), sema (number of parked waiters) -----

const M_STATE: usize = 0;
const M_WAITERS: usize = 1;

/// How long a waiter may be overtaken before the lock is handed to it (Go's
/// starvation mode threshold, runtime/sync/mutex.go: 1 ms).
const STARVATION_NS: u128 = 1_000_000;

/// Spinning before parking, as Go's `sync_runtime_canSpin` allows on a multicore
/// machine: a few rounds of busy-waiting catch the common case of a lock held briefly
/// by a goroutine running on another processor, without a park/wake round trip.
const SPIN_ROUNDS: usize = 4;
const SPIN_PAUSES: usize = 30;

/// Takes the mutex if it is free.
fn try_acquire(obj: &Arc<Obj>) -> bool {
    let mut d = obj.lock();
    if let ObjData::Vals(v) = &mut *d
        && v[M_STATE].as_int() == 0
    {
        v[M_STATE] = Value::Int(1);
        return true;
    }
    false
}

fn mutex_lock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    if try_acquire(&obj) {
        return Ok(());
    }
    if ctx.host.gomaxprocs(0) > 1 {
        for _ in 0..SPIN_ROUNDS {
            for _ in 0..SPIN_PAUSES {
                std::hint::spin_loop();
            }
            if try_acquire(&obj) {
                return Ok(());
            }
        }
    }
    Err(Trap::Park(Box::new(ParkRequest::Native(Box::new(
        LockWait { obj },
    )))))
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
                // Counted under the struct's lock, so that Unlock sees the waiter
                // (and takes the slow path) or we see the mutex unlocked.
                v[M_WAITERS] = Value::Int(v[M_WAITERS].as_int() + 1);
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
    // Fast path: nobody is parked, so unlocking is a store.
    {
        let mut d = obj.lock();
        if let ObjData::Vals(v) = &mut *d {
            if v[M_STATE].as_int() == 0 {
                return Err(Trap::Fatal("sync: unlock of unlocked mutex".into()));
            }
            if v[M_WAITERS].as_int() == 0 {
                v[M_STATE] = Value::Int(0);
                return Ok(());
            }
        }
    }
    let key = key_of(&obj, M_STATE as u32);
    let mut table = sema_for(key).lock();
    let waiter = table.queues.get_mut(&key).and_then(|q| q.pop_front());
    if table.queues.get(&key).is_some_and(|q| q.is_empty()) {
        table.queues.remove(&key);
    }
    let Some(w) = waiter else {
        set_state(&obj, 0);
        return Ok(());
    };
    let starving = w.since.elapsed().as_nanos() >= STARVATION_NS;
    {
        let mut d = obj.lock();
        if let ObjData::Vals(v) = &mut *d {
            v[M_WAITERS] = Value::Int((v[M_WAITERS].as_int() - 1).max(0));
            if !starving {
                // Unlock and let the waiter compete for the lock again (Go's normal
                // mode: the running goroutine may take it first, which keeps
                // throughput high).
                v[M_STATE] = Value::Int(0);
            }
            // A starving waiter is handed the lock: it stays locked.
        }
    }
    if w.parked.claim() {
        if starving && let Some(g) = w.parked.g.lock().as_mut() {
            g.pending = Some(Pending {
                dst: 0,
                kind: PendingKind::Unit,
            });
        }
        ctx.host.wake(&w.parked, Delivery::Unit);
    } else if starving {
        set_state(&obj, 0);
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
    if let ObjData::Vals(v) = &mut *obj.lock()
        && v[M_STATE].as_int() == 0
    {
        v[M_STATE] = Value::Int(1);
        ok = true;
    }
    args[0] = Value::Bool(ok);
    Ok(())
}

// ----- helpers on struct fields -----

fn field(obj: &Arc<Obj>, i: usize) -> i64 {
    match &*obj.lock() {
        ObjData::Vals(v) => v[i].as_int(),
        ObjData::Bytes(b) => b[i] as i64,
    }
}

fn set_field(obj: &Arc<Obj>, i: usize, x: i64) {
    if let ObjData::Vals(v) = &mut *obj.lock() {
        v[i] = Value::Int(x);
    }
}

fn add_field(obj: &Arc<Obj>, i: usize, d: i64) -> i64 {
    let mut g = obj.lock();
    if let ObjData::Vals(v) = &mut *g {
        let n = v[i].as_int().wrapping_add(d);
        v[i] = Value::Int(n);
        return n;
    }
    0
}

/// Wakes (and removes) the waiters of `key` that `pick` selects.
fn wake_where(
    table: &mut SemaTable,
    key: (usize, u32),
    host: &mut dyn Host,
    mut pick: impl FnMut(&SemaWaiter) -> bool,
    limit: usize,
) -> usize {
    let Some(q) = table.queues.get_mut(&key) else {
        return 0;
    };
    let mut woken = 0;
    let mut i = 0;
    while i < q.len() && woken < limit {
        if pick(&q[i]) {
            let w = q.remove(i).expect("index in range");
            if w.parked.claim() {
                host.wake(&w.parked, Delivery::Unit);
                woken += 1;
            }
        } else {
            i += 1;
        }
    }
    if q.is_empty() {
        table.queues.remove(&key);
    }
    woken
}

fn waiting(table: &SemaTable, key: (usize, u32), tag: u32) -> usize {
    table
        .queues
        .get(&key)
        .map(|q| q.iter().filter(|w| w.tag == tag).count())
        .unwrap_or(0)
}

/// A native wait that parks unless `ready` (checked under the table and struct locks)
/// says the operation can complete now.
struct SemaWait {
    obj: Arc<Obj>,
    key_field: u32,
    tag: u32,
    reason: &'static str,
    /// Tries to complete the operation (struct lock held by the caller through `obj`).
    ready: fn(&Arc<Obj>, u32) -> bool,
}

impl fmt::Debug for SemaWait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.reason)
    }
}

impl NativeWait for SemaWait {
    fn park(self: Box<Self>, g: Box<Goroutine>, _host: &mut dyn Host) -> ParkResult {
        let key = key_of(&self.obj, self.key_field);
        let mut table = sema_for(key).lock();
        if (self.ready)(&self.obj, self.tag) {
            return ParkResult::Continue(g);
        }
        let p = park_on(&mut table, key, &self.obj, g, self.tag, false);
        ParkResult::Parked(p, self.reason)
    }
    fn reason(&self) -> &'static str {
        self.reason
    }
}

fn park_request(
    obj: Arc<Obj>,
    key_field: u32,
    tag: u32,
    reason: &'static str,
    ready: fn(&Arc<Obj>, u32) -> bool,
) -> Trap {
    Trap::Park(Box::new(ParkRequest::Native(Box::new(SemaWait {
        obj,
        key_field,
        tag,
        reason,
        ready,
    }))))
}

// ----- WaitGroup: fields counter, waiters -----

fn wg_add_delta(ctx: &mut NativeCtx<'_>, obj: &Arc<Obj>, delta: i64) -> Result<(), Trap> {
    let key = key_of(obj, 0);
    let mut table = sema_for(key).lock();
    let n = add_field(obj, 0, delta);
    if n < 0 {
        return Err(Trap::Panic(Value::iface_str(
            "sync: negative WaitGroup counter",
        )));
    }
    if n == 0 {
        wake_where(&mut table, key, ctx.host, |_| true, usize::MAX);
        set_field(obj, 1, 0);
    }
    Ok(())
}

fn wg_add(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    wg_add_delta(ctx, &obj, args[1].as_int())
}

fn wg_done(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    wg_add_delta(ctx, &obj, -1)
}

fn wg_wait(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    if field(&obj, 0) == 0 {
        return Ok(());
    }
    Err(park_request(obj, 0, 0, "sync.WaitGroup.Wait", |o, _| {
        if field(o, 0) == 0 {
            return true;
        }
        add_field(o, 1, 1);
        false
    }))
}

// ----- RWMutex: fields w, readers, writerWaiting, readerWait -----

const RW_W: usize = 0;
const RW_READERS: usize = 1;
const RW_WWAIT: usize = 2;
const TAG_READER: u32 = 0;
const TAG_WRITER: u32 = 1;

fn try_rlock(o: &Arc<Obj>) -> bool {
    let mut g = o.lock();
    if let ObjData::Vals(v) = &mut *g {
        // A waiting writer keeps new readers out (Go's rule), so writers do not starve.
        if v[RW_W].as_int() == 0 && v[RW_WWAIT].as_int() == 0 {
            v[RW_READERS] = Value::Int(v[RW_READERS].as_int() + 1);
            return true;
        }
    }
    false
}

fn try_wlock(o: &Arc<Obj>) -> bool {
    let mut g = o.lock();
    if let ObjData::Vals(v) = &mut *g
        && v[RW_W].as_int() == 0
        && v[RW_READERS].as_int() == 0
    {
        v[RW_W] = Value::Int(1);
        return true;
    }
    false
}

fn rw_rlock(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    if try_rlock(&obj) {
        return Ok(());
    }
    Err(park_request(
        obj,
        0,
        TAG_READER,
        "sync.RWMutex.RLock",
        |o, _| try_rlock(o),
    ))
}

fn rw_lock(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    if try_wlock(&obj) {
        return Ok(());
    }
    Err(park_request(
        obj,
        0,
        TAG_WRITER,
        "sync.RWMutex.Lock",
        |o, _| {
            if try_wlock(o) {
                return true;
            }
            add_field(o, RW_WWAIT, 1);
            false
        },
    ))
}

/// Runs `f` on the fields of a sync struct under its lock, so that a state transition
/// (e.g. "last reader leaves and hands the lock to a writer") is one step that the
/// lock-free fast paths of RLock/Lock cannot interleave with.
fn with_fields<R>(obj: &Arc<Obj>, f: impl FnOnce(&mut [Value]) -> R) -> Option<R> {
    match &mut *obj.lock() {
        ObjData::Vals(v) => Some(f(v)),
        ObjData::Bytes(_) => None,
    }
}

fn rw_runlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, 0);
    let mut table = sema_for(key).lock();
    let handoff = with_fields(&obj, |v| {
        let readers = v[RW_READERS].as_int();
        if readers <= 0 {
            return Err(Trap::Fatal("sync: RUnlock of unlocked RWMutex".into()));
        }
        v[RW_READERS] = Value::Int(readers - 1);
        if readers == 1 && v[RW_WWAIT].as_int() > 0 {
            // The last reader hands the lock to a waiting writer.
            v[RW_W] = Value::Int(1);
            v[RW_WWAIT] = Value::Int(v[RW_WWAIT].as_int() - 1);
            return Ok(true);
        }
        Ok(false)
    })
    .unwrap_or(Ok(false))?;
    if handoff {
        wake_where(&mut table, key, ctx.host, |w| w.tag == TAG_WRITER, 1);
    }
    Ok(())
}

fn rw_unlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, 0);
    let mut table = sema_for(key).lock();
    let readers = waiting(&table, key, TAG_READER);
    let writers = waiting(&table, key, TAG_WRITER);
    let wake = with_fields(&obj, |v| {
        if v[RW_W].as_int() == 0 {
            return Err(Trap::Fatal("sync: Unlock of unlocked RWMutex".into()));
        }
        if readers > 0 {
            // Waiting readers go first after a writer; they now hold the lock.
            v[RW_W] = Value::Int(0);
            v[RW_READERS] = Value::Int(v[RW_READERS].as_int() + readers as i64);
            Ok(Some(TAG_READER))
        } else if writers > 0 {
            // Handed straight to the next writer: it stays locked.
            v[RW_WWAIT] = Value::Int(v[RW_WWAIT].as_int() - 1);
            Ok(Some(TAG_WRITER))
        } else {
            v[RW_W] = Value::Int(0);
            Ok(None)
        }
    })
    .unwrap_or(Ok(None))?;
    match wake {
        Some(TAG_READER) => {
            wake_where(
                &mut table,
                key,
                ctx.host,
                |w| w.tag == TAG_READER,
                usize::MAX,
            );
        }
        Some(tag) => {
            wake_where(&mut table, key, ctx.host, |w| w.tag == tag, 1);
        }
        None => {}
    }
    Ok(())
}

fn rw_trylock(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    args[0] = Value::Bool(try_wlock(&obj));
    Ok(())
}

fn rw_tryrlock(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    args[0] = Value::Bool(try_rlock(&obj));
    Ok(())
}

// ----- Cond: fields L, wait, notify (tickets, as Go's notifyList) -----

const C_WAIT: usize = 1;
const C_NOTIFY: usize = 2;

fn cond_add(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let t = add_field(&obj, C_WAIT, 1) - 1;
    args[0] = Value::Int(t as u32 as i64);
    Ok(())
}

fn cond_wait(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let t = args[1].as_int() as u32;
    Err(park_request(
        obj,
        C_WAIT as u32,
        t,
        "sync.Cond.Wait",
        |o, t| {
            // Notified already (between Add and Wait)?
            (t.wrapping_sub(field(o, C_NOTIFY) as u32) as i32) < 0
        },
    ))
}

fn cond_notify_one(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, C_WAIT as u32);
    let mut table = sema_for(key).lock();
    let (w, n) = (field(&obj, C_WAIT) as u32, field(&obj, C_NOTIFY) as u32);
    if w == n {
        return Ok(());
    }
    set_field(&obj, C_NOTIFY, n.wrapping_add(1) as i64);
    wake_where(&mut table, key, ctx.host, |x| x.tag == n, 1);
    Ok(())
}

fn cond_notify_all(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, C_WAIT as u32);
    let mut table = sema_for(key).lock();
    let w = field(&obj, C_WAIT);
    set_field(&obj, C_NOTIFY, w);
    wake_where(&mut table, key, ctx.host, |_| true, usize::MAX);
    Ok(())
}

// ----- sync/atomic -----

/// Read-modify-write of the variable `p` points to, under its storage's lock.
fn atomic_rmw(p: &Value, f: impl FnOnce(i64) -> i64) -> Result<(i64, i64), Trap> {
    let Value::Ptr(p) = p else {
        return Err(Trap::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        ));
    };
    let i = if p.idx == WHOLE { 0 } else { p.idx as usize };
    let mut g = p.obj.lock();
    match &mut *g {
        ObjData::Vals(v) => {
            let old = v[i].as_int();
            let new = f(old);
            v[i] = Value::Int(new);
            Ok((old, new))
        }
        ObjData::Bytes(b) => {
            let old = b[i] as i64;
            let new = f(old);
            b[i] = new as u8;
            Ok((old, new))
        }
    }
}

macro_rules! atomic_family {
    ($add:ident, $load:ident, $store:ident, $swap:ident, $cas:ident, $wrap:expr) => {
        fn $add(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
            let d = args[1].as_int();
            let (_, new) = atomic_rmw(&args[0], |x| $wrap(x.wrapping_add(d)))?;
            args[0] = Value::Int(new);
            Ok(())
        }
        fn $load(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
            let (old, _) = atomic_rmw(&args[0], |x| x)?;
            args[0] = Value::Int(old);
            Ok(())
        }
        fn $store(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
            let v = args[1].as_int();
            atomic_rmw(&args[0], |_| $wrap(v))?;
            Ok(())
        }
        fn $swap(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
            let v = args[1].as_int();
            let (old, _) = atomic_rmw(&args[0], |_| $wrap(v))?;
            args[0] = Value::Int(old);
            Ok(())
        }
        fn $cas(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
            let (old, new) = (args[1].as_int(), args[2].as_int());
            let (cur, _) = atomic_rmw(&args[0], |x| if x == old { $wrap(new) } else { x })?;
            args[0] = Value::Bool(cur == old);
            Ok(())
        }
    };
}

atomic_family!(
    add_i32,
    load_i32,
    store_i32,
    swap_i32,
    cas_i32,
    |x: i64| x as i32 as i64
);
atomic_family!(add_i64, load_i64, store_i64, swap_i64, cas_i64, |x: i64| x);
atomic_family!(
    add_u32,
    load_u32,
    store_u32,
    swap_u32,
    cas_u32,
    |x: i64| x as u32 as i64
);
atomic_family!(add_u64, load_u64, store_u64, swap_u64, cas_u64, |x: i64| x);

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sync.(*Mutex).Lock", mutex_lock),
        ("sync.(*Mutex).Unlock", mutex_unlock),
        ("sync.(*Mutex).TryLock", mutex_trylock),
        ("sync.(*RWMutex).RLock", rw_rlock),
        ("sync.(*RWMutex).RUnlock", rw_runlock),
        ("sync.(*RWMutex).Lock", rw_lock),
        ("sync.(*RWMutex).Unlock", rw_unlock),
        ("sync.(*RWMutex).TryLock", rw_trylock),
        ("sync.(*RWMutex).TryRLock", rw_tryrlock),
        ("sync.(*WaitGroup).Add", wg_add),
        ("sync.(*WaitGroup).Done", wg_done),
        ("sync.(*WaitGroup).Wait", wg_wait),
        ("sync.notifyListAdd", cond_add),
        ("sync.notifyListWait", cond_wait),
        ("sync.notifyListNotifyOne", cond_notify_one),
        ("sync.notifyListNotifyAll", cond_notify_all),
        ("atomic.AddInt32", add_i32),
        ("atomic.LoadInt32", load_i32),
        ("atomic.StoreInt32", store_i32),
        ("atomic.SwapInt32", swap_i32),
        ("atomic.CompareAndSwapInt32", cas_i32),
        ("atomic.AddInt64", add_i64),
        ("atomic.LoadInt64", load_i64),
        ("atomic.StoreInt64", store_i64),
        ("atomic.SwapInt64", swap_i64),
        ("atomic.CompareAndSwapInt64", cas_i64),
        ("atomic.AddUint32", add_u32),
        ("atomic.LoadUint32", load_u32),
        ("atomic.StoreUint32", store_u32),
        ("atomic.SwapUint32", swap_u32),
        ("atomic.CompareAndSwapUint32", cas_u32),
        ("atomic.AddUint64", add_u64),
        ("atomic.LoadUint64", load_u64),
        ("atomic.StoreUint64", store_u64),
        ("atomic.SwapUint64", swap_u64),
        ("atomic.CompareAndSwapUint64", cas_u64),
    ]
}
