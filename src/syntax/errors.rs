//! Turns lalrpop's parse errors into diagnostics a person can act on.
//!
//! lalrpop reports the unexpected token and the set of terminals it would have taken.
//! Raw sets are long and cryptic, so they are summarised ("expression", "type") and
//! the common mistakes get a message of their own: a missing comma before a line end
//! in a literal, `else` on a new line, code outside a function, generics.

use lalrpop_util::ParseError;

use super::ast::Span;
use super::lexer::Spanned;
use super::token::Token;
use crate::diag::Diagnostic;

const CODE: &str = "minigo::parse::syntax";

pub fn convert(
    e: ParseError<usize, Token<'_>, Diagnostic>,
    src: &str,
    toks: &[Spanned<'_>],
) -> Diagnostic {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => Diagnostic::new(
            CODE,
            "syntax error: invalid token",
            Span::new(location, location),
        ),
        ParseError::UnrecognizedEof { location, expected } => Diagnostic::new(
            CODE,
            if expected.iter().any(|e| e == "\"}\"") {
                "syntax error: unexpected end of file, expected }".to_string()
            } else {
                format!(
                    "syntax error: unexpected end of file{}",
                    expecting(&expected)
                )
            },
            Span::new(location, location),
        )
        .label("the file ends here")
        .help("a block, call or literal is still open: check for a missing } or )"),
        ParseError::ExtraToken { token: (l, t, r) } => Diagnostic::new(
            CODE,
            format!("syntax error: unexpected {}", describe(t, l, r, src)),
            Span::new(l, r),
        ),
        ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => unexpected(t, l, r, &expected, src, toks),
    }
}

fn describe(t: Token<'_>, l: usize, r: usize, src: &str) -> String {
    match t {
        Token::Semi if l == r => {
            if l >= src.trim_end().len() {
                "end of file".to_string()
            } else {
                "newline".to_string()
            }
        }
        Token::Semi => "semicolon".to_string(),
        t => t.describe(),
    }
}

fn unexpected(
    t: Token<'_>,
    l: usize,
    r: usize,
    expected: &[String],
    src: &str,
    toks: &[Spanned<'_>],
) -> Diagnostic {
    let what = describe(t, l, r, src);
    let span = if l == r {
        // Point at the end of the line the automatic semicolon ends.
        Span::new(l, l)
    } else {
        Span::new(l, r)
    };
    let has = |s: &str| expected.iter().any(|e| e == s);
    let idx = toks.iter().position(|&(tl, _, _)| tl >= l);
    let prev = idx.and_then(|i| i.checked_sub(1)).map(|i| toks[i].1);
    let prev2 = idx.and_then(|i| i.checked_sub(2)).map(|i| toks[i].1);

    // Generics: `func F[T any]`, `type T[K comparable]`, `F[int](x)`.
    if t == Token::LBrack && matches!(prev2, Some(Token::Func) | Some(Token::Type)) {
        return generics(span);
    }
    if matches!(t, Token::Ident("any" | "comparable")) && matches!(prev, Some(Token::Ident(_))) {
        return generics(span);
    }
    if t == Token::Tilde {
        return generics(span);
    }
    if t == Token::Goto || matches!(prev, Some(Token::Goto)) {
        return Diagnostic::new("minigo::unsupported::goto", "goto is not supported", span)
            .help("use a labelled break or continue, or a loop");
    }
    if t == Token::Else {
        return Diagnostic::new(
            CODE,
            "syntax error: else must be on the same line as the closing } of the if block",
            span,
        )
        .label("unexpected else")
        .help("write `} else {` on one line: a newline after } ends the if statement");
    }
    if matches!(t, Token::Semi) && l == r && has("\",\"") && (has("\"}\"") || has("\")\"")) {
        let closer = if has("\"}\"") { "}" } else { ")" };
        let inside = if closer == "}" {
            "composite literal"
        } else {
            "argument list"
        };
        return Diagnostic::new(
            CODE,
            format!(
                "syntax error: unexpected newline in {inside}; possibly missing comma or {closer}"
            ),
            span,
        )
        .label("a comma is needed before this line end")
        .help(format!(
            "when the closing {closer} is on a later line, every element ends with a comma"
        ));
    }
    if has("\",\"") && (has("\"}\"") || has("\")\"")) && !has("\"string lit\"") {
        // Two elements with nothing between them: `f(a b)`, `{"k" 1}`.
        let closer = if has("\"}\"") { "}" } else { ")" };
        let inside = if closer == "}" {
            "composite literal"
        } else if enclosing(toks, idx).is_some_and(|o| is_param_list(toks, o)) {
            "parameter list"
        } else {
            "argument list"
        };
        return Diagnostic::new(
            CODE,
            format!(
                "syntax error: unexpected {what} in {inside}; possibly missing comma or {closer}"
            ),
            span,
        )
        .label(format!("unexpected {what}"))
        .help("separate the elements with commas");
    }
    if t == Token::Comma && has("\"}\"") && has("\";\"") {
        // A comma after an interface method or a tagged struct field.
        let kind = enclosing(toks, idx)
            .and_then(|o| o.checked_sub(1))
            .map(|o| toks[o].1);
        let (what_type, help) = match kind {
            Some(Token::Interface) => (
                "interface type",
                "interface methods are separated by newlines or semicolons, not commas",
            ),
            Some(Token::Struct) => (
                "struct type",
                "struct fields are separated by newlines or semicolons, not commas",
            ),
            _ => ("", ""),
        };
        if !what_type.is_empty() {
            return Diagnostic::new(
                CODE,
                format!("syntax error: unexpected comma in {what_type}; possibly missing semicolon or newline or }}"),
                span,
            )
            .label("unexpected comma")
            .help(help);
        }
    }
    if t == Token::LBrace && prev == Some(Token::If) {
        return Diagnostic::new(
            CODE,
            "syntax error: missing condition in if statement",
            span,
        )
        .label("the condition belongs here")
        .help("write the condition between if and {: if x > 0 {");
    }
    if has("\"string lit\"") && has("\"}\"") && !has("\"int lit\"") {
        // Inside a struct type, after a field (where a tag may follow).
        return Diagnostic::new(
            CODE,
            format!("syntax error: unexpected {what} in struct type; possibly missing semicolon or newline or }}"),
            span,
        )
        .label(format!("unexpected {what}"))
        .help("struct fields are separated by newlines or semicolons, not commas");
    }
    if t == Token::LBrace && matches!(prev, Some(Token::Semi | Token::AutoSemi)) {
        return Diagnostic::new(CODE, "syntax error: unexpected semicolon or newline before {", span)
            .label("this { starts a new line")
            .help("put the { at the end of the previous line: a line break after `)`, a result type or a condition ends the statement");
    }
    if t == Token::LBrace && has("\";\"") {
        // `if x = 5 {`: an assignment where a condition belongs.
        let i = idx.unwrap_or(0);
        let header = toks[..i]
            .iter()
            .rposition(|(_, tk, _)| matches!(tk, Token::If | Token::For | Token::Switch));
        if let Some(h) = header
            && let Some(a) = toks[h..i]
                .iter()
                .position(|(_, tk, _)| *tk == Token::Assign)
        {
            let (al, _, ar) = toks[h + a];
            let stmt = src[toks[h + 1].0..toks[i - 1].2].trim();
            return Diagnostic::new(
                CODE,
                format!("syntax error: cannot use assignment {stmt} as value"),
                Span::new(al, ar),
            )
            .label("assignment, not comparison")
            .help("to compare, use ==");
        }
    }
    if let Some(i) = idx {
        // `for i := 0, i < n, i++ {`: commas where the for clause needs semicolons.
        let start = toks[..i]
            .iter()
            .rposition(|(_, tk, _)| {
                matches!(
                    tk,
                    Token::Semi | Token::AutoSemi | Token::LBrace | Token::RBrace
                )
            })
            .map_or(0, |p| p + 1);
        let stmt = &toks[start..i];
        let is_for = matches!(stmt.first(), Some((_, Token::For, _)));
        if is_for && t == Token::Ident("in") {
            // `for i, x in xs {`, from Python or JavaScript.
            let vars = src[stmt.get(1).map_or(l, |x| x.0)..l].trim();
            let rest = toks[i + 1..]
                .iter()
                .position(|(_, tk, _)| matches!(tk, Token::LBrace | Token::Semi | Token::AutoSemi))
                .map(|p| src[r..toks[i + 1 + p].0].trim())
                .unwrap_or("xs");
            return Diagnostic::new(
                CODE,
                "syntax error: unexpected name in, expected := or = or comma",
                span,
            )
            .label("unexpected name in")
            .help(format!(
                "Go has no for-in loop: write for {vars} := range {rest} {{"
            ));
        }
        let assigns = stmt
            .iter()
            .position(|(_, tk, _)| matches!(tk, Token::Define | Token::Assign));
        let comma = stmt.iter().position(|(_, tk, _)| *tk == Token::Comma);
        if is_for && matches!((assigns, comma), (Some(a), Some(c)) if a < c) {
            return Diagnostic::new(CODE, format!("syntax error: unexpected {what}, expected {{"), span)
                .label(format!("unexpected {what}"))
                .help("the three parts of a for clause are separated by semicolons: for i := 0; i < n; i++ {");
        }
    }
    if t == Token::Semi && l != r && has("\"{\"") {
        // `for i := 0; i < n; i++; {`: a third semicolon.
        let i = idx.unwrap_or(0);
        let start = toks[..i]
            .iter()
            .rposition(|(_, tk, _)| matches!(tk, Token::LBrace | Token::RBrace | Token::AutoSemi))
            .map_or(0, |p| p + 1);
        if matches!(toks.get(start), Some((_, Token::For, _))) {
            return Diagnostic::new(
                CODE,
                "syntax error: unexpected semicolon, expected { after for clause",
                span,
            )
            .label("unexpected semicolon")
            .help("a for clause has three parts and two semicolons: for i := 0; i < n; i++ {");
        }
    }
    if matches!(t, Token::Inc | Token::Dec) && has("\";\"") {
        return Diagnostic::new(
            CODE,
            format!("syntax error: unexpected {what} at end of statement"),
            span,
        )
        .label(format!("{what} is a statement, not an expression"))
        .help(format!("write `x{what}` on its own line, then use x"));
    }
    if matches!(t, Token::Ident(_)) && prev == Some(Token::Func) && has("\"(\"") {
        // `func name` where only a function literal can be: a declaration inside a
        // function, most likely because a } is missing above.
        let mut d = Diagnostic::new(
            CODE,
            format!("syntax error: unexpected {what}{}", expecting(expected)),
            span,
        )
        .label(format!("unexpected {what}"));
        if let Some((name, line)) = open_func(&toks[..idx.unwrap_or(0).saturating_sub(1)], src) {
            d = d.help(format!(
                "a function cannot be declared inside another: is a }} missing above? (the body of {name}, opened on line {line}, is still open)"
            ));
        }
        return d;
    }
    if top_level(expected) && !matches!(t, Token::Func | Token::Var | Token::Const | Token::Type) {
        return Diagnostic::new(
            CODE,
            "syntax error: non-declaration statement outside function body",
            span,
        )
        .label(format!("unexpected {what}"))
        .help("statements belong inside a function such as func main() { ... }");
    }
    if t == Token::Define && has("\"=\"") {
        return Diagnostic::new(CODE, format!("syntax error: unexpected {what}"), span)
            .label("unexpected :=")
            .help("outside a function use `var x = value`; inside, `x := value` needs names on the left");
    }
    let mut d = Diagnostic::new(
        CODE,
        format!("syntax error: unexpected {what}{}", expecting(expected)),
        span,
    )
    .label(format!("unexpected {what}"));
    if t == Token::Chan {
        // `chan int(nil)`: Go accepts it; our LR(1) grammar cannot tell it from
        // `<-chan int` as a type argument, so it asks for Go's other spelling.
        d = d.help(
            "minigo reads a conversion to a channel type only in parentheses: write (chan int)(x)",
        );
    } else if matches!(t, Token::Semi) && l == r && has("\"{\"") {
        d = d.help("put the opening { on the same line");
    } else if t == Token::Assign && has("\":=\"") {
        d = d.help("did you mean == (comparison) or := (declaration)?");
    }
    d
}

/// Go quotes the statement in `switch x := 3 {`: "cannot use x := 3 as value", at the
/// assignment operator. The grammar's helper (`helpers::switch`) has no source text.
pub fn quote_switch_header(d: &mut Diagnostic, src: &str) {
    if d.code != super::helpers::SWITCH_HEADER {
        return;
    }
    let span = d.span();
    let Some(stmt) = src.get(span.lo as usize..span.hi as usize) else {
        return;
    };
    d.message = format!("syntax error: cannot use {} as value", stmt.trim());
    if let Some(at) = stmt.find(":=").or_else(|| stmt.find('=')) {
        let lo = span.lo as usize + at;
        if let Some(l) = d.labels.iter_mut().find(|l| l.primary) {
            l.span = Span::new(lo, lo + if stmt[at..].starts_with(":=") { 2 } else { 1 });
        }
    }
}

/// The index of the innermost bracket (`(`, `[` or `{`) still open before token `idx`.
fn enclosing(toks: &[Spanned<'_>], idx: Option<usize>) -> Option<usize> {
    let mut depth = 0usize;
    for j in (0..idx?).rev() {
        match toks[j].1 {
            Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
            Token::LParen | Token::LBrack | Token::LBrace if depth == 0 => return Some(j),
            Token::LParen | Token::LBrack | Token::LBrace => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether the `(` at `open` starts a parameter list: `func(`, `func name(`,
/// `func (r T) name(`, or a result list `) (`.
fn is_param_list(toks: &[Spanned<'_>], open: usize) -> bool {
    let before = |k: usize| open.checked_sub(k).map(|j| toks[j].1);
    match before(1) {
        Some(Token::Func) => true,
        Some(Token::Ident(_)) => {
            matches!(before(2), Some(Token::Func))
                || matches!(before(2), Some(Token::RParen))
                    && enclosing(toks, Some(open - 2))
                        .is_some_and(|o| o > 0 && toks[o - 1].1 == Token::Func)
        }
        _ => false,
    }
}

/// The top-level function whose body is still open at the end of `toks`, with the line
/// it starts on.
fn open_func<'a>(toks: &[Spanned<'a>], src: &str) -> Option<(&'a str, usize)> {
    let mut depth = 0usize;
    let mut open = None;
    for (i, &(l, t, _)) in toks.iter().enumerate() {
        match t {
            Token::LBrace => depth += 1,
            Token::RBrace => depth = depth.saturating_sub(1),
            Token::Func if depth == 0 => {
                // `func name(` or `func (recv) name(`.
                let mut j = i + 1;
                if matches!(toks.get(j), Some((_, Token::LParen, _))) {
                    j += toks[j..]
                        .iter()
                        .position(|(_, t, _)| *t == Token::RParen)
                        .unwrap_or(0)
                        + 1;
                }
                let name = match toks.get(j) {
                    Some(&(_, Token::Ident(n), _)) => Some(n),
                    _ => None,
                };
                let line = src[..l.min(src.len())].matches('\n').count() + 1;
                open = name.map(|n| (n, line));
            }
            _ => {}
        }
    }
    if depth > 0 { open } else { None }
}

fn generics(span: Span) -> Diagnostic {
    Diagnostic::new(
        "minigo::unsupported::generics",
        "generics are not supported",
        span,
    )
    .label("type parameters start here")
    .help("write the function or type for one concrete type, or use an interface")
}

/// Whether the parser wanted a top-level declaration here.
fn top_level(expected: &[String]) -> bool {
    let want = |s: &str| expected.iter().any(|e| e == s);
    want("\"func\"") && want("\"var\"") && !want("\"ident\"")
}

/// Summarises an expected-token set: ", expected X" or nothing when it is too diverse.
fn expecting(expected: &[String]) -> String {
    let want = |s: &str| expected.iter().any(|e| e == s);
    let names: Vec<String> = expected.iter().map(|e| terminal_name(e)).collect();
    if want("\"ident\"") && want("\"int lit\"") && want("\"(\"") {
        return ", expected expression".to_string();
    }
    if want("\"ident\"") && want("\"map\"") && want("\"chan\"") && !want("\"int lit\"") {
        return ", expected type".to_string();
    }
    if names.len() == 1 {
        return format!(", expected {}", names[0]);
    }
    if names.len() <= 4 {
        let (last, first) = names.split_last().expect("non-empty");
        return format!(", expected {} or {}", first.join(", "), last);
    }
    String::new()
}

fn terminal_name(t: &str) -> String {
    let t = t.trim_matches('"');
    match t {
        "ident" => "name".to_string(),
        ";" => "newline".to_string(),
        "," => "comma".to_string(),
        other => other.replace("\\\"", "\""),
    }
}

/// After a syntax error the parser's recovery often stumbles over what follows: a
/// statement left of a broken function reads as "outside function body", or the same
/// mistake is reported again a token later. As Go's compiler does, keep one error per
/// line and drop "outside function body" errors that follow an earlier error.
pub fn drop_cascades(diags: &mut Vec<Diagnostic>, src: &str) {
    let line_of = |off: u32| {
        src.as_bytes()[..(off as usize).min(src.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    };
    let mut last_line: Option<usize> = None;
    diags.retain(|d| {
        let line = line_of(d.span().lo);
        if d.code != CODE {
            // Lexical errors (bad characters, literals) hide the syntax errors they cause.
            if last_line.is_none_or(|l| line > l) {
                last_line = Some(line);
            }
            return true;
        }
        let cascade = last_line.is_some()
            && (d.message.contains("outside function body")
                || last_line.is_some_and(|l| line <= l + 1));
        if !cascade {
            last_line = Some(line);
        }
        !cascade
    });
}
