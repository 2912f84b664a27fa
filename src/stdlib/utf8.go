// Package utf8 implements functions and constants to support text encoded in UTF-8, as
// Go's unicode/utf8 does. Decoding and counting are native (runtime/lib/utf8.rs).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width
// in bytes: (RuneError, 0) for an empty p, (RuneError, 1) for an invalid encoding.
func DecodeRune(p []byte) (r rune, size int)

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int)

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its
// width in bytes.
func DecodeLastRune(p []byte) (r rune, size int)

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int)

// RuneLen returns the number of bytes required to encode the rune, or -1 if the rune
// is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
// If the rune is out of range, it writes the encoding of RuneError. It returns the
// number of bytes written.
func EncodeRune(p []byte, r rune) int {
	switch i := uint32(r); {
	case i < 0x80:
		p[0] = byte(r)
		return 1
	case i < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case i > MaxRune, surrogateMin <= i && i <= surrogateMax:
		r = RuneError
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	case i < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended
// buffer. If the rune is out of range, it appends the encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	return append(p, string(r)...)
}

// RuneCount returns the number of runes in p. Erroneous and short encodings are treated
// as single runes of width 1 byte.
func RuneCount(p []byte) int

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int)

// RuneStart reports whether the byte could be the first byte of an encoded, possibly
// invalid rune. Second and subsequent bytes always have the top two bits set to 10.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool

// ValidRune reports whether r can be legally encoded as UTF-8. Code points that are out
// of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
