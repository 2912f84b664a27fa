// Package strings (to be filled in).
package strings
