//! Natives of package strings: the byte work of searching, splitting, replacing and
//! case mapping, and the growth of `strings.Builder`. Each follows the Go 1.19 source
//! (results, capacities and the treatment of invalid UTF-8 included); the functions that
//! take Go function values (Map, IndexFunc, TrimFunc, FieldsFunc, ...) are Go code in
//! stdlib/strings.go.

use std::sync::Arc;

use super::unicode;
use super::utf8::{self, RUNE_ERROR, RUNE_SELF};
use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::vm::Trap;
use crate::vm::value::*;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = functions();
    // Methods are "strings.(*Builder).M"; earlier IRs qualified the receiver type, so
    // both spellings are registered.
    let methods: [(&'static str, &'static str, NativeFn); 5] = [
        (
            "strings.(*Builder).WriteString",
            "strings.(*strings.Builder).WriteString",
            builder_write_string,
        ),
        (
            "strings.(*Builder).Write",
            "strings.(*strings.Builder).Write",
            builder_write,
        ),
        (
            "strings.(*Builder).WriteByte",
            "strings.(*strings.Builder).WriteByte",
            builder_write_byte,
        ),
        (
            "strings.(*Builder).WriteRune",
            "strings.(*strings.Builder).WriteRune",
            builder_write_rune,
        ),
        (
            "strings.(*Builder).Grow",
            "strings.(*strings.Builder).Grow",
            builder_grow,
        ),
    ];
    for (a, b, f) in methods {
        v.push((a, f));
        v.push((b, f));
    }
    v
}

fn functions() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("strings.Contains", contains),
        ("strings.ContainsRune", contains_rune),
        ("strings.ContainsAny", contains_any),
        ("strings.HasPrefix", has_prefix),
        ("strings.HasSuffix", has_suffix),
        ("strings.Index", index_native),
        ("strings.IndexByte", index_byte_native),
        ("strings.IndexRune", index_rune_native),
        ("strings.IndexAny", index_any_native),
        ("strings.LastIndex", last_index_native),
        ("strings.LastIndexByte", last_index_byte_native),
        ("strings.LastIndexAny", last_index_any_native),
        ("strings.genSplit", gen_split),
        ("strings.Fields", fields),
        ("strings.Join", join),
        ("strings.Repeat", repeat),
        ("strings.Replace", replace),
        ("strings.ToUpper", |_, a| map_native(a, unicode::to_upper)),
        ("strings.ToLower", |_, a| map_native(a, unicode::to_lower)),
        ("strings.ToTitle", |_, a| map_native(a, unicode::to_title)),
        ("strings.Title", title),
        ("strings.ToValidUTF8", to_valid_utf8),
        ("strings.TrimSpace", trim_space),
        ("strings.Trim", trim),
        ("strings.TrimLeft", trim_left),
        ("strings.TrimRight", trim_right),
        ("strings.TrimPrefix", trim_prefix),
        ("strings.TrimSuffix", trim_suffix),
        ("strings.Count", count_native),
        ("strings.EqualFold", equal_fold_native),
        ("strings.Compare", compare),
        ("strings.replace", replacer_replace),
        ("strings.appendRune", append_rune_native),
    ]
}

// ----- searching -----

/// The first index of `sep` in `s` (Go's Index).
pub fn index(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    if n == 0 {
        return Some(0);
    }
    if n > s.len() {
        return None;
    }
    let first = sep[0];
    let last_start = s.len() - n;
    let mut i = 0;
    while i <= last_start {
        match s[i..=last_start].iter().position(|&b| b == first) {
            None => return None,
            Some(k) => {
                i += k;
                if &s[i..i + n] == sep {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}

pub fn last_index(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    if n == 0 {
        return Some(s.len());
    }
    if n > s.len() {
        return None;
    }
    (0..=s.len() - n).rev().find(|&i| &s[i..i + n] == sep)
}

/// Go's IndexRune, with its treatment of RuneError (matches invalid bytes too).
pub fn index_rune(s: &[u8], r: i64) -> Option<usize> {
    if (0..RUNE_SELF as i64).contains(&r) {
        return s.iter().position(|&b| b as i64 == r);
    }
    if r == RUNE_ERROR {
        let mut i = 0;
        while i < s.len() {
            let (c, w) = utf8::next(s, i);
            if c == RUNE_ERROR {
                return Some(i);
            }
            i += w;
        }
        return None;
    }
    if !utf8::valid_rune(r) {
        return None;
    }
    let mut enc = Vec::with_capacity(4);
    utf8::encode(&mut enc, r);
    index(s, &enc)
}

fn index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    let mut i = 0;
    while i < s.len() {
        let (c, w) = utf8::next(s, i);
        if index_rune(chars, c).is_some() {
            return Some(i);
        }
        i += w;
    }
    None
}

fn last_index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    if chars.len() == 1 {
        let mut rc = chars[0] as i64;
        if rc >= RUNE_SELF as i64 {
            rc = RUNE_ERROR;
        }
        let mut i = s.len();
        while i > 0 {
            let (r, size) = utf8::decode_last(&s[..i]);
            i -= size;
            if r == rc {
                return Some(i);
            }
        }
        return None;
    }
    let mut i = s.len();
    while i > 0 {
        let (r, size) = utf8::decode_last(&s[..i]);
        i -= size;
        if index_rune(chars, r).is_some() {
            return Some(i);
        }
    }
    None
}

/// Non-overlapping occurrences of sep in s; an empty sep counts rune boundaries.
pub fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return utf8::rune_count(s) + 1;
    }
    if sep.len() == 1 {
        return s.iter().filter(|&&b| b == sep[0]).count();
    }
    let mut n = 0;
    let mut rest = s;
    while let Some(i) = index(rest, sep) {
        n += 1;
        rest = &rest[i + sep.len()..];
    }
    n
}

fn idx(v: Option<usize>) -> Value {
    Value::Int(v.map_or(-1, |i| i as i64))
}

fn contains(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(index(a[0].as_bytes(), a[1].as_bytes()).is_some());
    Ok(())
}

fn contains_rune(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(index_rune(a[0].as_bytes(), a[1].as_int()).is_some());
    Ok(())
}

fn contains_any(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(index_any(a[0].as_bytes(), a[1].as_bytes()).is_some());
    Ok(())
}

fn has_prefix(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(a[0].as_bytes().starts_with(a[1].as_bytes()));
    Ok(())
}

fn has_suffix(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(a[0].as_bytes().ends_with(a[1].as_bytes()));
    Ok(())
}

fn index_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = idx(index(a[0].as_bytes(), a[1].as_bytes()));
    Ok(())
}

fn index_byte_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let c = a[1].as_int() as u8;
    a[0] = idx(a[0].as_bytes().iter().position(|&b| b == c));
    Ok(())
}

fn index_rune_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = idx(index_rune(a[0].as_bytes(), a[1].as_int()));
    Ok(())
}

fn index_any_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = idx(index_any(a[0].as_bytes(), a[1].as_bytes()));
    Ok(())
}

fn last_index_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = idx(last_index(a[0].as_bytes(), a[1].as_bytes()));
    Ok(())
}

fn last_index_byte_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let c = a[1].as_int() as u8;
    a[0] = idx(a[0].as_bytes().iter().rposition(|&b| b == c));
    Ok(())
}

fn last_index_any_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = idx(last_index_any(a[0].as_bytes(), a[1].as_bytes()));
    Ok(())
}

fn count_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Int(count(a[0].as_bytes(), a[1].as_bytes()) as i64);
    Ok(())
}

fn compare(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Int(match a[0].as_bytes().cmp(a[1].as_bytes()) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    });
    Ok(())
}

// ----- splitting and joining -----

/// A `[]string` of length `len` over storage of capacity `cap` (the rest "").
fn string_slice(mut items: Vec<Value>, cap: usize) -> Value {
    let len = items.len();
    while items.len() < cap {
        items.push(Value::str(""));
    }
    Value::Slice(SliceRef {
        obj: Obj::new(items),
        off: 0,
        len: len as u32,
        cap: cap.max(len) as u32,
    })
}

/// `genSplit(s, sep string, sepSave, n int) []string`: Split, SplitN, SplitAfter and
/// SplitAfterN.
fn gen_split(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = a[0].as_bytes().to_vec();
    let sep = a[1].as_bytes().to_vec();
    let sep_save = a[2].as_int().max(0) as usize;
    let mut n = a[3].as_int();
    if n == 0 {
        a[0] = Value::Nil;
        return Ok(());
    }
    if sep.is_empty() {
        // explode: one string per UTF-8 sequence (an invalid byte becomes "\u{FFFD}").
        let l = utf8::rune_count(&s) as i64;
        if n < 0 || n > l {
            n = l;
        }
        let mut out = Vec::with_capacity(n as usize);
        let mut rest = &s[..];
        for _ in 0..(n - 1).max(0) {
            let (ch, size) = utf8::decode(rest);
            if ch == RUNE_ERROR {
                out.push(Value::str("\u{FFFD}"));
            } else {
                out.push(Value::bytes_str(&rest[..size]));
            }
            rest = &rest[size..];
        }
        if n > 0 {
            out.push(Value::bytes_str(rest));
        }
        a[0] = string_slice(out, n as usize);
        return Ok(());
    }
    if n < 0 {
        n = count(&s, &sep) as i64 + 1;
    }
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let cap = n as usize;
    let mut out = Vec::with_capacity(cap);
    let mut rest = &s[..];
    while out.len() < cap - 1 {
        let Some(m) = index(rest, &sep) else { break };
        out.push(Value::bytes_str(&rest[..m + sep_save.min(sep.len())]));
        rest = &rest[m + sep.len()..];
    }
    out.push(Value::bytes_str(rest));
    a[0] = string_slice(out, cap);
    Ok(())
}

/// `Fields(s string) []string`: the runs of non-space runes (unicode.IsSpace).
fn fields(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = a[0].as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        let (r, w) = if s[i] < RUNE_SELF {
            (s[i] as i64, 1)
        } else {
            utf8::next(s, i)
        };
        if unicode::is_space(r) {
            if let Some(st) = start.take() {
                out.push(Value::bytes_str(&s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += w;
    }
    if let Some(st) = start {
        out.push(Value::bytes_str(&s[st..]));
    }
    let n = out.len();
    a[0] = string_slice(out, n);
    Ok(())
}

fn join(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let elems = slice_values(&a[0]);
    let sep = a[1].as_bytes();
    let mut out = Vec::new();
    for (i, e) in elems.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(e.as_bytes());
    }
    a[0] = Value::bytes_str(&out);
    Ok(())
}

fn repeat(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let count = a[1].as_int();
    let s = a[0].as_bytes();
    if count == 0 {
        a[0] = Value::str("");
        return Ok(());
    }
    if count < 0 {
        return Err(Trap::Panic(Value::iface_str(
            "strings: negative Repeat count",
        )));
    }
    let total = (s.len() as i64).checked_mul(count);
    let Some(total) = total else {
        return Err(Trap::Panic(Value::iface_str(
            "strings: Repeat count causes overflow",
        )));
    };
    // Go grows a Builder to the total first: beyond the allocator's limit that is a
    // run-time error, and far beyond memory the allocation fails.
    if total > (1i64 << 48) {
        return Err(Trap::RuntimeError("makeslice: cap out of range".into()));
    }
    if total > (1i64 << 34) {
        return Err(Trap::Fatal("runtime: out of memory".into()));
    }
    a[0] = Value::bytes_str(&s.repeat(count as usize));
    Ok(())
}

fn replace(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = a[0].as_bytes();
    let old = a[1].as_bytes();
    let new = a[2].as_bytes();
    let mut n = a[3].as_int();
    if old == new || n == 0 {
        return Ok(());
    }
    let m = count(s, old) as i64;
    if m == 0 {
        return Ok(());
    }
    if n < 0 || m < n {
        n = m;
    }
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += utf8::decode(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old).unwrap_or(0);
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    a[0] = Value::bytes_str(&out);
    Ok(())
}

/// `replace(oldnew []string, s string) string`: (*Replacer).Replace. At each position
/// the first pair (in argument order) whose old string matches there is replaced;
/// an empty old string matches between runes... as Go's generic replacer does.
fn replacer_replace(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let pairs: Vec<Value> = slice_values(&a[0]);
    let s = a[1].as_bytes();
    let olds: Vec<&[u8]> = pairs.iter().step_by(2).map(|v| v.as_bytes()).collect();
    let news: Vec<&[u8]> = pairs
        .iter()
        .skip(1)
        .step_by(2)
        .map(|v| v.as_bytes())
        .collect();
    // Byte-wise replacers apply when every old string is one byte: the same result.
    let mut first = [false; 256];
    let mut has_empty = false;
    for o in &olds {
        match o.first() {
            Some(&b) => first[b as usize] = true,
            None => has_empty = true,
        }
    }
    let mut out = Vec::with_capacity(s.len());
    let mut last = 0;
    let mut prev_match_empty = false;
    let mut i = 0;
    while i <= s.len() {
        if i != s.len() && !has_empty && !first[s[i] as usize] {
            i += 1;
            continue;
        }
        let rest = &s[i..];
        let found = olds
            .iter()
            .enumerate()
            .find(|(_, o)| rest.starts_with(o) && !(o.is_empty() && prev_match_empty));
        match found {
            Some((k, o)) => {
                prev_match_empty = o.is_empty();
                out.extend_from_slice(&s[last..i]);
                out.extend_from_slice(news[k]);
                i += o.len();
                last = i;
            }
            None => {
                prev_match_empty = false;
                i += 1;
            }
        }
    }
    if last < s.len() {
        out.extend_from_slice(&s[last..]);
    }
    a[0] = Value::bytes_str(&out);
    Ok(())
}

// ----- case mapping -----

/// Go's Map(f, s) for a total mapping: each rune (invalid bytes as RuneError) mapped
/// and re-encoded.
fn map_runes(s: &[u8], mut f: impl FnMut(i64) -> i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (c, w) = if s[i] < RUNE_SELF {
            (s[i] as i64, 1)
        } else {
            utf8::next(s, i)
        };
        let r = f(c);
        if r >= 0 {
            if r < RUNE_SELF as i64 {
                out.push(r as u8);
            } else {
                utf8::encode(&mut out, r);
            }
        }
        i += w;
    }
    out
}

fn map_native(a: &mut [Value], f: fn(i64) -> i64) -> Result<(), Trap> {
    let s = a[0].as_bytes();
    if s.is_ascii() {
        // ASCII fast path (Go's too): unchanged strings are returned as they are.
        let changes = s.iter().any(|&b| f(b as i64) != b as i64);
        if changes {
            let out: Vec<u8> = s.iter().map(|&b| f(b as i64) as u8).collect();
            a[0] = Value::bytes_str(&out);
        }
        return Ok(());
    }
    let out = map_runes(s, f);
    a[0] = Value::bytes_str(&out);
    Ok(())
}

fn is_separator(r: i64) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if unicode::is_letter(r) || unicode::is_digit(r) {
        return false;
    }
    unicode::is_space(r)
}

fn title(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let mut prev = ' ' as i64;
    let out = map_runes(a[0].as_bytes(), |r| {
        let t = if is_separator(prev) {
            unicode::to_title(r)
        } else {
            r
        };
        prev = r;
        t
    });
    a[0] = Value::bytes_str(&out);
    Ok(())
}

fn to_valid_utf8(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = a[0].as_bytes();
    let rep = a[1].as_bytes();
    let mut out = Vec::with_capacity(s.len() + rep.len());
    let mut invalid = false;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < RUNE_SELF {
            i += 1;
            invalid = false;
            out.push(c);
            continue;
        }
        let (_, w) = utf8::next(s, i);
        if w == 1 {
            i += 1;
            if !invalid {
                invalid = true;
                out.extend_from_slice(rep);
            }
            continue;
        }
        invalid = false;
        out.extend_from_slice(&s[i..i + w]);
        i += w;
    }
    a[0] = Value::bytes_str(&out);
    Ok(())
}

/// Go's EqualFold: equality under simple Unicode case folding.
pub fn equal_fold(mut s: &[u8], mut t: &[u8]) -> bool {
    while !s.is_empty() && !t.is_empty() {
        let (mut sr, sw) = if s[0] < RUNE_SELF {
            (s[0] as i64, 1)
        } else {
            utf8::decode(s)
        };
        let (mut tr, tw) = if t[0] < RUNE_SELF {
            (t[0] as i64, 1)
        } else {
            utf8::decode(t)
        };
        s = &s[sw..];
        t = &t[tw..];
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < RUNE_SELF as i64 {
            if (b'A' as i64..=b'Z' as i64).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = unicode::simple_fold(sr);
        while r != sr && r < tr {
            r = unicode::simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    s == t
}

fn equal_fold_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(equal_fold(a[0].as_bytes(), a[1].as_bytes()));
    Ok(())
}

// ----- trimming -----

fn trim_left_by(s: &[u8], mut f: impl FnMut(i64) -> bool) -> usize {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = if s[i] < RUNE_SELF {
            (s[i] as i64, 1)
        } else {
            utf8::next(s, i)
        };
        if !f(r) {
            break;
        }
        i += w;
    }
    i
}

fn trim_right_by(s: &[u8], mut f: impl FnMut(i64) -> bool) -> usize {
    let mut end = s.len();
    while end > 0 {
        let (r, w) = if s[end - 1] < RUNE_SELF {
            (s[end - 1] as i64, 1)
        } else {
            utf8::decode_last(&s[..end])
        };
        if !f(r) {
            break;
        }
        end -= w;
    }
    end
}

fn set_sub(a: &mut [Value], from: usize, to: usize) {
    let s = a[0].as_bytes();
    if from != 0 || to != s.len() {
        a[0] = Value::bytes_str(&s[from..to]);
    }
}

fn trim_space(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = a[0].as_bytes();
    let from = trim_left_by(s, unicode::is_space);
    let to = from + trim_right_by(&s[from..], unicode::is_space);
    set_sub(a, from, to);
    Ok(())
}

fn trim(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let cut = a[1].as_bytes().to_vec();
    if cut.is_empty() {
        return Ok(());
    }
    let s = a[0].as_bytes();
    let to = trim_right_by(s, |r| index_rune(&cut, r).is_some());
    let from = trim_left_by(&s[..to], |r| index_rune(&cut, r).is_some());
    set_sub(a, from, to);
    Ok(())
}

fn trim_left(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let cut = a[1].as_bytes().to_vec();
    if cut.is_empty() {
        return Ok(());
    }
    let s = a[0].as_bytes();
    let from = trim_left_by(s, |r| index_rune(&cut, r).is_some());
    let n = s.len();
    set_sub(a, from, n);
    Ok(())
}

fn trim_right(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let cut = a[1].as_bytes().to_vec();
    if cut.is_empty() {
        return Ok(());
    }
    let to = trim_right_by(a[0].as_bytes(), |r| index_rune(&cut, r).is_some());
    set_sub(a, 0, to);
    Ok(())
}

fn trim_prefix(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (s, p) = (a[0].as_bytes(), a[1].as_bytes());
    if s.starts_with(p) {
        let (from, to) = (p.len(), s.len());
        set_sub(a, from, to);
    }
    Ok(())
}

fn trim_suffix(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (s, p) = (a[0].as_bytes(), a[1].as_bytes());
    if s.ends_with(p) {
        let to = s.len() - p.len();
        set_sub(a, 0, to);
    }
    Ok(())
}

// ----- byte slices and strings.Builder -----

/// `append(buf, extra...)` for a `[]byte`: in place when the capacity allows, else into
/// new storage grown as Go grows it.
pub fn append_bytes(buf: &Value, extra: &[u8]) -> Value {
    if extra.is_empty() {
        return buf.clone();
    }
    let (len, cap) = match buf {
        Value::Slice(s) => (s.len as usize, s.cap as usize),
        _ => (0, 0),
    };
    let need = len + extra.len();
    if let Value::Slice(s) = buf
        && need <= cap
    {
        let at = s.off as usize + len;
        match &mut *s.obj.lock() {
            ObjData::Bytes(b) => b[at..at + extra.len()].copy_from_slice(extra),
            ObjData::Vals(v) => {
                for (k, &x) in extra.iter().enumerate() {
                    v[at + k] = Value::Int(x as i64);
                }
            }
        }
        return Value::Slice(SliceRef {
            obj: s.obj.clone(),
            off: s.off,
            len: need as u32,
            cap: s.cap,
        });
    }
    let new_cap = (crate::vm::layout::grow_cap(cap as u64, need as u64, 1) as usize).max(need);
    let mut b = match buf {
        Value::Slice(s) => s.to_bytes(),
        _ => Vec::new(),
    };
    b.reserve(new_cap - b.len());
    b.extend_from_slice(extra);
    b.resize(new_cap, 0);
    Value::Slice(SliceRef {
        obj: Obj::bytes(b),
        off: 0,
        len: need as u32,
        cap: new_cap as u32,
    })
}

/// A `[]byte` holding `b`'s elements with capacity exactly `cap` (Go's make + copy).
fn remake_bytes(buf: &Value, cap: usize) -> Value {
    let mut b = match buf {
        Value::Slice(s) => s.to_bytes(),
        _ => Vec::new(),
    };
    let len = b.len();
    b.resize(cap.max(len), 0);
    Value::Slice(SliceRef {
        obj: Obj::bytes(b),
        off: 0,
        len: len as u32,
        cap: cap.max(len) as u32,
    })
}

fn append_rune_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let mut enc = Vec::with_capacity(4);
    utf8::encode(&mut enc, a[1].as_int());
    a[0] = append_bytes(&a[0], &enc);
    Ok(())
}

/// The Builder struct behind a `*Builder` (fields: 0 addr, 1 buf), after Go's copyCheck.
fn builder(recv: &Value) -> Result<Arc<Obj>, Trap> {
    let obj = match recv {
        Value::Ptr(p) if p.idx == WHOLE => p.obj.clone(),
        Value::Ptr(p) => match p.obj.get(p.idx as usize) {
            Value::Agg(o) => o,
            _ => return Err(nil_deref()),
        },
        _ => return Err(nil_deref()),
    };
    // Go's copyCheck. The addr field (a *Builder, nil until the first write) holds a
    // pointer to a cell with the Builder's address rather than to the Builder itself,
    // which would make a reference cycle.
    let addr = Arc::as_ptr(&obj) as usize as i64;
    match obj.get(0) {
        Value::Ptr(p) if p.obj.get(0).as_int() == addr => {}
        Value::Nil => obj.set(
            0,
            Value::Ptr(Pointer {
                obj: Obj::cell(Value::Int(addr)),
                idx: 0,
            }),
        ),
        _ => {
            return Err(Trap::Panic(Value::iface_str(
                "strings: illegal use of non-zero Builder copied by value",
            )));
        }
    }
    Ok(obj)
}

fn nil_deref() -> Trap {
    Trap::RuntimeError("invalid memory address or nil pointer dereference".into())
}

fn builder_append(recv: &Value, extra: &[u8]) -> Result<(), Trap> {
    let b = builder(recv)?;
    let buf = b.get(1);
    b.set(1, append_bytes(&buf, extra));
    Ok(())
}

fn builder_write_string(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = std::mem::take(&mut a[1]);
    builder_append(&a[0], s.as_bytes())?;
    a[0] = Value::Int(s.as_bytes().len() as i64);
    a[1] = Value::Nil;
    Ok(())
}

fn builder_write(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let p = utf8::with_bytes(&a[1], |b| b.to_vec());
    builder_append(&a[0], &p)?;
    a[0] = Value::Int(p.len() as i64);
    a[1] = Value::Nil;
    Ok(())
}

fn builder_write_byte(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let c = a[1].as_int() as u8;
    builder_append(&a[0], &[c])?;
    a[0] = Value::Nil;
    Ok(())
}

fn builder_write_rune(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let r = a[1].as_int();
    let b = builder(&a[0])?;
    let mut buf = b.get(1);
    if (0..RUNE_SELF as i64).contains(&r) {
        b.set(1, append_bytes(&buf, &[r as u8]));
        a[0] = Value::Int(1);
        a[1] = Value::Nil;
        return Ok(());
    }
    let (len, cap) = match &buf {
        Value::Slice(s) => (s.len as usize, s.cap as usize),
        _ => (0, 0),
    };
    if cap - len < 4 {
        buf = remake_bytes(&buf, 2 * cap + 4);
    }
    let mut enc = Vec::with_capacity(4);
    utf8::encode(&mut enc, r);
    b.set(1, append_bytes(&buf, &enc));
    a[0] = Value::Int(enc.len() as i64);
    a[1] = Value::Nil;
    Ok(())
}

fn builder_grow(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let b = builder(&a[0])?;
    let n = a[1].as_int();
    if n < 0 {
        return Err(Trap::Panic(Value::iface_str(
            "strings.Builder.Grow: negative count",
        )));
    }
    let buf = b.get(1);
    let (len, cap) = match &buf {
        Value::Slice(s) => (s.len as i64, s.cap as i64),
        _ => (0, 0),
    };
    if cap - len < n {
        b.set(1, remake_bytes(&buf, (2 * cap + n) as usize));
    }
    Ok(())
}
