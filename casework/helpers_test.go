package casework_test

import (
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/require"
)

var (
	d = lawgov.MustParseDate
	// received and concluded dates shared by the figure tests.
	jan1, dec1 = d("2021-01-04"), d("2021-12-01")
)

// rc returns n concluded reconsideration records with outcome o.
func rc(t testing.TB, o casework.ReconsiderationOutcome, n int) []casework.Record {
	t.Helper()
	out := make([]casework.Record, 0, n)
	for i := 0; i < n; i++ {
		c := casework.Reconsideration{ID: fmt.Sprintf("RC-%s-%d", o, i), Unit: "区公安局", Received: jan1, Concluded: dec1, Outcome: o}
		if o == casework.ReconsiderationPending {
			c.Concluded = lawgov.Date{}
		}
		r, err := c.Record(0)
		require.NoError(t, err)
		out = append(out, r)
	}
	return out
}

// indirect returns n withdrawals after the respondent changed its act.
func indirect(t testing.TB, n int) []casework.Record {
	t.Helper()
	out := make([]casework.Record, 0, n)
	for i := 0; i < n; i++ {
		c := casework.Reconsideration{ID: fmt.Sprintf("RC-ind-%d", i), Unit: "区公安局", Received: jan1, Concluded: dec1,
			Outcome: casework.Withdrawn, ChangedBeforeWithdrawal: true}
		r, err := c.Record(0)
		require.NoError(t, err)
		out = append(out, r)
	}
	return out
}

// lit returns n concluded first-instance records with outcome o; heard
// of them had a hearing and appeared of those a principal present.
func lit(t testing.TB, o casework.LitigationOutcome, n, heard, appeared int) []casework.Record {
	t.Helper()
	out := make([]casework.Record, 0, n)
	for i := 0; i < n; i++ {
		l := casework.Litigation{ID: fmt.Sprintf("AL-%s-%d", o, i), Unit: "区政府", Instance: casework.FirstInstance,
			Received: jan1, Concluded: dec1, Outcome: o}
		if i < heard {
			h := casework.Hearing{Date: d("2021-06-01"), Attendees: []casework.Attendee{{Role: casework.Staff}}}
			if i < appeared {
				h.Attendees = append(h.Attendees, casework.Attendee{Role: casework.Principal})
			}
			l.Hearings = []casework.Hearing{h}
		}
		if o == casework.LitigationPending {
			l.Concluded = lawgov.Date{}
		}
		r, err := l.Record(0)
		require.NoError(t, err)
		out = append(out, r)
	}
	return out
}

func tallyOf(parts ...[]casework.Record) casework.Tally {
	var all []casework.Record
	for _, p := range parts {
		all = append(all, p...)
	}
	return casework.TallyRecords(all)
}

func def(t testing.TB, id string) casework.Definition {
	t.Helper()
	x, ok := casework.LookupDefinition(id)
	require.True(t, ok, id)
	return x
}

// apply is Definition.Apply for tallies that cannot overflow.
func apply(t testing.TB, x casework.Definition, tl *casework.Tally) lawgov.Rate {
	t.Helper()
	r, err := x.Apply(tl)
	require.NoError(t, err, x.ID)
	return r
}

// must returns a function that returns its value, failing t on its
// error: must[int64](t)(c.Sum(set)).
func must[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		require.NoError(t, err)
		return v
	}
}
