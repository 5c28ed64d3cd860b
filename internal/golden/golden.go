// Package golden compares the output of an example with its golden file
// under testdata, the way go-cmp keeps its testdata/diffs: the file is the
// expected output, checked by hand when it changes, and
//
//	go test ./examples/<name> -update
//
// rewrites it from the current output.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// Check compares got with testdata/name; with -update it first writes got
// there.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test with -update and check it by hand")
	assert.Equal(t, string(want), string(got), "output differs from %s; check it, then rerun with -update", path)
}
