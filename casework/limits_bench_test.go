package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
)

// benchReconsideration is a case that goes through every rule of
// CheckReconsideration: a late application window counted from learning of
// the right, a correction, acceptance, copy and reply, a suspension for
// the applicant's death, an extension and an opinion letter.
var benchReconsideration = casework.Reconsideration{
	ID: "复〔2024〕7号", Unit: "区市场监管局", Level: "区级部门", Matter: "市场监管",
	Knew: d("2024-05-06"), NotToldOfRights: true, LearnedOfRights: d("2024-07-15"), ActDate: d("2024-05-01"),
	Obstacles: []casework.Interval{{From: d("2024-08-01"), To: d("2024-08-10")}},
	Received:  d("2024-09-02"), CorrectionNotified: d("2024-09-04"), CorrectionReceived: d("2024-09-05"),
	Supplied: d("2024-09-12"), Accepted: d("2024-09-19"), CopySent: d("2024-09-25"), CopyReceived: d("2024-09-26"),
	Replied: d("2024-10-14"), ExtensionDays: 20,
	Suspensions:     []casework.Suspension{{From: d("2024-10-21"), To: d("2024-11-04"), Reason: casework.ApplicantDied}},
	OpinionReceived: d("2024-12-20"), OpinionReported: d("2025-02-10"),
	Concluded: d("2024-12-18"), Outcome: casework.Revoke,
}

// benchLitigation is a first instance after a reconsideration, in a case
// the responsible person must attend, with two hearings.
var benchLitigation = casework.Litigation{
	ID: "(2024)渝0154行初12号", Unit: "区政府", Instance: casework.FirstInstance,
	Received: d("2024-03-04"), Filed: d("2024-02-28"), DecisionReceived: d("2024-02-18"),
	AppearanceGround: casework.PublicInterest,
	Hearings: []casework.Hearing{
		{Date: d("2024-04-10"), Attendees: []casework.Attendee{{Role: casework.Lawyer}, {Role: casework.Staff}}},
		{Date: d("2024-06-12"), Attendees: []casework.Attendee{{Role: casework.Deputy}, {Role: casework.Lawyer}}},
	},
	Concluded: d("2024-09-10"), Outcome: casework.Annul,
}

var benchLimitsAsOf = d("2025-03-01")

func BenchmarkLimitsReconsiderationReport(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	b.ReportAllocs()
	for b.Loop() {
		rep, err := casework.CheckReconsideration(benchReconsideration, benchLimitsAsOf, cal)
		if err != nil || len(rep.Findings) != 10 {
			b.Fatal(err, len(rep.Findings))
		}
	}
}

func BenchmarkLimitsReconsiderationInto(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	var rep lawgov.Report
	b.ReportAllocs()
	for b.Loop() {
		if err := casework.CheckReconsiderationInto(&rep, benchReconsideration, benchLimitsAsOf, cal); err != nil || len(rep.Findings) != 10 {
			b.Fatal(err, len(rep.Findings))
		}
	}
}

func BenchmarkLimitsReconsiderationVerdict(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	b.ReportAllocs()
	for b.Loop() {
		v, err := casework.ReconsiderationVerdict(benchReconsideration, benchLimitsAsOf, cal)
		if err != nil || v.Len() != 10 {
			b.Fatal(err, v)
		}
	}
}

func BenchmarkLimitsLitigationReport(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	b.ReportAllocs()
	for b.Loop() {
		rep, err := casework.CheckLitigation(benchLitigation, benchLimitsAsOf, cal)
		if err != nil || len(rep.Findings) != 5 {
			b.Fatal(err, len(rep.Findings))
		}
	}
}

func BenchmarkLimitsLitigationInto(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	var rep lawgov.Report
	b.ReportAllocs()
	for b.Loop() {
		if err := casework.CheckLitigationInto(&rep, benchLitigation, benchLimitsAsOf, cal); err != nil || len(rep.Findings) != 5 {
			b.Fatal(err, len(rep.Findings))
		}
	}
}

func BenchmarkLimitsLitigationVerdict(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	b.ReportAllocs()
	for b.Loop() {
		v, err := casework.LitigationVerdict(benchLitigation, benchLimitsAsOf, cal)
		if err != nil || v.Len() != 5 {
			b.Fatal(err, v)
		}
	}
}

func BenchmarkReconsiderationValidate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := benchReconsideration.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLitigationValidate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := benchLitigation.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
