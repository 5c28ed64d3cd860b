package casework_test

import (
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
)

// benchSizes are the record counts the slice benchmarks run at: 16 MB,
// 160 MB and 800 MB of records (RecordSize × n).
var benchSizes = []struct {
	name string
	n    int
}{{"n=1M", 1_000_000}, {"n=10M", 10_000_000}, {"n=50M", 50_000_000}}

// benchBuilt holds, for each size of benchSizes, its records, built on
// first use and once per process.
var benchBuilt = func() []func() []casework.Record {
	out := make([]func() []casework.Record, len(benchSizes))
	for i, sz := range benchSizes {
		out[i] = sync.OnceValue(func() []casework.Record { return buildRecords(sz.n) })
	}
	return out
}()

// benchRecords returns the records of size benchSizes[i].
func benchRecords(i int) []casework.Record { return benchBuilt[i]() }

// buildRecords returns n records drawn from a fixed seed: the records of a
// smaller n are the first of a larger.
func buildRecords(n int) []casework.Record {
	// A realistic mix shaped on 开州 2021, repeated: outcomes drawn at random.
	rng := rand.New(rand.NewPCG(1, 2))
	rcs := casework.ReconsiderationOutcomes()
	lts := casework.LitigationOutcomes()
	proto := make([]casework.Record, 0, 4096)
	for i := 0; i < 4096; i++ {
		rec := lawgov.MustDate(2021, 1, 1).AddDays(rng.IntN(300))
		if rng.IntN(2) == 0 {
			c := casework.Reconsideration{ID: "RC", Unit: "u", Received: rec, Concluded: rec.AddDays(rng.IntN(60)), Outcome: rcs[rng.IntN(len(rcs))]}
			r, _ := c.Record(casework.UnitID(rng.IntN(40)))
			proto = append(proto, r)
			continue
		}
		l := casework.Litigation{ID: "AL", Unit: "u", Instance: casework.FirstInstance, Received: rec,
			Concluded: rec.AddDays(rng.IntN(180)), Outcome: lts[rng.IntN(len(lts))]}
		if rng.IntN(3) > 0 {
			l.Hearings = []casework.Hearing{{Date: rec, Attendees: []casework.Attendee{{Role: casework.Role(1 + rng.IntN(8))}}}}
		}
		r, _ := l.Record(casework.UnitID(rng.IntN(40)))
		proto = append(proto, r)
	}
	out := make([]casework.Record, n)
	for i := range out {
		out[i] = proto[rng.IntN(len(proto))]
	}
	return out
}

var sink int64

// benchSlice runs f as one sub-benchmark per size of benchSizes, reporting
// the bytes of records read per operation.
func benchSlice(b *testing.B, f func(b *testing.B, rs []casework.Record)) {
	for i, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			rs := benchRecords(i)
			b.SetBytes(int64(len(rs)) * casework.RecordSize)
			b.ReportAllocs()
			b.ResetTimer()
			f(b, rs)
		})
	}
}

// BenchmarkPlainLoop is the memory-bound reference: one field summed over
// the same slice.
func BenchmarkPlainLoop(b *testing.B) {
	benchSlice(b, func(b *testing.B, rs []casework.Record) {
		for b.Loop() {
			var s int64
			for i := range rs {
				s += int64(rs[i].Unit())
			}
			sink = s
		}
	})
}

// BenchmarkPlainLoopParallel is the memory-bound reference split in two
// goroutines: it shows whether two cores together read faster than one.
func BenchmarkPlainLoopParallel(b *testing.B) {
	benchSlice(b, func(b *testing.B, rs []casework.Record) {
		for b.Loop() {
			var sums [2]struct {
				s int64
				_ [56]byte // keep the sums on separate cache lines
			}
			var wg sync.WaitGroup
			half := len(rs) / 2
			for w, part := range [][]casework.Record{rs[:half], rs[half:]} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					var s int64
					for i := range part {
						s += int64(part[i].Unit())
					}
					sums[w].s = s
				}()
			}
			wg.Wait()
			sink = sums[0].s + sums[1].s
		}
	})
}

func BenchmarkTallyRecords(b *testing.B) {
	benchSlice(b, func(b *testing.B, rs []casework.Record) {
		for b.Loop() {
			t := casework.TallyRecords(rs)
			sink = t.Reconsideration.Concluded
		}
	})
}

func BenchmarkTallyAddLoop(b *testing.B) {
	benchSlice(b, func(b *testing.B, rs []casework.Record) {
		for b.Loop() {
			var t casework.Tally
			for i := range rs {
				t.Add(rs[i])
			}
			sink = t.Reconsideration.Concluded
		}
	})
}

func BenchmarkTallyParallel(b *testing.B) {
	for _, w := range []int{1, 2} {
		b.Run("workers="+strconv.Itoa(w), func(b *testing.B) {
			benchSlice(b, func(b *testing.B, rs []casework.Record) {
				for b.Loop() {
					t := casework.TallyParallel(rs, w)
					sink = t.Litigation.Concluded
				}
			})
		})
	}
}

func BenchmarkApplyAllDefinitions(b *testing.B) {
	t := casework.TallyRecords(buildRecords(100_000))
	defs := casework.Definitions()
	b.ReportAllocs()
	for b.Loop() {
		var s int64
		for i := range defs {
			r, _ := defs[i].Apply(&t)
			s += r.Num
		}
		sink = s
	}
}

func BenchmarkRatePercent(b *testing.B) {
	r := lawgov.Rate{Num: 176, Den: 252}
	b.ReportAllocs()
	for b.Loop() {
		p, _ := r.Percent(1, lawgov.HalfUp)
		sink = p.IntPart()
	}
}
