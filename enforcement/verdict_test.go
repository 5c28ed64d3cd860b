package enforcement_test

import (
	"slices"
	"testing"
	"time"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// verdictLookups are the officer lookups the property tests draw from:
// a registry of the officers of actionRegistry and a removed officer R1,
// the same officers under a rule set with a 较大数额 and an on-the-spot
// limit set by a law, and a host's own store of them.
func verdictLookups(t *testing.T) []enforcement.OfficerLookup {
	officers := []enforcement.Officer{activeOfficer("A1", "市市场监管局"), activeOfficer("A2", "市市场监管局"), twiceFailed("R1", "市市场监管局")}
	suspended := activeOfficer("A3", "市市场监管局")
	suspended.History = append(suspended.History, enforcement.Event{Kind: enforcement.Suspended, Date: d("2024-03-01"), Until: d("2024-06-30")})
	officers = append(officers, suspended)
	reg := newRegistry(t, officers...)

	rs := enforcement.Chibi()
	rs.LargeAmount = enforcement.FineLimits{Citizen: decimal.NewFromInt(5000), Organisation: decimal.NewFromInt(50000),
		Basis: lawgov.Citation{Instrument: "某省行政处罚听证程序规定", Article: 3}}
	rs.SimpleProcedure = enforcement.FineLimits{Citizen: decimal.NewFromInt(500), Organisation: decimal.NewFromInt(5000),
		Basis: lawgov.Citation{Instrument: "中华人民共和国道路交通安全法", Article: 107}}
	large, err := enforcement.NewRegistry(rs)
	require.NoError(t, err)
	require.NoError(t, large.Add(officers...))

	m := mapLookup{rs: enforcement.Chibi(), officers: map[string]enforcement.Officer{}}
	for _, o := range officers {
		m.officers[o.ID] = o
	}
	return []enforcement.OfficerLookup{reg, large, m}
}

// genDate draws a day from 2023-12-01 on, or the zero Date when optional;
// some draws reach 2027, which the official calendar does not cover, so
// that periods counted from them fail.
func genDate(t *rapid.T, label string, optional bool) lawgov.Date {
	if optional && rapid.IntRange(0, 2).Draw(t, label+"?") == 0 {
		return lawgov.Date{}
	}
	span := 500
	if rapid.IntRange(0, 19).Draw(t, label+"-far") == 0 {
		span = 1300
	}
	return d("2023-12-01").AddDays(rapid.IntRange(0, span).Draw(t, label))
}

func genAmount(t *rapid.T, label string) decimal.Decimal {
	if rapid.Bool().Draw(t, label+"?") {
		return decimal.Decimal{}
	}
	return decimal.New(int64(rapid.IntRange(0, 8_000_000).Draw(t, label)), -2)
}

var (
	lawBasis  = lawgov.Citation{Instrument: "中华人民共和国道路交通安全法", Article: 80}
	taxBasis  = lawgov.Citation{Instrument: "中华人民共和国税收征收管理法", Article: 86}
	allStages = []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation, enforcement.StageReview,
		enforcement.StageDecision, enforcement.StageService, enforcement.StageExecution}
	allSanctions = []enforcement.SanctionKind{enforcement.SanctionWarning, enforcement.Criticism, enforcement.Fine,
		enforcement.ConfiscateGains, enforcement.ConfiscateProperty, enforcement.SuspendLicence, enforcement.DowngradeQualification,
		enforcement.RevokeLicence, enforcement.RestrictOperations, enforcement.OrderSuspension, enforcement.OrderClosure,
		enforcement.RestrictEmployment, enforcement.Detention, enforcement.OtherSanction}
)

// genAction draws an action of any kind with every field Check reads,
// most of them optional, around the officers of verdictLookups. A few
// draws are malformed (no kind, an empty officer ID, an urgent measure
// without its start, a limitation override in working days), so that
// Check reports an error.
func genAction(t *rapid.T) enforcement.Action {
	b := rapid.Bool()
	malformed := rapid.IntRange(0, 40).Draw(t, "malformed") // 1 to 4: which way; otherwise well-formed
	cite := func(label string) lawgov.Citation {
		if b.Draw(t, label) {
			return lawBasis
		}
		return lawgov.Citation{}
	}
	kind := enforcement.ActionKind(rapid.IntRange(1, 4).Draw(t, "kind"))
	if malformed == 1 {
		kind = enforcement.ActionUnspecified
	}
	ids := []string{"A1", "A2", "A3", "R1", "Q9"}
	if malformed == 2 {
		ids = []string{"A1", ""}
	}
	a := enforcement.Action{
		ID: "赤市监〔2024〕" + rapid.StringMatching(`[0-9]{1,3}`).Draw(t, "id") + "号", Kind: kind,
		Field:  rapid.SampledFrom([]string{"市场监管", "生态环境"}).Draw(t, "field"),
		Region: rapid.SampledFrom([]string{"赤壁市", "咸宁市"}).Draw(t, "region"),
		Date:   genDate(t, "date", false),

		Officers:           rapid.SliceOfN(rapid.SampledFrom(ids), 0, 4).Draw(t, "officers"),
		CredentialsShown:   rapid.SliceOfN(rapid.SampledFrom(ids), 0, 4).Draw(t, "shown"),
		OnTheSpot:          b.Draw(t, "on-the-spot"),
		SingleOfficerBasis: cite("single-basis"),
		Major: enforcement.MajorCase{PublicInterest: b.Draw(t, "public-interest"), HeardMajor: b.Draw(t, "heard-major"),
			Complex: b.Draw(t, "complex"), OtherLaw: b.Draw(t, "other-law")},

		Filed: genDate(t, "filed", true), Decided: genDate(t, "decided", true), Served: genDate(t, "served", true),
		Executed: genDate(t, "executed", true), Published: genDate(t, "published", true),

		Records:   rapid.SliceOfN(rapid.SampledFrom(allStages), 0, 6).Draw(t, "records"),
		Penalised: b.Draw(t, "penalised"), Educated: b.Draw(t, "educated"),

		OnTheSpotBasis: cite("on-the-spot-basis"),
		Serious:        b.Draw(t, "serious"), Discussed: genDate(t, "discussed", true),
		Preserved: genDate(t, "preserved", true), PreservationDecided: genDate(t, "preservation-decided", true),
		PenaltyBasis: cite("penalty-basis"),
		NoLegalBasis: rapid.IntRange(0, 5).Draw(t, "no-legal-basis") == 0,
		NoStanding:   rapid.IntRange(0, 5).Draw(t, "no-standing") == 0,
	}
	if b.Draw(t, "decision-period") {
		a.DecisionPeriod = enforcement.PeriodRule{Period: lawgov.CalendarDays(rapid.IntRange(30, 180).Draw(t, "decision-days")), Basis: taxBasis}
	}
	if b.Draw(t, "review") {
		a.Review = &enforcement.LegalReview{Date: genDate(t, "review-date", false), Passed: b.Draw(t, "review-passed"), Reviewer: "周九",
			FirstAppointed: d("2021-07-15").AddDays(rapid.IntRange(-3, 3).Draw(t, "appointed")), LegalQualified: b.Draw(t, "qualified")}
	}
	if b.Draw(t, "offence") {
		f := &enforcement.Offence{Committed: d("2019-01-01").AddDays(rapid.IntRange(0, 2000).Draw(t, "committed")),
			Discovered: genDate(t, "discovered", false), LifeHealth: b.Draw(t, "life-health"), Harm: b.Draw(t, "harm"),
			Minor: b.Draw(t, "minor"), Corrected: b.Draw(t, "corrected"), FirstTime: b.Draw(t, "first-time"),
			HarmMinor: b.Draw(t, "harm-minor"), NoFault: b.Draw(t, "no-fault")}
		if b.Draw(t, "ended") {
			f.Ended = f.Committed.AddDays(rapid.IntRange(0, 400).Draw(t, "ended-after"))
		}
		if b.Draw(t, "strict") {
			f.StrictBy = "某法"
		}
		switch {
		case malformed == 4:
			f.LimitationOverride = enforcement.PeriodRule{Period: lawgov.WorkingDays(5), Basis: taxBasis}
		case b.Draw(t, "override"):
			f.LimitationOverride = enforcement.PeriodRule{Period: lawgov.Years(5), Basis: taxBasis}
		}
		a.Offence = f
	}
	if b.Draw(t, "sanction") {
		a.Sanction = &enforcement.Sanction{Party: enforcement.PartyKind(rapid.IntRange(1, 2).Draw(t, "party")),
			Kinds: rapid.SliceOfN(rapid.SampledFrom(allSanctions), 1, 3).Draw(t, "kinds"),
			Fine:  genAmount(t, "fine"), Confiscated: genAmount(t, "confiscated"),
			Heavier: b.Draw(t, "heavier"), HearingByLaw: b.Draw(t, "hearing-by-law")}
	}
	if b.Draw(t, "hearing") {
		a.Hearing = &enforcement.Hearing{Notified: genDate(t, "notified", true), Requested: genDate(t, "requested", true),
			NoticeOn: genDate(t, "notice-on", true), Held: genDate(t, "held", true)}
	}
	if v := rapid.IntRange(0, 2).Draw(t, "disclosed"); v > 0 {
		disclosed := v == 1
		a.Disclosed = &disclosed
	}
	if b.Draw(t, "withdrawal") {
		a.Withdrawal = &enforcement.Withdrawal{Changed: genDate(t, "changed", false), Withdrawn: genDate(t, "withdrawn", true),
			Explained: b.Draw(t, "explained")}
	}
	if b.Draw(t, "coercion") {
		instant := func(label string) time.Time {
			if b.Draw(t, label+"?") {
				return time.Time{}
			}
			return time.Date(2024, 9, 20, 0, 0, 0, 0, cst).Add(time.Duration(rapid.IntRange(0, 96*60).Draw(t, label)) * time.Minute)
		}
		k := &enforcement.Coercion{Measure: enforcement.MeasureKind(rapid.IntRange(1, 5).Draw(t, "measure")),
			Delegated: b.Draw(t, "delegated"), Approved: genDate(t, "approved", true), Urgent: b.Draw(t, "urgent"),
			Started: instant("started"), Reported: instant("reported"),
			Record: enforcement.SiteRecord{Made: b.Draw(t, "made"), OfficersSigned: b.Draw(t, "officers-signed"),
				PartyPresent: b.Draw(t, "party-present"), PartySigned: b.Draw(t, "party-signed"),
				RefusalNoted: b.Draw(t, "refusal-noted"), WitnessSigned: b.Draw(t, "witness-signed"),
				Informed: b.Draw(t, "informed"), Heard: b.Draw(t, "heard")},
			Extended: genDate(t, "extended", true), Extension: rapid.IntRange(0, 40).Draw(t, "extension"),
			ExcludedDays: rapid.IntRange(0, 10).Draw(t, "excluded"), Released: genDate(t, "released", true)}
		if k.Urgent && k.Started.IsZero() && malformed != 3 {
			k.Started = time.Date(2024, 9, 20, 9, 30, 0, 0, cst)
		}
		if b.Draw(t, "seizure-period") {
			k.Period = enforcement.PeriodRule{Period: lawgov.CalendarDays(60), Basis: taxBasis}
		}
		a.Coercion = k
	}
	if b.Draw(t, "inspection") {
		a.Inspection = &enforcement.RandomInspection{Exempt: b.Draw(t, "exempt"), TargetDrawn: b.Draw(t, "target-drawn"),
			InspectorsDrawn: b.Draw(t, "inspectors-drawn"), Draw: rapid.SampledFrom([]string{"", "3f2a9c"}).Draw(t, "draw"),
			Ended: genDate(t, "inspection-ended", true), Published: genDate(t, "inspection-published", true)}
	}
	return a
}

// TestVerdictMatchesCheck: for any action, Verdict is the verdict of the
// report of Check, rule by rule, and both fail with the same error or
// neither does; CheckInto, reusing one report throughout, gives Check's
// report.
func TestVerdictMatchesCheck(t *testing.T) {
	lookups := verdictLookups(t)
	provisional := provisional2027(t)
	order := enforcement.ActionRules()
	var into lawgov.Report
	rapid.Check(t, func(t *rapid.T) {
		a := genAction(t)
		asOf := genDate(t, "as-of", false)
		lookup := rapid.SampledFrom(lookups).Draw(t, "lookup")
		cal := rapid.SampledFrom([]*lawgov.Calendar{nil, provisional}).Draw(t, "calendar")

		rep, cerr := enforcement.Check(a, asOf, lookup, cal)
		v, verr := enforcement.Verdict(a, asOf, lookup, cal)
		ierr := enforcement.CheckInto(&into, a, asOf, lookup, cal)
		if cerr != nil {
			if verr == nil || verr.Error() != cerr.Error() {
				t.Fatalf("Check: %v; Verdict: %v", cerr, verr)
			}
			if ierr == nil || ierr.Error() != cerr.Error() || len(into.Findings) != 0 {
				t.Fatalf("Check: %v; CheckInto: %v with %d findings", cerr, ierr, len(into.Findings))
			}
			return
		}
		if verr != nil || ierr != nil {
			t.Fatalf("Check passed; Verdict: %v; CheckInto: %v", verr, ierr)
		}
		want, err := lawgov.VerdictOf(rep, order)
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range order {
			if v.Outcome(i) != want.Outcome(i) || v.Severity(i) != want.Severity(i) {
				t.Fatalf("%s: verdict %s (%s), report %s (%s): %v", id, v.Outcome(i), v.Severity(i),
					want.Outcome(i), want.Severity(i), rep.Find(id))
			}
		}
		if v != want {
			t.Fatalf("verdict %v, report %v", v, want)
		}
		if !assert.ObjectsAreEqual(rep, into) {
			t.Fatalf("CheckInto differs from Check:\n%v\n%v", into.Findings, rep.Findings)
		}
	})
}

// TestActionRules: the action rules are the last rules of the catalogue,
// in the order of the report, and the verdict of the base penalty is its
// report's.
func TestActionRules(t *testing.T) {
	order := enforcement.ActionRules()
	all := enforcement.Rules()
	require.Len(t, order, 29)
	tail := all[len(all)-len(order):]
	for i, id := range order {
		assert.Equal(t, tail[i].ID, id, "position %d", i)
	}

	a := basePenalty()
	a.Officers = []string{"A1", "A3", "Q9"}
	reg := actionRegistry(t)
	rep, err := enforcement.Check(a, d("2024-07-01"), reg, nil)
	require.NoError(t, err)
	var seen []lawgov.RuleID
	for _, f := range rep.Findings {
		if len(seen) == 0 || seen[len(seen)-1] != f.Rule {
			seen = append(seen, f.Rule)
		}
	}
	assert.Equal(t, order, seen, "report order")

	v, err := enforcement.Verdict(a, d("2024-07-01"), reg, nil)
	require.NoError(t, err)
	assert.Equal(t, 29, v.Len())
	assert.Equal(t, lawgov.Fail, v.Outcome(2), "A3 suspended and Q9 unknown: officer authority fails")
	assert.Equal(t, []int{2, 3}, slices.Collect(v.Failures()), "officer authority and credentials shown")
	assert.Equal(t, "29 rules: 8 pass, 2 fail (worst violation), 19 not_applicable", v.String())

	a.Officers = nil
	v, err = enforcement.Verdict(a, d("2024-07-01"), reg, nil)
	require.NoError(t, err)
	assert.Equal(t, lawgov.OutcomeUnspecified, v.Outcome(2), "no officer, no authority finding")
	assert.Equal(t, lawgov.Fail, v.Outcome(0), "fewer than two officers")
}

// TestVerdictAllocs: a verdict on a registry allocates nothing, passing or
// failing. It checks allocations, never timing.
func TestVerdictAllocs(t *testing.T) {
	reg := actionRegistry(t)
	good, bad := basePenalty(), basePenalty()
	bad.Officers, bad.Published, bad.Records = []string{"A1", "A3"}, d("2024-06-30"), nil
	for name, a := range map[string]enforcement.Action{"pass": good, "fail": bad} {
		f := func() {
			if _, err := enforcement.Verdict(a, d("2024-07-01"), reg, nil); err != nil {
				t.Fatal(err)
			}
		}
		f()
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per verdict, want 0", name, n)
		}
	}
}

func TestCheckIntoNil(t *testing.T) {
	err := enforcement.CheckInto(nil, basePenalty(), d("2024-07-01"), actionRegistry(t), nil)
	assert.EqualError(t, err, `enforcement: check action "赤市监罚〔2024〕12号": nil report`)
}
