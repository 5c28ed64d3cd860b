package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// generate runs the generator with args into a new directory.
func generate(t *testing.T, args ...string) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to run the generator")
	}
	dir := t.TempDir()
	cmd := exec.Command(goBin, append([]string{"run", "./gen", "-o", dir}, args...)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	return dir
}

// sizes returns the counts of the report's 数据规模 line: units, tasks,
// progress events, decisions, documents, officers, actions,
// reconsiderations and litigation instances.
func sizes(t *testing.T, report string) []int {
	t.Helper()
	m := regexp.MustCompile(`数据规模：单位(\d+)个，工作任务(\d+)项、进展记录(\d+)条，重大行政决策(\d+)件，规范性文件(\d+)件，执法人员(\d+)人，执法行为(\d+)件，行政复议案件(\d+)件，行政应诉审级(\d+)件`).FindStringSubmatch(report)
	require.NotNil(t, m, "no 数据规模 line")
	out := make([]int, len(m)-1)
	for i, s := range m[1:] {
		out[i], _ = strconv.Atoi(s)
	}
	return out
}

// TestGeneratorScale checks that the generator at scale 1 writes the
// embedded dataset byte for byte, and that at scale 3 the report runs and
// counts three times the officers, actions, cases, decisions and documents
// of the same plan.
func TestGeneratorScale(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	one := generate(t)
	entries, err := fs.ReadDir(embedded, "data")
	require.NoError(t, err)
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".md" {
			continue
		}
		want, err := fs.ReadFile(embedded, "data/"+e.Name())
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(one, e.Name()))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(want, got), "gen at scale 1 changed %s", e.Name())
	}

	three := generate(t, "-scale", "3")
	var base, big bytes.Buffer
	require.NoError(t, run(&base, nil))
	require.NoError(t, run(&big, []string{"-data", three}))
	b, s := sizes(t, base.String()), sizes(t, big.String())
	assert.Equal(t, b[:3], s[:3], "units, tasks and progress do not scale")
	for i := 3; i < len(b); i++ {
		assert.Equal(t, 3*b[i], s[i], "count %d of the 数据规模 line", i)
	}
}
