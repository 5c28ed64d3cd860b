package decision

import (
	"slices"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// A decision that passes every rule stays passing when a field no rule
// reads changes: its ID, title, names, methods, opinion count, reviewer,
// adviser names, expert institutions.
func TestPropertyIrrelevantFields(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	rapid.Check(t, func(rt *rapid.T) {
		d := complete(rt)
		name := rapid.StringMatching(`[一-龥]{1,12}`)
		d.ID = rapid.StringMatching(`[A-Za-z0-9-]{1,40}`).Draw(rt, "id")
		d.Title = name.Draw(rt, "title")
		d.Body.Name = name.Draw(rt, "body")
		d.Units[1].Name = name.Draw(rt, "unit")
		d.Participation.Methods = rapid.SliceOfN(name, 0, 3).Draw(rt, "methods")
		d.Participation.OpinionsReceived = rapid.IntRange(0, 100000).Draw(rt, "opinions")
		d.Review.Reviewer = name.Draw(rt, "reviewer")
		d.Review.AdviserOpinions[0].Adviser = name.Draw(rt, "adviser")
		d.Experts.Experts[0].Institution = name.Draw(rt, "institution")
		d.Catalogue.Entry = name.Draw(rt, "entry")
		r, err := National().Check(d, asOf, cal)
		require.NoError(rt, err)
		require.True(rt, r.OK(), "%v", r.Failures())
	})
}

// Removing any required step makes exactly the rules that depend on it fail.
func TestPropertyRemovingAStep(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	remove := map[Step]func(*Decision){
		StepParticipation: func(d *Decision) { d.Participation = nil },
		StepExperts:       func(d *Decision) { d.Experts = nil },
		StepRisk:          func(d *Decision) { d.Risk = nil },
		StepReview:        func(d *Decision) { d.Review = nil },
		StepDiscussion:    func(d *Decision) { d.Discussion = nil },
		StepPartyReport:   func(d *Decision) { d.PartyReport = nil },
		StepPublication:   func(d *Decision) { d.Publication = nil },
		StepArchive:       func(d *Decision) { d.Archive = nil },
	}
	steps := []Step{StepParticipation, StepExperts, StepRisk, StepReview, StepDiscussion, StepPartyReport, StepPublication, StepArchive}
	p := National()
	rapid.Check(t, func(rt *rapid.T) {
		s := rapid.SampledFrom(steps).Draw(rt, "step")
		d := complete(rt)
		remove[s](&d)
		r, err := p.Check(d, asOf, cal)
		require.NoError(rt, err)
		var want, got []lawgov.RuleID
		for i, st := range p.steps {
			if slices.Contains(st.requires, s) {
				want = append(want, st.rule.ID)
			}
			if r.Findings[i].Outcome == lawgov.Fail {
				got = append(got, r.Findings[i].Rule)
			}
		}
		require.NotEmpty(rt, want)
		require.Equal(rt, want, got)
	})
}

// Findings are deterministic: the same input gives the same report, and
// the pooled check state leaks nothing from one call into the next.
func TestPropertyDeterministic(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	rapid.Check(t, func(rt *rapid.T) {
		d := load(rt, rapid.SampledFrom([]string{"parking-complete.json", "parking-flawed.json"}).Draw(rt, "file"))
		shift := rapid.IntRange(-30, 30).Draw(rt, "shift")
		d.Participation.CallClosed = d.Participation.CallClosed.AddDays(max(shift, -19))
		on := asOf.AddDays(rapid.IntRange(0, 365).Draw(rt, "asof"))
		a, err := National().Check(d, on, cal)
		require.NoError(rt, err)
		_, err = National().Check(load(rt, "parking-flawed.json"), on, cal)
		require.NoError(rt, err)
		b, err := National().Check(d, on, cal)
		require.NoError(rt, err)
		require.Equal(rt, a, b)
	})
}
