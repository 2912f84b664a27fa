// Package os: Exit, Args, and the standard output and error files.
package os

// File is an open file; minigo has the three standard ones.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args = args()

func args() []string
func writeFd(fd int, b []byte)

// Exit causes the current program to exit with the given status code. Deferred
// functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string

func (f *File) Write(b []byte) (n int, err error) {
	writeFd(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	writeFd(f.fd, []byte(s))
	return len(s), nil
}

func (f *File) Name() string {
	return f.name
}
