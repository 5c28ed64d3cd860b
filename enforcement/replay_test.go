package enforcement_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// TestHistoryReplay builds random histories event by event through the
// registry. Impossible events must be rejected with the registry unchanged;
// accepted histories must always derive a valid state; and once removed, an
// officer is never active again without a re-admission
// (赤政发〔2019〕7号 第(十六)项, as documented in the package).
func TestHistoryReplay(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := enforcement.Chibi()
		if rapid.Bool().Draw(t, "consecutive") {
			rs.Exams.Consecutive = true
		}
		reg, err := enforcement.NewRegistry(rs)
		require.NoError(t, err)
		emp := rapid.SampledFrom([]enforcement.EmploymentType{enforcement.CivilServant, enforcement.CareerStaff, enforcement.ContractWorker}).Draw(t, "emp")
		require.NoError(t, reg.Add(enforcement.Officer{ID: "P", Name: "p", Unit: "u", Employment: emp}))
		date := lawgov.MustDate(2019, 1, 1)
		kinds := []enforcement.EventKind{enforcement.TrainingCompleted, enforcement.ExamAttempt, enforcement.ExamAttempt, enforcement.CredentialIssued,
			enforcement.InformationChanged, enforcement.ChangeReported, enforcement.CredentialReissued, enforcement.Suspended, enforcement.Revoked,
			enforcement.Cancelled, enforcement.RemovedFromDatabase, enforcement.Readmitted, enforcement.AnnualReviewPassed}
		steps := rapid.IntRange(1, 40).Draw(t, "steps")
		for i := 0; i < steps; i++ {
			date = date.AddDays(rapid.IntRange(-3, 60).Draw(t, "gap"))
			e := enforcement.Event{Kind: rapid.SampledFrom(kinds).Draw(t, "kind"), Date: date, Passed: rapid.Bool().Draw(t, "passed"),
				Number: "N", Fields: []string{"市场监管"}, Region: "赤壁市"}
			if e.Kind == enforcement.Suspended && rapid.Bool().Draw(t, "bounded") {
				e.Until = date.AddDays(rapid.IntRange(0, 90).Draw(t, "len"))
			}
			before, _ := reg.Snapshot()
			if err := reg.Apply("P", e); err != nil {
				var ee *enforcement.EventError
				require.ErrorAs(t, err, &ee)
				after, _ := reg.Snapshot()
				require.Equal(t, string(before), string(after), "registry changed by a rejected event")
			}
		}
		o, err := reg.Officer("P")
		require.NoError(t, err)
		removedSince := lawgov.Date{}
		hi := 0
		for day := lawgov.MustDate(2019, 1, 1); day.Year() <= 2025; day = day.AddDays(7) {
			st, err := reg.StatusAt("P", day)
			require.NoError(t, err)
			require.True(t, st.State.IsValid())
			require.NotEmpty(t, st.Findings())
			for hi < len(o.History) && !o.History[hi].Date.After(day) {
				if o.History[hi].Kind == enforcement.Readmitted {
					removedSince = lawgov.Date{}
				}
				hi++
			}
			if st.State == enforcement.StateRemoved && removedSince.IsZero() {
				removedSince = day
			}
			if !removedSince.IsZero() {
				assert.Equal(t, enforcement.StateRemoved, st.State, "removed on %s, no re-admission by %s", removedSince, day)
			}
			if st.State == enforcement.StateActive {
				assert.True(t, emp.Eligible(), "ineligible staff never active")
				assert.NotEmpty(t, st.Credential.Number)
			}
		}
	})
}
