package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/ledger.golden")

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"-data", filepath.Join("..", "..", "lawgov", "testdata", "plans")}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "ledger.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Errorf("output differs from %s; rerun with -update after checking:\n%s", golden, buf.String())
	}
}
