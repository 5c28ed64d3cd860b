package casework_test

import (
	"encoding/json"
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

// FuzzCasesJSON decodes arbitrary bytes as a batch of cases: the batch is
// either rejected with field errors or counted, never a panic, and a batch
// that counts round-trips through its JSON to the same records.
func FuzzCasesJSON(f *testing.F) {
	for _, s := range []string{
		`{"reconsiderations":[{"id":"A","unit":"u","received":"2024-03-01","accepted":"2024-03-04","concluded":"2024-04-01","outcome":"revoke"}]}`,
		`{"reconsiderations":[{"id":"A","unit":"u","received":"2024-03-01"},{"id":"A","unit":"u","received":"2024-03-01"}]}`, // repeat
		`{"reconsiderations":[{"id":"A","unit":"u","received":"0001-01-01"}]}`,                                               // before 1991
		`{"reconsiderations":[{"id":"A","unit":"u","received":"2024-03-01","correction_notified":"2024-03-05","supplied":"2024-03-20","suspensions":[{"from":"2024-04-01","reason":"applicant_died"}]}]}`,
		`{"litigations":[{"id":"L","unit":"u","instance":"first","received":"2024-03-01","appearance_ground":"public_interest","hearings":[{"date":"2024-04-01","attendees":[{"role":"lawyer"}]}]}]}`,
		`{"litigations":[{"id":"L","unit":"u","instance":"first","received":"9999-12-31"}]}`,
		`{"reconsiderations":[{"id":"A","unit":"u","received":"2024-02-30"}]}`, // no such day
		`{`, `null`, `{"reconsiderations":[null]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var cs casework.Cases
		if json.Unmarshal(b, &cs) != nil {
			return
		}
		rs, err := cs.Records(nil)
		if err != nil {
			return
		}
		again, err := json.Marshal(cs)
		if err != nil {
			t.Fatal(err)
		}
		var back casework.Cases
		if err := json.Unmarshal(again, &back); err != nil {
			t.Fatalf("%s: %v", again, err)
		}
		rs2, err := back.Records(nil)
		if err != nil {
			t.Fatalf("%s: %v", again, err)
		}
		if len(rs) != len(rs2) {
			t.Fatalf("%d records, %d after a round trip", len(rs), len(rs2))
		}
		for i := range rs {
			if rs[i] != rs2[i] {
				t.Fatalf("record %d differs after a round trip", i)
			}
		}
		_ = casework.ByYear(rs)
	})
}

// FuzzDefinitionJSON: a definition that decodes re-encodes to a form that
// decodes to the same definition.
func FuzzDefinitionJSON(f *testing.F) {
	for _, d := range casework.Definitions() {
		b, _ := json.Marshal(d)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"h","name":"n","kind":"litigation","outcomes":["annul"],"base":["heard"],"policy":{"annul":"none"},"source":[{"instrument":"x"}]}`))
	f.Add([]byte(`{"id":"h","kind":"reconsideration","outcomes":[1]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var d casework.Definition
		if json.Unmarshal(b, &d) != nil {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("%s decoded to an invalid definition: %v", b, err)
		}
		again, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back casework.Definition
		if err := json.Unmarshal(again, &back); err != nil {
			t.Fatalf("%s: %v", again, err)
		}
		if back.ID != d.ID || back.Outcomes != d.Outcomes || back.Classes != d.Classes || back.Base != d.Base ||
			back.Counters != d.Counters || back.Kind != d.Kind {
			t.Fatalf("%s → %s changed the definition", b, again)
		}
	})
}
