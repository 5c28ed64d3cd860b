package lawgov_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func testRules(n int) []lawgov.Rule {
	rs := make([]lawgov.Rule, n)
	for i := range rs {
		rs[i] = lawgov.Rule{ID: lawgov.RuleID("test.rule-" + strconv.Itoa(i)), Title: "规则" + strconv.Itoa(i),
			Basis: []lawgov.Citation{lawgov.AdministrativePenaltyLaw.Art(i + 1)}, Severity: lawgov.Severity(1 + i%3)}
	}
	return rs
}

func TestVerdictJudge(t *testing.T) {
	var v lawgov.Verdict
	assert.True(t, v.OK())
	assert.Equal(t, 0, v.Len())
	require.NoError(t, v.Judge(0, lawgov.Pass, lawgov.Notice))
	require.NoError(t, v.Judge(2, lawgov.Fail, lawgov.Warning))
	require.NoError(t, v.Judge(2, lawgov.Pass, lawgov.Notice)) // a second finding of rule 2 passes
	require.NoError(t, v.Judge(2, lawgov.Fail, lawgov.Notice)) // a lesser failure keeps the warning
	require.NoError(t, v.Judge(3, lawgov.NotApplicable, lawgov.Notice))
	require.NoError(t, v.Judge(4, lawgov.Fail, lawgov.SeverityUnspecified))
	assert.Equal(t, 5, v.Len())
	assert.Equal(t, []lawgov.Outcome{lawgov.Pass, lawgov.OutcomeUnspecified, lawgov.Fail, lawgov.NotApplicable, lawgov.Fail},
		[]lawgov.Outcome{v.Outcome(0), v.Outcome(1), v.Outcome(2), v.Outcome(3), v.Outcome(4)})
	assert.Equal(t, lawgov.Warning, v.Severity(2))
	assert.Equal(t, lawgov.Violation, v.Severity(4), "an unspecified failure severity is a violation")
	assert.Equal(t, lawgov.Notice, v.Severity(0))
	assert.Equal(t, lawgov.SeverityUnspecified, v.Severity(1))
	assert.Equal(t, lawgov.SeverityUnspecified, v.Severity(9))
	assert.Equal(t, lawgov.OutcomeUnspecified, v.Outcome(-1))
	assert.Equal(t, lawgov.Violation, v.Worst())
	assert.False(t, v.OK())
	assert.Equal(t, []int{2, 4}, slices.Collect(v.Failures()))
	assert.Equal(t, 1, v.Count(lawgov.Pass))
	assert.Equal(t, 2, v.Count(lawgov.Fail))
	assert.Equal(t, 1, v.Count(lawgov.NotApplicable))
	assert.Equal(t, "5 rules: 1 pass, 2 fail (worst violation), 1 not_applicable", v.String())

	before := v
	assert.Error(t, v.Judge(lawgov.MaxVerdictRules, lawgov.Pass, lawgov.Notice))
	assert.Error(t, v.Judge(-1, lawgov.Pass, lawgov.Notice))
	assert.Error(t, v.Judge(1, lawgov.OutcomeUnspecified, lawgov.Notice))
	assert.Equal(t, before, v, "a refused judgement changes nothing")

	require.NoError(t, v.Judge(lawgov.MaxVerdictRules-1, lawgov.Fail, lawgov.Notice))
	assert.Equal(t, lawgov.MaxVerdictRules, v.Len())
	assert.Equal(t, []int{2, 4, lawgov.MaxVerdictRules - 1}, slices.Collect(v.Failures()))
}

func TestVerdictOfErrors(t *testing.T) {
	rs := testRules(2)
	order := []lawgov.RuleID{rs[0].ID, rs[1].ID}
	_, err := lawgov.VerdictOf(lawgov.Report{Findings: []lawgov.Finding{testRules(3)[2].Pass("x", "")}}, order)
	assert.ErrorContains(t, err, `rule "test.rule-2" is not in the order`)
	_, err = lawgov.VerdictOf(lawgov.Report{}, make([]lawgov.RuleID, lawgov.MaxVerdictRules+1))
	assert.Error(t, err)
	v, err := lawgov.VerdictOf(lawgov.Report{Findings: []lawgov.Finding{
		rs[1].Fail("x", ""), lawgov.RuleProvisionalCalendar().NotApplicable("x", lawgov.ProvisionalMessage(2027))}}, order)
	require.NoError(t, err)
	assert.True(t, v.Provisional())
	assert.Equal(t, lawgov.OutcomeUnspecified, v.Outcome(0), "a rule without a finding has no outcome")
	assert.Equal(t, lawgov.Fail, v.Outcome(1))
}

// judgement is one finding a random run makes.
type judgement struct {
	pos     int
	outcome lawgov.Outcome
	sev     lawgov.Severity
	text    []string
}

// A builder kept for its verdict and one kept for its report take the same
// run to the same verdict, which is also the report's folded verdict; the
// findings carry their texts in order and their rules' citations.
func TestPropertyBuilderVerdictAgreesWithFindings(t *testing.T) {
	var full, quiet lawgov.ReportBuilder
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(1, lawgov.MaxVerdictRules).Draw(rt, "rules")
		rs := testRules(n)
		order := make([]lawgov.RuleID, n)
		for i := range rs {
			order[i] = rs[i].ID
		}
		js := rapid.SliceOfN(rapid.Custom(func(rt *rapid.T) judgement {
			return judgement{
				pos:     rapid.IntRange(0, n-1).Draw(rt, "pos"),
				outcome: lawgov.Outcome(rapid.IntRange(1, 3).Draw(rt, "outcome")),
				sev:     lawgov.Severity(rapid.IntRange(0, 3).Draw(rt, "severity")),
				text:    rapid.SliceOfN(rapid.StringMatching(`[一-龥a-z0-9]{0,8}`), 0, 4).Draw(rt, "text"),
			}
		}), 0, 200).Draw(rt, "judgements")
		big := rapid.Bool().Draw(rt, "big") // overflow the inline text
		run := func(b *lawgov.ReportBuilder, quiet bool) {
			b.Reset(n, quiet)
			for _, j := range js {
				b.Begin(j.pos, &rs[j.pos], "S")
				for _, s := range j.text {
					b.Text(s)
				}
				if big {
					b.Text(strings.Repeat("长", 1000))
				}
				b.Judge(j.outcome, j.sev).Int(j.pos).Date(lawgov.MustDate(2024, 3, 1))
			}
		}
		run(&full, false)
		run(&quiet, true)
		require.NoError(rt, full.Err())
		require.NoError(rt, quiet.Err())
		fs := full.Findings(nil)
		require.Nil(rt, quiet.Findings(nil))
		require.Len(rt, fs, len(js))
		want, err := lawgov.VerdictOf(lawgov.Report{Findings: fs}, order)
		require.NoError(rt, err)
		require.Equal(rt, want, full.Verdict())
		require.Equal(rt, want, quiet.Verdict())
		for k, j := range js {
			f := fs[k]
			msg := strings.Join(j.text, "")
			if big {
				msg += strings.Repeat("长", 1000)
			}
			msg += strconv.Itoa(j.pos) + "2024-03-01"
			require.Equal(rt, msg, f.Message)
			require.Equal(rt, rs[j.pos].ID, f.Rule)
			require.Equal(rt, rs[j.pos].Basis, f.Basis)
			require.Equal(rt, j.outcome, f.Outcome)
			switch {
			case j.outcome != lawgov.Fail:
				require.Equal(rt, lawgov.Notice, f.Severity)
			case j.sev == lawgov.SeverityUnspecified:
				require.Equal(rt, rs[j.pos].Severity, f.Severity)
			default:
				require.Equal(rt, j.sev, f.Severity)
			}
		}
	})
}

func TestBuilderErrors(t *testing.T) {
	var b lawgov.ReportBuilder
	r := testRules(1)[0]
	b.Reset(1, false)
	b.Judge(lawgov.Pass, lawgov.Notice)
	assert.ErrorContains(t, b.Err(), "before any finding began")
	b.Reset(1, false)
	b.Pass(1, &r, "x")
	assert.ErrorContains(t, b.Err(), "outside the 1 rules of the run")
	b.Reset(lawgov.MaxVerdictRules+1, true)
	assert.Error(t, b.Err())
	b.Reset(1, true)
	b.Begin(0, &r, "x").Judge(lawgov.OutcomeUnspecified, lawgov.Notice)
	assert.ErrorContains(t, b.Err(), "undefined outcome")
}

// Reusing a report's memory gives the same findings, and the builder's
// own memory is reused from run to run without allocating.
func TestBuilderReuse(t *testing.T) {
	rs := testRules(40)
	var b lawgov.ReportBuilder
	run := func(quiet bool) {
		b.Reset(len(rs), quiet)
		for i := range rs {
			b.Fail(i, &rs[i], "案件").Text("期限").Int(i).Text("日，届满 ").Date(lawgov.MustDate(2024, 1, 31)).
				Period(lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 5))
		}
	}
	run(false)
	first := b.Findings(nil)
	assert.Equal(t, "期限3日，届满 2024-01-315个工作日", first[3].Message)
	dst := make([]lawgov.Finding, 0, 64)
	run(false)
	again := b.Findings(dst)
	assert.Equal(t, first, again)
	assert.Same(t, &dst[:1][0], &again[0], "the findings were written into dst")
	assert.Zero(t, testing.AllocsPerRun(100, func() { run(true); _ = b.Verdict() }))
	assert.Equal(t, float64(1), testing.AllocsPerRun(100, func() { run(false); _ = b.Findings(dst) }), "only the messages' string")
}

func BenchmarkBuilder(b *testing.B) {
	rs := testRules(37)
	var rb lawgov.ReportBuilder
	dst := make([]lawgov.Finding, 0, 64)
	opinion, meeting := lawgov.MustDate(2024, 10, 25), lawgov.MustDate(2024, 10, 28)
	for _, quiet := range []bool{true, false} {
		name := "report"
		if quiet {
			name = "verdict"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rb.Reset(len(rs), quiet)
				for i := range rs {
					rb.Pass(i, &rs[i], "示例县-2024-重大决策-03").Text("合法性审查意见（").Date(opinion).Text("）：合法；").
						Date(meeting).Text(" 提交讨论")
				}
				if quiet {
					_ = rb.Verdict()
				} else {
					dst = rb.Findings(dst)
				}
			}
		})
	}
}

func TestVerdictMerge(t *testing.T) {
	var a, b lawgov.Verdict
	require.NoError(t, a.Judge(0, lawgov.Pass, lawgov.Notice))
	require.NoError(t, a.Judge(1, lawgov.Fail, lawgov.Warning))
	require.NoError(t, b.Judge(0, lawgov.Fail, lawgov.Notice))
	require.NoError(t, b.Judge(1, lawgov.Fail, lawgov.Violation))
	require.NoError(t, b.Judge(2, lawgov.NotApplicable, lawgov.Notice))
	m := a.Merge(b)
	assert.Equal(t, m, b.Merge(a), "merging is symmetric")
	assert.Equal(t, 3, m.Len())
	assert.Equal(t, []lawgov.Outcome{lawgov.Fail, lawgov.Fail, lawgov.NotApplicable}, []lawgov.Outcome{m.Outcome(0), m.Outcome(1), m.Outcome(2)})
	assert.Equal(t, []lawgov.Severity{lawgov.Notice, lawgov.Violation}, []lawgov.Severity{m.Severity(0), m.Severity(1)})
	assert.Equal(t, 0, m.Count(lawgov.Pass))
	assert.Equal(t, lawgov.Violation, m.Worst())
}

// TestVerdictWorstFinding: a rule with a passing and a failing finding
// (one per officer, say) fails, and counts as failing only, in whichever
// order the findings come and however verdicts are merged.
func TestVerdictWorstFinding(t *testing.T) {
	r := lawgov.Rule{ID: "x.authority", Title: "资格", Basis: []lawgov.Citation{lawgov.AdministrativePenaltyLaw.Art(42)}, Severity: lawgov.Violation}
	other := lawgov.Rule{ID: "x.other", Title: "其他", Basis: r.Basis, Severity: lawgov.Violation}
	order := []lawgov.RuleID{r.ID, other.ID}
	pass, fail := r.Pass("A1", "有效"), r.Fail("A3", "暂扣")
	for _, fs := range [][]lawgov.Finding{{pass, fail}, {fail, pass}} {
		v, err := lawgov.VerdictOf(lawgov.Report{Findings: append(fs, other.Pass("x", ""))}, order)
		require.NoError(t, err)
		assert.Equal(t, lawgov.Fail, v.Outcome(0))
		assert.Equal(t, 1, v.Count(lawgov.Pass))
		assert.Equal(t, 1, v.Count(lawgov.Fail))
		assert.Equal(t, "2 rules: 1 pass, 1 fail (worst violation), 0 not_applicable", v.String())
	}
	onlyFail, err := lawgov.VerdictOf(lawgov.Report{Findings: []lawgov.Finding{fail, other.Pass("x", "")}}, order)
	require.NoError(t, err)
	both, err := lawgov.VerdictOf(lawgov.Report{Findings: []lawgov.Finding{pass, fail, other.Pass("x", "")}}, order)
	require.NoError(t, err)
	assert.Equal(t, onlyFail, both, "equal outcomes, equal verdicts")
	passOnly, err := lawgov.VerdictOf(lawgov.Report{Findings: []lawgov.Finding{pass, other.Pass("x", "")}}, order)
	require.NoError(t, err)
	assert.Equal(t, onlyFail, passOnly.Merge(onlyFail))
	assert.Equal(t, onlyFail, onlyFail.Merge(passOnly))
}

// Dates and numbers are written as Date.String and strconv write them,
// whatever the builder wrote before.
func TestPropertyBuilderDatesAndNumbers(t *testing.T) {
	var b lawgov.ReportBuilder
	r := testRules(1)[0]
	rapid.Check(t, func(rt *rapid.T) {
		days := rapid.SliceOfN(rapid.IntRange(0, 3_000_000), 1, 40).Draw(rt, "days")
		nums := rapid.SliceOfN(rapid.IntRange(-1000, 100000), len(days), len(days)).Draw(rt, "numbers")
		b.Reset(1, false)
		b.Begin(0, &r, "x")
		var want strings.Builder
		for i, n := range days {
			d := lawgov.MustDate(1, 1, 1).AddDays(n)
			b.Date(d).Text("|").Int(nums[i]).Text("|")
			want.WriteString(d.String() + "|" + strconv.Itoa(nums[i]) + "|")
		}
		b.Judge(lawgov.Pass, lawgov.Notice)
		require.Equal(rt, want.String(), b.Findings(nil)[0].Message)
	})
}
