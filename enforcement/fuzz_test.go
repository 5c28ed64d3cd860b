package enforcement_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
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
	f.Add([]byte(`{"format":"fazhi.enforcement.registry/v1","rule_set":"赤壁市2019","officers":null}`))
	f.Add([]byte(`{"format":"fazhi.enforcement.registry/v1","rule_set":"赤壁市2019","officers":[{"id":"Q","name":"q","unit":"u","employment":"civil_servant","history":[{"kind":"training_completed","date":"2024-02-29"}]}]}`))
	f.Add([]byte(`{"format":"fazhi.enforcement.registry/v1","rule_set":"赤壁市2019","officers":[{"id":"Q","name":"q","unit":"u","employment":"civil_servant","history":[{"kind":"training_completed","date":"2023-02-29"}]}]}`))
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
