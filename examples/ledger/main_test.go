package main

import (
	"bytes"
	"github.com/fazhi-go/fazhi/internal/golden"
	"path/filepath"
	"testing"
)

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"-data", filepath.Join("..", "..", "lawgov", "testdata", "plans")}); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "ledger.golden", buf.Bytes())
}
