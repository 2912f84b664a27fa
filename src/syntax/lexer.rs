//! The token stream the parser reads: logos tokens plus Go's automatic semicolons.
//!
//! Go's rule (spec, "Semicolons"): when a line ends after an identifier, a literal, one of
//! the keywords `break continue fallthrough return`, or one of `++ -- ) ] }`, a `;` is
//! inserted there. A block comment that spans lines counts as a line end; a `;` is also
//! inserted at the end of the file after such a token. Bad characters and unclosed
//! literals are reported and skipped so that one mistake does not hide the next.

use logos::Logos;

use super::ast::Span;
use super::token::Token;
use crate::diag::Diagnostic;

/// A token with its byte range, as lalrpop takes it.
pub type Spanned<'a> = (usize, Token<'a>, usize);

pub struct Lexed<'a> {
    pub tokens: Vec<Spanned<'a>>,
    pub errors: Vec<Diagnostic>,
}

/// The deepest bracket nesting accepted (Go's own parser gives up sooner).
const MAX_NESTING: usize = 10_000;

/// Lexes a whole file, inserting semicolons by Go's rule.
pub fn lex(src: &str) -> Lexed<'_> {
    let mut tokens: Vec<Spanned<'_>> = Vec::new();
    let mut errors = Vec::new();
    let mut lexer = Token::lexer(src);
    // Whether the last real token allows a semicolon at the next line end.
    let mut pending_semi = false;
    let mut last_end = 0;
    // Open brackets: bounded so that a pathological file cannot exhaust the stack.
    let mut depth = 0usize;
    while let Some(item) = lexer.next() {
        let range = lexer.span();
        let span = Span::new(range.start, range.end);
        let tok = match item {
            Ok(t) => t,
            Err(()) => {
                let c = src[range.start..].chars().next().unwrap_or('?');
                errors.push(invalid_char(c, span));
                continue;
            }
        };
        match tok {
            Token::Newline | Token::BlockComment(true) => {
                if pending_semi {
                    tokens.push((range.start, Token::AutoSemi, range.start));
                    pending_semi = false;
                }
                continue;
            }
            Token::BlockComment(false) => continue,
            Token::UnterminatedComment => {
                errors.push(
                    Diagnostic::new(
                        "minigo::parse::comment",
                        "comment not terminated",
                        span.start(),
                    )
                    .label("this comment is never closed")
                    .help("close it with */"),
                );
                continue;
            }
            Token::Unterminated(text) => {
                let (what, close) = match text.as_bytes()[0] {
                    b'`' => ("raw string literal", "`"),
                    b'\'' => ("rune literal", "'"),
                    _ => ("string literal", "\""),
                };
                errors.push(
                    Diagnostic::new(
                        "minigo::parse::literal",
                        format!("{what} not terminated"),
                        span,
                    )
                    .label("this literal is never closed")
                    .help(format!("close it with {close} on the same line")),
                );
                // Stand in a well-formed literal so parsing can go on.
                let standin = match text.as_bytes()[0] {
                    b'\'' => Token::Rune("'?'"),
                    _ => Token::Str("\"\""),
                };
                tokens.push((range.start, standin, range.end));
                pending_semi = true;
                last_end = range.end;
                continue;
            }
            Token::Imag(_) => {
                errors.push(
                    Diagnostic::new(
                        "minigo::unsupported::complex",
                        "complex numbers are not supported",
                        span,
                    )
                    .label("imaginary literal")
                    .help("minigo supports int, float64 and float32 numbers; complex64 and complex128 are left out"),
                );
            }
            Token::LParen | Token::LBrack | Token::LBrace => {
                depth += 1;
                if depth > MAX_NESTING {
                    errors.push(
                        Diagnostic::new(
                            "minigo::parse::nesting",
                            format!("syntax error: brackets nested more than {MAX_NESTING} deep"),
                            span,
                        )
                        .label("too deep")
                        .help("split the expression or block into smaller functions"),
                    );
                    break;
                }
            }
            Token::RParen | Token::RBrack | Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        pending_semi = tok.ends_statement();
        last_end = range.end;
        tokens.push((range.start, tok, range.end));
    }
    if pending_semi {
        tokens.push((last_end, Token::AutoSemi, last_end));
    }
    Lexed { tokens, errors }
}

fn invalid_char(c: char, span: Span) -> Diagnostic {
    let shown = if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{c}'", c as u32)
    };
    let help = match c {
        '"' | '\'' | '`' => "a literal must be closed on the line it starts".to_string(),
        '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' => {
            "this is a typographic quote; Go strings use straight quotes \" \" ".to_string()
        }
        '?' => "Go has no ?: operator; use an if statement".to_string(),
        '@' | '$' | '#' => "this character is not part of Go's syntax".to_string(),
        _ => "remove it, or put it inside a string or comment".to_string(),
    };
    Diagnostic::new(
        "minigo::parse::char",
        format!("invalid character {shown} in source"),
        span,
    )
    .label("not allowed here")
    .help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        lex(src)
            .tokens
            .iter()
            .map(|(_, t, _)| match t {
                Token::AutoSemi => "⏎".to_string(),
                Token::Ident(s) => s.to_string(),
                Token::Int(s)
                | Token::Float(s)
                | Token::Str(s)
                | Token::Rune(s)
                | Token::RawStr(s) => s.to_string(),
                t => t.text().to_string(),
            })
            .collect()
    }

    #[test]
    fn semicolons_follow_gos_rule() {
        assert_eq!(
            kinds("x := 1\ny++\nreturn\n}\nf(\na,\n)"),
            vec![
                "x", ":=", "1", "⏎", "y", "++", "⏎", "return", "⏎", "}", "⏎", "f", "(", "a", ",",
                ")", "⏎"
            ]
        );
    }

    #[test]
    fn comments_and_unicode() {
        assert_eq!(
            kinds("a /* x\n */ b // c\nسلام"),
            vec!["a", "⏎", "b", "⏎", "سلام", "⏎"]
        );
        assert_eq!(kinds("a /* x */ b"), vec!["a", "b", "⏎"]);
    }

    #[test]
    fn literals() {
        assert_eq!(
            kinds(r#"1_000 0x1F 1.5e3 .5 'a' '\n' "s\"t" `raw`"#),
            vec![
                "1_000",
                "0x1F",
                "1.5e3",
                ".5",
                "'a'",
                r"'\n'",
                r#""s\"t""#,
                "`raw`",
                "⏎"
            ]
        );
    }

    #[test]
    fn errors_are_reported_and_skipped() {
        let l = lex("a @ b\n\"open\nc");
        assert_eq!(l.errors.len(), 2);
        assert!(l.errors[0].message.contains("invalid character"));
        assert!(l.errors[1].message.contains("not terminated"));
    }
}
