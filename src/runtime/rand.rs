//! The program's random numbers: map iteration order, `select` choices, `math/rand`.
//! One seeded generator (`--seed N`) makes runs reproducible.

use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;
use rand::{RngCore, SeedableRng};
use rand_pcg::Pcg64Mcg;

static SEED: AtomicU64 = AtomicU64::new(0);
static RNG: Mutex<Option<Pcg64Mcg>> = Mutex::new(None);

/// Seeds the generator (called once at start-up).
pub fn seed(s: u64) {
    SEED.store(s, Ordering::Relaxed);
    *RNG.lock() = Some(Pcg64Mcg::seed_from_u64(s));
}

pub fn next_u64() -> u64 {
    let mut g = RNG.lock();
    let r = g.get_or_insert_with(|| Pcg64Mcg::seed_from_u64(SEED.load(Ordering::Relaxed)));
    r.next_u64()
}
