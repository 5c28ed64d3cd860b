package enforcement_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func resolvePack(t *testing.T, j string, on lawgov.Date, extra ...string) *rulepack.Resolved {
	t.Helper()
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	for _, s := range extra {
		p, err := rulepack.Parse("extra.json", []byte(s))
		require.NoError(t, err)
		packs = append(packs, p)
	}
	reg, err := rulepack.NewRegistry(rulepack.Catalogue{}, packs...)
	require.NoError(t, err)
	r, err := reg.Resolve(j, on)
	require.NoError(t, err)
	return r
}

// TestChibiPackIsChibi: the hb-chibi pack gives today's default rule set,
// 赤政发〔2019〕7号 第(十六)项, field for field; only the name is the
// jurisdiction's.
func TestChibiPackIsChibi(t *testing.T) {
	rs, err := enforcement.RuleSetFrom(resolvePack(t, "hb-chibi", lawgov.MustDate(2024, 6, 1)))
	require.NoError(t, err)
	want := enforcement.Chibi()
	assert.Equal(t, "赤壁市", rs.Name)
	want.Name = rs.Name
	assert.Equal(t, want, rs)
	assert.Equal(t, want.Rules(), rs.Rules())
}

func TestRuleSetFromDates(t *testing.T) {
	_, err := enforcement.RuleSetFrom(resolvePack(t, "hb-chibi", lawgov.MustDate(2019, 7, 4)))
	require.ErrorIs(t, err, enforcement.ErrNoRuleSet, "赤政发〔2019〕7号 dates from 2019-07-05")
	_, err = enforcement.RuleSetFrom(resolvePack(t, "cn", lawgov.MustDate(2024, 6, 1)))
	require.ErrorIs(t, err, enforcement.ErrNoRuleSet, "no national credential rules")
}

// TestZhejiangAndHenan: the provincial packs hold today's Go values of the
// same rules.
func TestZhejiangAndHenan(t *testing.T) {
	p, a, ok := resolvePack(t, "zj", lawgov.MustDate(2024, 6, 1)).Period(rulepack.EnforcementQualificationValidity)
	require.True(t, ok)
	assert.Equal(t, enforcement.ZhejiangQualification(), enforcement.PeriodRule{Period: p, Basis: a.Value.Basis})

	_, a, ok = resolvePack(t, "ha", lawgov.MustDate(2024, 6, 1)).Codes(rulepack.EnforcementEligibleEmployment)
	require.True(t, ok)
	assert.Equal(t, enforcement.Chibi().Eligibility, a.Value.Basis, "河南省行政执法条例 第二十条")
}

func TestRuleSetFromRejects(t *testing.T) {
	partial := `{"id": "xc", "parent": "zj", "name": "某县", "version": "1", "values": {
  "enforcement.exams": [{"value": {"max_failures": 2, "consecutive": true, "consequence": "reassign"}, "basis": {"instrument": "某县行政执法人员管理办法", "article": 8}}]}}`
	_, err := enforcement.RuleSetFrom(resolvePack(t, "xc", lawgov.MustDate(2024, 6, 1), partial))
	require.ErrorIs(t, err, enforcement.ErrNoRuleSet)
	assert.Contains(t, err.Error(), "no value for enforcement.change-report, enforcement.eligible-employment")

	wide := `{"id": "xw", "parent": "hb-chibi", "name": "某县", "version": "1", "values": {
  "enforcement.eligible-employment": [{"value": ["civil_servant", "career_staff", "contract"], "basis": {"instrument": "某县行政执法人员管理办法", "article": 3}}]}}`
	_, err = enforcement.RuleSetFrom(resolvePack(t, "xw", lawgov.MustDate(2024, 6, 1), wide))
	assert.ErrorContains(t, err, "this version admits exactly civil_servant, career_staff")
	assert.NotErrorIs(t, err, enforcement.ErrNoRuleSet)

	county := `{"id": "xz", "parent": "zj", "name": "某县", "version": "1", "values": {
  "enforcement.change-report": [{"value": {"n": 15, "unit": "working_days"}, "basis": {"instrument": "某县行政执法人员管理办法", "article": 5}}],
  "enforcement.exams": [{"value": {"max_failures": 2, "consecutive": true, "consequence": "reassign"}, "basis": {"instrument": "某县行政执法人员管理办法", "article": 8}}],
  "enforcement.eligible-employment": [{"value": ["civil_servant", "career_staff"], "basis": {"instrument": "某县行政执法人员管理办法", "article": 3}}]}}`
	rs, err := enforcement.RuleSetFrom(resolvePack(t, "xz", lawgov.MustDate(2024, 6, 1), county))
	require.NoError(t, err)
	assert.Equal(t, enforcement.Reassign, rs.Exams.Consequence)
	assert.True(t, rs.Exams.Consecutive)
	assert.Equal(t, enforcement.ZhejiangQualification(), rs.QualificationValidity, "inherited from 浙江")
	assert.Equal(t, lawgov.WorkingDays(15), rs.ChangeReport.Period)
}

// TestNationalLimitation: cn's limitation values are those Offence.LimitationEnd
// applies (行政处罚法 第三十六条: two years, five where life, health or
// financial security is endangered with harm).
func TestNationalLimitation(t *testing.T) {
	r := resolvePack(t, "cn", lawgov.MustDate(2024, 6, 1))
	committed := lawgov.MustDate(2022, 3, 1)
	for k, f := range map[rulepack.Key]enforcement.Offence{
		rulepack.EnforcementLimitation:         {Committed: committed},
		rulepack.EnforcementLimitationExtended: {Committed: committed, LifeHealth: true, Harm: true},
	} {
		p, a, ok := r.Period(k)
		require.True(t, ok, k)
		end, years := f.LimitationEnd()
		assert.Equal(t, lawgov.Years(years), p, k)
		assert.Equal(t, committed.AddYears(p.N), end)
		assert.Equal(t, lawgov.AdministrativePenaltyLaw.Art(36), a.Value.Basis)
	}
}
