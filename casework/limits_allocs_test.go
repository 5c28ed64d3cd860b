//go:build !race

package casework_test

// The race detector makes sync.Pool drop a share of what is put back, so
// the checks' run state is made anew now and then: the counts below hold
// without it.

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
)

// TestLimitsVerdictAllocs: a verdict allocates nothing, for cases that go
// through every rule, and for rules decided beyond the calendar's data (the
// twenty-year cap of 第二十一条).
func TestLimitsVerdictAllocs(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	property := benchReconsideration
	property.RealProperty = true
	for name, f := range map[string]func(){
		"reconsideration": func() { _, _ = casework.ReconsiderationVerdict(benchReconsideration, benchLimitsAsOf, cal) },
		"real property":   func() { _, _ = casework.ReconsiderationVerdict(property, benchLimitsAsOf, cal) },
		"litigation":      func() { _, _ = casework.LitigationVerdict(benchLitigation, benchLimitsAsOf, cal) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per verdict, want 0", name, n)
		}
	}
}
