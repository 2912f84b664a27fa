//! The detector: explains global deadlocks and goroutine leaks in terms of the
//! program's own lines.
//!
//! The runtime records, at no cost beyond a few stores on the paths it already takes,
//! what the explanations need: every parked goroutine and what it waits on (the
//! scheduler's registry), who holds each Mutex and where it was locked (hidden slots
//! of the struct), the read-lock holders of each RWMutex and every WaitGroup's Add
//! and Done sites (the sync semaphore table), and the goroutines that ended most
//! recently. When every goroutine is blocked (or when main returns, for leaks),
//! `world` takes a snapshot, `explain` names the mistake for each stuck goroutine,
//! and `render` prints it as miette reports on the source.

mod explain;
mod ledger;
mod panic;
pub mod reach;
mod render;
mod world;

use std::sync::atomic::Ordering;

use crate::sched::{Sched, WaitOn};
pub use panic::{fatal_report, panic_report};
pub use render::created_by_text;
pub use world::World;

/// Where a native was called or a goroutine returned: a function and the pc after the
/// instruction, packed in one word so that recording it is a single store.
pub fn site(func: u32, pc: u32) -> u64 {
    ((func as u64) << 32) | pc as u64
}

/// The function and pc of a site.
pub fn unpack(site: u64) -> (u32, u32) {
    ((site >> 32) as u32, site as u32)
}

/// What to say about goroutines still blocked when main returns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LeakMode {
    /// Nothing.
    Off,
    /// One line: how many goroutines leaked.
    #[default]
    Summary,
    /// A report for each leaked goroutine, like a deadlock's.
    Full,
}

/// The report printed when every goroutine is blocked and no timer can wake any:
/// Go's first line, then each blocked goroutine explained on its source lines.
pub fn deadlock_report(sched: &Sched) -> String {
    let world = World::capture(sched);
    if world.stuck.is_empty() && sched.main_goexited.load(Ordering::Acquire) {
        return "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_string();
    }
    let mut out = String::from("fatal error: all goroutines are asleep - deadlock!\n");
    for s in &world.stuck {
        let finding = explain::explain(&world, s, false);
        out.push('\n');
        out.push_str(&render::goroutine(&world, s, &finding));
    }
    out
}

/// What is printed about leaked goroutines when main returns, if anything.
pub fn leak_report(sched: &Sched, mode: LeakMode) -> Option<String> {
    if mode == LeakMode::Off {
        return None;
    }
    let world = World::capture(sched);
    let leaked: Vec<_> = world.stuck.iter().filter(|s| s.leaked).collect();
    if leaked.is_empty() {
        return None;
    }
    let n = leaked.len();
    let noun = if n == 1 { "goroutine" } else { "goroutines" };
    if mode == LeakMode::Summary {
        return Some(format!(
            "minigo: {n} {noun} leaked (blocked forever); run with --leaks=full for details\n"
        ));
    }
    let mut out = format!("minigo: {n} {noun} leaked (blocked forever) when main returned\n");
    // Those the leak check reported while the program ran are not described again.
    let seen = sched.leaks_reported();
    let (before, fresh): (Vec<_>, Vec<_>) = leaked.into_iter().partition(|s| seen.contains(&s.id));
    if !before.is_empty() {
        let ids: Vec<u64> = before.iter().map(|s| s.id).collect();
        out.push_str(&format!(
            "{} reported above, when the leak was found\n",
            world::list_ids(&ids)
        ));
    }
    for s in fresh {
        let finding = explain::explain(&world, s, true);
        out.push('\n');
        out.push_str(&render::goroutine(&world, s, &finding));
    }
    Some(out)
}

/// What is printed when the leak check finds goroutines blocked forever while the
/// program runs (`reach`): a line each, or with `--leaks=full` the full report.
pub fn runtime_leak_report(sched: &Sched, ids: &[u64], mode: LeakMode) -> String {
    let world = World::capture(sched);
    let mut out = String::new();
    for s in world.stuck.iter().filter(|s| ids.contains(&s.id)) {
        let finding = explain::unreachable(&world, s);
        let at = match world.user_frame(s) {
            Some((f, line)) => format!(" at {}:{line}", world.file_of(f).name),
            None => String::new(),
        };
        let why = match &s.on {
            WaitOn::Chan { .. } if finding.code == "minigo::leak::context" => {
                "no goroutine that can still run can cancel its context".to_string()
            }
            WaitOn::Chan { ch, .. } => format!(
                "no goroutine that can still run can reach {}",
                world.chan_desc(ch)
            ),
            WaitOn::Select(cs) if !cs.is_empty() => {
                "no goroutine that can still run can reach any channel of the select".to_string()
            }
            _ => finding.message.get(1).cloned().unwrap_or_default(),
        };
        out.push_str(&format!(
            "minigo: goroutine {} leaked{at} [{}]: {why}\n",
            s.id, s.reason
        ));
        if mode == LeakMode::Full {
            out.push('\n');
            out.push_str(&render::goroutine(&world, s, &finding));
            out.push('\n');
        }
    }
    out
}
