package enforcement_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newRegistry(t testing.TB, officers ...enforcement.Officer) *enforcement.Registry {
	t.Helper()
	reg, err := enforcement.NewRegistry(enforcement.Chibi())
	require.NoError(t, err)
	require.NoError(t, reg.Add(officers...))
	return reg
}

func TestRegistryApplyAtomic(t *testing.T) {
	reg := newRegistry(t, activeOfficer("A1", "市市场监管局"))
	before, err := reg.Snapshot()
	require.NoError(t, err)

	// The second event is impossible (a report with no change after the
	// first): nothing is applied.
	err = reg.Apply("A1", ev(enforcement.AnnualReviewPassed, "2024-01-01"), ev(enforcement.ChangeReported, "2024-01-02"))
	var ee *enforcement.EventError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, enforcement.ChangeReported, ee.Kind)
	assert.Equal(t, `enforcement: apply "change_reported" event of 2024-01-02 to officer "A1": no unreported change`, err.Error())
	after, err := reg.Snapshot()
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))

	err = reg.Apply("A1", ev(enforcement.InformationChanged, "2022-01-01"))
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, "date before the previous event 2023-03-01", ee.Reason)

	err = reg.Apply("nobody", ev(enforcement.TrainingCompleted, "2024-01-01"))
	require.ErrorIs(t, err, enforcement.ErrUnknownOfficer)
	assert.Contains(t, err.Error(), `"training_completed"`)

	require.NoError(t, reg.Apply("A1", ev(enforcement.InformationChanged, "2024-03-02")))
	st, err := reg.StatusAt("A1", d("2024-04-02"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateChangeOverdue, st.State)

	assert.EqualError(t, reg.Add(activeOfficer("A1", "x")), `enforcement: add officer "A1": already in the registry`)
	// The registry is unchanged: A1 is still the first officer, with its
	// change, and no second one was added.
	o, err := reg.Officer("A1")
	require.NoError(t, err)
	assert.NotEqual(t, "x", o.Unit)
	assert.Equal(t, enforcement.InformationChanged, o.History[len(o.History)-1].Kind)
	assert.Equal(t, []string{"A1"}, reg.IDs())
}

func TestRegistryExamAfterRemoval(t *testing.T) {
	reg := newRegistry(t, twiceFailed("B1", "市城管局"))
	err := reg.Apply("B1", exam("2023-06-01", true))
	var ee *enforcement.EventError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, enforcement.ExamAttempt, ee.Kind)
	// A recorded re-admission makes training and an exam possible again.
	require.NoError(t, reg.Apply("B1", enforcement.Event{Kind: enforcement.Readmitted, Date: d("2023-07-01"), Decision: "赤司决〔2023〕9号"},
		ev(enforcement.TrainingCompleted, "2023-07-10"), exam("2023-08-01", true)))
	st, err := reg.StatusAt("B1", d("2023-08-02"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateQualified, st.State)
}

func TestRegistryConcurrent(t *testing.T) {
	reg := newRegistry(t)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				id := fmt.Sprintf("W%d-%d", w, i)
				assert.NoError(t, reg.Add(activeOfficer(id, "u")))
				assert.NoError(t, reg.Apply(id, ev(enforcement.InformationChanged, "2024-03-02")))
				_, err := reg.StatusAt(id, d("2024-04-02"))
				assert.NoError(t, err)
				_, err = reg.Sweep(d("2024-04-02"), enforcement.SweepOptions{Workers: 2})
				assert.NoError(t, err)
			}
		}(w)
	}
	wg.Wait()
	res, err := reg.Sweep(d("2024-04-02"), enforcement.SweepOptions{})
	require.NoError(t, err)
	assert.Equal(t, 200, len(res.ChangeOverdue))
}

func TestRegistrySweep(t *testing.T) {
	removed := twiceFailed("B1", "市城管局")
	overdue := activeOfficer("A2", "市市场监管局")
	overdue.History = append(overdue.History, ev(enforcement.InformationChanged, "2024-03-02"))
	expiring := activeOfficer("A3", "市城管局")
	expiring.History[2].Expires = d("2024-04-30")
	reg := newRegistry(t, activeOfficer("A1", "市市场监管局"), overdue, expiring, removed)
	for _, workers := range []int{1, 2, 3} {
		res, err := reg.Sweep(d("2024-04-02"), enforcement.SweepOptions{ExpiringWithin: 30, Workers: workers})
		require.NoError(t, err)
		require.Len(t, res.Removed, 1)
		assert.Equal(t, "B1", res.Removed[0].Officer)
		require.Len(t, res.ChangeOverdue, 1)
		assert.Equal(t, d("2024-03-02"), res.ChangeOverdue[0].Since)
		assert.Equal(t, d("2024-04-01"), res.ChangeOverdue[0].Due)
		require.Len(t, res.Expiring, 1)
		assert.Equal(t, "A3", res.Expiring[0].Officer)
		assert.Equal(t, 1, res.ByUnit["市市场监管局"].Of(enforcement.StateActive))
		assert.Equal(t, 1, res.ByUnit["市市场监管局"].Of(enforcement.StateChangeOverdue))
		assert.Equal(t, 1, res.ByUnit["市城管局"].Of(enforcement.StateRemoved))
		assert.Equal(t, 4, res.Totals.Total())
	}
}

func TestRegistrySnapshotRestore(t *testing.T) {
	reg := newRegistry(t, activeOfficer("A1", "市市场监管局"), activeOfficer("A2", "市城管局"))
	snap, err := reg.Snapshot()
	require.NoError(t, err)

	other := newRegistry(t, activeOfficer("Z9", "x"))
	require.NoError(t, other.Restore(snap))
	again, err := other.Snapshot()
	require.NoError(t, err)
	assert.Equal(t, string(snap), string(again))
	assert.Equal(t, []string{"A1", "A2"}, other.IDs())

	bad := []struct {
		name string
		data []byte
		want string // the end of the error message
	}{
		{"truncated", snap[:len(snap)/2], "unexpected EOF"},
		{"not json", []byte("hello"), "invalid character 'h' looking for beginning of value"},
		{"wrong format", []byte(`{"format":"v0","rule_set":"赤壁市2019","officers":[]}`), `want format "fazhi.enforcement.registry/v2"`},
		{"format v1", []byte(`{"format":"fazhi.enforcement.registry/v1","rule_set":"赤壁市2019","officers":[]}`), `want format "fazhi.enforcement.registry/v2"`},
		{"wrong rule set", enforcement.SnapshotOf("其他", nil), `taken under rule set "其他", registry uses "赤壁市2019"`},
		{"impossible event", enforcement.SnapshotOf("赤壁市2019", []enforcement.Officer{{ID: "Q", Name: "q", Unit: "u", Employment: enforcement.CivilServant,
			History: []enforcement.Event{{Kind: enforcement.CredentialIssued, Date: d("2024-01-01"), Number: "1"}}}}), "no passed exam"},
		{"bad date", []byte(`{"format":"fazhi.enforcement.registry/v2","rule_set":"赤壁市2019","officers":[{"id":"Q","name":"q","unit":"u","employment":"civil_servant","history":[{"kind":"training_completed","date":"2023-02-29"}]}]}`), "day out of range 1..28"},
		{"unknown kind", []byte(`{"format":"fazhi.enforcement.registry/v2","rule_set":"赤壁市2019","officers":[{"id":"Q","name":"q","unit":"u","employment":"civil_servant","history":[{"kind":"party","date":"2023-02-28"}]}]}`), `unknown event kind "party"`},
		{"missing name", enforcement.SnapshotOf("赤壁市2019", []enforcement.Officer{{ID: "Q", Unit: "u", Employment: enforcement.CivilServant}}), "name: required"},
		{"duplicate officer", enforcement.SnapshotOf("赤壁市2019", []enforcement.Officer{{ID: "Q", Name: "q", Unit: "u", Employment: enforcement.CivilServant},
			{ID: "Q", Name: "q", Unit: "u", Employment: enforcement.CivilServant}}), `officer "Q": duplicate ID`},
		{"no chain", []byte(`{"format":"fazhi.enforcement.registry/v2","rule_set":"赤壁市2019","officers":[{"id":"Q","name":"q","unit":"u","employment":"civil_servant"}]}`), `officer "Q": record does not match its digest`},
		{"trailing data", append(append([]byte{}, snap...), []byte(" {}")...), "trailing data"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			err := other.Restore(tt.data)
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "enforcement: restore snapshot"), err.Error())
			assert.True(t, strings.HasSuffix(err.Error(), tt.want), err.Error())
			got, err := other.Snapshot()
			require.NoError(t, err)
			assert.Equal(t, string(snap), string(got), "registry unchanged")
		})
	}
	assert.False(t, errors.Is(other.Restore(snap), enforcement.ErrUnknownOfficer))
}

func TestRegistrySweepSameForAnyWorkers(t *testing.T) {
	// Officers added in descending ID order, so that the lists must be
	// sorted, with every kind of listed state in several units.
	var os []enforcement.Officer
	for i := 299; i >= 0; i-- {
		o := activeOfficer(fmt.Sprintf("W%03d", i), fmt.Sprintf("单位%d", i%7))
		switch i % 4 {
		case 1:
			o.History = append(o.History, ev(enforcement.InformationChanged, "2024-03-02"))
		case 2:
			o = twiceFailed(o.ID, o.Unit)
		case 3:
			o.History[2].Expires = d("2024-04-30")
		}
		os = append(os, o)
	}
	reg := newRegistry(t, os...)
	want, err := reg.Sweep(d("2024-04-02"), enforcement.SweepOptions{ExpiringWithin: 30, Workers: 1})
	require.NoError(t, err)
	require.Len(t, want.Removed, 75)
	require.Len(t, want.ChangeOverdue, 75)
	require.Len(t, want.Expiring, 75)
	assert.Equal(t, "W002", want.Removed[0].Officer)
	assert.Equal(t, "单位2", want.Removed[0].Unit)
	assert.Equal(t, 2, want.Removed[0].Failures)
	assert.Equal(t, d("2023-05-01"), want.Removed[0].Since)
	assert.Equal(t, "W297", want.ChangeOverdue[74].Officer)
	for _, workers := range []int{2, 3, 7, 300} {
		got, err := reg.Sweep(d("2024-04-02"), enforcement.SweepOptions{ExpiringWithin: 30, Workers: workers})
		require.NoError(t, err)
		assert.Equal(t, want, got, "workers=%d", workers)
	}
}

// TestRegistryKeepsItsRuleSet checks that changing a rule set after
// NewRegistry does not change the registry's checks: the publicity finding
// keeps the 7 working days of 国办发〔2018〕118号 and its basis.
func TestRegistryKeepsItsRuleSet(t *testing.T) {
	rs := enforcement.Chibi()
	reg, err := enforcement.NewRegistry(rs)
	require.NoError(t, err)
	require.NoError(t, reg.Add(activeOfficer("A1", "市市场监管局"), activeOfficer("A2", "市市场监管局")))
	rs.PublicityPenalty = enforcement.PeriodRule{Period: lawgov.CalendarDays(3), Basis: lawgov.Citation{Instrument: "某县规定（示例）"}}
	rep, err := enforcement.Check(basePenalty(), d("2024-07-01"), reg, nil)
	require.NoError(t, err)
	pub := rep.Find("enforcement.publicity")
	require.Len(t, pub, 1)
	assert.Equal(t, "决定 2024-05-10，应于7个工作日内公开，届满 2024-05-20，实际公开 2024-05-20", pub[0].Message)
	assert.Equal(t, []lawgov.Citation{enforcement.Chibi().PublicityPenalty.Basis}, pub[0].Basis)
}

// TestRegistryGrow checks that Grow keeps the officers already added and
// that officers added after it are found.
func TestRegistryGrow(t *testing.T) {
	reg := newRegistry(t, activeOfficer("A1", "市市场监管局"))
	reg.Grow(0)
	reg.Grow(1000)
	require.NoError(t, reg.Add(activeOfficer("A2", "市市场监管局")))
	assert.Equal(t, []string{"A1", "A2"}, reg.IDs())
	for _, id := range []string{"A1", "A2"} {
		o, err := reg.Officer(id)
		require.NoError(t, err)
		assert.Equal(t, id, o.ID)
	}
	assert.EqualError(t, reg.Add(activeOfficer("A1", "x")), `enforcement: add officer "A1": already in the registry`)
}
