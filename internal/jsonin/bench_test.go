package jsonin_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/internal/jsonin"
)

// BenchmarkDecode reads a body of 100 list items, as a batch request does.
func BenchmarkDecode(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"n":3,"items":[`)
	for i := range 100 {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(`{"concluded":"2024-03-01","unit":"working_days","note":"x"}`)
	}
	sb.WriteString(`],"year":2024}`)
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		var v body
		if err := jsonin.Decode(bytes.NewReader(in), &v, 0); err != nil {
			b.Fatal(err)
		}
	}
}
