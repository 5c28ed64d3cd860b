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

func BenchmarkCheck(b *testing.B) {
	reg := actionRegistry(b)
	a := basePenalty()
	a.Major.Complex = true
	a.Review = &enforcement.LegalReview{Date: d("2024-05-08"), Passed: true, Reviewer: "周九", FirstAppointed: d("2022-01-01"), LegalQualified: true}
	a.Records = append(a.Records, enforcement.StageReview)
	asOf := d("2024-07-01")
	b.ReportAllocs()
	for b.Loop() {
		rep, err := enforcement.Check(a, asOf, reg, nil)
		if err != nil || !rep.OK() {
			b.Fatal(err, rep.Failures())
		}
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
