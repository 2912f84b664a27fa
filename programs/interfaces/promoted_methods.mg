package main

import "fmt"

type Notifier interface {
	Notify(msg string) string
}

type Named interface {
	Name() string
}

type NamedNotifier interface {
	Named
	Notifier
}

type Email struct{ Addr string }

func (e Email) Notify(msg string) string { return "mail to " + e.Addr + ": " + msg }

type SMS struct{ Phone string }

func (s *SMS) Notify(msg string) string { return "sms to " + s.Phone + ": " + msg }

type Person struct{ name string }

func (p Person) Name() string { return p.name }

// Employee gets Name from Person and Notify from the embedded Email value.
type Employee struct {
	Person
	Email
	Role string
}

// Customer embeds *SMS, so Customer (value) has the pointer method Notify too.
type Customer struct {
	Person
	*SMS
}

// Guest embeds SMS by value: only *Guest has Notify.
type Guest struct {
	SMS
}

func broadcast(msg string, ns ...Notifier) {
	for _, n := range ns {
		fmt.Println(n.Notify(msg))
	}
}

func main() {
	e := Employee{Person{"Neda"}, Email{"neda@example.com"}, "dev"}
	c := Customer{Person{"Arash"}, &SMS{"0912"}}
	g := &Guest{SMS{"0935"}}

	broadcast("hello", e, c, g, &e)

	var nn NamedNotifier = e
	fmt.Println(nn.Name(), "|", nn.Notify("x"))
	nn = c
	fmt.Println(nn.Name(), "|", nn.Notify("y"))

	// Method sets: which values satisfy which interfaces?
	check := func(label string, v interface{}) {
		_, n := v.(Notifier)
		_, nm := v.(Named)
		fmt.Printf("%-10s notifier=%-5t named=%t\n", label, n, nm)
	}
	check("Employee", e)
	check("*Employee", &e)
	check("Customer", c)
	check("Guest", *g)
	check("*Guest", g)
	check("SMS", SMS{})
	check("*SMS", &SMS{})

	// Promoted methods see the embedded value; changing it changes the result.
	e.Email.Addr = "boss@example.com"
	fmt.Println(e.Notify("promoted"))
	c.SMS.Phone = "0000"
	fmt.Println(c.Notify("shared pointer"))

	// A method value from a promoted method.
	f := e.Name
	e.name = "changed"
	fmt.Println(f(), e.Name())
}

// Output:
// mail to neda@example.com: hello
// sms to 0912: hello
// sms to 0935: hello
// mail to neda@example.com: hello
// Neda | mail to neda@example.com: x
// Arash | sms to 0912: y
// Employee   notifier=true  named=true
// *Employee  notifier=true  named=true
// Customer   notifier=true  named=true
// Guest      notifier=false named=false
// *Guest     notifier=true  named=false
// SMS        notifier=false named=false
// *SMS       notifier=true  named=false
// mail to boss@example.com: promoted
// sms to 0000: shared pointer
// Neda changed
