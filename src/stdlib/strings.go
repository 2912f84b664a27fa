// Package strings implements simple functions to manipulate UTF-8 encoded strings, as
// Go's package strings does. The byte work is native (runtime/lib/strings.rs); the
// functions that call Go function values are written here.
package strings

import "unicode/utf8"

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// ContainsFunc reports whether any Unicode code points r within s satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int

// IndexRune returns the index of the first instance of the Unicode code point r, or -1.
func IndexRune(s string, r rune) int

// IndexAny returns the index of the first instance of any Unicode code point from chars
// in s, or -1.
func IndexAny(s, chars string) int

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int

// LastIndexAny returns the index of the last instance of any Unicode code point from
// chars in s, or -1.
func LastIndexAny(s, chars string) int

// IndexFunc returns the index into s of the first Unicode code point satisfying f(c),
// or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index into s of the last Unicode code point satisfying
// f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func genSplit(s, sep string, sepSave, n int) []string

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitN slices s into substrings separated by sep; n says how many to return at most.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s into substrings after each instance of sep; n says how many to
// return at most.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Fields splits s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace.
func Fields(s string) []string

// FieldsFunc splits s at each run of Unicode code points c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	var starts, ends []int
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				starts = append(starts, start)
				ends = append(ends, end)
				start = -1
			}
		} else {
			if start < 0 {
				start = end
			}
		}
	}
	if start >= 0 {
		starts = append(starts, start)
		ends = append(ends, len(s))
	}
	a := make([]string, len(starts))
	for i := range a {
		a[i] = s[starts[i]:ends[i]]
	}
	return a
}

// Join concatenates the elements of its first argument to create a single string. The
// separator string sep is placed between elements in the resulting string.
func Join(elems []string, sep string) string

// Repeat returns a new string consisting of count copies of the string s. It panics if
// count is negative.
func Repeat(s string, count int) string

// Replace returns a copy of the string s with the first n non-overlapping instances of
// old replaced by new (all of them if n < 0).
func Replace(s, old, new string, n int) string

// ReplaceAll returns a copy of the string s with all non-overlapping instances of old
// replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string

// ToTitle returns a copy of the string s with all Unicode letters mapped to their
// Unicode title case.
func ToTitle(s string) string

// Title returns a copy of the string s with all Unicode letters that begin words mapped
// to their Unicode title case.
func Title(s string) string

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 byte sequences
// replaced by the replacement string.
func ToValidUTF8(s, replacement string) string

func appendRune(b []byte, r rune) []byte

// Map returns a copy of the string s with all its characters modified according to the
// mapping function. If mapping returns a negative value, the character is dropped.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for _, c := range s {
		r := mapping(c)
		if r != c || c == utf8.RuneError {
			changed = true
		}
		if r >= 0 {
			if r < utf8.RuneSelf {
				b = append(b, byte(r))
			} else {
				b = appendRune(b, r)
			}
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// TrimSpace returns a slice of the string s, with all leading and trailing white space
// removed, as defined by Unicode.
func TrimSpace(s string) string

// Trim returns a slice of the string s with all leading and trailing Unicode code
// points contained in cutset removed.
func Trim(s, cutset string) string

// TrimLeft returns a slice of the string s with all leading Unicode code points
// contained in cutset removed.
func TrimLeft(s, cutset string) string

// TrimRight returns a slice of the string s, with all trailing Unicode code points
// contained in cutset removed.
func TrimRight(s, cutset string) string

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string

// TrimFunc returns a slice of the string s with all leading and trailing Unicode code
// points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns a slice of the string s with all leading Unicode code points c
// satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns a slice of the string s with all trailing Unicode code points c
// satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// Count counts the number of non-overlapping instances of substr in s. If substr is an
// empty string, Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under
// simple Unicode case-folding.
func EqualFold(s, t string) bool

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int

// Cut slices s around the first instance of sep, returning the text before and after
// sep. The found result reports whether sep appears in s.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without the provided leading prefix string and reports whether
// it found the prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and reports whether it
// found the suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	return s
}

// A Builder is used to efficiently build a string using Write methods. It minimizes
// memory copying. The zero value is ready to use. Do not copy a non-zero Builder.
type Builder struct {
	addr *Builder // of receiver, to detect copies by value (set by the natives)
	buf  []byte
}

// String returns the accumulated string.
func (b *Builder) String() string { return string(b.buf) }

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int)

// Write appends the contents of p to b's buffer. Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer. It
// returns the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer. It returns the length of s and
// a nil error.
func (b *Builder) WriteString(s string) (int, error)

// Replacer replaces a list of strings with replacements. It is safe for concurrent use
// by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements
// are performed in the order they appear in the target string, without overlapping
// matches. The old string comparisons are done in argument order.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func replace(oldnew []string, s string) string

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	return replace(r.oldnew, s)
}

type stringWriter interface {
	WriteString(s string) (n int, err error)
}

type writer interface {
	Write(p []byte) (n int, err error)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w writer, s string) (n int, err error) {
	out := replace(r.oldnew, s)
	if sw, ok := w.(stringWriter); ok {
		return sw.WriteString(out)
	}
	return w.Write([]byte(out))
}
