package lawgov_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
