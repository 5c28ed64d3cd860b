package casework

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
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
	Accepted        int64 // reconsideration applications received in the period and accepted (受理)
	Concluded       int64 // concluded (审结, 办结)
	DecidedOnMerits int64 // concluded by a reconsideration decision (作出复议决定)
	Substantive     int64 // concluded by a substantive judgment (实体判决)
	Indirect        int64 // withdrawn after the respondent changed its act (间接纠错)
	Heard           int64 // concluded instances with at least one court hearing (开庭审理)
	Appeared        int64 // … at which a qualifying responsible person appeared (负责人出庭)
}

// ErrOverflow is wrapped by every error that reports counts whose sum
// does not fit in an int64, or a negative count where a count is needed.
var ErrOverflow = errors.New("casework: count out of range")

// OverflowError reports the counts an operation could not add without
// wrapping, or a negative count. Nothing was changed.
type OverflowError struct {
	Op     string  // the operation, e.g. "merge" or "sum"
	Count  string  // the counter, e.g. "reconsideration.received" or a definition's base
	Values []int64 // the values that were added, or the negative value
}

func (e *OverflowError) Error() string {
	parts := make([]string, len(e.Values))
	for i, v := range e.Values {
		parts[i] = strconv.FormatInt(v, 10)
	}
	if len(e.Values) == 1 {
		return fmt.Sprintf("casework: %s %s: negative count %s", e.Op, e.Count, parts[0])
	}
	return fmt.Sprintf("casework: %s %s: %s overflows int64", e.Op, e.Count, strings.Join(parts, " + "))
}

// Unwrap returns ErrOverflow.
func (e *OverflowError) Unwrap() error { return ErrOverflow }

// add returns a + b and whether it did not overflow.
func add(a, b int64) (int64, bool) {
	s := a + b
	return s, (s > a) == (b > 0)
}

// fields returns the counters of c with their names, in a fixed order.
func (c *Counts) fields() [OutcomeSlots + 9]*int64 {
	var f [OutcomeSlots + 9]*int64
	for i := range c.Outcomes {
		f[i] = &c.Outcomes[i]
	}
	copy(f[OutcomeSlots:], []*int64{&c.Received, &c.CarriedOver, &c.Accepted, &c.Concluded,
		&c.DecidedOnMerits, &c.Substantive, &c.Indirect, &c.Heard, &c.Appeared})
	return f
}

var counterNames = [...]string{"received", "carried_over", "accepted", "concluded",
	"decided_on_merits", "substantive", "indirect", "heard", "appeared"}

func counterName(i int) string {
	if i < OutcomeSlots {
		return "outcomes[" + strconv.Itoa(i) + "]"
	}
	return counterNames[i-OutcomeSlots]
}

// Merge adds o's counters to c. When a sum would not fit in an int64 it
// returns an *OverflowError naming the counter and leaves c unchanged.
func (c *Counts) Merge(o *Counts) error { return c.merge(o, "") }

func (c *Counts) merge(o *Counts, prefix string) error {
	sum := *c
	dst, src := sum.fields(), o.fields()
	for i := range dst {
		v, ok := add(*dst[i], *src[i])
		if !ok {
			return &OverflowError{Op: "merge", Count: prefix + counterName(i), Values: []int64{*dst[i], *src[i]}}
		}
		*dst[i] = v
	}
	*c = sum
	return nil
}

// Sum returns the number of concluded cases whose outcome is in s. It
// returns an *OverflowError when the sum does not fit in an int64 or a
// count is negative.
func (c *Counts) Sum(s OutcomeSet) (int64, error) {
	var n int64
	s &^= 1 // slot 0 is pending cases, never an outcome
	for s != 0 {
		i := bits.TrailingZeros32(uint32(s)) & (OutcomeSlots - 1)
		v := c.Outcomes[i]
		if v < 0 {
			return 0, &OverflowError{Op: "sum", Count: counterName(i), Values: []int64{v}}
		}
		m, ok := add(n, v)
		if !ok {
			return 0, &OverflowError{Op: "sum", Count: "outcomes", Values: []int64{n, v}}
		}
		n = m
		s &= s - 1
	}
	return n, nil
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
// Record is ignored. Add does not check for overflow, which counting
// records cannot reach (a tally of n records holds counts of at most n);
// combine tallies with Merge, which does.
func (t *Tally) Add(r Record) {
	// One comparison rejects every kind but the two valid ones (uint8
	// arithmetic: KindUnspecified − 1 is 255).
	if r.kind-KindReconsideration > KindLitigation-KindReconsideration {
		return
	}
	t.add(r.kind, r.outcome, r.flags)
}

// add counts one record of kind KindReconsideration or KindLitigation.
func (t *Tally) add(kind Kind, outcome, f uint8) {
	// The counts are picked by an index, not by a branch on the kind: with
	// the kinds mixed, a branch is mispredicted on about every other record.
	c := [2]*Counts{&t.Reconsideration, &t.Litigation}[kind>>1&1]
	c.Outcomes[outcome&(OutcomeSlots-1)]++
	carried := int64(f & flagCarriedOver)
	c.Received += 1 - carried
	c.CarriedOver += carried
	c.Accepted += int64(f>>1) & 1 &^ carried // accepted in the period: not carried over
	c.Concluded += int64(f>>2) & 1
	c.DecidedOnMerits += int64(f>>3) & 1
	c.Substantive += int64(f>>4) & 1
	c.Indirect += int64(f>>5) & 1
	c.Heard += int64(f>>6) & 1
	c.Appeared += int64(f >> 7)
}

// count adds to the counters of c other than Outcomes n records with flags
// f, as add does for one. Like Add, it does not check for overflow.
func (c *Counts) count(n int64, f uint8) {
	carried := int64(f & flagCarriedOver)
	c.Received += n * (1 - carried)
	c.CarriedOver += n * carried
	c.Accepted += n * (int64(f>>1) & 1 &^ carried)
	c.Concluded += n * (int64(f>>2) & 1)
	c.DecidedOnMerits += n * (int64(f>>3) & 1)
	c.Substantive += n * (int64(f>>4) & 1)
	c.Indirect += n * (int64(f>>5) & 1)
	c.Heard += n * (int64(f>>6) & 1)
	c.Appeared += n * int64(f>>7)
}

// AddRecords counts every record of rs, with the same result as calling Add
// on each (and, like Add, without checking for overflow). It does not
// allocate.
//
// From a few hundred records on, it counts into histograms on the stack,
// which stay in the L1 cache, and adds them to t at the end. From 65,536
// records on it uses one histogram of (kind, flags, outcome), so that a
// record costs one increment and the loop keeps up with reading the
// records from memory; below that, two smaller ones of (kind, flags) and
// (kind, outcome), which are quicker to clear and to fold.
func (t *Tally) AddRecords(rs []Record) {
	switch {
	case len(rs) < splitMin:
		for i := range rs {
			t.Add(rs[i])
		}
	case len(rs) < jointMin:
		t.addSplit(rs)
	default:
		for len(rs) > 0 {
			n := min(len(rs), histChunk)
			t.addJoint(rs[:n])
			rs = rs[n:]
		}
	}
}

// The lengths from which AddRecords uses each histogram, measured: below
// splitMin adding the records one by one is quicker; below jointMin,
// clearing and folding the 128 KiB joint histogram (about 15 µs) costs
// more than the second increment per record it saves.
const (
	splitMin = 256
	jointMin = 1 << 16
)

// histChunk bounds the records one pass of a histogram counts. Each record
// adds 1 to exactly one uint32 entry of a histogram, so after a pass over
// n ≤ histChunk = 2^30 records every entry, and every sum of entries, is at
// most 2^30 < 2^32: no entry wraps, and folding adds to each counter of t
// at most n, exactly what n calls of Add add.
const histChunk = 1 << 30

// addSplit counts len(rs) < jointMin records through two histograms.
func (t *Tally) addSplit(rs []Record) {
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
	// Kinds 0 (the zero Record) and 3 (none) are not counted.
	for k, c := range [...]*Counts{KindReconsideration: &t.Reconsideration, KindLitigation: &t.Litigation} {
		if c == nil {
			continue
		}
		for o := 0; o < OutcomeSlots; o++ {
			c.Outcomes[o] += int64(oh[0][k<<5|o]) + int64(oh[1][k<<5|o])
		}
		for f := 0; f < 256; f++ {
			if n := int64(fh[0][k<<8|f]) + int64(fh[1][k<<8|f]); n != 0 {
				c.count(n, uint8(f))
			}
		}
	}
}

// The histogram of addJoint has an entry for each kind (two bits), flags
// (eight) and outcome (five): h[kind<<histKindShift|flags<<histFlagShift|outcome].
const (
	histFlagShift = 5
	histKindShift = histFlagShift + 8
	histKindSize  = 1 << histKindShift
)

func histKey(r *Record) int {
	return int(r.kind&3)<<histKindShift | int(r.flags)<<histFlagShift | int(r.outcome&(OutcomeSlots-1))
}

// addJoint counts len(rs) ≤ histChunk records through one histogram.
func (t *Tally) addJoint(rs []Record) {
	// 128 KiB, of which the loop touches only the entries of the
	// combinations present (a few hundred bytes for real data).
	var h [4 * histKindSize]uint32
	i := 0
	for ; i+4 <= len(rs); i += 4 {
		q := rs[i : i+4 : i+4]
		h[histKey(&q[0])]++
		h[histKey(&q[1])]++
		h[histKey(&q[2])]++
		h[histKey(&q[3])]++
	}
	for ; i < len(rs); i++ {
		h[histKey(&rs[i])]++
	}
	// Kinds 0 (the zero Record) and 3 (none) are not counted.
	t.Reconsideration.fold((*[histKindSize]uint32)(h[int(KindReconsideration)*histKindSize:]))
	t.Litigation.fold((*[histKindSize]uint32)(h[int(KindLitigation)*histKindSize:]))
}

// fold adds to c the records of one kind that h counts, h[f<<histFlagShift|o]
// of them with flags f and outcome o.
func (c *Counts) fold(h *[histKindSize]uint32) {
	for f := range 256 {
		var n int64
		for o, m := range h[f<<histFlagShift : (f+1)<<histFlagShift] {
			if m != 0 {
				c.Outcomes[o] += int64(m)
				n += int64(m)
			}
		}
		if n != 0 {
			c.count(n, uint8(f))
		}
	}
}

// Merge adds o's counts to t. When a sum would not fit in an int64 it
// returns an *OverflowError naming the counter and leaves t unchanged.
func (t *Tally) Merge(o Tally) error {
	sum := *t
	if err := sum.Reconsideration.merge(&o.Reconsideration, "reconsideration."); err != nil {
		return err
	}
	if err := sum.Litigation.merge(&o.Litigation, "litigation."); err != nil {
		return err
	}
	*t = sum
	return nil
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
		_ = t.Merge(parts[w]) // the parts count len(rs) records in all: no sum can overflow
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
// The keys are the years in which some record of rs was received or
// concluded; each holds exactly what [TallyYear] returns for it. A year in
// which cases were only open (none received, none concluded) is not a key:
// ask TallyYear for it. The cost is O(n log y) for n records and y years
// present, whatever the span between the earliest and latest dates.
func ByYear(rs []Record) map[int]*Tally {
	var years []int
	for _, r := range rs {
		if r.kind == KindUnspecified {
			continue
		}
		years = append(years, r.received.Year())
		if r.flags&flagConcluded != 0 {
			years = append(years, r.concluded.Year())
		}
	}
	slices.Sort(years)
	years = slices.Compact(years)
	tallies := make([]Tally, len(years))
	// open[k][i] − open[k][i−1] is the change, at the i-th year present, of
	// the number of cases of kind k carried into it and still open at its
	// end: a difference array, summed once at the end.
	open := [2][]int64{make([]int64, len(years)+1), make([]int64, len(years)+1)}
	for _, r := range rs {
		if r.kind == KindUnspecified {
			continue
		}
		from, _ := slices.BinarySearch(years, r.received.Year())
		to := len(years) // pending: open in every later year present
		if r.flags&flagConcluded != 0 {
			to, _ = slices.BinarySearch(years, r.concluded.Year())
		}
		ki := int(r.kind - KindReconsideration)
		if to == from {
			tallies[from].add(r.kind, r.outcome, r.flags&^flagCarriedOver)
			continue
		}
		tallies[from].add(r.kind, 0, r.flags&^(flagCarriedOver|concludedFlags))
		open[ki][from+1]++
		open[ki][to]--
		if to < len(years) {
			tallies[to].add(r.kind, r.outcome, r.flags&^flagAccepted|flagCarriedOver)
		}
	}
	out := make(map[int]*Tally, len(years))
	var n [2]int64
	for i, y := range years {
		for ki := range n {
			n[ki] += open[ki][i]
			c := &tallies[i].Reconsideration
			if ki == 1 {
				c = &tallies[i].Litigation
			}
			c.CarriedOver += n[ki]
			c.Outcomes[0] += n[ki]
		}
		out[y] = &tallies[i]
	}
	return out
}

// concludedFlags are the flags a record carries only in the year it
// concludes.
const concludedFlags = flagConcluded | flagMerits | flagSubstantive | flagIndirect | flagHeard | flagAppeared

// TallyYear tallies rs for the calendar year y as [ByYear] does, in one
// pass: the cases received in y, those carried into y (received earlier and
// not concluded before y), and those concluded in y.
func TallyYear(rs []Record, y int) Tally {
	var t Tally
	for _, r := range rs {
		if r.kind == KindUnspecified {
			continue
		}
		from := r.received.Year()
		concluded := r.flags&flagConcluded != 0
		to := 0
		if concluded {
			to = r.concluded.Year()
		}
		switch {
		case y < from || concluded && y > to:
		case y == from && concluded && to == y:
			t.add(r.kind, r.outcome, r.flags&^flagCarriedOver)
		case y == from:
			t.add(r.kind, 0, r.flags&^(flagCarriedOver|concludedFlags))
		case concluded && y == to:
			t.add(r.kind, r.outcome, r.flags&^flagAccepted|flagCarriedOver)
		default:
			t.add(r.kind, 0, flagCarriedOver)
		}
	}
	return t
}
