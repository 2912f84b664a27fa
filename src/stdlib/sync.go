// Package sync (to be filled in).
package sync
