//! Leak detection while the program runs: goroutines blocked on objects that no
//! goroutine able to run can reach any more (the idea of Golf, ASPLOS 2025, which Go
//! 1.26 ships as the `goroutineleak` profile).
//!
//! A blocked goroutine can only be woken by a goroutine that operates on what it waits
//! for: a channel, or a Mutex, RWMutex, WaitGroup or Cond. To operate on an object, a
//! goroutine must be able to reach it, from its registers, its closures and deferred
//! calls, through pointers, slices, maps, interfaces, closures and channel buffers. So,
//! with the world stopped (`Proc::check_leaks`):
//!
//! 1. mark everything reachable from the roots: package variables, the goroutines that
//!    are running, runnable or asleep (`time.Sleep`), pending timers (the channel a
//!    `time.After` will send on, the function an `AfterFunc` will run), and goroutines
//!    parked on anything else than the objects above;
//! 2. a blocked goroutine whose object is marked may be woken: its own registers become
//!    roots too, and marking continues, until nothing changes;
//! 3. the goroutines left are blocked forever: nothing that can ever run again can reach
//!    what they wait for. A goroutine blocked on a nil channel or in `select {}` is
//!    always among them.
//!
//! Reachability over-approximates what a program will do (a goroutine that keeps a
//! channel in a variable it never uses again still "reaches" it), so a goroutine found
//! this way is certainly leaked, and some leaked goroutines are not found: see the
//! README's "What the detector can and cannot see".

use std::sync::Arc;

use rustc_hash::FxHashSet;

use crate::sched::{GInfo, Sched, WaitOn};
use crate::vm::Image;
use crate::vm::goroutine::Goroutine;
use crate::vm::value::{ObjData, Value};

/// The waits that only another goroutine can end, by operating on the object; any other
/// parked goroutine (asleep, or waiting on something outside the program) is a root.
fn is_candidate(info: &GInfo) -> bool {
    if info.parked.is_claimed() {
        // Being woken: as good as runnable.
        return false;
    }
    match &info.on {
        WaitOn::Chan { .. } | WaitOn::Select(_) | WaitOn::Object(_) => true,
        WaitOn::Nothing => forever(info.reason),
    }
}

/// The waits nothing can ever end: nil channels, `select {}`, a select of nil channels.
fn forever(reason: &str) -> bool {
    matches!(
        reason,
        "chan send (nil chan)" | "chan receive (nil chan)" | "select (no cases)" | "select"
    )
}

/// The marking state: addresses of the objects reached, and those still to scan.
struct Marker<'a> {
    img: &'a Image,
    seen: FxHashSet<usize>,
    todo: Vec<Value>,
    /// Registers, values and goroutines scanned (the cost of the check, to pace the
    /// next one).
    visited: usize,
}

impl<'a> Marker<'a> {
    fn new(img: &'a Image) -> Marker<'a> {
        Marker {
            img,
            seen: FxHashSet::default(),
            todo: Vec::new(),
            visited: 0,
        }
    }

    /// The address that identifies a heap value, if it has one.
    fn addr(v: &Value) -> Option<usize> {
        Some(match v {
            Value::Agg(o) => Arc::as_ptr(o) as usize,
            Value::Ptr(p) => Arc::as_ptr(&p.obj) as usize,
            Value::Slice(s) => Arc::as_ptr(&s.obj) as usize,
            Value::Map(m) => Arc::as_ptr(m) as usize,
            Value::Func(c) => Arc::as_ptr(c) as usize,
            Value::Iface(i) => Arc::as_ptr(i) as usize,
            Value::Chan(c) => Arc::as_ptr(c) as usize,
            _ => return None,
        })
    }

    fn value(&mut self, v: &Value) {
        if let Some(a) = Self::addr(v)
            && self.seen.insert(a)
        {
            self.todo.push(v.clone());
        }
    }

    fn values<'v>(&mut self, vs: impl IntoIterator<Item = &'v Value>) {
        for v in vs {
            self.visited += 1;
            self.value(v);
        }
    }

    /// Scans everything reachable from what has been marked so far.
    fn drain(&mut self) {
        while let Some(v) = self.todo.pop() {
            self.visited += 1;
            match &v {
                Value::Agg(o) => self.obj(o),
                Value::Ptr(p) => self.obj(&p.obj),
                Value::Slice(s) => self.obj(&s.obj),
                Value::Map(m) => {
                    for (k, v) in m.entries() {
                        self.value(&k);
                        self.value(&v);
                    }
                }
                Value::Func(c) => self.closure(c),
                Value::Iface(i) => self.value(&i.val),
                Value::Chan(c) => {
                    let st = c.lock();
                    let buffered: Vec<Value> = st.buf.iter().cloned().collect();
                    // A blocked sender's value goes to whoever receives.
                    let offered: Vec<Value> = st
                        .sendq
                        .iter()
                        .filter(|w| !w.parked.is_claimed())
                        .map(|w| w.value.clone())
                        .collect();
                    drop(st);
                    self.values(buffered.iter().chain(offered.iter()));
                }
                _ => {}
            }
        }
    }

    /// A function value's captured variables and bound receiver.
    fn closure(&mut self, c: &crate::vm::value::Closure) {
        self.values(c.captures.iter());
        if let Some(b) = &c.bound {
            self.value(b);
        }
    }

    fn obj(&mut self, o: &crate::vm::value::Obj) {
        let vals: Vec<Value> = match &*o.lock() {
            ObjData::Vals(vs) => vs
                .iter()
                .filter(|v| Self::addr(v).is_some())
                .cloned()
                .collect(),
            ObjData::Bytes(_) => return,
        };
        self.values(vals.iter());
    }

    /// Marks what a goroutine that can run (or may be woken) can reach.
    fn goroutine(&mut self, g: &Goroutine) {
        self.visited += 1;
        let img = self.img;
        live_ranges(img, g, |r| self.values(g.stack[r].iter()));
        for c in g.frames.iter().filter_map(|f| f.closure.as_ref()) {
            self.closure(c);
        }
        for d in &g.defers {
            self.value(&d.func);
            self.values(d.args.iter());
        }
        for p in g.panics() {
            self.value(&p.value);
        }
        if let Some(crate::vm::Trap::Panic(v)) = g.resume_trap() {
            self.value(v);
        }
    }

    fn reached(&self, on: &WaitOn) -> bool {
        match on {
            WaitOn::Chan { ch, .. } => self.seen.contains(&(Arc::as_ptr(ch) as usize)),
            WaitOn::Select(cs) => cs
                .iter()
                .any(|(c, _)| self.seen.contains(&(Arc::as_ptr(c) as usize))),
            WaitOn::Object(o) => self.seen.contains(&(Arc::as_ptr(o) as usize)),
            WaitOn::Nothing => false,
        }
    }
}

/// The parts of a goroutine's stack that hold live registers: for each frame, the
/// registers the compiler had in use at the instruction it is at (`FuncProto::tops`).
/// Registers above hold values left over from calls that returned, and must not keep
/// their objects alive: a function that made a channel, started a goroutine on it and
/// returned is the typical leak.
fn live_ranges(img: &Image, g: &Goroutine, mut each: impl FnMut(std::ops::Range<usize>)) {
    let len = g.stack.len();
    if g.start || g.frames.is_empty() || !g.panics().is_empty() || g.dying().is_some() {
        each(0..len);
        return;
    }
    for f in &g.frames {
        let proto = &img.prog.funcs[f.func as usize];
        let pc = f.pc as usize;
        let top = if pc == 0 {
            proto.nregs as usize
        } else {
            let at = |i: usize| proto.tops.get(i).copied().unwrap_or(proto.nregs) as usize;
            at(pc - 1).max(at(pc))
        };
        let base = f.base as usize;
        each(base.min(len)..(base + top).min(len));
    }
    if let Some(p) = &g.pending {
        let dst = p.dst as usize;
        each(dst.min(len)..(dst + 3).min(len));
    }
}

/// The outcome of a check.
pub struct Unreachable {
    /// The goroutines blocked forever, by id.
    pub leaked: Vec<u64>,
    /// Values scanned.
    pub visited: usize,
}

/// Finds the goroutines blocked forever. The world must be stopped: `runnable` are all
/// the goroutines in run queues (none is running), the rest are in the registry.
pub fn unreachable(sched: &Sched, runnable: &[&Goroutine]) -> Unreachable {
    let img = &*sched.img;
    let mut m = Marker::new(img);
    m.values(img.globals.iter());
    for g in runnable {
        m.goroutine(g);
    }
    {
        let timers = sched.timers.lock();
        for (ch, f) in timers.roots() {
            if let Some(ch) = ch {
                m.value(&Value::Chan(ch));
            }
            if let Some(f) = f {
                m.value(&f);
            }
        }
    }
    let mut blocked = Vec::new();
    sched.registry.for_each(|info| {
        m.visited += 1;
        let guard = info.parked.g.lock();
        let Some(g) = guard.as_ref() else { return };
        if is_candidate(info) {
            drop(guard);
            blocked.push(info.clone());
        } else {
            m.goroutine(g);
        }
    });
    m.drain();
    // Wake whoever can be woken, until nobody more can.
    loop {
        let mut woke = false;
        blocked.retain(|info| {
            if !m.reached(&info.on) {
                return true;
            }
            if let Some(g) = info.parked.g.lock().as_ref() {
                m.goroutine(g);
            }
            woke = true;
            false
        });
        if !woke {
            break;
        }
        m.drain();
    }
    let mut leaked: Vec<u64> = blocked.iter().map(|i| i.id).collect();
    leaked.sort_unstable();
    Unreachable {
        leaked,
        visited: m.visited,
    }
}

/// The goroutines in waits that nothing can ever end (nil channels, `select {}`): leaked
/// whatever is reachable. What is left to say when the world could not be stopped.
pub fn blocked_on_nothing(sched: &Sched) -> Vec<u64> {
    let mut ids = Vec::new();
    sched.registry.for_each(|info| {
        if matches!(info.on, WaitOn::Nothing) && forever(info.reason) && !info.parked.is_claimed() {
            ids.push(info.id);
        }
    });
    ids.sort_unstable();
    ids
}
