package main

import (
	"io"
	"os"
	"testing"
)

// BenchmarkReport loads and reports the dataset of the directory data, or
// of $ANNUALREPORT_BENCH_DATA, for instance one made by the generator at a
// larger scale:
//
//	go run ./examples/annualreport/gen -scale 100 -o /tmp/qingxi100
//	ANNUALREPORT_BENCH_DATA=/tmp/qingxi100 go test -run - -bench Report -benchtime 3x \
//	    -cpuprofile cpu.prof -memprofile mem.prof ./examples/annualreport
func BenchmarkReport(b *testing.B) {
	dir := os.Getenv("ANNUALREPORT_BENCH_DATA")
	if dir == "" {
		dir = "data"
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := run(io.Discard, []string{"-data", dir}); err != nil {
			b.Fatal(err)
		}
	}
}
