package lawgov_test

import (
	"encoding/json"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two sample rules in the form every package writes them.
var (
	ruleReview = lawgov.Rule{
		ID:       "decision.legality-review",
		Title:    "合法性审查",
		Basis:    []lawgov.Citation{lawgov.MajorDecisionRegulation.Art(25)},
		Severity: lawgov.Violation,
	}
	ruleComment = lawgov.Rule{
		ID:       "decision.public-comment-period",
		Title:    "征求意见期限",
		Basis:    []lawgov.Citation{lawgov.MajorDecisionRegulation.Art(15)},
		Severity: lawgov.Warning,
	}
)

func TestRuleValidate(t *testing.T) {
	require.NoError(t, ruleReview.Validate())
	tests := []struct {
		name string
		r    lawgov.Rule
		want string
	}{
		{"no ID", lawgov.Rule{Title: "x", Basis: ruleReview.Basis, Severity: lawgov.Notice}, "empty ID"},
		{"no title", lawgov.Rule{ID: "x.y", Basis: ruleReview.Basis, Severity: lawgov.Notice}, "empty title"},
		{"no severity", lawgov.Rule{ID: "x.y", Title: "x", Basis: ruleReview.Basis}, "invalid severity"},
		{"no basis", lawgov.Rule{ID: "x.y", Title: "x", Severity: lawgov.Notice}, "no basis"},
		{"bad basis", lawgov.Rule{ID: "x.y", Title: "x", Severity: lawgov.Notice, Basis: []lawgov.Citation{{}}}, "not a valid citation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ErrorContains(t, tt.r.Validate(), tt.want)
		})
	}
}

func TestFindings(t *testing.T) {
	pass := ruleComment.Pass("D-1", "征求意见 2024-09-30 至 2024-10-30，共30日，不少于30日")
	fail := ruleReview.Fail("D-2", "提交审议 2024-10-08，未经合法性审查")
	warn := ruleReview.FailWith(lawgov.Warning, "D-3", "合法性审查意见未附卷")
	na := ruleComment.NotApplicable("D-4", "不属于重大行政决策")

	assert.Equal(t, lawgov.Pass, pass.Outcome)
	assert.Equal(t, lawgov.Notice, pass.Severity)
	assert.Equal(t, lawgov.Fail, fail.Outcome)
	assert.Equal(t, lawgov.Violation, fail.Severity)
	assert.Equal(t, lawgov.Warning, warn.Severity)
	assert.Equal(t, lawgov.NotApplicable, na.Outcome)
	for _, f := range []lawgov.Finding{pass, fail, warn, na} {
		assert.NotEmpty(t, f.Basis)
	}
	assert.Equal(t, ruleReview.Basis, fail.Basis)
	assert.Equal(t, ruleComment.Basis, na.Basis)

	assert.Equal(t, "[不符合·违规] 合法性审查（decision.legality-review） D-2：提交审议 2024-10-08，未经合法性审查 依据：《重大行政决策程序暂行条例》（国务院令第713号）第二十五条", fail.String())
	assert.Equal(t, "[符合] 征求意见期限（decision.public-comment-period） D-1：征求意见 2024-09-30 至 2024-10-30，共30日，不少于30日 依据：《重大行政决策程序暂行条例》（国务院令第713号）第十五条", pass.String())
}

func TestReport(t *testing.T) {
	r := lawgov.Report{
		Subject: "2024年重大行政决策",
		AsOf:    lawgov.MustParseDate("2024-12-31"),
		Findings: []lawgov.Finding{
			ruleComment.Pass("D-2", "共30日"),
			ruleReview.Fail("D-2", "未经合法性审查"),
			ruleComment.NotApplicable("D-1", "不属于重大行政决策"),
			ruleReview.FailWith(lawgov.Warning, "D-1", "审查意见未附卷"),
		},
	}
	assert.False(t, r.OK())
	assert.Len(t, r.Failures(), 2)
	assert.Equal(t, lawgov.Violation, r.Worst())
	assert.Len(t, r.Find("decision.legality-review"), 2)
	assert.Empty(t, r.Find("decision.unknown"))
	assert.Equal(t, 1, r.Count(lawgov.Pass))
	assert.Equal(t, 2, r.Count(lawgov.Fail))
	assert.Equal(t, 1, r.Count(lawgov.NotApplicable))

	var zero lawgov.Report
	assert.True(t, zero.OK())
	assert.Equal(t, lawgov.SeverityUnspecified, zero.Worst())
	assert.Nil(t, zero.Failures())

	s := r.Sorted([]lawgov.RuleID{ruleReview.ID, ruleComment.ID})
	var got []string
	for _, f := range s.Findings {
		got = append(got, f.Subject+" "+string(f.Rule))
	}
	assert.Equal(t, []string{
		"D-1 decision.legality-review", "D-1 decision.public-comment-period",
		"D-2 decision.legality-review", "D-2 decision.public-comment-period",
	}, got)
	assert.Equal(t, "D-2", r.Findings[0].Subject, "Sorted does not change the receiver")
	// Rules not in the order go last, by ID.
	s = r.Sorted(nil)
	assert.Equal(t, ruleReview.ID, s.Findings[0].Rule)

	b, err := json.Marshal(lawgov.Report{AsOf: r.AsOf, Findings: r.Findings[1:2]})
	require.NoError(t, err)
	assert.JSONEq(t, `{"as_of":"2024-12-31","findings":[{"rule":"decision.legality-review","title":"合法性审查","outcome":"fail","severity":"violation","subject":"D-2","message":"未经合法性审查","basis":[{"instrument":"重大行政决策程序暂行条例","document":"国务院令第713号","version":"2019-04-20","article":25}]}]}`, string(b))
	var back lawgov.Report
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r.Findings[1:2], back.Findings)
}
