package catalogue_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRulesCatalogue(t *testing.T) {
	rules := catalogue.Rules()
	seen := map[lawgov.RuleID]bool{}
	for _, r := range rules {
		require.NoError(t, r.Validate())
		assert.False(t, seen[r.ID], "duplicate %s", r.ID)
		seen[r.ID] = true
	}
	for _, id := range []lawgov.RuleID{"lawgov.annual-report-publication", "casework.trial-period", "decision.review-time",
		"decision.document-filing", "decision.document-usable-as-basis", "enforcement.change-report", "enforcement.education"} {
		assert.True(t, seen[id], id)
	}
	b, err := json.Marshal(rules[0])
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.ElementsMatch(t, []string{"id", "title", "basis", "severity"}, keys(m))
	assert.Contains(t, catalogue.IDs().Definitions, "litigation.appearance-rate")
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestInForceChibi(t *testing.T) {
	reg, err := catalogue.Shipped()
	require.NoError(t, err)
	b, err := catalogue.InForce(reg, "hb-chibi", lawgov.MustDate(2024, 6, 1))
	require.NoError(t, err)
	require.NotNil(t, b.Credentials)
	want := enforcement.Chibi()
	want.Name = "赤壁市"
	assert.Equal(t, want, b.Credentials)
	assert.Equal(t, 7, b.Procedure.ReviewDays())
	assert.Equal(t, "赤壁市（hb-chibi）2024-06-01", b.String())
	var ids []lawgov.RuleID
	for _, r := range b.Rules() {
		ids = append(ids, r.ID)
	}
	assert.Len(t, ids, len(catalogue.Rules()), "赤壁 applies every rule")
	p := b.Provenance(lawgov.OfficialCalendar())
	assert.Equal(t, []lawgov.PackRef{{ID: "hb-chibi", Version: "2019.1"}, {ID: "hb", Version: "2026.1"}, {ID: "cn", Version: "2026.1"}}, p.Packs)
}

func TestInForceNational(t *testing.T) {
	reg, err := catalogue.Shipped()
	require.NoError(t, err)
	b, err := catalogue.InForce(reg, "cn", lawgov.MustDate(2024, 6, 1))
	require.NoError(t, err)
	assert.Nil(t, b.Credentials, "no national credential rule set")
	var ids []lawgov.RuleID
	for _, r := range b.Rules() {
		ids = append(ids, r.ID)
	}
	assert.NotContains(t, ids, lawgov.RuleID("enforcement.change-report"))
	assert.NotContains(t, ids, lawgov.RuleID("enforcement.exam-failures"))
	assert.Contains(t, ids, lawgov.RuleID("enforcement.two-officers"))
	assert.NotContains(t, ids, lawgov.RuleID("enforcement.publicity"), "its basis is a parameter of the rule set, which cn does not complete")
}

const county = `{"id": "hb-chibi-x", "parent": "hb-chibi", "name": "赤壁市某镇", "version": "1", "values": {
  "rules.off": [{"from": "2024-01-01", "value": ["decision.post-evaluation"], "basis": {"instrument": "某镇规定", "article": 1}}]}}`

func TestLoad(t *testing.T) {
	reg, err := catalogue.Load(fstest.MapFS{"x.json": {Data: []byte(county)}})
	require.NoError(t, err)
	b, err := catalogue.InForce(reg, "hb-chibi-x", lawgov.MustDate(2024, 6, 1))
	require.NoError(t, err)
	assert.Len(t, b.Rules(), len(catalogue.Rules())-1)

	tests := []struct{ name, file, want string }{
		{"missing rule", `{"id": "y", "parent": "cn", "name": "某县", "version": "1", "values": {
  "rules.off": [{"value": ["decision.no-such"], "basis": {"instrument": "某县规定"}}]}}`, `no rule "decision.no-such"`},
		{"missing parent", `{"id": "y", "parent": "hb-nowhere", "name": "某县", "version": "1", "values": {}}`, `"hb-nowhere", which is not loaded`},
		{"value no package can apply", `{"id": "y", "parent": "hb-chibi", "name": "某县", "version": "1", "values": {
  "enforcement.eligible-employment": [{"from": "2025-01-01", "value": ["contract"], "basis": {"instrument": "某县规定"}}]}}`, `on 2025-01-01: enforcement: rule set from packs of "y"`},
		{"shipped ID reused", `{"id": "cn", "name": "全国", "version": "9", "values": {}}`, `already loaded`},
		{"syntax", `{`, `unexpected end`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg, err := catalogue.Load(fstest.MapFS{"y.json": {Data: []byte(tt.file)}})
			assert.Nil(t, reg)
			require.Error(t, err)
			assert.Contains(t, err.Error(), `"y.json"`)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err = catalogue.InForce(reg, "nowhere", lawgov.MustDate(2024, 6, 1))
	require.ErrorIs(t, err, rulepack.ErrUnknownJurisdiction)
}

func TestValueText(t *testing.T) {
	reg, err := catalogue.Shipped()
	require.NoError(t, err)
	r, err := reg.Resolve("hb-chibi", lawgov.MustDate(2024, 6, 1))
	require.NoError(t, err)
	want := map[rulepack.Key]string{
		rulepack.EnforcementExams:              "不合格2次：" + enforcement.RemoveFromDatabase.Label(),
		rulepack.EnforcementChangeReport:       "30日",
		rulepack.DecisionReviewDays:            "7个工作日",
		rulepack.EnforcementEligibleEmployment: "公务员、在编事业人员",
		rulepack.ReportPublishBy:               "4月1日",
		rulepack.ReportPublishInclusive:        "否",
		rulepack.EnforcementSimpleCitizen:      "200元",
		rulepack.DecisionMajority:              decision.VotesCast.Label(),
	}
	for k, s := range want {
		a, ok := r.Lookup(k)
		require.True(t, ok, k)
		assert.Equal(t, s, a.Value.String(), k)
	}
	rs := enforcement.Chibi()
	rs.Exams.Consequence = enforcement.Reassign
	assert.Equal(t, "离岗学习或调整岗位", rs.Exams.Consequence.Label(), "rulepack's labels follow enforcement's")
	for _, p := range rulepack.Params() {
		for _, c := range p.Codes {
			var label string
			switch p.Key {
			case rulepack.DecisionMajority:
				m, err := decision.ParseMajorityBase(c)
				require.NoError(t, err)
				label = m.Label()
			case rulepack.EnforcementEligibleEmployment:
				e, err := enforcement.ParseEmploymentType(c)
				require.NoError(t, err)
				label = e.Label()
			}
			assert.Equal(t, label, rulepack.CodeLabel(c), "code %s of %s", c, p.Key)
		}
	}
}

func TestLoadDirectory(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "county.json"), []byte(county), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a pack"), 0o644))
	reg, err := catalogue.Load(os.DirFS(dir))
	require.NoError(t, err)
	p, ok := reg.Pack("hb-chibi-x")
	require.True(t, ok)
	assert.Equal(t, "county.json", p.File())

	big := filepath.Join(dir, "big.json")
	require.NoError(t, os.WriteFile(big, make([]byte, rulepack.MaxFileSize+1), 0o644))
	_, err = catalogue.Load(os.DirFS(dir))
	assert.ErrorContains(t, err, `rulepack: "big.json": $: file of 1048577 bytes exceeds the limit of 1048576`)
}
