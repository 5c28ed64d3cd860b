package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected dates are worked out by hand from the 2021 holiday notice:
// National Day 2021-10-01..07 off, 2021-09-26 (Sunday) and 2021-10-09
// (Saturday) worked.
func TestCheckReconsideration(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	base := casework.Reconsideration{ID: "开复〔2021〕1号", Unit: "区公安局", Knew: d("2021-08-01"), Received: d("2021-09-30")}
	tests := []struct {
		name    string
		basis   string
		mod     func(*casework.Reconsideration)
		asOf    string
		rule    lawgov.RuleID
		outcome lawgov.Outcome
		msg     string
	}{
		{"application on the 60th day", "行政复议法 第二十条第一款", nil, "2021-10-08",
			casework.RuleApplicationWindow, lawgov.Pass,
			"知道行政行为之日 2021-08-01，申请期限60日，届满 2021-09-30，收到申请 2021-09-30"},
		{"application one day late", "行政复议法 第二十条第一款", func(c *casework.Reconsideration) { c.Knew = d("2021-07-31") }, "2021-10-08",
			casework.RuleApplicationWindow, lawgov.Fail,
			"知道行政行为之日 2021-07-31，申请期限60日，届满 2021-09-29，收到申请 2021-09-30，超过申请期限"},
		{"obstacle days not counted", "行政复议法 第二十条第二款", func(c *casework.Reconsideration) {
			c.Knew = d("2021-07-25")
			c.Obstacles = []casework.Interval{{From: d("2021-08-01"), To: d("2021-08-10")}}
		}, "2021-10-08", casework.RuleApplicationWindow, lawgov.Pass,
			"知道行政行为之日 2021-07-25，申请期限60日，扣除障碍期间10日，届满 2021-10-08，收到申请 2021-09-30"},
		// 2021-07-31 + 60 days = 09-29; an obstacle before the applicant knew
		// of the act holds nothing.
		{"obstacle before the period began", "行政复议法 第二十条第二款", func(c *casework.Reconsideration) {
			c.Knew = d("2021-07-31")
			c.Obstacles = []casework.Interval{{From: d("2021-07-01"), To: d("2021-07-20")}}
		}, "2021-10-08", casework.RuleApplicationWindow, lawgov.Fail,
			"知道行政行为之日 2021-07-31，申请期限60日，届满 2021-09-29，收到申请 2021-09-30，超过申请期限"},
		// 08-01..08-10 and 08-05..08-12 hold the period twelve days, not
		// eighteen: 07-25 + 60 + 12 = 10-05, in the National Day break → 10-08.
		{"overlapping obstacles count each day once", "行政复议法 第二十条第二款", func(c *casework.Reconsideration) {
			c.Knew = d("2021-07-25")
			c.Obstacles = []casework.Interval{{From: d("2021-08-05"), To: d("2021-08-12")}, {From: d("2021-08-01"), To: d("2021-08-10")}}
		}, "2021-10-08", casework.RuleApplicationWindow, lawgov.Pass,
			"知道行政行为之日 2021-07-25，申请期限60日，扣除障碍期间12日，届满 2021-10-08，收到申请 2021-09-30"},
		// 07-25 + 60 = 09-23 (Thu); an obstacle from 09-24 came after the period ran out.
		{"obstacle after the period ran out", "行政复议法 第二十条第二款", func(c *casework.Reconsideration) {
			c.Knew = d("2021-07-25")
			c.Obstacles = []casework.Interval{{From: d("2021-09-24"), To: d("2021-09-29")}}
		}, "2021-10-08", casework.RuleApplicationWindow, lawgov.Fail,
			"知道行政行为之日 2021-07-25，申请期限60日，届满 2021-09-23，收到申请 2021-09-30，超过申请期限"},
		{"acceptance review spans National Day and a make-up Saturday", "行政复议法 第三十条、第八十八条",
			func(c *casework.Reconsideration) { c.Accepted = d("2021-10-13") }, "2021-10-20",
			casework.RuleAcceptanceReview, lawgov.Pass,
			"收到申请 2021-09-30，审查期限5个工作日，届满 2021-10-13，受理 2021-10-13"},
		{"acceptance one working day late", "行政复议法 第三十条",
			func(c *casework.Reconsideration) { c.Accepted = d("2021-10-14") }, "2021-10-20",
			casework.RuleAcceptanceReview, lawgov.Fail,
			"收到申请 2021-09-30，审查期限5个工作日，届满 2021-10-13，受理 2021-10-14，超过审查期限"},
		{"silence: deemed accepted", "行政复议法 第三十条第三款", nil, "2021-10-20",
			casework.RuleAcceptanceReview, lawgov.Fail,
			"收到申请 2021-09-30，审查期限5个工作日，届满 2021-10-13，至 2021-10-20 未作出受理决定，审查期限届满之日起视为受理"},
		{"decision period ends on a Sunday, rolls to Monday", "行政复议法 第六十二条第一款、第八十八条",
			func(c *casework.Reconsideration) {
				c.Accepted, c.Concluded, c.Outcome = d("2021-10-13"), d("2021-12-13"), casework.Uphold
			}, "2022-01-10", casework.RuleDecisionPeriod, lawgov.Pass,
			"受理 2021-10-13，决定期限60日，届满 2021-12-13，审结 2021-12-13"},
		{"suspension stops the clock", "行政复议法 第三十九条、第六十二条",
			func(c *casework.Reconsideration) {
				c.Accepted, c.Concluded, c.Outcome = d("2021-10-13"), d("2021-12-20"), casework.Revoke
				c.Suspensions = []casework.Suspension{{From: d("2021-11-01"), To: d("2021-11-10")}}
			}, "2022-01-10", casework.RuleDecisionPeriod, lawgov.Pass,
			"受理 2021-10-13，决定期限60日，中止10日不计入，届满 2021-12-22，审结 2021-12-20"},
		{"extension of 30 days from the rolled-forward end", "行政复议法 第六十二条第一款; 民法典 第二百零三条",
			func(c *casework.Reconsideration) {
				c.Accepted, c.Concluded, c.Outcome, c.ExtensionDays = d("2021-10-13"), d("2022-01-20"), casework.Vary, 30
			}, "2022-02-10", casework.RuleDecisionPeriod, lawgov.Fail,
			"受理 2021-10-13，决定期限60日，届满 2021-12-13，延长30日自届满日起算，届满 2022-01-12，审结 2022-01-20，超过决定期限8日"},
		{"simplified procedure 30 days", "行政复议法 第六十二条第二款",
			func(c *casework.Reconsideration) {
				c.Accepted, c.Procedure = d("2021-10-13"), casework.Simplified
			}, "2021-11-20", casework.RuleDecisionPeriod, lawgov.Fail,
			"受理 2021-10-13，决定期限30日（简易程序），届满 2021-11-12，至 2021-11-20 仍未作出决定"},
		{"not accepted: no decision period", "行政复议法 第三十条",
			func(c *casework.Reconsideration) { c.Concluded, c.Outcome = d("2021-10-12"), casework.NotAccepted }, "2021-11-20",
			casework.RuleDecisionPeriod, lawgov.NotApplicable, "案件未受理（不予受理），不计算决定期限"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			if tt.mod != nil {
				tt.mod(&c)
			}
			rep, err := casework.CheckReconsideration(c, d(tt.asOf), cal)
			require.NoError(t, err)
			require.Len(t, rep.Findings, len(casework.Rules())-5)
			fs := rep.Find(tt.rule)
			require.Len(t, fs, 1)
			assert.Equal(t, tt.outcome, fs[0].Outcome, tt.basis)
			assert.Equal(t, tt.msg, fs[0].Message, tt.basis)
		})
	}
	_, err := casework.CheckReconsideration(casework.Reconsideration{}, d("2021-01-01"), cal)
	assert.ElementsMatch(t, []string{"id:required", "unit:required", "received:required"}, fieldNames(t, err))
	_, err = casework.CheckReconsideration(casework.Reconsideration{ID: "x", Unit: "u", Received: d("2031-01-04")}, d("2031-02-01"), cal)
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
}

func TestCheckLitigation(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	tests := []struct {
		name    string
		basis   string
		l       casework.Litigation
		asOf    string
		outcome lawgov.Outcome
		msg     string
	}{
		{"first instance nine days over six months", "行政诉讼法 第八十一条",
			casework.Litigation{Instance: casework.FirstInstance, Received: d("2021-03-01"), Concluded: d("2021-09-10"), Outcome: casework.Annul},
			"2021-12-31", lawgov.Fail, "一审立案 2021-03-01，审理期限6个月，届满 2021-09-01，审结 2021-09-10，超过审理期限9日且未记录批准延长"},
		{"simplified procedure 45 days", "行政诉讼法 第八十三条",
			casework.Litigation{Instance: casework.FirstInstance, Procedure: casework.Simplified, Received: d("2021-03-01"), Concluded: d("2021-04-15"), Outcome: casework.SuitWithdrawn},
			"2021-12-31", lawgov.Pass, "一审立案 2021-03-01，审理期限45日，届满 2021-04-15，审结 2021-04-15"},
		{"appeal three months to a month end", "行政诉讼法 第八十八条; 民法典 第二百零二条",
			casework.Litigation{Instance: casework.SecondInstance, Received: d("2021-08-31")},
			"2021-11-01", lawgov.Pass, "二审立案 2021-08-31，审理期限3个月，届满 2021-11-30，至 2021-11-01 尚在期限内"},
		{"approved extension", "行政诉讼法 第八十一条",
			casework.Litigation{Instance: casework.FirstInstance, Received: d("2021-03-01"), ExtensionApproved: true},
			"2021-12-31", lawgov.Pass, "一审立案 2021-03-01，审理期限6个月，届满 2021-09-01，已经批准延长审理期限"},
		// 2021-03-01 + 45 days = 04-15; 04-20 is five days over.
		{"simplified procedure cannot be extended", "行政诉讼法 第八十三条、第八十四条",
			casework.Litigation{Instance: casework.FirstInstance, Procedure: casework.Simplified, Received: d("2021-03-01"), Concluded: d("2021-04-20"), Outcome: casework.Annul, ExtensionApproved: true},
			"2021-12-31", lawgov.Fail, "一审立案 2021-03-01，审理期限45日，届满 2021-04-15，记录了批准延长，但简易程序的审理期限不得延长，审结 2021-04-20，超过审理期限5日"},
		{"retrial", "行政诉讼法 第八十一条",
			casework.Litigation{Instance: casework.Retrial, Received: d("2021-03-01")},
			"2021-12-31", lawgov.NotApplicable, "再审案件不适用第八十一条、第八十三条、第八十八条的审理期限"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.l.ID, tt.l.Unit = "(2021)渝0154行初1号", "区政府"
			rep, err := casework.CheckLitigation(tt.l, d(tt.asOf), cal)
			require.NoError(t, err)
			require.Len(t, rep.Findings, 5)
			f := rep.Find(casework.RuleTrialPeriod)[0]
			assert.Equal(t, tt.outcome, f.Outcome, tt.basis)
			assert.Equal(t, tt.msg, f.Message, tt.basis)
		})
	}
}

// TestRulesCatalogue checks unique IDs, a basis for every rule, and that
// findings carry their rule's basis.
func TestRulesCatalogue(t *testing.T) {
	seen := map[lawgov.RuleID]lawgov.Rule{}
	for _, r := range casework.Rules() {
		require.NoError(t, r.Validate())
		_, dup := seen[r.ID]
		assert.False(t, dup, r.ID)
		seen[r.ID] = r
	}
	cal := lawgov.OfficialCalendar()
	rep, err := casework.CheckReconsideration(casework.Reconsideration{ID: "x", Unit: "u", Knew: d("2021-08-01"), Received: d("2021-09-30")}, d("2021-12-31"), cal)
	require.NoError(t, err)
	rep2, err := casework.CheckLitigation(casework.Litigation{ID: "y", Unit: "u", Instance: casework.FirstInstance, Received: d("2021-03-01")}, d("2021-12-31"), cal)
	require.NoError(t, err)
	for _, f := range append(rep.Findings, rep2.Findings...) {
		r, ok := seen[f.Rule]
		require.True(t, ok, f.Rule)
		assert.Equal(t, r.Basis, f.Basis)
	}
	assert.Equal(t, casework.RuleIDs(), func() []lawgov.RuleID {
		var ids []lawgov.RuleID
		for _, f := range append(rep.Findings, rep2.Findings...) {
			ids = append(ids, f.Rule)
		}
		return ids
	}(), "findings in catalogue order")
}

// TestNoMutableRules proves that no caller can change a rule for
// anyone else: the catalogue, a looked-up rule and a finding's basis are
// fresh copies.
func TestNoMutableRules(t *testing.T) {
	rs := casework.Rules()
	want := rs[0].Basis[0]
	rs[0].ID = "changed"
	rs[0].Basis[0].Article = 999
	r, ok := casework.LookupRule(casework.RuleApplicationWindow)
	require.True(t, ok)
	assert.Equal(t, casework.RuleApplicationWindow, r.ID)
	assert.Equal(t, want, r.Basis[0])
	r.Basis[0].Article = 998
	cal := lawgov.OfficialCalendar()
	c := casework.Reconsideration{ID: "x", Unit: "u", Knew: d("2021-08-01"), Received: d("2021-09-30")}
	rep, err := casework.CheckReconsideration(c, d("2021-12-31"), cal)
	require.NoError(t, err)
	assert.Equal(t, want, rep.Findings[0].Basis[0])
	rep.Findings[0].Basis[0].Article = 997
	rep, err = casework.CheckReconsideration(c, d("2021-12-31"), cal)
	require.NoError(t, err)
	assert.Equal(t, want, rep.Findings[0].Basis[0], "a finding's basis is not shared between runs")
	assert.Equal(t, want, casework.Rules()[0].Basis[0])
	_, ok = casework.LookupRule("casework.nope")
	assert.False(t, ok)
}
