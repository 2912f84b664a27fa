//! The type checker: resolves names, computes types and constants, enforces Go's
//! compile-time rules, and produces the typed program (`ir`).
//!
//! The user's file is package `main`; each import loads a library package from embedded
//! Go source (`src/stdlib/`), checked by the same code into the same program. Library
//! functions declared without a body are implemented natively by the runtime.
//!
//! Steps for one package (`check_package`):
//! 1. collect every top-level name (types, functions, constants, variables);
//! 2. resolve type declarations, function signatures and methods;
//! 3. evaluate constants and the types of variables, lazily, in dependency order;
//! 4. check function bodies;
//! 5. order the variable initializers by their dependencies (Go's init order).

pub mod constant;
pub mod ir;
pub mod types;

mod call;
mod decl;
mod expr;
mod lookup;
mod stmt;
mod suggest;
mod universe;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::diag::{Diagnostic, SourceFile};
use crate::syntax::ast::{self, Span};
use constant::Const;
use ir::{FuncId, GlobalId, LocalId};
use types::{TypeId, TypeTable};

pub type PkgId = usize;

/// What a name stands for.
#[derive(Clone, Debug)]
pub(crate) enum Entity {
    /// A variable of the function `depth` levels into the function stack.
    Local {
        depth: usize,
        id: LocalId,
    },
    Global(GlobalId),
    /// A package-level constant, evaluated on first use.
    PkgConst(usize),
    /// A constant declared inside a function (already evaluated).
    Const {
        ty: TypeId,
        value: Const,
    },
    /// A package-level type declaration, resolved on first use.
    PkgType(usize),
    Type(TypeId),
    Func(FuncId),
    Package(PkgId),
    /// An import minigo does not provide (already reported).
    BadPackage,
    Builtin(ir::Builtin),
    Nil,
    /// `iota` inside a constant declaration.
    Iota,
}

/// A package-level declaration waiting to be resolved.
pub(crate) struct PkgDecl {
    pub kind: PkgDeclKind,
    pub state: DeclState,
    pub file: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DeclState {
    Unresolved,
    Resolving,
    Done,
}

pub(crate) enum PkgDeclKind {
    Type {
        spec: ast::TypeSpec,
        /// The defined type (None for an alias until it is resolved).
        named: Option<TypeId>,
        resolved: TypeId,
    },
    Const {
        name: ast::Ident,
        /// The expression and type of the spec (or of the spec it repeats).
        ty: Option<ast::Expr>,
        value: Option<ast::Expr>,
        iota: u32,
        result: (TypeId, Const),
    },
}

/// One `var` spec at package level: its globals and initializer.
pub(crate) struct VarGroup {
    pub spec: ast::VarSpec,
    pub globals: Vec<GlobalId>,
    pub state: DeclState,
    pub file: u32,
    pub pkg: PkgId,
    /// The checked initialization (None: zero values).
    pub init: Option<ir::Stmt>,
    /// Globals and functions the initializer refers to, for the initialization order.
    pub deps: Deps,
}

#[derive(Default, Clone, Debug)]
pub(crate) struct Deps {
    pub globals: HashSet<GlobalId>,
    pub funcs: HashSet<FuncId>,
}

pub(crate) struct Package {
    pub name: String,
    pub path: String,
    pub scope: HashMap<String, Entity>,
    /// Imports of the file: name → package, with use tracking.
    pub imports: HashMap<String, (PkgId, Span, bool)>,
    pub init_funcs: Vec<FuncId>,
    pub var_groups: Vec<usize>,
}

/// Per-function state while its body is checked.
pub(crate) struct FuncCtx {
    pub func: FuncId,
    pub locals: Vec<ir::Local>,
    /// Whether each local has been used (read).
    pub used: Vec<bool>,
    pub captures: Vec<ir::Capture>,
    /// Capture index for each (depth, local) of an enclosing function.
    pub capture_index: HashMap<(usize, LocalId), u32>,
    pub scopes: Vec<HashMap<String, Entity>>,
    pub sig: TypeId,
    pub results: Vec<LocalId>,
    pub named_results: bool,
    pub has_defer: bool,
    /// Enclosing breakable statements, innermost last.
    pub targets: Vec<Target>,
    pub next_label: u32,
    /// Labels declared in the function, and whether each was used.
    pub labels: HashMap<String, (Span, bool)>,
    pub literal_count: u32,
    /// Dependencies of the function body (for the initialization order).
    pub deps: Deps,
}

#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub label: ir::LabelId,
    pub name: Option<String>,
    pub kind: TargetKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TargetKind {
    Loop,
    Switch,
    Select,
}

pub struct Checker {
    pub types: TypeTable,
    pub funcs: Vec<ir::Func>,
    pub globals: Vec<ir::Global>,
    pub files: Vec<Arc<SourceFile>>,
    pub(crate) diags: Vec<Diagnostic>,
    /// Errors that Go only reports when nothing else is wrong (unused variables).
    pub(crate) soft_diags: Vec<Diagnostic>,
    pub(crate) packages: Vec<Package>,
    pub(crate) pkg_by_path: HashMap<String, PkgId>,
    pub(crate) universe: HashMap<String, Entity>,
    pub(crate) decls: Vec<PkgDecl>,
    pub(crate) var_groups: Vec<VarGroup>,
    /// Which var group initializes each global.
    pub(crate) global_group: Vec<usize>,
    pub(crate) cur_pkg: PkgId,
    pub(crate) cur_file: u32,
    pub(crate) fstack: Vec<FuncCtx>,
    /// Function dependencies, per function (for the initialization order).
    pub(crate) func_deps: HashMap<FuncId, Deps>,
    /// The dependencies being collected for the current package-level initializer.
    pub(crate) init_deps: Option<Deps>,
    /// Wrapper functions already made for promoted methods: (type, method) → func.
    pub(crate) wrappers: HashMap<(TypeId, String), FuncId>,
    /// The value of iota in the constant declaration being evaluated.
    pub(crate) iota: Option<u32>,
    /// Type parameters of a generic function being checked: already reported, so they
    /// resolve to the invalid type and their uses stay silent.
    pub(crate) tparams: HashMap<String, Entity>,
}

/// Import paths of the library packages, for the "unsupported import" message.
pub fn supported_imports() -> Vec<&'static str> {
    crate::stdlib::PACKAGES.iter().map(|(p, _)| *p).collect()
}

/// Checks a program (the user's file, as package main) and every package it imports.
pub fn check_program(file: Arc<SourceFile>) -> Result<ir::Program, Vec<Diagnostic>> {
    let (ast, diags) = crate::syntax::parse_file(&file.text);
    // As in Go, a file with syntax errors is not type-checked: only those are reported.
    if !diags.is_empty() {
        return Err(diags);
    }
    let Some(ast) = ast else {
        return Err(diags);
    };
    let mut c = Checker::new();
    c.files.push(file);
    c.load_main(ast);
    c.finish()
}

impl Checker {
    fn new() -> Checker {
        let mut c = Checker {
            types: TypeTable::new(),
            funcs: Vec::new(),
            globals: Vec::new(),
            files: Vec::new(),
            diags: Vec::new(),
            soft_diags: Vec::new(),
            packages: Vec::new(),
            pkg_by_path: HashMap::new(),
            universe: HashMap::new(),
            decls: Vec::new(),
            var_groups: Vec::new(),
            global_group: Vec::new(),
            cur_pkg: 0,
            cur_file: 0,
            fstack: Vec::new(),
            func_deps: HashMap::new(),
            init_deps: None,
            wrappers: HashMap::new(),
            iota: None,
            tparams: HashMap::new(),
        };
        universe::populate(&mut c);
        c
    }

    pub(crate) fn error(&mut self, d: Diagnostic) {
        // Errors inside library sources are bugs in minigo; they are still reported
        // (with the library file's name) rather than hidden.
        if self.cur_file != 0 {
            let file = self.files[self.cur_file as usize].clone();
            let mut d = d;
            d.message = format!("{} (in minigo's library file {})", d.message, file.name);
            d.source = Some(file);
            self.diags.push(d);
            return;
        }
        self.diags.push(d);
    }

    fn load_main(&mut self, ast: ast::File) {
        // The runtime package is always present: the VM calls into it (panic printing,
        // run-time error values).
        self.import("runtime");
        self.cur_file = 0;
        if ast.package.name != "main" {
            self.error(
                Diagnostic::new(
                    "minigo::type::package",
                    format!("package {} is not a program", ast.package.name),
                    ast.package.span,
                )
                .label("a program's file must say package main")
                .help("write `package main` on the first line"),
            );
        }
        self.load_package("main", ast, 0);
    }

    /// Loads (and checks) the library package at `path`, or returns it if loaded.
    fn import(&mut self, path: &str) -> Option<PkgId> {
        if let Some(&id) = self.pkg_by_path.get(path) {
            return Some(id);
        }
        let src = crate::stdlib::source(path)?;
        let file_id = self.files.len() as u32;
        let file = SourceFile::new(format!("$GOROOT/src/{path}/{}.go", last_elem(path)), src);
        self.files.push(file);
        let (ast, diags) = crate::syntax::parse_file(src);
        if !diags.is_empty() || ast.is_none() {
            for d in diags {
                let mut d = d;
                d.message = format!("{} (in minigo's library source {path})", d.message);
                self.diags.push(d);
            }
            return None;
        }
        let ast = ast?;
        Some(self.load_package(path, ast, file_id))
    }

    fn load_package(&mut self, path: &str, file: ast::File, file_id: u32) -> PkgId {
        let saved = (self.cur_pkg, self.cur_file);
        let id = self.packages.len();
        self.packages.push(Package {
            name: file.package.name.clone(),
            path: path.to_string(),
            scope: HashMap::new(),
            imports: HashMap::new(),
            init_funcs: Vec::new(),
            var_groups: Vec::new(),
        });
        self.pkg_by_path.insert(path.to_string(), id);
        // Imports first: their packages are complete before this one refers to them.
        let mut imports = HashMap::new();
        let mut bad_imports = Vec::new();
        for imp in &file.imports {
            self.cur_pkg = id;
            self.cur_file = file_id;
            let Some(dep) = self.import(&imp.path) else {
                self.cur_pkg = id;
                self.cur_file = file_id;
                self.unsupported_import(imp);
                // Uses of the package name are silent: the import was reported.
                let name = imp
                    .alias
                    .as_ref()
                    .map(|a| a.name.clone())
                    .unwrap_or_else(|| last_elem(&imp.path).to_string());
                bad_imports.push(name);
                continue;
            };
            let name = match &imp.alias {
                Some(a) if a.name == "." => {
                    self.error(
                        Diagnostic::new(
                            "minigo::unsupported::dot_import",
                            "dot imports are not supported",
                            a.span,
                        )
                        .help(format!(
                            "import it by name and write {}.Name",
                            self.packages[dep].name
                        )),
                    );
                    continue;
                }
                Some(a) if a.name == "_" => continue,
                Some(a) => a.name.clone(),
                None => self.packages[dep].name.clone(),
            };
            if let Some((_, prev, _)) = imports.get(&name) {
                let prev: Span = *prev;
                self.cur_file = file_id;
                self.error(
                    Diagnostic::new(
                        "minigo::type::redeclared",
                        format!("{name} redeclared in this block"),
                        imp.span,
                    )
                    .also(prev, "first imported here"),
                );
                continue;
            }
            imports.insert(name, (dep, imp.span, false));
        }
        self.cur_pkg = id;
        self.cur_file = file_id;
        self.packages[id].imports = imports;
        for name in bad_imports {
            self.packages[id].scope.insert(name, Entity::BadPackage);
        }
        self.check_package(file);
        if file_id == 0 {
            self.report_unused_imports(id);
        }
        (self.cur_pkg, self.cur_file) = saved;
        id
    }

    fn unsupported_import(&mut self, imp: &ast::Import) {
        let list = supported_imports().join(", ");
        let mut d = Diagnostic::new(
            "minigo::unsupported::import",
            format!("package {:?} is not supported by minigo", imp.path),
            imp.span,
        )
        .label("unsupported import");
        d = d.help(format!("minigo provides: {list}"));
        self.error(d);
    }

    fn report_unused_imports(&mut self, pkg: PkgId) {
        let mut unused: Vec<(Span, String)> = self.packages[pkg]
            .imports
            .iter()
            .filter(|(_, (_, _, used))| !used)
            .map(|(name, (dep, span, _))| {
                let path = self.packages[*dep].path.clone();
                let msg = if *name == last_elem(&path) {
                    format!("{path:?} imported and not used")
                } else {
                    format!("{path:?} imported as {name} and not used")
                };
                (*span, msg)
            })
            .collect();
        unused.sort_by_key(|(s, _)| s.lo);
        for (span, msg) in unused {
            self.error(
                Diagnostic::new("minigo::type::unused_import", msg, span)
                    .label("imported here")
                    .help("remove the import, or use the package"),
            );
        }
    }

    fn finish(mut self) -> Result<ir::Program, Vec<Diagnostic>> {
        // Unused variables are reported with the other errors, as Go does.
        self.diags.append(&mut self.soft_diags);
        // A message about an invalid type follows from an error already reported.
        self.diags.retain(|d| !d.message.contains("invalid type"));
        if !self.diags.is_empty() {
            let mut d = self.diags;
            crate::diag::sort_and_dedup(&mut d);
            crate::diag::dedup_lines(&mut d, &self.files[0]);
            return Err(d);
        }
        let main_pkg = self.pkg_by_path["main"];
        let main = match self.packages[main_pkg].scope.get("main") {
            Some(Entity::Func(f)) => *f,
            _ => {
                let mut d = Diagnostic::new(
                    "minigo::type::no_main",
                    "function main is undeclared in the main package",
                    Span::default(),
                )
                .help("add `func main() { ... }`: the program starts there");
                // `func Main()`: names are case-sensitive.
                let near = self.packages[main_pkg]
                    .scope
                    .iter()
                    .filter(|(n, _)| n.as_str() != "main" && n.to_lowercase() == "main")
                    .find_map(|(n, e)| match e {
                        Entity::Func(f) => Some((n.clone(), self.funcs[*f as usize].span)),
                        _ => None,
                    });
                if let Some((name, span)) = near {
                    d = Diagnostic::new(d.code, d.message, span)
                        .label(format!("{name} is not main"))
                        .help(format!(
                            "did you mean to name {name} main? (names are case-sensitive)"
                        ));
                }
                return Err(vec![d]);
            }
        };
        self.build_vtables();
        let entry = self.build_entry(main);
        let hooks = self.runtime_hooks();
        Ok(ir::Program {
            types: self.types,
            funcs: self.funcs,
            globals: self.globals,
            files: self.files,
            entry,
            main,
            runtime_hooks: hooks,
        })
    }

    fn runtime_hooks(&mut self) -> ir::RuntimeHooks {
        let mut hooks = ir::RuntimeHooks::default();
        if let Some(&rt) = self.pkg_by_path.get("runtime") {
            if let Some(Entity::Func(f)) = self.packages[rt].scope.get("panicValueString") {
                hooks.panic_value_string = Some(*f);
            }
            if let Some(Entity::Func(f)) = self.packages[rt].scope.get("makeError") {
                hooks.make_runtime_error = Some(*f);
            }
        }
        hooks
    }

    // ----- scopes -----

    pub(crate) fn fctx(&mut self) -> &mut FuncCtx {
        self.fstack.last_mut().expect("inside a function")
    }

    pub(crate) fn in_func(&self) -> bool {
        !self.fstack.is_empty()
    }

    pub(crate) fn push_scope(&mut self) {
        if let Some(f) = self.fstack.last_mut() {
            f.scopes.push(HashMap::new());
        }
    }

    /// Closes a scope, reporting variables declared in it and never used.
    pub(crate) fn pop_scope(&mut self) {
        let Some(f) = self.fstack.last_mut() else {
            return;
        };
        let Some(scope) = f.scopes.pop() else {
            return;
        };
        let depth = self.fstack.len() - 1;
        let mut unused = Vec::new();
        for e in scope.values() {
            if let Entity::Local { depth: d, id } = e
                && *d == depth
                && !self.fstack[depth].used[*id as usize]
            {
                let l = &self.fstack[depth].locals[*id as usize];
                if l.name != "_" && !l.name.starts_with('.') {
                    unused.push((l.span, l.name.clone()));
                }
            }
        }
        unused.sort_by_key(|(s, _)| s.lo);
        for (span, name) in unused {
            if self.cur_file == 0 {
                self.soft_diags.push(
                    Diagnostic::new(
                        "minigo::type::unused_var",
                        format!("declared and not used: {name}"),
                        span,
                    )
                    .label("declared here")
                    .help(format!(
                        "use {name}, or remove it (assign to _ to discard a value)"
                    )),
                );
            }
        }
    }

    /// Declares a local variable in the innermost scope.
    pub(crate) fn declare_local(&mut self, name: &str, ty: TypeId, span: Span) -> LocalId {
        let depth = self.fstack.len() - 1;
        let f = self.fctx();
        let id = f.locals.len() as LocalId;
        f.locals.push(ir::Local {
            name: name.to_string(),
            ty,
            span,
            captured: false,
            addressed: false,
        });
        f.used.push(false);
        if name != "_" {
            self.declare(name, Entity::Local { depth, id }, span);
        }
        id
    }

    /// A local the checker makes up (results, temporaries); never reported as unused.
    pub(crate) fn hidden_local(&mut self, name: &str, ty: TypeId, span: Span) -> LocalId {
        let f = self.fctx();
        let id = f.locals.len() as LocalId;
        f.locals.push(ir::Local {
            name: name.to_string(),
            ty,
            span,
            captured: false,
            addressed: false,
        });
        f.used.push(true);
        id
    }

    /// Binds a name in the innermost scope, reporting a redeclaration in the same block.
    pub(crate) fn declare(&mut self, name: &str, e: Entity, span: Span) {
        if name == "_" {
            return;
        }
        let Some(f) = self.fstack.last() else {
            return;
        };
        let scope = f.scopes.last().expect("a scope");
        if let Some(prev) = scope.get(name) {
            let prev_span = match prev {
                Entity::Local { depth, id } => Some(self.fstack[*depth].locals[*id as usize].span),
                _ => None,
            };
            let mut d = Diagnostic::new(
                "minigo::type::redeclared",
                format!("{name} redeclared in this block"),
                span,
            )
            .label("declared again here");
            if let Some(p) = prev_span {
                d = d.also(p, "first declared here");
            }
            self.error(d.help("use another name, or assign with = instead of declaring"));
            return;
        }
        if let Some(f) = self.fstack.last_mut() {
            f.scopes
                .last_mut()
                .expect("a scope")
                .insert(name.to_string(), e);
        }
    }

    /// Looks a name up through the function scopes, the package, and the universe.
    pub(crate) fn lookup(&mut self, name: &str) -> Option<Entity> {
        if let Some(e) = self.tparams.get(name) {
            return Some(e.clone());
        }
        for f in self.fstack.iter().rev() {
            for s in f.scopes.iter().rev() {
                if let Some(e) = s.get(name) {
                    return Some(e.clone());
                }
            }
        }
        if let Some(e) = self.packages[self.cur_pkg].scope.get(name) {
            return Some(e.clone());
        }
        if let Some(imp) = self.packages[self.cur_pkg].imports.get_mut(name) {
            imp.2 = true;
            return Some(Entity::Package(imp.0));
        }
        if name == "iota" && self.iota.is_some() {
            return Some(Entity::Iota);
        }
        self.universe.get(name).cloned()
    }

    /// Records a read of a local, capturing it if it belongs to an enclosing function.
    /// Returns the expression that reads it from the current function.
    pub(crate) fn use_local(&mut self, depth: usize, id: LocalId, mark_used: bool) -> ir::ExprKind {
        let cur = self.fstack.len() - 1;
        if mark_used {
            self.fstack[depth].used[id as usize] = true;
        }
        if depth == cur {
            return ir::ExprKind::Local(id);
        }
        self.fstack[depth].locals[id as usize].captured = true;
        ir::ExprKind::Upvalue(self.capture(depth, id, cur))
    }

    /// The capture index of variable (`depth`, `id`) in function `at`, adding captures to
    /// every function between the variable's and `at`.
    fn capture(&mut self, depth: usize, id: LocalId, at: usize) -> u32 {
        if let Some(&i) = self.fstack[at].capture_index.get(&(depth, id)) {
            return i;
        }
        let from = if at == depth + 1 {
            ir::CaptureFrom::Local(id)
        } else {
            ir::CaptureFrom::Upvalue(self.capture(depth, id, at - 1))
        };
        let local = &self.fstack[depth].locals[id as usize];
        let cap = ir::Capture {
            name: local.name.clone(),
            ty: local.ty,
            from,
        };
        let f = &mut self.fstack[at];
        let i = f.captures.len() as u32;
        f.captures.push(cap);
        f.capture_index.insert((depth, id), i);
        i
    }

    pub(crate) fn local_ty(&self, depth: usize, id: LocalId) -> TypeId {
        self.fstack[depth].locals[id as usize].ty
    }

    pub(crate) fn span_text(&self, span: Span) -> String {
        self.files[self.cur_file as usize].snippet(span).to_string()
    }

    /// Notes that the code being checked refers to a global or function (for init order).
    pub(crate) fn note_dep_global(&mut self, g: GlobalId) {
        if let Some(d) = self.init_deps.as_mut() {
            d.globals.insert(g);
        }
        if let Some(f) = self.fstack.first_mut() {
            f.deps.globals.insert(g);
        }
    }

    pub(crate) fn note_dep_func(&mut self, func: FuncId) {
        if let Some(d) = self.init_deps.as_mut() {
            d.funcs.insert(func);
        }
        if let Some(f) = self.fstack.first_mut() {
            f.deps.funcs.insert(func);
        }
    }

    pub(crate) fn pkg_name(&self) -> String {
        self.packages[self.cur_pkg].name.clone()
    }
}

pub(crate) fn last_elem(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}
