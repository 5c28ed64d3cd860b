package tasktable_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
)

// fuzzLimits keep each fuzz input cheap.
var fuzzLimits = tasktable.Limits{MaxBytes: 1 << 20, MaxUnzipped: 8 << 20, MaxXMLPart: 1 << 20, MaxRows: 2000, MaxCols: 64, MaxCellBytes: 4096}

// checkImport fails unless the result is either a valid plan or an error
// with nothing imported.
func checkImport(t *testing.T, res tasktable.Result, err error, dir *lawgov.Directory) {
	t.Helper()
	if err != nil {
		if len(res.Plan.Tasks) != 0 {
			t.Fatalf("half-imported plan with error %v", err)
		}
		return
	}
	if err := res.Plan.Validate(dir); err != nil {
		t.Fatalf("imported plan invalid: %v", err)
	}
}

// FuzzReadXLSX feeds real-shaped and crafted workbooks (see craftedXLSX)
// to the reader: it never panics, and returns a valid plan or an error.
func FuzzReadXLSX(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.xlsx")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, b := range craftedXLSX(f) {
		f.Add(b)
	}
	dir := sampleDirectory(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := tasktable.Read(bytes.NewReader(b), chibiMeta, dir, tasktable.Options{Limits: fuzzLimits})
		checkImport(t, res, err, dir)
	})
}

// FuzzReadCSV feeds CSV text in UTF-8 and GB18030 to the reader.
func FuzzReadCSV(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.csv")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"序号,工作任务,责任单位,完成时限\n(一),学法,市司法局,年底前\n",
		"序号,工作任务,牵头单位,责任单位,配合单位,完成时限,数量要求\n(一),学法,市司法局,市司法局、市财政局,市审计局,每季度,每个单位不少于2次\n",
		"标题\n序号,任务内容,责任单位,办理时限\n(一),x,市教育局,尽快\n(一),y,,\n",
		"\uFEFF序号,工作任务,责任单位,完成时限\n\"(一)\",\"a,b\",\"市司法局\n市财政局\",\"2019/9/30\"\n",
		"序号,工作任务\n", "", "\"unterminated", "\x81\x30\x81", "\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	dir := sampleDirectory(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := tasktable.ReadCSV(bytes.NewReader(b), chibiMeta, dir, tasktable.Options{Limits: fuzzLimits})
		checkImport(t, res, err, dir)
		if strings.HasPrefix(string(b), "\uFEFF") && err == nil && res.Encoding != tasktable.EncodingUTF8 {
			t.Fatalf("a byte order mark read as %v", res.Encoding)
		}
	})
}
