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

use std::collections::VecDeque;

// Keys are addresses: a fast non-cryptographic hash is enough (these maps sit on the
// path of every contended lock and every WaitGroup Add/Done).
use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::sync::{Arc, LazyLock, Weak};
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
    /// The sync struct waited on, for the detector.
    fn object(&self) -> Option<Arc<Obj>> {
        None
    }
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
    /// The goroutines holding read locks on each RWMutex, and where they locked.
    readers: HashMap<(usize, u32), Vec<(u64, u64)>>,
    /// WaitGroups' Add and Done sites (see `wg_ledger`).
    ledgers: HashMap<(usize, u32), WgLedger>,
    /// The last round of each WaitGroup whose counter went back to zero, kept so that a
    /// Done after it (a negative counter) can show the Adds it was counted against. The
    /// weak reference tells a new WaitGroup at the same address from the old one.
    finished: HashMap<(usize, u32), (Weak<Obj>, WgLedger)>,
    /// `finished` is swept of dead WaitGroups when it grows past this.
    finished_limit: usize,
    /// Cond signals that woke nobody (see `cond_lost_signal`).
    lost: HashMap<(usize, u32), (u64, u64, u32)>,
}

struct SemaWaiter {
    parked: Arc<Parked>,
    since: Instant,
    /// Kept so that the address stays valid while someone waits on it.
    _obj: Arc<Obj>,
    /// A ticket (Cond) or a kind (RWMutex readers vs writers).
    tag: u32,
    /// Where it called the operation (see `crate::detect::site`).
    site: u64,
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
    target_ref(v).cloned()
}

/// `target`, borrowed: the fast paths of Lock and Unlock take no reference.
fn target_ref(v: &Value) -> Result<&Arc<Obj>, Trap> {
    match v {
        Value::Ptr(p) if p.idx == WHOLE => Ok(&p.obj),
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
    site: u64,
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
        site,
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

/// Hidden slots after a Mutex's two fields (and after a RWMutex's four, for its
/// writer): the goroutine holding it and where it locked it, for the detector's
/// "already holds" and lock-cycle reports. Formatting and copying go by the struct's
/// declared fields, so the slots never show; they are added on first use.
const M_HOLDER: usize = 2;
const RW_HOLDER: usize = 4;

/// Records `gid` (locking at `site`) as the holder, growing the slots if needed. The
/// third slot keeps the address of the fields themselves: a struct copied while
/// locked carries a holder whose address is not its own (see `mutex_copied`).
fn set_holder(v: &mut Vec<Value>, at: usize, gid: u64, site: u64) {
    if v.len() < at + 3 {
        v.resize(at + 3, Value::Int(0));
    }
    let addr = v.as_ptr() as i64;
    v[at].put_int(gid as i64);
    v[at + 1].put_int(site as i64);
    v[at + 2].put_int(addr);
}

/// Whether a locked Mutex is a copy of one that was locked (its holder was recorded
/// in other storage).
pub fn mutex_copied(obj: &Obj) -> bool {
    match &*obj.lock() {
        ObjData::Vals(v) if v.len() >= M_HOLDER + 3 && v[M_HOLDER].as_int() != 0 => {
            v[M_HOLDER + 2].as_int() != v.as_ptr() as i64
        }
        _ => false,
    }
}

/// The holder recorded at slot `at`: (goroutine, site), if any.
pub fn holder(obj: &Obj, at: usize) -> Option<(u64, u64)> {
    match &*obj.lock() {
        ObjData::Vals(v) if v.len() >= at + 2 && v[at].as_int() != 0 => {
            Some((v[at].as_int() as u64, v[at + 1].as_int() as u64))
        }
        _ => None,
    }
}

/// The holder of a locked Mutex.
pub fn mutex_holder(obj: &Obj) -> Option<(u64, u64)> {
    holder(obj, M_HOLDER)
}

/// The writer holding a RWMutex.
pub fn rw_writer(obj: &Obj) -> Option<(u64, u64)> {
    holder(obj, RW_HOLDER)
}

/// Takes the mutex if it is free.
fn try_acquire(obj: &Arc<Obj>, gid: u64, site: u64) -> bool {
    let mut d = obj.lock();
    if let ObjData::Vals(v) = &mut *d
        && v[M_STATE].as_int() == 0
    {
        v[M_STATE].put_int(1);
        set_holder(v, M_HOLDER, gid, site);
        return true;
    }
    false
}

fn mutex_lock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target_ref(&args[0])?;
    let (gid, site) = (ctx.gid, ctx.site());
    if try_acquire(obj, gid, site) {
        return Ok(());
    }
    if ctx.host.gomaxprocs(0) > 1 {
        for _ in 0..SPIN_ROUNDS {
            for _ in 0..SPIN_PAUSES {
                std::hint::spin_loop();
            }
            if try_acquire(obj, gid, site) {
                return Ok(());
            }
        }
    }
    Err(Trap::Park(Box::new(ParkRequest::Native(Box::new(
        LockWait {
            obj: obj.clone(),
            site,
        },
    )))))
}

#[derive(Debug)]
struct LockWait {
    obj: Arc<Obj>,
    site: u64,
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
                    v[M_STATE].put_int(1);
                    set_holder(v, M_HOLDER, g.id, self.site);
                    return ParkResult::Continue(g);
                }
                // Counted under the struct's lock, so that Unlock sees the waiter
                // (and takes the slow path) or we see the mutex unlocked.
                v[M_WAITERS] = Value::Int(v[M_WAITERS].as_int() + 1);
            }
        }
        // Woken either holding the lock (handed over) or to try again (`Retry`).
        let p = park_on(&mut table, key, &self.obj, g, 0, true, self.site);
        ParkResult::Parked(p, self.reason())
    }
    fn reason(&self) -> &'static str {
        "sync.Mutex.Lock"
    }
    fn object(&self) -> Option<Arc<Obj>> {
        Some(self.obj.clone())
    }
}

fn mutex_unlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target_ref(&args[0])?;
    // Fast path: nobody is parked, so unlocking is a store.
    {
        let mut d = obj.lock();
        if let ObjData::Vals(v) = &mut *d {
            if v[M_STATE].as_int() == 0 {
                return Err(Trap::Fatal("sync: unlock of unlocked mutex".into()));
            }
            if v[M_WAITERS].as_int() == 0 {
                v[M_STATE].put_int(0);
                if v.len() > M_HOLDER {
                    v[M_HOLDER].put_int(0);
                }
                return Ok(());
            }
        }
    }
    let key = key_of(obj, M_STATE as u32);
    let mut table = sema_for(key).lock();
    let waiter = table.queues.get_mut(&key).and_then(|q| q.pop_front());
    if table.queues.get(&key).is_some_and(|q| q.is_empty()) {
        table.queues.remove(&key);
    }
    let Some(w) = waiter else {
        release(obj);
        return Ok(());
    };
    let starving = w.since.elapsed().as_nanos() >= STARVATION_NS;
    {
        let mut d = obj.lock();
        if let ObjData::Vals(v) = &mut *d {
            v[M_WAITERS] = Value::Int((v[M_WAITERS].as_int() - 1).max(0));
            if starving {
                // A starving waiter is handed the lock: it stays locked.
                set_holder(v, M_HOLDER, w.parked.gid, w.site);
            } else {
                // Unlock and let the waiter compete for the lock again (Go's normal
                // mode: the running goroutine may take it first, which keeps
                // throughput high).
                v[M_STATE].put_int(0);
                set_holder(v, M_HOLDER, 0, 0);
            }
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
        release(obj);
    }
    Ok(())
}

/// Unlocks a Mutex and forgets its holder, in one step under the struct's lock.
fn release(obj: &Arc<Obj>) {
    if let ObjData::Vals(v) = &mut *obj.lock() {
        v[M_STATE].put_int(0);
        set_holder(v, M_HOLDER, 0, 0);
    }
}

fn mutex_trylock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let ok = try_acquire(&obj, ctx.gid, ctx.site());
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
        v[i].put_int(x);
    }
}

fn add_field(obj: &Arc<Obj>, i: usize, d: i64) -> i64 {
    let mut g = obj.lock();
    if let ObjData::Vals(v) = &mut *g {
        let n = v[i].as_int().wrapping_add(d);
        v[i].put_int(n);
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

/// A native wait that parks unless `ready` (checked under the table and struct locks)
/// says the operation can complete now.
struct SemaWait {
    obj: Arc<Obj>,
    key_field: u32,
    tag: u32,
    reason: &'static str,
    /// Tries to complete the operation (struct lock held by the caller through `obj`).
    ready: Ready,
    site: u64,
}

/// Completes a sync operation if it can: (struct, tag, who is asking, the table shard
/// and key, for recording what the detector needs).
type Ready = fn(&Arc<Obj>, u32, Who, &mut SemaTable, (usize, u32)) -> bool;

/// The goroutine performing an operation and where it called it.
#[derive(Clone, Copy)]
struct Who {
    gid: u64,
    site: u64,
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
        let who = Who {
            gid: g.id,
            site: self.site,
        };
        if (self.ready)(&self.obj, self.tag, who, &mut table, key) {
            return ParkResult::Continue(g);
        }
        let p = park_on(&mut table, key, &self.obj, g, self.tag, false, self.site);
        ParkResult::Parked(p, self.reason)
    }
    fn reason(&self) -> &'static str {
        self.reason
    }
    fn object(&self) -> Option<Arc<Obj>> {
        Some(self.obj.clone())
    }
}

fn park_request(
    obj: Arc<Obj>,
    key_field: u32,
    tag: u32,
    reason: &'static str,
    ready: Ready,
    site: u64,
) -> Trap {
    Trap::Park(Box::new(ParkRequest::Native(Box::new(SemaWait {
        obj,
        key_field,
        tag,
        reason,
        ready,
        site,
    }))))
}

// ----- WaitGroup: fields counter, waiters -----

/// Every Add and Done on a WaitGroup since its counter was last zero, by call site:
/// what the detector shows when a Wait never returns.
#[derive(Clone, Default, Debug)]
pub struct WgLedger {
    pub adds: Vec<LedgerEntry>,
    pub dones: Vec<LedgerEntry>,
}

#[derive(Clone, Debug)]
pub struct LedgerEntry {
    pub site: u64,
    /// The sum of the deltas (Done counts 1 each).
    pub total: i64,
    /// The goroutines that called it here (the first few).
    pub gids: Vec<u64>,
}

/// How many goroutines a ledger entry names.
const LEDGER_GIDS: usize = 8;

impl WgLedger {
    fn record(&mut self, done: bool, site: u64, delta: i64, gid: u64) {
        let list = if done {
            &mut self.dones
        } else {
            &mut self.adds
        };
        let e = match list.iter_mut().position(|e| e.site == site) {
            Some(i) => &mut list[i],
            None => {
                list.push(LedgerEntry {
                    site,
                    total: 0,
                    gids: Vec::new(),
                });
                list.last_mut().expect("just pushed")
            }
        };
        e.total += if done { 1 } else { delta };
        if e.gids.len() < LEDGER_GIDS && !e.gids.contains(&gid) {
            e.gids.push(gid);
        }
    }

    /// This round followed by `next` (entries of the same site merged).
    fn then(&self, next: &WgLedger) -> WgLedger {
        let mut out = self.clone();
        for (list, more) in [(&mut out.adds, &next.adds), (&mut out.dones, &next.dones)] {
            for e in more {
                match list.iter_mut().find(|x| x.site == e.site) {
                    Some(x) => {
                        x.total += e.total;
                        for g in &e.gids {
                            if x.gids.len() < LEDGER_GIDS && !x.gids.contains(g) {
                                x.gids.push(*g);
                            }
                        }
                    }
                    None => list.push(e.clone()),
                }
            }
        }
        out
    }

    /// Whether goroutine `gid` called Done (or a negative Add).
    pub fn done_by(&self, gid: u64) -> bool {
        self.dones.iter().any(|e| e.gids.contains(&gid))
            || self
                .adds
                .iter()
                .any(|e| e.total < 0 && e.gids.contains(&gid))
    }
}

/// The ledger of a WaitGroup whose counter is not zero.
pub fn wg_ledger(obj: &Arc<Obj>) -> Option<(i64, WgLedger)> {
    let key = key_of(obj, 0);
    let table = sema_for(key).lock();
    let l = table.ledgers.get(&key)?.clone();
    Some((field(obj, 0), l))
}

fn wg_add_delta(
    ctx: &mut NativeCtx<'_>,
    obj: &Arc<Obj>,
    delta: i64,
    done: bool,
) -> Result<(), Trap> {
    let key = key_of(obj, 0);
    let mut table = sema_for(key).lock();
    let n = add_field(obj, 0, delta);
    if n != 0 {
        let t = &mut *table;
        let ledger = t.ledgers.entry(key).or_insert_with(|| {
            // A new round starts: the previous one matters only if this call made the
            // counter negative.
            if n > 0 {
                t.finished.remove(&key);
            }
            WgLedger::default()
        });
        ledger.record(done, ctx.site(), delta, ctx.gid);
    } else {
        // A round of work is complete: the next one starts a new ledger.
        let mut l = table.ledgers.remove(&key).unwrap_or_default();
        l.record(done, ctx.site(), delta, ctx.gid);
        table.finished.insert(key, (Arc::downgrade(obj), l));
        if table.finished.len() > table.finished_limit {
            table.finished.retain(|_, (w, _)| w.strong_count() > 0);
            table.finished_limit = (table.finished.len() * 2).max(64);
        }
    }
    if n < 0 {
        // The panic report shows the ledger (and the round that had just ended, when
        // this call took the counter below zero from zero).
        let mut ledger = table.ledgers.get(&key).cloned().unwrap_or_default();
        if !ledger.adds.iter().any(|e| e.total > 0)
            && let Some((w, prev)) = table.finished.get(&key)
            && w.upgrade().is_some_and(|o| Arc::ptr_eq(&o, obj))
        {
            ledger = prev.then(&ledger);
        }
        crate::vm::panic::set_note(crate::vm::panic::PanicNote::NegativeWaitGroup {
            counter: n,
            ledger,
            site: ctx.site(),
        });
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
    wg_add_delta(ctx, &obj, args[1].as_int(), false)
}

fn wg_done(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    wg_add_delta(ctx, &obj, -1, true)
}

fn wg_wait(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    if field(&obj, 0) == 0 {
        return Ok(());
    }
    Err(park_request(
        obj,
        0,
        0,
        "sync.WaitGroup.Wait",
        |o, _, _, _, _| {
            if field(o, 0) == 0 {
                return true;
            }
            add_field(o, 1, 1);
            false
        },
        ctx.site(),
    ))
}

// ----- RWMutex: fields w, readers, writerWaiting, readerWait; hidden: writer, site -----

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

fn try_wlock(o: &Arc<Obj>, who: Who) -> bool {
    let mut g = o.lock();
    if let ObjData::Vals(v) = &mut *g
        && v[RW_W].as_int() == 0
        && v[RW_READERS].as_int() == 0
    {
        v[RW_W].put_int(1);
        set_holder(v, RW_HOLDER, who.gid, who.site);
        return true;
    }
    false
}

/// Notes that `who` holds a read lock (for the detector: a goroutine that read-locks
/// again while a writer waits deadlocks).
fn add_reader(table: &mut SemaTable, key: (usize, u32), who: Who) {
    table
        .readers
        .entry(key)
        .or_default()
        .push((who.gid, who.site));
}

/// Forgets one read lock of `gid` (or, when another goroutine unlocks, the oldest).
fn remove_reader(table: &mut SemaTable, key: (usize, u32), gid: u64) {
    if let Some(rs) = table.readers.get_mut(&key) {
        let i = rs.iter().rposition(|r| r.0 == gid).unwrap_or(0);
        if i < rs.len() {
            rs.remove(i);
        }
        if rs.is_empty() {
            table.readers.remove(&key);
        }
    }
}

/// The goroutines holding read locks on a RWMutex, with where they locked.
pub fn rw_readers(obj: &Arc<Obj>) -> Vec<(u64, u64)> {
    let key = key_of(obj, 0);
    sema_for(key)
        .lock()
        .readers
        .get(&key)
        .cloned()
        .unwrap_or_default()
}

fn rw_rlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let who = Who {
        gid: ctx.gid,
        site: ctx.site(),
    };
    let key = key_of(&obj, 0);
    let mut table = sema_for(key).lock();
    if try_rlock(&obj) {
        add_reader(&mut table, key, who);
        return Ok(());
    }
    drop(table);
    Err(park_request(
        obj,
        0,
        TAG_READER,
        "sync.RWMutex.RLock",
        |o, _, who, table, key| {
            if try_rlock(o) {
                add_reader(table, key, who);
                return true;
            }
            false
        },
        who.site,
    ))
}

fn rw_lock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let who = Who {
        gid: ctx.gid,
        site: ctx.site(),
    };
    if try_wlock(&obj, who) {
        return Ok(());
    }
    Err(park_request(
        obj,
        0,
        TAG_WRITER,
        "sync.RWMutex.Lock",
        |o, _, who, _, _| {
            if try_wlock(o, who) {
                return true;
            }
            add_field(o, RW_WWAIT, 1);
            false
        },
        who.site,
    ))
}

/// Runs `f` on the fields of a sync struct under its lock, so that a state transition
/// (e.g. "last reader leaves and hands the lock to a writer") is one step that the
/// lock-free fast paths of RLock/Lock cannot interleave with.
fn with_fields<R>(obj: &Arc<Obj>, f: impl FnOnce(&mut Vec<Value>) -> R) -> Option<R> {
    match &mut *obj.lock() {
        ObjData::Vals(v) => Some(f(v)),
        ObjData::Bytes(_) => None,
    }
}

/// The waiters of `key` with `tag`, in queue order: (goroutine, site).
fn waiters(table: &SemaTable, key: (usize, u32), tag: u32) -> impl Iterator<Item = Who> + '_ {
    table
        .queues
        .get(&key)
        .into_iter()
        .flatten()
        .filter(move |w| w.tag == tag)
        .map(|w| Who {
            gid: w.parked.gid,
            site: w.site,
        })
}

fn rw_runlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, 0);
    let mut table = sema_for(key).lock();
    let writer = waiters(&table, key, TAG_WRITER).next();
    let handoff = with_fields(&obj, |v| {
        let readers = v[RW_READERS].as_int();
        if readers <= 0 {
            return Err(Trap::Fatal("sync: RUnlock of unlocked RWMutex".into()));
        }
        v[RW_READERS].put_int(readers - 1);
        if readers == 1
            && v[RW_WWAIT].as_int() > 0
            && let Some(w) = writer
        {
            // The last reader hands the lock to a waiting writer.
            v[RW_W].put_int(1);
            v[RW_WWAIT] = Value::Int(v[RW_WWAIT].as_int() - 1);
            set_holder(v, RW_HOLDER, w.gid, w.site);
            return Ok(true);
        }
        Ok(false)
    })
    .unwrap_or(Ok(false))?;
    remove_reader(&mut table, key, ctx.gid);
    if handoff {
        wake_where(&mut table, key, ctx.host, |w| w.tag == TAG_WRITER, 1);
    }
    Ok(())
}

fn rw_unlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, 0);
    let mut table = sema_for(key).lock();
    let readers: Vec<Who> = waiters(&table, key, TAG_READER).collect();
    let writer = waiters(&table, key, TAG_WRITER).next();
    let wake = with_fields(&obj, |v| {
        if v[RW_W].as_int() == 0 {
            return Err(Trap::Fatal("sync: Unlock of unlocked RWMutex".into()));
        }
        if !readers.is_empty() {
            // Waiting readers go first after a writer; they now hold the lock.
            v[RW_W].put_int(0);
            set_holder(v, RW_HOLDER, 0, 0);
            v[RW_READERS] = Value::Int(v[RW_READERS].as_int() + readers.len() as i64);
            Ok(Some(TAG_READER))
        } else if let Some(w) = writer {
            // Handed straight to the next writer: it stays locked.
            v[RW_WWAIT] = Value::Int(v[RW_WWAIT].as_int() - 1);
            set_holder(v, RW_HOLDER, w.gid, w.site);
            Ok(Some(TAG_WRITER))
        } else {
            v[RW_W].put_int(0);
            set_holder(v, RW_HOLDER, 0, 0);
            Ok(None)
        }
    })
    .unwrap_or(Ok(None))?;
    match wake {
        Some(TAG_READER) => {
            for r in readers {
                add_reader(&mut table, key, r);
            }
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

fn rw_trylock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let who = Who {
        gid: ctx.gid,
        site: ctx.site(),
    };
    args[0] = Value::Bool(try_wlock(&obj, who));
    Ok(())
}

fn rw_tryrlock(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let who = Who {
        gid: ctx.gid,
        site: ctx.site(),
    };
    let key = key_of(&obj, 0);
    let mut table = sema_for(key).lock();
    let ok = try_rlock(&obj);
    if ok {
        add_reader(&mut table, key, who);
    }
    args[0] = Value::Bool(ok);
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

fn cond_wait(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let t = args[1].as_int() as u32;
    Err(park_request(
        obj,
        C_WAIT as u32,
        t,
        "sync.Cond.Wait",
        |o, t, _, _, _| {
            // Notified already (between Add and Wait)?
            (t.wrapping_sub(field(o, C_NOTIFY) as u32) as i32) < 0
        },
        ctx.site(),
    ))
}

/// The last Signal or Broadcast on a Cond that found no goroutine waiting, when the
/// next Wait after it is goroutine `gid`'s current one: (signaller, site). That Wait
/// missed the signal: a lost wake-up.
pub fn cond_lost_signal(obj: &Arc<Obj>, gid: u64) -> Option<(u64, u64)> {
    let key = key_of(obj, C_WAIT as u32);
    let table = sema_for(key).lock();
    let &(g, site, ticket) = table.lost.get(&key)?;
    let mine = table
        .queues
        .get(&key)?
        .iter()
        .find(|w| w.parked.gid == gid)?
        .tag;
    (mine == ticket).then_some((g, site))
}

fn cond_notify_one(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, C_WAIT as u32);
    let mut table = sema_for(key).lock();
    let (w, n) = (field(&obj, C_WAIT) as u32, field(&obj, C_NOTIFY) as u32);
    if w == n {
        table.lost.insert(key, (ctx.gid, ctx.site(), w));
        return Ok(());
    }
    table.lost.remove(&key);
    set_field(&obj, C_NOTIFY, n.wrapping_add(1) as i64);
    wake_where(&mut table, key, ctx.host, |x| x.tag == n, 1);
    Ok(())
}

fn cond_notify_all(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let obj = target(&args[0])?;
    let key = key_of(&obj, C_WAIT as u32);
    let mut table = sema_for(key).lock();
    let w = field(&obj, C_WAIT);
    if w == field(&obj, C_NOTIFY) {
        table.lost.insert(key, (ctx.gid, ctx.site(), w as u32));
    } else {
        table.lost.remove(&key);
    }
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
            v[i].put_int(new);
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
