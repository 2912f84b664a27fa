//! A snapshot of the goroutines that cannot run, with what the explanations need to
//! look up: source lines, channel origins, lock holders, recently ended goroutines.

use std::sync::Arc;

use crate::diag::SourceFile;
use crate::runtime::chan::ChanObj;
use crate::sched::{ExitRec, Sched, WaitOn};
use crate::vm::Image;
use crate::vm::panic::capture;

/// A goroutine parked on something.
pub struct Stuck {
    pub id: u64,
    /// Go's name for the wait (`chan send`, `sync.Mutex.Lock`, ...).
    pub reason: &'static str,
    pub on: WaitOn,
    /// (function, line), innermost first, without the library's hidden frames.
    pub frames: Vec<(u32, u32)>,
    pub elided: usize,
    /// The function and line of the `go` statement that started it.
    pub started_at: (u32, u32),
    pub parent: u64,
    pub entry: u32,
    /// Blocked on something no timer will complete (a sleeping goroutine, or one
    /// waiting on a timer's channel, is still running).
    pub leaked: bool,
}

pub struct World<'a> {
    pub img: &'a Image,
    /// Every parked goroutine, by id.
    pub stuck: Vec<Stuck>,
    /// The goroutines that ended most recently, oldest first.
    pub exits: Vec<ExitRec>,
}

impl<'a> World<'a> {
    pub fn capture(sched: &'a Sched) -> World<'a> {
        let img = &*sched.img;
        let (timer_chans, timer_funcs) = {
            let t = sched.timers.lock();
            (t.channels(), t.has_funcs())
        };
        let at_exit = sched.leaked_at_exit();
        let mut stuck = Vec::new();
        for info in sched.registry.snapshot() {
            let g = info.parked.g.lock();
            let Some(g) = g.as_ref() else { continue };
            let (frames, elided) = capture(img, g);
            let waits_on_timer = match &info.on {
                WaitOn::Chan { ch, .. } => timer_chans.iter().any(|t| Arc::ptr_eq(t, ch)),
                WaitOn::Select(cs) => cs
                    .iter()
                    .any(|(c, _)| timer_chans.iter().any(|t| Arc::ptr_eq(t, c))),
                _ => false,
            };
            // When main returned, reachability decided (`super::reach`); otherwise
            // anything that a timer may end is still running.
            let leaked = match &at_exit {
                Some(ids) => ids.contains(&info.id),
                None => info.reason != "sleep" && !waits_on_timer && !timer_funcs,
            };
            stuck.push(Stuck {
                id: info.id,
                reason: info.reason,
                on: info.on.clone(),
                frames,
                elided,
                started_at: g.started_at,
                parent: g.parent,
                entry: g.entry,
                leaked,
            });
        }
        let mut exits: Vec<ExitRec> = sched
            .exits
            .iter()
            .flat_map(|e| e.lock().iter().cloned().collect::<Vec<_>>())
            .collect();
        exits.sort_by_key(|e| e.id);
        World { img, stuck, exits }
    }

    pub fn get(&self, id: u64) -> Option<&Stuck> {
        self.stuck.iter().find(|s| s.id == id)
    }

    /// The source file of a function.
    pub fn file_of(&self, func: u32) -> &Arc<SourceFile> {
        let proto = &self.img.prog.funcs[func as usize];
        &self.img.prog.files[proto.file as usize]
    }

    /// Whether a function is the user's (not minigo's library).
    pub fn is_user(&self, func: u32) -> bool {
        !self.file_of(func).name.starts_with("$GOROOT/")
    }

    /// A function's name for sentences: `worker`, `(*Server).run`, `main.func1`.
    pub fn short_name(&self, func: u32) -> String {
        let name = &self.img.prog.funcs[func as usize].name;
        name.strip_prefix("main.").unwrap_or(name).to_string()
    }

    /// The line of a recorded site (`crate::detect::site`).
    pub fn site_line(&self, site: u64) -> (u32, u32) {
        super::ledger::site_line(self.img, site)
    }

    /// The innermost frame in the user's code: where the report points.
    pub fn user_frame(&self, s: &Stuck) -> Option<(u32, u32)> {
        s.frames.iter().copied().find(|&(f, _)| self.is_user(f))
    }

    /// The code of a line of `func`'s file, without indentation and comment.
    pub fn line_text(&self, func: u32, line: u32) -> &str {
        let file = self.file_of(func);
        file.snippet(file.code_span(line))
    }

    /// Whether `line` holds code of `func` itself (not of a function literal in it).
    pub fn in_func(&self, func: u32, line: u32) -> bool {
        self.img.prog.funcs[func as usize].lines.contains(&line)
    }

    /// The lines of the function `func` (from its declaration to its last instruction).
    pub fn func_lines(&self, func: u32) -> (u32, u32) {
        let proto = &self.img.prog.funcs[func as usize];
        let last = proto.lines.iter().copied().max().unwrap_or(proto.line);
        (proto.line, last)
    }

    /// "the channel made at line 8 (unbuffered)".
    pub fn chan_desc(&self, ch: &ChanObj) -> String {
        let (f, line) = ch.origin;
        let kind = if ch.cap == 0 {
            "unbuffered".to_string()
        } else {
            let n = ch.state.lock().buf.len();
            format!("buffer {n}/{}", ch.cap)
        };
        if (f as usize) < self.img.prog.funcs.len() && self.is_user(f) && line > 0 {
            format!("the channel made at line {line} ({kind})")
        } else if self.file_of(f).name.contains("context") {
            "a context's Done channel".to_string()
        } else if self.file_of(f).name.contains("time") {
            "a timer's channel".to_string()
        } else {
            format!("a channel ({kind})")
        }
    }

    /// The other stuck goroutines, by id.
    pub fn others(&self, id: u64) -> Vec<u64> {
        self.stuck
            .iter()
            .filter(|s| s.id != id)
            .map(|s| s.id)
            .collect()
    }
}

/// "2, 3 and 5".
pub fn join_ids(ids: &[u64]) -> String {
    let parts: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// "goroutine 2", "goroutines 2, 3 and 5".
pub fn list_ids(ids: &[u64]) -> String {
    match ids.len() {
        0 => String::new(),
        1 => format!("goroutine {}", ids[0]),
        _ => format!("goroutines {}", join_ids(ids)),
    }
}
