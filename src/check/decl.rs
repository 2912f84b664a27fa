//! Package-level declarations: collecting names, resolving types, signatures, methods,
//! constants and variables, and Go's initialization order.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::constant::{Const, Unrepresentable};
use super::ir::{self, FuncBody, FuncId};
use super::types::*;
use super::*;
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, ExprKind, Span};

impl Checker {
    pub(crate) fn check_package(&mut self, file: ast::File) {
        let pkg = self.cur_pkg;
        let file_id = self.cur_file;
        let mut type_decls = Vec::new();
        let mut const_decls = Vec::new();
        let mut groups = Vec::new();
        let mut funcs: Vec<Arc<ast::FuncDecl>> = Vec::new();
        let mut methods: Vec<Arc<ast::FuncDecl>> = Vec::new();

        // 1. Collect every name.
        for decl in file.decls {
            match decl {
                ast::Decl::Type(specs) => {
                    for spec in specs {
                        if let Some(i) = self.collect_type(spec) {
                            type_decls.push(i);
                        }
                    }
                }
                ast::Decl::Const(specs) => const_decls.extend(self.collect_consts(specs)),
                ast::Decl::Var(specs) => {
                    for spec in specs {
                        groups.push(self.collect_var(spec));
                    }
                }
                ast::Decl::Func(fd) => {
                    if fd.recv.is_some() {
                        methods.push(Arc::from(fd));
                    } else {
                        funcs.push(Arc::from(fd));
                    }
                }
                ast::Decl::Bad(_) => {}
            }
        }

        // 2. Types, then function signatures and methods.
        for &d in &type_decls {
            self.resolve_pkg_type(d);
        }
        for &d in &type_decls {
            if let PkgDeclKind::Type {
                named: Some(t),
                spec,
                ..
            } = &self.decls[d].kind
            {
                let (t, span) = (*t, spec.name.span);
                self.check_recursive_type(t, span);
            }
        }
        let mut bodies = Vec::new();
        for fd in funcs {
            if let Some(f) = self.declare_func(&fd) {
                bodies.push((f, fd));
            }
        }
        for fd in methods {
            if let Some(f) = self.declare_method(&fd) {
                bodies.push((f, fd));
            }
        }

        // 3. Constants and variables (lazily resolved ones are skipped here).
        for d in const_decls {
            self.resolve_pkg_const(d);
        }
        for g in groups.iter().copied() {
            self.resolve_var_group(g);
        }

        // 4. Function bodies.
        for (f, fd) in bodies {
            self.check_func_decl(f, &fd);
        }
        self.cur_pkg = pkg;
        self.cur_file = file_id;
    }

    fn declare_pkg(&mut self, name: &ast::Ident, e: Entity) {
        if name.name == "_" {
            return;
        }
        let pkg = self.cur_pkg;
        if let Some(prev) = self.packages[pkg].scope.get(&name.name) {
            let prev_span = self.entity_span(prev);
            let mut d = Diagnostic::new(
                "minigo::type::redeclared",
                format!("{} redeclared in this block", name.name),
                name.span,
            )
            .label("declared again here");
            if let Some(p) = prev_span {
                d = d.also(p, "first declared here");
            }
            self.error(d);
            return;
        }
        if self.packages[pkg].imports.contains_key(&name.name) && self.cur_file == 0 {
            let span = self.packages[pkg].imports[&name.name].1;
            self.error(
                Diagnostic::new(
                    "minigo::type::redeclared",
                    format!("{} already declared through import of package", name.name),
                    name.span,
                )
                .also(span, "imported here"),
            );
            return;
        }
        self.packages[pkg].scope.insert(name.name.clone(), e);
    }

    fn entity_span(&self, e: &Entity) -> Option<Span> {
        match e {
            Entity::PkgType(d) | Entity::PkgConst(d) => match &self.decls[*d].kind {
                PkgDeclKind::Type { spec, .. } => Some(spec.name.span),
                PkgDeclKind::Const { name, .. } => Some(name.span),
            },
            Entity::Global(g) => Some(self.globals[*g as usize].span),
            Entity::Func(f) => Some(self.funcs[*f as usize].span),
            _ => None,
        }
    }

    fn collect_type(&mut self, spec: ast::TypeSpec) -> Option<usize> {
        if let Some(tp) = spec.type_params {
            self.error(generics_error(tp));
        }
        let named = if spec.alias {
            None
        } else {
            let pkg = self.pkg_name();
            Some(self.types.new_named(&spec.name.name, &pkg, false))
        };
        let idx = self.decls.len();
        let name = spec.name.clone();
        self.decls.push(PkgDecl {
            kind: PkgDeclKind::Type {
                spec,
                named,
                resolved: INVALID,
            },
            state: DeclState::Unresolved,
            file: self.cur_file,
        });
        self.declare_pkg(&name, Entity::PkgType(idx));
        Some(idx)
    }

    /// Resolves a package-level type declaration (on first use, or in order).
    pub(crate) fn resolve_pkg_type(&mut self, d: usize) -> TypeId {
        let (state, named, alias_span) = match &self.decls[d].kind {
            PkgDeclKind::Type {
                named,
                spec,
                resolved,
                ..
            } => {
                if self.decls[d].state == DeclState::Done {
                    return *resolved;
                }
                (self.decls[d].state, *named, spec.name.span)
            }
            _ => return INVALID,
        };
        if state == DeclState::Resolving {
            // A defined type may refer to itself through pointers, slices and the like;
            // the containment check rejects the invalid cases later.
            if let Some(t) = named {
                return t;
            }
            self.error(
                Diagnostic::new(
                    "minigo::type::cycle",
                    "invalid recursive type alias",
                    alias_span,
                )
                .help("an alias cannot refer to itself"),
            );
            return INVALID;
        }
        self.decls[d].state = DeclState::Resolving;
        let saved_file = self.cur_file;
        self.cur_file = self.decls[d].file;
        let spec_ty = match &self.decls[d].kind {
            PkgDeclKind::Type { spec, .. } => spec.ty.clone(),
            _ => unreachable!("checked above"),
        };
        let result = match named {
            Some(t) => {
                // `type A B`: A's underlying type is B's, which must be resolved first.
                let u = self.resolve_type(&spec_ty);
                if u == t {
                    self.error(
                        Diagnostic::new(
                            "minigo::type::cycle",
                            "invalid recursive type",
                            alias_span,
                        )
                        .label("refers to itself")
                        .help("a type can refer to itself only through a pointer, slice, map, channel or function"),
                    );
                } else {
                    let u = self.types.underlying(u);
                    if u == INVALID && self.types.is_named(self.types.underlying(u)) {
                        // unreachable: underlying of a resolved named type is never named
                    }
                    self.types.set_underlying(t, u);
                }
                t
            }
            None => self.resolve_type(&spec_ty),
        };
        self.cur_file = saved_file;
        if let PkgDeclKind::Type { resolved, .. } = &mut self.decls[d].kind {
            *resolved = result;
        }
        self.decls[d].state = DeclState::Done;
        result
    }

    /// Reports a struct or array type that contains itself (infinite size).
    pub(crate) fn check_recursive_type(&mut self, t: TypeId, span: Span) {
        fn contains(tt: &TypeTable, t: TypeId, target: TypeId, seen: &mut HashSet<TypeId>) -> bool {
            if !seen.insert(t) {
                return false;
            }
            let u = tt.underlying(t);
            match tt.kind(u) {
                TypeKind::Struct(fields) => fields
                    .iter()
                    .any(|f| f.ty == target || contains(tt, f.ty, target, seen)),
                TypeKind::Array(_, e) => *e == target || contains(tt, *e, target, seen),
                _ => false,
            }
        }
        if contains(&self.types, t, t, &mut HashSet::new()) {
            let name = self.types.display(t);
            self.error(
                Diagnostic::new(
                    "minigo::type::cycle",
                    format!("invalid recursive type {name}"),
                    span,
                )
                .label(format!("{name} contains itself"))
                .help(
                    "use a pointer (*T), a slice or a map to refer to the type from inside itself",
                ),
            );
            // Break the cycle so later stages do not loop.
            self.types.set_underlying(t, INVALID);
        }
    }

    pub(crate) fn collect_consts(&mut self, specs: Vec<ast::ConstSpec>) -> Vec<usize> {
        let mut out = Vec::new();
        let mut last: Option<(Option<ast::Expr>, Vec<ast::Expr>)> = None;
        for spec in specs {
            let (ty, values) = if spec.values.is_empty() {
                if spec.ty.is_some() {
                    self.error(Diagnostic::new(
                        "minigo::type::const_init",
                        "missing init expr for const declaration",
                        spec.span,
                    ));
                }
                match &last {
                    Some(l) => l.clone(),
                    None => {
                        self.error(
                            Diagnostic::new(
                                "minigo::type::const_init",
                                "missing init expr for const declaration",
                                spec.span,
                            )
                            .help("the first constant of a group needs a value: `const ( A = iota; B; C )`"),
                        );
                        (None, vec![])
                    }
                }
            } else {
                last = Some((spec.ty.clone(), spec.values.clone()));
                (spec.ty.clone(), spec.values.clone())
            };
            self.check_value_count(&spec.names, &values, spec.span, !spec.values.is_empty());
            for (i, name) in spec.names.iter().enumerate() {
                let idx = self.decls.len();
                self.decls.push(PkgDecl {
                    kind: PkgDeclKind::Const {
                        name: name.clone(),
                        ty: ty.clone(),
                        value: values.get(i).cloned(),
                        iota: spec.iota,
                        result: (INVALID, Const::int(0)),
                    },
                    state: DeclState::Unresolved,
                    file: self.cur_file,
                });
                if self.in_func() {
                    // Local constants are evaluated at once, in order.
                    let (ty, value) = self.resolve_pkg_const(idx);
                    self.declare(&name.name, Entity::Const { ty, value }, name.span);
                } else {
                    self.declare_pkg(name, Entity::PkgConst(idx));
                    out.push(idx);
                }
            }
        }
        out
    }

    fn check_value_count(
        &mut self,
        names: &[ast::Ident],
        values: &[ast::Expr],
        span: Span,
        written: bool,
    ) {
        if values.is_empty() {
            return;
        }
        if names.len() > values.len() {
            let s = names[values.len()].span;
            self.error(
                Diagnostic::new(
                    "minigo::type::const_init",
                    "missing init expr for const declaration",
                    s,
                )
                .help(format!("{} names but {} values", names.len(), values.len())),
            );
        } else if names.len() < values.len() && written {
            let s = values[names.len()].span;
            self.error(
                Diagnostic::new("minigo::type::const_init", "extra init expr", s).help(format!(
                    "{} names but {} values",
                    names.len(),
                    values.len()
                )),
            );
        }
        let _ = span;
    }

    /// Evaluates a constant declaration (package-level on first use, or local).
    pub(crate) fn resolve_pkg_const(&mut self, d: usize) -> (TypeId, Const) {
        let (name, ty, value, iota) = match &self.decls[d].kind {
            PkgDeclKind::Const {
                name,
                ty,
                value,
                iota,
                result,
            } => {
                match self.decls[d].state {
                    DeclState::Done => return result.clone(),
                    DeclState::Resolving => {
                        let (n, s) = (name.name.clone(), name.span);
                        self.error(
                            Diagnostic::new(
                                "minigo::type::cycle",
                                format!("initialization cycle or invalid recursive constant {n}"),
                                s,
                            )
                            .help("a constant cannot be defined in terms of itself"),
                        );
                        return (INVALID, Const::int(0));
                    }
                    DeclState::Unresolved => {}
                }
                (name.clone(), ty.clone(), value.clone(), *iota)
            }
            _ => return (INVALID, Const::int(0)),
        };
        self.decls[d].state = DeclState::Resolving;
        let saved = (self.cur_file, self.iota);
        self.cur_file = self.decls[d].file;
        self.iota = Some(iota);
        let result = match value {
            None => (INVALID, Const::int(0)),
            Some(v) => {
                let target = ty.as_ref().map(|t| self.resolve_type(t));
                self.const_value(&v, target, &name)
            }
        };
        (self.cur_file, self.iota) = saved;
        if let PkgDeclKind::Const { result: r, .. } = &mut self.decls[d].kind {
            *r = result.clone();
        }
        self.decls[d].state = DeclState::Done;
        result
    }

    /// Checks a constant's expression and converts it to the declared type, if any.
    fn const_value(
        &mut self,
        v: &ast::Expr,
        target: Option<TypeId>,
        name: &ast::Ident,
    ) -> (TypeId, Const) {
        let op = self.expr(v, target);
        let Some(c) = op.constant() else {
            if op.ty() != INVALID {
                let text = self.span_text(v.span);
                let ty = self.types.display(op.ty());
                self.error(
                    Diagnostic::new(
                        "minigo::type::not_const",
                        format!("{text} (value of type {ty}) is not constant"),
                        v.span,
                    )
                    .label("not a constant")
                    .help(format!("declare {} with var instead of const", name.name)),
                );
            }
            return (INVALID, Const::int(0));
        };
        let c = c.clone();
        match target {
            None => (op.ty(), c),
            Some(t) if t == INVALID => (INVALID, c),
            Some(t) => {
                let Some(b) = self.types.basic(t) else {
                    let ts = self.types.display(t);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::const_type",
                            format!("invalid constant type {ts}"),
                            v.span,
                        )
                        .help("constants have boolean, numeric or string types"),
                    );
                    return (INVALID, c);
                };
                match self.represent_const(&c, op.ty(), t, b, v.span, "constant declaration") {
                    Some(c) => (t, c),
                    None => (INVALID, c),
                }
            }
        }
    }

    /// Converts constant `c` (of type `from`) to basic type `b` (the type `to`), reporting
    /// overflow and truncation in Go's words.
    pub(crate) fn represent_const(
        &mut self,
        c: &Const,
        from: TypeId,
        to: TypeId,
        b: Basic,
        span: Span,
        context: &str,
    ) -> Option<Const> {
        // Typed constants of another type are a type mismatch, not a representation issue.
        if !self.types.is_untyped(from)
            && from != to
            && self.types.underlying(from) != self.types.underlying(to)
        {
            return None;
        }
        match c.represent(b) {
            Ok(c) => Some(c),
            Err(why) => {
                let text = self.span_text(span);
                let fs = self.types.display(from);
                let ts = self.types.display(to);
                // Go's operand description: "300 (untyped int constant)" when the text is
                // the value, "x (untyped int constant 300)" otherwise.
                let desc = if self.types.is_untyped(from) {
                    if text == c.to_string() {
                        format!("{text} ({fs} constant)")
                    } else {
                        format!("{text} ({fs} constant {c})")
                    }
                } else {
                    format!("{text} (constant {c} of type {fs})")
                };
                // Go names the cause by the constant's kind: any untyped float constant
                // that does not fit an integer type is "truncated", even 1e6 in an int8.
                let float_to_int = from == UNTYPED_FLOAT && b.is_integer();
                let (msg, help) = match why {
                    Unrepresentable::Overflows if float_to_int => (
                        format!("cannot use {desc} as {ts} value in {context} (truncated)"),
                        format!("{ts} cannot hold {c}; use a wider type"),
                    ),
                    Unrepresentable::Overflows => (
                        format!("cannot use {desc} as {ts} value in {context} (overflows)"),
                        if b.is_unsigned()
                            && matches!(c, Const::Int(i) if num_traits::Signed::is_negative(i))
                        {
                            format!(
                                "unsigned types cannot hold negative values; use int instead of {ts}"
                            )
                        } else {
                            format!("{ts} cannot hold {c}; use a wider type")
                        },
                    ),
                    Unrepresentable::Truncated => (
                        format!("cannot use {desc} as {ts} value in {context} (truncated)"),
                        format!("{ts} holds whole numbers only"),
                    ),
                    Unrepresentable::WrongKind => (
                        format!("cannot use {desc} as {ts} value in {context}"),
                        format!("the value must be a {ts}"),
                    ),
                };
                self.error(Diagnostic::new("minigo::type::const_overflow", msg, span).help(help));
                None
            }
        }
    }

    fn collect_var(&mut self, spec: ast::VarSpec) -> usize {
        let g = self.var_groups.len();
        let mut globals = Vec::new();
        for name in &spec.names {
            let id = self.globals.len() as GlobalId;
            self.globals.push(ir::Global {
                name: format!("{}.{}", self.pkg_name(), name.name),
                ty: INVALID,
                span: name.span,
                file: self.cur_file,
            });
            self.global_group.push(g);
            globals.push(id);
            self.declare_pkg(name, Entity::Global(id));
        }
        let pkg = self.cur_pkg;
        self.packages[pkg].var_groups.push(g);
        self.var_groups.push(VarGroup {
            spec,
            globals,
            state: DeclState::Unresolved,
            file: self.cur_file,
            pkg,
            init: None,
            deps: Deps::default(),
        });
        g
    }

    /// The type of a global, resolving its declaration if needed.
    pub(crate) fn global_type(&mut self, g: GlobalId) -> TypeId {
        let group = self.global_group[g as usize];
        if self.var_groups[group].state != DeclState::Done {
            let explicit = self.var_groups[group].spec.ty.clone();
            match explicit {
                Some(t) if self.globals[g as usize].ty == INVALID => {
                    let saved = (self.cur_file, self.cur_pkg);
                    self.cur_file = self.var_groups[group].file;
                    self.cur_pkg = self.var_groups[group].pkg;
                    let ty = self.resolve_type(&t);
                    (self.cur_file, self.cur_pkg) = saved;
                    for &gid in &self.var_groups[group].globals.clone() {
                        self.globals[gid as usize].ty = ty;
                    }
                }
                Some(_) => {}
                None => self.resolve_var_group(group),
            }
        }
        self.globals[g as usize].ty
    }

    pub(crate) fn resolve_var_group(&mut self, g: usize) {
        match self.var_groups[g].state {
            DeclState::Done => return,
            DeclState::Resolving => {
                let span = self.var_groups[g].spec.span;
                let name = self.var_groups[g].spec.names[0].name.clone();
                self.error(
                    Diagnostic::new(
                        "minigo::type::cycle",
                        format!("initialization cycle: {name} refers to itself"),
                        span,
                    )
                    .help("a variable's initial value cannot depend on the variable"),
                );
                return;
            }
            DeclState::Unresolved => {}
        }
        self.var_groups[g].state = DeclState::Resolving;
        let saved = (self.cur_file, self.cur_pkg, self.init_deps.take());
        let saved_stack = std::mem::take(&mut self.fstack);
        self.cur_file = self.var_groups[g].file;
        self.cur_pkg = self.var_groups[g].pkg;
        self.init_deps = Some(Deps::default());
        let spec = self.var_groups[g].spec.clone();
        let globals = self.var_groups[g].globals.clone();
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        if let Some(t) = declared {
            for &gid in &globals {
                self.globals[gid as usize].ty = t;
            }
        }
        let init = self.var_init(
            &spec,
            declared,
            |_, i| ir::LValue::Global(globals[i]),
            |c, i, t| {
                c.globals[globals[i] as usize].ty = t;
            },
        );
        self.var_groups[g].init = init;
        self.var_groups[g].deps = self.init_deps.take().unwrap_or_default();
        self.fstack = saved_stack;
        (self.cur_file, self.cur_pkg, self.init_deps) = saved;
        self.var_groups[g].state = DeclState::Done;
    }

    /// Checks the values of a `var` spec and builds the statement that stores them.
    /// `target(i)` is the destination of name i; `set_type(i, t)` records its type.
    pub(crate) fn var_init(
        &mut self,
        spec: &ast::VarSpec,
        declared: Option<TypeId>,
        mut target: impl FnMut(&mut Checker, usize) -> ir::LValue,
        mut set_type: impl FnMut(&mut Checker, usize, TypeId),
    ) -> Option<ir::Stmt> {
        let n = spec.names.len();
        if spec.values.is_empty() {
            return None;
        }
        let span = spec.span;
        if spec.values.len() == 1 && n > 1 {
            // `var a, b = f()`
            let op = self.expr(&spec.values[0], None);
            let tys = self.tuple_types(&op, n, spec.values[0].span, "variable declaration");
            let mut lhs = Vec::new();
            for (i, t) in tys.iter().enumerate() {
                let t = match declared {
                    Some(d) => {
                        if !self.assignable_type(*t, d) && *t != INVALID {
                            let ts = self.types.display(*t);
                            let ds = self.types.display(d);
                            self.error(Diagnostic::new(
                                "minigo::type::mismatch",
                                format!("cannot use value of type {ts} as {ds} value in variable declaration"),
                                spec.values[0].span,
                            ));
                        }
                        d
                    }
                    None => *t,
                };
                set_type(self, i, t);
                lhs.push(target(self, i));
            }
            let rhs = self.comma_ok_expr(op, n);
            return Some(ir::Stmt {
                kind: ir::StmtKind::AssignTuple(lhs, rhs),
                span,
            });
        }
        if spec.values.len() != n {
            self.assign_mismatch(
                n,
                spec.values.len(),
                spec.values.first().map(|v| v.span).unwrap_or(span),
                "variables",
            );
            for i in 0..n {
                set_type(self, i, declared.unwrap_or(INVALID));
            }
            return None;
        }
        let mut lhs = Vec::new();
        let mut rhs = Vec::new();
        for (i, v) in spec.values.iter().enumerate() {
            let op = self.expr(v, declared);
            if !self.single_value_assign(&op, v.span) {
                set_type(self, i, declared.unwrap_or(INVALID));
                continue;
            }
            let e = match declared {
                Some(t) => self.assign_to(op, t, "variable declaration"),
                None => {
                    let e = self.default_value(op, "variable declaration");
                    if e.ty == UNTYPED_NIL {
                        self.error(
                            Diagnostic::new(
                                "minigo::type::untyped_nil",
                                "use of untyped nil in variable declaration",
                                v.span,
                            )
                            .help("give the variable a type: var x *T = nil"),
                        );
                    }
                    e
                }
            };
            set_type(
                self,
                i,
                if declared.is_some() {
                    declared.unwrap_or(INVALID)
                } else {
                    e.ty
                },
            );
            lhs.push(target(self, i));
            rhs.push(e);
        }
        Some(ir::Stmt {
            kind: ir::StmtKind::Assign(lhs, rhs),
            span,
        })
    }

    pub(crate) fn assign_mismatch(&mut self, vars: usize, values: usize, span: Span, what: &str) {
        let plural = |n: usize, w: &str| {
            if n == 1 {
                format!("{n} {w}")
            } else {
                format!("{n} {w}s")
            }
        };
        let lhs = plural(vars, what.trim_end_matches('s'));
        self.error(
            Diagnostic::new(
                "minigo::type::assign_count",
                format!("assignment mismatch: {lhs} but {}", plural(values, "value")),
                span,
            )
            .help("give each name on the left one value on the right"),
        );
    }

    // ----- functions and methods -----

    fn new_func(&mut self, name: String, span: Span, sig: TypeId) -> FuncId {
        let id = self.funcs.len() as FuncId;
        let variadic = self.types.signature(sig).is_some_and(|s| s.variadic);
        self.funcs.push(ir::Func {
            name,
            file: self.cur_file,
            span,
            sig,
            params: Vec::new(),
            results: Vec::new(),
            locals: Vec::new(),
            captures: Vec::new(),
            body: FuncBody::Missing,
            has_defer: false,
            variadic,
        });
        id
    }

    pub(crate) fn new_func_pub(&mut self, name: String, span: Span, sig: TypeId) -> FuncId {
        self.new_func(name, span, sig)
    }

    fn declare_func(&mut self, fd: &ast::FuncDecl) -> Option<FuncId> {
        if let Some(tp) = fd.type_params {
            self.error(generics_error(tp));
        }
        self.set_tparams(fd);
        let sig = self.resolve_signature(&fd.sig);
        // A generic function was reported once; calls to it are not checked.
        let sig = if fd.type_params.is_some() {
            INVALID
        } else {
            sig
        };
        self.tparams.clear();
        let pkg = self.pkg_name();
        let f = self.new_func(format!("{pkg}.{}", fd.name.name), fd.name.span, sig);
        match fd.name.name.as_str() {
            "init" => {
                if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                    self.error(Diagnostic::new(
                        "minigo::type::init_sig",
                        "func init must have no arguments and no return values",
                        fd.name.span,
                    ));
                }
                let n = self.packages[self.cur_pkg].init_funcs.len();
                self.funcs[f as usize].name = format!("{pkg}.init.{n}");
                self.packages[self.cur_pkg].init_funcs.push(f);
            }
            "main" if pkg == "main" => {
                if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                    self.error(
                        Diagnostic::new(
                            "minigo::type::main_sig",
                            "func main must have no arguments and no return values",
                            fd.name.span,
                        )
                        .help("read arguments from os.Args and exit with os.Exit(code)"),
                    );
                }
                self.declare_pkg(&fd.name, Entity::Func(f));
            }
            _ => self.declare_pkg(&fd.name, Entity::Func(f)),
        }
        Some(f)
    }

    fn declare_method(&mut self, fd: &ast::FuncDecl) -> Option<FuncId> {
        let recv = fd.recv.as_ref()?;
        let (base_expr, ptr) = match &recv.ty.unparen().kind {
            ExprKind::Star(inner) => (inner.as_ref().clone(), true),
            _ => (recv.ty.clone(), false),
        };
        let base = match &base_expr.kind {
            ExprKind::Ident(name) => match self.packages[self.cur_pkg].scope.get(name).cloned() {
                Some(Entity::PkgType(d)) => Some(self.resolve_pkg_type(d)),
                Some(_) => None,
                None => {
                    if self.universe.contains_key(name) {
                        self.error(
                            Diagnostic::new(
                                "minigo::type::method_recv",
                                format!("cannot define new methods on non-local type {name}"),
                                base_expr.span,
                            )
                            .help(format!(
                                "declare your own type: type My{} {name}",
                                capitalize(name)
                            )),
                        );
                    } else {
                        self.error(Diagnostic::new(
                            "minigo::type::undefined",
                            format!("undefined: {name}"),
                            base_expr.span,
                        ));
                    }
                    return None;
                }
            },
            ExprKind::Selector(..) => {
                let t = self.resolve_type(&base_expr);
                if t == INVALID {
                    return None;
                }
                let ts = self.types.display(t);
                self.error(Diagnostic::new(
                    "minigo::type::method_recv",
                    format!("cannot define new methods on non-local type {ts}"),
                    base_expr.span,
                ));
                return None;
            }
            _ => None,
        };
        let Some(base) = base.filter(|t| self.types.is_named(*t)) else {
            let text = self.span_text(recv.ty.span);
            self.error(
                Diagnostic::new(
                    "minigo::type::method_recv",
                    format!("invalid receiver type {text}"),
                    recv.ty.span,
                )
                .help("a receiver is a named type T or a pointer *T declared in this package"),
            );
            return None;
        };
        if self.types.is_pointer(base) || self.types.is_interface(base) {
            let ts = self.types.display(base);
            let what = if self.types.is_pointer(base) {
                "pointer"
            } else {
                "interface"
            };
            self.error(Diagnostic::new(
                "minigo::type::method_recv",
                format!("invalid receiver type {ts} ({what} or interface type)"),
                recv.ty.span,
            ));
            return None;
        }
        let sig = self.resolve_signature(&fd.sig);
        let tname = self
            .types
            .named_info(base)
            .map(|n| n.name.clone())
            .unwrap_or_default();
        let pkg = self.pkg_name();
        let name = if ptr {
            format!("{pkg}.(*{tname}).{}", fd.name.name)
        } else {
            format!("{pkg}.{tname}.{}", fd.name.name)
        };
        let f = self.new_func(name, fd.name.span, sig);
        // Duplicate methods and a field of the same name are errors.
        let dup = self.types.named_info(base).and_then(|n| {
            n.methods
                .iter()
                .find(|m| m.name == fd.name.name)
                .map(|m| m.func)
        });
        if let Some(prev) = dup {
            let ps = self.funcs[prev as usize].span;
            self.error(
                Diagnostic::new(
                    "minigo::type::redeclared",
                    format!("method {tname}.{} already declared", fd.name.name),
                    fd.name.span,
                )
                .also(ps, "first declared here"),
            );
            return Some(f);
        }
        if let Some(fields) = self.types.struct_fields(base)
            && fields.iter().any(|fl| fl.name == fd.name.name)
        {
            self.error(Diagnostic::new(
                "minigo::type::redeclared",
                format!("field and method with the same name {}", fd.name.name),
                fd.name.span,
            ));
        }
        if let Some(n) = self.types.named_info_mut(base) {
            n.methods.push(MethodDecl {
                name: fd.name.name.clone(),
                func: f,
                ptr_recv: ptr,
                sig,
            });
        }
        Some(f)
    }

    /// Makes the type parameters of a (rejected) generic function resolve silently.
    fn set_tparams(&mut self, fd: &ast::FuncDecl) {
        self.tparams.clear();
        for n in &fd.type_param_names {
            self.tparams.insert(n.name.clone(), Entity::Type(INVALID));
        }
    }

    fn check_func_decl(&mut self, f: FuncId, fd: &ast::FuncDecl) {
        self.set_tparams(fd);
        self.check_func_decl_inner(f, fd);
        self.tparams.clear();
    }

    fn check_func_decl_inner(&mut self, f: FuncId, fd: &ast::FuncDecl) {
        let Some(body) = &fd.body else {
            if self.cur_file == 0 {
                self.error(
                    Diagnostic::new(
                        "minigo::type::no_body",
                        format!("missing function body for {}", fd.name.name),
                        fd.name.span,
                    )
                    .help("write the function's body in { ... }"),
                );
            } else {
                let native = self.funcs[f as usize].name.clone();
                self.setup_native(f, fd);
                self.funcs[f as usize].body = FuncBody::Native(native);
            }
            return;
        };
        let sig = self.funcs[f as usize].sig;
        self.check_func_body(f, fd.recv.as_ref(), &fd.sig, body, sig);
    }

    /// Natives get parameter locals too, so the compiler can size their frames.
    fn setup_native(&mut self, f: FuncId, fd: &ast::FuncDecl) {
        let sig = self.funcs[f as usize].sig;
        let s = self.types.signature(sig).cloned();
        let mut locals = Vec::new();
        let mut params = Vec::new();
        let push = |name: &str, ty: TypeId, locals: &mut Vec<ir::Local>| {
            locals.push(ir::Local {
                name: name.to_string(),
                ty,
                span: fd.name.span,
                captured: false,
                addressed: false,
            });
            (locals.len() - 1) as LocalId
        };
        if let Some(r) = &fd.recv {
            let t = self.resolve_type(&r.ty);
            params.push(push("recv", t, &mut locals));
        }
        let mut results = Vec::new();
        if let Some(s) = s {
            for p in &s.params {
                params.push(push("p", *p, &mut locals));
            }
            for r in &s.results {
                results.push(push("r", *r, &mut locals));
            }
        }
        let func = &mut self.funcs[f as usize];
        func.locals = locals;
        func.params = params;
        func.results = results;
    }

    // ----- type expressions -----

    /// Resolves a type expression; reports and returns INVALID if it is not a type.
    pub(crate) fn resolve_type(&mut self, e: &ast::Expr) -> TypeId {
        match self.try_type(e) {
            Some(t) => t,
            None => {
                let text = self.span_text(e.span);
                self.error(
                    Diagnostic::new(
                        "minigo::type::not_type",
                        format!("{text} is not a type"),
                        e.span,
                    )
                    .label("expected a type"),
                );
                INVALID
            }
        }
    }

    /// Resolves `e` as a type if it denotes one: None if it is a value expression.
    /// Errors inside a type (undefined names, bad lengths) are reported here.
    pub(crate) fn try_type(&mut self, e: &ast::Expr) -> Option<TypeId> {
        let t = match &e.kind {
            ExprKind::Ident(name) => match self.lookup(name) {
                Some(Entity::Type(t)) => t,
                Some(Entity::PkgType(d)) => self.resolve_pkg_type(d),
                Some(_) => return None,
                None => {
                    self.undefined(name, e.span);
                    INVALID
                }
            },
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pkg) = &x.kind else {
                    return None;
                };
                match self.lookup(pkg) {
                    Some(Entity::BadPackage) => INVALID,
                    Some(Entity::Package(p)) => match self.pkg_member(p, sel) {
                        Some(Entity::Type(t)) => t,
                        Some(Entity::PkgType(d)) => {
                            let saved = self.cur_pkg;
                            self.cur_pkg = p;
                            let t = self.resolve_pkg_type(d);
                            self.cur_pkg = saved;
                            t
                        }
                        Some(_) => return None,
                        None => INVALID,
                    },
                    None => {
                        self.undefined(pkg, x.span);
                        INVALID
                    }
                    _ => return None,
                }
            }
            ExprKind::Paren(x) => return self.try_type(x),
            ExprKind::Star(x) => {
                let inner = self.try_type(x)?;
                self.types.pointer(inner)
            }
            ExprKind::SliceType(el) => {
                let el = self.resolve_type(el);
                self.types.slice(el)
            }
            ExprKind::ArrayType { len, elem } => {
                let Some(len) = len else {
                    self.error(
                        Diagnostic::new(
                            "minigo::type::array_len",
                            "invalid use of [...] array (outside a composite literal)",
                            e.span,
                        )
                        .help("write the length, or use [...] only in a literal such as [...]int{1, 2}"),
                    );
                    return Some(INVALID);
                };
                let n = self.array_length(len);
                let el = self.resolve_type(elem);
                self.types.array(n, el)
            }
            ExprKind::MapType(k, v) => {
                let k = self.resolve_type(k);
                let v = self.resolve_type(v);
                if k != INVALID && !self.types.is_named(k) && !self.types.comparable(k) {
                    let ks = self.types.display(k);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::map_key",
                            format!("invalid map key type {ks}"),
                            e.span,
                        )
                        .help("map keys must be comparable with ==: not slices, maps or functions"),
                    );
                }
                self.types.map(k, v)
            }
            ExprKind::ChanType(dir, el) => {
                let el = self.resolve_type(el);
                self.types.chan((*dir).into(), el)
            }
            ExprKind::FuncType(ft) => self.resolve_signature(ft),
            ExprKind::StructType(fields) => self.resolve_struct(fields),
            ExprKind::InterfaceType(elems) => self.resolve_interface(elems),
            ExprKind::Unary(ast::UnOp::Recv, x) => {
                // `<-chan T` parsed as a receive from `chan T`.
                match &x.kind {
                    ExprKind::ChanType(ast::ChanDir::Both, el) => {
                        let el = self.resolve_type(el);
                        self.types.chan(ChanDirKey::Recv, el)
                    }
                    _ => return None,
                }
            }
            ExprKind::Index(x, _) => {
                // `List[int]`: an instantiation of a generic type.
                if self.try_type(x).is_some() {
                    self.error(generics_error(e.span));
                    return Some(INVALID);
                }
                return None;
            }
            ExprKind::Constraint => {
                self.error(generics_error(e.span));
                INVALID
            }
            ExprKind::Bad => INVALID,
            _ => return None,
        };
        Some(t)
    }

    fn array_length(&mut self, len: &ast::Expr) -> u64 {
        let op = self.expr(len, None);
        match op.constant() {
            Some(c) => match c.as_int().and_then(|i| num_traits::ToPrimitive::to_u64(&i)) {
                Some(n)
                    if self.types.is_integer(op.ty()) || self.types.untyped(op.ty()).is_some() =>
                {
                    n
                }
                _ => {
                    let text = self.span_text(len.span);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::array_len",
                            format!("invalid array length {text}"),
                            len.span,
                        )
                        .help("an array length is a non-negative integer constant"),
                    );
                    0
                }
            },
            None => {
                if op.ty() != INVALID {
                    let d = self.describe(&op);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::array_len",
                            format!("array length {d} must be constant"),
                            len.span,
                        )
                        .help(
                            "use a slice (make([]T, n)) when the length is known only at run time",
                        ),
                    );
                }
                0
            }
        }
    }

    /// The `...` written before a parameter's type.
    fn dots_before(&self, ty: Span) -> Span {
        let text = &self.files[self.cur_file as usize].text;
        match text[..ty.lo as usize].rfind("...") {
            Some(i) => Span::new(i, i + 3),
            None => ty,
        }
    }

    pub(crate) fn resolve_signature(&mut self, ft: &ast::FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            let t = self.resolve_type(&p.ty);
            if p.variadic && i + 1 != ft.params.len() {
                // As Go does, report it and ignore the `...`: calls are checked against
                // a plain parameter.
                let dots = self.dots_before(p.ty.span);
                self.error(
                    Diagnostic::new(
                        "minigo::type::variadic",
                        "can only use ... with final parameter in list",
                        dots,
                    )
                    .help("only the last parameter can take any number of arguments: move it to the end"),
                );
                params.push(t);
            } else if p.variadic {
                variadic = true;
                params.push(self.types.slice(t));
            } else {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for r in &ft.results {
            if r.variadic {
                self.error(Diagnostic::new(
                    "minigo::type::variadic",
                    "cannot use ... in result list",
                    r.span,
                ));
            }
            results.push(self.resolve_type(&r.ty));
        }
        self.types.func(params, results, variadic)
    }

    fn resolve_struct(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::new();
        for f in fields {
            let ty = self.resolve_type(&f.ty);
            let tag = f.tag.as_ref().map(|t| {
                crate::syntax::literal::decode_string(t)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default()
            });
            let mut add = |c: &mut Checker, name: &str, span: Span, embedded: bool| {
                if name != "_" {
                    if let Some(prev) = seen.get(name) {
                        c.error(
                            Diagnostic::new(
                                "minigo::type::redeclared",
                                format!("{name} redeclared"),
                                span,
                            )
                            .also(*prev, "first declared here"),
                        );
                        return;
                    }
                    seen.insert(name.to_string(), span);
                }
                out.push(Field {
                    name: name.to_string(),
                    ty,
                    embedded,
                    tag: tag.clone(),
                });
            };
            if f.names.is_empty() {
                // The name of an embedded field is its type's name.
                let name = match &f.ty.unparen().kind {
                    ExprKind::Ident(n) => n.clone(),
                    ExprKind::Star(x) => match &x.unparen().kind {
                        ExprKind::Ident(n) => n.clone(),
                        ExprKind::Selector(_, s) => s.name.clone(),
                        _ => "?".into(),
                    },
                    ExprKind::Selector(_, s) => s.name.clone(),
                    _ => "?".into(),
                };
                if self.types.is_pointer(self.types.underlying(ty))
                    && !matches!(f.ty.unparen().kind, ExprKind::Star(_))
                {
                    self.error(Diagnostic::new(
                        "minigo::type::embed",
                        "embedded field type cannot be a pointer",
                        f.ty.span,
                    ));
                }
                add(self, &name, f.ty.span, true);
            } else {
                for n in &f.names {
                    add(self, &n.name, n.span, false);
                }
            }
        }
        self.types.struct_(out)
    }

    fn resolve_interface(&mut self, elems: &[ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let sig = self.resolve_signature(sig);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(Diagnostic::new(
                            "minigo::type::redeclared",
                            format!("duplicate method {}", name.name),
                            name.span,
                        ));
                        continue;
                    }
                    methods.push(Method {
                        name: name.name.clone(),
                        sig,
                    });
                }
                ast::InterfaceElem::Embedded(e) => {
                    let t = self.resolve_type(e);
                    if t == INVALID {
                        continue;
                    }
                    // An embedded interface must be complete before its methods are known.
                    let u = self.types.underlying(t);
                    match self.types.kind(u).clone() {
                        TypeKind::Interface(ms) => {
                            for m in ms {
                                if let Some(prev) = methods.iter().find(|x| x.name == m.name) {
                                    if prev.sig != m.sig {
                                        self.error(Diagnostic::new(
                                            "minigo::type::redeclared",
                                            format!("duplicate method {}", m.name),
                                            e.span,
                                        ));
                                    }
                                    continue;
                                }
                                methods.push(m);
                            }
                        }
                        TypeKind::Invalid => {
                            // Not resolved yet (declared later): rare; treat as empty.
                        }
                        _ => {
                            let ts = self.types.display(t);
                            self.error(
                                Diagnostic::new(
                                    "minigo::type::embed",
                                    format!("cannot embed non-interface type {ts} in an interface"),
                                    e.span,
                                )
                                .help("type sets (interfaces listing types) belong to generics, which minigo leaves out"),
                            );
                        }
                    }
                }
            }
        }
        self.types.interface(methods)
    }

    /// Looks up `sel` in package `p`, reporting undefined and unexported names.
    pub(crate) fn pkg_member(&mut self, p: PkgId, sel: &ast::Ident) -> Option<Entity> {
        let pkg = &self.packages[p];
        if let Some(e) = pkg.scope.get(&sel.name)
            && is_exported(&sel.name)
        {
            return Some(e.clone());
        }
        let pname = pkg.name.clone();
        let path = pkg.path.clone();
        let exported = self.exported_names(p);
        let like = super::suggest::closest(&sel.name, exported.iter().map(String::as_str))
            .map(|s| format!("did you mean {pname}.{s}?"));
        let d = if !is_exported(&sel.name) {
            let msg = if pkg.scope.contains_key(&sel.name) {
                format!("name {} not exported by package {pname}", sel.name)
            } else {
                format!("undefined: {pname}.{}", sel.name)
            };
            let why = "only names that start with a capital letter are visible outside a package";
            Diagnostic::new("minigo::type::undefined", msg, sel.span).help(match like {
                Some(like) => format!("{like} ({why})"),
                None => why.to_string(),
            })
        } else {
            let d = Diagnostic::new(
                "minigo::type::undefined",
                format!("undefined: {pname}.{}", sel.name),
                sel.span,
            );
            match like {
                Some(like) => d.help(like),
                None if exported.is_empty() => d,
                None => d.help(format!(
                    "minigo's {path} provides: {}",
                    limit_list(exported)
                )),
            }
        };
        self.error(d);
        None
    }

    /// The exported names of package `p`, sorted.
    fn exported_names(&self, p: PkgId) -> Vec<String> {
        let mut v: Vec<String> = self.packages[p]
            .scope
            .keys()
            .filter(|k| is_exported(k))
            .cloned()
            .collect();
        v.sort();
        v
    }

    pub(crate) fn undefined(&mut self, name: &str, span: Span) {
        if let Some((msg, help)) = super::universe::unsupported(name) {
            self.error(Diagnostic::new("minigo::unsupported::feature", msg, span).help(help));
            return;
        }
        let mut d = Diagnostic::new(
            "minigo::type::undefined",
            format!("undefined: {name}"),
            span,
        )
        .label("not declared");
        if name == "init" {
            d = d.help("init functions run automatically before main; they cannot be called");
        } else if let Some(path) = crate::stdlib::path_for_name(name) {
            d = d.help(format!("add `import \"{path}\"`"));
        } else if let Some(s) = self.similar_name(name) {
            d = d.help(format!("did you mean {s}?"));
        }
        self.error(d);
    }

    /// A declared name close to `name` (see `suggest::closest`).
    fn similar_name(&self, name: &str) -> Option<String> {
        let mut candidates: Vec<&String> = Vec::new();
        for f in &self.fstack {
            for s in &f.scopes {
                candidates.extend(s.keys());
            }
        }
        candidates.extend(self.packages[self.cur_pkg].scope.keys());
        candidates.extend(self.packages[self.cur_pkg].imports.keys());
        candidates.extend(self.universe.keys());
        super::suggest::closest(name, candidates.into_iter().map(String::as_str))
            .map(str::to_string)
    }

    // ----- the program's entry -----

    /// Builds the function that initializes every package and runs main.main.
    pub(crate) fn build_entry(&mut self, main: FuncId) -> FuncId {
        let mut stmts = Vec::new();
        for pkg in self.package_order() {
            stmts.extend(self.package_init(pkg));
            for &f in &self.packages[pkg].init_funcs.clone() {
                stmts.push(call_stmt(f, &self.funcs[f as usize]));
            }
        }
        stmts.push(call_stmt(main, &self.funcs[main as usize]));
        let sig = self.types.func(vec![], vec![], false);
        self.cur_file = 0;
        let f = self.new_func("runtime.main".to_string(), Span::default(), sig);
        self.funcs[f as usize].body = FuncBody::Code(stmts);
        f
    }

    /// Packages with their dependencies first.
    fn package_order(&self) -> Vec<PkgId> {
        fn visit(c: &Checker, p: PkgId, seen: &mut HashSet<PkgId>, out: &mut Vec<PkgId>) {
            if !seen.insert(p) {
                return;
            }
            let mut deps: Vec<PkgId> = c.packages[p].imports.values().map(|i| i.0).collect();
            deps.sort();
            for d in deps {
                visit(c, d, seen, out);
            }
            out.push(p);
        }
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        // Library packages the runtime relies on come first even if main imports none.
        for p in 0..self.packages.len() {
            if self.packages[p].path != "main" {
                visit(self, p, &mut seen, &mut out);
            }
        }
        if let Some(&m) = self.pkg_by_path.get("main") {
            visit(self, m, &mut seen, &mut out);
        }
        out
    }

    /// The variable initializers of a package in Go's order: repeatedly the earliest
    /// declared variable whose dependencies are all initialized.
    fn package_init(&mut self, pkg: PkgId) -> Vec<ir::Stmt> {
        let groups = self.packages[pkg].var_groups.clone();
        // Dependencies of each group on other groups, through functions too.
        let mut group_deps: Vec<HashSet<usize>> = Vec::new();
        for &g in &groups {
            let mut gs = HashSet::new();
            let mut seen_funcs = HashSet::new();
            let mut stack: Vec<Deps> = vec![self.var_groups[g].deps.clone()];
            while let Some(d) = stack.pop() {
                for gid in d.globals {
                    gs.insert(self.global_group[gid as usize]);
                }
                for f in d.funcs {
                    if seen_funcs.insert(f)
                        && let Some(fd) = self.func_deps.get(&f)
                    {
                        stack.push(fd.clone());
                    }
                }
            }
            group_deps.push(gs);
        }
        let mut done: HashSet<usize> = HashSet::new();
        let mut out = Vec::new();
        let mut remaining: Vec<usize> = (0..groups.len()).collect();
        while !remaining.is_empty() {
            let pick = remaining.iter().position(|&i| {
                group_deps[i]
                    .iter()
                    .all(|d| done.contains(d) || !groups.contains(d))
            });
            let Some(pos) = pick else {
                // A cycle: report it at the first variable involved.
                let i = remaining[0];
                let g = groups[i];
                let name = self.var_groups[g].spec.names[0].name.clone();
                let span = self.var_groups[g].spec.names[0].span;
                self.cur_file = self.var_groups[g].file;
                self.error(
                    Diagnostic::new(
                        "minigo::type::cycle",
                        format!("initialization cycle: {name} refers to itself"),
                        span,
                    )
                    .help("the variable's initial value depends on the variable, through functions it calls"),
                );
                for &i in &remaining {
                    done.insert(groups[i]);
                }
                break;
            };
            let i = remaining.remove(pos);
            done.insert(groups[i]);
            if let Some(s) = self.var_groups[groups[i]].init.take() {
                out.push(s);
            }
        }
        out
    }
}

fn call_stmt(f: FuncId, func: &ir::Func) -> ir::Stmt {
    let call = ir::Call::new(ir::Callee::Static(f), vec![]);
    ir::Stmt {
        kind: ir::StmtKind::Expr(ir::Expr::new(
            ir::ExprKind::Call(Box::new(call)),
            VOID,
            func.span,
        )),
        span: func.span,
    }
}

pub(crate) fn generics_error(span: Span) -> Diagnostic {
    Diagnostic::new(
        "minigo::unsupported::generics",
        "generics are not supported",
        span,
    )
    .label("type parameters")
    .help("write the code for one concrete type, or use an interface")
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A list for a help line, cut after 40 names.
fn limit_list(mut v: Vec<String>) -> String {
    if v.len() > 40 {
        v.truncate(40);
        v.push("…".into());
    }
    v.join(", ")
}
