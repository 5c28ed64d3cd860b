package decision

import (
	"os"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
)

// FuzzParseDecision feeds arbitrary JSON to ParseDecision and checks every
// record it accepts: parsing never panics, the record satisfies its validate
// tags (the module validator is the slow oracle of Validate), and it can
// always be checked (an error then can only be missing calendar data).
func FuzzParseDecision(f *testing.F) {
	for _, name := range []string{"parking-complete.json", "parking-flawed.json"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"x","title":"t","body":{"name":"b","level":"county"},"matter":"plan"}`))
	f.Add([]byte(`{"id":"x","title":"t","body":{"name":"b","level":"county"},"exclusion":"emergency"}`))
	f.Add([]byte(`{"id":"x","title":"t","body":{"name":"b","level":"nine"},"matter":"plan"}`))
	f.Add([]byte(`{"id":"x","review":{"submitted":"2023-02-29"}}`)) // impossible date
	f.Add([]byte(`{"id":"x"} {"id":"y"}`))                          // trailing record
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseDecision(b)
		if err != nil {
			return
		}
		if err := lawgov.Validate(&d); err != nil {
			t.Fatalf("accepted record %q breaks its validate tags: %v", b, err)
		}
		asOf, cal := lawgov.MustDate(2024, 12, 31), lawgov.OfficialCalendar()
		r, err := National().Check(d, asOf, cal)
		if err != nil && !errorsIsNoData(err) {
			t.Fatalf("valid record %q could not be checked: %v", b, err)
		}
		v, verr := National().Verdict(d, asOf, cal)
		if (err == nil) != (verr == nil) {
			t.Fatalf("record %q: report error %v, verdict error %v", b, err, verr)
		}
		if err != nil {
			return
		}
		var order []lawgov.RuleID
		for _, rule := range National().Rules() {
			order = append(order, rule.ID)
		}
		if want, err := lawgov.VerdictOf(r, order); err != nil || want != v {
			t.Fatalf("record %q: verdict %v, report %v (%v)", b, v, want, err)
		}
	})
}

// FuzzEnumText round-trips the text form of the enumerations.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"county", "executive", "compliant", "", "COUNTY", "x\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l BodyLevel
		if err := l.UnmarshalText([]byte(s)); err != nil {
			return
		}
		b, err := l.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("%q → %v → %q, %v", s, l, b, err)
		}
		var k MeetingKind
		if k.UnmarshalText([]byte(s)) == nil {
			if b, _ := k.MarshalText(); string(b) != s {
				t.Fatalf("meeting kind %q → %q", s, b)
			}
		}
	})
}
