//! The token set of the dialect, recognised by a logos state machine.
//!
//! Every token borrows its text from the source. Newlines are tokens here because Go's
//! automatic semicolon insertion depends on them; `lexer.rs` turns them into `;` or drops
//! them before the parser sees the stream.

use logos::Logos;

/// One token of Go source text.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\r\f]+")]
#[logos(skip r"//[^\n]*")]
pub enum Token<'a> {
    /// A line break: may become an automatic `;`.
    #[token("\n")]
    Newline,
    /// `/* ... */`; carries whether it spans lines, since then it acts like a newline.
    #[regex(r"/\*([^*]|\*+[^*/])*\*+/", |lex| lex.slice().contains('\n'))]
    BlockComment(bool),
    /// `/*` with no closing `*/` before the end of the file.
    #[regex(r"/\*([^*]|\*+[^*/])*\**", priority = 0)]
    UnterminatedComment,

    /// An identifier: a Unicode letter or `_`, then letters, digits and `_`.
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*", |lex| lex.slice())]
    Ident(&'a str),
    /// A decimal, hex, octal or binary integer literal, kept as written (`_` included).
    // Digits of any base are taken greedily (and checked later), so that `0b102` is one
    // literal with a bad digit, as Go's scanner reads it.
    #[regex(r"[0-9][0-9_]*", |lex| lex.slice())]
    #[regex(r"0[xX][0-9a-fA-F_]*", |lex| lex.slice())]
    #[regex(r"0[oO][0-9_]*", |lex| lex.slice())]
    #[regex(r"0[bB][0-9_]*", |lex| lex.slice())]
    Int(&'a str),
    /// A floating-point literal, kept as written.
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]+)?", |lex| lex.slice())]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?", |lex| lex.slice())]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]+", |lex| lex.slice())]
    #[regex(r"0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]+", |lex| lex.slice())]
    // An exponent without digits (`1e`), reported when the literal is read.
    #[regex(r"[0-9][0-9_]*(\.[0-9_]*)?[eE][+-]?", |lex| lex.slice())]
    Float(&'a str),
    /// An imaginary literal (`2i`): lexed so that it can be rejected with a clear message.
    #[regex(r"[0-9][0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]+)?i", |lex| lex.slice())]
    Imag(&'a str),
    /// A rune literal with its quotes, escapes not yet decoded.
    #[regex(r"'([^'\\\n]|\\[^\n])*'", |lex| lex.slice())]
    Rune(&'a str),
    /// An interpreted string literal with its quotes, escapes not yet decoded.
    #[regex(r#""([^"\\\n]|\\[^\n])*""#, |lex| lex.slice())]
    Str(&'a str),
    /// A raw string literal with its backquotes.
    #[regex(r"`[^`]*`", |lex| lex.slice())]
    RawStr(&'a str),
    /// A string, rune or raw string that reaches the end of its line (or file) unclosed.
    #[regex(r#""([^"\\\n]|\\[^\n])*\\?"#, |lex| lex.slice(), priority = 0)]
    #[regex(r"'([^'\\\n]|\\[^\n])*\\?", |lex| lex.slice(), priority = 0)]
    #[regex(r"`[^`]*", |lex| lex.slice(), priority = 0)]
    Unterminated(&'a str),

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    // Operators and punctuation.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    PlusAssign,
    #[token("-=")]
    MinusAssign,
    #[token("*=")]
    StarAssign,
    #[token("/=")]
    SlashAssign,
    #[token("%=")]
    PercentAssign,
    #[token("&=")]
    AmpAssign,
    #[token("|=")]
    PipeAssign,
    #[token("^=")]
    CaretAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    EqEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    NotEq,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,

    /// A `;` inserted by the lexer at a line end or at the end of the file (Go's rule).
    /// The parser treats it as `;`; diagnostics call it "newline".
    AutoSemi,
}

impl Token<'_> {
    /// Go's rule: a line ending after one of these tokens gets an automatic semicolon.
    pub fn ends_statement(&self) -> bool {
        matches!(
            self,
            Token::Ident(_)
                | Token::Int(_)
                | Token::Float(_)
                | Token::Imag(_)
                | Token::Rune(_)
                | Token::Str(_)
                | Token::RawStr(_)
                | Token::Break
                | Token::Continue
                | Token::Fallthrough
                | Token::Return
                | Token::Inc
                | Token::Dec
                | Token::RParen
                | Token::RBrack
                | Token::RBrace
        )
    }

    /// How a person would name this token in an error message.
    pub fn describe(&self) -> String {
        match self {
            Token::Newline | Token::AutoSemi => "newline".into(),
            Token::BlockComment(_) | Token::UnterminatedComment => "comment".into(),
            Token::Ident(s) => format!("name {s}"),
            Token::Int(s) | Token::Float(s) | Token::Imag(s) => format!("literal {s}"),
            Token::Rune(s) | Token::Str(s) | Token::RawStr(s) | Token::Unterminated(s) => {
                let short: String = s.chars().take(20).collect();
                if short.len() < s.len() {
                    format!("literal {short}…")
                } else {
                    format!("literal {s}")
                }
            }
            Token::Comma => "comma".into(),
            other => {
                let text = other.text();
                if text.chars().all(|c| c.is_ascii_alphabetic()) {
                    format!("keyword {text}")
                } else {
                    text.to_string()
                }
            }
        }
    }

    /// The fixed spelling of a keyword or operator token.
    pub fn text(&self) -> &'static str {
        match self {
            Token::Break => "break",
            Token::Case => "case",
            Token::Chan => "chan",
            Token::Const => "const",
            Token::Continue => "continue",
            Token::Default => "default",
            Token::Defer => "defer",
            Token::Else => "else",
            Token::Fallthrough => "fallthrough",
            Token::For => "for",
            Token::Func => "func",
            Token::Go => "go",
            Token::Goto => "goto",
            Token::If => "if",
            Token::Import => "import",
            Token::Interface => "interface",
            Token::Map => "map",
            Token::Package => "package",
            Token::Range => "range",
            Token::Return => "return",
            Token::Select => "select",
            Token::Struct => "struct",
            Token::Switch => "switch",
            Token::Type => "type",
            Token::Var => "var",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::Percent => "%",
            Token::Amp => "&",
            Token::Pipe => "|",
            Token::Caret => "^",
            Token::Shl => "<<",
            Token::Shr => ">>",
            Token::AndNot => "&^",
            Token::PlusAssign => "+=",
            Token::MinusAssign => "-=",
            Token::StarAssign => "*=",
            Token::SlashAssign => "/=",
            Token::PercentAssign => "%=",
            Token::AmpAssign => "&=",
            Token::PipeAssign => "|=",
            Token::CaretAssign => "^=",
            Token::ShlAssign => "<<=",
            Token::ShrAssign => ">>=",
            Token::AndNotAssign => "&^=",
            Token::AndAnd => "&&",
            Token::OrOr => "||",
            Token::Arrow => "<-",
            Token::Inc => "++",
            Token::Dec => "--",
            Token::EqEq => "==",
            Token::Lt => "<",
            Token::Gt => ">",
            Token::Assign => "=",
            Token::Not => "!",
            Token::Tilde => "~",
            Token::NotEq => "!=",
            Token::LtEq => "<=",
            Token::GtEq => ">=",
            Token::Define => ":=",
            Token::Ellipsis => "...",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::LBrack => "[",
            Token::RBrack => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Comma => ",",
            Token::Dot => ".",
            Token::Semi | Token::AutoSemi => ";",
            Token::Colon => ":",
            Token::Newline => "\n",
            Token::BlockComment(_) | Token::UnterminatedComment => "/*",
            Token::Ident(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::Rune(_)
            | Token::Str(_)
            | Token::RawStr(_)
            | Token::Unterminated(_) => "",
        }
    }
}
