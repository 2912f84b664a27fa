// Package utf8 (to be filled in).
package utf8
