package enforcement_test

import (
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

// twentyEvents is a history of 20 events: training, a failed and a passed
// exam, a credential, seven reported changes and two annual reviews.
func twentyEvents() enforcement.Officer {
	o := activeOfficer("A1", "市市场监管局")
	day := d("2023-04-01")
	for i := 0; i < 7; i++ {
		o.History = append(o.History, ev(enforcement.InformationChanged, day.String()), ev(enforcement.ChangeReported, day.AddDays(10).String()))
		day = day.AddDays(40)
	}
	o.History = append(o.History[:1], append([]enforcement.Event{exam("2023-01-20", false)}, o.History[1:]...)...)
	o.History = append(o.History, ev(enforcement.AnnualReviewPassed, "2024-01-05"), ev(enforcement.AnnualReviewPassed, "2024-03-01"))
	return o
}

// benchStatusAt derives o's state on 2024-06-01, which must be want.
func benchStatusAt(b *testing.B, o enforcement.Officer, want enforcement.State) {
	rs := enforcement.Chibi()
	if len(o.History) != 20 {
		b.Fatalf("history has %d events", len(o.History))
	}
	asOf := d("2024-06-01")
	b.ReportAllocs()
	for b.Loop() {
		st, err := rs.StatusAt(o, asOf)
		if err != nil || st.State != want {
			b.Fatal(st.State, err)
		}
	}
}

func BenchmarkStatusAt(b *testing.B) {
	benchStatusAt(b, twentyEvents(), enforcement.StateActive)
}

func BenchmarkStatusAtChangeOverdue(b *testing.B) {
	o := twentyEvents()
	o.History = append(o.History[:19], ev(enforcement.InformationChanged, "2024-03-02"))
	benchStatusAt(b, o, enforcement.StateChangeOverdue)
}

func millionRegistry(b *testing.B) *enforcement.Registry {
	reg, err := enforcement.NewRegistry(enforcement.Chibi())
	if err != nil {
		b.Fatal(err)
	}
	protos := []enforcement.Officer{activeOfficer("P", ""), twentyEvents()}
	overdue := activeOfficer("P", "")
	overdue.History = append(overdue.History, ev(enforcement.InformationChanged, "2024-03-02"))
	protos = append(protos, overdue, twiceFailed("P", ""))
	os := make([]enforcement.Officer, 1_000_000)
	for i := range os {
		p := protos[i%len(protos)]
		os[i] = enforcement.Officer{ID: fmt.Sprintf("O%07d", i), Name: "n", Unit: fmt.Sprintf("单位%02d", i%50),
			Employment: enforcement.CivilServant, History: p.History}
	}
	reg.AddUnchecked(os)
	return reg
}

func BenchmarkSweepMillion(b *testing.B) {
	reg := millionRegistry(b)
	asOf := d("2024-06-01")
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				res, err := reg.Sweep(asOf, enforcement.SweepOptions{ExpiringWithin: 30, Workers: workers})
				if err != nil || res.Totals.Total() != 1_000_000 {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheck checks a penalty whose rules all pass and one that
// fails five (an officer suspended, a credential not shown, no legal
// review of a major case, publicity late, records missing): the full
// report, the report into a reused one, and the verdict alone.
func BenchmarkCheck(b *testing.B) {
	reg := actionRegistry(b)
	asOf := d("2024-07-01")
	pass := basePenalty()
	pass.Major.Complex = true
	pass.Review = &enforcement.LegalReview{Date: d("2024-05-08"), Passed: true, Reviewer: "周九", FirstAppointed: d("2022-01-01"), LegalQualified: true}
	pass.Records = append(pass.Records, enforcement.StageReview)
	fail := basePenalty()
	fail.Officers = []string{"A1", "A3"}
	fail.Major.PublicInterest = true
	fail.Published = d("2024-05-21")
	fail.Records = fail.Records[:2]
	for _, bc := range []struct {
		name  string
		a     enforcement.Action
		fails int
	}{{"pass", pass, 0}, {"fail", fail, 5}} {
		rep, err := enforcement.Check(bc.a, asOf, reg, nil)
		if err != nil || len(rep.Failures()) != bc.fails {
			b.Fatal(err, rep.Failures())
		}
		b.Run(bc.name+"/report", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := enforcement.Check(bc.a, asOf, reg, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/into", func(b *testing.B) {
			var r lawgov.Report
			b.ReportAllocs()
			for b.Loop() {
				if err := enforcement.CheckInto(&r, bc.a, asOf, reg, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/verdict", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := enforcement.Verdict(bc.a, asOf, reg, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDraw(b *testing.B) {
	reg := drawRegistry(b, 30)
	req := enforcement.DrawRequest{Seed: 1, Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: roster(500), Count: 25}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := reg.Draw(req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckInto(b *testing.B) {
	reg := actionRegistry(b)
	a := basePenalty()
	asOf := d("2024-07-01")
	var rep lawgov.Report
	b.ReportAllocs()
	for b.Loop() {
		if err := enforcement.CheckInto(&rep, a, asOf, reg, nil); err != nil || !rep.OK() {
			b.Fatal(err, rep.Failures())
		}
	}
}
