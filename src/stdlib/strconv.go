// Package strconv (to be filled in).
package strconv
