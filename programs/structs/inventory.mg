package main

import (
	"errors"
	"fmt"
)

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Price int // cents
	Qty   int
}

type Inventory struct {
	items map[SKU]*Item
	order []SKU
	log   []string
}

var ErrUnknown = errors.New("unknown item")

type StockError struct {
	SKU       SKU
	Have, Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[SKU]*Item)}
}

func (inv *Inventory) Add(it Item) {
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		inv.logf("restock %s +%d", it.SKU, it.Qty)
		return
	}
	inv.items[it.SKU] = &it
	inv.order = append(inv.order, it.SKU)
	inv.logf("new %s (%s)", it.SKU, it.Name)
}

func (inv *Inventory) Remove(sku SKU, n int) (cost int, err error) {
	it, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("remove %s: %w", sku, ErrUnknown)
	}
	if it.Qty < n {
		return 0, &StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	inv.logf("sold %d x %s", n, sku)
	return n * it.Price, nil
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Value() (total int) {
	for _, it := range inv.items {
		total += it.Price * it.Qty
	}
	return
}

func cents(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	inv := NewInventory()
	inv.Add(Item{"A1", "notebook", 250, 10})
	inv.Add(Item{"B2", "pen", 120, 50})
	inv.Add(Item{"C3", "stapler", 899, 2})
	inv.Add(Item{"A1", "notebook", 250, 5})
	fmt.Println("stock value:", cents(inv.Value()))

	orders := []struct {
		sku SKU
		n   int
	}{{"A1", 3}, {"B2", 60}, {"Z9", 1}, {"C3", 2}, {"C3", 1}}
	revenue := 0
	for _, o := range orders {
		c, err := inv.Remove(o.sku, o.n)
		var se *StockError
		switch {
		case errors.As(err, &se):
			fmt.Println("short:", err, "| missing", se.Want-se.Have)
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			revenue += c
			fmt.Println("sold", o.n, o.sku, "for", cents(c))
		}
	}
	fmt.Println("revenue:", cents(revenue), "remaining:", cents(inv.Value()))
	for _, sku := range inv.order {
		it := inv.items[sku]
		fmt.Printf("%-3s %-9s %6s x %2d\n", it.SKU, it.Name, cents(it.Price), it.Qty)
	}
	for i, l := range inv.log {
		fmt.Printf("%02d %s\n", i+1, l)
	}
}

// Output:
// stock value: $115.48
// sold 3 A1 for $7.50
// short: not enough B2: have 50, want 60 | missing 10
// unknown: remove Z9: unknown item
// sold 2 C3 for $17.98
// short: not enough C3: have 0, want 1 | missing 1
// revenue: $25.48 remaining: $90.00
// A1  notebook   $2.50 x 12
// B2  pen        $1.20 x 50
// C3  stapler    $8.99 x  0
// 01 new A1 (notebook)
// 02 new B2 (pen)
// 03 new C3 (stapler)
// 04 restock A1 +5
// 05 sold 3 x A1
// 06 sold 2 x C3
