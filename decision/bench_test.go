package decision

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
)

func BenchmarkCheck(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	p := National()
	good := complete(b)
	bad := complete(b)
	// Five failing rules: comment period, hearing notice, expert interest,
	// chief not last, no party report.
	bad.Participation.CallPublished, bad.Participation.CallClosed = date("2024-09-10"), date("2024-09-30")
	bad.Hearing.MaterialsDelivered = date("2024-09-21")
	bad.Experts.Experts[0].DirectInterest = true
	s := bad.Discussion.Speakers
	s[0], s[3] = s[3], s[0]
	bad.PartyReport = nil
	if r, _ := p.Check(bad, asOf, cal); len(r.Failures()) != 5 {
		b.Fatalf("want 5 failures, got %v", r.Failures())
	}
	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Version: date("2020-03-01"), Article: 26}
	regional, err := p.Derive("某省重大行政决策程序规定", basis, date("2020-05-01"), ReviewDays(10, basis))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		p    Procedure
		d    Decision
	}{{"complete", p, good}, {"five-failures", p, bad}, {"regional-complete", regional, good}} {
		b.Run(bc.name+"/report", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.p.Check(bc.d, asOf, cal); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/into", func(b *testing.B) {
			var r lawgov.Report
			b.ReportAllocs()
			for b.Loop() {
				if err := bc.p.CheckInto(&r, bc.d, asOf, cal); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/verdict", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.p.Verdict(bc.d, asOf, cal); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCanSubmitForDiscussion(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	p := National()
	d := complete(b)
	d.Discussion, d.PartyReport, d.Publication, d.Archive, d.Execution = nil, nil, nil, nil, nil
	if a, _ := p.CanSubmitForDiscussion(d, date("2024-10-28"), cal); !a.OK {
		b.Fatalf("want yes, got %s", a.Reason)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.CanSubmitForDiscussion(d, date("2024-10-28"), cal); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCanPublish(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	p := National()
	good := complete(b)
	bad := complete(b)
	bad.PartyReport = nil
	for _, bc := range []struct {
		name string
		d    Decision
		ok   bool
	}{{"yes", good, true}, {"no", bad, false}} {
		if a, _ := p.CanPublish(bc.d, asOf, cal); a.OK != bc.ok {
			b.Fatalf("%s: got %v: %s", bc.name, a.OK, a.Reason)
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.CanPublish(bc.d, asOf, cal); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
