package casework

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/fazhi-go/fazhi/lawgov"
)

// byYearSlow is the whole-slice form of the year rule that Years replaced
// in ByYear, kept as the oracle: it finds the last year first and then
// walks each record's years.
func byYearSlow(rs []Record) map[int]*Tally {
	out := make(map[int]*Tally)
	last := 0
	for _, r := range rs {
		if r.kind == KindUnspecified {
			continue
		}
		last = max(last, r.received.Year())
		if !r.concluded.IsZero() {
			last = max(last, r.concluded.Year())
		}
	}
	for _, r := range rs {
		if r.kind == KindUnspecified {
			continue
		}
		from, to := r.received.Year(), last
		if r.flags&flagConcluded != 0 {
			to = r.concluded.Year()
		}
		for y := from; y <= to; y++ {
			f := r.flags &^ flagCarriedOver
			outcome := r.outcome
			if y > from {
				f = f&^flagAccepted | flagCarriedOver
			}
			if y < to || r.flags&flagConcluded == 0 {
				f &^= flagConcluded | flagMerits | flagSubstantive | flagIndirect | flagHeard | flagAppeared
				outcome = 0
			}
			tallyOf(&out, y).add(r.kind, outcome, f)
		}
	}
	return out
}

// genRecord draws a record with any flags, consistent only in what every
// built record satisfies: a concluded date exactly when concluded.
func genRecord(t *rapid.T) Record {
	recv := lawgov.MustDate(2018, 1, 1).AddDays(rapid.IntRange(0, 9*365).Draw(t, "received"))
	r := Record{received: recv, unit: UnitID(rapid.IntRange(0, 3).Draw(t, "unit")),
		kind: Kind(rapid.IntRange(0, 2).Draw(t, "kind")), flags: rapid.Uint8().Draw(t, "flags") &^ flagConcluded}
	if rapid.Bool().Draw(t, "concluded") {
		r.concluded = recv.AddDays(rapid.IntRange(0, 3*365).Draw(t, "days"))
		r.outcome = uint8(rapid.IntRange(1, OutcomeSlots-1).Draw(t, "outcome"))
		r.flags |= flagConcluded
	}
	return r
}

func TestYearsEqualsByYearSlow(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOfN(rapid.Custom(genRecord), 0, 40).Draw(t, "records")
		want := byYearSlow(rs)
		// ByYear keys only the years in which a record was received or
		// concluded; every year it has equals the slow oracle's, and every
		// year of the oracle equals TallyYear.
		by := ByYear(rs)
		for y, tl := range by {
			assert.Equal(t, want[y], tl, "year %d", y)
		}
		for y, tl := range want {
			assert.Equal(t, *tl, TallyYear(rs, y), "year %d", y)
		}

		// Streaming in two parts and asking again gives the same tallies.
		var ys Years
		half := len(rs) / 2
		for _, r := range rs[:half] {
			ys.Add(r)
		}
		_ = ys.Tallies(0)
		for _, r := range rs[half:] {
			ys.Add(r)
		}
		assert.Equal(t, want, ys.Tallies(0))

		// Per unit, with the common last year, the units add up to the year.
		sum := map[int]*Tally{}
		for _, years := range ByUnitYear(rs) {
			for y, tl := range years {
				tallyOf(&sum, y).Merge(*tl)
			}
		}
		assert.Equal(t, want, sum)
	})
}

// TestYearsCarriesToLast works one pending case by hand: received in 2023,
// still open, tallied up to 2025.
func TestYearsCarriesToLast(t *testing.T) {
	c := Reconsideration{ID: "FY-1", Unit: "县公安局", Received: lawgov.MustDate(2023, 12, 12), Accepted: lawgov.MustDate(2023, 12, 18)}
	r, err := c.Record(0)
	require.NoError(t, err)
	var ys Years
	ys.Add(r)
	assert.Equal(t, 2023, ys.Last())
	got := ys.Tallies(2025)
	require.Len(t, got, 3)
	for y, want := range map[int]Counts{
		2023: {Received: 1, Accepted: 1, Outcomes: [OutcomeSlots]int64{1}},
		2024: {CarriedOver: 1, Outcomes: [OutcomeSlots]int64{1}},
		2025: {CarriedOver: 1, Outcomes: [OutcomeSlots]int64{1}},
	} {
		assert.Equal(t, want, got[y].Reconsideration, "%d", y)
	}
	assert.Len(t, ys.Tallies(0), 1, "without a later last year the case counts only where it was received")
}

func TestRecordAppearance(t *testing.T) {
	l := Litigation{ID: "YS-1", Unit: "县政府", Instance: FirstInstance,
		Received: lawgov.MustDate(2024, 3, 1), Concluded: lawgov.MustDate(2024, 9, 1), Outcome: Annul}
	withHearing := l
	withHearing.Hearings = []Hearing{{Date: lawgov.MustDate(2024, 6, 1), Attendees: []Attendee{{Role: Principal}}}}
	want, err := withHearing.Record(7)
	require.NoError(t, err)
	got, err := l.RecordAppearance(7, true, true)
	require.NoError(t, err)
	assert.Equal(t, want, got, "the two facts give the record the hearings give")

	_, err = l.RecordAppearance(7, false, true)
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "appeared", ie.Fields[0].Field)
	_, err = withHearing.RecordAppearance(7, true, true)
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "hearings", ie.Fields[0].Field)

	pending := l
	pending.Concluded, pending.Outcome = lawgov.Date{}, LitigationPending
	r, err := pending.RecordAppearance(7, true, true)
	require.NoError(t, err)
	assert.False(t, r.Heard(), "a pending instance counts no hearing yet")
}
