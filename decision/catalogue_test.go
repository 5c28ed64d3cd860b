package decision

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCatalogue(t *testing.T) {
	rules := Rules()
	ids := map[lawgov.RuleID]bool{}
	for _, r := range rules {
		require.NoError(t, r.Validate())
		assert.False(t, ids[r.ID], "duplicate %s", r.ID)
		ids[r.ID] = true
		assert.Regexp(t, `^decision\.[a-z-]+$`, string(r.ID))
	}
	// Rules returns a copy.
	rules[0].Title = "changed"
	assert.NotEqual(t, "changed", Rules()[0].Title)

	// Every finding carries its rule's basis.
	byID := map[lawgov.RuleID]lawgov.Rule{}
	for _, r := range Rules() {
		byID[r.ID] = r
	}
	for _, name := range []string{"parking-complete.json", "parking-flawed.json"} {
		r, err := National().Check(load(t, name), asOf, lawgov.OfficialCalendar())
		require.NoError(t, err)
		for _, f := range r.Findings {
			assert.Equal(t, byID[f.Rule].Basis, f.Basis, f.Rule)
			assert.NotEmpty(t, f.Message, f.Rule)
		}
	}
	doc := ordosDoc()
	r, err := DocumentRules{}.Check(doc, date("2021-12-31"), lawgov.OfficialCalendar())
	require.NoError(t, err)
	for _, f := range r.Findings {
		assert.Equal(t, byID[f.Rule].Basis, f.Basis, f.Rule)
	}
	assert.Equal(t, byID[RuleUsableAsBasis].Basis, UsableAsBasis(doc, date("2021-12-31")).Basis)
}

func TestSeedGateSources(t *testing.T) {
	// The gate wording is verbatim in the 鄂尔多斯 2021 report; the 内蒙古 2018
	// report names the 必经程序 and 「过五关」.
	var basis []lawgov.Citation
	for _, r := range National().Rules() {
		if r.ID == RuleReviewPrerequisites {
			basis = r.Basis
		}
	}
	assert.Contains(t, basis, ordos2021)
	assert.Contains(t, basis, neimenggu2018)
	assert.Contains(t, basis, lawgov.MajorDecisionRegulation.Cite(25, 1, 0))
}
