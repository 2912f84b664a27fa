// Package runtime: the scheduler's knobs and the type of run-time errors.
package runtime

// Error identifies a run-time error (index out of range, nil dereference, ...).
type Error interface {
	error
	RuntimeError()
}

// errorString is the dynamic type of run-time errors; the VM makes these values with
// Go's message (runtime/natives.rs, vm/image.rs).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return string(e)
}

// boundsError is the dynamic type of index and slice bounds errors.
type boundsError string

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	return string(e)
}

// plainError is the dynamic type of run-time errors printed without "runtime error: "
// (assignment to entry in nil map, send on closed channel, ...).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	return e.msg
}

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
// No other goroutine is affected. Calling Goexit from the main goroutine ends main
// without ending the program: it goes on until the other goroutines finish, and
// crashes if none is left.
func Goexit()

func printValue(v any) string
