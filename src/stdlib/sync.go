// Package sync: mutual exclusion locks, wait groups, one-time initialization and
// condition variables. Blocking operations are native (runtime/sync.rs): they park the
// goroutine with the scheduler, so the detector sees every wait.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
// A Mutex must not be copied after first use.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the
// mutex is available.
func (m *Mutex) Lock()

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// A RWMutex is a reader/writer mutual exclusion lock: any number of readers or a
// single writer. A blocked Lock call excludes new readers from acquiring the lock.
type RWMutex struct {
	w             int32
	readers       int32
	writerWaiting int32
	readerWait    int32
}

func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

// RLocker returns a Locker interface that implements Lock and Unlock by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish. The main goroutine
// calls Add to set the number of goroutines to wait for; each goroutine calls Done
// when finished; Wait blocks until all have finished.
type WaitGroup struct {
	counter int64
	waiters int32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter
// becomes zero, all goroutines blocked on Wait are released. If the counter goes
// negative, Add panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for
// this instance of Once. If f panics, Do considers it to have returned; future calls
// of Do return without calling f.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for
// or announcing the occurrence of an event.
type Cond struct {
	L Locker
	// Tickets: the next waiter's number, and the next to notify (Go's notifyList).
	wait   uint32
	notify uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; after resuming it
// locks c.L again before returning.
func (c *Cond) Wait() {
	t := notifyListAdd(c)
	c.L.Unlock()
	notifyListWait(c, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	notifyListNotifyOne(c)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	notifyListNotifyAll(c)
}

func notifyListAdd(c *Cond) uint32
func notifyListWait(c *Cond, t uint32)
func notifyListNotifyOne(c *Cond)
func notifyListNotifyAll(c *Cond)
