package casework_test

import (
	"testing"
	"unsafe"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRecordSize(t *testing.T) {
	assert.Equal(t, uintptr(casework.RecordSize), unsafe.Sizeof(casework.Record{}))
}

// TestByYear follows a case received in 2020 and concluded in 2021: received
// in 2020, carried over into 2021 and concluded there (陕西 2016: 审理 =
// 受理 + 上年结转).
func TestByYear(t *testing.T) {
	mk := func(id, rec, concl string, o casework.ReconsiderationOutcome) casework.Record {
		c := casework.Reconsideration{ID: id, Unit: "区政府", Received: d(rec), Outcome: o}
		if concl != "" {
			c.Concluded = d(concl)
		}
		r, err := c.Record(0)
		require.NoError(t, err)
		return r
	}
	rs := []casework.Record{
		mk("A", "2020-11-20", "2021-01-15", casework.Revoke),
		mk("B", "2020-03-01", "2020-04-01", casework.Uphold),
		mk("C", "2021-12-20", "", 0),
		mk("D", "2019-12-30", "2021-02-01", casework.Uphold),
	}
	ys := casework.ByYear(rs)
	require.Len(t, ys, 3)
	y20, y21 := ys[2020].Reconsideration, ys[2021].Reconsideration
	assert.Equal(t, int64(2), y20.Received)
	assert.Equal(t, int64(1), y20.CarriedOver) // D
	assert.Equal(t, int64(1), y20.Concluded)
	assert.Equal(t, int64(2), y20.Outcomes[0], "A and D open at the end of 2020")
	assert.Equal(t, int64(1), y21.Received)
	assert.Equal(t, int64(2), y21.CarriedOver)
	assert.Equal(t, int64(2), y21.Concluded)
	assert.Equal(t, int64(1), y21.Outcomes[casework.Revoke])
	closing := def(t, "reconsideration.closing-rate")
	// C was received in 2021 but is not (yet) accepted: outside the base of
	// 受理＋上年结转, inside that of 收案＋上年结转.
	assert.Equal(t, "2/2", apply(t, closing, ys[2021]).String())
	assert.Equal(t, "2/3", apply(t, def(t, "reconsideration.closing-rate-received"), ys[2021]).String())
}

func TestAddIgnoresZeroRecord(t *testing.T) {
	var tl casework.Tally
	tl.Add(casework.Record{})
	tl.AddRecords(make([]casework.Record, 1000))
	assert.Equal(t, casework.Tally{}, tl)
	assert.Nil(t, tl.Counts(casework.KindUnspecified))
}

// TestAddRecordsEveryCombination counts one record of every kind byte 0–3,
// outcome byte and flags byte. Each valid kind has 256 × 256 records: half
// of them carried over, half received; a quarter accepted in the period
// (accepted and not carried over); half under each other flag; and 2,048
// under each outcome slot, as outcome bytes are read modulo OutcomeSlots.
// Kinds 0 and 3 count nowhere. Add one by one, AddRecords at lengths that
// take each of its ways of counting, and TallyParallel all agree.
func TestAddRecordsEveryCombination(t *testing.T) {
	all := make([]casework.Record, 0, 4<<16)
	for k := range 4 {
		for o := range 256 {
			for f := range 256 {
				all = append(all, casework.RecordOf(casework.Kind(k), uint8(o), uint8(f)))
			}
		}
	}
	var want casework.Counts
	for o := range want.Outcomes {
		want.Outcomes[o] = 2048
	}
	want.Received, want.CarriedOver, want.Accepted = 32768, 32768, 16384
	want.Concluded, want.DecidedOnMerits, want.Substantive, want.Indirect = 32768, 32768, 32768, 32768
	want.Heard, want.Appeared = 32768, 32768
	got := casework.TallyRecords(all)
	assert.Equal(t, casework.Tally{Reconsideration: want, Litigation: want}, got)
	assert.Equal(t, addEach(all), got)
	for _, w := range []int{2, 3, 7} {
		assert.Equal(t, got, casework.TallyParallel(all, w), "%d workers", w)
	}
	// Shorter slices, some across the boundary between two kinds.
	for _, n := range []int{casework.SplitMin - 1, casework.SplitMin, casework.JointMin - 1, casework.JointMin, casework.JointMin + 1} {
		for _, from := range []int{0, 1<<16 - n/2, 3<<16 - n/3, len(all) - n} {
			part := all[from : from+n]
			assert.Equal(t, addEach(part), casework.TallyRecords(part), "records %d to %d", from, from+n)
		}
	}
}

func TestUnits(t *testing.T) {
	var u casework.Units
	assert.Equal(t, casework.UnitID(0), u.ID("区公安局"))
	assert.Equal(t, casework.UnitID(1), u.ID("区政府"))
	assert.Equal(t, casework.UnitID(0), u.ID("区公安局"))
	assert.Equal(t, "区政府", u.Name(1))
	assert.Equal(t, "", u.Name(7))
	assert.Equal(t, 2, u.Len())
}

func TestDefinitionsCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, x := range casework.Definitions() {
		require.NoError(t, x.Validate(), x.ID)
		assert.False(t, seen[x.ID], "repeated ID %s", x.ID)
		seen[x.ID] = true
		assert.NotEmpty(t, x.Note, x.ID)
	}
	for _, id := range []string{"reconsideration.correction-rate", "reconsideration.correction-rate-merits",
		"reconsideration.comprehensive-correction-rate", "reconsideration.mediation-rate",
		"reconsideration.mediation-settlement-rate", "reconsideration.resolution-rate", "reconsideration.withdrawal-rate",
		"reconsideration.uphold-rate", "reconsideration.closing-rate", "litigation.loss-rate", "litigation.loss-rate-substantive",
		"litigation.win-rate", "litigation.withdrawal-rate", "litigation.appearance-rate"} {
		assert.True(t, seen[id], id)
	}
	a := casework.Definitions()
	a[0].Source[0].Article = 999
	assert.NotEqual(t, 999, casework.Definitions()[0].Source[0].Article, "catalogue is a copy")
	assert.EqualError(t, casework.Definition{}.Validate(), `casework: definition "": empty ID`)
	bad := def(t, "reconsideration.correction-rate")
	bad.Kind = casework.KindLitigation // 审结数 applies to both kinds, 作出复议决定数 does not
	bad.Base = casework.Measures(casework.Concluded, casework.ConcludedAccepted)
	assert.EqualError(t, bad.Validate(), `casework: definition "reconsideration.correction-rate": measure concluded_accepted does not apply to litigation cases`)
	_, ok := casework.LookupDefinition("nope")
	assert.False(t, ok)
	var tl casework.Tally
	_, err := casework.Definition{}.Apply(&tl)
	assert.Error(t, err, "the zero Definition is invalid")
}

func TestCompare(t *testing.T) {
	prev := tallyOf(lit(t, casework.Annul, 26, 0, 0), lit(t, casework.RejectSuitClaim, 154, 0, 0))
	cur := tallyOf(lit(t, casework.Annul, 14, 0, 0), lit(t, casework.RejectSuitClaim, 238, 0, 0))
	c := must[casework.Change](t)(casework.Compare(def(t, "litigation.loss-rate"), &prev, &cur))
	assert.Equal(t, "下降8.89个百分点", c.Rate.Chinese(2, lawgov.HalfUp))
	assert.Equal(t, "同比上升40.00%", c.Base.Chinese(2, lawgov.HalfUp))
	assert.Equal(t, "同比下降46.15%", c.Numerator.Chinese(2, lawgov.HalfUp))
}

// TestRecordAccessors checks that a compacted record reads back the case it
// came from.
func TestRecordAccessors(t *testing.T) {
	l := casework.Litigation{ID: "AL", Unit: "区政府", Instance: casework.SecondInstance, Received: d("2021-03-01"),
		Concluded: d("2021-06-01"), Outcome: casework.Annul,
		Hearings: []casework.Hearing{{Date: d("2021-05-10"), Attendees: []casework.Attendee{{Role: casework.Principal}}}}}
	r, err := l.Record(7)
	require.NoError(t, err)
	assert.True(t, r.IsValid())
	assert.Equal(t, casework.KindLitigation, r.Kind())
	assert.Equal(t, casework.UnitID(7), r.Unit())
	assert.Equal(t, d("2021-03-01"), r.Received())
	assert.Equal(t, d("2021-06-01"), r.Concluded())
	assert.Equal(t, casework.SecondInstance, r.Instance())
	assert.Equal(t, casework.Annul, r.LitigationOutcome())
	assert.Equal(t, casework.ReconsiderationPending, r.ReconsiderationOutcome(), "not a reconsideration")
	assert.True(t, r.IsConcluded())
	assert.True(t, r.Heard())
	assert.True(t, r.Appeared())

	c := casework.Reconsideration{ID: "RC", Unit: "区公安局", Received: d("2021-03-01")}
	r, err = c.Record(0)
	require.NoError(t, err)
	assert.Equal(t, casework.KindReconsideration, r.Kind())
	assert.Equal(t, casework.InstanceUnspecified, r.Instance())
	assert.Equal(t, casework.LitigationPending, r.LitigationOutcome(), "not a litigation record")
	assert.True(t, r.Concluded().IsZero())
	assert.False(t, r.IsConcluded())
	assert.False(t, casework.Record{}.IsValid())

	assert.True(t, casework.Range{Lo: 175, Hi: 177}.Contains(176))
	assert.False(t, casework.Range{Lo: 175, Hi: 177}.Contains(178))
}
