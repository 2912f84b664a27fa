//! Diagnostics: one type for every compile error, rendered by miette.
//!
//! A diagnostic has a stable code (`minigo::parse::…`, `minigo::type::…`), a message in
//! lower case without a trailing period, a primary label, optional secondary labels
//! ("declared here") and a help line that says what to do. Rendering is plain and
//! fixed-width for tests and files, coloured for a terminal.

use std::fmt;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};

use crate::syntax::ast::Span;

/// A source file with its name and an index of line starts.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<SourceFile> {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Arc::new(SourceFile {
            name: name.into(),
            text,
            line_starts,
        })
    }

    /// 1-based line and column (in bytes, as Go counts) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize - 1)
            .unwrap_or(self.text.len());
        self.text[start as usize..end.max(start as usize)].trim_end_matches('\r')
    }

    /// The code of a line: from its first non-blank character to its end, without a
    /// trailing `//` comment (the span a runtime report underlines).
    pub fn code_span(&self, line: u32) -> Span {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return Span::default();
        };
        let text = self.line_text(line);
        let lead = text.len() - text.trim_start().len();
        let mut end = text.len();
        // Cut a comment, skipping `//` inside string and rune literals.
        let (mut quote, mut prev) = (None, ' ');
        for (k, c) in text.char_indices() {
            match quote {
                Some(q) if c == q && prev != '\\' => quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' || c == '`' => quote = Some(c),
                None if c == '/' && prev == '/' => {
                    end = k - 1;
                    break;
                }
                None => {}
            }
            prev = if prev == '\\' && c == '\\' { ' ' } else { c };
        }
        let code = text[..end].trim_end();
        let hi = code.len().max(lead);
        Span::new(start as usize + lead, start as usize + hi)
    }

    pub fn snippet(&self, span: Span) -> &str {
        self.text
            .get(span.lo as usize..span.hi as usize)
            .unwrap_or("")
    }
}

#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub text: Option<String>,
    pub primary: bool,
}

/// One compile-time error.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub code: &'static str,
    pub message: String,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    /// The file the spans point into when it is not the program's own file (an error
    /// inside one of minigo's library sources).
    pub source: Option<Arc<SourceFile>>,
}

impl Diagnostic {
    pub fn new(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            code,
            message: message.into(),
            labels: vec![Label {
                span,
                text: None,
                primary: true,
            }],
            help: None,
            source: None,
        }
    }

    /// Sets the text under the primary label.
    pub fn label(mut self, text: impl Into<String>) -> Diagnostic {
        if let Some(l) = self.labels.iter_mut().find(|l| l.primary) {
            l.text = Some(text.into());
        }
        self
    }

    /// Adds a secondary label, such as "declared here".
    pub fn also(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            text: Some(text.into()),
            primary: false,
        });
        self
    }

    pub fn help(mut self, text: impl Into<String>) -> Diagnostic {
        self.help = Some(text.into());
        self
    }

    pub fn span(&self) -> Span {
        self.labels
            .iter()
            .find(|l| l.primary)
            .map(|l| l.span)
            .unwrap_or_default()
    }

    /// `file:line:col: message`, the one-line form Go prints.
    pub fn one_line(&self, file: &SourceFile) -> String {
        let file = self.source.as_deref().unwrap_or(file);
        let (line, col) = file.line_col(self.span().lo);
        format!("{}:{}:{}: {}", file.name, line, col, self.message)
    }

    /// The full miette report: message, labelled snippet and help.
    pub fn render(&self, file: &Arc<SourceFile>, color: bool) -> String {
        let file = self.source.as_ref().unwrap_or(file);
        render_report(
            &Rendered {
                diag: self,
                source: NamedSource::new(file.name.clone(), file.text.clone()),
            },
            color,
        )
    }
}

/// Renders any miette diagnostic the way minigo prints reports.
pub fn render_report(diag: &dyn miette::Diagnostic, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_context_lines(1);
    let mut out = String::new();
    if handler.render_report(&mut out, diag).is_err() {
        out = diag.to_string();
    }
    out
}

/// A diagnostic paired with its source, as miette wants it.
struct Rendered<'a> {
    diag: &'a Diagnostic,
    source: NamedSource<String>,
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.diag.fmt(f)
    }
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diag.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl miette::Diagnostic for Rendered<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diag.code))
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diag
            .help
            .as_ref()
            .map(|h| Box::new(h.as_str()) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let len = self.source.inner().len();
        let labels = &self.diag.labels;
        // miette draws labels of one line left to right and pushes a label that starts
        // inside an earlier one past its end, so the operand labels of `name + age`
        // would land after the whole expression. When a bare primary span encloses
        // secondary labels, one of which starts where it starts, drop the primary
        // underline and let that secondary label carry the report's position.
        let primary = labels.iter().position(|l| l.primary);
        let inner = primary.and_then(|p| {
            let outer = &labels[p];
            let encloses =
                |l: &Label| !l.primary && outer.span.lo <= l.span.lo && l.span.hi <= outer.span.hi;
            if outer.text.is_some() {
                return None;
            }
            labels
                .iter()
                .position(|l| encloses(l) && l.span.lo == outer.span.lo)
        });
        let skip = inner.and(primary);
        Some(Box::new(
            labels
                .iter()
                .enumerate()
                .filter(move |&(i, _)| Some(i) != skip)
                .map(move |(i, l)| {
                    // miette cannot point past the end of the text; clamp (an error at end of file).
                    let lo = (l.span.lo as usize).min(len);
                    let hi = (l.span.hi as usize).min(len).max(lo);
                    let span = miette::SourceSpan::from((lo, hi - lo));
                    if l.primary || Some(i) == inner {
                        LabeledSpan::new_primary_with_span(l.text.clone(), span)
                    } else {
                        LabeledSpan::new_with_span(l.text.clone(), span)
                    }
                }),
        ))
    }
}

/// Sorts diagnostics by position and drops exact repeats, as Go lists its errors.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| (d.span().lo, d.span().hi));
    diags.dedup_by(|a, b| a.span() == b.span() && a.message == b.message);
}

/// Keeps the first of equal messages on one line, as Go's compiler does
/// (`base.ErrorfAt`): `Order{ID: 3, "cup", 2.0}` is one mistake, reported once.
/// Expects the diagnostics sorted by position.
pub fn dedup_lines(diags: &mut Vec<Diagnostic>, file: &SourceFile) {
    let mut last: Option<(String, u32, String)> = None;
    diags.retain(|d| {
        let f = d.source.as_deref().unwrap_or(file);
        let key = (f.name.clone(), f.line_col(d.span().lo).0, d.message.clone());
        let repeat = last.as_ref() == Some(&key);
        last = Some(key);
        !repeat
    });
}
