//! A program loaded for running: bytecode plus what the VM derives from it once (constant
//! values, native function pointers, zero values, method tables, global storage).

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use super::value::*;
use crate::check::types::*;
use crate::compile::{Constant, Program};
use crate::runtime::natives::{self, NativeFn};

pub struct Image {
    pub prog: Program,
    /// Constant values of each function's pool.
    pub consts: Vec<Box<[Value]>>,
    /// The native implementation of each function that has one.
    pub natives: Vec<Option<NativeFn>>,
    /// Zero values by type, built on first use (aggregates are copied from these).
    zeros: Vec<OnceLock<Value>>,
    /// Each global's storage: a cell (scalars) or the aggregate itself.
    pub globals: Box<[Value]>,
    /// Method tables: dynamic type → (method id, function, dereference receiver), by id.
    vtables: HashMap<TypeId, Vec<(u32, u32, bool)>>,
    /// The dynamic types of run-time error values: runtime.errorString, boundsError,
    /// plainError and *TypeAssertionError.
    pub runtime_error_type: Option<TypeId>,
    bounds_error_type: Option<TypeId>,
    plain_error_type: Option<TypeId>,
    assert_error_type: Option<TypeId>,
    stdout: Mutex<std::io::BufWriter<std::io::Stdout>>,
    /// Go's element sizes, for `append`'s capacity growth, by slice type.
    elem_sizes: Vec<OnceLock<u64>>,
    pub seed: u64,
    /// The program's command-line arguments (`os.Args`), the program's name first.
    pub args: Vec<String>,
}

impl Image {
    /// Prepares a compiled program. Fails with the names of library functions that have
    /// no native implementation (a bug in minigo's library, reported clearly).
    pub fn load(prog: Program, seed: u64, args: Vec<String>) -> Result<Image, Vec<String>> {
        let mut missing = Vec::new();
        let natives: Vec<Option<NativeFn>> = prog
            .funcs
            .iter()
            .map(|f| {
                f.native.as_ref().and_then(|n| {
                    let found = natives::lookup(n);
                    if found.is_none() {
                        missing.push(n.clone());
                    }
                    found
                })
            })
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let consts = prog
            .funcs
            .iter()
            .map(|f| {
                f.consts
                    .iter()
                    .map(|c| match c {
                        Constant::Int(i) => Value::Int(*i),
                        Constant::Float(x) => Value::Float(*x),
                        Constant::Str(s) => Value::bytes_str(s),
                        Constant::Func(fi) => Value::Func(Arc::new(Closure {
                            func: *fi,
                            captures: Box::new([]),
                            bound: None,
                            iface_method: None,
                        })),
                    })
                    .collect()
            })
            .collect();
        let mut vtables = HashMap::new();
        for (n, named) in prog.types.named.iter().enumerate() {
            let entries = |vt: &[VEntry]| -> Vec<(u32, u32, bool)> {
                let mut v: Vec<(u32, u32, bool)> = vt
                    .iter()
                    .filter_map(|e| prog.method_id(&e.name).map(|m| (m, e.func, e.deref)))
                    .collect();
                v.sort_by_key(|e| e.0);
                v
            };
            let Some(t) = find_named(&prog.types, n) else {
                continue;
            };
            if !named.vtable.is_empty() {
                vtables.insert(t, entries(&named.vtable));
            }
            if !named.ptr_vtable.is_empty()
                && let Some(pt) = find_pointer(&prog.types, t)
            {
                vtables.insert(pt, entries(&named.ptr_vtable));
            }
        }
        let runtime_type = |name: &str| {
            (0..prog.types.named.len()).find_map(|n| {
                let named = &prog.types.named[n];
                (named.pkg == "runtime" && named.name == name)
                    .then(|| find_named(&prog.types, n))
                    .flatten()
            })
        };
        let runtime_error_type = runtime_type("errorString");
        let bounds_error_type = runtime_type("boundsError");
        let plain_error_type = runtime_type("plainError");
        let assert_error_type =
            runtime_type("TypeAssertionError").and_then(|t| find_pointer(&prog.types, t));
        let ntypes = prog.types.len();
        let mut img = Image {
            consts,
            natives,
            zeros: (0..ntypes).map(|_| OnceLock::new()).collect(),
            globals: Box::new([]),
            vtables,
            runtime_error_type,
            bounds_error_type,
            plain_error_type,
            assert_error_type,
            stdout: Mutex::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            elem_sizes: (0..ntypes).map(|_| OnceLock::new()).collect(),
            seed,
            args,
            prog,
        };
        let globals: Vec<Value> = img
            .prog
            .globals
            .iter()
            .map(|(_, t)| {
                let z = img.zero(*t);
                if img.prog.types.is_aggregate(*t) {
                    z
                } else {
                    Value::Ptr(Pointer {
                        obj: Obj::cell(z),
                        idx: 0,
                    })
                }
            })
            .collect();
        img.globals = globals.into_boxed_slice();
        Ok(img)
    }

    pub fn entry_func(&self) -> u32 {
        self.prog.entry
    }

    pub fn types(&self) -> &TypeTable {
        &self.prog.types
    }

    /// A zero value of type `t` (a new object for aggregates).
    pub fn zero(&self, t: TypeId) -> Value {
        let tt = &self.prog.types;
        match tt.under(t) {
            TypeKind::Basic(b) => match b {
                Basic::Bool => Value::Bool(false),
                Basic::String => Value::Str(empty_str()),
                Basic::Float32 | Basic::Float64 => Value::Float(0.0),
                _ => Value::Int(0),
            },
            TypeKind::Struct(_) | TypeKind::Array(..) => {
                let tmpl = self.zeros[t.index()].get_or_init(|| self.make_zero(t));
                deep_copy(tmpl)
            }
            _ => Value::Nil,
        }
    }

    fn make_zero(&self, t: TypeId) -> Value {
        let tt = &self.prog.types;
        match tt.under(t).clone() {
            TypeKind::Struct(fields) => {
                Value::Agg(Obj::new(fields.iter().map(|f| self.zero(f.ty)).collect()))
            }
            TypeKind::Array(n, e) => {
                if tt.underlying(e) == UINT8 {
                    Value::Agg(Obj::bytes(vec![0; n as usize]))
                } else {
                    Value::Agg(Obj::new((0..n).map(|_| self.zero(e)).collect()))
                }
            }
            _ => self.zero(t),
        }
    }

    /// New storage for `n` zero elements of type `elem` (compact for bytes).
    pub fn new_elems(&self, elem: TypeId, n: usize) -> Arc<Obj> {
        let tt = &self.prog.types;
        if tt.underlying(elem) == UINT8 {
            return Obj::bytes(vec![0; n]);
        }
        if tt.is_aggregate(elem) {
            return Obj::new((0..n).map(|_| self.zero(elem)).collect());
        }
        let z = self.zero(elem);
        Obj::new(vec![z; n])
    }

    /// Go's size of the element of slice type `slice_t`.
    pub fn elem_size(&self, slice_t: TypeId) -> u64 {
        *self.elem_sizes[slice_t.index()].get_or_init(|| {
            let e = self.prog.types.elem(slice_t).unwrap_or(INT);
            super::layout::size_of(&self.prog.types, e)
        })
    }

    /// The function implementing method `m` for dynamic type `t`.
    #[inline]
    pub fn method(&self, t: TypeId, m: u32) -> Option<(u32, bool)> {
        let vt = self.vtables.get(&t)?;
        vt.binary_search_by_key(&m, |e| e.0)
            .ok()
            .map(|i| (vt[i].1, vt[i].2))
    }

    /// Whether dynamic type `t` implements interface type `iface`.
    pub fn implements(&self, t: TypeId, iface: TypeId) -> bool {
        let Some(methods) = self.prog.types.interface_methods(iface) else {
            return false;
        };
        if methods.is_empty() {
            return true;
        }
        let vt = match self.prog.types.kind(t) {
            TypeKind::Named(n) => &self.prog.types.named[*n as usize].vtable,
            TypeKind::Pointer(e) => match self.prog.types.kind(*e) {
                TypeKind::Named(n) => &self.prog.types.named[*n as usize].ptr_vtable,
                _ => return false,
            },
            _ => return false,
        };
        methods.iter().all(|m| {
            vt.binary_search_by(|e| e.name.as_str().cmp(&m.name))
                .is_ok_and(|i| vt[i].sig == m.sig)
        })
    }

    /// The first method of `iface` that `t` lacks (for assertion messages).
    pub fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let methods = self.prog.types.interface_methods(iface)?;
        let vt: &[VEntry] = match self.prog.types.kind(t) {
            TypeKind::Named(n) => &self.prog.types.named[*n as usize].vtable,
            TypeKind::Pointer(e) => match self.prog.types.kind(*e) {
                TypeKind::Named(n) => &self.prog.types.named[*n as usize].ptr_vtable,
                _ => &[],
            },
            _ => &[],
        };
        methods
            .iter()
            .find(|m| !vt.iter().any(|e| e.name == m.name && e.sig == m.sig))
            .map(|m| m.name.clone())
    }

    /// A run-time error value (`runtime.Error`) with Go's message and dynamic type.
    pub fn runtime_error(&self, msg: &str) -> Value {
        let text = Value::str(&format!("runtime error: {msg}"));
        let bounds =
            msg.starts_with("index out of range") || msg.starts_with("slice bounds out of range");
        let t = if bounds {
            self.bounds_error_type
        } else {
            self.runtime_error_type
        };
        match t {
            Some(t) => Value::Iface(Arc::new(Iface { ty: t, val: text })),
            None => Value::iface_str(msg),
        }
    }

    /// A run-time error whose message has no "runtime error: " prefix
    /// (`runtime.plainError`: nil map writes, channel misuse).
    pub fn runtime_error_plain(&self, msg: &str) -> Value {
        match self.plain_error_type {
            Some(t) => Value::Iface(Arc::new(Iface {
                ty: t,
                val: Value::str(msg),
            })),
            None => Value::iface_str(msg),
        }
    }

    /// A failed type assertion's error (`*runtime.TypeAssertionError`).
    pub fn type_assertion_error(&self, msg: &str) -> Value {
        match self.assert_error_type {
            Some(t) => Value::Iface(Arc::new(Iface {
                ty: t,
                val: Value::Ptr(Pointer {
                    obj: Obj::new(vec![Value::str(msg)]),
                    idx: WHOLE,
                }),
            })),
            None => Value::iface_str(msg),
        }
    }

    pub fn write_stdout(&self, bytes: &[u8]) {
        let _ = self.stdout.lock().write_all(bytes);
    }

    pub fn flush_stdout(&self) {
        let _ = self.stdout.lock().flush();
    }

    /// Writes to standard error, after flushing standard output so the two interleave
    /// as the program wrote them.
    pub fn write_stderr(&self, bytes: &[u8]) {
        self.flush_stdout();
        let _ = std::io::stderr().write_all(bytes);
    }
}

fn find_named(tt: &TypeTable, n: usize) -> Option<TypeId> {
    tt.find(&TypeKind::Named(n as u32))
}

fn find_pointer(tt: &TypeTable, t: TypeId) -> Option<TypeId> {
    tt.find(&TypeKind::Pointer(t))
}
