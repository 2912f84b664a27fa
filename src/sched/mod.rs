//! The scheduler: GOMAXPROCS processors (P), each an OS thread with a local run queue,
//! running goroutines (G) in time slices — Go's G/M/P model (runtime/proc.go).
//!
//! Finding work (`Proc::find_work`), in order:
//! 1. `runnext` (a goroutine just woken or started by this P: ping-pong pairs stay together);
//! 2. every 61st time, the global queue first (so it is never starved; 61 is Go's number);
//! 3. the local queue, then the global queue;
//! 4. steal about half of a random other P's queue;
//! 5. fire due timers;
//! 6. spin a little, stealing (Go's spinning Ms): work that arrives within microseconds
//!    is picked up without a sleep/wake-up round trip; at most half the processors spin;
//! 7. park the thread until work or a timer arrives.
//!
//! Waking: whoever makes work runnable wakes an idle processor only if none is spinning
//! (a spinner will find the work). A spinner that finds work wakes another processor,
//! so parallelism ramps up as work appears (Go's `resetspinning`).
//!
//! Accounting for the deadlock check: `active` counts goroutines that are runnable or
//! running. A waker increments it before a woken goroutine becomes visible, a goroutine
//! decrements it only after it is queued on what it waits for. A waker is itself running
//! (counted), and timers are fired under the timer lock, so `active == 0` with no
//! pending timer means no goroutine can ever run again: a global deadlock.

pub mod timer;

// Goroutine ids are small integers: FxHash is enough (SipHash was 12-15% of channel-heavy runs).
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::fence;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use crossbeam_utils::CachePadded;
use parking_lot::lock_api::{RawMutex as _, RawMutexTimed as _};
use parking_lot::{Condvar, Mutex, RawMutex, RwLock};
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

use crate::runtime::chan::ChanObj;
use crate::runtime::sync::{NativeWait, ParkResult};
use crate::vm::goroutine::{Delivery, Goroutine, ParkRequest, Parked, Pending, PendingKind};
use crate::vm::interp::{self, Outcome};
use crate::vm::{Host, Image};
use timer::{TimerKind, Timers};

/// Calls and backward jumps a goroutine may make before it is preempted. Large enough
/// that switching costs little (a slice is tens to hundreds of microseconds of work),
/// small enough that a `for {}` loop yields thousands of times a second.
pub const SLICE_BUDGET: u32 = 10_000;

/// How often the global queue is checked first (Go's schedule(): every 61 ticks).
const GLOBAL_QUEUE_INTERVAL: u64 = 61;

/// How long an idle processor keeps looking for work before it sleeps.
const SPIN_NANOS: u128 = 50_000;

/// Goroutine ids a processor takes at a time (Go's `_GoidCacheBatch`): fewer writes
/// to the shared counter. Ids stay unique but are not dense across processors.
const GID_BATCH: u64 = 16;

/// The leak check's pacing while processors are busy, in units of work done: a switch
/// counts 1, a slice that ran out of budget `LEAK_PREEMPT_WEIGHT` (it did about as
/// much work as that many switches of a channel-heavy program). A check runs after at
/// least `LEAK_CHECK_GAP` units (tens of milliseconds) and `LEAK_CHECK_COST` units per
/// value the last check scanned, so that checking costs a small fraction of the run
/// however large the heap. Counted, not timed: one processor runs deterministically.
const LEAK_CHECK_GAP: u64 = 65_536;
const LEAK_CHECK_COST: u64 = 32;
const LEAK_PREEMPT_WEIGHT: u64 = 256;

/// How long a leak check waits for a processor to reach a safe point before it gives up
/// (a native may block the processor's thread, e.g. reading standard input).
const STW_PATIENCE: Duration = Duration::from_millis(20);
/// The same when main returns: the summary is worth a short wait, not a slow exit.
const STW_PATIENCE_AT_EXIT: Duration = Duration::from_millis(200);

/// Shards of the table of parked goroutines (see `Registry`).
const REGISTRY_SHARDS: usize = 64;

/// Parked goroutines by id, for the detector's reports. Sharded so that parking and
/// waking on different processors do not contend on one lock.
pub struct Registry {
    shards: Vec<CachePadded<Mutex<HashMap<u64, GInfo>>>>,
}

impl Registry {
    fn new() -> Registry {
        Registry {
            shards: (0..REGISTRY_SHARDS)
                .map(|_| CachePadded::new(Mutex::new(HashMap::default())))
                .collect(),
        }
    }

    fn shard(&self, gid: u64) -> &Mutex<HashMap<u64, GInfo>> {
        &self.shards[(gid as usize) % REGISTRY_SHARDS]
    }

    /// Registers a parked goroutine, unless a waker has already taken it out of its
    /// record. Checked under the shard's lock: a waker takes the goroutine first and
    /// removes the entry after, so the entry of a woken goroutine never lingers, and a
    /// late insert never overwrites the entry of its next park (found by the loom model
    /// `registry_current` in tests/loom.rs).
    fn insert(&self, info: GInfo) {
        let mut shard = self.shard(info.id).lock();
        if info.parked.g.lock().is_some() {
            shard.insert(info.id, info);
        }
    }

    /// Forgets goroutine `gid`'s entry if it is still the one for `parked`: a goroutine
    /// woken and parked again elsewhere has a newer entry that must stay.
    fn remove(&self, gid: u64, parked: &Arc<Parked>) {
        let mut shard = self.shard(gid).lock();
        if shard
            .get(&gid)
            .is_some_and(|e| Arc::ptr_eq(&e.parked, parked))
        {
            shard.remove(&gid);
        }
    }

    /// Calls `f` on every parked goroutine, in no order (each shard locked in turn).
    pub fn for_each(&self, mut f: impl FnMut(&GInfo)) {
        for s in &self.shards {
            for info in s.lock().values() {
                f(info);
            }
        }
    }

    /// Every parked goroutine, by id.
    pub fn snapshot(&self) -> Vec<GInfo> {
        let mut all = Vec::new();
        for s in &self.shards {
            all.extend(s.lock().values().cloned());
        }
        all.sort_by_key(|e| e.id);
        all
    }
}

/// Options for a run.
#[derive(Clone, Debug)]
pub struct SchedOptions {
    pub procs: usize,
    /// What to say about goroutines still blocked when main returns.
    pub leaks: crate::detect::LeakMode,
    /// Work between leak checks while busy (None: `LEAK_CHECK_GAP`).
    pub leak_check_gap: Option<u64>,
    /// Virtual time: when every goroutine waits for a timer, the clock jumps to it.
    pub fake_time: bool,
    pub seed: u64,
}

/// What a processor counts (reported by `--stats`).
#[derive(Default, Clone, Debug)]
pub struct Stats {
    pub created: u64,
    pub switches: u64,
    pub preemptions: u64,
    pub steals: u64,
    pub parks: u64,
    pub wakeups: u64,
}

/// A processor's counters, shared so that `--stats` can read them at exit.
#[derive(Default)]
pub struct StatsCell {
    created: AtomicU64,
    switches: AtomicU64,
    preemptions: AtomicU64,
    steals: AtomicU64,
    parks: AtomicU64,
    wakeups: AtomicU64,
}

/// A goroutine that ended, as the detector needs it.
#[derive(Clone, Debug)]
pub struct ExitRec {
    pub id: u64,
    pub entry: u32,
    pub started_at: (u32, u32),
    pub parent: u64,
    /// Where its last frame returned (`crate::detect::site`).
    pub exit_site: u64,
}

/// How many ended goroutines each processor remembers.
const EXITS_KEPT: usize = 256;

/// A parked goroutine, as the scheduler records it for the detector.
#[derive(Clone)]
pub struct GInfo {
    pub id: u64,
    /// The record a waker claims; the goroutine itself is inside until it is woken.
    pub parked: Arc<Parked>,
    /// Go's name for the wait: `chan send`, `sync.Mutex.Lock`, `sleep`, ...
    pub reason: &'static str,
    pub on: WaitOn,
}

/// What a parked goroutine waits on.
#[derive(Clone)]
pub enum WaitOn {
    Nothing,
    /// A send (`send`) or receive on a channel.
    Chan {
        ch: Arc<ChanObj>,
        send: bool,
    },
    /// The non-nil channels of a `select`: (channel, is a send case).
    Select(Vec<(Arc<ChanObj>, bool)>),
    /// A sync object (Mutex, RWMutex, WaitGroup, Cond): the struct it locks or counts.
    Object(Arc<crate::vm::value::Obj>),
}

pub struct Sched {
    pub img: Arc<Image>,
    injector: Injector<Box<Goroutine>>,
    stealers: RwLock<Vec<Stealer<Box<Goroutine>>>>,
    /// The number of processors that take work (GOMAXPROCS).
    nprocs: AtomicUsize,
    /// Threads started so far (processors above `nprocs` idle).
    started: Mutex<usize>,
    idle: Mutex<Vec<usize>>,
    idle_count: CachePadded<AtomicUsize>,
    /// Processors looking for work without sleeping.
    spinning: CachePadded<AtomicUsize>,
    wakeups: Vec<(Mutex<bool>, Condvar)>,
    active: CachePadded<AtomicI64>,
    ngoroutines: CachePadded<AtomicI64>,
    next_gid: CachePadded<AtomicU64>,
    /// Goroutines parked forever or waiting, by id (for NumGoroutine and reports).
    pub registry: Registry,
    pub timers: Mutex<Timers>,
    /// A lower bound of the earliest timer deadline (`i64::MAX`: none), read without
    /// the timer lock at every scheduling decision, so that a due timer fires even
    /// while every processor has runnable work (a spinning goroutine must not starve
    /// a sleeper: Go's `checkTimers` at the top of `schedule`).
    timer_hint: CachePadded<AtomicI64>,
    exiting: AtomicBool,
    /// Set by the one processor that reports a deadlock.
    deadlock_reported: AtomicBool,
    /// The main goroutine ended with `runtime.Goexit`.
    pub main_goexited: AtomicBool,
    /// The main goroutine returned (the program ends normally; leaks are reported).
    pub main_returned: AtomicBool,
    /// The goroutines that ended most recently, per processor (for the detector's
    /// "returned without calling wg.Done()").
    pub exits: Vec<CachePadded<Mutex<std::collections::VecDeque<ExitRec>>>>,
    exit: Mutex<Option<i32>>,
    exit_cv: Condvar,
    /// Stopping the world for the leak check: a processor holds its `running` lock
    /// while it takes and runs work, and lets go of it only at a safe point (no
    /// goroutine in hand) or while idle. The checker sets `stw`, holds `stw_gate` for
    /// the check and takes every `running` lock.
    running: Vec<CachePadded<RawMutex>>,
    stw: AtomicBool,
    stw_gate: Mutex<()>,
    /// Processor threads started (read without the `started` lock by the checker).
    nstarted: AtomicUsize,
    /// The runnable goroutines a stopped processor lends the checker: (whether the
    /// first was in `runnext`, the goroutines in queue order).
    lent: Vec<Mutex<Runnable>>,
    leaks: LeakCheck,
    pstats: Vec<CachePadded<StatsCell>>,
    /// The most goroutines alive at once.
    pub peak: AtomicI64,
    start: Instant,
    fake_time: bool,
    /// Virtual clock (nanoseconds since start) under `fake_time`.
    vclock: AtomicI64,
    seed: u64,
}

/// A processor's runnable goroutines, taken out while the world is stopped: whether
/// the first was in `runnext`, then all in the order they would run. (Boxed as
/// everywhere in the scheduler: a goroutine moves as a pointer.)
#[allow(clippy::vec_box)]
type Runnable = (bool, Vec<Box<Goroutine>>);

/// The pacing of the leak check, and the goroutines it has reported.
struct LeakCheck {
    mode: crate::detect::LeakMode,
    /// `LEAK_CHECK_GAP` and `LEAK_CHECK_COST`; with `--leak-check-gap` (for testing),
    /// the gap given and one unit of work per value scanned.
    gap: u64,
    per_value: u64,
    /// Total switches when the last check ran.
    last: AtomicU64,
    /// Values the last check scanned.
    cost: AtomicU64,
    /// When the last check ended, and how long it took (nanoseconds of `Instant`).
    ended: AtomicU64,
    took: AtomicU64,
    reported: Mutex<rustc_hash::FxHashSet<u64>>,
    /// The goroutines blocked for good when main returned.
    at_exit: Mutex<Option<Vec<u64>>>,
    /// Checks made, and the time the world was stopped for them (for `--stats`).
    checks: AtomicU64,
    stopped_nanos: AtomicU64,
}

/// The most processors minigo starts (GOMAXPROCS beyond this is capped).
pub const MAX_PROCS: usize = 256;

static EPOCH: LazyLock<i64> = LazyLock::new(|| {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
});

impl Sched {
    pub fn new(img: Arc<Image>, opts: &SchedOptions) -> Arc<Sched> {
        let procs = opts.procs.clamp(1, MAX_PROCS);
        Arc::new(Sched {
            img,
            injector: Injector::new(),
            stealers: RwLock::new(Vec::new()),
            nprocs: AtomicUsize::new(procs),
            started: Mutex::new(0),
            idle: Mutex::new(Vec::new()),
            idle_count: CachePadded::new(AtomicUsize::new(0)),
            spinning: CachePadded::new(AtomicUsize::new(0)),
            wakeups: (0..MAX_PROCS)
                .map(|_| (Mutex::new(false), Condvar::new()))
                .collect(),
            active: CachePadded::new(AtomicI64::new(0)),
            ngoroutines: CachePadded::new(AtomicI64::new(0)),
            next_gid: CachePadded::new(AtomicU64::new(1)),
            registry: Registry::new(),
            timers: Mutex::new(Timers::default()),
            timer_hint: CachePadded::new(AtomicI64::new(i64::MAX)),
            exiting: AtomicBool::new(false),
            deadlock_reported: AtomicBool::new(false),
            main_goexited: AtomicBool::new(false),
            main_returned: AtomicBool::new(false),
            exits: (0..MAX_PROCS)
                .map(|_| CachePadded::new(Mutex::new(Default::default())))
                .collect(),
            exit: Mutex::new(None),
            exit_cv: Condvar::new(),
            running: (0..MAX_PROCS)
                .map(|_| CachePadded::new(RawMutex::INIT))
                .collect(),
            stw: AtomicBool::new(false),
            stw_gate: Mutex::new(()),
            nstarted: AtomicUsize::new(0),
            lent: (0..MAX_PROCS)
                .map(|_| Mutex::new((false, Vec::new())))
                .collect(),
            leaks: LeakCheck {
                mode: opts.leaks,
                gap: opts.leak_check_gap.unwrap_or(LEAK_CHECK_GAP).max(1),
                per_value: if opts.leak_check_gap.is_some() {
                    1
                } else {
                    LEAK_CHECK_COST
                },
                last: AtomicU64::new(0),
                cost: AtomicU64::new(0),
                ended: AtomicU64::new(0),
                took: AtomicU64::new(0),
                reported: Mutex::new(Default::default()),
                at_exit: Mutex::new(None),
                checks: AtomicU64::new(0),
                stopped_nanos: AtomicU64::new(0),
            },
            pstats: (0..MAX_PROCS)
                .map(|_| CachePadded::new(StatsCell::default()))
                .collect(),
            peak: AtomicI64::new(1),
            start: Instant::now(),
            fake_time: opts.fake_time,
            vclock: AtomicI64::new(0),
            seed: opts.seed,
        })
    }

    /// Nanoseconds since the program started.
    pub fn clock(&self) -> i64 {
        if self.fake_time {
            self.vclock.load(Ordering::Acquire)
        } else {
            self.start.elapsed().as_nanos() as i64
        }
    }

    /// Wall-clock nanoseconds since 1970 (what `time.Now` reports).
    pub fn wall(&self) -> i64 {
        *EPOCH + self.clock()
    }

    /// Ends the program with `code` (the first caller wins).
    pub fn exit(&self, code: i32) {
        let mut e = self.exit.lock();
        if e.is_none() {
            *e = Some(code);
            self.exiting.store(true, Ordering::Release);
            self.exit_cv.notify_all();
        }
        drop(e);
        for w in &self.wakeups {
            *w.0.lock() = true;
            w.1.notify_one();
        }
    }

    pub fn exiting(&self) -> bool {
        self.exiting.load(Ordering::Acquire)
    }

    /// Wakes one idle processor, if any, to look for work.
    fn wake_idle(&self) {
        // Pairs with the fence in `idle_wait`: either that processor sees the new work
        // when it looks again, or we see it registered as idle (or spinning).
        fence(Ordering::SeqCst);
        if self.spinning.load(Ordering::SeqCst) > 0 || self.idle_count.load(Ordering::SeqCst) == 0 {
            return;
        }
        let p = self.idle.lock().pop();
        if let Some(p) = p {
            self.idle_count.fetch_sub(1, Ordering::AcqRel);
            let (m, cv) = &self.wakeups[p];
            *m.lock() = true;
            cv.notify_one();
        }
    }

    /// Starts processor threads up to `n`.
    fn start_procs(self: &Arc<Sched>, n: usize) {
        let mut started = self.started.lock();
        while *started < n.min(MAX_PROCS) {
            let id = *started;
            let worker = Worker::new_fifo();
            self.stealers.write().push(worker.stealer());
            let s = self.clone();
            let rng =
                Pcg64Mcg::seed_from_u64(self.seed ^ (id as u64).wrapping_mul(0x9E3779B97F4A7C15));
            // Counted before the thread exists, so that no processor ever runs goroutines
            // uncounted: a leak check stops every counted processor by taking its
            // `running` lock (one not started yet is free, and the new thread waits for
            // it at its first step), and paces itself by their switch counts. Counting
            // after the spawn left a window, wide on a loaded machine, in which the first
            // processor ran the whole program unseen (no check ever ran).
            *started += 1;
            self.nstarted.store(*started, Ordering::SeqCst);
            std::thread::Builder::new()
                .name(format!("minigo-p{id}"))
                .stack_size(8 << 20)
                .spawn(move || {
                    let mut p = Proc {
                        id,
                        sched: s,
                        local: worker,
                        runnext: None,
                        rng,
                        tick: 0,
                        gids: 0..0,
                    };
                    p.run();
                })
                .expect("a processor thread starts");
        }
    }

    /// Changes GOMAXPROCS; returns the previous value.
    pub fn set_procs(self: &Arc<Sched>, n: i64) -> i64 {
        let old = self.nprocs.load(Ordering::Acquire) as i64;
        if n >= 1 {
            let n = (n as usize).min(MAX_PROCS);
            self.nprocs.store(n, Ordering::Release);
            self.start_procs(n);
        }
        old
    }

    /// The counters of every processor started.
    pub fn shared_stats(&self) -> Vec<Stats> {
        let n = *self.started.lock();
        self.pstats[..n]
            .iter()
            .map(|c| Stats {
                created: c.created.load(Ordering::Relaxed),
                switches: c.switches.load(Ordering::Relaxed),
                preemptions: c.preemptions.load(Ordering::Relaxed),
                steals: c.steals.load(Ordering::Relaxed),
                parks: c.parks.load(Ordering::Relaxed),
                wakeups: c.wakeups.load(Ordering::Relaxed),
            })
            .collect()
    }

    /// The goroutines blocked for good when main returned (if it was checked).
    pub fn leaked_at_exit(&self) -> Option<Vec<u64>> {
        self.leaks.at_exit.lock().clone()
    }

    /// The goroutines the leak check has reported while the program ran.
    pub fn leaks_reported(&self) -> rustc_hash::FxHashSet<u64> {
        self.leaks.reported.lock().clone()
    }

    /// Work done so far, for the leak check's pacing (see `LEAK_CHECK_GAP`).
    fn work_done(&self) -> u64 {
        let n = self.nstarted.load(Ordering::Acquire);
        self.pstats[..n]
            .iter()
            .map(|c| {
                c.switches.load(Ordering::Relaxed)
                    + LEAK_PREEMPT_WEIGHT * c.preemptions.load(Ordering::Relaxed)
            })
            .sum()
    }

    pub fn num_goroutine(&self) -> usize {
        self.ngoroutines.load(Ordering::Acquire).max(0) as usize
    }

    /// Makes a goroutine runnable from outside any processor (start-up, timers).
    fn push_global(&self, g: Box<Goroutine>) {
        self.injector.push(g);
        self.wake_idle();
    }
}

/// `run_program`, printing the scheduler's statistics to standard error if asked.
pub fn run_program_with_stats(img: Arc<Image>, opts: &SchedOptions, stats: bool) -> i32 {
    let (code, sched) = run(img.clone(), opts);
    img.flush_stdout();
    if stats {
        let text = stats_report(&sched);
        img.write_stderr(text.as_bytes());
    }
    code
}

/// Runs a loaded program to completion on `opts.procs` processors; returns its status.
pub fn run_program(img: Arc<Image>, opts: &SchedOptions) -> i32 {
    run(img, opts).0
}

fn run(img: Arc<Image>, opts: &SchedOptions) -> (i32, Arc<Sched>) {
    let sched = Sched::new(img.clone(), opts);
    let id = sched.next_gid.fetch_add(1, Ordering::AcqRel);
    let main = Box::new(Goroutine::new(id, img.entry_func()));
    sched.active.fetch_add(1, Ordering::AcqRel);
    sched.ngoroutines.fetch_add(1, Ordering::AcqRel);
    sched.injector.push(main);
    sched.start_procs(sched.nprocs.load(Ordering::Acquire));
    let mut e = sched.exit.lock();
    while e.is_none() {
        sched.exit_cv.wait(&mut e);
    }
    let code = e.unwrap_or(0);
    drop(e);
    img.flush_stdout();
    if sched.main_returned.load(Ordering::Acquire)
        && let Some(text) = crate::detect::leak_report(&sched, opts.leaks)
    {
        img.write_stderr(text.as_bytes());
    }
    (code, sched)
}

/// `--stats`: what each processor did, and the totals.
pub fn stats_report(sched: &Sched) -> String {
    use std::fmt::Write;
    let all = sched.shared_stats();
    let mut out = String::from("minigo: scheduler statistics\n");
    let _ = writeln!(
        out,
        "  {:>4} {:>10} {:>10} {:>12} {:>8} {:>8} {:>8}",
        "P", "created", "switches", "preemptions", "steals", "parks", "wakeups"
    );
    let mut total = Stats::default();
    for (i, s) in all.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {:>4} {:>10} {:>10} {:>12} {:>8} {:>8} {:>8}",
            i, s.created, s.switches, s.preemptions, s.steals, s.parks, s.wakeups
        );
        total.created += s.created;
        total.switches += s.switches;
        total.preemptions += s.preemptions;
        total.steals += s.steals;
        total.parks += s.parks;
        total.wakeups += s.wakeups;
    }
    let _ = writeln!(
        out,
        "  {:>4} {:>10} {:>10} {:>12} {:>8} {:>8} {:>8}",
        "all",
        total.created,
        total.switches,
        total.preemptions,
        total.steals,
        total.parks,
        total.wakeups
    );
    let _ = writeln!(
        out,
        "  goroutines: {} created in all, peak {} alive",
        total.created + 1,
        sched.peak.load(Ordering::Acquire)
    );
    let _ = writeln!(
        out,
        "  leak checks: {} ({:.3} ms with the world stopped)",
        sched.leaks.checks.load(Ordering::Relaxed),
        sched.leaks.stopped_nanos.load(Ordering::Relaxed) as f64 / 1e6
    );
    out
}

/// A processor: one OS thread running goroutines.
pub struct Proc {
    pub id: usize,
    pub sched: Arc<Sched>,
    local: Worker<Box<Goroutine>>,
    runnext: Option<Box<Goroutine>>,
    rng: Pcg64Mcg,
    tick: u64,
    /// Goroutine ids reserved by this processor (see `GID_BATCH`).
    gids: std::ops::Range<u64>,
}

impl Proc {
    /// The scheduler, borrowed apart from `self`, for methods that also need `&mut self`.
    ///
    /// Cloning `self.sched` instead costs two atomic writes per scheduling decision to
    /// the one cache line every processor shares (the `Arc`'s count): on two processors
    /// that was a large part of every context switch.
    fn shared<'a>(&self) -> &'a Sched {
        // SAFETY: `self.sched` is set when the processor is made and never replaced, so
        // the `Sched` outlives the `Proc`; callers keep the reference within the method
        // that took it.
        unsafe { &*Arc::as_ptr(&self.sched) }
    }

    fn run(&mut self) {
        let sched = self.shared();
        sched.running[self.id].lock();
        while !sched.exiting() {
            if sched.stw.load(Ordering::SeqCst) {
                self.stop_for_check();
            }
            let Some(g) = self.find_work() else {
                continue;
            };
            self.sched.pstats[self.id]
                .switches
                .fetch_add(1, Ordering::Relaxed);
            self.execute(g);
        }
        // SAFETY: locked by this thread above (and after every release).
        unsafe { sched.running[self.id].unlock() };
    }

    /// A leak check wants the world stopped: lend it the runnable goroutines, wait at
    /// the gate until it is done, and take them back in the same order.
    fn stop_for_check(&mut self) {
        let sched = self.shared();
        *sched.lent[self.id].lock() = self.take_runnable();
        // SAFETY: this thread holds its `running` lock outside idle waits.
        unsafe { sched.running[self.id].unlock() };
        drop(sched.stw_gate.lock());
        sched.running[self.id].lock();
        let lent = std::mem::take(&mut *sched.lent[self.id].lock());
        self.give_back_runnable(lent);
    }

    /// Empties `runnext` and the local queue: whether `runnext` was set, and the
    /// goroutines in the order they would run.
    fn take_runnable(&mut self) -> Runnable {
        let had_next = self.runnext.is_some();
        let mut queue: Vec<Box<Goroutine>> = self.runnext.take().into_iter().collect();
        while let Some(g) = self.local.pop() {
            queue.push(g);
        }
        (had_next, queue)
    }

    /// Puts back what `take_runnable` took, in the same order.
    fn give_back_runnable(&mut self, (had_next, queue): Runnable) {
        let mut queue = queue.into_iter();
        if had_next {
            self.runnext = queue.next();
        }
        for g in queue {
            self.local.push(g);
        }
    }

    /// Whether a leak check is due: some goroutine is parked, and enough has run since
    /// the last check. While processors are busy, "enough" is counted in switches, in
    /// proportion to the last check's cost (deterministic with one processor). When
    /// every goroutine waits for a timer (`idle`), checking takes no processor time from
    /// the program, only latency: anything having run since is enough, as long as the
    /// program spends at least 4/5 of its time outside checks.
    fn leak_check_due(&self, idle: bool) -> bool {
        let sched = &self.sched;
        let leaks = &sched.leaks;
        if leaks.mode == crate::detect::LeakMode::Off || sched.exiting() {
            return false;
        }
        if sched.ngoroutines.load(Ordering::Acquire) <= sched.active.load(Ordering::Acquire) {
            return false;
        }
        let since = sched
            .work_done()
            .saturating_sub(leaks.last.load(Ordering::Relaxed));
        if idle {
            let now = sched.start.elapsed().as_nanos() as u64;
            let ended = leaks.ended.load(Ordering::Relaxed);
            // Under virtual time, checks are paced by work only: a run repeats exactly.
            since > 0
                && (sched.fake_time
                    || now.saturating_sub(ended) >= 4 * leaks.took.load(Ordering::Relaxed))
        } else {
            let cost = leaks.cost.load(Ordering::Relaxed) * leaks.per_value;
            since >= cost.max(leaks.gap)
        }
    }

    /// Stops the world, finds goroutines blocked on what nothing that can run can
    /// reach (`crate::detect::reach`), reports the new ones and lets the world go on.
    fn check_leaks(&mut self) {
        let sched = self.shared();
        let began = sched.start.elapsed().as_nanos() as u64;
        // Another processor is checking: this one stops at its next safe point.
        let Some((found, took)) =
            self.with_world_stopped(false, STW_PATIENCE, |sched, runnable| {
                let found = crate::detect::reach::unreachable(sched, runnable);
                // The check's own cost paces the next (not the report, slow with --leaks=full).
                let took = (sched.start.elapsed().as_nanos() as u64).saturating_sub(began);
                let fresh: Vec<u64> = {
                    let mut reported = sched.leaks.reported.lock();
                    found
                        .leaked
                        .iter()
                        .copied()
                        .filter(|id| reported.insert(*id))
                        .collect()
                };
                if !fresh.is_empty() {
                    let text = crate::detect::runtime_leak_report(sched, &fresh, sched.leaks.mode);
                    sched.img.write_stderr(text.as_bytes());
                }
                (found, took)
            })
        else {
            return;
        };
        sched.leaks.last.store(sched.work_done(), Ordering::Relaxed);
        sched
            .leaks
            .cost
            .store(found.visited as u64, Ordering::Relaxed);
        let ended = sched.start.elapsed().as_nanos() as u64;
        sched.leaks.took.store(took, Ordering::Relaxed);
        sched.leaks.checks.fetch_add(1, Ordering::Relaxed);
        sched
            .leaks
            .stopped_nanos
            .fetch_add(ended - began, Ordering::Relaxed);
        sched.leaks.ended.store(ended, Ordering::Relaxed);
    }

    /// Runs `f` with every other processor stopped at a safe point, on every goroutine
    /// that is runnable (in run queues: none is running). `wait`: if another processor
    /// is stopping the world, wait for it and go next; otherwise give up (None).
    fn with_world_stopped<R>(
        &mut self,
        wait: bool,
        patience: Duration,
        f: impl FnOnce(&Sched, &[&Goroutine]) -> R,
    ) -> Option<R> {
        let sched = self.shared();
        let gate = loop {
            if let Some(gate) = sched.stw_gate.try_lock() {
                break gate;
            }
            if !wait {
                return None;
            }
            // Not `lock()`: the other checker waits for this processor's lock.
            self.stop_for_check();
        };
        sched.stw.store(true, Ordering::SeqCst);
        let n = sched.nstarted.load(Ordering::SeqCst);
        // A processor reaches a safe point within a slice, unless a native blocks its
        // thread (reading standard input): then give up rather than stop everyone.
        let mut stopped: Vec<usize> = Vec::with_capacity(n);
        for i in (0..n).filter(|&i| i != self.id) {
            if !sched.running[i].try_lock_for(patience) {
                for &j in &stopped {
                    // SAFETY: locked just above by this thread.
                    unsafe { sched.running[j].unlock() };
                }
                sched.stw.store(false, Ordering::SeqCst);
                drop(gate);
                return None;
            }
            stopped.push(i);
        }
        // The world is stopped: every goroutine is lent, in this processor's queues, in
        // the global queue or parked.
        let own = self.take_runnable();
        let mut global = Vec::new();
        while let Some(g) = steal_global_one(&sched.injector) {
            global.push(g);
        }
        let lent: Vec<_> = (0..n).map(|i| sched.lent[i].lock()).collect();
        let runnable: Vec<&Goroutine> = own
            .1
            .iter()
            .chain(global.iter())
            .chain(lent.iter().flat_map(|l| l.1.iter()))
            .map(|g| &**g)
            .collect();
        let out = f(sched, &runnable);
        drop(runnable);
        drop(lent);
        // Back as it was.
        for g in global {
            sched.injector.push(g);
        }
        self.give_back_runnable(own);
        for i in stopped {
            // SAFETY: locked above by this thread.
            unsafe { sched.running[i].unlock() };
        }
        sched.stw.store(false, Ordering::SeqCst);
        drop(gate);
        Some(out)
    }

    /// Runs one goroutine until it parks, yields or ends.
    fn execute(&mut self, mut g: Box<Goroutine>) {
        let img = &self.shared().img;
        loop {
            if let Some((parked, chans)) = g.take_select_cleanup() {
                crate::runtime::select::cleanup(&parked, &chans);
            }
            let outcome = interp::run(img, &mut g, SLICE_BUDGET, self);
            match outcome {
                Outcome::Done => {
                    self.goroutine_exit(&g);
                    return;
                }
                Outcome::Goexit => {
                    if g.id == 1 {
                        // Go keeps running the other goroutines; with none left it
                        // reports a deadlock of its own kind.
                        self.sched.main_goexited.store(true, Ordering::Release);
                        self.sched.ngoroutines.fetch_sub(1, Ordering::AcqRel);
                        self.sched.active.fetch_sub(1, Ordering::AcqRel);
                    } else {
                        self.goroutine_exit(&g);
                    }
                    return;
                }
                Outcome::Yield => {
                    self.sched.pstats[self.id]
                        .preemptions
                        .fetch_add(1, Ordering::Relaxed);
                    // To the back of the queue: everyone else runs first.
                    self.local.push(g);
                    self.sched.wake_idle();
                    return;
                }
                Outcome::Exit(code) => {
                    self.sched.exit(code);
                    return;
                }
                Outcome::Park(req) => match self.park(g, *req) {
                    Some(again) => g = again,
                    None => return,
                },
            }
        }
    }

    fn goroutine_exit(&mut self, g: &Goroutine) {
        if g.id == 1 {
            // main returned: the program ends at once, whatever else is running. First,
            // with the world stopped, which of the parked goroutines were blocked for
            // good (a goroutine that a sleeping or runnable one could still wake was
            // not: it is reported as still running, not leaked).
            let sched = self.shared();
            if sched.leaks.mode != crate::detect::LeakMode::Off {
                let found = self
                    .with_world_stopped(true, STW_PATIENCE_AT_EXIT, |sched, runnable| {
                        crate::detect::reach::unreachable(sched, runnable).leaked
                    })
                    // A processor stuck in a native call: without its goroutine's
                    // registers, only waits that nothing can end are certain.
                    .unwrap_or_else(|| crate::detect::reach::blocked_on_nothing(sched));
                *sched.leaks.at_exit.lock() = Some(found);
            }
            self.sched.main_returned.store(true, Ordering::Release);
            self.sched.exit(0);
            return;
        }
        {
            let mut exits = self.sched.exits[self.id].lock();
            if exits.len() == EXITS_KEPT {
                exits.pop_front();
            }
            exits.push_back(ExitRec {
                id: g.id,
                entry: g.entry,
                started_at: g.started_at,
                parent: g.parent,
                exit_site: g.exit_site,
            });
        }
        self.sched.ngoroutines.fetch_sub(1, Ordering::AcqRel);
        self.sched.active.fetch_sub(1, Ordering::AcqRel);
    }

    /// Retries a blocking operation and parks the goroutine if it still cannot complete.
    /// Returns the goroutine if it can keep running.
    fn park(&mut self, g: Box<Goroutine>, req: ParkRequest) -> Option<Box<Goroutine>> {
        let img = &self.shared().img;
        let gid = g.id;
        let (parked, reason, on) = match req {
            ParkRequest::Send { ch, val } => {
                let mut st = ch.lock();
                match crate::runtime::chan::try_send_locked(&mut st, &ch, val.clone(), self) {
                    Ok(crate::runtime::chan::Try::Done(())) => return Some(g),
                    Err((t, _)) => {
                        drop(st);
                        let mut g = g;
                        g.cold().resume_trap = Some(t);
                        return Some(g);
                    }
                    Ok(crate::runtime::chan::Try::WouldBlock) => {}
                }
                let parked = Parked::new(gid);
                let mut g = g;
                g.pending = Some(Pending {
                    dst: 0,
                    kind: PendingKind::Send,
                });
                st.sendq.push_back(crate::runtime::chan::Waiter {
                    parked: parked.clone(),
                    case: 0,
                    value: val,
                });
                *parked.g.lock() = Some(g);
                drop(st);
                (parked, "chan send", WaitOn::Chan { ch, send: true })
            }
            ParkRequest::Recv { ch, dst, ok } => {
                let mut st = ch.lock();
                let mut g = g;
                match crate::runtime::chan::try_recv_locked(
                    &mut st,
                    &ch,
                    || img.zero(ch.elem),
                    self,
                ) {
                    crate::runtime::chan::Try::Done((v, okv)) => {
                        g.stack[dst as usize] = v;
                        if ok {
                            g.stack[dst as usize + 1] = crate::vm::Value::Bool(okv);
                        }
                        return Some(g);
                    }
                    crate::runtime::chan::Try::WouldBlock => {}
                }
                let parked = Parked::new(gid);
                g.pending = Some(Pending {
                    dst,
                    kind: PendingKind::Recv { ok },
                });
                st.recvq.push_back(crate::runtime::chan::Waiter {
                    parked: parked.clone(),
                    case: 0,
                    value: crate::vm::Value::Nil,
                });
                *parked.g.lock() = Some(g);
                drop(st);
                (parked, "chan receive", WaitOn::Chan { ch, send: false })
            }
            ParkRequest::Select { cases, dst } => {
                let chans = cases
                    .iter()
                    .filter_map(|c| c.ch.clone().map(|ch| (ch, c.send.is_some())))
                    .collect();
                match crate::runtime::select::park(img, cases, dst, g, self) {
                    Ok(crate::runtime::select::SelectPark::Ready(g)) => return Some(g),
                    Ok(crate::runtime::select::SelectPark::Parked(p)) => {
                        (p, "select", WaitOn::Select(chans))
                    }
                    Err((mut g, t)) => {
                        g.cold().resume_trap = Some(t);
                        return Some(g);
                    }
                }
            }
            ParkRequest::Forever { reason } => {
                let parked = Parked::new(gid);
                *parked.g.lock() = Some(g);
                (parked, reason, WaitOn::Nothing)
            }
            ParkRequest::Yield => {
                self.sched.push_global(g);
                return None;
            }
            ParkRequest::Native(w) => {
                let w: Box<dyn NativeWait> = w;
                let on = w.object().map_or(WaitOn::Nothing, WaitOn::Object);
                match w.park(g, self) {
                    ParkResult::Continue(g) => return Some(g),
                    ParkResult::Parked(p, reason) => (p, reason, on),
                }
            }
        };
        self.sched.pstats[self.id]
            .parks
            .fetch_add(1, Ordering::Relaxed);
        self.sched.registry.insert(GInfo {
            id: gid,
            parked: parked.clone(),
            reason,
            on,
        });

        // Counted as waiting only now that a waker can find it (see the module doc).
        self.sched.active.fetch_sub(1, Ordering::AcqRel);
        None
    }

    /// Puts a goroutine in `runnext`; the one there moves to the local queue.
    fn push_next(&mut self, g: Box<Goroutine>) {
        if let Some(old) = self.runnext.replace(g) {
            self.local.push(old);
            self.sched.wake_idle();
        }
    }

    fn find_work(&mut self) -> Option<Box<Goroutine>> {
        self.tick += 1;
        let sched = self.shared();
        // A processor above GOMAXPROCS hands its work over and idles.
        if self.id >= sched.nprocs.load(Ordering::Acquire) {
            if let Some(g) = self.runnext.take() {
                sched.injector.push(g);
            }
            while let Some(g) = self.local.pop() {
                sched.injector.push(g);
            }
            sched.wake_idle();
            self.idle_wait(None);
            return None;
        }
        let hint = sched.timer_hint.load(Ordering::Acquire);
        if hint != i64::MAX && hint <= sched.clock() {
            self.fire_timers();
        }
        if self.tick.is_multiple_of(sched.leaks.gap.min(256)) && self.leak_check_due(false) {
            self.check_leaks();
        }
        if self.tick.is_multiple_of(GLOBAL_QUEUE_INTERVAL)
            && let Some(g) = steal_global(&sched.injector, &self.local)
        {
            return Some(g);
        }
        if let Some(g) = self.runnext.take() {
            return Some(g);
        }
        if let Some(g) = self.local.pop() {
            return Some(g);
        }
        if let Some(g) = steal_global(&sched.injector, &self.local) {
            return Some(g);
        }
        if let Some(g) = self.steal() {
            return Some(g);
        }
        if self.fire_timers() {
            return None;
        }
        if let Some(g) = self.spin() {
            return Some(g);
        }
        // Nothing to do: check for a deadlock, then sleep until work or a timer.
        let next_timer = {
            let mut t = sched.timers.lock();
            let next = t.next_deadline();
            if next.is_none() && sched.active.load(Ordering::Acquire) == 0 && !sched.exiting() {
                drop(t);
                self.report_deadlock();
                return None;
            }
            next
        };
        if sched.active.load(Ordering::Acquire) == 0 && self.leak_check_due(true) {
            // Everyone waits for a timer: a good moment to look for leaks.
            self.check_leaks();
        }
        if sched.fake_time
            && sched.active.load(Ordering::Acquire) == 0
            && let Some(when) = next_timer
        {
            // Everyone waits for a timer: jump the virtual clock to it.
            let cur = sched.vclock.load(Ordering::Acquire);
            if when > cur {
                sched.vclock.store(when, Ordering::Release);
            }
            self.fire_timers();
            return None;
        }
        let timeout = next_timer.map(|when| {
            let now = sched.clock();
            Duration::from_nanos((when - now).max(0) as u64)
        });
        self.idle_wait(timeout);
        None
    }

    /// Looks for work for a little while before the processor sleeps (see the module
    /// doc). At most half of the processors spin at once.
    fn spin(&mut self) -> Option<Box<Goroutine>> {
        let sched = self.shared();
        let nprocs = sched.nprocs.load(Ordering::Acquire);
        if nprocs <= 1 || 2 * sched.spinning.load(Ordering::Acquire) >= nprocs {
            return None;
        }
        sched.spinning.fetch_add(1, Ordering::SeqCst);
        let start = Instant::now();
        let mut found = None;
        while !sched.exiting() && start.elapsed().as_nanos() < SPIN_NANOS {
            if let Some(g) = steal_global(&sched.injector, &self.local).or_else(|| self.steal()) {
                found = Some(g);
                break;
            }
            for _ in 0..64 {
                std::hint::spin_loop();
            }
        }
        let was_last = sched.spinning.fetch_sub(1, Ordering::SeqCst) == 1;
        if found.is_some() && was_last {
            // More work may follow: keep one processor looking.
            sched.wake_idle();
        }
        found
    }

    /// Whether any processor's queue (or the global one) holds a goroutine.
    fn work_anywhere(&self) -> bool {
        !self.sched.injector.is_empty() || self.sched.stealers.read().iter().any(|s| !s.is_empty())
    }

    fn steal(&mut self) -> Option<Box<Goroutine>> {
        let stealers = self.sched.stealers.read();
        let n = stealers.len();
        if n <= 1 {
            return None;
        }
        let start = self.rng.gen_range(0..n);
        for k in 0..n {
            let v = (start + k) % n;
            if v == self.id {
                continue;
            }
            loop {
                match stealers[v].steal_batch_and_pop(&self.local) {
                    Steal::Success(g) => {
                        self.sched.pstats[self.id]
                            .steals
                            .fetch_add(1, Ordering::Relaxed);
                        return Some(g);
                    }
                    Steal::Retry => continue,
                    Steal::Empty => break,
                }
            }
        }
        None
    }

    /// Parks this processor's thread until woken (or the timeout passes).
    fn idle_wait(&mut self, timeout: Option<Duration>) {
        let sched = self.shared();
        {
            let mut idle = sched.idle.lock();
            if !idle.contains(&self.id) {
                idle.push(self.id);
                sched.idle_count.fetch_add(1, Ordering::AcqRel);
            }
        }
        // Work may have arrived between the last look and registering as idle (pairs
        // with the fence in `wake_idle`).
        fence(Ordering::SeqCst);
        if self.work_anywhere() || sched.exiting() {
            self.leave_idle();
            return;
        }
        // Idle, this processor holds no goroutine: a leak check need not wait for it.
        // SAFETY: this thread holds its `running` lock outside idle waits.
        unsafe { sched.running[self.id].unlock() };
        let (m, cv) = &sched.wakeups[self.id];
        let mut flag = m.lock();
        if !*flag {
            match timeout {
                Some(t) => {
                    cv.wait_for(&mut flag, t.min(Duration::from_millis(100)));
                }
                None => {
                    cv.wait_for(&mut flag, Duration::from_millis(100));
                }
            }
        }
        *flag = false;
        drop(flag);
        sched.running[self.id].lock();
        self.leave_idle();
    }

    fn leave_idle(&mut self) {
        let mut idle = self.sched.idle.lock();
        if let Some(i) = idle.iter().position(|&p| p == self.id) {
            idle.swap_remove(i);
            self.sched.idle_count.fetch_sub(1, Ordering::AcqRel);
        }
    }

    /// Fires every due timer; true if any fired.
    fn fire_timers(&mut self) -> bool {
        let sched = self.shared();
        let now = sched.clock();
        let mut fired = false;
        loop {
            // The timer lock is held while a fired timer's goroutine is counted active:
            // the deadlock check, which takes it too, never sees the gap.
            let mut t = sched.timers.lock();
            let Some(entry) = t.pop_due(now) else { break };
            fired = true;
            match entry.kind {
                TimerKind::Wake(parked) => {
                    if parked.claim() {
                        self.wake_locked(&parked, Delivery::Unit);
                    }
                }
                TimerKind::Send { ch, period } => {
                    let wall = *EPOCH + now;
                    let v = crate::runtime::time::time_value(&sched.img, wall);
                    let mut st = ch.lock();
                    // A timer's channel has room for one value; a late reader misses ticks.
                    let _ = crate::runtime::chan::try_send_locked(&mut st, &ch, v, self);
                    drop(st);
                    if period > 0 {
                        t.add_at(
                            entry.id,
                            entry.when + period,
                            TimerKind::Send { ch, period },
                        );
                    }
                }
                TimerKind::Func(f) => {
                    let id = sched.next_gid.fetch_add(1, Ordering::AcqRel);
                    if let Ok(g) = interp::new_goroutine(&sched.img, id, f, Vec::new()) {
                        self.spawn_locked(g);
                    }
                }
            }
            drop(t);
        }
        let mut t = sched.timers.lock();
        let next = t.next_deadline().unwrap_or(i64::MAX);
        sched.timer_hint.store(next, Ordering::Release);
        fired
    }

    fn wake_locked(&mut self, parked: &Arc<Parked>, d: Delivery) {
        self.wake(parked, d);
    }

    fn spawn_locked(&mut self, g: Box<Goroutine>) {
        self.spawn(g);
    }

    fn report_deadlock(&mut self) {
        let sched = self.shared();
        if sched.exiting() || sched.deadlock_reported.swap(true, Ordering::AcqRel) {
            return;
        }
        let text = crate::detect::deadlock_report(sched);
        sched.img.write_stderr(text.as_bytes());
        sched.exit(2);
    }
}

/// One goroutine from the global queue, in order.
fn steal_global_one(inj: &Injector<Box<Goroutine>>) -> Option<Box<Goroutine>> {
    loop {
        match inj.steal() {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}

fn steal_global(
    inj: &Injector<Box<Goroutine>>,
    local: &Worker<Box<Goroutine>>,
) -> Option<Box<Goroutine>> {
    loop {
        match inj.steal_batch_and_pop(local) {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}

impl Host for Proc {
    fn wake(&mut self, parked: &Arc<Parked>, d: Delivery) {
        let g = parked.g.lock().take();
        let Some(mut g) = g else { return };
        g.deliver(d);
        self.sched.registry.remove(g.id, parked);
        self.sched.active.fetch_add(1, Ordering::AcqRel);
        self.sched.pstats[self.id]
            .wakeups
            .fetch_add(1, Ordering::Relaxed);
        self.push_next(g);
    }

    fn spawn(&mut self, g: Box<Goroutine>) {
        self.sched.active.fetch_add(1, Ordering::AcqRel);
        let n = self.sched.ngoroutines.fetch_add(1, Ordering::AcqRel) + 1;
        if n > self.sched.peak.load(Ordering::Relaxed) {
            self.sched.peak.fetch_max(n, Ordering::Relaxed);
        }
        self.sched.pstats[self.id]
            .created
            .fetch_add(1, Ordering::Relaxed);
        // Go runs a new goroutine soon: it takes runnext.
        self.push_next(g);
    }

    fn num_goroutine(&self) -> usize {
        self.sched.num_goroutine()
    }

    fn next_gid(&mut self) -> u64 {
        if self.gids.start == self.gids.end {
            let first = self.sched.next_gid.fetch_add(GID_BATCH, Ordering::AcqRel);
            self.gids = first..first + GID_BATCH;
        }
        let id = self.gids.start;
        self.gids.start += 1;
        id
    }

    fn now_nanos(&self) -> i64 {
        self.sched.wall()
    }

    fn gomaxprocs(&mut self, n: i64) -> i64 {
        self.sched.set_procs(n)
    }

    fn add_timer(&mut self, delay_ns: i64, kind: TimerKind) -> u64 {
        let when = self.sched.clock().saturating_add(delay_ns.max(0));
        let id = {
            let mut t = self.sched.timers.lock();
            // Under the timer lock, so that it cannot race with `fire_timers` storing
            // the next deadline.
            self.sched.timer_hint.fetch_min(when, Ordering::AcqRel);
            t.add(when, kind)
        };
        // An idle processor may be sleeping past the new deadline.
        self.sched.wake_idle();
        id
    }

    fn stop_timer(&mut self, id: u64) -> bool {
        self.sched.timers.lock().stop(id)
    }
}
