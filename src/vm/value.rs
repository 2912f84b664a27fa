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
    /// Boxed: most function values are plain closures, and a goroutine's closure stays
    /// alive as long as the goroutine.
    pub bound: Option<Box<Value>>,
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
            ObjData::Vals(v) => v[i].put(val),
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
    /// Stores `v` in place of `self`, then drops the old value. `*slot = v` is slower:
    /// it builds `v` in a temporary that must outlive the call dropping the old value,
    /// and the copy of that temporary (wide loads right after its narrow stores) stalls
    /// on a failed store forward, on every register write. Here `v` goes straight into
    /// the slot, and scalars are not dropped at all.
    #[inline(always)]
    pub fn put(&mut self, v: Value) {
        let old = std::mem::replace(self, v);
        if old.is_heap() {
            drop_heap(old);
        } else {
            std::mem::forget(old);
        }
    }

    /// Stores an integer: when `self` already holds one, only the payload is written.
    #[inline(always)]
    pub fn put_int(&mut self, v: i64) {
        if let Value::Int(x) = self {
            *x = v;
        } else {
            self.put(Value::Int(v));
        }
    }

    /// Whether dropping the value releases a reference.
    #[inline(always)]
    fn is_heap(&self) -> bool {
        !matches!(
            self,
            Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        )
    }

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

/// Out of line, to keep the callers' fast paths small.
#[inline(never)]
fn drop_heap(v: Value) {
    drop(v)
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

/// The hash of map keys. Fixed seeds: Go randomizes iteration order, which minigo does
/// by rotating the table's order per `range` (see `Op::MapKeys`), not through the hash.
static KEY_HASH: ahash::RandomState = ahash::RandomState::with_seeds(
    0x243f_6a88_85a3_08d3,
    0x1319_8a2e_0370_7344,
    0xa409_3822_299f_31d0,
    0x082e_fa98_ec4e_6c89,
);

/// Hashes a comparable value consistently with `equal`: -0 and +0 hash alike, pointers
/// and the like by identity, interfaces by dynamic type and value. NaN is unequal to
/// everything, itself included, so each NaN gets a fresh hash (as in Go, where NaN keys
/// hash randomly) instead of piling into one bucket.
fn hash_key(v: &Value, h: &mut impl Hasher) {
    let addr = |p: *const u8, i: u32| (p as usize, i);
    match v {
        Value::Nil => h.write_u8(0),
        Value::Bool(b) => h.write_u8(*b as u8),
        Value::Int(i) => h.write_i64(*i),
        Value::Float(f) => {
            if f.is_nan() {
                static NAN_COUNTER: std::sync::atomic::AtomicU64 =
                    std::sync::atomic::AtomicU64::new(0);
                h.write_u64(NAN_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
            } else if *f == 0.0 {
                h.write_u64(0);
            } else {
                h.write_u64(f.to_bits());
            }
        }
        Value::Str(s) => h.write(s),
        // A snapshot, so that hashing nested aggregates never holds two locks.
        Value::Agg(o) => o.snapshot().iter().for_each(|x| hash_key(x, h)),
        Value::Ptr(p) => addr(Arc::as_ptr(&p.obj) as *const u8, p.idx).hash(h),
        Value::Map(m) => addr(Arc::as_ptr(m) as *const u8, 0).hash(h),
        Value::Func(c) => addr(Arc::as_ptr(c) as *const u8, 0).hash(h),
        Value::Native(n) => addr(Arc::as_ptr(n) as *const u8, 0).hash(h),
        Value::Chan(c) => addr(Arc::as_ptr(c) as *const u8, 0).hash(h),
        Value::Slice(s) => addr(Arc::as_ptr(&s.obj) as *const u8, s.off).hash(h),
        Value::Iface(i) => {
            h.write_u32(i.ty.0);
            hash_key(&i.val, h);
        }
    }
}

fn key_hash(k: &Value) -> u64 {
    use std::hash::BuildHasher;
    let mut h = KEY_HASH.build_hasher();
    hash_key(k, &mut h);
    h.finish()
}

/// One map entry. The hash is kept so that growing the table never hashes a key again
/// (which for an aggregate key would mean locking it, and for NaN would give another).
struct Entry {
    hash: u64,
    /// The key as last assigned (see `MapData::assign`).
    key: Value,
    val: Value,
}

pub struct MapObj {
    data: Mutex<MapData>,
}

/// The table, looked up with the caller's `&Value` (Go's `==`, see `equal`): a lookup
/// neither copies nor allocates a key.
#[derive(Default)]
struct MapData {
    table: hashbrown::HashTable<Entry>,
}

impl MapData {
    fn find_mut(&mut self, hash: u64, k: &Value) -> Option<&mut Entry> {
        self.table.find_mut(hash, |e| equal(&e.key, k))
    }

    /// The entry for `k`, created with value `zero` if absent. Like Go's `mapassign`,
    /// assigning to an existing entry also stores the key, which shows for keys that
    /// are equal without being identical: after `m[-0.0] = 1; m[+0.0] = 2` the key is
    /// +0. (Other keys, strings and integers among them, need not be stored again.)
    fn assign(&mut self, hash: u64, k: &Value, zero: impl FnOnce() -> Value) -> &mut Value {
        let entry = self.table.entry(hash, |e| equal(&e.key, k), |e| e.hash);
        match entry {
            hashbrown::hash_table::Entry::Occupied(o) => {
                let e = o.into_mut();
                if matches!(k, Value::Float(_) | Value::Iface(_) | Value::Agg(_)) {
                    e.key = deep_copy(k);
                }
                &mut e.val
            }
            hashbrown::hash_table::Entry::Vacant(v) => {
                // The map owns its keys: an aggregate key is copied, so that changing
                // the variable it came from cannot change the key.
                let key = deep_copy(k);
                let val = zero();
                &mut v.insert(Entry { hash, key, val }).into_mut().val
            }
        }
    }
}

impl MapObj {
    pub fn new() -> Arc<MapObj> {
        Arc::new(MapObj {
            data: Mutex::new(MapData::default()),
        })
    }
    pub fn len(&self) -> usize {
        self.data.lock().table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, k: &Value) -> Option<Value> {
        let hash = key_hash(k);
        self.data.lock().find_mut(hash, k).map(|e| e.val.clone())
    }
    /// `m[k] = v`.
    pub fn insert(&self, k: &Value, v: Value) {
        let hash = key_hash(k);
        *self.data.lock().assign(hash, k, || Value::Nil) = v;
    }
    /// `m[k] += delta` for an integer element type, in one lookup. Wraps as int64 does;
    /// the compiler uses it for 64-bit element types only.
    pub fn add_int(&self, k: &Value, delta: i64) {
        let hash = key_hash(k);
        let mut d = self.data.lock();
        let v = d.assign(hash, k, || Value::Int(0));
        *v = Value::Int(v.as_int().wrapping_add(delta));
    }
    pub fn remove(&self, k: &Value) {
        let hash = key_hash(k);
        let mut d = self.data.lock();
        if let Ok(e) = d.table.find_entry(hash, |e| equal(&e.key, k)) {
            e.remove();
        }
    }
    pub fn clear(&self) {
        self.data.lock().table.clear();
    }
    /// Every (key, value) pair, in the table's order.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.data
            .lock()
            .table
            .iter()
            .map(|e| (e.key.clone(), e.val.clone()))
            .collect()
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
