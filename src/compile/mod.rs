//! The checked program to bytecode: one `FuncProto` per function, every variable resolved
//! to a register, source lines kept for traces and `minigo disasm`.

pub mod disasm;
mod func;
pub mod opcode;
mod order;

use std::collections::HashMap;
use std::sync::Arc;

use crate::check::ir;
use crate::check::types::{TypeId, TypeTable};
use crate::diag::{Diagnostic, SourceFile};
use opcode::Op;

/// A constant of a function's pool; the VM turns these into values when it loads the
/// program (the compiler knows nothing of run-time values).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    /// A function used as a value (no captures).
    Func(u32),
}

/// The shape of a `select`: which cases send, and whether it has a default.
#[derive(Clone, Debug)]
pub struct SelectInfo {
    pub sends: Vec<bool>,
    pub has_default: bool,
}

/// A type assertion's types: the asserted type and the interface type asserted from.
#[derive(Clone, Copy, Debug)]
pub struct Assertion {
    pub target: TypeId,
    pub from: TypeId,
}

pub struct FuncProto {
    /// Go's name for traces: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub file: u32,
    pub code: Vec<Op>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// The registers in use at each instruction (the allocator's top): those above
    /// hold values left over from calls that returned, which the leak check must not
    /// count as reachable (`crate::detect::reach`).
    pub tops: Vec<u16>,
    pub consts: Vec<Constant>,
    pub asserts: Vec<Assertion>,
    pub selects: Vec<SelectInfo>,
    pub nregs: u16,
    pub nparams: u16,
    pub nresults: u16,
    pub ncaptures: u16,
    /// Where a frame resumes after a deferred call recovered a panic: runs the remaining
    /// deferred calls and returns the current values of the results.
    pub epilogue: Option<u32>,
    /// Implemented natively by the runtime under this name.
    pub native: Option<String>,
    /// The line of the declaration.
    pub line: u32,
    /// Left out of stack traces (the program's entry, wrappers).
    pub hidden: bool,
}

pub struct Program {
    pub funcs: Vec<FuncProto>,
    pub types: TypeTable,
    pub files: Vec<Arc<SourceFile>>,
    pub globals: Vec<(String, TypeId)>,
    /// Method names used in interface calls, by id.
    pub method_names: Vec<String>,
    pub entry: u32,
    pub main: u32,
    pub hooks: ir::RuntimeHooks,
}

impl Program {
    pub fn method_id(&self, name: &str) -> Option<u32> {
        self.method_names
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }
}

/// Program-wide state while compiling.
pub(crate) struct Builder {
    pub method_ids: HashMap<String, u32>,
    pub method_names: Vec<String>,
    pub diags: Vec<Diagnostic>,
}

impl Builder {
    pub fn method_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_ids.get(name) {
            return i;
        }
        let i = self.method_names.len() as u32;
        self.method_names.push(name.to_string());
        self.method_ids.insert(name.to_string(), i);
        i
    }
}

pub fn compile_program(p: ir::Program) -> Result<Program, Vec<Diagnostic>> {
    let mut b = Builder {
        method_ids: HashMap::new(),
        method_names: Vec::new(),
        diags: Vec::new(),
    };
    // Every method name in a method table gets an id, so dispatch compares integers.
    for n in &p.types.named {
        for e in n.vtable.iter().chain(&n.ptr_vtable) {
            b.method_id(&e.name);
        }
    }
    for n in &p.types.named {
        for m in &n.methods {
            b.method_id(&m.name);
        }
    }
    let mut funcs = Vec::with_capacity(p.funcs.len());
    for (i, f) in p.funcs.iter().enumerate() {
        let proto = func::compile_func(&p, &mut b, i as u32, f);
        funcs.push(proto);
    }
    if let Some(e) = funcs.get_mut(p.entry as usize) {
        e.hidden = true;
    }
    if !b.diags.is_empty() {
        crate::diag::sort_and_dedup(&mut b.diags);
        return Err(b.diags);
    }
    Ok(Program {
        funcs,
        globals: p.globals.iter().map(|g| (g.name.clone(), g.ty)).collect(),
        types: p.types,
        files: p.files,
        method_names: b.method_names,
        entry: p.entry,
        main: p.main,
        hooks: p.runtime_hooks,
    })
}
