package enforcement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// TestOutOfOrderAtEveryDate: an earlier-dated event placed behind a
// later one is rejected whatever the as-of date, including dates before the
// later event (the replay used to stop there and ignore the rest).
func TestOutOfOrderAtEveryDate(t *testing.T) {
	rs := enforcement.Chibi()
	o := activeOfficer("A1", "市市场监管局")
	o.History = append(o.History, ev(enforcement.AnnualReviewPassed, "2024-05-01"), ev(enforcement.InformationChanged, "2024-03-02"))
	for _, asOf := range []string{"2022-01-01", "2023-02-01", "2024-04-01", "2024-06-01"} {
		_, err := rs.StatusAt(o, d(asOf))
		var ee *enforcement.EventError
		require.ErrorAs(t, err, &ee, asOf)
		assert.Equal(t, 4, ee.Index, asOf)
		assert.Equal(t, "date before the previous event 2024-05-01", ee.Reason, asOf)
	}
	// An impossible event after the as-of date is rejected too.
	o = activeOfficer("A1", "市市场监管局")
	o.History = append(o.History, ev(enforcement.ChangeReported, "2024-05-01"))
	_, err := rs.StatusAt(o, d("2023-06-01"))
	assert.ErrorContains(t, err, "no unreported change")
}

// TestPermutedHistory: any permutation of a possible history with
// distinct dates is either that history or rejected at every as-of date
// (赤政发〔2019〕7号 第(十六)项 as the rule set).
func TestPermutedHistory(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := enforcement.Chibi()
		reg, err := enforcement.NewRegistry(rs)
		require.NoError(t, err)
		require.NoError(t, reg.Add(enforcement.Officer{ID: "P", Name: "p", Unit: "u", Employment: enforcement.CivilServant}))
		kinds := []enforcement.EventKind{enforcement.TrainingCompleted, enforcement.ExamAttempt, enforcement.CredentialIssued,
			enforcement.InformationChanged, enforcement.ChangeReported, enforcement.CredentialReissued, enforcement.Suspended,
			enforcement.AnnualReviewPassed, enforcement.Cancelled, enforcement.RemovedFromDatabase, enforcement.Readmitted}
		date := lawgov.MustDate(2019, 1, 1)
		for i := rapid.IntRange(2, 25).Draw(t, "steps"); i > 0; i-- {
			date = date.AddDays(rapid.IntRange(1, 50).Draw(t, "gap"))
			e := enforcement.Event{Kind: rapid.SampledFrom(kinds).Draw(t, "kind"), Date: date, Passed: rapid.Bool().Draw(t, "passed"),
				Number: "N", Fields: []string{"市场监管"}, Region: "赤壁市"}
			_ = reg.Apply("P", e) // impossible events are rejected and skipped
		}
		o, err := reg.Officer("P")
		require.NoError(t, err)
		if len(o.History) < 2 {
			return
		}
		perm := rapid.Permutation(o.History).Draw(t, "perm")
		p := o
		p.History = perm
		same := true
		for i := range perm {
			same = same && perm[i].Kind == o.History[i].Kind && perm[i].Date == o.History[i].Date
		}
		first, last := o.History[0].Date, o.History[len(o.History)-1].Date
		for day := first.AddDays(-1); !day.After(last.AddDays(1)); day = day.AddDays(rapid.IntRange(1, 40).Draw(t, "step")) {
			want, werr := rs.StatusAt(o, day)
			require.NoError(t, werr)
			got, gerr := rs.StatusAt(p, day)
			if same {
				require.NoError(t, gerr)
				assert.Equal(t, want.State, got.State)
				continue
			}
			var ee *enforcement.EventError
			require.ErrorAs(t, gerr, &ee, "permutation accepted on %s", day)
		}
	})
}

// TestLateReport: a change reported after its period ends the
// overdue state but stays on the record and is counted by sweeps
// (赤政发〔2019〕7号 第(十六)项 「须在30日内…报告」). 2023-09-01 + 30 days is
// Sunday 2023-10-01, in the National Day break; the next working day is the
// make-up Saturday 2023-10-07, so a report on 2023-10-16 is 9 days late.
func TestLateReport(t *testing.T) {
	o := activeOfficer("L1", "市城管局")
	o.History = append(o.History, enforcement.Event{Kind: enforcement.InformationChanged, Date: d("2023-09-01"), What: "职务"},
		enforcement.Event{Kind: enforcement.ChangeReported, Date: d("2023-10-16"), Decision: "变更报告", Recorder: "市司法局"})
	rs := enforcement.Chibi()
	st, err := rs.StatusAt(o, d("2024-01-01"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateActive, st.State)
	assert.Equal(t, 1, st.LateReports)
	assert.Equal(t, d("2023-10-07"), st.LateDue)
	assert.Equal(t, d("2023-10-16"), st.LateReported)
	fs := st.Findings()
	require.Len(t, fs, 2)
	assert.Equal(t, lawgov.RuleID("enforcement.change-report-late"), fs[1].Rule)
	assert.Equal(t, lawgov.Warning, fs[1].Severity)
	assert.Equal(t, "2023-09-01 执法证登载信息变更，报告期限30日，届满日 2023-10-07，2023-10-16 报告，逾期9日；截至 2024-01-01 累计逾期报告1次", fs[1].Message)

	// Before the report the state was overdue; on the last day it was not.
	st, err = rs.StatusAt(o, d("2023-10-07"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateActive, st.State)
	assert.Zero(t, st.LateReports)
	st, err = rs.StatusAt(o, d("2023-10-08"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateChangeOverdue, st.State)

	// A report on the last day is on time; a reissue ends a change as a
	// report does and counts when late.
	onTime := activeOfficer("L2", "市城管局")
	onTime.History = append(onTime.History, ev(enforcement.InformationChanged, "2023-09-01"), ev(enforcement.ChangeReported, "2023-10-07"))
	reissued := activeOfficer("L3", "市市场监管局")
	reissued.History = append(reissued.History, ev(enforcement.InformationChanged, "2023-09-01"), issue("2023-10-09", "42-L3b"))
	reissued.History[len(reissued.History)-1].Kind = enforcement.CredentialReissued
	reg := newRegistry(t, o, onTime, reissued, activeOfficer("L4", "市城管局"))
	res, err := reg.Sweep(d("2024-01-01"), enforcement.SweepOptions{})
	require.NoError(t, err)
	require.Len(t, res.LateReported, 2)
	assert.Equal(t, "L1", res.LateReported[0].Officer)
	assert.Equal(t, d("2023-09-01"), res.LateReported[0].Since)
	assert.Equal(t, d("2023-10-07"), res.LateReported[0].Due)
	assert.Equal(t, d("2023-10-16"), res.LateReported[0].Reported)
	assert.Equal(t, "L3", res.LateReported[1].Officer)
	assert.Equal(t, d("2023-10-09"), res.LateReported[1].Reported)
	assert.Equal(t, 2, res.LateReports)
	assert.Equal(t, 4, res.Totals.Of(enforcement.StateActive))
}

// TestSweepKeepsGoing: an officer whose period runs past the
// calendar data is listed with its error; the others are swept.
func TestSweepKeepsGoing(t *testing.T) {
	bad := activeOfficer("Z1", "市城管局")
	bad.History = append(bad.History, ev(enforcement.InformationChanged, "2026-12-15")) // due in 2027: no data
	reg := newRegistry(t, activeOfficer("A1", "市城管局"), bad, twiceFailed("B1", "市城管局"))
	for _, workers := range []int{1, 2, 3} {
		res, err := reg.Sweep(d("2026-12-31"), enforcement.SweepOptions{Workers: workers})
		require.NoError(t, err)
		require.Len(t, res.Errors, 1)
		assert.Equal(t, "Z1", res.Errors[0].Officer)
		require.ErrorIs(t, res.Errors[0], lawgov.ErrNoCalendarData)
		require.ErrorIs(t, res.Err(), lawgov.ErrNoCalendarData)
		assert.Equal(t, 2, res.Totals.Total())
		assert.Len(t, res.Removed, 1)
	}
	res, err := reg.Sweep(d("2026-06-30"), enforcement.SweepOptions{})
	require.NoError(t, err)
	assert.Empty(t, res.Errors)
	assert.NoError(t, res.Err())
}

// TestInvalidUTF8 rejects IDs and texts that JSON would change.
func TestInvalidUTF8(t *testing.T) {
	reg := newRegistry(t, activeOfficer("A1", "u"))
	o := activeOfficer("A\xff", "u")
	assert.EqualError(t, reg.Add(o), `enforcement: officer "A\xff": id is not valid UTF-8`)
	o = activeOfficer("A2", "u\xfe")
	assert.ErrorContains(t, reg.Add(o), "unit is not valid UTF-8")
	err := reg.Apply("A1", enforcement.Event{Kind: enforcement.InformationChanged, Date: d("2024-03-02"), What: "职\xff务"})
	assert.ErrorContains(t, err, "not valid UTF-8")
	a := basePenalty()
	a.Officers = []string{"A1", "A\xff"}
	_, err = enforcement.Check(a, d("2024-07-01"), reg, nil)
	assert.ErrorContains(t, err, "not valid UTF-8")
	assert.Equal(t, 1, reg.Len())
}

// TestSnapshotTamper: a snapshot whose content departs from its
// digest chain is rejected with the officer and the event named.
func TestSnapshotTamper(t *testing.T) {
	o := activeOfficer("A1", "市市场监管局")
	o.History = append(o.History, ev(enforcement.AnnualReviewPassed, "2024-01-05"), ev(enforcement.InformationChanged, "2024-03-02"))
	failed := enforcement.Officer{ID: "B1", Name: "李B1", Unit: "市城管局", Employment: enforcement.CivilServant,
		History: []enforcement.Event{ev(enforcement.TrainingCompleted, "2023-01-10"), exam("2023-02-01", false)}}
	reg := newRegistry(t, o, failed)
	snap, err := reg.Snapshot()
	require.NoError(t, err)
	head, err := enforcement.SnapshotHead(snap)
	require.NoError(t, err)

	edit := func(f func(s map[string]any)) []byte {
		var s map[string]any
		require.NoError(t, json.Unmarshal(snap, &s))
		f(s)
		b, err := json.Marshal(s)
		require.NoError(t, err)
		return b
	}
	officer := func(s map[string]any, i int) map[string]any { return s["officers"].([]any)[i].(map[string]any) }
	history := func(s map[string]any, i int) []any { return officer(s, i)["history"].([]any) }
	passed := map[string]any{"kind": "exam_attempt", "date": "2023-03-01", "passed": true}
	tests := []struct {
		name  string
		data  []byte
		want  enforcement.Tampering
		who   string
		index int
		msg   string
	}{
		{"event changed", edit(func(s map[string]any) { history(s, 0)[3].(map[string]any)["date"] = "2024-01-06" }),
			enforcement.EventChanged, "A1", 3, `enforcement: restore snapshot: officer "A1": event 3 (annual_review of 2024-01-06) changed`},
		{"passed exam inserted", edit(func(s map[string]any) {
			officer(s, 1)["history"] = append(history(s, 1), passed)
		}), enforcement.EventInserted, "B1", 2, `enforcement: restore snapshot: officer "B1": event 2 (exam_attempt of 2023-03-01) inserted`},
		{"passed exam inserted in the middle", edit(func(s map[string]any) {
			h := history(s, 1)
			officer(s, 1)["history"] = []any{h[0], passed, h[1]}
		}), enforcement.EventInserted, "B1", 1, `enforcement: restore snapshot: officer "B1": event 1 (exam_attempt of 2023-03-01) inserted`},
		{"failed exam removed", edit(func(s map[string]any) { officer(s, 1)["history"] = history(s, 1)[:1] }),
			enforcement.EventRemoved, "B1", 1, `enforcement: restore snapshot: officer "B1": the event at position 1 was removed`},
		{"event removed in the middle", edit(func(s map[string]any) {
			h := history(s, 0)
			officer(s, 0)["history"] = append(slices.Clone(h[:3]), h[4:]...)
		}), enforcement.EventRemoved, "A1", 3, `enforcement: restore snapshot: officer "A1": the event at position 3 was removed`},
		{"document changed", edit(func(s map[string]any) { history(s, 0)[0].(map[string]any)["decision"] = "伪造的通知" }),
			enforcement.EventChanged, "A1", 0, `enforcement: restore snapshot: officer "A1": event 0 (training_completed of 2023-01-10) changed`},
		{"record changed", edit(func(s map[string]any) { officer(s, 1)["employment"] = "career_staff" }),
			enforcement.RecordChanged, "B1", -1, `enforcement: restore snapshot: officer "B1": record does not match its digest`},
		{"officer removed whole", edit(func(s map[string]any) { s["officers"] = s["officers"].([]any)[:1] }),
			enforcement.HeadMismatch, "", -1, "enforcement: restore snapshot: head does not match: officers were added, removed or changed whole"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := newRegistry(t)
			err := other.Restore(tt.data)
			var te *enforcement.TamperError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tt.want, te.What)
			assert.Equal(t, tt.who, te.Officer)
			assert.Equal(t, tt.index, te.Index)
			assert.EqualError(t, err, tt.msg)
			assert.Equal(t, 0, other.Len(), "registry unchanged")
		})
	}

	// A snapshot rewritten whole, its chain recomputed, restores, but not
	// against the head kept from the original.
	forgedOfficer := failed
	forgedOfficer.History = append(slices.Clone(failed.History), exam("2023-03-01", true))
	forged := enforcement.SnapshotOf("赤壁市2019", []enforcement.Officer{o, forgedOfficer})
	other := newRegistry(t)
	require.NoError(t, other.Restore(forged))
	err = other.RestoreVerified(forged, head)
	var te *enforcement.TamperError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, enforcement.HeadMismatch, te.What)
	require.NoError(t, other.RestoreVerified(snap, head))
	assert.Equal(t, []string{"A1", "B1"}, other.IDs())
	assert.Equal(t, "event_inserted", enforcement.EventInserted.String())
	assert.Equal(t, "事件被插入", enforcement.EventInserted.Label())
	assert.Equal(t, "Tampering(9)", enforcement.Tampering(9).String())
}

// mapLookup is a host's own officer store: Check works on it as on a Registry.
type mapLookup struct {
	rs       *enforcement.RuleSet
	officers map[string]enforcement.Officer
	err      error
}

func (m mapLookup) RuleSet() *enforcement.RuleSet { return m.rs }

func (m mapLookup) LookupOfficer(id string) (enforcement.Officer, bool, error) {
	if m.err != nil {
		return enforcement.Officer{}, false, m.err
	}
	o, ok := m.officers[id]
	return o, ok, nil
}

func TestOfficerLookup(t *testing.T) {
	reg := actionRegistry(t)
	m := mapLookup{rs: enforcement.Chibi(), officers: map[string]enforcement.Officer{}}
	for _, id := range reg.IDs() {
		o, err := reg.Officer(id)
		require.NoError(t, err)
		m.officers[id] = o
	}
	for _, ids := range [][]string{{"A1", "A2"}, {"A1", "A3"}, {"A1", "X9"}} {
		a := basePenalty()
		a.Officers, a.CredentialsShown = ids, ids
		want, err := enforcement.Check(a, d("2024-07-01"), reg, nil)
		require.NoError(t, err)
		got, err := enforcement.Check(a, d("2024-07-01"), m, nil)
		require.NoError(t, err)
		assert.Equal(t, want, got, "%v", ids)
	}
	m.err = errors.New("database down")
	_, err := enforcement.Check(basePenalty(), d("2024-07-01"), m, nil)
	assert.EqualError(t, err, `enforcement: check action "赤市监罚〔2024〕12号": look up officer "A1": database down`)
	_, err = enforcement.Check(basePenalty(), d("2024-07-01"), mapLookup{rs: &enforcement.RuleSet{}}, nil)
	assert.ErrorContains(t, err, "validate rule set")
	var nilReg *enforcement.Registry
	_, err = enforcement.Check(basePenalty(), d("2024-07-01"), nilReg, nil)
	assert.ErrorContains(t, err, "no officer lookup")
}

// TestConcurrent applies events, sweeps, checks and verdicts, draws and
// takes snapshots at once; run with -race.
func TestConcurrent(t *testing.T) {
	var os []enforcement.Officer
	for i := range 40 {
		os = append(os, activeOfficer(fmt.Sprintf("C%02d", i), fmt.Sprintf("单位%d", i%4)))
	}
	reg := newRegistry(t, os...)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				id := fmt.Sprintf("C%02d", (w*10+i)%40)
				switch i % 5 {
				case 0:
					_ = reg.Apply(id, ev(enforcement.AnnualReviewPassed, lawgov.MustDate(2024, 1, 1).AddDays(w*40+i).String()))
				case 1:
					_, err := reg.Sweep(d("2024-06-01"), enforcement.SweepOptions{Workers: 2})
					assert.NoError(t, err)
				case 2:
					a := basePenalty()
					a.Officers, a.CredentialsShown = []string{id, "C00"}, []string{id, "C00"}
					rep, err := enforcement.Check(a, d("2024-07-01"), reg, nil)
					assert.NoError(t, err)
					v, err := enforcement.Verdict(a, d("2024-07-01"), reg, nil)
					assert.NoError(t, err)
					assert.Equal(t, rep.OK(), v.OK())
				case 3:
					res, err := reg.Draw(enforcement.DrawRequest{Seed: uint64(i), Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: roster(10), Count: 2})
					assert.NoError(t, err)
					assert.NoError(t, enforcement.Verify(res))
				case 4:
					snap, err := reg.Snapshot()
					assert.NoError(t, err)
					_, err = enforcement.SnapshotHead(snap)
					assert.NoError(t, err)
				}
			}
		}()
	}
	wg.Wait()
	snap, err := reg.Snapshot()
	require.NoError(t, err)
	other := newRegistry(t)
	require.NoError(t, other.Restore(snap))
	assert.Equal(t, reg.IDs(), other.IDs())
}
