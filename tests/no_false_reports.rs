//! No false reports, no missed deadlocks: every concurrent program in `programs/` runs
//! at `--procs 1, 2, 4` and several seeds. A program expected to deadlock must be
//! reported as a deadlock every time (naming its `// Report:` lines); every other
//! program must never get a deadlock report, and one without `// Leaks:` never a leak
//! report (sleeping goroutines, pending timers and goroutines being woken on another
//! processor are not stuck). The programs that neither deadlock, leak nor fail also run
//! with the leak check made every 64 switches (`--leak-check-gap 64`): it must find
//! nothing in them.
//!
//! Bounded: only programs that use goroutines, channels, sync, time or context (the
//! others cannot block), run on as many threads as there are cores.
//! `MINIGO_STRESS_SEEDS=n` changes the number of seeds per processor count.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

mod common;
use common::{names_line, run_with_timeout};

const PROCS: [usize; 3] = [1, 2, 4];
const DEFAULT_SEEDS: u64 = 3;
/// A run taking longer than this is a hang (every program here runs in well under 1 s).
const TIMEOUT: Duration = Duration::from_secs(30);

/// `--leak-check-gap` for the runs that check for leaks often.
const FREQUENT_CHECKS: u64 = 64;

const DEADLOCK: &str = "fatal error: all goroutines are asleep - deadlock!";
const DEADLOCK_GOEXIT: &str = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!";

/// What a program's expectation block says about the detector.
#[derive(Clone, Debug)]
struct Prog {
    rel: String,
    path: PathBuf,
    args: Vec<String>,
    /// The expected first line of stderr is a deadlock.
    deadlocks: bool,
    /// `// Leaks: N` (goroutines still blocked when main returns, at --procs 1).
    leaks: bool,
    /// `// Report: ...`: lines the deadlock report must name.
    report_lines: Vec<u32>,
    /// `// Exit: N` with N other than 0 (a panic, os.Exit).
    fails: bool,
}

fn parse(rel: String, path: PathBuf, src: &str) -> Option<Prog> {
    let lines: Vec<&str> = src.lines().collect();
    let start = lines.iter().rposition(|l| l.trim_end() == "// Output:")?;
    let mut p = Prog {
        rel,
        path,
        args: Vec::new(),
        deadlocks: false,
        leaks: false,
        report_lines: Vec::new(),
        fails: false,
    };
    for l in &lines[start + 1..] {
        let body = l.trim_end().trim_start_matches("//").trim_start();
        if let Some(v) = body.strip_prefix("Stderr:") {
            let v = v.trim();
            p.deadlocks = v == DEADLOCK || v == DEADLOCK_GOEXIT;
        } else if let Some(v) = body.strip_prefix("Exit:") {
            p.fails = v.trim() != "0";
        } else if body.starts_with("Leaks:") || body.starts_with("Found:") {
            p.leaks = true;
        } else if let Some(v) = body.strip_prefix("Args:") {
            p.args = v.split_whitespace().map(str::to_string).collect();
        } else if let Some(v) = body.strip_prefix("Report:") {
            p.report_lines = v
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
        }
    }
    Some(p)
}

/// Whether a program can block at all (the others cannot deadlock or leak).
fn concurrent(src: &str) -> bool {
    let re = regex::Regex::new(r"\bgo |\bchan\b|\bsync\.|\btime\.|\bselect\b|\bcontext\.")
        .expect("valid regex");
    re.is_match(src)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "mg") {
            out.push(p);
        }
    }
}

fn programs() -> Vec<Prog> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("programs"), &mut files);
    files
        .into_iter()
        .filter_map(|path| {
            let rel = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            if rel.starts_with("programs/errors/") {
                return None;
            }
            let src = std::fs::read_to_string(&path).ok()?;
            // A program that cannot block cannot be reported (this also skips the slow
            // deep-unwind program).
            if !concurrent(&src) {
                return None;
            }
            parse(rel, path, &src)
        })
        .collect()
}

/// Runs minigo with a timeout; (stderr, exit status), or why it failed.
fn run(p: &Prog, procs: usize, seed: u64, gap: Option<u64>) -> Result<(String, i32), String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.arg("run");
    if let Some(gap) = gap {
        cmd.args(["--leak-check-gap", &gap.to_string()]);
    }
    cmd.args(["--procs", &procs.to_string(), "--seed", &seed.to_string()])
        .arg(&p.path)
        .args(&p.args);
    let r = run_with_timeout(cmd, TIMEOUT)?;
    Ok((r.stderr, r.code))
}

/// A leak report's line: the summary when main returns, or the leak check's while the
/// program runs ("minigo: goroutine 7 leaked at f.mg:12 ...").
fn is_leak_line(l: &str) -> bool {
    l.starts_with("minigo: ")
        && (l.contains(" leaked (blocked forever)") || is_runtime_leak_line(l))
}

fn is_runtime_leak_line(l: &str) -> bool {
    l.strip_prefix("minigo: goroutine ")
        .and_then(|r| r.split_once(' '))
        .is_some_and(|(n, rest)| n.parse::<u64>().is_ok() && rest.starts_with("leaked at "))
}

/// What is wrong with one run, if anything.
fn check(p: &Prog, stderr: &str, code: i32) -> Option<String> {
    let deadlock = stderr
        .lines()
        .any(|l| l == DEADLOCK || l == DEADLOCK_GOEXIT);
    let leak = stderr.lines().any(is_leak_line);
    if p.deadlocks {
        // The leak check may have reported goroutines before the deadlock.
        let first = stderr
            .lines()
            .find(|l| !is_runtime_leak_line(l))
            .unwrap_or("");
        if !deadlock || code != 2 || !(first == DEADLOCK || first == DEADLOCK_GOEXIT) {
            return Some(format!("missed deadlock (exit {code})"));
        }
        let missing: Vec<u32> = p
            .report_lines
            .iter()
            .copied()
            .filter(|&l| !names_line(stderr, l))
            .collect();
        if !missing.is_empty() {
            return Some(format!("deadlock report does not name lines {missing:?}"));
        }
        return None;
    }
    if deadlock {
        return Some("false deadlock report".into());
    }
    if leak && !p.leaks {
        return Some("false leak report".into());
    }
    None
}

#[test]
fn no_false_or_missed_reports() {
    let seeds: u64 = std::env::var("MINIGO_STRESS_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEEDS);
    let progs = programs();
    assert!(progs.len() > 50, "only {} programs found", progs.len());
    assert!(
        progs.iter().filter(|p| p.deadlocks).count() >= 20,
        "too few deadlock programs: is the Stderr directive still parsed?"
    );
    // Seeds differ per processor count, so that each run explores another schedule.
    let mut jobs = Vec::new();
    for (k, &procs) in PROCS.iter().enumerate() {
        for s in 0..seeds {
            let seed = 1 + s + 100 * k as u64;
            for (i, _) in progs.iter().enumerate() {
                jobs.push((i, procs, seed, None));
            }
        }
        // The leak check while the program runs, made far more often than by default
        // (every 64 switches): it must stay silent on programs that neither deadlock
        // nor leak nor fail (in those, a goroutine may really be stuck before the end).
        for (i, p) in progs.iter().enumerate() {
            if !p.deadlocks && !p.leaks && !p.fails {
                jobs.push((i, procs, 7 + k as u64, Some(FREQUENT_CHECKS)));
            }
        }
    }
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let j = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(i, procs, seed, gap)) = jobs.get(j) else {
                        break;
                    };
                    let p = &progs[i];
                    let problem = match run(p, procs, seed, gap) {
                        Ok((stderr, code)) => check(p, &stderr, code).map(|m| {
                            let head: Vec<&str> = stderr.lines().take(12).collect();
                            format!("{m}\n    {}", head.join("\n    "))
                        }),
                        Err(e) => Some(e),
                    };
                    if let Some(m) = problem {
                        failures
                            .lock()
                            .expect("no panics while locked")
                            .push(format!(
                                "{} --procs {procs} --seed {seed}{}: {m}",
                                p.rel,
                                gap.map(|g| format!(" --leak-check-gap {g}"))
                                    .unwrap_or_default()
                            ));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().expect("no panics while locked");
    eprintln!(
        "{} runs of {} programs in {:.1}s",
        jobs.len(),
        progs.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} of {} runs failed:\n{}",
        failures.len(),
        jobs.len(),
        failures.join("\n")
    );
}
