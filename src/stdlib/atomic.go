// Package atomic (to be filled in).
package atomic
