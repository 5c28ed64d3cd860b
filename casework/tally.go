package casework

import (
	"math/bits"
	"sync"
)

// Counts are the counters of one kind of case. Every field is a count of
// cases (for litigation, of instances).
//
// The zero Counts is all zeros.
type Counts struct {
	// Outcomes counts cases by outcome, indexed by the ReconsiderationOutcome
	// or LitigationOutcome value. Slot 0 counts cases not concluded.
	Outcomes [OutcomeSlots]int64

	Received        int64 // received in the period (新收, 受理申请)
	CarriedOver     int64 // received earlier and still open at the period's start (上年结转)
	Accepted        int64 // reconsideration applications accepted (受理)
	Concluded       int64 // concluded (审结, 办结)
	DecidedOnMerits int64 // concluded by a reconsideration decision (作出复议决定)
	Substantive     int64 // concluded by a substantive judgment (实体判决)
	Indirect        int64 // withdrawn after the respondent changed its act (间接纠错)
	Heard           int64 // concluded instances with at least one court hearing (开庭审理)
	Appeared        int64 // … at which a qualifying responsible person appeared (负责人出庭)
}

// Merge adds o's counters to c.
func (c *Counts) Merge(o *Counts) {
	for i := range c.Outcomes {
		c.Outcomes[i] += o.Outcomes[i]
	}
	c.Received += o.Received
	c.CarriedOver += o.CarriedOver
	c.Accepted += o.Accepted
	c.Concluded += o.Concluded
	c.DecidedOnMerits += o.DecidedOnMerits
	c.Substantive += o.Substantive
	c.Indirect += o.Indirect
	c.Heard += o.Heard
	c.Appeared += o.Appeared
}

// Sum returns the number of concluded cases whose outcome is in s.
func (c *Counts) Sum(s OutcomeSet) int64 {
	var n int64
	s &^= 1 // slot 0 is pending cases, never an outcome
	for s != 0 {
		n += c.Outcomes[bits.TrailingZeros32(uint32(s))&(OutcomeSlots-1)]
		s &= s - 1
	}
	return n
}

// Tally counts cases: one [Counts] per kind. It is a plain value of int64
// counters: the zero Tally is empty and ready to use, tallies are comparable
// with ==, and copying one copies its counts.
//
// A Tally is not safe for concurrent use; tally parts of the data in
// separate tallies and Merge them, as [TallyParallel] does.
type Tally struct {
	Reconsideration Counts
	Litigation      Counts
}

// Add counts one record. A record flagged as carried over counts in
// CarriedOver, any other in Received; a concluded record counts in
// Concluded and under its outcome, a pending one in Outcomes[0]. The zero
// Record is ignored.
func (t *Tally) Add(r Record) {
	if r.kind == KindUnspecified {
		return
	}
	t.add(r.kind, r.outcome, r.flags)
}

func (t *Tally) add(kind Kind, outcome, f uint8) {
	c := &t.Reconsideration
	if kind == KindLitigation {
		c = &t.Litigation
	}
	c.Outcomes[outcome&(OutcomeSlots-1)]++
	carried := int64(f & flagCarriedOver)
	c.Received += 1 - carried
	c.CarriedOver += carried
	c.Accepted += int64(f>>1) & 1
	c.Concluded += int64(f>>2) & 1
	c.DecidedOnMerits += int64(f>>3) & 1
	c.Substantive += int64(f>>4) & 1
	c.Indirect += int64(f>>5) & 1
	c.Heard += int64(f>>6) & 1
	c.Appeared += int64(f >> 7)
}

// histChunk bounds the records one pass of AddRecords counts in its uint32
// histograms.
const histChunk = 1 << 30

// AddRecords counts every record of rs, with the same result as calling Add
// on each. Long slices are counted through small histograms of (kind,
// flags) and (kind, outcome), which stay in the L1 cache, so the loop runs
// at memory speed; it does not allocate.
func (t *Tally) AddRecords(rs []Record) {
	if len(rs) < 256 {
		for i := range rs {
			t.Add(rs[i])
		}
		return
	}
	for len(rs) > 0 {
		n := min(len(rs), histChunk)
		t.addHist(rs[:n])
		rs = rs[n:]
	}
}

func (t *Tally) addHist(rs []Record) {
	// Two copies of each histogram, for even and odd records, so that runs
	// of equal keys do not serialise on one counter.
	var fh [2][4 << 8]uint32
	var oh [2][4 * OutcomeSlots]uint32
	i := 0
	for ; i+1 < len(rs); i += 2 {
		a, b := &rs[i], &rs[i+1]
		fh[0][int(a.kind&3)<<8|int(a.flags)]++
		oh[0][int(a.kind&3)<<5|int(a.outcome&(OutcomeSlots-1))]++
		fh[1][int(b.kind&3)<<8|int(b.flags)]++
		oh[1][int(b.kind&3)<<5|int(b.outcome&(OutcomeSlots-1))]++
	}
	if i < len(rs) {
		a := &rs[i]
		fh[0][int(a.kind&3)<<8|int(a.flags)]++
		oh[0][int(a.kind&3)<<5|int(a.outcome&(OutcomeSlots-1))]++
	}
	for k, c := range [...]*Counts{KindReconsideration: &t.Reconsideration, KindLitigation: &t.Litigation} {
		if c == nil {
			continue
		}
		for o := 0; o < OutcomeSlots; o++ {
			c.Outcomes[o] += int64(oh[0][k<<5|o]) + int64(oh[1][k<<5|o])
		}
		for f := 0; f < 256; f++ {
			n := int64(fh[0][k<<8|f]) + int64(fh[1][k<<8|f])
			if n == 0 {
				continue
			}
			carried := int64(f) & 1
			c.Received += n * (1 - carried)
			c.CarriedOver += n * carried
			c.Accepted += n * (int64(f>>1) & 1)
			c.Concluded += n * (int64(f>>2) & 1)
			c.DecidedOnMerits += n * (int64(f>>3) & 1)
			c.Substantive += n * (int64(f>>4) & 1)
			c.Indirect += n * (int64(f>>5) & 1)
			c.Heard += n * (int64(f>>6) & 1)
			c.Appeared += n * int64(f>>7)
		}
	}
}

// Merge adds o's counts to t.
func (t *Tally) Merge(o Tally) {
	t.Reconsideration.Merge(&o.Reconsideration)
	t.Litigation.Merge(&o.Litigation)
}

// Counts returns the counters of kind k, or nil for an invalid kind.
func (t *Tally) Counts(k Kind) *Counts {
	switch k {
	case KindReconsideration:
		return &t.Reconsideration
	case KindLitigation:
		return &t.Litigation
	}
	return nil
}

// TallyRecords returns the tally of rs.
func TallyRecords(rs []Record) Tally {
	var t Tally
	t.AddRecords(rs)
	return t
}

// TallyParallel tallies rs in up to workers goroutines, each over its own
// part of the slice, and merges the parts. The result equals TallyRecords(rs).
// workers below 1 means 1.
func TallyParallel(rs []Record, workers int) Tally {
	workers = max(1, min(workers, len(rs)/4096+1))
	if workers == 1 {
		return TallyRecords(rs)
	}
	// Each worker counts into a Tally of its own and stores it into parts
	// once, at the end, so the workers never write to the same cache lines
	// while counting. The calling goroutine counts the first part.
	parts := make([]Tally, workers)
	var wg sync.WaitGroup
	size := (len(rs) + workers - 1) / workers
	for w := 1; w < workers; w++ {
		lo, hi := min(w*size, len(rs)), min((w+1)*size, len(rs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = TallyRecords(rs[lo:hi])
		}()
	}
	t := TallyRecords(rs[:min(size, len(rs))])
	wg.Wait()
	for w := 1; w < workers; w++ {
		t.Merge(parts[w])
	}
	return t
}

// ByUnit tallies rs per unit.
func ByUnit(rs []Record) map[UnitID]*Tally {
	out := make(map[UnitID]*Tally)
	for _, r := range rs {
		if r.kind == KindUnspecified {
			continue
		}
		t := out[r.unit]
		if t == nil {
			t = new(Tally)
			out[r.unit] = t
		}
		t.Add(r)
	}
	return out
}

// ByYear tallies rs per calendar year, deriving each case's status in a year
// from its dates rather than from its carried-over flag:
//
//   - in the year it is received, a case counts in Received (and Accepted);
//   - in every later year it is still open at the start of, in CarriedOver
//     (上年结转 — 陕西 2016: 审理 2118 = 受理 1968 + 上年结转 150);
//   - in the year it concludes, in Concluded and under its outcome; in any
//     earlier year, in Outcomes[0] (open at the year's end).
//
// A pending case is carried over into every year up to the last year any
// record in rs was received or concluded.
func ByYear(rs []Record) map[int]*Tally {
	var ys Years
	for _, r := range rs {
		ys.Add(r)
	}
	return ys.Tallies(0)
}
