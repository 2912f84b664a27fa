// Package unicode (to be filled in).
package unicode
