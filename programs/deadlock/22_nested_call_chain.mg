package main

// A handler calls a service, which calls a repository, which takes a
// connection from a pool (a buffered channel of connections). An earlier
// Count call took the only connection and never put it back, so the second
// request blocks deep inside the pool: the stack, not just the line, shows
// how main got there.
// GoBench kind: communication deadlock / channel (resource pool exhausted).

import "fmt"

type Pool struct{ conns chan string }

func (p *Pool) Get() string  { return <-p.conns } // the pool is empty forever
func (p *Pool) Put(c string) { p.conns <- c }

type Repo struct{ pool *Pool }

func (r *Repo) FindUser(id int) string {
	conn := r.pool.Get()
	defer r.pool.Put(conn)
	return fmt.Sprintf("user%d (via %s)", id, conn)
}

func (r *Repo) Count() int {
	conn := r.pool.Get()
	if conn == "" {
		r.pool.Put(conn)
		return -1
	}
	return 2 // BUG: returns without r.pool.Put(conn): the connection is lost
}

type Service struct{ repo *Repo }

func (s *Service) Profile(id int) string {
	return "profile of " + s.repo.FindUser(id)
}

func handle(s *Service, id int) {
	fmt.Println(s.Profile(id))
}

func main() {
	pool := &Pool{conns: make(chan string, 1)}
	pool.Put("conn-1")
	repo := &Repo{pool: pool}
	svc := &Service{repo: repo}
	handle(svc, 1)
	fmt.Println("users:", repo.Count())
	handle(svc, 2)
}

// Output:
// profile of user1 (via conn-1)
// users: 2
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 14 20 37 41 51
