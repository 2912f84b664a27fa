//! Node-building code called from the grammar's actions, kept out of the grammar file.
//!
//! A few of Go's forms cannot be told apart until a whole list is read (named versus
//! unnamed parameters, a type switch versus an expression switch); these helpers sort
//! them out and report the malformed ones.

use super::ast::*;
use crate::diag::Diagnostic;

/// A parameter as written, before grouping (`a, b int` is `a` then `b int`).
pub struct ParamEntry {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
    pub span: Span,
}

pub fn import_path(lit: &str) -> String {
    lit.trim_matches(|c| c == '"' || c == '`').to_string()
}

/// Numbers the specs of a `const` group for `iota`.
pub fn number_consts(mut specs: Vec<ConstSpec>) -> Vec<ConstSpec> {
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    specs
}

/// Go's rule for parameter lists: either every parameter is named or none is. In a named
/// list, a bare name is a parameter that shares the type written after the next name.
pub fn params(entries: Vec<ParamEntry>, diags: &mut Vec<Diagnostic>) -> Vec<Param> {
    let any_named = entries.iter().any(|e| e.name.is_some());
    if !any_named {
        return entries
            .into_iter()
            .map(|e| Param {
                name: None,
                ty: e.ty,
                variadic: e.variadic,
                span: e.span,
            })
            .collect();
    }
    let mut out = Vec::with_capacity(entries.len());
    // Names waiting for the type that follows them.
    let mut pending: Vec<Ident> = Vec::new();
    // As Go's parser, one error for the list, at the leftmost offender.
    let mut bad: Option<Span> = None;
    for e in entries {
        match e.name {
            Some(name) => {
                for p in pending.drain(..) {
                    let span = p.span;
                    out.push(Param {
                        name: Some(p),
                        ty: e.ty.clone(),
                        variadic: false,
                        span,
                    });
                }
                out.push(Param {
                    name: Some(name),
                    ty: e.ty,
                    variadic: e.variadic,
                    span: e.span,
                });
            }
            None => match &e.ty.kind {
                ExprKind::Ident(n) if !e.variadic => pending.push(Ident {
                    name: n.clone(),
                    span: e.ty.span,
                }),
                _ => {
                    bad = bad.or(Some(e.span));
                    out.push(Param {
                        name: None,
                        ty: e.ty,
                        variadic: e.variadic,
                        span: e.span,
                    });
                }
            },
        }
    }
    for p in pending {
        bad = bad.or(Some(p.span));
        let span = p.span;
        out.push(Param {
            name: Some(p),
            ty: Expr::new(ExprKind::Bad, span),
            variadic: false,
            span,
        });
    }
    if let Some(span) = bad {
        diags.push(mixed_params(span));
    }
    out
}

fn mixed_params(span: Span) -> Diagnostic {
    Diagnostic::new(
        "minigo::parse::params",
        "syntax error: mixed named and unnamed parameters",
        span,
    )
    .label("this parameter has no name (or no type)")
    .help("name every parameter (`a int, b string`) or none of them (`int, string`)")
}

pub fn receiver(entries: Vec<ParamEntry>, span: Span, diags: &mut Vec<Diagnostic>) -> Param {
    let mut ps = params(entries, diags);
    if ps.len() != 1 {
        diags.push(
            Diagnostic::new(
                "minigo::parse::receiver",
                if ps.is_empty() {
                    "method has no receiver"
                } else {
                    "method has multiple receivers"
                },
                span,
            )
            .help("a method has exactly one receiver: `func (c *Counter) Inc()`"),
        );
    }
    if ps.is_empty() {
        return Param {
            name: None,
            ty: Expr::new(ExprKind::Bad, span),
            variadic: false,
            span,
        };
    }
    ps.swap_remove(0)
}

pub fn binary(op: BinOp, a: Expr, b: Expr) -> Expr {
    let span = a.span.to(b.span);
    Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), span)
}

pub fn selector(x: Expr, sel: Ident) -> Expr {
    let span = x.span.to(sel.span);
    Expr::new(ExprKind::Selector(Box::new(x), sel), span)
}

pub fn type_assert(x: Expr, ty: Option<Expr>, r: usize) -> Expr {
    let span = Span::new(x.span.lo as usize, r);
    Expr::new(ExprKind::TypeAssert(Box::new(x), ty.map(Box::new)), span)
}

pub fn index(x: Expr, i: Expr, r: usize) -> Expr {
    let span = Span::new(x.span.lo as usize, r);
    Expr::new(ExprKind::Index(Box::new(x), Box::new(i)), span)
}

pub fn slice(x: Expr, lo: Option<Expr>, hi: Option<Expr>, max: Option<Expr>, r: usize) -> Expr {
    let span = Span::new(x.span.lo as usize, r);
    Expr::new(
        ExprKind::Slice {
            x: Box::new(x),
            lo: lo.map(Box::new),
            hi: hi.map(Box::new),
            max: max.map(Box::new),
        },
        span,
    )
}

pub fn call(fun: Expr, (args, ellipsis): (Vec<Expr>, Option<Span>), r: usize) -> Expr {
    let span = Span::new(fun.span.lo as usize, r);
    Expr::new(
        ExprKind::Call {
            fun: Box::new(fun),
            args,
            ellipsis,
        },
        span,
    )
}

pub fn composite(ty: Option<Expr>, (elems, lbrace): (Vec<Element>, Span), r: usize) -> Expr {
    let lo = ty.as_ref().map(|t| t.span.lo).unwrap_or(lbrace.lo);
    Expr::new(
        ExprKind::Composite {
            ty: ty.map(Box::new),
            elems,
            lbrace,
        },
        Span::new(lo as usize, r),
    )
}

/// Tells a type switch (`switch [v :=] x.(type)`) from an expression switch.
pub fn switch(
    init: Option<Stmt>,
    tag: Option<Stmt>,
    cases: Vec<CaseClause>,
    lbrace: Span,
    diags: &mut Vec<Diagnostic>,
) -> StmtKind {
    let init = init.map(Box::new);
    let Some(tag) = tag else {
        return StmtKind::Switch {
            init,
            tag: None,
            cases,
            lbrace,
        };
    };
    match tag.kind {
        StmtKind::Expr(e) => match e.kind {
            ExprKind::TypeAssert(x, None) => StmtKind::TypeSwitch {
                init,
                bind: None,
                x: *x,
                cases,
                lbrace,
            },
            kind => StmtKind::Switch {
                init,
                tag: Some(Expr::new(kind, e.span)),
                cases,
                lbrace,
            },
        },
        StmtKind::Define { mut lhs, mut rhs } if lhs.len() == 1 && rhs.len() == 1 => {
            let l = lhs.pop().expect("one element");
            let r = rhs.pop().expect("one element");
            match (l.kind, r.kind) {
                (ExprKind::Ident(name), ExprKind::TypeAssert(x, None)) => StmtKind::TypeSwitch {
                    init,
                    bind: Some(Ident { name, span: l.span }),
                    x: *x,
                    cases,
                    lbrace,
                },
                _ => {
                    diags.push(bad_switch_header(tag.span));
                    StmtKind::Bad
                }
            }
        }
        _ => {
            diags.push(bad_switch_header(tag.span));
            StmtKind::Bad
        }
    }
}

/// `switch x := 3 {`. The message quotes the statement, which only the source has:
/// `errors::quote_switch_header` fills it in.
fn bad_switch_header(span: Span) -> Diagnostic {
    Diagnostic::new(
        SWITCH_HEADER,
        "syntax error: cannot use statement as value",
        span,
    )
    .label("a statement, not a value")
    .help("write `switch init; expr {`, or `switch v := x.(type) {` for a type switch")
}

pub(crate) const SWITCH_HEADER: &str = "minigo::parse::switch";

pub fn range(
    lhs: Vec<Expr>,
    define: bool,
    x: Expr,
    body: Block,
    diags: &mut Vec<Diagnostic>,
) -> StmtKind {
    if lhs.len() > 2 {
        diags.push(
            Diagnostic::new(
                "minigo::parse::range",
                "range clause permits at most two iteration variables",
                lhs[2].span,
            )
            .help("write `for key, value := range x`"),
        );
    }
    let mut it = lhs.into_iter();
    StmtKind::Range {
        key: it.next(),
        value: it.next(),
        define,
        x,
        body,
    }
}
