// Package context (to be filled in).
package context
