//! `select`, as in Go's runtime/select.go:
//! 1. lock every channel involved, in address order (so two selects never deadlock);
//! 2. pass 1: look at the cases in a random order and complete the first ready one;
//! 3. pass 2 (nothing ready, no default): queue a waiter on every channel, all pointing
//!    at one `Parked` record, and park; the first channel to complete one of them wins
//!    the record (an atomic flag) and wakes the goroutine;
//! 4. pass 3 (after waking): the losing waiters on the other channels are claimed, so
//!    every dequeue skips them; they are swept in batches (`chan::remove_waiters`).
//!
//! A nil channel's case is never ready and never queued.

use std::sync::Arc;

use rand::Rng;
use smallvec::SmallVec;

use super::chan::{self, ChanObj, ChanState, Try, Waiter};
use crate::sync_shim::MutexGuard;
use crate::vm::goroutine::{Goroutine, Parked, Pending, PendingKind, SelectCase};
use crate::vm::image::Image;
use crate::vm::value::Value;
use crate::vm::{Host, Trap};

/// Cases a select usually has at most: up to this many, its working lists live on the
/// stack (a `select` runs once per message in a fan-in loop; allocating them showed).
const FEW: usize = 8;

/// A case as pass 1 needs it, borrowed: from the interpreter's registers (`poll`) or
/// from the cases of a parking select (`park`). Values are cloned only when sent.
#[derive(Clone, Copy)]
pub struct CaseRef<'a> {
    pub ch: Option<&'a Arc<ChanObj>>,
    /// The value to send, for a send case.
    pub send: Option<&'a Value>,
}

impl<'a> CaseRef<'a> {
    fn of(c: &'a SelectCase) -> CaseRef<'a> {
        CaseRef {
            ch: c.ch.as_ref(),
            send: c.send.as_ref(),
        }
    }
}

/// The channels of the cases, each once, in lock order (by address).
fn lock_order<'a>(cases: &[CaseRef<'a>]) -> SmallVec<[&'a Arc<ChanObj>; FEW]> {
    let mut chans: SmallVec<[&Arc<ChanObj>; FEW]> = cases.iter().filter_map(|c| c.ch).collect();
    chans.sort_unstable_by_key(|c| Arc::as_ptr(c) as usize);
    chans.dedup_by(|a, b| Arc::ptr_eq(a, b));
    chans
}

struct Locked<'a> {
    guards: SmallVec<[(usize, MutexGuard<'a, ChanState>); FEW]>,
}

impl<'a> Locked<'a> {
    fn lock(chans: &[&'a Arc<ChanObj>]) -> Locked<'a> {
        Locked {
            guards: chans
                .iter()
                .map(|c| (Arc::as_ptr(c) as usize, c.lock()))
                .collect(),
        }
    }
    fn state(&mut self, ch: &Arc<ChanObj>) -> &mut ChanState {
        let addr = Arc::as_ptr(ch) as usize;
        let i = self
            .guards
            .iter()
            .position(|(a, _)| *a == addr)
            .expect("locked channel");
        &mut self.guards[i].1
    }
}

/// A random order of the case indices (seeded by `--seed`).
fn poll_order(n: usize) -> SmallVec<[usize; FEW]> {
    let mut order: SmallVec<[usize; FEW]> = (0..n).collect();
    let mut rng = rand_pcg::Pcg64Mcg::new(crate::runtime::rand::next_u64() as u128 | 1);
    for i in (1..n).rev() {
        let j = rng.gen_range(0..=i);
        order.swap(i, j);
    }
    order
}

/// Pass 1 over locked channels: completes a ready case, if any.
fn pass1(
    img: &Image,
    cases: &[CaseRef<'_>],
    locked: &mut Locked<'_>,
    host: &mut dyn Host,
) -> Result<Option<(usize, Value, bool)>, Trap> {
    for i in poll_order(cases.len()) {
        let c = &cases[i];
        let Some(ch) = c.ch else { continue };
        let st = locked.state(ch);
        match c.send {
            Some(v) => match chan::try_send_locked(st, ch, v.clone(), host) {
                Ok(Try::Done(())) => return Ok(Some((i, Value::Nil, false))),
                Ok(Try::WouldBlock) => {}
                Err((t, _)) => return Err(t),
            },
            None => {
                if let Try::Done((v, ok)) =
                    chan::try_recv_locked(st, ch, || img.zero(ch.elem), host)
                {
                    return Ok(Some((i, v, ok)));
                }
            }
        }
    }
    Ok(None)
}

/// Tries every case once; None if none is ready.
pub fn poll(
    img: &Image,
    cases: &[CaseRef<'_>],
    host: &mut dyn Host,
) -> Result<Option<(usize, Value, bool)>, Trap> {
    let chans = lock_order(cases);
    let mut locked = Locked::lock(&chans);
    pass1(img, cases, &mut locked, host)
}

/// The outcome of parking a select.
pub enum SelectPark {
    /// A case became ready meanwhile: the goroutine continues with it.
    Ready(Box<Goroutine>),
    Parked(Arc<Parked>),
}

/// Pass 1 again (under the locks), then pass 2: queue on every channel and park.
pub fn park(
    img: &Image,
    cases: Vec<SelectCase>,
    dst: u32,
    mut g: Box<Goroutine>,
    host: &mut dyn Host,
) -> Result<SelectPark, (Box<Goroutine>, Trap)> {
    let refs: SmallVec<[CaseRef<'_>; FEW]> = cases.iter().map(CaseRef::of).collect();
    let chans = lock_order(&refs);
    let mut locked = Locked::lock(&chans);
    match pass1(img, &refs, &mut locked, host) {
        Err(t) => return Err((g, t)),
        Ok(Some((i, v, ok))) => {
            let d = dst as usize;
            g.stack[d] = Value::Int(i as i64);
            g.stack[d + 1] = v;
            g.stack[d + 2] = Value::Bool(ok);
            return Ok(SelectPark::Ready(g));
        }
        Ok(None) => {}
    }
    let parked = Parked::new(g.id);
    for (i, c) in cases.iter().enumerate() {
        let Some(ch) = &c.ch else { continue };
        let st = locked.state(ch);
        let w = Waiter {
            parked: parked.clone(),
            case: i as u32,
            value: c.send.clone().unwrap_or_default(),
        };
        if c.send.is_some() {
            st.sendq.push_back(w);
        } else {
            st.recvq.push_back(w);
        }
    }
    g.pending = Some(Pending {
        dst,
        kind: PendingKind::Select,
    });
    g.cold().select_cleanup = Some((parked.clone(), chans.iter().map(|&c| c.clone()).collect()));
    *parked.g.lock() = Some(g);
    drop(locked);
    Ok(SelectPark::Parked(parked))
}

/// Pass 3: after waking, account for the waiters left on the other channels.
pub fn cleanup(parked: &Arc<Parked>, chans: &[Arc<ChanObj>]) {
    for ch in chans {
        chan::remove_waiters(ch, parked);
    }
}
