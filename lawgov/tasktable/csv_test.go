package tasktable_test

import (
	"os"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestCSVEncodings(t *testing.T) {
	dir := sampleDirectory(t)
	gb, err := os.ReadFile("testdata/g-gb18030.csv")
	require.NoError(t, err)
	res, err := tasktable.ReadCSV(strings.NewReader(string(gb)), chibiMeta, dir, tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, tasktable.EncodingGB18030, res.Encoding, "not UTF-8, so GB18030")
	res, err = tasktable.ReadCSV(strings.NewReader(string(gb)), chibiMeta, dir, tasktable.Options{Encoding: tasktable.EncodingGB18030})
	require.NoError(t, err)
	assert.Len(t, res.Plan.Tasks, 20)

	// Forcing UTF-8 on a GB18030 file names the encoding and the offset:
	// the first byte that is not ASCII, at the start of the title.
	_, err = tasktable.ReadCSV(strings.NewReader(string(gb)), chibiMeta, dir, tasktable.Options{File: "g.csv", Encoding: tasktable.EncodingUTF8})
	require.ErrorIs(t, err, tasktable.ErrEncoding)
	assert.EqualError(t, err, "tasktable: g.csv: not valid utf-8 at byte offset 0")

	// A stray byte in GB18030 text: 0x81 then a comma is no character.
	bad, err := simplifiedchinese.GB18030.NewEncoder().String("序号,工作任务,责任单位,完成时限\n(一),学法,市司法局,年底前\n")
	require.NoError(t, err)
	bad = bad[:7] + "\x81," + bad[7:] // after 序号,工
	_, err = tasktable.ReadCSV(strings.NewReader(bad), chibiMeta, dir, tasktable.Options{})
	require.ErrorIs(t, err, tasktable.ErrEncoding)
	assert.EqualError(t, err, "tasktable: not valid gb18030 at byte offset 7")

	// The BOM file and the plain UTF-8 file read the same.
	for _, name := range []string{"testdata/g-utf8.csv", "testdata/g-utf8-bom.csv"} {
		f, err := os.Open(name)
		require.NoError(t, err)
		res, err := tasktable.ReadCSV(f, chibiMeta, dir, tasktable.Options{})
		f.Close()
		require.NoError(t, err, name)
		assert.Equal(t, tasktable.EncodingUTF8, res.Encoding)
		assert.Equal(t, "(一)", res.Plan.Tasks[0].ID, name)
	}
}

func TestCells(t *testing.T) {
	dir := sampleDirectory(t)
	// Rows are records, as a spreadsheet numbers them: the header's line
	// break does not make a row. A header with a line break, units one per line (Alt+Enter), Excel's
	// date text and a day of each month.
	csv := "序号,工作任务,责任单位,\"完成\n时限\"\n" +
		"(一),学法,\"市政府办公室\n市司法局\",2019/12/31\n" +
		"(二),培训,市司法局 市人社局,每月10日前\n" +
		"(三),清理,市司法局；市财政局,2019.9.30\n" +
		"(四),审核,市司法局,2019年13月1日\n"
	_, err := tasktable.ReadCSV(strings.NewReader(csv), chibiMeta, dir, tasktable.Options{File: "t.csv"})
	require.Error(t, err)
	assert.EqualError(t, err, `tasktable: t.csv row 5 column D 完成时限 "2019年13月1日": unknown deadline phrase`)
	res, err := tasktable.ReadCSV(strings.NewReader(strings.Replace(csv, "2019年13月1日", "2019年11月1日", 1)), chibiMeta, dir, tasktable.Options{})
	require.NoError(t, err)
	p := res.Plan
	assert.Equal(t, []lawgov.UnitID{"chibi.office", "chibi.justice"}, p.Tasks[0].Responsible)
	assert.Equal(t, lawgov.MustDate(2019, 12, 31), p.Tasks[0].Deadline.On)
	assert.Equal(t, []lawgov.UnitID{"chibi.justice", "chibi.hrss"}, p.Tasks[1].Responsible)
	assert.Equal(t, lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Monthly, Day: 10, Phrase: "每月10日前"}, p.Tasks[1].Deadline)
	assert.Equal(t, lawgov.MustDate(2019, 9, 30), p.Tasks[2].Deadline.On)
	assert.Equal(t, []int{1}, res.HeaderRows)
}

func TestSerialDate(t *testing.T) {
	tests := []struct {
		serial int
		d1904  bool
		want   string
	}{
		{1, false, "1900-01-01"},
		{59, false, "1900-02-28"},
		{61, false, "1900-03-01"}, // 60 is Excel's 29 February 1900
		{43738, false, "2019-09-30"},
		{0, true, "1904-01-01"},
		{42276, true, "2019-09-30"}, // 1462 days fewer than the 1900 system
	}
	for _, tt := range tests {
		got, ok := tasktable.SerialDate(tt.serial, tt.d1904)
		require.True(t, ok, tt.serial)
		assert.Equal(t, tt.want, got.String(), tt.serial)
	}
	for _, bad := range []int{-1, 0, 60, 2958466} {
		_, ok := tasktable.SerialDate(bad, false)
		assert.False(t, ok, bad)
	}
}
