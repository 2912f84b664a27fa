//! Run-time values, and the heap objects behind them.
//!
//! Goroutines move between OS threads, so every value is `Send + Sync` and every heap
//! object guards its contents with its own lock (DESIGN.md, "Shared memory"). A data race
//! in a user's program can lose updates, as in Go; it cannot corrupt the VM.
//!
//! Representation:
//! - scalars are unboxed: `Int` holds every integer type (unsigned ones as their bits,
//!   narrow ones kept wrapped by `Trunc`), `Float` both float types;
//! - a struct or array value is an `Agg`: a reference to an `Obj` that exactly one storage
//!   location owns. Assignment copies (`copy_into` / `deep_copy`), so value semantics hold,
//!   and a pointer to the struct or to one of its fields can share the object;
//! - pointers are an object plus a slot index (`WHOLE` for the aggregate itself);
//! - slices are a window on an `Obj` (the backing array);
//! - `Nil` is the nil of every pointer, slice, map, channel, function and interface type.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, LazyLock};

use parking_lot::{Mutex, MutexGuard};

use crate::check::types::TypeId;

/// A byte string: Go strings are immutable byte sequences, not necessarily UTF-8.
pub type Str = Arc<[u8]>;

static EMPTY_STR: LazyLock<Str> = LazyLock::new(|| Arc::from(&b""[..]));

pub fn empty_str() -> Str {
    EMPTY_STR.clone()
}

pub fn str_from(bytes: &[u8]) -> Str {
    if bytes.is_empty() {
        empty_str()
    } else {
        Arc::from(bytes)
    }
}

#[derive(Clone, Default)]
pub enum Value {
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Str),
    /// A struct or array value, owned by the location that holds it.
    Agg(Arc<Obj>),
    Slice(SliceRef),
    Map(Arc<MapObj>),
    Ptr(Pointer),
    Func(Arc<Closure>),
    /// A non-nil interface value: its dynamic type and value.
    Iface(Arc<Iface>),
    /// A channel.
    Chan(Arc<crate::runtime::chan::ChanObj>),
    /// A runtime object with no Go-visible structure (mutex state and the like).
    Native(Arc<dyn NativeObject>),
}

/// Objects the runtime defines natively (channels, timers, ...).
pub trait NativeObject: Send + Sync + fmt::Debug {
    fn kind(&self) -> &'static str;
    fn as_any(&self) -> &dyn std::any::Any;
}

pub struct Iface {
    pub ty: TypeId,
    pub val: Value,
}

/// A pointer: into `obj` at slot `idx`, or to the whole aggregate `obj` (`WHOLE`).
#[derive(Clone)]
pub struct Pointer {
    pub obj: Arc<Obj>,
    pub idx: u32,
}

pub const WHOLE: u32 = u32::MAX;

#[derive(Clone)]
pub struct SliceRef {
    pub obj: Arc<Obj>,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

/// A function value: a function with its captured variables, or a bound method.
pub struct Closure {
    pub func: u32,
    /// Captured variables: cells (`Ptr`) for scalars, the aggregate (`Agg`) otherwise.
    pub captures: Box<[Value]>,
    /// The receiver of a method value (`x.M`), passed as the first argument.
    pub bound: Option<Value>,
    /// For an interface method value: the method's name, resolved on each call.
    pub iface_method: Option<u32>,
}

/// A heap object: struct fields, array or slice elements, or a variable's cell.
pub struct Obj {
    data: Mutex<ObjData>,
}

pub enum ObjData {
    Vals(Vec<Value>),
    /// `[]byte` and `[N]byte` backing stores, kept compact.
    Bytes(Vec<u8>),
}

impl Obj {
    pub fn new(vals: Vec<Value>) -> Arc<Obj> {
        Arc::new(Obj {
            data: Mutex::new(ObjData::Vals(vals)),
        })
    }

    pub fn bytes(b: Vec<u8>) -> Arc<Obj> {
        Arc::new(Obj {
            data: Mutex::new(ObjData::Bytes(b)),
        })
    }

    /// A cell holding one variable (a captured or address-taken scalar).
    pub fn cell(v: Value) -> Arc<Obj> {
        Obj::new(vec![v])
    }

    pub fn lock(&self) -> MutexGuard<'_, ObjData> {
        self.data.lock()
    }

    pub fn len(&self) -> usize {
        match &*self.data.lock() {
            ObjData::Vals(v) => v.len(),
            ObjData::Bytes(b) => b.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reads slot `i` (precondition: in range; the VM checks bounds first).
    pub fn get(&self, i: usize) -> Value {
        match &*self.data.lock() {
            ObjData::Vals(v) => v[i].clone(),
            ObjData::Bytes(b) => Value::Int(b[i] as i64),
        }
    }

    /// Writes slot `i` (precondition: in range). Aggregates must go through `set_agg`.
    pub fn set(&self, i: usize, val: Value) {
        match &mut *self.data.lock() {
            ObjData::Vals(v) => v[i] = val,
            ObjData::Bytes(b) => b[i] = val.as_int() as u8,
        }
    }

    /// Stores an aggregate into slot `i` by copying into the aggregate already there,
    /// so that pointers into the slot stay valid.
    pub fn set_agg(&self, i: usize, val: &Value) {
        let dst = self.get(i);
        match (&dst, val) {
            (Value::Agg(d), Value::Agg(s)) => copy_into(d, s),
            _ => self.set(i, deep_copy(val)),
        }
    }

    pub fn snapshot(&self) -> Vec<Value> {
        match &*self.data.lock() {
            ObjData::Vals(v) => v.clone(),
            ObjData::Bytes(b) => b.iter().map(|&x| Value::Int(x as i64)).collect(),
        }
    }

    pub fn is_bytes(&self) -> bool {
        matches!(&*self.data.lock(), ObjData::Bytes(_))
    }
}

/// A copy of a value as assignment makes it: aggregates are copied deeply (their nested
/// aggregates too), everything else is shared as Go shares it.
pub fn deep_copy(v: &Value) -> Value {
    match v {
        Value::Agg(o) => Value::Agg(copy_obj(o)),
        other => other.clone(),
    }
}

fn copy_obj(o: &Obj) -> Arc<Obj> {
    // Clone out under the lock, then copy nested aggregates without holding it: two
    // locks are never held at once, so copying cannot deadlock.
    let data = match &*o.lock() {
        ObjData::Vals(v) => ObjData::Vals(v.clone()),
        ObjData::Bytes(b) => ObjData::Bytes(b.clone()),
    };
    match data {
        ObjData::Vals(mut v) => {
            for x in v.iter_mut() {
                if let Value::Agg(inner) = x {
                    *x = Value::Agg(copy_obj(inner));
                }
            }
            Obj::new(v)
        }
        ObjData::Bytes(b) => Obj::bytes(b),
    }
}

/// Copies the contents of aggregate `src` into aggregate `dst` (same type), in place.
pub fn copy_into(dst: &Arc<Obj>, src: &Arc<Obj>) {
    if Arc::ptr_eq(dst, src) {
        return;
    }
    let vals = match &*src.lock() {
        ObjData::Vals(v) => v.clone(),
        ObjData::Bytes(b) => {
            let b = b.clone();
            if let ObjData::Bytes(d) = &mut *dst.lock() {
                d.copy_from_slice(&b);
            }
            return;
        }
    };
    // Nested aggregates are copied into their counterparts, one lock at a time.
    let nested: Vec<(usize, Arc<Obj>, Arc<Obj>)> = {
        let mut d = dst.lock();
        let ObjData::Vals(dv) = &mut *d else {
            return;
        };
        let mut nested = Vec::new();
        for (i, v) in vals.into_iter().enumerate() {
            match (&dv[i], v) {
                (Value::Agg(di), Value::Agg(si)) => nested.push((i, di.clone(), si)),
                (_, v) => dv[i] = v,
            }
        }
        nested
    };
    for (_, d, s) in nested {
        copy_into(&d, &s);
    }
}

impl Value {
    #[inline]
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => 0,
        }
    }
    #[inline]
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }
    #[inline]
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => b"",
        }
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    pub fn str(s: &str) -> Value {
        Value::Str(str_from(s.as_bytes()))
    }
    pub fn bytes_str(b: &[u8]) -> Value {
        Value::Str(str_from(b))
    }
    /// A string boxed in an interface (what `panic("text")` carries).
    pub fn iface_str(s: &str) -> Value {
        Value::Iface(Arc::new(Iface {
            ty: crate::check::types::STRING,
            val: Value::str(s),
        }))
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => write!(f, "nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
            Value::Agg(o) => write!(f, "agg{:?}", o.snapshot()),
            Value::Slice(s) => write!(f, "slice[{}:{}:{}]", s.off, s.len, s.cap),
            Value::Map(_) => write!(f, "map"),
            Value::Ptr(p) => write!(f, "ptr({:p},{})", Arc::as_ptr(&p.obj), p.idx),
            Value::Func(c) => write!(f, "func#{}", c.func),
            Value::Iface(i) => write!(f, "iface({:?}, {:?})", i.ty, i.val),
            Value::Native(n) => write!(f, "{}", n.kind()),
            Value::Chan(_) => write!(f, "chan"),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Slices

impl SliceRef {
    /// The elements as values (a copy of the window).
    pub fn to_vec(&self) -> Vec<Value> {
        let (off, len) = (self.off as usize, self.len as usize);
        match &*self.obj.lock() {
            ObjData::Vals(v) => v[off..off + len].to_vec(),
            ObjData::Bytes(b) => b[off..off + len]
                .iter()
                .map(|&x| Value::Int(x as i64))
                .collect(),
        }
    }

    /// The bytes of a `[]byte` (or the low bytes of any integer slice).
    pub fn to_bytes(&self) -> Vec<u8> {
        let (off, len) = (self.off as usize, self.len as usize);
        match &*self.obj.lock() {
            ObjData::Bytes(b) => b[off..off + len].to_vec(),
            ObjData::Vals(v) => v[off..off + len].iter().map(|x| x.as_int() as u8).collect(),
        }
    }
}

/// A slice over new storage holding `vals`.
pub fn slice_of(vals: Vec<Value>) -> Value {
    let n = vals.len() as u32;
    Value::Slice(SliceRef {
        obj: Obj::new(vals),
        off: 0,
        len: n,
        cap: n,
    })
}

pub fn byte_slice_of(b: Vec<u8>) -> Value {
    let n = b.len() as u32;
    Value::Slice(SliceRef {
        obj: Obj::bytes(b),
        off: 0,
        len: n,
        cap: n,
    })
}

/// The elements of a slice value (nil gives none).
pub fn slice_values(v: &Value) -> Vec<Value> {
    match v {
        Value::Slice(s) => s.to_vec(),
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------
// Maps

/// A hashable image of a comparable value, used as a map key.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MapKey {
    Nil,
    Bool(bool),
    Int(i64),
    /// Floats by their bits, with -0 folded into +0.
    Float(u64),
    /// NaN is never equal to itself: each insertion gets a fresh key.
    NaN(u64),
    Str(Str),
    /// Pointers, maps, channels and functions compare by identity.
    Addr(usize, u32),
    Iface(TypeId, Box<MapKey>),
    Agg(Box<[MapKey]>),
}

impl MapKey {
    pub fn of(v: &Value) -> MapKey {
        match v {
            Value::Nil => MapKey::Nil,
            Value::Bool(b) => MapKey::Bool(*b),
            Value::Int(i) => MapKey::Int(*i),
            Value::Float(f) => {
                if f.is_nan() {
                    static NAN_COUNTER: std::sync::atomic::AtomicU64 =
                        std::sync::atomic::AtomicU64::new(0);
                    MapKey::NaN(NAN_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                } else if *f == 0.0 {
                    MapKey::Float(0)
                } else {
                    MapKey::Float(f.to_bits())
                }
            }
            Value::Str(s) => MapKey::Str(s.clone()),
            Value::Agg(o) => MapKey::Agg(o.snapshot().iter().map(MapKey::of).collect()),
            Value::Ptr(p) => MapKey::Addr(Arc::as_ptr(&p.obj) as *const u8 as usize, p.idx),
            Value::Map(m) => MapKey::Addr(Arc::as_ptr(m) as *const u8 as usize, 0),
            Value::Func(c) => MapKey::Addr(Arc::as_ptr(c) as *const u8 as usize, 0),
            Value::Native(n) => MapKey::Addr(Arc::as_ptr(n) as *const u8 as usize, 0),
            Value::Chan(c) => MapKey::Addr(Arc::as_ptr(c) as *const u8 as usize, 0),
            Value::Slice(s) => MapKey::Addr(Arc::as_ptr(&s.obj) as *const u8 as usize, s.off),
            Value::Iface(i) => MapKey::Iface(i.ty, Box::new(MapKey::of(&i.val))),
        }
    }
}

pub struct MapObj {
    pub data: Mutex<MapData>,
}

#[derive(Default)]
pub struct MapData {
    /// Key image → (key as stored, value).
    pub entries: ahash::AHashMap<MapKey, (Value, Value)>,
}

impl MapObj {
    pub fn new() -> Arc<MapObj> {
        Arc::new(MapObj {
            data: Mutex::new(MapData::default()),
        })
    }
    pub fn len(&self) -> usize {
        self.data.lock().entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, k: &Value) -> Option<Value> {
        self.data
            .lock()
            .entries
            .get(&MapKey::of(k))
            .map(|(_, v)| v.clone())
    }
    pub fn insert(&self, k: Value, v: Value) {
        let key = MapKey::of(&k);
        let mut d = self.data.lock();
        // Overwriting keeps the stored key (Go keeps the first key too: +0 stays +0).
        match d.entries.get_mut(&key) {
            Some(slot) => slot.1 = v,
            None => {
                d.entries.insert(key, (k, v));
            }
        }
    }
    pub fn remove(&self, k: &Value) {
        self.data.lock().entries.remove(&MapKey::of(k));
    }
    /// Every (key, value) pair, in the table's order.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.data.lock().entries.values().cloned().collect()
    }
}

// Identity hashing for Arc'd objects used as keys elsewhere.
pub struct ByAddr(pub Arc<Obj>);
impl PartialEq for ByAddr {
    fn eq(&self, o: &Self) -> bool {
        Arc::ptr_eq(&self.0, &o.0)
    }
}
impl Eq for ByAddr {}
impl Hash for ByAddr {
    fn hash<H: Hasher>(&self, h: &mut H) {
        (Arc::as_ptr(&self.0) as usize).hash(h)
    }
}

// ---------------------------------------------------------------------------------------
// Equality

/// Go's `==` on two values of the same comparable type. Interface values compare their
/// dynamic types first; the caller has checked that an interface's dynamic type is
/// comparable (else Go panics).
pub fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Agg(x), Value::Agg(y)) => {
            // No shortcut for identical storage: a NaN field is unequal even to itself.
            let (xs, ys) = (x.snapshot(), y.snapshot());
            xs.len() == ys.len() && xs.iter().zip(&ys).all(|(p, q)| equal(p, q))
        }
        (Value::Ptr(x), Value::Ptr(y)) => Arc::ptr_eq(&x.obj, &y.obj) && x.idx == y.idx,
        (Value::Map(x), Value::Map(y)) => Arc::ptr_eq(x, y),
        (Value::Func(x), Value::Func(y)) => Arc::ptr_eq(x, y),
        (Value::Native(x), Value::Native(y)) => std::ptr::addr_eq(Arc::as_ptr(x), Arc::as_ptr(y)),
        (Value::Chan(x), Value::Chan(y)) => Arc::ptr_eq(x, y),
        (Value::Iface(x), Value::Iface(y)) => x.ty == y.ty && equal(&x.val, &y.val),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_small() {
        // Tag plus a slice window (object, offset, length, capacity).
        assert!(
            std::mem::size_of::<Value>() <= 32,
            "{}",
            std::mem::size_of::<Value>()
        );
    }

    #[test]
    fn aggregates_copy_deeply_and_into() {
        let inner = Obj::new(vec![Value::Int(1)]);
        let outer = Obj::new(vec![Value::Agg(inner.clone()), Value::Int(2)]);
        let copy = deep_copy(&Value::Agg(outer.clone()));
        let Value::Agg(c) = &copy else { panic!() };
        // Changing the copy's nested struct leaves the original alone.
        if let Value::Agg(ci) = c.get(0) {
            ci.set(0, Value::Int(9));
        }
        assert!(matches!(inner.get(0), Value::Int(1)));
        // copy_into keeps the identity of the nested object (pointers stay valid).
        copy_into(&outer, c);
        assert!(matches!(inner.get(0), Value::Int(9)));
        assert!(matches!(outer.get(0), Value::Agg(ref o) if Arc::ptr_eq(o, &inner)));
    }
}
