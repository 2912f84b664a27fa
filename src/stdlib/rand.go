// Package rand (math/rand): pseudo-random numbers, with Go's API and algorithms.
//
// The top-level functions draw from minigo's generator (seeded by --seed), as Go 1.20+
// draws from a randomly seeded one; after Seed(n) they follow Go's deterministic
// sequence for n. NewSource(n) is Go's source exactly, so rand.New(rand.NewSource(n))
// gives the same numbers as Go.
package rand

// A Source represents a source of uniformly-distributed pseudo-random int64 values in
// the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random
// uint64 values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is Go's additive lagged Fibonacci generator. Its state lives in a slice
// (607 values, then tap and feed) updated by natives.
type rngSource struct {
	s []int64
}

func rngSeed(s []int64, seed int64)
func rngUint64(s []int64) uint64

// runtimeUint64 draws from minigo's generator.
func runtimeUint64() uint64

func (rng *rngSource) Seed(seed int64) {
	if rng.s == nil {
		rng.s = make([]int64, 609)
	}
	rngSeed(rng.s, seed)
}

func (rng *rngSource) Int63() int64 {
	return int64(rngUint64(rng.s) & (1<<63 - 1))
}

func (rng *rngSource) Uint64() uint64 {
	return rngUint64(rng.s)
}

// NewSource returns a new pseudo-random Source seeded with the given value.
func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

// globalSource is the source of the top-level functions: minigo's generator until
// Seed is called, Go's generator afterwards.
type globalSource struct {
	rng *rngSource
}

func (g *globalSource) Int63() int64 {
	if g.rng != nil {
		return g.rng.Int63()
	}
	return int64(runtimeUint64() & (1<<63 - 1))
}

func (g *globalSource) Uint64() uint64 {
	if g.rng != nil {
		return g.rng.Uint64()
	}
	return runtimeUint64()
}

func (g *globalSource) Seed(seed int64) {
	rng := &rngSource{}
	rng.Seed(seed)
	g.rng = rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // non-nil if src is source64

	// readVal contains remainder of 63-bit integer used for bytes
	// generation during most recent Read call.
	// It is saved so next Read call can start where the previous
	// one finished.
	readVal int64
	// readPos indicates the number of low-order bytes of readVal
	// that are still valid.
	readPos int8
}

// New returns a new Rand that uses random values from src to generate other random
// values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1) // clear sign bit if int == int32
}

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 { // n is power of two, can mask
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 { // n is power of two, can mask
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n). n must be > 0, but int31n does not check this; the caller must
// ensure it. int31n exists because Int31n is inefficient, but Go 1 compatibility
// requires that the stream of values produced by math/rand remain unchanged.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns, as an int, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
		// resample; this branch is taken O(never)
	}
}

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
		// resample; this branch is taken O(very rarely)
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers
// in the half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of elements. n is the number of elements.
// Shuffle panics if n < 0. swap swaps the elements with indexes i and j.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read generates len(p) random bytes and writes them into p. It always returns len(p)
// and a nil error.
func (r *Rand) Read(p []byte) (n int, err error) {
	return read(p, r.src, &r.readVal, &r.readPos)
}

func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos := *readPos
	val := *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos = pos
	*readVal = val
	return
}

// Ziggurat tables (Go's normal.go and exp.go), and math.Log and math.Exp.
func normTab(i int32) (k uint32, w, f float32)
func expTab(i uint32) (k uint32, w, f float32)
func mathLog(x float64) float64
func mathExp(x float64) float64

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in the range
// -math.MaxFloat64 through +math.MaxFloat64 inclusive,
// with standard normal distribution (mean = 0, stddev = 1).
func (r *Rand) NormFloat64() float64 {
	const rn = 3.442619855899
	for {
		j := int32(r.Uint32()) // Possibly negative
		i := j & 0x7F
		kn, wn, fn := normTab(i)
		x := float64(j) * float64(wn)
		if absInt32(j) < kn {
			// This case should be hit better than 99% of the time.
			return x
		}

		if i == 0 {
			// This extra work is only required for the base strip.
			for {
				x = -mathLog(r.Float64()) * (1.0 / rn)
				y := -mathLog(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		_, _, fn1 := normTab(i - 1)
		if fn+float32(r.Float64())*(fn1-fn) < float32(mathExp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter
// (lambda) is 1 and whose mean is 1/lambda (1).
func (r *Rand) ExpFloat64() float64 {
	const re = 7.69711747013104972
	for {
		j := r.Uint32()
		i := j & 0xFF
		ke, we, fe := expTab(i)
		x := float64(j) * float64(we)
		if j < ke {
			return x
		}
		if i == 0 {
			return re - mathLog(r.Float64())
		}
		_, _, fe1 := expTab(i - 1)
		if fe+float32(r.Float64())*(fe1-fe) < float32(mathExp(-x)) {
			return x
		}
	}
}

/*
 * Top-level convenience functions
 */

var globalRand = New(&globalSource{})

// Seed uses the provided seed value to initialize the default Source to a
// deterministic state.
func Seed(seed int64) { globalRand.Seed(seed) }

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64
// from the default Source.
func Int63() int64 { return globalRand.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64 { return globalRand.Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the
// default Source.
func Int31() int32 { return globalRand.Int31() }

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int { return globalRand.Int() }

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open
// interval [0,n) from the default Source. It panics if n <= 0.
func Int63n(n int64) int64 { return globalRand.Int63n(n) }

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n) from the default Source. It panics if n <= 0.
func Int31n(n int32) int32 { return globalRand.Int31n(n) }

// Intn returns, as an int, a non-negative pseudo-random number in the half-open
// interval [0,n) from the default Source. It panics if n <= 0.
func Intn(n int) int { return globalRand.Intn(n) }

// Float64 returns, as a float64, a pseudo-random number in the half-open interval
// [0.0,1.0) from the default Source.
func Float64() float64 { return globalRand.Float64() }

// Float32 returns, as a float32, a pseudo-random number in the half-open interval
// [0.0,1.0) from the default Source.
func Float32() float32 { return globalRand.Float32() }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers
// in the half-open interval [0,n) from the default Source.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// Read generates len(p) random bytes from the default Source and writes them into p.
func Read(p []byte) (n int, err error) { return globalRand.Read(p) }

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution
// (mean = 0, stddev = 1) from the default Source.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter
// (lambda) is 1 and whose mean is 1/lambda (1) from the default Source.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
