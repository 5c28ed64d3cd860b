package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) FailNow()              { r.failed = true; panic(r) }
func (r *recorder) Helper()               {}

func check(t *testing.T, name string, got []byte) (failed bool) {
	r := &recorder{TB: t}
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
		failed = r.failed
	}()
	Check(r, name, got)
	return r.failed
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	t.Cleanup(func() { _ = os.Chdir(wd) })
	require.NoError(t, os.Mkdir("testdata", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("testdata", "out.golden"), []byte("法治\n"), 0o644))

	assert.False(t, check(t, "out.golden", []byte("法治\n")), "same output passes")
	assert.True(t, check(t, "out.golden", []byte("法制\n")), "different output fails")
	assert.True(t, check(t, "missing.golden", []byte("x")), "a missing golden file fails")

	*update = true
	t.Cleanup(func() { *update = false })
	assert.False(t, check(t, "new.golden", []byte("新\n")), "-update writes the file")
	b, err := os.ReadFile(filepath.Join("testdata", "new.golden"))
	require.NoError(t, err)
	assert.Equal(t, "新\n", string(b))
}
