package main

import (
	"errors"
	"fmt"
)

// A recursive-descent calculator:
//   expr   = term { ("+" | "-") term }
//   term   = factor { ("*" | "/" | "%") factor }
//   factor = number | "-" factor | "(" expr ")"
type parser struct {
	src string
	pos int
}

var errSyntax = errors.New("syntax error")

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() (int, error) {
	v, err := p.term()
	for err == nil {
		op := p.peek()
		if op != '+' && op != '-' {
			break
		}
		p.pos++
		var r int
		r, err = p.term()
		if op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (int, error) {
	v, err := p.factor()
	for err == nil {
		op := p.peek()
		if op != '*' && op != '/' && op != '%' {
			break
		}
		p.pos++
		var r int
		if r, err = p.factor(); err != nil {
			break
		}
		switch {
		case op == '*':
			v *= r
		case r == 0:
			return 0, fmt.Errorf("division by zero at %d", p.pos)
		case op == '/':
			v /= r
		default:
			v %= r
		}
	}
	return v, err
}

func (p *parser) factor() (int, error) {
	switch c := p.peek(); {
	case c == '-':
		p.pos++
		v, err := p.factor()
		return -v, err
	case c == '(':
		p.pos++
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.peek() != ')' {
			return 0, fmt.Errorf("%w: expected ')' at %d", errSyntax, p.pos)
		}
		p.pos++
		return v, nil
	case c >= '0' && c <= '9':
		v := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			v = v*10 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return v, nil
	case c == 0:
		return 0, fmt.Errorf("%w: unexpected end", errSyntax)
	default:
		return 0, fmt.Errorf("%w: unexpected %q at %d", errSyntax, c, p.pos)
	}
}

func eval(s string) (int, error) {
	p := &parser{src: s}
	v, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = fmt.Errorf("%w: trailing input at %d", errSyntax, p.pos)
	}
	return v, err
}

func main() {
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "-7 % 3", "2 * (3 + (4 - 1)) * -1",
		"10 / (5 - 5)", "3 +", "4 $ 4", "(1 + 2", "1 2", "((((42))))", "100 - 1 - 2 - 3",
	}
	for _, in := range inputs {
		v, err := eval(in)
		if err != nil {
			fmt.Printf("%-24q error: %v (syntax: %t)\n", in, err, errors.Is(err, errSyntax))
			continue
		}
		fmt.Printf("%-24q = %d\n", in, v)
	}
}

// Output:
// "1 + 2 * 3"              = 7
// "(1 + 2) * 3"            = 9
// "-7 / 2"                 = -3
// "-7 % 3"                 = -1
// "2 * (3 + (4 - 1)) * -1" = -12
// "10 / (5 - 5)"           error: division by zero at 12 (syntax: false)
// "3 +"                    error: syntax error: unexpected end (syntax: true)
// "4 $ 4"                  error: syntax error: trailing input at 2 (syntax: true)
// "(1 + 2"                 error: syntax error: expected ')' at 6 (syntax: true)
// "1 2"                    error: syntax error: trailing input at 2 (syntax: true)
// "((((42))))"             = 42
// "100 - 1 - 2 - 3"        = 94
