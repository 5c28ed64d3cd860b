package decision

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// shiftedBefore2019 is the complete record with every step moved back into
// 2019, before 国务院令第713号 took effect on 2019-09-01 (第四十四条).
func before2019(t require.TestingT) Decision {
	d := complete(t)
	shift := func(x *lawgov.Date) {
		if !x.IsZero() {
			*x = x.AddDays(-2010) // 2024-10-14 → 2019-04-13
		}
	}
	shift(&d.Launched)
	shift(&d.Catalogue.Published)
	shift(&d.Participation.CallPublished)
	shift(&d.Participation.CallClosed)
	shift(&d.Hearing.Held)
	shift(&d.Hearing.NoticePublished)
	shift(&d.Hearing.MaterialsDelivered)
	shift(&d.Hearing.ParticipantsPublished)
	shift(&d.Experts.Completed)
	shift(&d.Risk.Completed)
	shift(&d.Review.Submitted)
	shift(&d.Review.Opinion)
	shift(&d.Discussion.Held)
	shift(&d.PartyReport.Reported)
	shift(&d.Publication.Published)
	shift(&d.Archive.Archived)
	shift(&d.Execution.Designated)
	return d
}

func TestNationalNotInForceBefore20190901(t *testing.T) {
	// 第四十四条: 「本条例自2019年9月1日起施行」. Steps of March–June 2019 are
	// not judged by it, even when flawed.
	d := before2019(t)
	d.PartyReport = nil
	d.Review.Submitted = date("2019-03-15")
	r, err := National().Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	assert.True(t, r.OK(), "%v", r.Failures())
	f := r.Find(RuleLegalityReview)[0]
	assert.Equal(t, lawgov.NotApplicable, f.Outcome)
	assert.Equal(t, "本环节日期 2019-03-15 早于《重大行政决策程序暂行条例》施行日 2019-09-01，不适用", f.Message)
	assert.Empty(t, f.Source, "no procedure judged it")
	assert.Contains(t, r.Find(RuleScope)[0].Basis, mdr(44))
	_, ok := National().At(date("2019-08-31"))
	assert.False(t, ok)
	p, ok := National().At(date("2019-09-01"))
	assert.True(t, ok)
	assert.Equal(t, "重大行政决策程序暂行条例", p.Name())
}

func TestRegionalRuleFromItsOwnDate(t *testing.T) {
	// A region requires 10 working days from 2020-05-01. A draft sent on
	// 2020-04-20 and discussed on 2020-04-30 left the reviewer 9 working days
	// (04-21..04-30, 04-26 a make-up Sunday: 国办发明电〔2019〕16号 moves
	// 劳动节 to 05-01..05-05 with 04-26 and 05-09 worked): judged by the
	// national 7 days, it passes; the same draft sent a week later under the
	// regional rule fails.
	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Document: "某省人民政府令第1号", Version: date("2020-03-01"), Article: 26}
	regional, err := National().Derive("某省重大行政决策程序规定", basis, date("2020-05-01"), ReviewDays(10, basis))
	require.NoError(t, err)
	cal := lawgov.OfficialCalendar()
	n, err := cal.WorkdaysBetween(date("2020-04-20"), date("2020-04-30"))
	require.NoError(t, err)
	require.Equal(t, 9, n, "04-21..04-24, 04-26, 04-27..04-30")

	d := complete(t)
	d.Review.Submitted, d.Review.Opinion, d.Discussion.Held = date("2020-04-20"), date("2020-04-29"), date("2020-04-30")
	r, err := regional.Check(d, asOf, cal)
	require.NoError(t, err)
	f := r.Find(RuleReviewTime)[0]
	assert.Equal(t, lawgov.Pass, f.Outcome, f.Message)
	assert.Equal(t, "重大行政决策程序暂行条例", f.Source, "the procedure in force on 2020-04-20")
	assert.Equal(t, []lawgov.Citation{mdrCite(26, 2, 0)}, f.Basis)

	d.Review.Submitted, d.Review.Opinion, d.Discussion.Held = date("2020-05-11"), date("2020-05-20"), date("2020-05-21")
	r, err = regional.Check(d, asOf, cal)
	require.NoError(t, err)
	f = r.Find(RuleReviewTime)[0]
	assert.Equal(t, lawgov.Fail, f.Outcome, f.Message)
	assert.Equal(t, "某省重大行政决策程序规定", f.Source)
	assert.Contains(t, f.Message, "留给审查的时间8个工作日，少于10个工作日")

	base, ok := regional.Base()
	assert.True(t, ok)
	assert.Equal(t, "重大行政决策程序暂行条例", base.Name())
	_, err = National().Derive("某省旧规定", basis, date("2018-01-01"))
	assert.ErrorContains(t, err, "precedes 2019-09-01")
}

func TestAddedRuleNotBeforeItsDate(t *testing.T) {
	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Version: date("2021-01-01"), Article: 40}
	regional, err := National().Derive("某省重大行政决策程序规定", basis, date("2021-03-01"), AddRule(RuleSpec{
		Rule:  lawgov.Rule{ID: "decision.region-filing", Title: "决策报上级政府备案", Severity: lawgov.Violation, Basis: []lawgov.Citation{basis}},
		Due:   StageDecided,
		Event: published,
		Check: func(*Decision, lawgov.Date, *lawgov.Calendar) (lawgov.Outcome, string, error) {
			return lawgov.Fail, "未报备案", nil
		},
	}))
	require.NoError(t, err)
	d := complete(t)
	d.Publication.Published = date("2020-11-15")
	r, err := regional.Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	f := r.Find("decision.region-filing")[0]
	assert.Equal(t, lawgov.NotApplicable, f.Outcome)
	assert.Equal(t, "本项要求由《某省重大行政决策程序规定》规定，自 2021-03-01 起施行；本环节日期 2020-11-15，依当时施行的《重大行政决策程序暂行条例》无此要求", f.Message)
	assert.Equal(t, "重大行政决策程序暂行条例", f.Source)
}

// inProgress is the complete record as it stood on day on: every step
// after it removed, a review whose opinion came later still pending.
func inProgress(d Decision, on lawgov.Date) Decision {
	after := func(x lawgov.Date) bool { return x.After(on) }
	if d.Participation != nil && after(d.Participation.CallPublished) {
		d.Participation = nil
	}
	if d.Hearing != nil && after(d.Hearing.Held) {
		d.Hearing = nil
	}
	if d.Experts != nil && after(d.Experts.Completed) {
		d.Experts = nil
	}
	if d.Risk != nil && after(d.Risk.Completed) {
		d.Risk = nil
	}
	if d.Review != nil && after(d.Review.Submitted) {
		d.Review = nil
	}
	if r := d.Review; r != nil && after(r.Opinion) {
		rv := *r
		rv.Opinion, rv.Authority, rv.Procedure, rv.Content, rv.AdviserOpinions = lawgov.Date{}, 0, 0, 0, nil
		d.Review = &rv
	}
	if d.Discussion != nil && after(d.Discussion.Held) {
		d.Discussion, d.Materials = nil, nil
	}
	if d.PartyReport != nil && after(d.PartyReport.Reported) {
		d.PartyReport = nil
	}
	if d.Publication != nil && after(d.Publication.Published) {
		d.Publication = nil
	}
	if d.Archive != nil && after(d.Archive.Archived) {
		d.Archive = nil
	}
	if d.Execution != nil && after(d.Execution.Designated) {
		d.Execution = nil
	}
	return d
}

func TestUnfinishedRecordHasNoViolations(t *testing.T) {
	// 2024-10-20: comments, hearing, experts and risk done; the review sent
	// on 2024-10-14 is pending. The missing meeting (第三十条) and party
	// report (第三十一条, 「出台前」) are not yet due.
	cal := lawgov.OfficialCalendar()
	on := date("2024-10-20")
	d := inProgress(complete(t), on)
	r, err := National().Check(d, on, cal)
	require.NoError(t, err)
	assert.True(t, r.OK(), "%v", r.Failures())
	for _, id := range []lawgov.RuleID{RuleCollectiveDiscussion, RulePartyReport, RuleLegalityReview} {
		f := r.Find(id)[0]
		assert.Equal(t, lawgov.NotApplicable, f.Outcome, id)
		assert.Contains(t, f.Message, "尚未到期", id)
	}
	assert.Equal(t, "未记录向同级党委请示报告；本项应当于决策出台前履行，截至 2024-10-20 尚未到期", r.Find(RulePartyReport)[0].Message)
	s := National().Summarize(d, r)
	want := []GateStatus{GatePassed, GatePassed, GatePassed, GatePending, GatePending}
	for i, g := range s.Gates {
		assert.Equal(t, want[i], g.Status, g.Gate.Label())
	}
	a, err := National().CanSubmitForDiscussion(d, on, cal)
	require.NoError(t, err)
	assert.False(t, a.OK)

	// The same record discussed and published without the party report: now
	// due, and violated.
	d = complete(t)
	d.PartyReport = nil
	r, err = National().Check(d, asOf, cal)
	require.NoError(t, err)
	assert.Equal(t, lawgov.Fail, r.Find(RulePartyReport)[0].Outcome)
}

func TestUnlawfulReviewFailsItsGate(t *testing.T) {
	// 第二十五条第二款: a draft found unlawful may not go to the meeting; the
	// dashboard shows 合法性审查 未通过, not 已通过.
	cal := lawgov.OfficialCalendar()
	on := date("2024-10-28")
	d := inProgress(complete(t), on)
	d.Review.Content = NonCompliant
	r, err := National().Check(d, on, cal)
	require.NoError(t, err)
	s := National().Summarize(d, r)
	assert.Equal(t, GateFailed, s.Gates[GateReview-1].Status)
	f := r.Find(RuleLegalityReview)[0]
	assert.Equal(t, lawgov.Fail, f.Outcome)
	assert.Equal(t, lawgov.Warning, f.Severity)
	a, err := National().CanSubmitForDiscussion(d, on, cal)
	require.NoError(t, err)
	assert.False(t, a.OK)
	assert.Contains(t, a.Reason, "不合法（内容不符合）")

	d.Review.Content = VerdictUnspecified
	r, err = National().Check(d, on, cal)
	require.NoError(t, err)
	s = National().Summarize(d, r)
	assert.Equal(t, GateFailed, s.Gates[GateReview-1].Status)
	assert.NotContains(t, r.Find(RuleDiscussionPrerequisite)[0].Message, "不合法")
}

func TestTimelyPublicationPeriod(t *testing.T) {
	// A region that fixes 「及时公布」 at 20 days: the decision of 2024-11-05
	// is due by 2024-11-25 (a Monday).
	basis := lawgov.Citation{Instrument: "某市重大行政决策程序规定", Version: date("2022-01-01"), Article: 35}
	p, err := National().Derive("某市重大行政决策程序规定", basis, date("2022-03-01"), PublishWithin(lawgov.CalendarDays(20), basis))
	require.NoError(t, err)
	d := complete(t)
	d.Publication, d.Archive = nil, nil
	cal := lawgov.OfficialCalendar()
	r, err := p.Check(d, date("2024-11-20"), cal)
	require.NoError(t, err)
	f := r.Find(RulePublication)[0]
	assert.Equal(t, lawgov.NotApplicable, f.Outcome)
	assert.Equal(t, "决策已于 2024-11-05 作出，应当于 2024-11-25 前公布，截至 2024-11-20 尚未届满", f.Message)
	r, err = p.Check(d, date("2024-11-26"), cal)
	require.NoError(t, err)
	f = r.Find(RulePublication)[0]
	assert.Equal(t, lawgov.Fail, f.Outcome)
	assert.Equal(t, lawgov.Violation, f.Severity)
	// Nationally it is a notice.
	r, err = National().Check(d, date("2024-11-26"), cal)
	require.NoError(t, err)
	assert.Equal(t, lawgov.Notice, r.Find(RulePublication)[0].Severity)
}

// A complete record, as it stood on any day of its life, breaks no rule:
// nothing fails before it falls due. Nationally 「及时」 has no period, so an
// adopted decision awaiting publication or archiving is at most a notice;
// under a procedure that fixes the periods, nothing fails at all.
func TestPropertyCompleteRecordPassesAtEveryStage(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	basis := lawgov.Citation{Instrument: "某市重大行政决策程序规定", Version: date("2022-01-01"), Article: 35}
	timely, err := National().Derive("某市重大行政决策程序规定", basis, date("2022-03-01"),
		PublishWithin(lawgov.CalendarDays(20), basis), ArchiveWithin(lawgov.CalendarDays(30), basis))
	require.NoError(t, err)
	full := complete(t)
	rapid.Check(t, func(rt *rapid.T) {
		on := date("2024-08-01").AddDays(rapid.IntRange(0, 152).Draw(rt, "day"))
		d := inProgress(full, on)
		r, err := timely.Check(d, on, cal)
		require.NoError(rt, err)
		require.True(rt, r.OK(), "%s: %v", on, r.Failures())
		r, err = National().Check(d, on, cal)
		require.NoError(rt, err)
		require.LessOrEqual(rt, r.Worst(), lawgov.Notice, "%s: %v", on, r.Failures())
	})
}

// Removing any steps from a record as it stood on a day makes only rules
// fail whose stage that record has reached.
func TestPropertyNoRuleFailsBeforeItIsDue(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	p := National()
	full := complete(t)
	rapid.Check(t, func(rt *rapid.T) {
		on := date("2024-08-01").AddDays(rapid.IntRange(0, 152).Draw(rt, "day"))
		d := inProgress(full, on)
		drop := rapid.SliceOfDistinct(rapid.IntRange(0, 8), rapid.ID[int]).Draw(rt, "drop")
		for _, i := range drop {
			switch i {
			case 0:
				d.Participation = nil
			case 1:
				d.Experts = nil
			case 2:
				d.Risk = nil
			case 3:
				d.Review = nil
			case 4:
				d.Materials = nil
			case 5:
				d.PartyReport = nil
			case 6:
				d.Hearing = nil
			case 7:
				d.Archive = nil
			case 8:
				d.Execution = nil
			}
		}
		r, err := p.Check(d, on, cal)
		require.NoError(rt, err)
		for i, f := range r.Findings {
			if f.Outcome == lawgov.Fail && f.Severity > lawgov.Notice {
				require.True(rt, d.Reached(p.steps[i].due, on), "%s fails before %s: %s", f.Rule, p.steps[i].due, f.Message)
			}
		}
	})
}

// RULES P9: the phase of the complete record on each day of its life.
func TestPhaseAt(t *testing.T) {
	d := complete(t)
	for _, tt := range []struct {
		on   string
		want Phase
	}{
		{"2024-07-31", PhaseProposed},
		{"2024-08-01", PhaseLaunched},
		{"2024-09-02", PhaseDrafting},    // call for comments published
		{"2024-10-14", PhaseUnderReview}, // sent for review
		{"2024-10-25", PhaseReviewed},
		{"2024-11-05", PhaseDecided},
		{"2024-11-15", PhaseExecuting}, // published, execution unit named
	} {
		assert.Equal(t, tt.want, d.PhaseAt(date(tt.on)), tt.on)
	}
	d.Changes = []Change{{Date: date("2024-12-10"), Kind: Suspension, ByChief: true, Urgent: true},
		{Date: date("2024-12-20"), Kind: Adjustment, ProcedureFollowed: true}}
	assert.Equal(t, PhaseSuspended, d.PhaseAt(date("2024-12-15")))
	assert.Equal(t, PhaseAdjusting, d.PhaseAt(date("2024-12-31")))
	d.Discussion.Ruling = Defer
	d.Publication, d.Changes = nil, nil
	assert.Equal(t, PhaseDeferred, d.PhaseAt(date("2024-11-06")))
}
