package casework_test

import (
	"math"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// TestRepeatedCases: two identical cases are one case entered
// twice, not two cases; the batch is rejected and every repeat named.
func TestRepeatedCases(t *testing.T) {
	c := casework.Reconsideration{ID: "复〔2024〕1号", Unit: "区公安局", Received: d("2024-03-01"), Concluded: d("2024-04-01"), Outcome: casework.Revoke}
	l := casework.Litigation{ID: "(2024)行初1号", Unit: "区政府", Instance: casework.FirstInstance, Received: d("2024-03-01")}
	appeal := l
	appeal.Instance = casework.SecondInstance
	cs := casework.Cases{
		Reconsiderations: []casework.Reconsideration{c, c, {ID: "bad", Unit: "u", Received: d("1989-01-01")}, c},
		Litigations:      []casework.Litigation{l, appeal, l},
	}
	_, err := cs.Records(nil)
	assert.Equal(t, []string{"reconsiderations[1].id:unique", "reconsiderations[2].received:min",
		"reconsiderations[3].id:unique", "litigations[2].id:unique"}, fieldNames(t, err))
	_, err = casework.Summarize(cs, 2024)
	require.Error(t, err, "nothing is counted")
	// One case per instance is not a repeat.
	cs = casework.Cases{Reconsiderations: []casework.Reconsideration{c}, Litigations: []casework.Litigation{l, appeal}}
	tl, err := cs.Tally()
	require.NoError(t, err)
	assert.Equal(t, "1/1", apply(t, def(t, "reconsideration.correction-rate"), &tl).String())
	assert.Equal(t, int64(2), tl.Litigation.Received)
}

// TestByYearSpan: the cost of ByYear does not depend on the span
// of years; a case open from 1991 is carried into 9999 all the same.
func TestByYearSpan(t *testing.T) {
	cs := casework.Cases{Reconsiderations: []casework.Reconsideration{
		{ID: "A", Unit: "u", Received: d("1991-01-01")},
		{ID: "B", Unit: "u", Received: d("9999-12-31")},
	}}
	rs, err := cs.Records(nil)
	require.NoError(t, err)
	ys := casework.ByYear(rs)
	require.Len(t, ys, 2)
	assert.Equal(t, int64(1), ys[9999].Reconsideration.CarriedOver)
	assert.Equal(t, int64(1), ys[9999].Reconsideration.Received)
	y5000 := casework.TallyYear(rs, 5000)
	assert.Equal(t, int64(1), y5000.Reconsideration.CarriedOver, "a year with only open cases")
	assert.Equal(t, int64(1), y5000.Reconsideration.Outcomes[0])
}

// byYearSlow is the definition of ByYear, year by year over the whole span.
func byYearSlow(rs []casework.Record) map[int]casework.Tally {
	out := map[int]casework.Tally{}
	lo, hi := math.MaxInt, 0
	for _, r := range rs {
		lo, hi = min(lo, r.Received().Year()), max(hi, r.Received().Year())
		if r.IsConcluded() {
			hi = max(hi, r.Concluded().Year())
		}
	}
	for y := lo; y <= hi; y++ {
		out[y] = casework.TallyYear(rs, y)
	}
	return out
}

func TestPropertyByYear(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := genRecords(t, "rs")
		slow := byYearSlow(rs)
		ys := casework.ByYear(rs)
		for y, tl := range ys {
			if *tl != slow[y] {
				t.Fatalf("%d: ByYear %+v, TallyYear %+v", y, *tl, slow[y])
			}
		}
		for y, tl := range slow {
			_, ok := ys[y]
			c := tl.Reconsideration
			l := tl.Litigation
			present := c.Received+c.Concluded+l.Received+l.Concluded > 0
			if ok != present {
				t.Fatalf("%d: key present %v, received or concluded %v", y, ok, present)
			}
		}
	})
}

func TestSummarize(t *testing.T) {
	mk := func(id, rec, concl string, o casework.ReconsiderationOutcome, unit string) casework.Reconsideration {
		return casework.Reconsideration{ID: id, Unit: unit, Received: d(rec), Accepted: d(rec).AddDays(3), Concluded: d(concl), Outcome: o}
	}
	cs := casework.Cases{Reconsiderations: []casework.Reconsideration{
		mk("23-1", "2023-03-01", "2023-05-01", casework.Revoke, "区公安局"),
		mk("23-2", "2023-03-01", "2023-05-01", casework.Uphold, "区公安局"),
		mk("23-3", "2023-12-01", "2024-01-20", casework.Uphold, "区政府"),
		mk("24-1", "2024-03-01", "2024-05-01", casework.Revoke, "区公安局"),
		mk("24-2", "2024-03-01", "2024-05-01", casework.Revoke, "区政府"),
		mk("24-3", "2024-03-01", "2024-05-01", casework.RejectClaim, "区政府"),
		mk("24-4", "2024-03-01", "2024-05-01", casework.ConfirmIllegal, "市局"),
	}}
	s, err := casework.Summarize(cs, 2024)
	require.NoError(t, err)
	assert.Equal(t, []string{"区公安局", "区政府", "市局"}, s.Units)
	require.Len(t, s.Lines, len(casework.Definitions()))
	l, ok := s.Line("reconsideration.correction-rate")
	require.True(t, ok)
	assert.Equal(t, "1/2", l.Rate.From.String())
	assert.Equal(t, "3/5", l.Rate.To.String())
	assert.Equal(t, "上升10.0个百分点", l.Rate.Chinese(1, lawgov.HalfUp))
	assert.Equal(t, "同比上升200.0%", l.Numerator.Chinese(1, lawgov.HalfUp))
	l, _ = s.Line("reconsideration.uphold-rate-with-rejections")
	assert.Equal(t, "2/5", l.Rate.To.String(), "23-3 carried over and upheld, 24-3 rejected")
	assert.Equal(t, int64(1), s.Current.Reconsideration.CarriedOver)

	s, err = casework.Summarize(cs, 2024, "区政府")
	require.NoError(t, err)
	l, _ = s.Line("reconsideration.correction-rate")
	assert.Equal(t, "1/3", l.Rate.To.String())
	assert.Equal(t, "0/0", l.Rate.From.String(), "区政府 concluded nothing in 2023")
	assert.Equal(t, "无可比数据", l.Rate.Chinese(1, lawgov.HalfUp))

	_, err = casework.Summarize(cs, 1990)
	assert.EqualError(t, err, "casework: summarize year 1990: want a year from 1991 to 9999")
}
