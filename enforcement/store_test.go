package enforcement

import (
	"reflect"
	"testing"

	"pgregory.net/rapid"
)

// TestCompactOfficerRoundTrip checks that the registry's compact form of an
// officer's fields and history expands to equal values, nil and empty
// slices kept apart, and that the copies share nothing with the input.
func TestCompactOfficerRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := drawOfficer(t)
		fields, h := compactOfficer(o.Fields, o.History)
		if !reflect.DeepEqual(fields, o.Fields) {
			t.Fatalf("fields %#v, want %#v", fields, o.Fields)
		}
		got := h.expand(nil)
		want := o.History
		if len(want) == 0 {
			want = nil
		}
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("history %#v, want %#v", got, want)
		}
		for i := range o.History {
			if len(o.History[i].Fields) > 0 {
				o.History[i].Fields[0] = "changed"
				if h.expand(nil)[i].Fields[0] == "changed" {
					t.Fatalf("event %d shares its fields with the input", i)
				}
			}
		}
	})
}

// TestStoreChunks checks that records keep their place across chunks.
func TestStoreChunks(t *testing.T) {
	var s store
	n := 3*storeChunk + 5
	for i := range n {
		s.add(Officer{ID: string(rune('A' + i%26)), Name: string(rune(i))}, nil)
	}
	if s.len() != n {
		t.Fatalf("len %d, want %d", s.len(), n)
	}
	for i := range n {
		if r := s.at(i); r.o.Name != string(rune(i)) {
			t.Fatalf("record %d is %q", i, r.o.Name)
		}
	}
}
