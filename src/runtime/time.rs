//! Package time's native half: the clock, sleeping, and timers (which live in the
//! scheduler's timer heap, `sched/timer.rs`).

use std::fmt;
use std::sync::Arc;

use crate::runtime::chan::{self, ChanObj};
use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::runtime::sync::{NativeWait, ParkResult};
use crate::vm::goroutine::{Goroutine, ParkRequest, Parked, Pending, PendingKind};
use crate::vm::image::Image;
use crate::vm::value::*;
use crate::vm::{Host, Trap};

/// What happens when a timer fires.
pub enum TimerKind {
    /// A sleeping goroutine wakes up.
    Wake(Arc<Parked>),
    /// The current time is sent on a channel (time.After, Timer.C, Ticker.C); a period
    /// above zero repeats it.
    Send { ch: Arc<ChanObj>, period: i64 },
    /// A function runs in a new goroutine (time.AfterFunc).
    Func(Value),
}

impl fmt::Debug for TimerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimerKind::Wake(_) => write!(f, "wake"),
            TimerKind::Send { period, .. } => write!(f, "send(period {period})"),
            TimerKind::Func(_) => write!(f, "func"),
        }
    }
}

/// A `time.Time` value: package time's `Time` is a struct holding nanoseconds since 1970.
pub fn time_value(_img: &Image, wall_ns: i64) -> Value {
    Value::Agg(Obj::new(vec![Value::Int(wall_ns)]))
}

/// `now() int64`: nanoseconds since 1970 on the program's clock.
fn now(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    args[0] = Value::Int(ctx.host.now_nanos());
    Ok(())
}

/// `Sleep(d Duration)`
fn sleep(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let d = args[0].as_int();
    if d <= 0 {
        return Ok(());
    }
    Err(Trap::Park(Box::new(ParkRequest::Native(Box::new(
        SleepWait { d },
    )))))
}

#[derive(Debug)]
struct SleepWait {
    d: i64,
}

impl NativeWait for SleepWait {
    fn park(self: Box<Self>, mut g: Box<Goroutine>, host: &mut dyn Host) -> ParkResult {
        let parked = Parked::new(g.id);
        g.pending = Some(Pending {
            dst: 0,
            kind: PendingKind::Unit,
        });
        *parked.g.lock() = Some(g);
        host.add_timer(self.d, TimerKind::Wake(parked.clone()));
        ParkResult::Parked(parked, "sleep")
    }
    fn reason(&self) -> &'static str {
        "sleep"
    }
}

/// `startTimer(d int64, c chan Time, period int64) int`
fn start_timer(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let d = args[0].as_int();
    let Some(ch) = chan::chan_of(&args[1]) else {
        return Err(Trap::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        ));
    };
    let period = args[2].as_int();
    let id = ctx.host.add_timer(d, TimerKind::Send { ch, period });
    args[0] = Value::Int(id as i64);
    Ok(())
}

/// `startFunc(d int64, f func()) int`
fn start_func(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let d = args[0].as_int();
    let f = args[1].clone();
    let id = ctx.host.add_timer(d, TimerKind::Func(f));
    args[0] = Value::Int(id as i64);
    Ok(())
}

/// `stopTimer(id int) bool`
fn stop_timer(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let ok = ctx.host.stop_timer(args[0].as_int() as u64);
    args[0] = Value::Bool(ok);
    Ok(())
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("time.now", now),
        ("time.Sleep", sleep),
        ("time.startTimer", start_timer),
        ("time.startFunc", start_func),
        ("time.stopTimer", stop_timer),
    ]
}
