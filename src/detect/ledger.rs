//! The WaitGroup ledger in words ("Add: 3 (line 27); Done: 4 (line 18, by goroutines
//! 2, 4 and 5)"), shared by the deadlock report (a Wait that never returns) and the
//! panic report (a negative counter).

use super::world::list_ids;
use crate::runtime::sync::{LedgerEntry, WgLedger};
use crate::vm::Image;

/// The function and line of a recorded site (`crate::detect::site`).
pub fn site_line(img: &Image, site: u64) -> (u32, u32) {
    let (func, pc) = super::unpack(site);
    let proto = &img.prog.funcs[func as usize];
    let line = proto
        .lines
        .get((pc as usize).saturating_sub(1))
        .copied()
        .unwrap_or(proto.line);
    (func, line)
}

/// "line 27" for one site, "3 at line 27; 1 at line 30" for several. Done sites name
/// the goroutines that called them; Add sites only when someone other than `viewer`
/// (the goroutine the report is about) called them.
pub fn site_list(img: &Image, es: &[LedgerEntry], done: bool, viewer: u64) -> String {
    es.iter()
        .map(|e| {
            let (_, l) = site_line(img, e.site);
            let mut gids = e.gids.clone();
            gids.sort_unstable();
            let by = if done || gids.iter().any(|&g| g != viewer) {
                format!(", by {}", list_ids(&gids))
            } else {
                String::new()
            };
            if es.len() == 1 {
                format!("line {l}{by}")
            } else {
                format!("{} at line {l}{by}", e.total)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The sum of the Adds' deltas and the number of Done calls.
pub fn totals(ledger: &WgLedger) -> (i64, i64) {
    (
        ledger.adds.iter().map(|e| e.total).sum(),
        ledger.dones.iter().map(|e| e.total).sum(),
    )
}

/// "WaitGroup ledger: Add: 3 (line 27); Done: 4 (line 18, by goroutines 2, 4 and 5)".
pub fn summary(img: &Image, ledger: &WgLedger, viewer: u64) -> String {
    let (adds, dones) = totals(ledger);
    let add_sites = if ledger.adds.is_empty() {
        String::new()
    } else {
        format!(" ({})", site_list(img, &ledger.adds, false, viewer))
    };
    let done_sites = if ledger.dones.is_empty() {
        String::new()
    } else {
        format!(" ({})", site_list(img, &ledger.dones, true, viewer))
    };
    format!("WaitGroup ledger: Add: {adds}{add_sites}; Done: {dones}{done_sites}")
}
