package main

import (
	"bytes"
	"github.com/fazhi-go/fazhi/internal/golden"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	for _, tt := range []struct{ format, ext string }{
		{"markdown", "md"},
		{"json", "json"},
		{"html", "html"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run(&out, []string{"-format", tt.format}))
			golden.Check(t, "annualreport."+tt.ext+".golden", out.Bytes())
		})
	}
}

// TestDefaults checks that the defaults are the dataset's year and its
// last day, and that -data reads the same files as the embedded set.
func TestDefaults(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, run(&a, nil))
	require.NoError(t, run(&b, []string{"-year", "2025", "-asof", "2025-12-31", "-data", "data", "-format", "markdown"}))
	assert.Equal(t, strings.Replace(a.String(), "随程序发布的示例数据", "目录 data", 1), b.String())
	assert.Contains(t, a.String(), "# 清溪县2025年度法治政府建设情况报告（统计部分）")
}

func TestHTMLSelfContained(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, []string{"-format", "html"}))
	page := out.String()
	assert.Equal(t, 3, strings.Count(page, "<svg"), "charts: task completion, reconsideration, litigation")
	for _, bad := range []string{"<script", "http://", "https://", "<link", "@import", "src="} {
		if bad == "http://" {
			// The SVG namespace is a name, not a request.
			page = strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, "")
		}
		assert.NotContains(t, page, bad)
	}
}

// copyData copies the embedded dataset into a new directory.
func copyData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sub, err := fs.Sub(embedded, "data")
	require.NoError(t, err)
	entries, err := fs.ReadDir(sub, ".")
	require.NoError(t, err)
	for _, e := range entries {
		b, err := fs.ReadFile(sub, e.Name())
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644))
	}
	return dir
}

func TestBrokenData(t *testing.T) {
	for _, tt := range []struct {
		name   string
		file   string
		edit   func(string) string
		record string
		field  string
	}{
		{
			name: "unknown employment type", file: fileOfficers,
			edit: func(s string) string {
				lines := strings.SplitN(s, "\n", 4)
				lines[2] = strings.Replace(lines[2], `"employment":"career_staff"`, `"employment":"robot"`, 1)
				lines[2] = strings.Replace(lines[2], `"employment":"civil_servant"`, `"employment":"robot"`, 1)
				return strings.Join(lines, "\n")
			},
			record: "line 3 (QX00003)", field: `"employment"`,
		},
		{
			name: "bad date in a lawsuit", file: fileLitigation,
			edit: func(s string) string {
				return strings.Replace(s, `"received":"2023-`, `"received":"2023-13-`, 1)
			},
			record: "line 1 (QXYS-2023-001)", field: `"received"`,
		},
		{
			name: "misspelt step in a decision", file: fileDecisions,
			edit: func(s string) string {
				return strings.Replace(s, `"publication":`, `"publicaton":`, 1)
			},
			record: "index 0 (QX-2025-JC-01)", field: `"publicaton"`,
		},
		{
			name: "missing case unit", file: fileReconsideration,
			edit: func(s string) string {
				return strings.Replace(s, `"unit":"`, `"unit":"","x":"`, 1)
			},
			record: "line 1", field: `"x"`,
		},
		{
			name: "unknown unit in the task table", file: filePlan,
			edit: func(s string) string {
				return strings.Replace(s, "县司法局,", "县法制局,", 1)
			},
			record: "row 2", field: "E 责任单位",
		},
		{
			name: "repeated officer ID", file: fileOfficers,
			edit: func(s string) string {
				return strings.Replace(s, `"id":"QX00004"`, `"id":"QX00001"`, 1)
			},
			record: "line 4 (QX00001)", field: `"id"`,
		},
		{
			name: "unknown action kind", file: fileActions,
			edit: func(s string) string {
				lines := strings.SplitN(s, "\n", 3)
				lines[1] = strings.Replace(lines[1], `"kind":"inspection"`, `"kind":"raid"`, 1)
				return strings.Join(lines, "\n")
			},
			record: "line 2 (QXZF-2025-0002)", field: `"kind"`,
		},
		{
			name: "action without a field", file: fileActions,
			edit: func(s string) string {
				lines := strings.SplitN(s, "\n", 8)
				lines[6] = strings.Replace(lines[6], `"field":"发展改革"`, `"field":""`, 1)
				return strings.Join(lines, "\n")
			},
			record: "line 7 (QXZF-2025-0007)", field: `"field"`,
		},
		{
			name: "impossible officer history", file: fileOfficers,
			edit: func(s string) string {
				lines := strings.SplitN(s, "\n", 3)
				lines[1] = strings.Replace(lines[1], `"passed":true`, `"passed":false`, 1)
				return strings.Join(lines, "\n")
			},
			record: "line 2 (QX00002)", field: `"history[2]"`,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := copyData(t)
			path := filepath.Join(dir, tt.file)
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			edited := tt.edit(string(b))
			require.NotEqual(t, string(b), edited, "the edit must change the file")
			require.NoError(t, os.WriteFile(path, []byte(edited), 0o644))

			var out bytes.Buffer
			err = run(&out, []string{"-data", dir})
			require.Error(t, err)
			assert.Contains(t, err.Error(), "data file "+tt.file)
			assert.Contains(t, err.Error(), tt.record)
			assert.Contains(t, err.Error(), tt.field)
			assert.Empty(t, out.String(), "nothing is written on error")
		})
	}
}

func TestMissingFile(t *testing.T) {
	dir := copyData(t)
	require.NoError(t, os.Remove(filepath.Join(dir, fileActions)))
	var out bytes.Buffer
	err := run(&out, []string{"-data", dir})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "data file "+fileActions)
	assert.Empty(t, out.String())
}

func TestFlagErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-format", "pdf"}, `-format "pdf"`},
		{[]string{"-asof", "2025-02-30"}, "-asof"},
		{[]string{"-year", "abc"}, "invalid value"},
		{[]string{"-year", "1800"}, "-year 1800"},
		{[]string{"-nosuchflag"}, "not defined"},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-data", "/nonexistent/annualreport"}, "data file meta.json"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out bytes.Buffer
			err := run(&out, tt.args)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Empty(t, out.String())
		})
	}
}

func TestHelp(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, []string{"-h"}))
	assert.Contains(t, out.String(), "-format")
}

func TestOtherYear(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, []string{"-year", "2024"}))
	s := out.String()
	assert.Contains(t, s, "# 清溪县2024年度法治政府建设情况报告（统计部分）")
	assert.Contains(t, s, "数据中没有2024年度的工作要点")
	assert.Contains(t, s, "2024年收到行政复议申请58件")
}

// TestStaffText checks the text a 法治办 reads: rule IDs only in
// the appendix, no parentheses inside parentheses, no book-title marks
// inside book-title marks (GB/T 15834-2011 4.15 wants 〈〉 there), and
// Chinese dates in the report's own sentences.
func TestStaffText(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, []string{"-format", "markdown"}))
	body, appendix, ok := strings.Cut(out.String(), "## 附录")
	require.True(t, ok, "the report ends with an appendix of IDs")
	assert.Contains(t, appendix, "decision.comment-period")
	ruleID := regexp.MustCompile(`\b(lawgov|decision|enforcement|casework|reconsideration|litigation)\.[a-z-]+\b`)
	isoDate := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	for _, line := range strings.Split(body, "\n") {
		assert.Empty(t, ruleID.FindString(line), "rule ID outside the appendix: %s", line)
		for _, pair := range [][2]rune{{'（', '）'}, {'《', '》'}} {
			depth := 0
			for _, r := range line {
				switch r {
				case pair[0]:
					depth++
					assert.LessOrEqual(t, depth, 1, "nested %c in: %s", pair[0], line)
				case pair[1]:
					depth--
				}
			}
		}
		// The report's own sentences use Chinese dates; findings (listed
		// or quoted in table 7-2) state the dates they compared as the
		// checks word them.
		if !strings.HasPrefix(line, "- **") && !strings.HasPrefix(line, "| ") {
			assert.Empty(t, isoDate.FindString(line), "ISO date in: %s", line)
		}
	}
	assert.Contains(t, body, "| QX00015 | 高俊刚 | 县发展和改革局 | 2025年5月16日 | 2025年6月16日 | 198日 |", "dates in the report's tables are Chinese")
	assert.Contains(t, body, "上升3.3个百分点", "调解率 3.6% → 6.9%: the change of the printed rates")
	assert.Contains(t, body, "全部规则均符合的5件，占38.5%（5/13）")
	assert.Contains(t, body, "表后列出的不符合项，是表4-2的40人中前3人")
	assert.Contains(t, body, "《重大行政决策程序暂行条例》（国务院令第713号）第十九条、第二十条")
	assert.Contains(t, body, "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》")
}
