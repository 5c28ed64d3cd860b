package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
)

func FuzzParseChange(f *testing.F) {
	for _, s := range []string{
		"同比增长14.01%",                // count, relative
		"同比下降3.95个百分点",              // points
		"出庭应诉率为84.8%，比2015年上升13.4%", // ambiguous
		"增长了近3倍",                    // times
		"上升.5%", "上升5..1%", "下降0个百分点", "\xff上升5%", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := casework.ParseChange(s)
		if err != nil {
			return
		}
		if !c.Form.IsValid() {
			t.Fatalf("%q: parsed without a form", s)
		}
		// The rendering parses back to the same form and value.
		back, err := casework.ParseChange(c.String())
		if err != nil {
			t.Fatalf("%q → %q: %v", s, c.String(), err)
		}
		if back.Form != c.Form && c.Form != casework.Ambiguous || !back.Value.Equal(c.Value) {
			t.Fatalf("%q → %q → %+v, want %+v", s, c.String(), back, c)
		}
	})
}

func FuzzOutcomeText(f *testing.F) {
	for _, s := range []string{"revoke", "annul", "", "other", "REVOKE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var o casework.ReconsiderationOutcome
		if err := o.UnmarshalText([]byte(s)); err == nil {
			b, err := o.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("%q round-trips to %q, %v", s, b, err)
			}
		}
		var l casework.LitigationOutcome
		if err := l.UnmarshalText([]byte(s)); err == nil {
			b, err := l.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("%q round-trips to %q, %v", s, b, err)
			}
		}
	})
}
