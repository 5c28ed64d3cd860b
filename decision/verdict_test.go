package decision

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// randomDecision draws a record from the two sample decisions with steps
// removed, dates moved or cleared, flags flipped, texts emptied and
// enumerations set to any value, valid or not: records that pass, fail,
// are not yet due, or cannot be checked at all.
func randomDecision(t *rapid.T) Decision {
	d := load(t, rapid.SampledFrom([]string{"parking-complete.json", "parking-flawed.json"}).Draw(t, "file"))
	chance := func(label string) bool { return rapid.IntRange(0, 5).Draw(t, label) == 0 }
	move := func(x *lawgov.Date, label string) {
		switch {
		case chance(label + ".clear"):
			*x = lawgov.Date{}
		case chance(label + ".move"):
			*x = x.AddDays(rapid.IntRange(-40, 40).Draw(t, label+".days"))
		}
	}
	enum := func(x *uint8, limit uint8, label string) {
		if chance(label) {
			*x = rapid.Uint8Range(0, limit+1).Draw(t, label+".value")
		}
	}
	flip := func(x *bool, label string) {
		if chance(label) {
			*x = !*x
		}
	}
	text := func(x *string, label string) {
		if chance(label) {
			*x = ""
		}
	}
	text(&d.ID, "id")
	text(&d.Title, "title")
	enum((*uint8)(&d.Body.Level), 4, "level")
	enum((*uint8)(&d.Matter), 6, "matter")
	enum((*uint8)(&d.Exclusion), 4, "exclusion")
	move(&d.Launched, "launched")
	for _, f := range []*bool{&d.Technical, &d.StabilityRisk, &d.NonPublic, &d.ConcernsOtherUnits,
		&d.SpecificGroups, &d.MarketActivity, &d.WideConcern, &d.CongressReport} {
		flip(f, "flag")
	}
	if p := d.Participation; p != nil {
		move(&p.CallPublished, "call_published")
		move(&p.CallClosed, "call_closed")
		flip(&p.AdoptionRecorded, "adoption")
	}
	if h := d.Hearing; h != nil {
		move(&h.MaterialsDelivered, "materials_delivered")
		flip(&h.RecordSigned, "record_signed")
	}
	if e := d.Experts; e != nil {
		move(&e.Completed, "experts")
		for i := range e.Experts {
			flip(&e.Experts[i].DirectInterest, "interest")
			flip(&e.Experts[i].Signed, "signed")
			text(&e.Experts[i].Name, "expert")
		}
	}
	if r := d.Risk; r != nil {
		move(&r.Completed, "risk")
		enum((*uint8)(&r.Result), 3, "risk.result")
	}
	if r := d.Review; r != nil {
		move(&r.Submitted, "submitted")
		move(&r.Opinion, "opinion")
		enum((*uint8)(&r.Authority), 2, "authority")
		enum((*uint8)(&r.Content), 2, "content")
		flip(&r.ByCommentRound, "comment_round")
	}
	if c := d.Discussion; c != nil {
		move(&c.Held, "held")
		enum((*uint8)(&c.Kind), 3, "kind")
		enum((*uint8)(&c.Ruling), 3, "ruling")
		if len(c.Speakers) > 1 && chance("swap") {
			c.Speakers[0], c.Speakers[len(c.Speakers)-1] = c.Speakers[len(c.Speakers)-1], c.Speakers[0]
		}
		for i := range c.Speakers {
			enum((*uint8)(&c.Speakers[i].Position), 4, "position")
		}
	}
	for i := range d.Materials {
		enum((*uint8)(&d.Materials[i]), 7, "material")
	}
	if p := d.Publication; p != nil {
		move(&p.Published, "published")
	}
	if a := d.Archive; a != nil {
		move(&a.Archived, "archived")
	}
	removals := []func(){
		func() { d.Consultation = nil }, func() { d.Participation = nil }, func() { d.Hearing = nil },
		func() { d.Experts = nil }, func() { d.Risk = nil }, func() { d.Review = nil },
		func() { d.Materials = nil }, func() { d.Discussion = nil }, func() { d.PartyReport = nil },
		func() { d.Publication = nil }, func() { d.Archive = nil }, func() { d.Execution = nil },
		func() { d.Evaluation = nil }, func() { d.Changes = nil },
	}
	for _, remove := range removals {
		if chance("remove") {
			remove()
		}
	}
	return d
}

// The verdict says, rule by rule, what the full report says: the same
// outcome and severity at every position, the same provisional notice,
// and an error exactly when the report has one.
func TestPropertyVerdictAgreesWithReport(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Version: date("2020-03-01"), Article: 26}
	regional, err := National().Derive("某省重大行政决策程序规定", basis, date("2024-05-01"), ReviewDays(10, basis))
	require.NoError(t, err)
	var order []lawgov.RuleID
	for _, r := range National().Rules() {
		order = append(order, r.ID)
	}
	provisional, err := cal.WithProvisional(2027, 2028)
	require.NoError(t, err)
	var into lawgov.Report
	rapid.Check(t, func(rt *rapid.T) {
		d := randomDecision(rt)
		p := rapid.SampledFrom([]Procedure{National(), regional}).Draw(rt, "procedure")
		on := date("2024-06-01").AddDays(rapid.IntRange(0, 1000).Draw(rt, "asof"))
		c := rapid.SampledFrom([]*lawgov.Calendar{cal, provisional}).Draw(rt, "calendar")
		r, rerr := p.Check(d, on, c)
		v, verr := p.Verdict(d, on, c)
		require.Equal(rt, rerr, verr)
		intoErr := p.CheckInto(&into, d, on, c)
		require.Equal(rt, rerr, intoErr)
		if rerr != nil {
			require.Empty(rt, into.Findings)
			return
		}
		require.Equal(rt, r, into, "CheckInto reports what Check reports")
		want, err := lawgov.VerdictOf(r, order)
		require.NoError(rt, err)
		require.Equal(rt, want, v, "verdict %v, report %v", v, want)
		require.Equal(rt, r.OK(), v.OK())
		require.Equal(rt, r.Worst(), v.Worst())
		for i := range order {
			require.Equal(rt, r.Findings[i].Outcome, v.Outcome(i), order[i])
			require.Equal(rt, r.Findings[i].Severity, v.Severity(i), order[i])
		}
	})
}

// The answers agree with the full report of the same raw run: yes exactly
// when no rule due by the stage fails above a notice, and a no lists those
// rules' findings.
func TestPropertyAnswersAgreeWithReport(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	p := National()
	rapid.Check(t, func(rt *rapid.T) {
		d := randomDecision(rt)
		on := date("2024-06-01").AddDays(rapid.IntRange(0, 900).Draw(rt, "asof"))
		for _, q := range []struct {
			by  Stage
			ask func(Decision, lawgov.Date, *lawgov.Calendar) (Answer, error)
		}{{StageDiscussion, p.CanSubmitForDiscussion}, {StagePublication, p.CanPublish}} {
			a, err := q.ask(d, on, cal)
			var r lawgov.Report
			rerr := p.run(&d, on, cal, true, &r, nil)
			if rerr != nil {
				require.Error(rt, err)
				continue
			}
			require.NoError(rt, err)
			if q.by == StagePublication && d.NonPublic {
				require.False(rt, a.OK)
				continue
			}
			var stops []lawgov.Finding
			for i, f := range r.Findings[:len(p.steps)] {
				if p.steps[i].due <= q.by && f.Outcome == lawgov.Fail && f.Severity > lawgov.Notice {
					stops = append(stops, f)
				}
			}
			if d.Exclusion != ExclusionUnspecified {
				require.True(rt, a.OK)
				continue
			}
			require.Equal(rt, len(stops) == 0, a.OK, a.Reason)
			require.Equal(rt, stops, a.Findings[:len(stops)])
		}
	})
}

// Validate's fast answer and its named problems agree on every record.
func TestPropertyValidFastPath(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		d := randomDecision(rt)
		require.Equal(rt, d.valid(), d.problems() == nil)
	})
}
