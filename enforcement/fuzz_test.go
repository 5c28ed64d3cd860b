package enforcement_test

import (
	"encoding/json"
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

// FuzzRestore feeds arbitrary snapshots to Restore: it must never panic,
// and a failed restore leaves the registry unchanged.
func FuzzRestore(f *testing.F) {
	reg := newRegistry(f, activeOfficer("A1", "u"))
	good, err := reg.Snapshot()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"format":"fazhi.enforcement.registry/v2","rule_set":"赤壁市2019","officers":null}`))
	// A possible history with its chain, a leap day, and an impossible date.
	f.Add(enforcement.SnapshotOf("赤壁市2019", []enforcement.Officer{{ID: "Q", Name: "q", Unit: "u", Employment: enforcement.CivilServant,
		History: []enforcement.Event{ev(enforcement.TrainingCompleted, "2024-02-29")}}}))
	f.Add([]byte(`{"format":"fazhi.enforcement.registry/v2","rule_set":"赤壁市2019","officers":[{"id":"Q","name":"q","unit":"u","employment":"civil_servant","history":[{"kind":"training_completed","date":"2023-02-29"}]}]}`))
	// Events out of order, with a valid chain.
	f.Add(enforcement.SnapshotOf("赤壁市2019", []enforcement.Officer{{ID: "Q", Name: "q", Unit: "u", Employment: enforcement.CivilServant,
		History: []enforcement.Event{ev(enforcement.TrainingCompleted, "2024-03-01"), ev(enforcement.TrainingCompleted, "2024-02-29")}}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := newRegistry(t, activeOfficer("A1", "u"))
		before, _ := r.Snapshot()
		if err := r.Restore(data); err != nil {
			after, _ := r.Snapshot()
			if string(before) != string(after) {
				t.Fatalf("registry changed by a failed restore")
			}
			return
		}
		// A restored registry snapshots and restores to itself.
		s1, err := r.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		r2 := newRegistry(t)
		if err := r2.Restore(s1); err != nil {
			t.Fatal(err)
		}
		s2, _ := r2.Snapshot()
		if string(s1) != string(s2) {
			t.Fatalf("snapshot round trip differs")
		}
	})
}

// FuzzParseEventKind checks that every accepted code round-trips.
func FuzzParseEventKind(f *testing.F) {
	for _, s := range []string{"", "exam_attempt", "removed", "Exam_attempt", "exam_attempt ", "考试"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := enforcement.ParseEventKind(s)
		if err != nil {
			return
		}
		b, err := k.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("%q → %v → %q, %v", s, k, b, err)
		}
	})
}

// FuzzCheck decodes arbitrary JSON as an action and checks it: Check must
// never panic, and either reports a finding for every action rule and officer or fails
// with an error; Verdict gives the verdict of that report.
func FuzzCheck(f *testing.F) {
	for _, a := range []enforcement.Action{basePenalty(), baseSeizure()} {
		b, err := json.Marshal(a)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","kind":"coercive_measure","field":"市场监管","region":"赤壁市","date":"2024-09-20","officers":["A1"],"coercion":{"measure":"seal","urgent":true,"started":"2024-09-20T09:30:00+08:00","extension_days":40,"excluded_days":3}}`))
	f.Add([]byte(`{"id":"y","kind":"penalty","field":"市场监管","region":"赤壁市","date":"2024-03-05","on_the_spot":true,"sanction":{"party":"citizen","kinds":["fine"],"fine":"200.5"},"hearing":{"notified":"2024-04-26","requested":"2024-05-07"}}`))
	reg := actionRegistry(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var a enforcement.Action
		if json.Unmarshal(data, &a) != nil {
			return
		}
		rep, err := enforcement.Check(a, d("2024-12-31"), reg, nil)
		if err != nil {
			return
		}
		// 28 action rules, and one authority finding per officer.
		if len(rep.Findings) != 28+len(a.Officers) {
			t.Fatalf("%d findings for %d officers", len(rep.Findings), len(a.Officers))
		}
		// The verdict is the report's.
		want, err := lawgov.VerdictOf(rep, enforcement.ActionRules())
		if err != nil {
			t.Fatal(err)
		}
		if v, err := enforcement.Verdict(a, d("2024-12-31"), reg, nil); err != nil || v != want {
			t.Fatalf("verdict %v, %v; report %v", v, err, want)
		}
	})
}
