package rulepack_test

import (
	"encoding/json"
	"io/fs"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// FuzzParse: Parse never panics, and a pack it accepts marshals to a file
// it accepts again with the same canonical form.
func FuzzParse(f *testing.F) {
	files, _ := fs.Glob(rulepack.ShippedFS(), "*.json")
	for _, name := range files {
		b, _ := fs.ReadFile(rulepack.ShippedFS(), name)
		f.Add(b)
	}
	for _, s := range []string{
		``, `{}`, `[]`, `null`, `{"id": "x", "name": "某", "version": "1", "values": {}}`,
		`{"id": "x", "name": "某", "version": "1", "values": {"decision.comment-days": [{"value": 1e400, "basis": {"instrument": "a"}}]}}`,
		`{"id": "x", "name": "某", "version": "1", "values": {"enforcement.simple-procedure-citizen": [{"value": "1e9999999", "basis": {"instrument": "a"}}]}}`,
		`{"id": "x", "name": "某", "version": "1", "values": {"lawgov.annual-report.publish-by": [{"value": "02-30", "basis": {"instrument": "a"}}]}}`,
		`{"a":` + string(make([]byte, 0)) + `[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[`,
		`{"id": "x", "id": "x"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := rulepack.Parse("fuzz.json", data)
		if err != nil {
			if p != nil {
				t.Fatal("a pack returned with an error")
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := rulepack.Parse("again.json", b)
		if err != nil {
			t.Fatalf("marshalled pack rejected: %v\n%s", err, b)
		}
		b2, _ := json.Marshal(q)
		if string(b) != string(b2) {
			t.Fatalf("not canonical:\n%s\n%s", b, b2)
		}
	})
}
