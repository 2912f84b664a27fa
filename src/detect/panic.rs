//! Explains a panic nobody recovered (or a fatal error) on the program's own lines: a
//! miette report that labels the panicking line, the calls that led to it, the `go`
//! statement of the goroutine, an earlier panic it interrupted, and for a negative
//! WaitGroup counter, the ledger of Adds and Dones.
//!
//! It is printed between Go's own lines (`panic: ...`, which tests compare with Go's)
//! and Go's goroutine trace, as the deadlock report is.

use std::io::IsTerminal;
use std::sync::Arc;

use super::ledger;
use super::world::list_ids;
use crate::diag::{Diagnostic, SourceFile};
use crate::runtime::sync::WgLedger;
use crate::vm::Image;
use crate::vm::goroutine::Goroutine;
use crate::vm::panic::PanicNote;
use crate::vm::value::Value;

/// Caller frames labelled at most (a deep recursion would label every line).
const MAX_CALLERS: usize = 6;

/// What the report says, before it is placed on the source.
struct Report {
    code: &'static str,
    message: Vec<String>,
    /// The text under the innermost line of the user's code.
    label: String,
    /// Other lines worth pointing at: (line, text), first come first kept.
    also: Vec<(u32, String)>,
    help: Option<String>,
    /// The (function, line) to point at instead of the panicking frame's line, when it is
    /// in the same function (a deferred `wg.Done()` panics at the function's end, but
    /// its `defer` statement is the line to show).
    at: Option<(u32, u32)>,
    /// The label when one of `also` is on the primary line: "{also}; {this}".
    joined: Option<String>,
}

impl Report {
    fn why(&mut self, line: impl Into<String>) {
        self.message.push(line.into());
    }

    fn also(&mut self, line: u32, text: impl Into<String>) {
        if line > 0 && !self.also.iter().any(|(l, _)| *l == line) {
            self.also.push((line, text.into()));
        }
    }
}

/// Lines and names of the program, for the report.
struct Src<'a> {
    img: &'a Image,
}

impl Src<'_> {
    fn file_of(&self, func: u32) -> &Arc<SourceFile> {
        let proto = &self.img.prog.funcs[func as usize];
        &self.img.prog.files[proto.file as usize]
    }

    fn is_user(&self, func: u32) -> bool {
        !self.file_of(func).name.starts_with("$GOROOT/")
    }

    /// `worker`, `(*Ring).Push`, `func1`: a function's name in sentences.
    fn short_name(&self, func: u32) -> String {
        let name = &self.img.prog.funcs[func as usize].name;
        name.strip_prefix("main.").unwrap_or(name).to_string()
    }

    /// The code of a line, without indentation and comment.
    fn line_text(&self, func: u32, line: u32) -> &str {
        let file = self.file_of(func);
        file.snippet(file.code_span(line))
    }

    /// A function literal (`main.func1`, `main.worker.func2`)?
    fn is_literal(&self, func: u32) -> bool {
        let name = &self.img.prog.funcs[func as usize].name;
        name.rsplit('.')
            .next()
            .is_some_and(|last| last.starts_with("func") && last[4..].parse::<u32>().is_ok())
    }

    /// The line of the `defer` statement in `outer` that deferred a call of `inner`:
    /// the literal's own first line, or a `defer` line naming the function.
    fn defer_line(&self, outer: u32, inner: u32) -> Option<u32> {
        let o = &self.img.prog.funcs[outer as usize];
        let (first, last) = (o.line, o.lines.iter().copied().max().unwrap_or(o.line));
        let i = &self.img.prog.funcs[inner as usize];
        if self.is_literal(inner) && (first..=last).contains(&i.line) {
            return self
                .line_text(outer, i.line)
                .starts_with("defer")
                .then_some(i.line);
        }
        let name = self.short_name(inner);
        let name = name.rsplit('.').next().unwrap_or(&name);
        (first..=last).find(|&l| {
            let t = self.line_text(outer, l);
            o.lines.contains(&l) && t.starts_with("defer") && t.contains(&format!("{name}("))
        })
    }
}

/// The report for the panics of goroutine `g`, about to end the program: `texts` are
/// the panic values as Go printed them, oldest first.
pub fn panic_report(img: &Image, g: &Goroutine, texts: &[String]) -> String {
    let src = Src { img };
    let Some(last) = g.panics().last() else {
        return String::new();
    };
    let text = texts.last().map(String::as_str).unwrap_or("?");
    let mut r = classify(&src, text, &last.value, last.runtime_error);
    r.message[0] = format!("goroutine {} panicked: {text}", g.id);
    if let Some(PanicNote::NegativeWaitGroup {
        counter,
        ledger,
        site,
    }) = last.note.as_deref()
    {
        r.at = Some(ledger::site_line(img, *site));
        negative_waitgroup(&src, &mut r, *counter, ledger, *site);
    }
    let trace = &last.trace;
    // The earlier panics this one interrupted, innermost (most recent) first: each
    // started in the frames below the deferred call that the next one panicked in.
    let mut at = 0;
    let mut k = g.panics().len() - 1;
    let mut earlier = Vec::new();
    while k > 0 {
        let Some(off) = g.panics()[k].earlier_at else {
            break;
        };
        at += off;
        if at >= trace.len() {
            break;
        }
        earlier.push((at, k - 1));
        k -= 1;
    }
    for &(at, j) in &earlier {
        let (ef, el) = trace[at];
        let prev = texts.get(j).map(String::as_str).unwrap_or("?");
        let recovered = g.panics()[j].recovered;
        let deferred = at.checked_sub(1).map(|d| trace[d].0);
        let dname = deferred.map_or("a deferred function".to_string(), |d| src.short_name(d));
        if recovered {
            r.why(format!(
                "the panic at line {el} ({prev}) was recovered by the deferred call to {dname}, which then panicked again: Go prints the first one as [recovered]"
            ));
            r.help = Some("after recover, handle the failure (log it, or set an error result) instead of panicking again; a panic in a deferred call needs a recover further up".to_string());
        } else {
            r.why(format!(
                "the panic at line {el} ({prev}) was running the deferred call to {dname}, which panicked too: Go prints both, the first one first"
            ));
        }
        if src.is_user(ef) {
            let word = if recovered {
                "recovered"
            } else {
                "not recovered"
            };
            r.also(el, format!("first panic here: {prev} ({word})"));
            if let Some(dl) = deferred.and_then(|d| src.defer_line(ef, d)) {
                r.also(dl, format!("{dname} deferred here"));
            }
        }
    }
    render(&src, g, trace, &earlier, r)
}

/// The report for a fatal error (not a panic: no deferred call runs, nothing can
/// recover it), or None for the fatal errors that are minigo's own.
pub fn fatal_report(img: &Image, g: &Goroutine, msg: &str, trace: &[(u32, u32)]) -> Option<String> {
    let src = Src { img };
    let head = format!("goroutine {} hit a fatal error: {msg}", g.id);
    let (code, label, help) = match msg {
        "sync: unlock of unlocked mutex" => (
            "minigo::fatal::unlock",
            "unlocks a mutex that is not locked",
            "call Unlock exactly once for each Lock, on the same mutex: `defer mu.Unlock()` right after `mu.Lock()` does it on every path",
        ),
        "sync: Unlock of unlocked RWMutex" => (
            "minigo::fatal::unlock",
            "unlocks a RWMutex that is not write-locked",
            "pair each Unlock with a Lock and each RUnlock with an RLock: `defer rw.Unlock()` right after `rw.Lock()`",
        ),
        "sync: RUnlock of unlocked RWMutex" => (
            "minigo::fatal::unlock",
            "read-unlocks a RWMutex that is not read-locked",
            "pair each RUnlock with an RLock: `defer rw.RUnlock()` right after `rw.RLock()`",
        ),
        m if m.starts_with("minigo") => return None,
        _ => ("minigo::fatal", "fatal error here", ""),
    };
    let mut r = Report {
        code,
        message: vec![head],
        label: label.to_string(),
        also: Vec::new(),
        help: (!help.is_empty()).then(|| help.to_string()),
        at: None,
        joined: None,
    };
    r.why("a fatal error is not a panic: deferred calls do not run and recover cannot stop it");
    Some(render(&src, g, trace, &[], r))
}

/// The headline, label, explanation and help for a panic value.
fn classify(src: &Src, text: &str, value: &Value, runtime_error: bool) -> Report {
    let short = text.strip_prefix("runtime error: ").unwrap_or(text);
    let report = |code, why: &[&str], help: &str| Report {
        code,
        message: std::iter::once(String::new())
            .chain(why.iter().map(|s| s.to_string()))
            .collect(),
        label: format!("panic here: {short}"),
        also: Vec::new(),
        help: (!help.is_empty()).then(|| help.to_string()),
        at: None,
        joined: None,
    };
    let mut r = if short.starts_with("index out of range") {
        let mut r = report(
            "minigo::panic::index",
            &[],
            "check the index against len before using it: valid indexes are 0 to len-1",
        );
        if let Some((i, n)) = index_and_length(short) {
            r.why(if n == 0 {
                format!("index {i} of an empty slice, array or string: it has no elements")
            } else if i < 0 {
                format!("index {i} is negative")
            } else {
                format!(
                    "index {i} is past the end: the length is {n}, so the last valid index is {}",
                    n - 1
                )
            });
        }
        r
    } else if short.starts_with("slice bounds out of range") {
        report(
            "minigo::panic::slice_bounds",
            &[
                "a slice expression s[low:high] needs 0 <= low <= high <= cap(s) (len(s) for a string)",
            ],
            "check the bounds against len and cap before slicing",
        )
    } else if short == "assignment to entry in nil map" {
        report(
            "minigo::panic::nil_map",
            &[
                "the map is nil: it was declared (or left as a struct's zero value) but never made; reading a nil map gives zero values, writing to it panics",
            ],
            "make the map before writing to it: m = make(map[K]V), or a literal map[K]V{} (in a constructor for a struct field)",
        )
    } else if short.contains("nil pointer dereference") {
        report(
            "minigo::panic::nil_pointer",
            &[
                "a nil pointer was dereferenced: a field was used, or a method called, through a pointer or interface that is nil",
            ],
            "check for nil before using the pointer (if p == nil { ... }), or make sure it is set (&T{...} or new(T)) on every path",
        )
    } else if short == "integer divide by zero" {
        report(
            "minigo::panic::divide",
            &[
                "integer division (or remainder) by zero panics in Go; only floating-point division gives +Inf or NaN",
            ],
            "check that the divisor is not zero before dividing",
        )
    } else if short == "close of closed channel" {
        report(
            "minigo::panic::close_closed",
            &["a channel can be closed only once"],
            "close a channel exactly once, in the goroutine that sends the last value (guard a close from several places with sync.Once); receivers never close",
        )
    } else if short == "close of nil channel" {
        report(
            "minigo::panic::close_nil",
            &["the channel is nil: it was declared but never made"],
            "make the channel before using it: ch = make(chan T)",
        )
    } else if short == "send on closed channel" {
        report(
            "minigo::panic::send_closed",
            &[
                "a send on a closed channel panics: the channel was closed while this goroutine still had values to send",
            ],
            "only the sender should close a channel, after its last send; with several senders, close it once after all of them are done (wg.Wait(), then close)",
        )
    } else if short.starts_with("interface conversion") {
        report(
            "minigo::panic::type_assertion",
            &["a type assertion x.(T) panics when x does not hold a T"],
            "use the two-result form, v, ok := x.(T), or a type switch",
        )
    } else if short == "sync: negative WaitGroup counter" {
        report("minigo::panic::waitgroup", &[], "")
    } else if runtime_error {
        report("minigo::panic::runtime", &[], "")
    } else {
        let mut r = report("minigo::panic::value", &[], "");
        if let Some(what) = value_words(src.img, value) {
            r.why(what);
        }
        r.help = Some("a panic that no deferred call recovers ends the program: return an error to the caller instead, or recover it in a deferred function".into());
        r
    };
    r.message[0] = text.to_string();
    r
}

/// (index, length) of "index out of range [5] with length 3".
fn index_and_length(msg: &str) -> Option<(i64, i64)> {
    let rest = msg.strip_prefix("index out of range [")?;
    let (i, rest) = rest.split_once(']')?;
    let n = rest.strip_prefix(" with length ")?;
    Some((i.parse().ok()?, n.trim().parse().ok()?))
}

/// "the panic value is an error of type *fmt.wrapError: Go prints its Error() text".
fn value_words(img: &Image, v: &Value) -> Option<String> {
    let Value::Iface(iv) = v else {
        return Some("the panic value is nil".into());
    };
    let name = img.types().go_name(iv.ty);
    if crate::runtime::fmt::has_method(img, iv.ty, "Error") {
        return Some(format!(
            "the panic value is an error of type {name}: Go prints its Error() text"
        ));
    }
    if crate::runtime::fmt::has_method(img, iv.ty, "String") {
        return Some(format!(
            "the panic value is a Stringer of type {name}: Go prints its String() text"
        ));
    }
    if name == "string" {
        return None;
    }
    Some(format!("the panic value has type {name}"))
}

/// A negative counter: the ledger, and which side has one call too many.
fn negative_waitgroup(src: &Src, r: &mut Report, counter: i64, l: &WgLedger, site: u64) {
    let (adds, dones) = ledger::totals(l);
    r.why(ledger::summary(src.img, l, 1));
    for e in &l.adds {
        let (_, line) = ledger::site_line(src.img, e.site);
        r.also(line, format!("Add({}) here", e.total));
    }
    for e in &l.dones {
        let (_, line) = ledger::site_line(src.img, e.site);
        let mut gids = e.gids.clone();
        gids.sort_unstable();
        let times = if e.total == 1 {
            String::new()
        } else {
            format!("{}×, ", e.total)
        };
        r.also(line, format!("Done here ({times}by {})", list_ids(&gids)));
    }
    // The same goroutine calling Done at two places counts its work twice.
    let mut twice = Vec::new();
    for (i, a) in l.dones.iter().enumerate() {
        for b in &l.dones[i + 1..] {
            for g in a.gids.iter().filter(|g| b.gids.contains(g)) {
                if !twice.iter().any(|(x, _, _)| x == g) {
                    twice.push((
                        *g,
                        ledger::site_line(src.img, a.site).1,
                        ledger::site_line(src.img, b.site).1,
                    ));
                }
            }
        }
    }
    for (g, a, b) in twice.iter().take(3) {
        r.why(format!(
            "goroutine {g} called Done both at line {a} and at line {b}: Done is called twice for the same work"
        ));
    }
    let extra = dones - adds;
    r.label = format!("panic here: this Done took the counter to {counter}");
    let once = l.dones.iter().any(|e| e.site == site && e.total == 1);
    r.joined = Some(format!(
        "{} took the counter to {counter}",
        if once { "this one" } else { "the last one" }
    ));
    r.help = Some(if !twice.is_empty() {
        "call Done exactly once per unit of work, on every path: `defer wg.Done()` as the goroutine's first statement, and no other Done".to_string()
    } else {
        format!(
            "Done was called more times than Add ({dones} Done for {adds} added{}): call wg.Add(1) for each goroutine before starting it (or wg.Add(n) once for n), and Done exactly once in each",
            if extra > 0 {
                format!(", {extra} too many")
            } else {
                String::new()
            }
        )
    });
}

/// Places the report on the source: the innermost line of the user's code, the lines
/// of the calls below it, the `go` statement; then the message and help.
fn render(
    src: &Src,
    g: &Goroutine,
    trace: &[(u32, u32)],
    earlier: &[(usize, usize)],
    mut r: Report,
) -> String {
    let Some(u) = trace.iter().position(|&(f, _)| src.is_user(f)) else {
        // No frame of the user's (a panic inside the library's own goroutine): words only.
        let mut out = format!("  × {}\n", r.message.join("\n    "));
        if let Some(h) = &r.help {
            out.push_str(&format!("  help: {h}\n"));
        }
        return out;
    };
    let (func, mut line) = trace[u];
    if let Some((f, l)) = r.at
        && f == func
    {
        line = l;
    }
    if let Some(j) = &r.joined
        && let Some((_, t)) = r.also.iter().find(|(l, _)| *l == line)
    {
        r.label = format!("{t}; {j}");
    }
    let file = src.file_of(func).clone();
    let same_file = |f: u32| src.is_user(f) && Arc::ptr_eq(src.file_of(f), &file);
    let mut label = r.label.clone();
    if u > 0 {
        // The panic is inside the library: point at the call that led there.
        label = format!(
            "calls {}, which panics: {}",
            src.img.prog.funcs[trace[u - 1].0 as usize].name,
            label.strip_prefix("panic here: ").unwrap_or(&label)
        );
    } else if r.code == "minigo::panic::value"
        && let Some(call) = panic_call(src.line_text(func, line))
    {
        label = format!("{call} is called here");
    }
    let mut d = Diagnostic::new(r.code, r.message.join("\n"), file.code_span(line)).label(label);
    let mut used = vec![line];
    let add = |d: Diagnostic, l: u32, text: String, used: &mut Vec<u32>| {
        if l == 0 || used.contains(&l) {
            return d;
        }
        used.push(l);
        d.also(file.code_span(l), text)
    };
    for (l, text) in &r.also {
        d = add(d, *l, text.clone(), &mut used);
    }
    // The calls that led to the panic, outward; not the frame an earlier panic was
    // unwinding (it did not call the deferred function: the panic did).
    let mut callers = 0;
    for i in u + 1..trace.len() {
        let (f, l) = trace[i];
        if callers == MAX_CALLERS || earlier.iter().any(|&(at, _)| at == i) {
            continue;
        }
        if !same_file(f) {
            continue;
        }
        let callee_f = trace[i - 1].0;
        let callee = src.short_name(callee_f);
        // A call deferred by this frame runs at its return: its line is the `defer`.
        let simple = callee.rsplit('.').next().unwrap_or(&callee);
        let calls_here = src.line_text(f, l).contains(&format!("{simple}("));
        if !calls_here && let Some(dl) = src.defer_line(f, callee_f) {
            let text = format!(
                "deferred here: {} runs when {} returns",
                if src.is_literal(callee_f) {
                    "the function literal"
                } else {
                    simple
                },
                src.short_name(f)
            );
            d = add(d, dl, text, &mut used);
            callers += 1;
            continue;
        }
        if !used.contains(&l) {
            let text = if src.is_literal(callee_f) {
                "calls the function literal".to_string()
            } else {
                format!("calls {callee}")
            };
            d = add(d, l, text, &mut used);
            callers += 1;
        }
    }
    let mut help = r.help.clone();
    let (sf, sl) = g.started_at;
    if g.id != 1 && sl > 0 && same_file(sf) {
        d = add(d, sl, format!("goroutine {} started here", g.id), &mut used);
        d.message.push_str(&format!(
            "\ngoroutine {} was started at line {sl} by goroutine {}: a panic it does not recover itself ends the whole program (a recover in main cannot catch it)",
            g.id, g.parent
        ));
        if help.is_none() {
            help = Some("recover in a deferred function at the top of the goroutine, and report the failure to main (on a channel, or as an error)".into());
        }
    }
    if let Some(h) = help {
        d = d.help(h);
    }
    d.render(&file, std::io::stderr().is_terminal())
}

/// The `panic(...)` call on a line of code, if there is one.
fn panic_call(text: &str) -> Option<String> {
    let start = text.match_indices("panic(").find(|(i, _)| {
        !text[..*i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
    })?;
    let mut depth = 0;
    for (k, c) in text[start.0..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(text[start.0..start.0 + k + 1].to_string());
                }
            }
            _ => {}
        }
    }
    None
}
