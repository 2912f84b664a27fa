//! Calls: functions, methods, function values, conversions and the builtin functions.

use num_traits::{Signed, ToPrimitive};

use super::constant::Const;
use super::expr::{Mode, Operand, Selection};
use super::ir::{self, Builtin, Callee, ExprKind as K};
use super::types::*;
use super::*;
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, ExprKind, Span};

impl Checker {
    pub(crate) fn call(
        &mut self,
        fun: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        span: Span,
    ) -> Operand {
        // A method call is resolved without first making a method value.
        if let ExprKind::Selector(x, sel) = &fun.unparen().kind {
            match self.selector(x, sel, fun.span, Some(args)) {
                Selection::Method { recv, func, sig } => {
                    self.note_dep_func(func);
                    let name = self.span_text(fun.span);
                    return self.finish_call(
                        |mut a| {
                            a.insert(0, recv);
                            (Callee::Static(func), a)
                        },
                        sig,
                        args,
                        ellipsis,
                        span,
                        &name,
                        true,
                    );
                }
                Selection::IfaceMethod { recv, name, sig } => {
                    let fname = self.span_text(fun.span);
                    return self.finish_call(
                        |a| (Callee::Iface { recv, method: name }, a),
                        sig,
                        args,
                        ellipsis,
                        span,
                        &fname,
                        false,
                    );
                }
                Selection::Operand(op) => return self.call_operand(op, fun, args, ellipsis, span),
            }
        }
        let op = self.expr(fun, None);
        self.call_operand(op, fun, args, ellipsis, span)
    }

    fn call_operand(
        &mut self,
        op: Operand,
        fun: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        span: Span,
    ) -> Operand {
        match op.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a, None);
                }
                Operand::invalid(span)
            }
            Mode::Type(t) => self.conversion(t, args, ellipsis, span),
            Mode::Builtin(b) => self.builtin(b, args, ellipsis, span),
            _ => {
                if !self.need_value(&op) {
                    return Operand::invalid(span);
                }
                let t = op.ty();
                let Some(_) = self.types.signature(t) else {
                    let d = self.describe(&op);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::not_func",
                            format!("invalid operation: cannot call non-function {d}"),
                            fun.span,
                        )
                        .label("not a function"),
                    );
                    for a in args {
                        self.expr(a, None);
                    }
                    return Operand::invalid(span);
                };
                let name = self.span_text(fun.span);
                let callee = match op.expr.kind {
                    K::FuncRef(f) => Callee::Static(f),
                    _ => Callee::Value(op.expr),
                };
                self.finish_call(|a| (callee, a), t, args, ellipsis, span, &name, false)
            }
        }
    }

    /// Checks the arguments against signature `sig` and builds the call.
    #[allow(clippy::too_many_arguments)]
    fn finish_call(
        &mut self,
        make: impl FnOnce(Vec<ir::Expr>) -> (Callee, Vec<ir::Expr>),
        sig: TypeId,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        span: Span,
        name: &str,
        _method: bool,
    ) -> Operand {
        let Some(s) = self.types.signature(sig).cloned() else {
            return Operand::invalid(span);
        };
        let (checked, tuple_args) = self.call_args(&s, args, ellipsis, span, name);
        let (callee, checked) = make(checked);
        let call = ir::Call {
            callee,
            args: checked,
            tuple_args,
        };
        let (mode, ty) = match s.results.len() {
            0 => (Mode::NoValue, VOID),
            1 => (Mode::Value, s.results[0]),
            _ => (Mode::Tuple, self.types.tuple(s.results.clone())),
        };
        Operand {
            mode,
            expr: ir::Expr::new(K::Call(Box::new(call)), ty, span),
        }
    }

    /// Checks call arguments: counts, assignability, variadic packing, `f(g())`.
    fn call_args(
        &mut self,
        s: &Signature,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        span: Span,
        name: &str,
    ) -> (Vec<ir::Expr>, Option<Box<ir::TupleArgs>>) {
        let np = s.params.len();
        // f(g()) with g returning several values.
        if args.len() == 1 && ellipsis.is_none() {
            let op = self.expr(&args[0], s.params.first().copied());
            if op.mode == Mode::Tuple {
                let tys = self
                    .types
                    .tuple_elems(op.ty())
                    .map(|t| t.to_vec())
                    .unwrap_or_default();
                let fixed = if s.variadic { np - 1 } else { np };
                let ok = if s.variadic {
                    tys.len() >= fixed
                } else {
                    tys.len() == np
                };
                if !ok {
                    self.arg_count_error(s, &tys, span, name, tys.len() < np);
                    return (vec![], None);
                }
                let mut targets = Vec::new();
                for (i, t) in tys.iter().enumerate() {
                    let target = if i < fixed {
                        s.params[i]
                    } else {
                        self.types.elem(s.params[np - 1]).unwrap_or(INVALID)
                    };
                    if !self.assignable_type(*t, target) {
                        let ts = self.types.display(*t);
                        let want = self.types.display(target);
                        self.error(Diagnostic::new(
                            "minigo::type::mismatch",
                            format!("cannot use {ts} value as {want} value in argument to {name}"),
                            args[0].span,
                        ));
                    }
                    targets.push(target);
                }
                let pack = if s.variadic {
                    Some((fixed, s.params[np - 1]))
                } else {
                    None
                };
                return (
                    vec![],
                    Some(Box::new(ir::TupleArgs {
                        tuple: op.expr,
                        targets,
                        pack,
                    })),
                );
            }
            return (
                self.args_from_first(s, op, args, ellipsis, span, name),
                None,
            );
        }
        if args.is_empty() {
            return (
                self.args_from_first(s, Operand::invalid(span), args, ellipsis, span, name),
                None,
            );
        }
        let first = self.expr(&args[0], s.params.first().copied());
        (
            self.args_from_first(s, first, args, ellipsis, span, name),
            None,
        )
    }

    /// The common path: `first` is the already-checked first argument (if any).
    fn args_from_first(
        &mut self,
        s: &Signature,
        first: Operand,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        span: Span,
        name: &str,
    ) -> Vec<ir::Expr> {
        let np = s.params.len();
        let mut ops: Vec<Operand> = Vec::with_capacity(args.len());
        if !args.is_empty() {
            ops.push(first);
        }
        for (i, a) in args.iter().enumerate().skip(1) {
            let hint = s.params.get(i).copied();
            ops.push(self.expr(a, hint));
        }
        if ellipsis.is_some() && !s.variadic {
            let e = ellipsis.unwrap_or(span);
            self.error(
                Diagnostic::new(
                    "minigo::type::variadic",
                    format!("cannot use ... in call to non-variadic {name}"),
                    e,
                )
                .help(
                    "remove the ..., which only spreads a slice into a variadic (...T) parameter",
                ),
            );
            return vec![];
        }
        let fixed = if s.variadic { np - 1 } else { np };
        let too_few = ops.len() < fixed
            || (!s.variadic && ops.len() < np)
            || (ellipsis.is_some() && ops.len() < np);
        let too_many = (!s.variadic && ops.len() > np) || (ellipsis.is_some() && ops.len() > np);
        if too_few || too_many {
            let have: Vec<TypeId> = ops.iter().map(|o| o.ty()).collect();
            // Go points at the first extra argument, or at the closing parenthesis.
            let at = if too_many {
                ops[np.min(ops.len() - 1)].span()
            } else {
                Span::new(span.hi as usize - 1, span.hi as usize)
            };
            self.arg_count_error(s, &have, at, name, too_few);
            return vec![];
        }
        let mut out = Vec::with_capacity(np);
        let mut it = ops.into_iter();
        for i in 0..fixed {
            let op = it.next().expect("counted");
            out.push(self.assign_to(op, s.params[i], &format!("argument to {name}")));
        }
        if s.variadic {
            let slice_t = s.params[np - 1];
            if ellipsis.is_some() {
                let op = it.next().expect("counted");
                out.push(self.assign_to(op, slice_t, &format!("argument to {name}")));
            } else {
                let elem = self.types.elem(slice_t).unwrap_or(INVALID);
                let rest: Vec<Operand> = it.collect();
                if rest.is_empty() {
                    out.push(ir::Expr::new(K::Nil, slice_t, span));
                } else {
                    let lo = rest[0].span();
                    let hi = rest[rest.len() - 1].span();
                    let n = rest.len() as u64;
                    let items: Vec<(u64, ir::Expr)> = rest
                        .into_iter()
                        .enumerate()
                        .map(|(i, op)| {
                            (
                                i as u64,
                                self.assign_to(op, elem, &format!("argument to {name}")),
                            )
                        })
                        .collect();
                    out.push(ir::Expr::new(
                        K::Composite(ir::Composite::Slice(items, n)),
                        slice_t,
                        lo.to(hi),
                    ));
                }
            }
        }
        out
    }

    /// A type in a have/want list, as Go's `typesSummary` writes it: an untyped
    /// numeric constant is a `number` (it fits many types), other untyped kinds lose
    /// the "untyped" (`string`, `nil`).
    pub(crate) fn summary_type(&self, t: TypeId) -> String {
        match self.types.untyped(t) {
            Some(Untyped::Int | Untyped::Rune | Untyped::Float) => "number".to_string(),
            Some(u) => u.name().trim_start_matches("untyped ").to_string(),
            None => self.types.display(t),
        }
    }

    fn arg_count_error(
        &mut self,
        s: &Signature,
        have: &[TypeId],
        span: Span,
        name: &str,
        too_few: bool,
    ) {
        let have_s: Vec<String> = have.iter().map(|t| self.summary_type(*t)).collect();
        let want_s: Vec<String> = s
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if s.variadic && i + 1 == s.params.len() {
                    format!(
                        "...{}",
                        self.types.display(self.types.elem(*t).unwrap_or(INVALID))
                    )
                } else {
                    self.types.display(*t)
                }
            })
            .collect();
        let what = if too_few { "not enough" } else { "too many" };
        self.error(
            Diagnostic::new(
                "minigo::type::arg_count",
                format!(
                    "{what} arguments in call to {name}\n\thave ({})\n\twant ({})",
                    have_s.join(", "),
                    want_s.join(", ")
                ),
                span,
            )
            .help(format!(
                "{name} takes {} argument{}",
                s.params.len(),
                if s.params.len() == 1 { "" } else { "s" }
            )),
        );
    }

    // ----- conversions -----

    fn conversion(
        &mut self,
        t: TypeId,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        span: Span,
    ) -> Operand {
        if args.len() != 1 || ellipsis.is_some() {
            let ts = self.types.display(t);
            self.error(
                Diagnostic::new(
                    "minigo::type::conversion",
                    if args.is_empty() {
                        format!("missing argument in conversion to {ts}")
                    } else {
                        format!("too many arguments in conversion to {ts}")
                    },
                    span,
                )
                .help(format!("a conversion takes one value: {ts}(x)")),
            );
            for a in args {
                self.expr(a, None);
            }
            return Operand::invalid(span);
        }
        let x = self.expr(&args[0], Some(t));
        if !self.need_value(&x) || t == INVALID {
            return Operand::invalid(span);
        }
        self.convert(x, t, span)
    }

    /// `T(x)`.
    pub(crate) fn convert(&mut self, mut x: Operand, t: TypeId, span: Span) -> Operand {
        let from = x.ty();
        let tu = self.types.underlying(t);
        // Constant conversions stay constant when the result is a basic type.
        if let Some(c) = x.constant().cloned()
            && let Some(b) = self.types.basic(tu)
        {
            // integer → string: the UTF-8 encoding of the code point.
            if b == Basic::String && self.types.is_integer(from) {
                let cp = c
                    .to_i64()
                    .and_then(|v| u32::try_from(v).ok())
                    .and_then(char::from_u32);
                let s = cp.unwrap_or('\u{FFFD}').to_string().into_bytes();
                return Operand::constant_op(Const::Str(s), t, span);
            }
            let kind_ok = (self.types.is_numeric(from) && b.is_numeric())
                || (self.types.is_string(from) && b == Basic::String)
                || (self.types.is_boolean(from) && b == Basic::Bool);
            if kind_ok {
                // A float constant converted to an integer type must be exact
                // (`represent` reports truncation).
                return match c.represent(b) {
                    Ok(v) => Operand::constant_op(v, t, span),
                    Err(why) => {
                        let d = self.describe(&x);
                        let ts = self.types.display(t);
                        let reason = match why {
                            super::constant::Unrepresentable::Truncated => "truncated",
                            _ => "overflows",
                        };
                        self.error(Diagnostic::new(
                            "minigo::type::const_overflow",
                            format!("cannot convert {d} to type {ts} ({reason})"),
                            span,
                        ));
                        Operand::invalid(span)
                    }
                };
            }
        }
        if self.types.is_untyped(from) {
            // Untyped non-convertible-as-constant values (nil, or to non-basic types).
            if from == UNTYPED_NIL {
                if self.types.is_nillable(t) {
                    return Operand::value(K::Nil, t, span);
                }
                let ts = self.types.display(t);
                self.error(Diagnostic::new(
                    "minigo::type::conversion",
                    format!("cannot convert nil to type {ts}"),
                    span,
                ));
                return Operand::invalid(span);
            }
            let target = if self.types.is_interface(t) || !self.types.is_untyped(from) {
                self.types.default_type(from)
            } else if self.types.basic(tu).is_some()
                && self.types.is_numeric(tu) == self.types.is_numeric(from)
            {
                t
            } else {
                self.types.default_type(from)
            };
            if !self.convert_untyped(&mut x, target) {
                let d = self.describe(&x);
                let ts = self.types.display(t);
                self.error(Diagnostic::new(
                    "minigo::type::conversion",
                    format!("cannot convert {d} to type {ts}"),
                    span,
                ));
                return Operand::invalid(span);
            }
        }
        let from = x.ty();
        if from == t {
            let mut op = x;
            op.mode = Mode::Value;
            op.expr.span = span;
            return op;
        }
        if !self.convertible(from, t) {
            let d = self.describe(&x);
            let ts = self.types.display(t);
            let mut diag = Diagnostic::new(
                "minigo::type::conversion",
                format!("cannot convert {d} to type {ts}"),
                span,
            );
            if self.types.is_string(t) && self.types.is_numeric(from) {
                diag = diag.help("to format a number as text use strconv.Itoa(n) or fmt.Sprint(n)");
            } else if self.types.is_numeric(t) && self.types.is_string(from) {
                diag =
                    diag.help("to parse a number use strconv.Atoi(s) or strconv.ParseFloat(s, 64)");
            }
            self.error(diag);
            return Operand::invalid(span);
        }
        if self.types.is_interface(t) {
            let e = self.coerce(x.expr, t);
            return Operand::value(e.kind, t, span);
        }
        Operand::value(K::Convert(Box::new(x.expr)), t, span)
    }

    /// Go's convertibility for non-constant values.
    pub(crate) fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable_type(from, to) {
            return true;
        }
        let tt = &self.types;
        let (fu, tu) = (tt.underlying(from), tt.underlying(to));
        if self.identical_ignoring_tags(fu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (tt.kind(from), tt.kind(to))
            && self.identical_ignoring_tags(tt.underlying(*a), tt.underlying(*b))
        {
            return true;
        }
        if tt.is_numeric(fu) && tt.is_numeric(tu) {
            return true;
        }
        if tt.is_string(tu) {
            if tt.is_integer(fu) {
                return true;
            }
            if let TypeKind::Slice(e) = tt.kind(fu) {
                let e = tt.underlying(*e);
                return e == UINT8 || e == INT32;
            }
        }
        if tt.is_string(fu)
            && let TypeKind::Slice(e) = tt.kind(tu)
        {
            let e = tt.underlying(*e);
            return e == UINT8 || e == INT32;
        }
        false
    }

    fn identical_ignoring_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.types.kind(a), self.types.kind(b)) {
            (TypeKind::Struct(fa), TypeKind::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa
                        .iter()
                        .zip(fb)
                        .all(|(x, y)| x.name == y.name && x.embedded == y.embedded && x.ty == y.ty)
            }
            _ => false,
        }
    }

    // ----- builtins -----

    fn builtin(
        &mut self,
        b: Builtin,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
        span: Span,
    ) -> Operand {
        let name = builtin_name(b);
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(Diagnostic::new(
                "minigo::type::variadic",
                format!("invalid operation: invalid use of ... with built-in {name}"),
                span,
            ));
        }
        let count = |c: &mut Checker, min: usize, max: usize| -> bool {
            if args.len() < min || args.len() > max {
                let what = if args.len() < min {
                    "not enough"
                } else {
                    "too many"
                };
                c.error(Diagnostic::new(
                    "minigo::type::arg_count",
                    format!("{what} arguments for {name}(…)"),
                    span,
                ));
                for a in args {
                    c.expr(a, None);
                }
                false
            } else {
                true
            }
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                if !count(self, 1, 1) {
                    return Operand::invalid(span);
                }
                let x = self.expr(&args[0], None);
                if !self.need_value(&x) {
                    return Operand::invalid(span);
                }
                let t = x.ty();
                let u = self.types.underlying(
                    self.types
                        .pointer_elem(t)
                        .filter(|p| matches!(self.types.under(*p), TypeKind::Array(..)))
                        .unwrap_or(t),
                );
                let ok = match self.types.kind(u) {
                    TypeKind::Basic(Basic::String) | TypeKind::Untyped(Untyped::String) => {
                        b == Builtin::Len
                    }
                    TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Chan(..) => true,
                    TypeKind::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error(Diagnostic::new(
                        "minigo::type::builtin",
                        format!("invalid argument: {d} for built-in {name}"),
                        args[0].span,
                    ));
                    return Operand::invalid(span);
                }
                // Constant cases: a constant string, or an array without calls in it.
                if let Some(Const::Str(s)) = x.constant() {
                    return Operand::constant_op(Const::int(s.len() as i64), INT, span);
                }
                if let TypeKind::Array(n, _) = self.types.kind(u)
                    && !contains_call(&args[0])
                {
                    return Operand::constant_op(Const::int(*n as i64), INT, span);
                }
                let e = self.default_value(x, &format!("argument to {name}"));
                Operand::value(K::Builtin(b, vec![e]), INT, span)
            }
            Builtin::Append | Builtin::AppendSpread => self.append(args, ellipsis, span),
            Builtin::Copy => {
                if !count(self, 2, 2) {
                    return Operand::invalid(span);
                }
                let dst = self.expr(&args[0], None);
                let src = self.expr(&args[1], None);
                if !self.need_value(&dst) | !self.need_value(&src) {
                    return Operand::invalid(span);
                }
                let de = self
                    .types
                    .elem(dst.ty())
                    .filter(|_| matches!(self.types.under(dst.ty()), TypeKind::Slice(_)));
                let ok = match de {
                    Some(e) => {
                        let se = match self.types.under(src.ty()) {
                            TypeKind::Slice(s) => Some(*s),
                            _ if self.types.is_string(src.ty()) => Some(UINT8),
                            _ => None,
                        };
                        se == Some(e)
                            || (self.types.is_string(src.ty()) && self.types.underlying(e) == UINT8)
                    }
                    None => false,
                };
                if !ok {
                    let (dd, sd) = (self.describe(&dst), self.describe(&src));
                    let both_slices = de.is_some()
                        && (matches!(self.types.under(src.ty()), TypeKind::Slice(_))
                            || self.types.is_string(src.ty()));
                    let msg = if both_slices {
                        format!("arguments to copy {dd} and {sd} have different element types")
                    } else {
                        format!(
                            "invalid argument: copy expects slice arguments; found {dd} and {sd}"
                        )
                    };
                    self.error(
                        Diagnostic::new("minigo::type::builtin", msg, span)
                            .help("copy(dst, src) copies between slices of the same element type (or a string into a []byte)"),
                    );
                    return Operand::invalid(span);
                }
                let d = dst.expr;
                let s = self.default_value(src, "argument to copy");
                Operand::value(K::Builtin(b, vec![d, s]), INT, span)
            }
            Builtin::Delete => {
                if !count(self, 2, 2) {
                    return Operand::invalid(span);
                }
                let m = self.expr(&args[0], None);
                if !self.need_value(&m) {
                    self.expr(&args[1], None);
                    return Operand::invalid(span);
                }
                let TypeKind::Map(k, _) = self.types.under(m.ty()).clone() else {
                    let d = self.describe(&m);
                    self.error(Diagnostic::new(
                        "minigo::type::builtin",
                        format!("invalid argument: {d} is not a map"),
                        args[0].span,
                    ));
                    self.expr(&args[1], None);
                    return Operand::invalid(span);
                };
                let ko = self.expr(&args[1], Some(k));
                let ke = self.assign_to(ko, k, "argument to delete");
                Operand {
                    mode: Mode::NoValue,
                    expr: ir::Expr::new(K::Builtin(b, vec![m.expr, ke]), VOID, span),
                }
            }
            Builtin::Make => self.make(args, span),
            Builtin::New => {
                if !count(self, 1, 1) {
                    return Operand::invalid(span);
                }
                let t = self.resolve_type(&args[0]);
                let p = self.types.pointer(t);
                Operand::value(
                    K::Builtin(b, vec![ir::Expr::new(K::Zero, t, args[0].span)]),
                    p,
                    span,
                )
            }
            Builtin::Panic => {
                if !count(self, 1, 1) {
                    return Operand::invalid(span);
                }
                let x = self.expr(&args[0], Some(EMPTY_IFACE));
                let e = self.assign_to(x, EMPTY_IFACE, "argument to panic");
                Operand {
                    mode: Mode::NoValue,
                    expr: ir::Expr::new(K::Builtin(b, vec![e]), VOID, span),
                }
            }
            Builtin::Recover => {
                if !count(self, 0, 0) {
                    return Operand::invalid(span);
                }
                Operand::value(K::Builtin(b, vec![]), EMPTY_IFACE, span)
            }
            Builtin::Print | Builtin::Println => {
                let mut es = Vec::new();
                for a in args {
                    let x = self.expr(a, None);
                    if x.ty() == UNTYPED_NIL {
                        self.error(Diagnostic::new(
                            "minigo::type::untyped_nil",
                            format!("use of untyped nil in argument to built-in {name}"),
                            a.span,
                        ));
                        continue;
                    }
                    es.push(self.default_value(x, &format!("argument to {name}")));
                }
                Operand {
                    mode: Mode::NoValue,
                    expr: ir::Expr::new(K::Builtin(b, es), VOID, span),
                }
            }
            Builtin::Min | Builtin::Max => self.min_max(b, args, span),
            Builtin::Clear => {
                if !count(self, 1, 1) {
                    return Operand::invalid(span);
                }
                let x = self.expr(&args[0], None);
                if !self.need_value(&x) {
                    return Operand::invalid(span);
                }
                if !matches!(
                    self.types.under(x.ty()),
                    TypeKind::Map(..) | TypeKind::Slice(_)
                ) {
                    let d = self.describe(&x);
                    self.error(Diagnostic::new(
                        "minigo::type::builtin",
                        format!("invalid argument: {d} must be a map or slice"),
                        args[0].span,
                    ));
                    return Operand::invalid(span);
                }
                Operand {
                    mode: Mode::NoValue,
                    expr: ir::Expr::new(K::Builtin(b, vec![x.expr]), VOID, span),
                }
            }
            Builtin::Close => {
                if !count(self, 1, 1) {
                    return Operand::invalid(span);
                }
                let x = self.expr(&args[0], None);
                if !self.need_value(&x) {
                    return Operand::invalid(span);
                }
                match self.types.under(x.ty()) {
                    TypeKind::Chan(ChanDirKey::Recv, _) => {
                        let d = self.describe(&x);
                        self.error(
                            Diagnostic::new(
                                "minigo::type::chan_dir",
                                format!("invalid operation: cannot close receive-only channel {d}"),
                                span,
                            )
                            .help("only the sending side closes a channel: close it where it is a chan T or chan<- T"),
                        );
                        return Operand::invalid(span);
                    }
                    TypeKind::Chan(..) => {}
                    _ => {
                        let d = self.describe(&x);
                        self.error(Diagnostic::new(
                            "minigo::type::builtin",
                            format!("invalid operation: cannot close non-channel {d}"),
                            span,
                        ));
                        return Operand::invalid(span);
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    expr: ir::Expr::new(K::Builtin(b, vec![x.expr]), VOID, span),
                }
            }
        }
    }

    fn append(&mut self, args: &[ast::Expr], ellipsis: Option<Span>, span: Span) -> Operand {
        if args.is_empty() {
            self.error(Diagnostic::new(
                "minigo::type::arg_count",
                "not enough arguments for append(…)",
                span,
            ));
            return Operand::invalid(span);
        }
        let s = self.expr(&args[0], None);
        if !self.need_value(&s) {
            for a in &args[1..] {
                self.expr(a, None);
            }
            return Operand::invalid(span);
        }
        if s.ty() == UNTYPED_NIL {
            self.error(Diagnostic::new(
                "minigo::type::builtin",
                "first argument to append must be a typed slice; have untyped nil",
                args[0].span,
            ));
            return Operand::invalid(span);
        }
        let st = s.ty();
        let TypeKind::Slice(elem) = self.types.under(st).clone() else {
            let d = self.describe(&s);
            self.error(
                Diagnostic::new(
                    "minigo::type::builtin",
                    format!("invalid argument: {d} is not a slice"),
                    args[0].span,
                )
                .help("append adds elements to a slice"),
            );
            return Operand::invalid(span);
        };
        if ellipsis.is_some() {
            if args.len() != 2 {
                self.error(Diagnostic::new(
                    "minigo::type::arg_count",
                    "can only use ... with final argument in list",
                    span,
                ));
                return Operand::invalid(span);
            }
            let t = self.expr(&args[1], Some(st));
            if !self.need_value(&t) {
                return Operand::invalid(span);
            }
            // append([]byte, string...) is allowed.
            let te = if self.types.underlying(elem) == UINT8 && self.types.is_string(t.ty()) {
                self.default_value(t, "argument to append")
            } else {
                self.assign_to(t, self.types.underlying(st), "argument to append")
            };
            return Operand::value(
                K::Builtin(Builtin::AppendSpread, vec![s.expr, te]),
                st,
                span,
            );
        }
        let mut es = vec![s.expr];
        for a in &args[1..] {
            let x = self.expr(a, Some(elem));
            // `append(a, b)` with b a slice of a's elements: the `...` was forgotten.
            let spread = args.len() == 2
                && (matches!(self.types.under(x.ty()), TypeKind::Slice(e) if *e == elem)
                    || self.types.underlying(elem) == UINT8 && self.types.is_string(x.ty()));
            let before = self.diags.len();
            es.push(self.assign_to(x, elem, "argument to append"));
            if spread && self.diags.len() > before {
                let (s0, s1) = (self.span_text(args[0].span), self.span_text(a.span));
                let d = &mut self.diags[before];
                d.help = Some(format!(
                    "to append all the elements of {s1}, write append({s0}, {s1}...)"
                ));
            }
        }
        Operand::value(K::Builtin(Builtin::Append, es), st, span)
    }

    fn make(&mut self, args: &[ast::Expr], span: Span) -> Operand {
        if args.is_empty() {
            self.error(Diagnostic::new(
                "minigo::type::arg_count",
                "not enough arguments for make(…)",
                span,
            ));
            return Operand::invalid(span);
        }
        let t = self.resolve_type(&args[0]);
        if t == INVALID {
            return Operand::invalid(span);
        }
        let (min, max) = match self.types.under(t) {
            TypeKind::Slice(_) => (2, 3),
            TypeKind::Map(..) | TypeKind::Chan(..) => (1, 2),
            _ => {
                let ts = self.types.display(t);
                self.error(
                    Diagnostic::new(
                        "minigo::type::builtin",
                        format!("invalid argument: cannot make {ts}; type must be slice, map, or channel"),
                        args[0].span,
                    )
                    .help("use new(T) or &T{} for other types"),
                );
                return Operand::invalid(span);
            }
        };
        if args.len() < min || args.len() > max {
            let ts = self.types.display(t);
            let msg = if args.len() < min {
                format!(
                    "invalid operation: make({ts}) expects {min} or {max} arguments; found {}",
                    args.len()
                )
            } else {
                format!(
                    "invalid operation: make({ts}, …) expects {min} or {max} arguments; found {}",
                    args.len()
                )
            };
            self.error(Diagnostic::new("minigo::type::arg_count", msg, span));
            return Operand::invalid(span);
        }
        let mut es = vec![ir::Expr::new(K::Zero, t, args[0].span)];
        let mut consts = Vec::new();
        for a in &args[1..] {
            let mut x = self.expr(a, None);
            if !self.need_value(&x) {
                return Operand::invalid(span);
            }
            if self.types.is_untyped(x.ty()) {
                if let Some(c) = x.constant()
                    && c.as_int().is_none()
                    && self.types.is_numeric(x.ty())
                {
                    let d = self.describe(&x);
                    self.error(Diagnostic::new(
                        "minigo::type::builtin",
                        format!("{d} truncated to int"),
                        a.span,
                    ));
                    return Operand::invalid(span);
                }
                self.convert_untyped(&mut x, INT);
            }
            if !self.types.is_integer(x.ty()) {
                let d = self.describe(&x);
                self.error(Diagnostic::new(
                    "minigo::type::builtin",
                    format!("cannot convert {d} to type int"),
                    a.span,
                ));
                return Operand::invalid(span);
            }
            if let Some(c) = x.constant() {
                let v = c.as_int().unwrap_or_default();
                if v.is_negative() {
                    let text = self.span_text(a.span);
                    self.error(Diagnostic::new(
                        "minigo::type::builtin",
                        format!("invalid argument: index {text} (constant of type int) must not be negative"),
                        a.span,
                    ));
                    return Operand::invalid(span);
                }
                consts.push(v.to_i64());
            } else {
                consts.push(None);
            }
            es.push(x.expr);
        }
        if let [Some(Some(len)), Some(Some(cap))] = [consts.first(), consts.get(1)]
            && len > cap
        {
            self.error(Diagnostic::new(
                "minigo::type::builtin",
                format!("invalid argument: length and capacity swapped ({len} > {cap})"),
                span,
            ));
            return Operand::invalid(span);
        }
        Operand::value(K::Builtin(Builtin::Make, es), t, span)
    }

    fn min_max(&mut self, b: Builtin, args: &[ast::Expr], span: Span) -> Operand {
        let name = builtin_name(b);
        if args.is_empty() {
            self.error(Diagnostic::new(
                "minigo::type::arg_count",
                format!("not enough arguments for {name}() (expected 1, found 0)"),
                span,
            ));
            return Operand::invalid(span);
        }
        let mut ops: Vec<Operand> = Vec::new();
        for a in args {
            let x = self.expr(a, None);
            if !self.need_value(&x) {
                return Operand::invalid(span);
            }
            ops.push(x);
        }
        // All operands get one type: the first typed one, else the largest untyped kind.
        let typed = ops
            .iter()
            .map(|o| o.ty())
            .find(|t| !self.types.is_untyped(*t));
        let target = typed.unwrap_or_else(|| {
            ops.iter()
                .map(|o| o.ty())
                .max_by_key(|t| self.types.untyped(*t).map(|u| u as u8).unwrap_or(0))
                .unwrap_or(UNTYPED_INT)
        });
        if !self.types.ordered(target) {
            let d = self.describe(&ops[0]);
            self.error(Diagnostic::new(
                "minigo::type::builtin",
                format!("invalid argument: {d} cannot be ordered"),
                span,
            ));
            return Operand::invalid(span);
        }
        if ops.iter().all(|o| o.constant().is_some()) {
            let mut best: Option<Const> = None;
            for o in &ops {
                let c = o.constant().cloned().unwrap_or(Const::int(0));
                best = Some(match best {
                    None => c,
                    Some(cur) => {
                        let less = c.binary(ast::BinOp::Lt, &cur, true) == Ok(Const::Bool(true));
                        if (b == Builtin::Min) == less { c } else { cur }
                    }
                });
            }
            let mut op = Operand::constant_op(best.unwrap_or(Const::int(0)), target, span);
            if !self.types.is_untyped(target) {
                let tb = self.types.basic(target).unwrap_or(Basic::Int);
                if let Some(Ok(c)) = op.constant().map(|c| c.represent(tb)) {
                    op = Operand::constant_op(c, target, span);
                }
            }
            return op;
        }
        let target = self.types.default_type(target);
        let mut es = Vec::new();
        for o in ops {
            es.push(self.assign_to(o, target, &format!("argument to {name}")));
        }
        Operand::value(K::Builtin(b, es), target, span)
    }
}

pub(crate) fn builtin_name(b: Builtin) -> &'static str {
    match b {
        Builtin::Len => "len",
        Builtin::Cap => "cap",
        Builtin::Append | Builtin::AppendSpread => "append",
        Builtin::Copy => "copy",
        Builtin::Delete => "delete",
        Builtin::Make => "make",
        Builtin::New => "new",
        Builtin::Panic => "panic",
        Builtin::Recover => "recover",
        Builtin::Print => "print",
        Builtin::Println => "println",
        Builtin::Min => "min",
        Builtin::Max => "max",
        Builtin::Clear => "clear",
        Builtin::Close => "close",
    }
}

/// Whether an expression contains a function call or a receive (then `len` of an array
/// in it is not a constant).
fn contains_call(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary(ast::UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => contains_call(x),
        ExprKind::Selector(x, _) => contains_call(x),
        ExprKind::Index(x, i) => contains_call(x) || contains_call(i),
        ExprKind::Binary(_, l, r) => contains_call(l) || contains_call(r),
        _ => false,
    }
}

#[allow(dead_code)]
fn is_nonneg(c: &Const) -> bool {
    c.as_int()
        .is_some_and(|i| !i.is_negative() && i.to_i64().is_some())
}
