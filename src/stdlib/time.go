// Package time (to be filled in).
package time
