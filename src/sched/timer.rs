//! The timer heap: every sleeping goroutine and every `time.Timer`, `Ticker` and
//! `AfterFunc` is an entry here, fired by whichever processor looks for work — no OS
//! thread per timer.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub use crate::runtime::time::TimerKind;

pub struct Entry {
    pub id: u64,
    pub when: i64,
    pub kind: TimerKind,
}

#[derive(Default)]
pub struct Timers {
    /// (deadline, sequence, id): the sequence keeps equal deadlines in creation order.
    heap: BinaryHeap<Reverse<(i64, u64, u64)>>,
    /// Live timers by id; a stopped timer is removed here and skipped in the heap.
    live: HashMap<u64, (i64, u64, TimerKind)>,
    seq: u64,
    next_id: u64,
}

impl Timers {
    /// Schedules a new timer at `when` (nanoseconds on the program's clock).
    pub fn add(&mut self, when: i64, kind: TimerKind) -> u64 {
        self.next_id += 1;
        let id = self.next_id;
        self.add_at(id, when, kind);
        id
    }

    /// Schedules timer `id` (again) at `when`.
    pub fn add_at(&mut self, id: u64, when: i64, kind: TimerKind) {
        self.seq += 1;
        self.heap.push(Reverse((when, self.seq, id)));
        self.live.insert(id, (when, self.seq, kind));
    }

    /// Stops a timer: true if it had not fired yet.
    pub fn stop(&mut self, id: u64) -> bool {
        self.live.remove(&id).is_some()
    }

    /// The kind of a live timer (for Reset), removing it.
    pub fn take(&mut self, id: u64) -> Option<TimerKind> {
        self.live.remove(&id).map(|(_, _, k)| k)
    }

    /// The earliest live deadline.
    pub fn next_deadline(&mut self) -> Option<i64> {
        while let Some(Reverse((when, seq, id))) = self.heap.peek().copied() {
            match self.live.get(&id) {
                Some((w, s, _)) if *w == when && *s == seq => return Some(when),
                _ => {
                    self.heap.pop();
                }
            }
        }
        None
    }

    /// Removes and returns a timer due at `now`, if any.
    pub fn pop_due(&mut self, now: i64) -> Option<Entry> {
        let when = self.next_deadline()?;
        if when > now {
            return None;
        }
        let Reverse((when, _, id)) = self.heap.pop()?;
        let (_, _, kind) = self.live.remove(&id)?;
        Some(Entry { id, when, kind })
    }

    /// The channels live timers will send on (a goroutine waiting on one is not stuck).
    pub fn channels(&self) -> Vec<std::sync::Arc<crate::runtime::chan::ChanObj>> {
        self.live
            .values()
            .filter_map(|(_, _, k)| match k {
                TimerKind::Send { ch, .. } => Some(ch.clone()),
                _ => None,
            })
            .collect()
    }

    /// What pending timers hold on to, for the leak check: the channel a timer will
    /// send on, the function an AfterFunc will run. (A sleeping goroutine is in the
    /// scheduler's registry.)
    pub fn roots(
        &self,
    ) -> Vec<(
        Option<std::sync::Arc<crate::runtime::chan::ChanObj>>,
        Option<crate::vm::Value>,
    )> {
        self.live
            .values()
            .filter_map(|(_, _, k)| match k {
                TimerKind::Send { ch, .. } => Some((Some(ch.clone()), None)),
                TimerKind::Func(f) => Some((None, Some(f.clone()))),
                TimerKind::Wake(_) => None,
            })
            .collect()
    }

    /// Whether any live timer runs a function (time.AfterFunc): it may wake anyone.
    pub fn has_funcs(&self) -> bool {
        self.live
            .values()
            .any(|(_, _, k)| matches!(k, TimerKind::Func(_)))
    }
}
