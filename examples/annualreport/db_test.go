package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSQLReportFromDuckDB loads the embedded cases into a DuckDB file and
// checks that the report read from it is the report of the embedded files,
// in every format, but for the line naming the source.
func TestSQLReportFromDuckDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.duckdb")
	var out bytes.Buffer
	require.NoError(t, run(&out, []string{"-db", path, "-initdb"}))
	for _, format := range []string{"markdown", "json", "html"} {
		var files, db bytes.Buffer
		require.NoError(t, run(&files, []string{"-format", format}))
		require.NoError(t, run(&db, []string{"-db", path, "-format", format}))
		want := strings.Replace(files.String(), "随程序发布的示例数据", "随程序发布的示例数据；行政复议和行政应诉案件取自DuckDB数据库", 1)
		assert.Equal(t, want, db.String(), format)
	}
	assert.Contains(t, out.String(), "行政复议和行政应诉案件取自DuckDB数据库")

	err := run(&out, []string{"-db", path, "-initdb"})
	assert.ErrorContains(t, err, "-initdb", "the table exists already")
	assert.ErrorContains(t, run(&out, []string{"-initdb"}), "-initdb needs -db")
}
