package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fieldNames(t *testing.T, err error) []string {
	t.Helper()
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	var out []string
	for _, f := range ie.Fields {
		out = append(out, f.Field+":"+f.Rule)
	}
	return out
}

func TestReconsiderationValidate(t *testing.T) {
	ok := casework.Reconsideration{ID: "RC-1", Unit: "区公安局", Received: d("2021-03-01"), Accepted: d("2021-03-03"),
		Concluded: d("2021-04-20"), Outcome: casework.Revoke}
	require.NoError(t, ok.Validate())

	tests := []struct {
		name string
		mod  func(*casework.Reconsideration)
		want []string
	}{
		{"concluded before received", func(c *casework.Reconsideration) { c.Concluded = d("2021-02-01"); c.Accepted = lawgov.Date{} },
			[]string{"concluded:gtefield"}},
		{"outcome without concluded date", func(c *casework.Reconsideration) { c.Concluded = lawgov.Date{} },
			[]string{"concluded:required_with"}},
		{"concluded without outcome", func(c *casework.Reconsideration) { c.Outcome = 0 },
			[]string{"outcome:required_with"}},
		{"unknown outcome code", func(c *casework.Reconsideration) { c.Outcome = 99 },
			[]string{"outcome:isvalid"}},
		{"unknown procedure and missing ID", func(c *casework.Reconsideration) { c.Procedure = 7; c.ID = "" },
			[]string{"id:required", "procedure:isvalid"}},
		{"extension over 30 days", func(c *casework.Reconsideration) { c.ExtensionDays = 31 },
			[]string{"extension_days:max"}},
		{"indirect correction without withdrawal", func(c *casework.Reconsideration) { c.ChangedBeforeWithdrawal = true },
			[]string{"changed_before_withdrawal:outcome"}},
		{"suspension ending before it starts", func(c *casework.Reconsideration) {
			c.Suspensions = []casework.Suspension{{From: d("2021-03-10"), To: d("2021-03-05")}}
		}, []string{"suspensions[0].to:gtefield"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.mod(&c)
			err := c.Validate()
			assert.ElementsMatch(t, tt.want, fieldNames(t, err))
			_, err = c.Record(0)
			assert.ElementsMatch(t, tt.want, fieldNames(t, err), "Record validates first")
		})
	}
	var zero casework.Reconsideration
	assert.ElementsMatch(t, []string{"id:required", "unit:required", "received:required"},
		fieldNames(t, zero.Validate()))
}

func TestLitigationValidate(t *testing.T) {
	ok := casework.Litigation{ID: "AL-1", Unit: "区政府", Instance: casework.FirstInstance, Received: d("2021-03-01"),
		Concluded: d("2021-06-01"), Outcome: casework.Annul,
		Hearings: []casework.Hearing{{Date: d("2021-05-10"), Attendees: []casework.Attendee{{Role: casework.Deputy}}}}}
	require.NoError(t, ok.Validate())
	tests := []struct {
		name string
		mod  func(*casework.Litigation)
		want []string
	}{
		{"concluded before received", func(l *casework.Litigation) { l.Concluded = d("2021-01-01"); l.Hearings = nil },
			[]string{"concluded:gtefield"}},
		{"outcome without concluded date", func(l *casework.Litigation) { l.Concluded = lawgov.Date{} },
			[]string{"concluded:required_with"}},
		{"hearing after conclusion", func(l *casework.Litigation) { l.Hearings[0].Date = d("2021-07-01") },
			[]string{"hearings[0].date:ltefield"}},
		{"unknown role", func(l *casework.Litigation) { l.Hearings[0].Attendees[0].Role = 42 },
			[]string{"hearings[0].attendees[0].role:isvalid"}},
		{"missing instance", func(l *casework.Litigation) { l.Instance = 0 },
			[]string{"instance:required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := ok
			l.Hearings = []casework.Hearing{{Date: ok.Hearings[0].Date, Attendees: []casework.Attendee{ok.Hearings[0].Attendees[0]}}}
			tt.mod(&l)
			assert.ElementsMatch(t, tt.want, fieldNames(t, l.Validate()))
		})
	}
}

// TestAppearance checks who counts (出庭应诉规定 第二条), proof of identity
// (第六条) and once per instance (第七条).
func TestAppearance(t *testing.T) {
	h := func(date string, roles ...casework.Role) casework.Hearing {
		x := casework.Hearing{Date: d(date)}
		for _, r := range roles {
			x.Attendees = append(x.Attendees, casework.Attendee{Role: r})
		}
		return x
	}
	tests := []struct {
		name           string
		basis          string
		hearings       []casework.Hearing
		heard, appears bool
	}{
		{"no hearing: outside the base", "出庭应诉规定 第七条", nil, false, false},
		{"lawyer only", "行诉解释 第一百二十八条", []casework.Hearing{h("2021-05-10", casework.Lawyer)}, true, false},
		{"head of subordinate agency does not count", "出庭应诉规定 第二条", []casework.Hearing{h("2021-05-10", casework.SubordinateHead, casework.Staff)}, true, false},
		{"deputy in charge counts", "出庭应诉规定 第二条", []casework.Hearing{h("2021-05-10", casework.DeputyLevelInCharge)}, true, true},
		{"one of three hearings suffices", "出庭应诉规定 第七条", []casework.Hearing{h("2021-05-10", casework.Staff), h("2021-05-20", casework.Principal), h("2021-05-30", casework.Staff)}, true, true},
		{"unproven identity", "出庭应诉规定 第六条", []casework.Hearing{{Date: d("2021-05-10"), Attendees: []casework.Attendee{{Role: casework.Principal, IdentityUnproven: true}}}}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := casework.Litigation{ID: "AL", Unit: "区政府", Instance: casework.FirstInstance, Received: d("2021-03-01"),
				Concluded: d("2021-06-01"), Outcome: casework.RejectSuitClaim, Hearings: tt.hearings}
			heard, appeared := l.Appearance()
			assert.Equal(t, tt.heard, heard, tt.basis)
			assert.Equal(t, tt.appears, appeared, tt.basis)
			r, err := l.Record(3)
			require.NoError(t, err)
			tl := casework.TallyRecords([]casework.Record{r})
			assert.Equal(t, b2i(tt.heard), tl.Litigation.Heard)
			assert.Equal(t, b2i(tt.appears), tl.Litigation.Appeared, "counted once per instance")
		})
	}
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
