// Package fmt formats values as Go's fmt does. The formatting engine is native
// (runtime/fmt.rs); this file calls the Error and String methods it needs, which only
// Go code can do (see the two passes described in runtime/fmt.rs).
package fmt

import (
	"errors"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values that describe themselves for %#v.
type GoStringer interface {
	GoString() string
}

// Modes of the native formatter (runtime/natives.rs).
const (
	modePrintf  = 0
	modePrint   = 1
	modePrintln = 2
	modeErrorf  = 3
)

// collect lists the values whose Error, String or GoString method the formatting of a
// needs, and for each a method letter (E, S, G) and the verb.
func collect(mode int, format string, a []any) ([]any, string)
func render(mode int, format string, a []any, strs []string) string
func wrapIndex(format string) int
func writeStdout(s string)
func isNilPointer(v any) bool

func format(mode int, f string, a []any) string {
	calls, kinds := collect(mode, f, a)
	if len(calls) == 0 {
		return render(mode, f, a, nil)
	}
	strs := make([]string, len(calls))
	for i, c := range calls {
		strs[i] = callMethod(c, kinds[2*i], kinds[2*i+1])
	}
	return render(mode, f, a, strs)
}

// callMethod calls v's Error, String or GoString method. A panic inside it is printed
// the way fmt prints it (catchPanic) instead of crashing the program.
func callMethod(v any, method byte, verb byte) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if isNilPointer(v) {
				s = "<nil>"
				return
			}
			name := "String"
			switch method {
			case 'E':
				name = "Error"
			case 'G':
				name = "GoString"
			}
			s = "%!" + string(rune(verb)) + "(PANIC=" + name + " method: " + Sprint(r) + ")"
		}
	}()
	switch method {
	case 'E':
		return v.(error).Error()
	case 'G':
		return v.(GoStringer).GoString()
	}
	return v.(Stringer).String()
}

// writer is what Fprint and friends write to (io.Writer).
type writer interface {
	Write(p []byte) (n int, err error)
}

func Sprint(a ...any) string {
	return format(modePrint, "", a)
}

func Sprintln(a ...any) string {
	return format(modePrintln, "", a)
}

func Sprintf(f string, a ...any) string {
	return format(modePrintf, f, a)
}

func Print(a ...any) (n int, err error) {
	s := format(modePrint, "", a)
	writeStdout(s)
	return len(s), nil
}

func Println(a ...any) (n int, err error) {
	s := format(modePrintln, "", a)
	writeStdout(s)
	return len(s), nil
}

func Printf(f string, a ...any) (n int, err error) {
	s := format(modePrintf, f, a)
	writeStdout(s)
	return len(s), nil
}

func Fprint(w writer, a ...any) (n int, err error) {
	return w.Write([]byte(format(modePrint, "", a)))
}

func Fprintln(w writer, a ...any) (n int, err error) {
	return w.Write([]byte(format(modePrintln, "", a)))
}

func Fprintf(w writer, f string, a ...any) (n int, err error) {
	return w.Write([]byte(format(modePrintf, f, a)))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Errorf formats like Sprintf; with a %w verb the result wraps that error operand.
func Errorf(f string, a ...any) error {
	s := format(modeErrorf, f, a)
	i := wrapIndex(f)
	if i >= 0 && i < len(a) {
		if e, ok := a[i].(error); ok {
			return &wrapError{s, e}
		}
	}
	return errors.New(s)
}

var _ = os.Stdout
