// Package math (to be filled in).
package math
