//! Names the mistake behind each stuck goroutine: what it waits for, why nobody can
//! provide it, and what to change.

use std::sync::Arc;

use super::world::{Stuck, World, join_ids, list_ids};
use crate::runtime::chan::ChanObj;
use crate::runtime::sync;
use crate::sched::WaitOn;
use crate::vm::value::Obj;

/// What the report says about one stuck goroutine.
pub struct Finding {
    /// A stable code: `minigo::deadlock::waitgroup`, ...
    pub code: &'static str,
    /// The headline and further lines of explanation.
    pub message: Vec<String>,
    /// The text under the blocking line.
    pub label: String,
    /// Other lines of the user's file worth pointing at: (line, text).
    pub also: Vec<(u32, String)>,
    pub help: Option<String>,
}

impl Finding {
    fn new(code: &'static str, headline: String, label: impl Into<String>) -> Finding {
        Finding {
            code,
            message: vec![headline],
            label: label.into(),
            also: Vec::new(),
            help: None,
        }
    }

    fn why(mut self, line: impl Into<String>) -> Finding {
        self.message.push(line.into());
        self
    }

    fn also(mut self, line: u32, text: impl Into<String>) -> Finding {
        if line > 0 && !self.also.iter().any(|(l, _)| *l == line) {
            self.also.push((line, text.into()));
        }
        self
    }

    fn help(mut self, text: impl Into<String>) -> Finding {
        self.help = Some(text.into());
        self
    }
}

/// Explains why goroutine `s` can never run again (`at_exit`: main has returned, so
/// the others may still have been running).
pub fn explain(w: &World, s: &Stuck, at_exit: bool) -> Finding {
    let head = if at_exit {
        format!(
            "goroutine {} was still blocked when main returned [{}]",
            s.id, s.reason
        )
    } else {
        format!("goroutine {} is blocked forever [{}]", s.id, s.reason)
    };
    match (&s.on, s.reason) {
        (WaitOn::Chan { ch, send }, _) => chan_op(w, s, head, ch, *send, at_exit),
        (WaitOn::Select(cs), _) if cs.is_empty() => select_nil(head),
        (WaitOn::Nothing, "select") => select_nil(head),
        (WaitOn::Select(cs), _) => select(w, s, head, cs),
        (_, "select (no cases)") => Finding::new(
            "minigo::deadlock::select_empty",
            head,
            "select {} blocks forever",
        )
        .why("an empty select has no case that could ever proceed")
        .help("wait for something that will happen: receive from a channel that is closed when the work is done, or call wg.Wait()"),
        (_, "chan send (nil chan)") => Finding::new(
            "minigo::deadlock::nil_chan",
            head,
            "sends on a nil channel",
        )
        .why("the channel is nil (declared but never made): a send on it blocks forever")
        .help("make the channel first: ch = make(chan T)"),
        (_, "chan receive (nil chan)") => Finding::new(
            "minigo::deadlock::nil_chan",
            head,
            "receives from a nil channel",
        )
        .why("the channel is nil (declared but never made): a receive from it blocks forever")
        .help("make the channel first: ch = make(chan T)"),
        (WaitOn::Object(o), "sync.Mutex.Lock") => mutex(w, s, head, o),
        (WaitOn::Object(o), "sync.RWMutex.RLock") => rw_rlock(w, s, head, o),
        (WaitOn::Object(o), "sync.RWMutex.Lock") => rw_lock(w, s, head, o),
        (WaitOn::Object(o), "sync.WaitGroup.Wait") => waitgroup(w, s, head, o),
        (WaitOn::Object(o), "sync.Cond.Wait") => cond(w, s, head, o),
        _ => Finding::new("minigo::deadlock::blocked", head, "blocked here"),
    }
}

fn select_nil(head: String) -> Finding {
    Finding::new(
        "minigo::deadlock::select_nil",
        head,
        "every case of this select is on a nil channel",
    )
    .why("a send or receive on a nil channel never proceeds, so no case can ever be chosen")
    .help("make the channels with make(chan T) before selecting on them, stop the loop once every channel is done (set to nil), or add a case that can happen")
}

// ----- channels -----

fn chan_op(
    w: &World,
    s: &Stuck,
    head: String,
    ch: &Arc<ChanObj>,
    send: bool,
    at_exit: bool,
) -> Finding {
    let desc = w.chan_desc(ch);
    let (ufunc, uline) = w.user_frame(s).unwrap_or((s.entry, 0));
    let text = w.line_text(ufunc, uline).to_string();
    let from_context = desc.starts_with("a context");
    let made = (w.is_user(ch.origin.0) && ch.origin.1 > 0).then_some(ch.origin.1);
    let others = w.others(s.id);
    let nobody = if at_exit {
        "main has returned".to_string()
    } else if others.is_empty() {
        "it is the only goroutine left".to_string()
    } else {
        format!(
            "the other goroutines ({}) are blocked too",
            join_ids(&others)
        )
    };
    if from_context && !send {
        let f = Finding::new(
            "minigo::deadlock::context",
            head,
            "waits for a context that is never cancelled",
        )
        .why("ctx.Done() is closed only when the context is cancelled or its deadline passes; nothing will cancel this one");
        return pending_cancel(w, f).help("call the cancel function WithCancel returned (defer cancel()), or use context.WithTimeout so that it ends by itself");
    }
    if send {
        let var = send_operand(&text);
        // The peek-by-re-queue mistake: a value received from ch goes back into ch.
        if !var.is_empty()
            && let Some(recv_line) = earlier_receive(w, ufunc, uline, &var)
        {
            let mut f = Finding::new(
                "minigo::deadlock::requeue",
                head,
                format!("puts the value back into {var}"),
            )
            .why(format!(
                "peek by re-queue: the value received from {var} at line {recv_line} is sent back into the same channel at line {uline}"
            ))
            .why(format!(
                "{desc} has no room to hold it, so the send waits for a receiver, and {nobody}"
            ))
            .also(recv_line, format!("received from {var} here"))
            .help("a channel cannot be peeked: keep the received value in a variable and pass it on, instead of putting it back");
            if let Some(m) = made {
                f = f.also(m, "made here");
            }
            return f;
        }
        let mut f = Finding::new(
            "minigo::deadlock::send",
            head,
            format!(
                "sends on {}",
                if var.is_empty() { "a channel" } else { &var }
            ),
        )
        .why(format!(
            "no goroutine will ever receive from {desc}: {nobody}"
        ));
        f = note_ended(f, w, &ended_users(w, &var), "which received from it");
        if !var.is_empty()
            && ch.cap == 0
            && let Some(own) = later_receive(w, ufunc, uline, &var)
        {
            f = f
                .why(format!(
                    "goroutine {} means to receive the value itself, at line {own}; but an unbuffered send completes only when another goroutine receives, so it never gets there",
                    s.id
                ))
                .also(own, "the receive it never reaches")
                .help("receive in another goroutine (go func() { ... }()), or give the channel a buffer: make(chan T, 1)");
        } else if let Some(go_line) = later_go(w, ufunc, uline) {
            f = f
                .why(format!(
                    "the goroutine that would receive is started at line {go_line}, after this send: the send blocks before it is started"
                ))
                .also(go_line, "started only after the send")
                .help("start the receiving goroutine before sending, or give the channel a buffer: make(chan T, 1)");
        } else if ch.cap == 0 {
            f = f.help("an unbuffered send completes only when another goroutine receives: receive in another goroutine, or give the channel room with make(chan T, n)");
        } else {
            f = f.help("the buffer is full: receive the values in another goroutine, or make the buffer as large as the number of values sent");
        }
        if let Some(m) = made {
            f = f.also(m, "made here");
        }
        return f;
    }
    let var = recv_operand(&text);
    let ranging = text.starts_with("for ") && text.contains("range");
    if ranging {
        let name = text
            .rsplit("range")
            .next()
            .unwrap_or("")
            .trim()
            .trim_end_matches('{')
            .trim();
        let mut f = Finding::new(
            "minigo::deadlock::range_unclosed",
            head,
            format!("for range over {name} waits for a value or close"),
        )
        .why(format!(
            "a for range loop over a channel ends only when the channel is closed; nobody closes {desc}, and {nobody}"
        ))
        .help("close the channel after the last send: defer close(ch) in the only sender, or close(ch) after wg.Wait() when several goroutines send");
        f = note_ended(f, w, &ended_users(w, name), "which sent on it");
        if let Some(m) = made {
            f = f.also(m, "made here");
        }
        return f;
    }
    let what = if var.is_empty() {
        "a channel".to_string()
    } else {
        var
    };
    let mut f = Finding::new(
        "minigo::deadlock::receive",
        head,
        format!("receives from {what}"),
    )
    .why(format!(
        "no goroutine will ever send on or close {desc}: {nobody}"
    ));
    f = note_ended(f, w, &ended_users(w, &what), "which was to send on it");
    if let Some(go_line) = later_go(w, ufunc, uline) {
        f = f
            .why(format!(
                "the goroutine that would send is started at line {go_line}, after this receive"
            ))
            .also(go_line, "started only after the receive")
            .help("start the sending goroutine before receiving");
    } else {
        f = f.help("make sure some goroutine sends on the channel (or closes it) on every path");
    }
    if let Some(m) = made {
        f = f.also(m, "made here");
    }
    f
}

/// The channel operand of a send, from the code before `<-`: `out <- v` → `out`.
fn send_operand(text: &str) -> String {
    let left = text.split("<-").next().unwrap_or("").trim_end();
    let start = left
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || "_.[]()".contains(c))
        .last()
        .map_or(left.len(), |(i, _)| i);
    left[start..].to_string()
}

/// The channel operand of a receive: `fmt.Println(<-out)` → `out`,
/// `case v := <-s.quit:` → `s.quit`, `<-ctx.Done()` → `ctx.Done()`.
fn recv_operand(text: &str) -> String {
    let Some(i) = text.find("<-") else {
        return String::new();
    };
    let rest = text[i + 2..].trim_start();
    let mut depth = 0i32;
    let mut end = 0;
    for (k, c) in rest.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            c if c.is_alphanumeric() || c == '_' || c == '.' => {}
            _ if depth > 0 => {}
            _ => break,
        }
        end = k + c.len_utf8();
    }
    rest[..end].to_string()
}

/// Recently ended goroutines that were working with `var` (their `go` statement or
/// their function mentions it): those that should have sent, received or unlocked.
fn ended_users<'w>(w: &'w World, var: &str) -> Vec<&'w crate::sched::ExitRec> {
    let base = var.split(['.', '[', '(']).next().unwrap_or(var);
    if base.is_empty() {
        return Vec::new();
    }
    let mentions = |func: u32, line: u32| has_word(w.line_text(func, line), base);
    w.exits
        .iter()
        .filter(|e| {
            let (sf, sl) = e.started_at;
            if sl == 0 || !w.is_user(sf) {
                return false;
            }
            if mentions(sf, sl) {
                return true;
            }
            let (first, last) = w.func_lines(e.entry);
            (first..=last).any(|l| w.in_func(e.entry, l) && mentions(e.entry, l))
        })
        .take(3)
        .collect()
}

/// Whether `text` contains `word` as a whole identifier.
fn has_word(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(ident)
            && !text[i + word.len()..].chars().next().is_some_and(ident)
    })
}

/// Adds "goroutine 2 (worker, started at line 28) ended: it returned at line 19".
fn note_ended(mut f: Finding, w: &World, ended: &[&crate::sched::ExitRec], role: &str) -> Finding {
    for e in ended {
        let (_, ret) = w.site_line(e.exit_site);
        f = f
            .why(format!(
                "goroutine {} ({}, started at line {}) {role} has ended: it returned at line {ret}",
                e.id,
                w.short_name(e.entry),
                e.started_at.1
            ))
            .also(ret, format!("goroutine {} returned here", e.id));
    }
    f
}

/// A stuck goroutine that deferred a cancel it will never reach: "main defers
/// cancel() at line 30, but deferred calls run only when it returns".
fn pending_cancel(w: &World, mut f: Finding) -> Finding {
    for s in &w.stuck {
        for &(func, line) in &s.frames {
            if !w.is_user(func) {
                continue;
            }
            let (first, _) = w.func_lines(func);
            if let Some(d) = (first..line).find(|&l| {
                let t = w.line_text(func, l);
                w.in_func(func, l) && t.starts_with("defer") && t.contains("cancel")
            }) {
                f = f
                    .why(format!(
                        "goroutine {} deferred the cancel at line {d}, but deferred calls run only when {} returns, and it is blocked at line {line}",
                        s.id,
                        w.short_name(func)
                    ))
                    .also(d, "cancel runs only when the function returns")
                    .also(line, format!("goroutine {} blocked here", s.id));
            }
        }
    }
    f
}

/// A line of `func` before `line` that receives from `var` (`<-var`).
fn earlier_receive(w: &World, func: u32, line: u32, var: &str) -> Option<u32> {
    let (first, _) = w.func_lines(func);
    (first..line)
        .rev()
        .find(|&l| w.in_func(func, l) && receives_from(w.line_text(func, l), var))
}

/// Whether a line of code receives from `var`.
fn receives_from(text: &str, var: &str) -> bool {
    [format!("<-{var}"), format!("<- {var}")].iter().any(|pat| {
        text.match_indices(pat.as_str()).any(|(i, _)| {
            let next = text[i + pat.len()..].chars().next();
            !next.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
        })
    })
}

/// A line of `func` after `line` that receives from `var` (the goroutine meant to
/// receive its own send).
fn later_receive(w: &World, func: u32, line: u32, var: &str) -> Option<u32> {
    let (_, last) = w.func_lines(func);
    (line + 1..=last).find(|&l| w.in_func(func, l) && receives_from(w.line_text(func, l), var))
}

/// A `go` statement of `func` after `line`.
fn later_go(w: &World, func: u32, line: u32) -> Option<u32> {
    let (_, last) = w.func_lines(func);
    (line + 1..=last).find(|&l| w.in_func(func, l) && w.line_text(func, l).starts_with("go "))
}

fn select(w: &World, s: &Stuck, head: String, cs: &[(Arc<ChanObj>, bool)]) -> Finding {
    let mut f = Finding::new(
        "minigo::deadlock::select",
        head,
        "none of the cases of this select can ever proceed",
    );
    for (ch, send) in cs {
        let verb = if *send { "send on" } else { "receive from" };
        f = f.why(format!("case: {verb} {}", w.chan_desc(ch)));
    }
    let others = w.others(s.id);
    if others.is_empty() {
        f = f.why("no other goroutine is left to make one of them ready");
    }
    if cs
        .iter()
        .any(|(c, _)| w.chan_desc(c).starts_with("a context"))
    {
        f = pending_cancel(w, f);
    }
    f.help("make sure one of the cases can happen: a sender, a receiver, a close, or a timeout case with time.After")
}

// ----- mutexes -----

/// Follows "waits for a lock held by" from `s`: the chain of goroutines, and whether
/// it comes back to `s` (a lock-order cycle).
fn lock_chain<'w>(w: &'w World, s: &'w Stuck) -> (Vec<&'w Stuck>, bool) {
    let mut chain = vec![s];
    let mut cur = s;
    loop {
        let Some((h, _)) = holder_of_obj(cur) else {
            return (chain, false);
        };
        if h == s.id {
            return (chain, true);
        }
        let Some(next) = w.get(h) else {
            return (chain, false);
        };
        if chain.iter().any(|c| c.id == next.id) {
            return (chain, false);
        }
        chain.push(next);
        cur = next;
    }
}

/// Who holds the lock a goroutine waits for: (holder, where it locked).
fn holder_of_obj(s: &Stuck) -> Option<(u64, u64)> {
    match (&s.on, s.reason) {
        (WaitOn::Object(o), "sync.Mutex.Lock") => sync::mutex_holder(o),
        (WaitOn::Object(o), "sync.RWMutex.RLock") => sync::rw_writer(o),
        (WaitOn::Object(o), "sync.RWMutex.Lock") => {
            sync::rw_writer(o).or_else(|| sync::rw_readers(o).into_iter().find(|r| r.0 != s.id))
        }
        _ => None,
    }
}

fn mutex(w: &World, s: &Stuck, head: String, o: &Arc<Obj>) -> Finding {
    let Some((h, site)) = sync::mutex_holder(o) else {
        return Finding::new("minigo::deadlock::mutex", head, "waits for the mutex");
    };
    let (lock_func, lock_line) = w.site_line(site);
    // Still inside the call that locked it (a frame of that function past the Lock)?
    let reentrant = s
        .frames
        .iter()
        .any(|&(f, l)| f == lock_func && l != lock_line);
    if sync::mutex_copied(o) {
        let mut f = Finding::new(
            "minigo::deadlock::copied_lock",
            head,
            "locks a copy of a locked mutex",
        )
        .why(format!(
            "this mutex is a copy of one that goroutine {h} had locked at line {lock_line}: a copy of a locked mutex is locked too, and nobody will ever unlock the copy"
        ))
        .also(lock_line, "the original was locked here");
        let (_, last) = w.func_lines(lock_func);
        if let Some(c) = (lock_line + 1..=last).find(|&l| {
            let t = w.line_text(lock_func, l);
            w.in_func(lock_func, l) && (t.contains(":= *") || t.contains("= *"))
        }) {
            f = f
                .why(format!(
                    "line {c} copies the struct while its mutex is locked"
                ))
                .also(c, "copied here, locked");
        }
        return f.help("never copy a struct that contains a mutex: pass and store *T, and copy only the fields you need (go vet's copylocks check finds these)");
    }
    if h == s.id && !reentrant {
        let returns = unlock_skipping_returns(w, lock_func, lock_line);
        let mut f = Finding::new(
            "minigo::deadlock::missing_unlock",
            head,
            "locks a mutex it never unlocked",
        )
        .why(format!(
            "goroutine {h} locked this mutex at line {lock_line}, in an earlier call of {} that returned without unlocking it",
            w.short_name(lock_func)
        ))
        .also(lock_line, "locked here");
        for r in &returns {
            f = f
                .why(format!("line {r} returns before the mutex is unlocked"))
                .also(*r, "returns with the mutex locked");
        }
        return f.help("unlock on every path: put defer mu.Unlock() right after mu.Lock()");
    }
    if h == s.id {
        return Finding::new(
            "minigo::deadlock::double_lock",
            head,
            "locks a mutex it already holds",
        )
        .why(format!(
            "goroutine {h} locked this mutex at line {lock_line} and has not unlocked it: Lock waits for an Unlock that only this goroutine could do"
        ))
        .also(lock_line, "locked here first")
        .help("Go's Mutex is not reentrant: unlock before locking again, or have the inner function expect the lock to be held (a variant without Lock)");
    }
    lock_wait(w, s, head, h, lock_line, "mutex")
}

/// A goroutine waits for a lock held by goroutine `h` (locked at `lock_line`).
fn lock_wait(w: &World, s: &Stuck, head: String, h: u64, lock_line: u32, what: &str) -> Finding {
    let (chain, cycle) = lock_chain(w, s);
    if cycle && chain.len() > 1 {
        let mut f = Finding::new(
            "minigo::deadlock::lock_cycle",
            head,
            format!("waits for a {what} held by goroutine {h}"),
        )
        .why(format!(
            "lock-order cycle: {}",
            chain
                .iter()
                .map(|c| {
                    let at = w.user_frame(c).map_or(0, |(_, l)| l);
                    match holder_of_obj(c) {
                        Some((hh, site)) => format!(
                            "goroutine {} waits at line {at} for a lock goroutine {hh} took at line {}",
                            c.id,
                            w.site_line(site).1
                        ),
                        None => format!("goroutine {} waits at line {at}", c.id),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ")
        ));
        for c in &chain {
            if let Some((hh, site)) = holder_of_obj(c) {
                let (_, l) = w.site_line(site);
                f = f.also(l, format!("goroutine {hh} locked it here"));
            }
            if c.id != s.id
                && let Some((_, l)) = w.user_frame(c)
            {
                f = f.also(l, format!("goroutine {} waits here", c.id));
            }
        }
        return f.help(
            "take the locks in the same order in every goroutine (e.g. always mu1 before mu2)",
        );
    }
    let f = Finding::new(
        "minigo::deadlock::lock",
        head,
        format!("waits for a {what} held by goroutine {h}"),
    )
    .also(lock_line, format!("goroutine {h} locked it here"));
    match w.get(h) {
        Some(holder) => {
            let at = w.user_frame(holder).map(|(_, l)| l).unwrap_or(0);
            f.why(format!(
                "goroutine {h} locked it at line {lock_line} and is itself blocked at line {at} [{}], still holding it",
                holder.reason
            ))
            .also(at, format!("goroutine {h} is blocked here, holding the lock"))
            .help("do not block (send, receive, wait) while holding a lock: unlock first, or move the blocking operation out of the critical section")
        }
        None => {
            let mut f = f.why(format!(
                "goroutine {h} locked it at line {lock_line} and ended without unlocking it"
            ));
            if let Some(e) = w.exits.iter().find(|e| e.id == h) {
                let (_, ret) = w.site_line(e.exit_site);
                f = f
                    .why(format!(
                        "goroutine {h} ({}, started at line {}) returned at line {ret}",
                        w.short_name(e.entry),
                        e.started_at.1
                    ))
                    .also(
                        ret,
                        format!("goroutine {h} returned here, still holding the lock"),
                    );
            }
            f.help("unlock on every path: defer mu.Unlock() right after mu.Lock()")
        }
    }
}

/// The `return` lines of `func` between a Lock at `lock_line` and the next Unlock,
/// when the function does not defer the Unlock: the paths that leave it locked.
fn unlock_skipping_returns(w: &World, func: u32, lock_line: u32) -> Vec<u32> {
    let (_, last) = w.func_lines(func);
    let mut out = Vec::new();
    for l in lock_line + 1..=last {
        if !w.in_func(func, l) {
            continue;
        }
        let t = w.line_text(func, l);
        if t.contains("Unlock()") {
            if t.starts_with("defer") {
                return Vec::new();
            }
            break;
        }
        if t.starts_with("return") {
            out.push(l);
        }
    }
    out
}

fn rw_rlock(w: &World, s: &Stuck, head: String, o: &Arc<Obj>) -> Finding {
    if let Some((h, site)) = sync::rw_writer(o) {
        let (_, l) = w.site_line(site);
        return lock_wait(w, s, head, h, l, "RWMutex");
    }
    // No writer holds it: a writer is waiting, and waiting writers keep new readers out.
    let mine: Vec<u32> = sync::rw_readers(o)
        .iter()
        .filter(|r| r.0 == s.id)
        .map(|r| w.site_line(r.1).1)
        .collect();
    let writers: Vec<&Stuck> = w
        .stuck
        .iter()
        .filter(|x| {
            x.reason == "sync.RWMutex.Lock"
                && matches!(&x.on, WaitOn::Object(p) if Arc::ptr_eq(p, o))
        })
        .collect();
    let mut f = Finding::new(
        "minigo::deadlock::rwmutex",
        head,
        "read-locks while a writer waits",
    );
    if let Some(&first) = mine.first() {
        f = f
            .why(format!(
                "recursive read lock: goroutine {} already holds a read lock (line {first}), and a waiting writer blocks new readers, while the writer waits for that read lock to be released",
                s.id
            ))
            .also(first, "read-locked here first");
    } else {
        f = f.why("a waiting writer blocks new readers until it has had the lock");
    }
    for x in writers {
        if let Some((_, l)) = w.user_frame(x) {
            f = f.also(l, format!("goroutine {} waits to write-lock here", x.id));
        }
    }
    f.help("do not RLock again while holding a read lock: take the lock once, at the outermost call, and pass the locked state down")
}

fn rw_lock(w: &World, s: &Stuck, head: String, o: &Arc<Obj>) -> Finding {
    if let Some((h, site)) = sync::rw_writer(o) {
        let (_, l) = w.site_line(site);
        if h == s.id {
            return Finding::new(
                "minigo::deadlock::double_lock",
                head,
                "write-locks a RWMutex it already holds",
            )
            .why(format!(
                "goroutine {h} write-locked it at line {l} and has not unlocked it"
            ))
            .also(l, "locked here first")
            .help("Go's RWMutex is not reentrant: unlock before locking again");
        }
        return lock_wait(w, s, head, h, l, "RWMutex");
    }
    let readers = sync::rw_readers(o);
    if let Some(mine) = readers.iter().find(|r| r.0 == s.id) {
        let (_, l) = w.site_line(mine.1);
        return Finding::new(
            "minigo::deadlock::rw_upgrade",
            head,
            "write-locks while holding a read lock",
        )
        .why(format!(
            "goroutine {} holds a read lock (line {l}); Lock waits for every reader to leave, itself included",
            s.id
        ))
        .also(l, "read-locked here")
        .help("Go has no lock upgrade: RUnlock before Lock, then check the state again");
    }
    match readers.first() {
        Some(&(h, site)) => {
            let (_, l) = w.site_line(site);
            lock_wait(w, s, head, h, l, "RWMutex (read lock)")
        }
        None => Finding::new("minigo::deadlock::rwmutex", head, "waits for the RWMutex"),
    }
}

// ----- WaitGroup and Cond -----

fn waitgroup(w: &World, s: &Stuck, head: String, o: &Arc<Obj>) -> Finding {
    let Some((counter, ledger)) = sync::wg_ledger(o) else {
        return Finding::new(
            "minigo::deadlock::waitgroup",
            head,
            "waits for the WaitGroup",
        );
    };
    let mut f = Finding::new(
        "minigo::deadlock::waitgroup",
        head,
        format!("wg.Wait() waits for a counter of {counter} that will never reach zero"),
    )
    .why(super::ledger::summary(w.img, &ledger, s.id));
    for e in &ledger.adds {
        let (_, l) = w.site_line(e.site);
        f = f.also(l, format!("Add({}) here", e.total));
    }
    for e in &ledger.dones {
        let (_, l) = w.site_line(e.site);
        f = f.also(l, format!("Done here ({}×)", e.total));
    }
    // The goroutines started for the work that ended without calling Done.
    let adders: Vec<u64> = ledger
        .adds
        .iter()
        .flat_map(|e| e.gids.iter().copied())
        .collect();
    let done_entries: Vec<u32> = w
        .exits
        .iter()
        .filter(|e| ledger.done_by(e.id))
        .map(|e| e.entry)
        .collect();
    let mut missing = 0;
    for e in &w.exits {
        if !adders.contains(&e.parent) || ledger.done_by(e.id) {
            continue;
        }
        if !done_entries.is_empty() && !done_entries.contains(&e.entry) {
            continue;
        }
        let (_, ret) = w.site_line(e.exit_site);
        let name = w.short_name(e.entry);
        f = f
            .why(format!(
                "goroutine {} ({name}, started at line {}) returned at line {ret} without calling wg.Done()",
                e.id, e.started_at.1
            ))
            .also(ret, format!("goroutine {} returned here without calling Done", e.id));
        missing += 1;
        if missing == 4 {
            break;
        }
    }
    if ledger.adds.len() >= 2 {
        f = f.why(format!(
            "Add is called at {} places: if two of them count the same work, the counter never reaches zero",
            ledger.adds.len()
        ));
    }
    let stuck_workers: Vec<u64> = w
        .stuck
        .iter()
        .filter(|x| x.id != s.id && adders.contains(&x.parent))
        .map(|x| x.id)
        .collect();
    if !stuck_workers.is_empty() {
        f = f.why(format!(
            "{} started for the work {} blocked before calling Done (see below)",
            list_ids(&stuck_workers),
            if stuck_workers.len() == 1 {
                "is"
            } else {
                "are"
            }
        ));
        if missing == 0 && ledger.adds.len() < 2 {
            return f.help("Wait waits for goroutines that are blocked themselves: fix what they wait for (below), and Wait returns");
        }
    }
    f.help("call wg.Done() exactly once for each unit added: `defer wg.Done()` as the first statement of the goroutine makes every return path call it")
}

fn cond(w: &World, s: &Stuck, head: String, o: &Arc<Obj>) -> Finding {
    let f = Finding::new(
        "minigo::deadlock::cond",
        head,
        "waits for a Signal or Broadcast",
    );
    if let Some((g, site)) = sync::cond_lost_signal(o, s.id) {
        let (_, l) = w.site_line(site);
        return f
            .why(format!(
                "lost wake-up: goroutine {g} signalled at line {l} before anyone waited; a Cond does not remember signals"
            ))
            .also(l, "signalled here, with nobody waiting")
            .help("wait in a loop on a condition guarded by the lock (for !ready { c.Wait() }), and set the condition before Signal");
    }
    f.why("no goroutine is left that could call Signal or Broadcast")
        .help("make sure the goroutine that changes the condition calls c.Signal() or c.Broadcast() after changing it")
}

// ----- leaks found while the program runs -----

/// Explains a goroutine the leak check found blocked on objects that nothing able to
/// run can reach (`super::reach`): the others may well be running.
pub fn unreachable(w: &World, s: &Stuck) -> Finding {
    let base = explain(w, s, false);
    let mut f = Finding {
        code: if base.code == "minigo::deadlock::context" {
            "minigo::leak::context"
        } else {
            "minigo::leak::unreachable"
        },
        message: vec![format!(
            "goroutine {} is blocked forever [{}]",
            s.id, s.reason
        )],
        label: base.label,
        also: base.also,
        help: base.help,
    };
    match &s.on {
        WaitOn::Chan { .. } if f.code == "minigo::leak::context" => {
            f.message.push(
                "no goroutine that can still run can reach the context's cancel function any more"
                    .to_string(),
            );
            f.message.extend(base.message.into_iter().skip(1));
        }
        WaitOn::Chan { ch, send } => {
            let desc = w.chan_desc(ch);
            if *send {
                f = f
                    .why(format!(
                        "it sends on {desc}, and no goroutine that can still run can reach that channel: no one is left to receive"
                    ))
                    .help("if the receiver may give up (a timeout, a cancelled context, an early return), the send must not wait for it: give the channel room for the value (make(chan T, 1)), or select on ctx.Done() next to the send");
            } else {
                f = f
                    .why(format!(
                        "it receives from {desc}, and no goroutine that can still run can reach that channel: no one is left to send to it or close it"
                    ))
                    .help("make every path of the sender send or close the channel (defer close(ch)), or let the receiver give up with a select on ctx.Done() or a timeout");
            }
        }
        WaitOn::Select(cs) if !cs.is_empty() => {
            let lines: Vec<u32> = {
                let mut l: Vec<u32> = cs
                    .iter()
                    .filter(|(c, _)| w.is_user(c.origin.0) && c.origin.1 > 0)
                    .map(|(c, _)| c.origin.1)
                    .collect();
                l.sort_unstable();
                l.dedup();
                l
            };
            let made = match lines.as_slice() {
                [] => String::new(),
                [l] => format!(" (made at line {l})"),
                ls => format!(
                    " (made at lines {})",
                    ls.iter()
                        .map(|l| l.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            f = f
                .why(format!(
                    "no goroutine that can still run can reach any of the channels it selects on{made}: no case can ever proceed"
                ))
                .help("add a case that always ends the wait (<-ctx.Done(), a timeout), or keep a sender for one of the channels");
        }
        WaitOn::Object(_) => {
            let what = s
                .reason
                .strip_suffix(".Lock")
                .or_else(|| s.reason.strip_suffix(".RLock"))
                .or_else(|| s.reason.strip_suffix(".Wait"))
                .unwrap_or(s.reason);
            f.message.push(format!(
                "no goroutine that can still run can reach the {what} it waits on"
            ));
            f.message.extend(base.message.into_iter().skip(1));
        }
        _ => f.message.extend(base.message.into_iter().skip(1)),
    }
    f
}
