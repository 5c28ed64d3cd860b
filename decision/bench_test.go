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
	for _, bc := range []struct {
		name string
		d    Decision
	}{{"complete", good}, {"five-failures", bad}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := p.Check(bc.d, asOf, cal); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
