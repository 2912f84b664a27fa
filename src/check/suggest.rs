//! Help-line suggestions: the closest spelling of a misspelt name, and what to write
//! instead of methods that Go spells as built-in functions or package functions
//! (`queue.append(x)`, `name.length`, `s.toUpperCase()`).

/// The candidate closest to `name`: the same name in another case first, then the
/// smallest edit distance (a swap of two neighbours counts as one edit) within a
/// budget that grows with the name's length. Remaining ties go to the alphabetically
/// first, so the suggestion does not depend on hash order.
pub(crate) fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let len = name.chars().count();
    let budget = match len {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    };
    let lower = name.to_lowercase();
    let mut best: Option<(usize, usize, &str)> = None;
    for c in candidates {
        if c == name || c == "_" {
            continue;
        }
        let cl = c.to_lowercase();
        let d = if cl == lower {
            0
        } else {
            let d = edit_distance(&lower, &cl) + 1;
            // A one-letter name is never "close" to anything but its other case.
            if d - 1 > budget || c.chars().count() <= 2 {
                continue;
            }
            d
        };
        // Among equally distant names, the one sharing more of the start and end
        // (`Printn` is `Println` with a letter dropped, rather than `Print` plus one).
        let key = (d, usize::MAX - shared_ends(&lower, &cl), c);
        if best.is_none_or(|b| key < b) {
            best = Some(key);
        }
    }
    best.map(|(_, _, c)| c)
}

/// The length of the common prefix plus that of the common suffix.
fn shared_ends(a: &str, b: &str) -> usize {
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let suffix = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// adjacent characters (`Itme` → `Item` is one edit).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// The kind of value a method was looked up on, for [`builtin_instead`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Receiver {
    Slice,
    Map,
    String,
    Chan,
}

/// What to write instead of `x.name(args)` when the method is a built-in function or a
/// package function in Go (learners bring `list.append(x)`, `s.length` and
/// `s.toUpperCase()` from other languages). `x` and `args` are source text; `args` is
/// None for a field access (`name.length`).
pub(crate) fn builtin_instead(
    recv: Receiver,
    x: &str,
    name: &str,
    args: Option<&str>,
) -> Option<String> {
    let lower = name.to_lowercase();
    let a = args.unwrap_or("");
    let with = |f: &str| {
        if a.is_empty() {
            format!("{f}({x})")
        } else {
            format!("{f}({x}, {a})")
        }
    };
    let builtin = |code: String| Some(format!("use the built-in function: {code}"));
    let strings = |f: &str| {
        Some(format!(
            "use the strings package: {}",
            with(&format!("strings.{f}"))
        ))
    };
    match (recv, lower.as_str()) {
        (Receiver::String, "count") if !a.is_empty() => strings("Count"),
        (_, "len" | "length" | "size" | "count") => builtin(format!("len({x})")),
        (Receiver::Slice | Receiver::Chan, "cap" | "capacity") => builtin(format!("cap({x})")),
        (Receiver::Slice, "append" | "push" | "add" | "push_back" | "extend") => {
            builtin(format!("{x} = {}", with("append")))
        }
        (Receiver::Slice, "copy") => builtin(with("copy")),
        (Receiver::Map, "delete" | "remove" | "erase" | "pop") => builtin(with("delete")),
        (Receiver::Map, "contains" | "has" | "haskey" | "containskey" | "get") => Some(format!(
            "index the map; the second result says whether the key is there: v, ok := {x}[{}]",
            if a.is_empty() { "key" } else { a }
        )),
        (Receiver::Chan, "close") => builtin(format!("close({x})")),
        (Receiver::String, "upper" | "toupper" | "touppercase") => strings("ToUpper"),
        (Receiver::String, "lower" | "tolower" | "tolowercase") => strings("ToLower"),
        (Receiver::String, "trim" | "strip") if a.is_empty() => strings("TrimSpace"),
        (Receiver::String, "split") => strings("Split"),
        (Receiver::String, "contains" | "includes") => strings("Contains"),
        (Receiver::String, "startswith" | "hasprefix") => strings("HasPrefix"),
        (Receiver::String, "endswith" | "hassuffix") => strings("HasSuffix"),
        (Receiver::String, "indexof" | "index" | "find") => strings("Index"),
        (Receiver::String, "replace" | "replaceall") => strings("ReplaceAll"),
        (Receiver::String, "repeat") => strings("Repeat"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_names() {
        let fmt = [
            "Errorf", "Print", "Printf", "Println", "Sprint", "Sprintf", "Sprintln",
        ];
        assert_eq!(closest("Printn", fmt), Some("Println"));
        assert_eq!(closest("println", fmt), Some("Println"));
        assert_eq!(closest("Itme", ["ID", "Item", "Price"]), Some("Item"));
        assert_eq!(closest("Withdraw", ["Deposit", "Owner", "balance"]), None);
        assert_eq!(closest("x", ["y", "X"]), Some("X"));
        assert_eq!(closest("ab", ["ac"]), None);
        assert_eq!(edit_distance("abcd", "acbd"), 1);
    }

    #[test]
    fn builtins_for_methods() {
        assert_eq!(
            builtin_instead(Receiver::Slice, "queue", "append", Some("\"c\"")).as_deref(),
            Some("use the built-in function: queue = append(queue, \"c\")")
        );
        assert_eq!(
            builtin_instead(Receiver::String, "name", "length", None).as_deref(),
            Some("use the built-in function: len(name)")
        );
        assert_eq!(
            builtin_instead(Receiver::Map, "seen", "delete", Some("\"a\"")).as_deref(),
            Some("use the built-in function: delete(seen, \"a\")")
        );
        assert_eq!(
            builtin_instead(Receiver::String, "s", "toUpperCase", Some("")).as_deref(),
            Some("use the strings package: strings.ToUpper(s)")
        );
        assert_eq!(
            builtin_instead(Receiver::Slice, "s", "sort", Some("")),
            None
        );
    }
}
