//! Function bodies and statements: scopes, assignments, control flow, labels, returns,
//! unused variables and Go's "terminating statement" rule (missing return).

use std::collections::HashMap;

use super::constant::Const;
use super::expr::{Mode, Operand};
use super::ir::{self, ExprKind as K, LValue, StmtKind as S};
use super::types::*;
use super::*;
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, ExprKind, Span, StmtKind};

impl Checker {
    /// Checks a function body and fills in the function. Returns, for a function
    /// literal, where each captured variable comes from in the enclosing function.
    pub(crate) fn check_func_body(
        &mut self,
        f: FuncId,
        recv: Option<&ast::Param>,
        sig: &ast::FuncType,
        body: &ast::Block,
        sig_ty: TypeId,
    ) -> Vec<ir::CaptureFrom> {
        let s = self.types.signature(sig_ty).cloned().unwrap_or(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        self.fstack.push(FuncCtx {
            func: f,
            locals: Vec::new(),
            used: Vec::new(),
            captures: Vec::new(),
            capture_index: HashMap::new(),
            scopes: vec![HashMap::new()],
            sig: sig_ty,
            results: Vec::new(),
            named_results: false,
            has_defer: false,
            targets: Vec::new(),
            next_label: 0,
            labels: HashMap::new(),
            literal_count: 0,
            deps: Deps::default(),
        });
        let mut params = Vec::new();
        if let Some(r) = recv {
            let t = self.resolve_type(&r.ty);
            let id = match &r.name {
                Some(n) if n.name != "_" => self.declare_local(&n.name, t, n.span),
                _ => self.hidden_local("_recv", t, r.span),
            };
            // Go does not report unused receivers or parameters.
            self.fctx().used[id as usize] = true;
            params.push(id);
        }
        for (i, p) in sig.params.iter().enumerate() {
            let t = s.params.get(i).copied().unwrap_or(INVALID);
            let id = match &p.name {
                Some(n) if n.name != "_" => self.declare_local(&n.name, t, n.span),
                _ => self.hidden_local("_", t, p.span),
            };
            self.fctx().used[id as usize] = true;
            params.push(id);
        }
        let mut results = Vec::new();
        let named = sig.results.iter().any(|r| r.name.is_some());
        for (i, r) in sig.results.iter().enumerate() {
            let t = s.results.get(i).copied().unwrap_or(INVALID);
            let id = match &r.name {
                Some(n) if n.name != "_" => self.declare_local(&n.name, t, n.span),
                _ => self.hidden_local(&format!("~r{i}"), t, r.span),
            };
            self.fctx().used[id as usize] = true;
            results.push(id);
        }
        {
            let fc = self.fctx();
            fc.results = results.clone();
            fc.named_results = named;
        }
        let mut stmts = self.stmt_list(&body.stmts);
        if !s.results.is_empty() && !self.terminating_list(&body.stmts) {
            let end = Span::new(body.span.hi as usize - 1, body.span.hi as usize);
            self.error(
                Diagnostic::new("minigo::type::missing_return", "missing return", end)
                    .label("the function can reach its end without returning")
                    .help("end every path through the function with a return statement"),
            );
        }
        if !s.results.is_empty() {
            stmts.push(ir::Stmt {
                kind: S::Unreachable,
                span: body.span,
            });
        }
        let mut unused_labels: Vec<(Span, String)> = self
            .fctx()
            .labels
            .iter()
            .filter(|(_, (_, used))| !used)
            .map(|(n, (s, _))| (*s, n.clone()))
            .collect();
        unused_labels.sort_by_key(|(s, _)| s.lo);
        for (span, name) in unused_labels {
            self.error(
                Diagnostic::new(
                    "minigo::type::unused_label",
                    format!("label {name} defined and not used"),
                    span,
                )
                .help("remove the label, or use it with break or continue"),
            );
        }
        self.pop_scope();
        let ctx = self.fstack.pop().expect("pushed above");
        let froms = ctx.captures.iter().map(|c| c.from).collect();
        if self.fstack.is_empty() {
            self.func_deps.insert(f, ctx.deps.clone());
        } else if let Some(outer) = self.fstack.first_mut() {
            outer.deps.globals.extend(ctx.deps.globals.iter().copied());
            outer.deps.funcs.extend(ctx.deps.funcs.iter().copied());
        }
        let func = &mut self.funcs[f as usize];
        func.params = params;
        func.results = results;
        func.locals = ctx.locals;
        func.captures = ctx.captures;
        func.has_defer = ctx.has_defer;
        func.body = ir::FuncBody::Code(stmts);
        froms
    }

    pub(crate) fn stmt_list(&mut self, list: &[ast::Stmt]) -> Vec<ir::Stmt> {
        let mut out = Vec::new();
        for (i, s) in list.iter().enumerate() {
            if let StmtKind::Fallthrough = s.kind {
                // Legal ones are handled by the switch; here it is out of place.
                let last = i + 1 == list.len();
                let _ = last;
                self.error(
                    Diagnostic::new(
                        "minigo::type::fallthrough",
                        "fallthrough statement out of place",
                        s.span,
                    )
                    .help("fallthrough may only end a case of an expression switch (not the last case)"),
                );
                continue;
            }
            self.stmt(s, &mut out);
        }
        out
    }

    fn block(&mut self, list: &[ast::Stmt]) -> Vec<ir::Stmt> {
        self.push_scope();
        let out = self.stmt_list(list);
        self.pop_scope();
        out
    }

    fn new_label(&mut self) -> ir::LabelId {
        let f = self.fctx();
        f.next_label += 1;
        f.next_label
    }

    pub(crate) fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        self.stmt_labeled(s, None, out)
    }

    fn stmt_labeled(&mut self, s: &ast::Stmt, label: Option<&str>, out: &mut Vec<ir::Stmt>) {
        let span = s.span;
        let push = |out: &mut Vec<ir::Stmt>, kind: S| out.push(ir::Stmt { kind, span });
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(d) => self.local_decl(d, span, out),
            StmtKind::Expr(e) => {
                if let Some(st) = self.expr_stmt(e) {
                    push(out, st);
                }
            }
            StmtKind::Send(ch, v) => {
                if let Some((c, v)) = self.send(ch, v, span) {
                    push(out, S::Send(c, v));
                }
            }
            StmtKind::IncDec(x, inc) => {
                let Some((lv, t)) = self.lvalue(x, true) else {
                    return;
                };
                if t != INVALID && !self.types.is_numeric(t) {
                    let text = self.span_text(x.span);
                    let ts = self.types.display(t);
                    let op = if *inc { "++" } else { "--" };
                    self.error(Diagnostic::new(
                        "minigo::type::operator",
                        format!("invalid operation: {text}{op} (non-numeric type {ts})"),
                        span,
                    ));
                    return;
                }
                push(out, S::IncDec(lv, *inc));
            }
            StmtKind::Assign { lhs, op: None, rhs } => {
                if let Some(st) = self.assign(lhs, rhs, span) {
                    push(out, st);
                }
            }
            StmtKind::Assign {
                lhs,
                op: Some(op),
                rhs,
            } => {
                if let Some(st) = self.op_assign(lhs, *op, rhs, span) {
                    push(out, st);
                }
            }
            StmtKind::Define { lhs, rhs } => {
                if let Some(st) = self.define(lhs, rhs, span) {
                    push(out, st);
                }
            }
            StmtKind::Go(e) => {
                if let Some(c) = self.go_defer_call(e, "go") {
                    push(out, S::Go(c));
                }
            }
            StmtKind::Defer(e) => {
                if let Some(c) = self.go_defer_call(e, "defer") {
                    self.fctx().has_defer = true;
                    push(out, S::Defer(c));
                }
            }
            StmtKind::Return(exprs) => {
                if let Some(st) = self.return_stmt(exprs, span) {
                    push(out, st);
                }
            }
            StmtKind::Break(l) => {
                if let Some(t) = self.branch_target(l.as_ref(), false, span) {
                    push(out, S::Break(t));
                }
            }
            StmtKind::Continue(l) => {
                if let Some(t) = self.branch_target(l.as_ref(), true, span) {
                    push(out, S::Continue(t));
                }
            }
            StmtKind::Goto(l) => {
                if let Some(entry) = self.fctx().labels.get_mut(&l.name) {
                    entry.1 = true;
                }
                self.error(
                    Diagnostic::new("minigo::unsupported::goto", "goto is not supported", span)
                        .help("use a labelled break or continue, or restructure the loop"),
                );
            }
            StmtKind::Fallthrough => {
                self.error(Diagnostic::new(
                    "minigo::type::fallthrough",
                    "fallthrough statement out of place",
                    span,
                ));
            }
            StmtKind::Block(b) => {
                let body = self.block(&b.stmts);
                push(out, S::Block(body));
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                let mut inner = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut inner);
                }
                let c = self.condition(cond, "if statement");
                let t = self.block(&then.stmts);
                let e = match els {
                    None => Vec::new(),
                    Some(e) => {
                        let mut v = Vec::new();
                        self.stmt(e, &mut v);
                        v
                    }
                };
                self.pop_scope();
                inner.push(ir::Stmt {
                    kind: S::If {
                        cond: c,
                        then: t,
                        els: e,
                    },
                    span,
                });
                push(out, block_or_single(inner));
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                let mut inner = Vec::new();
                let before = self.fctx().locals.len() as LocalId;
                if let Some(i) = init {
                    self.stmt(i, &mut inner);
                }
                let after = self.fctx().locals.len() as LocalId;
                let c = cond.as_ref().map(|c| self.condition(c, "for statement"));
                let mut p = Vec::new();
                if let Some(ps) = post {
                    if let StmtKind::Define { .. } = ps.kind {
                        self.error(Diagnostic::new(
                            "minigo::type::for_post",
                            "cannot declare in post statement of for loop",
                            ps.span,
                        ));
                    } else {
                        self.stmt(ps, &mut p);
                    }
                }
                let l = self.new_label();
                self.fctx().targets.push(Target {
                    label: l,
                    name: label.map(str::to_string),
                    kind: TargetKind::Loop,
                });
                let b = self.block(&body.stmts);
                self.fctx().targets.pop();
                self.pop_scope();
                inner.push(ir::Stmt {
                    kind: S::For {
                        label: l,
                        cond: c,
                        post: p,
                        body: b,
                        per_iter: (before..after).collect(),
                    },
                    span,
                });
                push(out, block_or_single(inner));
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                if let Some(st) =
                    self.range(key.as_ref(), value.as_ref(), *define, x, body, label, span)
                {
                    push(out, st);
                }
            }
            StmtKind::Switch {
                init, tag, cases, ..
            } => {
                self.push_scope();
                let mut inner = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut inner);
                }
                let sw = self.switch(tag.as_ref(), cases, label, span);
                self.pop_scope();
                inner.push(ir::Stmt {
                    kind: S::Switch(Box::new(sw)),
                    span,
                });
                push(out, block_or_single(inner));
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
                ..
            } => {
                self.push_scope();
                let mut inner = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut inner);
                }
                if let Some(ts) = self.type_switch(bind.as_ref(), x, cases, label, span) {
                    inner.push(ir::Stmt {
                        kind: S::TypeSwitch(Box::new(ts)),
                        span,
                    });
                }
                self.pop_scope();
                push(out, block_or_single(inner));
            }
            StmtKind::Select { cases } => {
                let sel = self.select(cases, label);
                push(out, S::Select(Box::new(sel)));
            }
            StmtKind::Labeled(l, inner) => {
                if let Some((prev, _)) = self.fctx().labels.get(&l.name) {
                    let prev = *prev;
                    self.error(
                        Diagnostic::new(
                            "minigo::type::redeclared",
                            format!("label {} already defined", l.name),
                            l.span,
                        )
                        .also(prev, "first defined here"),
                    );
                } else {
                    self.fctx().labels.insert(l.name.clone(), (l.span, false));
                }
                self.stmt_labeled(inner, Some(&l.name), out);
            }
        }
    }

    fn local_decl(&mut self, d: &ast::Decl, span: Span, out: &mut Vec<ir::Stmt>) {
        match d {
            ast::Decl::Var(specs) => {
                for spec in specs {
                    let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
                    if spec.values.is_empty() {
                        for n in &spec.names {
                            let t = declared.unwrap_or(INVALID);
                            let id = self.declare_local(&n.name, t, n.span);
                            out.push(ir::Stmt {
                                kind: S::VarDecl(id, None),
                                span,
                            });
                        }
                        continue;
                    }
                    // Values are checked before the names come into scope.
                    let n = spec.names.len();
                    let mut tys = vec![declared.unwrap_or(INVALID); n];
                    let placeholder: Vec<LocalId> = (0..n as u32).collect();
                    let stmt = {
                        let tys_ref = &mut tys;

                        self.var_init(
                            spec,
                            declared,
                            |_, i| LValue::Declare(placeholder[i]),
                            |_, i, t| tys_ref[i] = t,
                        )
                    };
                    let mut ids = Vec::new();
                    for (i, name) in spec.names.iter().enumerate() {
                        ids.push(self.declare_local(&name.name, tys[i], name.span));
                    }
                    if let Some(mut st) = stmt {
                        // Point the placeholders at the real locals.
                        let fix = |lv: &mut LValue| {
                            if let LValue::Declare(i) = lv {
                                *lv = LValue::Declare(ids[*i as usize]);
                            }
                        };
                        match &mut st.kind {
                            S::Assign(l, _) | S::AssignTuple(l, _) => l.iter_mut().for_each(fix),
                            _ => {}
                        }
                        out.push(st);
                    } else {
                        for id in ids {
                            out.push(ir::Stmt {
                                kind: S::VarDecl(id, None),
                                span,
                            });
                        }
                    }
                }
            }
            ast::Decl::Const(specs) => {
                self.collect_consts_local(specs.clone());
            }
            ast::Decl::Type(specs) => {
                for spec in specs {
                    if let Some(tp) = spec.type_params {
                        self.error(super::decl::generics_error(tp));
                    }
                    if spec.alias {
                        let t = self.resolve_type(&spec.ty);
                        self.declare(&spec.name.name, Entity::Type(t), spec.name.span);
                        continue;
                    }
                    let pkg = self.pkg_name();
                    let named = self.types.new_named(&spec.name.name, &pkg, true);
                    // Declared first so the type can refer to itself.
                    self.declare(&spec.name.name, Entity::Type(named), spec.name.span);
                    let u = self.resolve_type(&spec.ty);
                    if u == named {
                        self.error(Diagnostic::new(
                            "minigo::type::cycle",
                            "invalid recursive type",
                            spec.name.span,
                        ));
                    } else {
                        let u = self.types.underlying(u);
                        self.types.set_underlying(named, u);
                        self.check_recursive_type(named, spec.name.span);
                    }
                }
            }
            ast::Decl::Func(f) => {
                self.error(
                    Diagnostic::new(
                        "minigo::parse::syntax",
                        "syntax error: function declaration inside a function",
                        f.span,
                    )
                    .help("use a function literal: name := func(...) { ... }"),
                );
            }
            ast::Decl::Bad(_) => {}
        }
    }

    fn collect_consts_local(&mut self, specs: Vec<ast::ConstSpec>) {
        // The package-level machinery evaluates and declares local constants in order.
        let _ = self.collect_consts(specs);
    }

    fn expr_stmt(&mut self, e: &ast::Expr) -> Option<S> {
        let op = self.expr(e, None);
        match &op.mode {
            Mode::Invalid => return None,
            Mode::NoValue | Mode::Tuple => return Some(S::Expr(op.expr)),
            _ => {}
        }
        let ok = match &op.expr.kind {
            K::Call(_) | K::Recv { .. } => true,
            K::Builtin(b, _) => {
                matches!(
                    b,
                    ir::Builtin::Copy | ir::Builtin::Recover | ir::Builtin::Append
                ) && !matches!(b, ir::Builtin::Append)
            }
            _ => false,
        };
        if !ok {
            let d = self.describe(&op);
            let mut diag = Diagnostic::new(
                "minigo::type::unused_value",
                format!("{d} is not used"),
                e.span,
            );
            if let ExprKind::Binary(ast::BinOp::Eq, _, _) = &e.kind {
                diag = diag.help("did you mean = (assignment) instead of == (comparison)?");
            } else if let K::Builtin(ir::Builtin::Append, _) = op.expr.kind {
                diag = diag.help("append returns the new slice: s = append(s, x)");
            } else if let Some(h) = self.call_hint(&op, None) {
                diag = diag.help(h);
            }
            self.error(diag);
            return None;
        }
        Some(S::Expr(op.expr))
    }

    fn send(&mut self, ch: &ast::Expr, v: &ast::Expr, span: Span) -> Option<(ir::Expr, ir::Expr)> {
        let c = self.expr(ch, None);
        if !self.need_value(&c) {
            self.expr(v, None);
            return None;
        }
        let TypeKind::Chan(dir, elem) = self.types.under(c.ty()).clone() else {
            let d = self.describe(&c);
            self.error(Diagnostic::new(
                "minigo::type::send",
                format!("invalid operation: cannot send to non-channel {d}"),
                span,
            ));
            self.expr(v, None);
            return None;
        };
        if dir == ChanDirKey::Recv {
            let d = self.describe(&c);
            self.error(
                Diagnostic::new(
                    "minigo::type::chan_dir",
                    format!("invalid operation: cannot send to receive-only channel {d}"),
                    span,
                )
                .help("a <-chan T can only be received from; send on a chan T or chan<- T"),
            );
            self.expr(v, None);
            return None;
        }
        let vo = self.expr(v, Some(elem));
        let ve = self.assign_to(vo, elem, "send");
        Some((c.expr, ve))
    }

    pub(crate) fn condition(&mut self, e: &ast::Expr, what: &str) -> ir::Expr {
        let op = self.expr(e, Some(BOOL));
        if !self.need_value(&op) {
            return op.expr;
        }
        if !self.types.is_boolean(op.ty()) {
            let d = self.describe(&op);
            self.error(
                Diagnostic::new(
                    "minigo::type::condition",
                    format!("non-boolean condition in {what}"),
                    e.span,
                )
                .label(d.to_string())
                .help("Go has no truthiness: compare explicitly, as in x != 0 or s != \"\""),
            );
            return op.expr;
        }
        self.default_value(op, what)
    }

    // ----- assignment -----

    /// Checks an assignable expression. `is_use` is false for a plain `x = ...`, which
    /// does not count as using x.
    pub(crate) fn lvalue(&mut self, e: &ast::Expr, is_use: bool) -> Option<(LValue, TypeId)> {
        let e = e.unparen();
        if let ExprKind::Ident(name) = &e.kind {
            if name == "_" {
                return Some((LValue::Blank, INVALID));
            }
            match self.lookup(name) {
                Some(Entity::Local { depth, id }) => {
                    let ty = self.local_ty(depth, id);
                    let lv = match self.use_local(depth, id, is_use) {
                        K::Local(i) => LValue::Local(i),
                        K::Upvalue(i) => LValue::Upvalue(i),
                        _ => unreachable!("use_local returns a variable"),
                    };
                    return Some((lv, ty));
                }
                Some(Entity::Global(g)) => {
                    let ty = self.global_type(g);
                    self.note_dep_global(g);
                    return Some((LValue::Global(g), ty));
                }
                None => {
                    self.undefined(name, e.span);
                    return None;
                }
                Some(_) => {}
            }
        }
        let op = self.expr(e, None);
        if op.is_invalid() {
            return None;
        }
        let ty = op.ty();
        let lv = match (&op.mode, op.expr.kind.clone()) {
            (Mode::MapIndex, K::MapIndex { map, key, .. }) => LValue::MapIndex(*map, *key),
            (Mode::Var, K::Local(i)) => LValue::Local(i),
            (Mode::Var, K::Upvalue(i)) => LValue::Upvalue(i),
            (Mode::Var, K::Global(g)) => LValue::Global(g),
            (Mode::Var, K::Field(b, i)) => LValue::Field(*b, i),
            (Mode::Var, K::Index(x, i)) => LValue::Index(*x, *i),
            (Mode::Var, K::Deref(p)) => LValue::Deref(*p),
            _ => {
                let d = self.describe(&op);
                let mut diag = Diagnostic::new(
                    "minigo::type::assign",
                    format!("cannot assign to {d}"),
                    e.span,
                );
                match &op.expr.kind {
                    K::Index(x, _) if self.types.is_string(x.ty) => {
                        diag = diag.help(
                            "strings are immutable: convert to []byte, change it, and convert back",
                        );
                    }
                    K::Field(b, _) if matches!(b.kind, K::MapIndex { .. }) => {
                        let text = self.span_text(e.span);
                        diag.message = format!("cannot assign to struct field {text} in map");
                        diag = diag.help("copy the value out of the map, change it, and store it back (or store pointers in the map)");
                    }
                    _ if matches!(op.mode, Mode::Const(_)) => {
                        diag = diag
                            .help("constants cannot be changed; declare a variable with var or :=");
                    }
                    _ => {
                        diag.message = format!(
                            "cannot assign to {d} (neither addressable nor a map index expression)"
                        );
                    }
                }
                self.error(diag);
                return None;
            }
        };
        Some((lv, ty))
    }

    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], span: Span) -> Option<S> {
        if lhs.len() != rhs.len() {
            if rhs.len() == 1 {
                let mut lvs = Vec::new();
                let mut tys = Vec::new();
                for l in lhs {
                    let (lv, t) = self.lvalue(l, false).unwrap_or((LValue::Blank, INVALID));
                    lvs.push(lv);
                    tys.push(t);
                }
                let op = self.expr(&rhs[0], None);
                let got = self.tuple_types(&op, lhs.len(), rhs[0].span, "assignment");
                if got.len() != lhs.len() {
                    return None;
                }
                for (i, (g, t)) in got.iter().zip(&tys).enumerate() {
                    if *t != INVALID && !self.assignable_type(*g, *t) {
                        let gs = self.types.display(*g);
                        let ts = self.types.display(*t);
                        self.error(Diagnostic::new(
                            "minigo::type::mismatch",
                            format!("cannot use {gs} value as {ts} value in assignment"),
                            lhs[i].span,
                        ));
                    }
                }
                let tuple = self.comma_ok_expr(op, lhs.len());
                return Some(S::AssignTuple(lvs, tuple));
            }
            self.assign_mismatch(lhs.len(), rhs.len(), span, "variables");
            return None;
        }
        let mut lvs = Vec::new();
        let mut values = Vec::new();
        for (l, r) in lhs.iter().zip(rhs) {
            let (lv, t) = match self.lvalue(l, false) {
                Some(x) => x,
                None => {
                    self.expr(r, None);
                    continue;
                }
            };
            let op = self.expr(r, Some(t));
            if !self.single_value_assign(&op, r.span) {
                continue;
            }
            let v = if matches!(lv, LValue::Blank) {
                if op.ty() == UNTYPED_NIL {
                    self.error(Diagnostic::new(
                        "minigo::type::untyped_nil",
                        "use of untyped nil in assignment",
                        r.span,
                    ));
                    continue;
                }
                self.default_value(op, "assignment")
            } else {
                self.assign_to(op, t, "assignment")
            };
            lvs.push(lv);
            values.push(v);
        }
        Some(S::Assign(lvs, values))
    }

    /// The element types of a multi-valued right-hand side (a call, or a comma-ok form
    /// when `n` is 2), reporting a count mismatch.
    pub(crate) fn tuple_types(
        &mut self,
        op: &Operand,
        n: usize,
        span: Span,
        _ctx: &str,
    ) -> Vec<TypeId> {
        match &op.mode {
            Mode::Invalid => vec![INVALID; n],
            Mode::Tuple => {
                let tys = self
                    .types
                    .tuple_elems(op.ty())
                    .map(|t| t.to_vec())
                    .unwrap_or_default();
                if tys.len() != n {
                    let text = self.span_text(span);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::assign_count",
                            format!(
                                "assignment mismatch: {n} variable{} but {text} returns {} value{}",
                                if n == 1 { "" } else { "s" },
                                tys.len(),
                                if tys.len() == 1 { "" } else { "s" }
                            ),
                            span,
                        )
                        .help("use one name per result; _ discards a result"),
                    );
                    return vec![];
                }
                tys
            }
            Mode::MapIndex | Mode::CommaOk if n == 2 => vec![op.ty(), BOOL],
            _ => {
                if !self.need_value(op) {
                    return vec![];
                }
                if let Some(callee) = self.callee_name(op) {
                    self.error(
                        Diagnostic::new(
                            "minigo::type::assign_count",
                            format!(
                                "assignment mismatch: {n} variables but {callee} returns 1 value"
                            ),
                            span,
                        )
                        .help(format!(
                            "{callee} has one result: assign it to one variable"
                        )),
                    );
                } else {
                    self.assign_mismatch(n, 1, span, "variables");
                }
                vec![]
            }
        }
    }

    /// The name of the function a call operand calls (`f`, `obj.Method`).
    pub(crate) fn callee_name(&self, op: &Operand) -> Option<String> {
        if !matches!(op.expr.kind, K::Call(_)) {
            return None;
        }
        let text = self.span_text(op.span());
        text.split('(')
            .next()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    /// One variable assigned a call with several results: Go's "assignment mismatch".
    /// Returns false (after reporting) when that is the case.
    pub(crate) fn single_value_assign(&mut self, op: &Operand, span: Span) -> bool {
        if op.mode != Mode::Tuple {
            return true;
        }
        let n = self
            .types
            .tuple_elems(op.ty())
            .map(|t| t.len())
            .unwrap_or(0);
        let callee = self
            .callee_name(op)
            .unwrap_or_else(|| self.span_text(op.span()));
        self.error(
            Diagnostic::new(
                "minigo::type::assign_count",
                format!("assignment mismatch: 1 variable but {callee} returns {n} values"),
                span,
            )
            .help(format!(
                "receive every result: a, b := {callee}(...), or discard one with _"
            )),
        );
        false
    }

    /// Turns `m[k]`, `x.(T)` or `<-ch` into its comma-ok form when assigned to two values.
    pub(crate) fn comma_ok_expr(&mut self, op: Operand, n: usize) -> ir::Expr {
        let mut e = op.expr;
        if n == 2 {
            let ty = e.ty;
            match &mut e.kind {
                K::MapIndex { comma_ok, .. }
                | K::TypeAssert { comma_ok, .. }
                | K::Recv { comma_ok, .. } => {
                    *comma_ok = true;
                    e.ty = self.types.tuple(vec![ty, BOOL]);
                }
                _ => {}
            }
        }
        e
    }

    fn op_assign(
        &mut self,
        lhs: &[ast::Expr],
        op: ast::BinOp,
        rhs: &[ast::Expr],
        span: Span,
    ) -> Option<S> {
        if lhs.len() != 1 || rhs.len() != 1 {
            self.error(Diagnostic::new(
                "minigo::type::assign",
                format!(
                    "assignment operation {}= requires single-valued expressions",
                    op.text()
                ),
                span,
            ));
            return None;
        }
        let (lv, t) = self.lvalue(&lhs[0], true)?;
        if matches!(lv, LValue::Blank) {
            self.error(Diagnostic::new(
                "minigo::type::blank",
                "cannot use _ as value",
                lhs[0].span,
            ));
            return None;
        }
        // Check `l op r` as an expression for its typing rules.
        let whole = ast::Expr::new(
            ExprKind::Binary(op, Box::new(lhs[0].clone()), Box::new(rhs[0].clone())),
            span,
        );
        let res = self.expr(&whole, Some(t));
        if res.is_invalid() {
            return None;
        }
        let r = match res.expr.kind {
            K::Binary(_, _, r) => *r,
            K::Const(_) => {
                // Both sides constant cannot happen: the left side is a variable.
                return None;
            }
            _ => return None,
        };
        if !op.is_shift() && res.expr.ty != t && !self.types.is_untyped(res.expr.ty) {
            return None;
        }
        Some(S::OpAssign(lv, op, r))
    }

    fn define(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], span: Span) -> Option<S> {
        // Every name on the left must be an identifier.
        let mut names = Vec::new();
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(n) => names.push(ast::Ident {
                    name: n.clone(),
                    span: l.span,
                }),
                _ => {
                    let text = self.span_text(l.span);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::define",
                            format!("non-name {text} on left side of :="),
                            l.span,
                        )
                        .help("use = to assign to fields, elements and pointers"),
                    );
                    for r in rhs {
                        self.expr(r, None);
                    }
                    return None;
                }
            }
        }
        // Which names are new in this scope?
        let depth = self.fstack.len() - 1;
        let mut existing: Vec<Option<(LocalId, TypeId)>> = Vec::new();
        let mut any_new = false;
        let mut seen = std::collections::HashSet::new();
        for n in &names {
            if n.name != "_" && !seen.insert(n.name.clone()) {
                self.error(Diagnostic::new(
                    "minigo::type::redeclared",
                    format!("{} repeated on left side of :=", n.name),
                    n.span,
                ));
                return None;
            }
            let cur = self.fstack[depth]
                .scopes
                .last()
                .and_then(|s| s.get(&n.name))
                .cloned();
            match cur {
                Some(Entity::Local { depth: d, id }) if d == depth => {
                    existing.push(Some((id, self.local_ty(d, id))));
                }
                _ => {
                    if n.name != "_" {
                        any_new = true;
                    }
                    existing.push(None);
                }
            }
        }
        if !any_new {
            self.error(
                Diagnostic::new(
                    "minigo::type::no_new_vars",
                    "no new variables on left side of :=",
                    span,
                )
                .help("use = to assign to variables that already exist"),
            );
        }
        // Check the values first: the new names are not in scope on the right.
        let (values, tuple, tys) = if lhs.len() == rhs.len() {
            let mut vs = Vec::new();
            let mut tys = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                let hint = existing[i].map(|e| e.1);
                let op = self.expr(r, hint);
                if !self.single_value_assign(&op, r.span) {
                    continue;
                }
                let v = match existing[i] {
                    Some((_, t)) => self.assign_to(op, t, "assignment"),
                    None => {
                        if op.ty() == UNTYPED_NIL {
                            self.error(
                                Diagnostic::new(
                                    "minigo::type::untyped_nil",
                                    "use of untyped nil in assignment",
                                    r.span,
                                )
                                .help("nil has no type of its own: declare the variable with a type, as in var p *T = nil"),
                            );
                            continue;
                        }
                        self.default_value(op, "assignment")
                    }
                };
                tys.push(v.ty);
                vs.push(v);
            }
            if vs.len() != rhs.len() {
                // Declare the new names anyway so that their uses are not reported too.
                for (i, n) in names.iter().enumerate() {
                    if existing[i].is_none() && n.name != "_" {
                        let id = self.declare_local(&n.name, INVALID, n.span);
                        self.fctx().used[id as usize] = true;
                    }
                }
                return None;
            }
            (vs, None, tys)
        } else if rhs.len() == 1 {
            let op = self.expr(&rhs[0], None);
            let tys = self.tuple_types(&op, lhs.len(), rhs[0].span, "assignment");
            if tys.len() != lhs.len() {
                for (i, n) in names.iter().enumerate() {
                    if existing[i].is_none() && n.name != "_" {
                        let id = self.declare_local(&n.name, INVALID, n.span);
                        self.fctx().used[id as usize] = true;
                    }
                }
                return None;
            }
            for (i, t) in tys.iter().enumerate() {
                if let Some((_, et)) = existing[i]
                    && !self.assignable_type(*t, et)
                {
                    let (ts, es) = (self.types.display(*t), self.types.display(et));
                    self.error(Diagnostic::new(
                        "minigo::type::mismatch",
                        format!("cannot use {ts} value as {es} value in assignment"),
                        lhs[i].span,
                    ));
                }
            }
            let e = self.comma_ok_expr(op, lhs.len());
            (Vec::new(), Some(e), tys)
        } else {
            self.assign_mismatch(lhs.len(), rhs.len(), rhs[0].span, "variables");
            for r in rhs {
                self.expr(r, None);
            }
            // Declare the new names anyway so that later uses are not reported too.
            for (i, n) in names.iter().enumerate() {
                if existing[i].is_none() && n.name != "_" {
                    let id = self.declare_local(&n.name, INVALID, n.span);
                    self.fctx().used[id as usize] = true;
                }
            }
            return None;
        };
        let mut lvs = Vec::new();
        for (i, n) in names.iter().enumerate() {
            if n.name == "_" {
                lvs.push(LValue::Blank);
                continue;
            }
            match existing[i] {
                Some((id, _)) => lvs.push(LValue::Local(id)),
                None => {
                    let id = self.declare_local(&n.name, tys[i], n.span);
                    lvs.push(LValue::Declare(id));
                }
            }
        }
        Some(match tuple {
            Some(t) => S::AssignTuple(lvs, t),
            None => S::Assign(lvs, values),
        })
    }

    // ----- go, defer, return, branches -----

    fn go_defer_call(&mut self, e: &ast::Expr, what: &str) -> Option<ir::Call> {
        if let ExprKind::Paren(_) = e.kind {
            self.error(Diagnostic::new(
                "minigo::type::go_defer",
                format!("expression in {what} must not be parenthesized"),
                e.span,
            ));
            return None;
        }
        let ExprKind::Call { .. } = &e.kind else {
            self.expr(e, None);
            self.error(
                Diagnostic::new(
                    "minigo::type::go_defer",
                    format!("expression in {what} must be function call"),
                    e.span,
                )
                .help(format!(
                    "write {what} f(args); to {what} a block, use {what} func() {{ ... }}()"
                )),
            );
            return None;
        };
        let op = self.expr(e, None);
        if op.is_invalid() && op.mode == Mode::Invalid {
            return None;
        }
        match op.expr.kind {
            K::Call(c) => Some(*c),
            K::Builtin(b, args) => {
                if matches!(
                    b,
                    ir::Builtin::Len
                        | ir::Builtin::Cap
                        | ir::Builtin::Append
                        | ir::Builtin::AppendSpread
                        | ir::Builtin::Make
                        | ir::Builtin::New
                        | ir::Builtin::Min
                        | ir::Builtin::Max
                ) {
                    let text = self.span_text(e.span);
                    self.error(Diagnostic::new(
                        "minigo::type::go_defer",
                        format!("{what} discards result of {text}"),
                        e.span,
                    ));
                    return None;
                }
                Some(self.builtin_wrapper(b, args, e.span))
            }
            K::Convert(_) | K::Const(_) | K::ToIface(_) | K::Nil => {
                self.error(Diagnostic::new(
                    "minigo::type::go_defer",
                    format!("{what} requires function call, not conversion"),
                    e.span,
                ));
                None
            }
            _ => None,
        }
    }

    /// `defer close(ch)` and friends: a small function that calls the builtin with the
    /// arguments evaluated at the statement.
    fn builtin_wrapper(&mut self, b: ir::Builtin, args: Vec<ir::Expr>, span: Span) -> ir::Call {
        let params: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
        let sig = self.types.func(params.clone(), vec![], false);
        let name = format!("{}.deferwrap", self.pkg_name());
        let f = self.new_func_pub(name, span, sig);
        let locals: Vec<ir::Local> = params
            .iter()
            .enumerate()
            .map(|(i, t)| ir::Local {
                name: format!("a{i}"),
                ty: *t,
                span,
                captured: false,
                addressed: false,
            })
            .collect();
        let inner_args: Vec<ir::Expr> = params
            .iter()
            .enumerate()
            .map(|(i, t)| ir::Expr::new(K::Local(i as u32), *t, span))
            .collect();
        // recover() deferred directly does not stop a panic: it is not called *by* a
        // deferred function. The wrapper must not make it one.
        let body = if b == ir::Builtin::Recover {
            vec![]
        } else {
            vec![ir::Stmt {
                kind: S::Expr(ir::Expr::new(K::Builtin(b, inner_args), VOID, span)),
                span,
            }]
        };
        let func = &mut self.funcs[f as usize];
        func.params = (0..params.len() as u32).collect();
        func.locals = locals;
        func.body = ir::FuncBody::Code(body);
        ir::Call::new(ir::Callee::Static(f), args)
    }

    fn return_stmt(&mut self, exprs: &[ast::Expr], span: Span) -> Option<S> {
        let sig = self.fctx().sig;
        let results = self
            .types
            .signature(sig)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        let named = self.fctx().named_results;
        if exprs.is_empty() {
            if results.is_empty() || named {
                // A bare return in a function with named results: the names must not be
                // shadowed at this point (Go's rule).
                if named {
                    let ids = self.fctx().results.clone();
                    for id in ids {
                        let name = self.fctx().locals[id as usize].name.clone();
                        if let Some(Entity::Local { id: found, .. }) = self.lookup(&name)
                            && found != id
                        {
                            self.error(
                                    Diagnostic::new(
                                        "minigo::type::shadow",
                                        format!("result parameter {name} not in scope at return"),
                                        span,
                                    )
                                    .help(format!("{name} is shadowed by an inner declaration; return it explicitly")),
                                );
                        }
                    }
                }
                return Some(S::Return(vec![]));
            }
            self.return_count_error(&results, &[], span, true);
            return None;
        }
        if exprs.len() == 1 && results.len() > 1 {
            let op = self.expr(&exprs[0], None);
            if op.mode == Mode::Tuple {
                let tys = self
                    .types
                    .tuple_elems(op.ty())
                    .map(|t| t.to_vec())
                    .unwrap_or_default();
                if tys.len() != results.len() {
                    self.return_count_error(&results, &tys, span, tys.len() < results.len());
                    return None;
                }
                for (t, r) in tys.iter().zip(&results) {
                    if !self.assignable_type(*t, *r) {
                        let (ts, rs) = (self.types.display(*t), self.types.display(*r));
                        self.error(Diagnostic::new(
                            "minigo::type::mismatch",
                            format!("cannot use {ts} value as {rs} value in return statement"),
                            exprs[0].span,
                        ));
                        return None;
                    }
                }
                return Some(S::ReturnTuple(op.expr));
            }
            if !op.is_invalid() {
                self.return_count_error(&results, &[op.ty()], span, true);
            }
            return None;
        }
        if exprs.len() != results.len() {
            let tys: Vec<TypeId> = exprs
                .iter()
                .map(|e| {
                    let op = self.expr(e, None);
                    op.ty()
                })
                .collect();
            // Go points at the first extra value, or at the return keyword.
            let at = if exprs.len() > results.len() {
                exprs[results.len()].span
            } else {
                span
            };
            self.return_count_error(&results, &tys, at, exprs.len() < results.len());
            return None;
        }
        let mut out = Vec::new();
        for (e, r) in exprs.iter().zip(&results) {
            let op = self.expr(e, Some(*r));
            out.push(self.assign_to(op, *r, "return statement"));
        }
        Some(S::Return(out))
    }

    fn return_count_error(&mut self, want: &[TypeId], have: &[TypeId], span: Span, too_few: bool) {
        let h: Vec<String> = have.iter().map(|t| self.summary_type(*t)).collect();
        let w: Vec<String> = want.iter().map(|t| self.types.display(*t)).collect();
        let what = if too_few { "not enough" } else { "too many" };
        self.error(
            Diagnostic::new(
                "minigo::type::return_count",
                format!(
                    "{what} return values\n\thave ({})\n\twant ({})",
                    h.join(", "),
                    w.join(", ")
                ),
                span,
            )
            .help(if want.is_empty() {
                "the function has no results: write a bare return".to_string()
            } else {
                format!(
                    "return {} value{}",
                    want.len(),
                    if want.len() == 1 { "" } else { "s" }
                )
            }),
        );
    }

    fn branch_target(
        &mut self,
        label: Option<&ast::Ident>,
        is_continue: bool,
        span: Span,
    ) -> Option<ir::LabelId> {
        let word = if is_continue { "continue" } else { "break" };
        let targets = self.fctx().targets.clone();
        match label {
            None => {
                let t = targets
                    .iter()
                    .rev()
                    .find(|t| !is_continue || t.kind == TargetKind::Loop);
                match t {
                    Some(t) => Some(t.label),
                    None => {
                        let msg = if is_continue {
                            "continue is not in a loop".to_string()
                        } else {
                            "break is not in a loop, switch, or select".to_string()
                        };
                        self.error(Diagnostic::new("minigo::type::branch", msg, span).help(
                            format!(
                                "{word} only makes sense inside a for loop{}",
                                if is_continue {
                                    ""
                                } else {
                                    ", switch or select"
                                }
                            ),
                        ));
                        None
                    }
                }
            }
            Some(l) => {
                if let Some(entry) = self.fctx().labels.get_mut(&l.name) {
                    entry.1 = true;
                }
                let t = targets
                    .iter()
                    .rev()
                    .find(|t| t.name.as_deref() == Some(&l.name));
                match t {
                    Some(t) if is_continue && t.kind != TargetKind::Loop => {
                        self.error(Diagnostic::new(
                            "minigo::type::branch",
                            format!("invalid continue label {}", l.name),
                            l.span,
                        ));
                        None
                    }
                    Some(t) => Some(t.label),
                    None => {
                        let known = self.fctx().labels.contains_key(&l.name);
                        let msg = if known {
                            format!("invalid {word} label {}", l.name)
                        } else {
                            format!("{word} label not defined: {}", l.name)
                        };
                        self.error(Diagnostic::new("minigo::type::branch", msg, l.span).help(
                            format!("{word} L refers to an enclosing statement labelled L:"),
                        ));
                        None
                    }
                }
            }
        }
    }

    // ----- range, switch, select -----

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
        label: Option<&str>,
        span: Span,
    ) -> Option<S> {
        let xo = self.expr(x, None);
        if !self.need_value(&xo) {
            self.skip_range_body(key, value, define, body);
            return None;
        }
        let t = xo.ty();
        let (kind, kt, vt): (ir::RangeKind, TypeId, Option<TypeId>) =
            match self.types.under(t).clone() {
                _ if self.types.is_integer(t) => {
                    let kt = if self.types.is_untyped(t) { INT } else { t };
                    (ir::RangeKind::Int, kt, None)
                }
                TypeKind::Basic(Basic::String) | TypeKind::Untyped(Untyped::String) => {
                    (ir::RangeKind::String, INT, Some(INT32))
                }
                TypeKind::Slice(e) => (ir::RangeKind::Slice, INT, Some(e)),
                TypeKind::Array(_, e) => (ir::RangeKind::Array, INT, Some(e)),
                TypeKind::Pointer(p) => match self.types.under(p).clone() {
                    TypeKind::Array(_, e) => (ir::RangeKind::ArrayPtr, INT, Some(e)),
                    _ => return self.bad_range(&xo, key, value, define, body),
                },
                TypeKind::Map(k, v) => (ir::RangeKind::Map, k, Some(v)),
                TypeKind::Chan(dir, e) => {
                    if dir == ChanDirKey::Send {
                        let d = self.describe(&xo);
                        self.error(Diagnostic::new(
                            "minigo::type::chan_dir",
                            format!("cannot range over {d}: receive from send-only channel"),
                            x.span,
                        ));
                        self.skip_range_body(key, value, define, body);
                        return None;
                    }
                    (ir::RangeKind::Chan, e, None)
                }
                TypeKind::Func(_) => {
                    self.error(
                        Diagnostic::new(
                            "minigo::unsupported::range_func",
                            "range over a function is not supported",
                            x.span,
                        )
                        .help("iterate with a loop that calls the function"),
                    );
                    self.skip_range_body(key, value, define, body);
                    return None;
                }
                _ => return self.bad_range(&xo, key, value, define, body),
            };
        if value.is_some() && vt.is_none() {
            let d = self.describe(&xo);
            self.error(Diagnostic::new(
                "minigo::type::range",
                format!("range over {d} permits only one iteration variable"),
                value.map(|v| v.span).unwrap_or(span),
            ));
            self.skip_range_body(key, value, define, body);
            return None;
        }
        let xe = if self.types.is_untyped(t) {
            let mut op = xo;
            let target = if self.types.is_integer(t) {
                INT
            } else {
                STRING
            };
            self.convert_untyped(&mut op, target);
            op.expr
        } else {
            xo.expr
        };
        self.push_scope();
        let lv = |c: &mut Checker, e: Option<&ast::Expr>, t: TypeId| -> Option<LValue> {
            let e = e?;
            if define {
                match &e.kind {
                    ExprKind::Ident(n) if n == "_" => Some(LValue::Blank),
                    ExprKind::Ident(n) => Some(LValue::Declare(c.declare_local(n, t, e.span))),
                    _ => {
                        let text = c.span_text(e.span);
                        c.error(Diagnostic::new(
                            "minigo::type::define",
                            format!("non-name {text} on left side of :="),
                            e.span,
                        ));
                        None
                    }
                }
            } else {
                let (lv, lt) = c.lvalue(e, false)?;
                if lt != INVALID && !matches!(lv, LValue::Blank) && !c.assignable_type(t, lt) {
                    let (ts, ls) = (c.types.display(t), c.types.display(lt));
                    c.error(Diagnostic::new(
                        "minigo::type::mismatch",
                        format!("cannot use {ts} value as {ls} value in range assignment"),
                        e.span,
                    ));
                }
                Some(lv)
            }
        };
        let k = lv(self, key, kt);
        let v = lv(self, value, vt.unwrap_or(INVALID));
        let l = self.new_label();
        self.fctx().targets.push(Target {
            label: l,
            name: label.map(str::to_string),
            kind: TargetKind::Loop,
        });
        let b = self.block(&body.stmts);
        self.fctx().targets.pop();
        self.pop_scope();
        Some(S::Range(Box::new(ir::Range {
            label: l,
            x: xe,
            kind,
            key: k,
            value: v,
            body: b,
        })))
    }

    /// Checks the body of a range whose operand is bad, with its variables declared
    /// (of invalid type, counted as used) so the body raises no follow-up errors.
    fn skip_range_body(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        body: &ast::Block,
    ) {
        self.push_scope();
        if define {
            for e in [key, value].into_iter().flatten() {
                if let ExprKind::Ident(n) = &e.kind
                    && n != "_"
                {
                    let id = self.declare_local(n, INVALID, e.span);
                    self.fctx().used[id as usize] = true;
                }
            }
        }
        self.block(&body.stmts);
        self.pop_scope();
    }

    fn bad_range(
        &mut self,
        xo: &Operand,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        body: &ast::Block,
    ) -> Option<S> {
        let d = self.describe(xo);
        self.error(
            Diagnostic::new(
                "minigo::type::range",
                format!("cannot range over {d}"),
                xo.span(),
            )
            .help("range works on integers, strings, arrays, slices, maps and channels"),
        );
        self.skip_range_body(key, value, define, body);
        None
    }

    fn switch(
        &mut self,
        tag: Option<&ast::Expr>,
        cases: &[ast::CaseClause],
        label: Option<&str>,
        _span: Span,
    ) -> ir::Switch {
        let tag_e = tag.map(|t| {
            let op = self.expr(t, None);
            if !self.need_value(&op) {
                return op.expr;
            }
            if op.ty() == UNTYPED_NIL {
                self.error(Diagnostic::new(
                    "minigo::type::untyped_nil",
                    "use of untyped nil in switch expression",
                    t.span,
                ));
            }
            self.default_value(op, "switch expression")
        });
        let tag_ty = tag_e.as_ref().map(|e| e.ty);
        let l = self.new_label();
        self.fctx().targets.push(Target {
            label: l,
            name: label.map(str::to_string),
            kind: TargetKind::Switch,
        });
        let mut out = Vec::new();
        let mut seen: Vec<(Const, TypeId, Span)> = Vec::new();
        let mut default_seen: Option<Span> = None;
        for (ci, c) in cases.iter().enumerate() {
            let mut exprs = Vec::new();
            match &c.exprs {
                None => {
                    if let Some(prev) = default_seen {
                        self.error(
                            Diagnostic::new(
                                "minigo::type::switch",
                                "multiple defaults in switch",
                                c.span,
                            )
                            .also(prev, "first default here"),
                        );
                    }
                    default_seen = Some(c.span);
                }
                Some(list) => {
                    for e in list {
                        let ce = match tag_ty {
                            Some(tt) => self.case_value(e, tt, tag.map(|t| t.span)),
                            None => Some(self.condition(e, "case")),
                        };
                        let Some(ce) = ce else { continue };
                        if let K::Const(k) = &ce.kind
                            && tag_ty.is_some()
                        {
                            if let Some((_, _, prev)) =
                                seen.iter().find(|(v, t, _)| v == k && *t == ce.ty)
                            {
                                let text = self.span_text(e.span);
                                let ts = self.types.display(ce.ty);
                                let prev = *prev;
                                self.error(
                                        Diagnostic::new(
                                            "minigo::type::dup_case",
                                            format!("duplicate case {text} (constant of type {ts}) in expression switch"),
                                            e.span,
                                        )
                                        .also(prev, "previous case"),
                                    );
                            } else {
                                seen.push((k.clone(), ce.ty, e.span));
                            }
                        }
                        exprs.push(ce);
                    }
                }
            }
            // A trailing fallthrough is legal, except in the last case.
            let (body_stmts, fall) = match c
                .body
                .iter()
                .rposition(|s| !matches!(s.kind, StmtKind::Empty))
            {
                Some(i) if matches!(c.body[i].kind, StmtKind::Fallthrough) => {
                    if ci + 1 == cases.len() {
                        self.error(
                            Diagnostic::new(
                                "minigo::type::fallthrough",
                                "cannot fallthrough final case in switch",
                                c.body[i].span,
                            )
                            .help("there is no next case to fall into"),
                        );
                    }
                    (&c.body[..i], true)
                }
                _ => (&c.body[..], false),
            };
            let body = self.block(body_stmts);
            out.push(ir::Case {
                exprs,
                is_default: c.exprs.is_none(),
                body,
                fallthrough: fall,
                span: c.span,
            });
        }
        self.fctx().targets.pop();
        ir::Switch {
            label: l,
            tag: tag_e,
            cases: out,
        }
    }

    /// A case expression of a switch with a tag of type `tt`: comparable with the tag.
    fn case_value(
        &mut self,
        e: &ast::Expr,
        tt: TypeId,
        _tag_span: Option<Span>,
    ) -> Option<ir::Expr> {
        let mut op = self.expr(e, Some(tt));
        if !self.need_value(&op) {
            return None;
        }
        if self.types.is_untyped(op.ty()) {
            if self.types.is_interface(tt) {
                let d = self.types.default_type(op.ty());
                if op.ty() != UNTYPED_NIL {
                    self.convert_untyped(&mut op, d);
                }
                return Some(self.coerce(op.expr, tt));
            }
            if !self.convert_untyped(&mut op, tt) || op.is_invalid() {
                if !op.is_invalid() {
                    let d = self.describe(&op);
                    let ts = self.types.display(tt);
                    self.error(Diagnostic::new(
                        "minigo::type::mismatch",
                        format!("cannot convert {d} to type {ts}"),
                        e.span,
                    ));
                }
                return None;
            }
            return Some(op.expr);
        }
        let ot = op.ty();
        if ot == tt {
            if !self.types.comparable(tt) {
                let ts = self.types.display(tt);
                self.error(Diagnostic::new(
                    "minigo::type::switch",
                    format!(
                        "invalid case {} in switch (can only compare {ts} to nil)",
                        self.span_text(e.span)
                    ),
                    e.span,
                ));
                return None;
            }
            return Some(op.expr);
        }
        if self.types.is_interface(tt) && self.assignable_type(ot, tt) {
            return Some(self.coerce(op.expr, tt));
        }
        if self.types.is_interface(ot) && self.assignable_type(tt, ot) {
            // The tag is boxed for the comparison: record the case with the tag's type
            // so the compiler compares as interfaces.
            return Some(op.expr);
        }
        let d = self.describe(&op);
        let ts = self.types.display(tt);
        self.error(
            Diagnostic::new(
                "minigo::type::mismatch",
                format!(
                    "invalid case {} in switch on tag (mismatched types {} and {ts})",
                    self.span_text(e.span),
                    self.types.display(ot)
                ),
                e.span,
            )
            .help(format!("{d} cannot be compared with a {ts}")),
        );
        None
    }

    fn type_switch(
        &mut self,
        bind: Option<&ast::Ident>,
        x: &ast::Expr,
        cases: &[ast::CaseClause],
        label: Option<&str>,
        span: Span,
    ) -> Option<ir::TypeSwitch> {
        let xo = self.expr(x, None);
        if !self.need_value(&xo) {
            return None;
        }
        if !self.types.is_interface(xo.ty()) {
            let d = self.describe(&xo);
            self.error(
                Diagnostic::new(
                    "minigo::type::type_switch",
                    format!("{d} is not an interface"),
                    x.span,
                )
                .help("a type switch inspects the dynamic type of an interface value"),
            );
            return None;
        }
        let xt = xo.ty();
        let l = self.new_label();
        self.fctx().targets.push(Target {
            label: l,
            name: label.map(str::to_string),
            kind: TargetKind::Switch,
        });
        let mut out = Vec::new();
        let mut bind_used = false;
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        let mut default_seen = false;
        for c in cases {
            let mut types = Vec::new();
            if let Some(list) = &c.exprs {
                for e in list {
                    if let ExprKind::Ident(n) = &e.kind
                        && n == "nil"
                        && matches!(self.lookup("nil"), Some(Entity::Nil))
                    {
                        types.push(None);
                        continue;
                    }
                    let t = self.resolve_type(e);
                    if t == INVALID {
                        continue;
                    }
                    if let Some((_, prev)) = seen.iter().find(|(s, _)| *s == Some(t)) {
                        let ts = self.types.display(t);
                        let prev = *prev;
                        self.error(
                            Diagnostic::new(
                                "minigo::type::dup_case",
                                format!("duplicate case {ts} in type switch"),
                                e.span,
                            )
                            .also(prev, "previous case"),
                        );
                    }
                    seen.push((Some(t), e.span));
                    if !self.types.is_interface(t)
                        && let Err(why) = self.implements(t, xt)
                    {
                        let text = self.missing_text(t, xt, &why);
                        let xs = self.span_text(x.span);
                        let ts = self.types.display(t);
                        self.error(Diagnostic::new(
                                "minigo::type::type_switch",
                                format!("impossible type switch case: {xs} (variable of type {}) cannot have dynamic type {ts} ({})", self.types.display(xt), text.split(" (").nth(1).unwrap_or("").trim_end_matches(')')),
                                e.span,
                            ));
                    }
                    types.push(Some(t));
                }
            } else {
                if default_seen {
                    self.error(Diagnostic::new(
                        "minigo::type::switch",
                        "multiple defaults in switch",
                        c.span,
                    ));
                }
                default_seen = true;
            }
            if let Some(last) = c
                .body
                .iter()
                .rev()
                .find(|s| !matches!(s.kind, StmtKind::Empty))
                && matches!(last.kind, StmtKind::Fallthrough)
            {
                self.error(
                        Diagnostic::new("minigo::type::fallthrough", "cannot fallthrough in type switch", last.span)
                            .help("each case of a type switch has its own variable type; repeat the code or call a function"),
                    );
            }
            let body_stmts: Vec<ast::Stmt> = c
                .body
                .iter()
                .filter(|s| !matches!(s.kind, StmtKind::Fallthrough))
                .cloned()
                .collect();
            self.push_scope();
            let bind_id = bind.map(|b| {
                let t = match types.as_slice() {
                    [Some(t)] => *t,
                    _ => xt,
                };

                self.declare_local(&b.name, t, b.span)
            });
            let body = self.stmt_list(&body_stmts);
            if let Some(id) = bind_id {
                if self.fctx().used[id as usize] {
                    bind_used = true;
                }
                // The variable is reported once for the whole switch, below.
                self.fctx().used[id as usize] = true;
            }
            self.pop_scope();
            out.push(ir::TypeCase {
                types,
                is_default: c.exprs.is_none(),
                bind: bind_id,
                body,
                span: c.span,
            });
        }
        self.fctx().targets.pop();
        if let Some(b) = bind
            && !bind_used
            && b.name != "_"
            && self.cur_file == 0
        {
            self.soft_diags.push(
                Diagnostic::new(
                    "minigo::type::unused_var",
                    format!("declared and not used: {}", b.name),
                    b.span,
                )
                .label("declared here")
                .help("use it in a case, or write switch x.(type) without a variable"),
            );
        }
        let _ = span;
        Some(ir::TypeSwitch {
            label: l,
            x: xo.expr,
            cases: out,
        })
    }

    fn select(&mut self, cases: &[ast::CommClause], label: Option<&str>) -> ir::Select {
        let l = self.new_label();
        self.fctx().targets.push(Target {
            label: l,
            name: label.map(str::to_string),
            kind: TargetKind::Select,
        });
        let mut out = Vec::new();
        let mut default_seen = false;
        for c in cases {
            self.push_scope();
            let kind = match &c.comm {
                None => {
                    if default_seen {
                        self.error(Diagnostic::new(
                            "minigo::type::select",
                            "multiple defaults in select",
                            c.span,
                        ));
                    }
                    default_seen = true;
                    Some(ir::SelectKind::Default)
                }
                Some(comm) => self.comm_clause(comm),
            };
            let body = self.stmt_list(&c.body);
            self.pop_scope();
            if let Some(kind) = kind {
                out.push(ir::SelectCase {
                    kind,
                    body,
                    span: c.span,
                });
            }
        }
        self.fctx().targets.pop();
        ir::Select {
            label: l,
            cases: out,
        }
    }

    fn comm_clause(&mut self, s: &ast::Stmt) -> Option<ir::SelectKind> {
        let bad = |c: &mut Checker| {
            c.error(
                Diagnostic::new(
                    "minigo::type::select",
                    "select case must be send or receive (possibly with assignment)",
                    s.span,
                )
                .help("write case v := <-ch:, case ch <- v: or case <-ch:"),
            );
            None
        };
        match &s.kind {
            StmtKind::Send(ch, v) => {
                let (c, v) = self.send(ch, v, s.span)?;
                Some(ir::SelectKind::Send { ch: c, value: v })
            }
            StmtKind::Expr(e) => {
                let ExprKind::Unary(ast::UnOp::Recv, ch) = &e.unparen().kind else {
                    return bad(self);
                };
                let c = self.recv_channel(ch)?;
                Some(ir::SelectKind::Recv {
                    ch: c,
                    value: None,
                    ok: None,
                })
            }
            StmtKind::Assign { lhs, op: None, rhs } | StmtKind::Define { lhs, rhs }
                if rhs.len() == 1 && lhs.len() <= 2 =>
            {
                let ExprKind::Unary(ast::UnOp::Recv, ch) = &rhs[0].unparen().kind else {
                    return bad(self);
                };
                let c = self.recv_channel(ch)?;
                let elem = self.types.elem(c.ty).unwrap_or(INVALID);
                let define = matches!(s.kind, StmtKind::Define { .. });
                let mut lvs = Vec::new();
                for (i, l) in lhs.iter().enumerate() {
                    let t = if i == 0 { elem } else { BOOL };
                    if define {
                        match &l.kind {
                            ExprKind::Ident(n) if n == "_" => lvs.push(LValue::Blank),
                            ExprKind::Ident(n) => {
                                lvs.push(LValue::Declare(self.declare_local(n, t, l.span)))
                            }
                            _ => return bad(self),
                        }
                    } else {
                        let (lv, lt) = self.lvalue(l, false)?;
                        if lt != INVALID
                            && !matches!(lv, LValue::Blank)
                            && !self.assignable_type(t, lt)
                        {
                            let (ts, ls) = (self.types.display(t), self.types.display(lt));
                            self.error(Diagnostic::new(
                                "minigo::type::mismatch",
                                format!("cannot use {ts} value as {ls} value in assignment"),
                                l.span,
                            ));
                        }
                        lvs.push(lv);
                    }
                }
                let mut it = lvs.into_iter();
                Some(ir::SelectKind::Recv {
                    ch: c,
                    value: it.next(),
                    ok: it.next(),
                })
            }
            _ => bad(self),
        }
    }

    fn recv_channel(&mut self, ch: &ast::Expr) -> Option<ir::Expr> {
        let op = self.expr(ch, None);
        if !self.need_value(&op) {
            return None;
        }
        match self.types.under(op.ty()) {
            TypeKind::Chan(ChanDirKey::Send, _) => {
                let d = self.describe(&op);
                self.error(Diagnostic::new(
                    "minigo::type::chan_dir",
                    format!("invalid operation: cannot receive from send-only channel {d}"),
                    ch.span,
                ));
                None
            }
            TypeKind::Chan(..) => Some(op.expr),
            _ => {
                let d = self.describe(&op);
                self.error(Diagnostic::new(
                    "minigo::type::recv",
                    format!("invalid operation: cannot receive from non-channel {d}"),
                    ch.span,
                ));
                None
            }
        }
    }

    // ----- terminating statements (Go spec, "Terminating statements") -----

    fn terminating_list(&self, list: &[ast::Stmt]) -> bool {
        list.iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
            .is_some_and(|s| self.terminating(s, None))
    }

    fn terminating(&self, s: &ast::Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &e.kind
                    && let ExprKind::Ident(n) = &fun.unparen().kind
                {
                    return n == "panic" && self.is_builtin_name("panic");
                }
                false
            }
            StmtKind::Block(b) => self.terminating_list(&b.stmts),
            StmtKind::If {
                then, els: Some(e), ..
            } => self.terminating_list(&then.stmts) && self.terminating(e, None),
            StmtKind::If { els: None, .. } => false,
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Labeled(l, inner) => self.terminating(inner, Some(&l.name)),
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                cases.iter().any(|c| c.exprs.is_none())
                    && cases.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.terminating_list(&c.body)
                                || c.body
                                    .iter()
                                    .rev()
                                    .find(|s| !matches!(s.kind, StmtKind::Empty))
                                    .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                    })
            }
            StmtKind::Select { cases } => cases
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.terminating_list(&c.body)),
            _ => false,
        }
    }

    fn is_builtin_name(&self, name: &str) -> bool {
        for f in &self.fstack {
            for s in &f.scopes {
                if s.contains_key(name) {
                    return false;
                }
            }
        }
        !self.packages[self.cur_pkg].scope.contains_key(name)
    }
}

/// Whether `list` contains a `break` that leaves the enclosing statement (an unlabelled
/// one at this level, or one naming `label`).
fn has_break(list: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    list.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, top),
        // Inside a nested breakable statement, only labelled breaks can escape.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { cases } => cases.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

fn block_or_single(mut stmts: Vec<ir::Stmt>) -> S {
    if stmts.len() == 1 {
        let s = stmts.pop().expect("one statement");
        if !matches!(
            s.kind,
            S::If { .. } | S::For { .. } | S::Switch(_) | S::TypeSwitch(_)
        ) {
            return S::Block(vec![s]);
        }
        return s.kind;
    }
    S::Block(stmts)
}
