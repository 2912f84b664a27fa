//! Stress tests of the runtime: thousands of goroutines over many channels with random
//! buffer sizes, concurrent close, select storms, mutex, RWMutex and WaitGroup churn.
//!
//! Each program in `tests/stress/` is a template whose sizes come from a seeded RNG; it
//! checks its own invariants (every value received exactly once, no token lost) and
//! prints a line the test knows in advance. Every program runs at several seeds and
//! processor counts. Bounded in size so the whole file takes seconds; no timing.

use std::path::PathBuf;
use std::process::Command;

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

const SEEDS: [u64; 3] = [1, 2, 3];
const PROCS: [usize; 3] = [1, 2, 4];

struct Case {
    template: &'static str,
    /// Fills the template's holes; returns the source and the expected output line.
    fill: fn(&mut Pcg64Mcg, &str) -> (String, String),
}

fn bufs(rng: &mut Pcg64Mcg, n: usize) -> String {
    (0..n)
        .map(|_| {
            // Mostly small buffers, some unbuffered, a few large.
            let b = match rng.gen_range(0..10) {
                0..=2 => 0,
                3..=7 => rng.gen_range(1..4),
                _ => rng.gen_range(10..100),
            };
            b.to_string()
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn channels(rng: &mut Pcg64Mcg, t: &str) -> (String, String) {
    let (p, n, c) = (
        rng.gen_range(100..400),
        rng.gen_range(5..20),
        rng.gen_range(4..40),
    );
    let src = t
        .replace("{{P}}", &p.to_string())
        .replace("{{N}}", &n.to_string())
        .replace("{{BUFS}}", &bufs(rng, c));
    (src, format!("values {} bad 0", p * n))
}

fn select(rng: &mut Pcg64Mcg, t: &str) -> (String, String) {
    let (p, n, c) = (
        rng.gen_range(50..300),
        rng.gen_range(20..100),
        rng.gen_range(2..30),
    );
    let src = t
        .replace("{{P}}", &p.to_string())
        .replace("{{N}}", &n.to_string())
        .replace("{{BUFS}}", &bufs(rng, c));
    (src, format!("tokens {c} left {c} ops true"))
}

fn close(rng: &mut Pcg64Mcg, t: &str) -> (String, String) {
    let (p, n, b) = (
        rng.gen_range(20..200),
        rng.gen_range(10..50),
        rng.gen_range(0..20),
    );
    let src = t
        .replace("{{P}}", &p.to_string())
        .replace("{{N}}", &n.to_string())
        .replace("{{BUF}}", &b.to_string());
    (src, "consistent true all true".to_string())
}

fn sync(rng: &mut Pcg64Mcg, t: &str) -> (String, String) {
    let (p, n) = (rng.gen_range(20..200), rng.gen_range(20..100));
    let src = t
        .replace("{{P}}", &p.to_string())
        .replace("{{N}}", &n.to_string());
    (src, format!("count {} broken 0 equal true", 3 * p * n))
}

const CASES: &[Case] = &[
    Case {
        template: include_str!("stress/channels.go.tmpl"),
        fill: channels,
    },
    Case {
        template: include_str!("stress/select.go.tmpl"),
        fill: select,
    },
    Case {
        template: include_str!("stress/close.go.tmpl"),
        fill: close,
    },
    Case {
        template: include_str!("stress/sync.go.tmpl"),
        fill: sync,
    },
];

#[test]
fn stress_programs_keep_their_invariants() {
    let dir = std::env::temp_dir().join(format!("minigo-stress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    for (ci, case) in CASES.iter().enumerate() {
        for seed in SEEDS {
            let mut rng = Pcg64Mcg::seed_from_u64(seed * 1000 + ci as u64);
            let (src, want) = (case.fill)(&mut rng, case.template);
            let path: PathBuf = dir.join(format!("case{ci}-seed{seed}.mg"));
            std::fs::write(&path, &src).expect("write program");
            for procs in PROCS {
                let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
                    .args([
                        "run",
                        "--seed",
                        &seed.to_string(),
                        "--procs",
                        &procs.to_string(),
                    ])
                    .arg(&path)
                    .output()
                    .expect("run minigo");
                let stdout = String::from_utf8_lossy(&out.stdout);
                if !out.status.success() || stdout.trim() != want {
                    failures.push(format!(
                        "{} (seed {seed}, procs {procs}): status {:?}, stdout {:?}, want {want:?}\nstderr: {}",
                        path.display(),
                        out.status.code(),
                        stdout.trim(),
                        String::from_utf8_lossy(&out.stderr)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let _ = std::fs::remove_dir_all(&dir);
}
