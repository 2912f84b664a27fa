// Package rand (to be filled in).
package rand
