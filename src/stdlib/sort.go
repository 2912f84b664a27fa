// Package sort (to be filled in).
package sort
