package casework_test

import (
	"math/rand/v2"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"pgregory.net/rapid"
)

// genRecord draws a valid case of either kind, received 2019–2022, and
// compacts it.
func genRecord(t *rapid.T, label string) casework.Record {
	base := lawgov.MustParseDate("2019-01-01")
	received := base.AddDays(rapid.IntRange(0, 4*365).Draw(t, label+".received"))
	concluded := lawgov.Date{}
	if rapid.Bool().Draw(t, label+".concluded") {
		concluded = received.AddDays(rapid.IntRange(0, 400).Draw(t, label+".days"))
	}
	unit := casework.UnitID(rapid.IntRange(0, 4).Draw(t, label+".unit"))
	carried := rapid.Bool().Draw(t, label+".carried")
	if rapid.Bool().Draw(t, label+".kind") {
		c := casework.Reconsideration{ID: "RC", Unit: "u", Received: received, Concluded: concluded, CarriedOver: carried}
		if !concluded.IsZero() {
			c.Outcome = rapid.SampledFrom(casework.ReconsiderationOutcomes()).Draw(t, label+".outcome")
			c.ChangedBeforeWithdrawal = c.Outcome == casework.Withdrawn && rapid.Bool().Draw(t, label+".indirect")
		}
		r, err := c.Record(unit)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	l := casework.Litigation{ID: "AL", Unit: "u", Instance: casework.FirstInstance, Received: received, Concluded: concluded, CarriedOver: carried}
	if !concluded.IsZero() {
		l.Outcome = rapid.SampledFrom(casework.LitigationOutcomes()).Draw(t, label+".outcome")
		if rapid.Bool().Draw(t, label+".heard") {
			role := rapid.SampledFrom([]casework.Role{casework.Principal, casework.Staff, casework.Lawyer}).Draw(t, label+".role")
			l.Hearings = []casework.Hearing{{Date: received, Attendees: []casework.Attendee{{Role: role}}}}
		}
	}
	r, err := l.Record(unit)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func genRecords(t *rapid.T, label string) []casework.Record {
	n := rapid.IntRange(0, 300).Draw(t, label+".n")
	out := make([]casework.Record, n)
	for i := range out {
		out[i] = genRecord(t, label)
	}
	return out
}

func addEach(rs []casework.Record) casework.Tally {
	var t casework.Tally
	for _, r := range rs {
		t.Add(r)
	}
	return t
}

// TestPropertyTallyRecords: at any length, and so by each of the ways
// AddRecords counts (one by one, two histograms, one joint histogram),
// TallyRecords equals adding the records one by one with Add; AddRecords
// onto a tally that already holds counts equals Add onto it; and
// TallyParallel equals TallyRecords in any number of workers. The records
// are drawn from a small pool, as real ones repeat a few combinations,
// sometimes in long runs of one record, and the pool may hold the zero
// Record and records of every raw kind, outcome and flags byte.
func TestPropertyTallyRecords(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pool := make([]casework.Record, rapid.IntRange(1, 40).Draw(t, "pool"))
		for i := range pool {
			switch rapid.IntRange(0, 9).Draw(t, "source") {
			case 0: // the zero Record
			case 1:
				k := casework.Kind(rapid.IntRange(0, 3).Draw(t, "raw.kind"))
				pool[i] = casework.RecordOf(k, rapid.Uint8().Draw(t, "raw.outcome"), rapid.Uint8().Draw(t, "raw.flags"))
			default:
				pool[i] = genRecord(t, "case")
			}
		}
		bounds := []int{casework.SplitMin - 1, casework.SplitMin, casework.JointMin - 1, casework.JointMin, casework.JointMin + 1}
		n := rapid.OneOf(rapid.IntRange(0, 3*casework.JointMin), rapid.SampledFrom(bounds)).Draw(t, "n")
		rng := rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 0))
		runs := rapid.Bool().Draw(t, "runs")
		rs := make([]casework.Record, n)
		for i := range rs {
			if runs && i > 0 && rng.IntN(8) > 0 {
				rs[i] = rs[i-1]
				continue
			}
			rs[i] = pool[rng.IntN(len(pool))]
		}
		want := addEach(rs)
		if got := casework.TallyRecords(rs); got != want {
			t.Fatalf("%d records: TallyRecords %+v, Add %+v", n, got, want)
		}
		prior := addEach(pool)
		a, b := prior, prior
		a.AddRecords(rs)
		for _, r := range rs {
			b.Add(r)
		}
		if a != b {
			t.Fatalf("%d records onto %+v: AddRecords %+v, Add %+v", n, prior, a, b)
		}
		w := rapid.IntRange(1, 5).Draw(t, "workers")
		if got := casework.TallyParallel(rs, w); got != want {
			t.Fatalf("%d records: TallyParallel(%d) %+v, TallyRecords %+v", n, w, got, want)
		}
	})
}

func TestPropertyRates(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := genRecords(t, "rs")
		tallies := []casework.Tally{casework.TallyRecords(rs)}
		for _, y := range casework.ByYear(rs) {
			tallies = append(tallies, *y)
		}
		for _, tl := range tallies {
			for _, def := range casework.Definitions() {
				r, err := def.Apply(&tl)
				if err != nil {
					t.Fatal(err)
				}
				if r.Num < 0 || r.Num > r.Den {
					t.Fatalf("%s: numerator %d outside [0, base %d]", def.ID, r.Num, r.Den)
				}
				if r.Den == 0 {
					continue
				}
				p, err := r.Percent(2, lawgov.HalfUp)
				if err != nil || p.Sign() < 0 || p.GreaterThan(dec("100")) {
					t.Fatalf("%s: %s%% outside [0, 100]", def.ID, p)
				}
			}
		}
	})
}

func TestPropertyMerge(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := genRecords(t, "a"), genRecords(t, "b"), genRecords(t, "c")
		ta, tb, tc := casework.TallyRecords(a), casework.TallyRecords(b), casework.TallyRecords(c)
		ab, ba := ta, tb
		mustMerge(t, &ab, tb)
		mustMerge(t, &ba, ta)
		if ab != ba {
			t.Fatal("Merge is not commutative")
		}
		left := ab
		mustMerge(t, &left, tc)
		bc := tb
		mustMerge(t, &bc, tc)
		right := ta
		mustMerge(t, &right, bc)
		if left != right {
			t.Fatal("Merge is not associative")
		}
		all := append(append(append([]casework.Record{}, a...), b...), c...)
		if casework.TallyRecords(all) != left {
			t.Fatal("tally of a concatenation differs from the merge of the tallies")
		}
		if addEach(all) != left {
			t.Fatal("AddRecords differs from Add")
		}
		if casework.TallyParallel(all, 3) != left {
			t.Fatal("TallyParallel differs")
		}
	})
}

func TestPropertyPartitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := genRecords(t, "rs")
		tl := casework.TallyRecords(rs)
		for _, k := range []casework.Kind{casework.KindReconsideration, casework.KindLitigation} {
			c := tl.Counts(k)
			var sum int64
			for _, cl := range casework.AllClasses() {
				n, err := c.Sum(casework.DefaultClasses().Outcomes(k, casework.ClassSetOf(cl)))
				if err != nil {
					t.Fatal(err)
				}
				sum += n
			}
			if sum != c.Concluded {
				t.Fatalf("%s: classes sum to %d, concluded %d", k, sum, c.Concluded)
			}
			if c.Received+c.CarriedOver != c.Concluded+c.Outcomes[0] {
				t.Fatalf("%s: cases %d ≠ concluded %d + pending %d", k, c.Received+c.CarriedOver, c.Concluded, c.Outcomes[0])
			}
		}
		var sum casework.Tally
		for _, u := range casework.ByUnit(rs) {
			mustMerge(t, &sum, *u)
		}
		if sum != tl {
			t.Fatal("regrouping by unit then summing differs from the total")
		}
		// Every case concludes in exactly one year.
		var concluded int64
		for _, y := range casework.ByYear(rs) {
			concluded += y.Reconsideration.Concluded + y.Litigation.Concluded
		}
		if concluded != tl.Reconsideration.Concluded+tl.Litigation.Concluded {
			t.Fatal("ByYear loses or duplicates conclusions")
		}
	})
}

func mustMerge(t *rapid.T, into *casework.Tally, o casework.Tally) {
	if err := into.Merge(o); err != nil {
		t.Fatal(err)
	}
}

// TestPropertyBases checks the relations between the bases and the paired
// definitions: 维持 ⊆ 维持＋驳回复议请求; 作出复议决定 ⊆ 审结（不含不予受理、
// 逾期不补正） ⊆ 审结; 受理＋上年结转 ≤ 收案＋上年结转; and the two 结案率
// numerators differ exactly by the cases not accepted.
func TestPropertyBases(t *testing.T) {
	get := func(id string) casework.Definition {
		d, ok := casework.LookupDefinition(id)
		if !ok {
			panic(id)
		}
		return d
	}
	uphold, upholdAll := get("reconsideration.uphold-rate"), get("reconsideration.uphold-rate-with-rejections")
	closing, closingAll := get("reconsideration.closing-rate"), get("reconsideration.closing-rate-received")
	rapid.Check(t, func(t *rapid.T) {
		rs := genRecords(t, "rs")
		tallies := []casework.Tally{casework.TallyRecords(rs)}
		for _, y := range casework.ByYear(rs) {
			tallies = append(tallies, *y)
		}
		for _, tl := range tallies {
			ap := func(d casework.Definition) lawgov.Rate {
				r, err := d.Apply(&tl)
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			u, ua := ap(uphold), ap(upholdAll)
			if u.Num > ua.Num || u.Den != ua.Den || ua.Num-u.Num != tl.Reconsideration.Outcomes[casework.RejectClaim] {
				t.Fatalf("维持 %s, 维持＋驳回 %s", u, ua)
			}
			c := &tl.Reconsideration
			m, err1 := casework.DecidedOnMerits.Of(c)
			ca, err2 := casework.ConcludedAccepted.Of(c)
			if err1 != nil || err2 != nil || m > ca || ca > c.Concluded {
				t.Fatalf("作出复议决定 %d, 受理后审结 %d, 审结 %d", m, ca, c.Concluded)
			}
			cl, cla := ap(closing), ap(closingAll)
			if cl.Den > cla.Den || cla.Num-cl.Num != c.Outcomes[casework.NotAccepted]+c.Outcomes[casework.Abandoned] {
				t.Fatalf("结案率 %s, 以收案为基数 %s", cl, cla)
			}
		}
	})
}
