package main

import (
	"bytes"
	"errors"
	"flag"
	"github.com/fazhi-go/fazhi/internal/golden"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, nil))
	golden.Check(t, "deadlines.golden", buf.Bytes())
}

func TestFlags(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		lines []string
	}{
		{
			name: "working days",
			args: []string{"-start", "2024-09-27", "-n", "7", "-unit", "working_days"},
			lines: []string{
				"【1】7个工作日",
				"届满日：2024年10月12日（周六），国庆节调休上班",
				"期间内跳过的非工作日（8日）：",
			},
		},
		{
			name: "statute converts 7 days to working days",
			args: []string{"-start", "2024-09-27", "-n", "7", "-statute", "administrative_penalty_law"},
			lines: []string{
				"期间：7个工作日，只计工作日（含调休上班日）（工作日换算依据《中华人民共和国行政处罚法》第八十五条）",
				"届满日：2024年10月12日（周六），国庆节调休上班",
			},
		},
		{
			name: "months with the month-end rule",
			args: []string{"-start", "2024-01-31", "-n", "1", "-unit", "months"},
			lines: []string{
				"届满日：2024年2月29日（周四），工作日",
				"  《中华人民共和国民法典》第二百零二条",
				"顺延：否",
			},
		},
		{
			name: "a Saturday rolls to Monday",
			args: []string{"-start", "2024-03-01", "-n", "15"},
			lines: []string{
				"顺延：是，2024年3月16日（周六）为休息日（周休息日），顺延至休息日后的第一个工作日",
				"届满日：2024年3月18日（周一），工作日",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, run(&buf, tt.args))
			for _, l := range tt.lines {
				assert.Contains(t, buf.String(), l+"\n")
			}
		})
	}
}

func TestBadFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-days", "3"}, "flag provided but not defined: -days"},
		{"bad date", []string{"-start", "2023-02-29", "-n", "3"}, `lawgov: parse date "2023-02-29": day out of range 1..28`},
		{"short date", []string{"-start", "2024-3-01", "-n", "3"}, `want the form YYYY-MM-DD`},
		{"missing n", []string{"-start", "2024-03-01"}, "-start and -n are both required"},
		{"missing start", []string{"-n", "3"}, "-start and -n are both required"},
		{"zero n", []string{"-start", "2024-03-01", "-n", "0"}, "want a positive count"},
		{"not a number", []string{"-start", "2024-03-01", "-n", "seven"}, `invalid value "seven" for flag -n`},
		{"bad unit", []string{"-start", "2024-03-01", "-n", "3", "-unit", "weeks"}, `-unit "weeks"`},
		{"bad statute", []string{"-start", "2024-03-01", "-n", "3", "-statute", "tax_law"}, `-statute "tax_law": unknown statute code`},
		{"unit and statute", []string{"-start", "2024-03-01", "-n", "3", "-unit", "working_days", "-statute", "administrative_penalty_law"}, "exclude each other"},
		{"extra arguments", []string{"-start", "2024-03-01", "-n", "3", "extra"}, `unexpected arguments ["extra"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := run(&buf, tt.args)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	var buf bytes.Buffer
	assert.True(t, errors.Is(run(&buf, []string{"-h"}), flag.ErrHelp))
	assert.Contains(t, buf.String(), "-statute")
}

func TestNoCalendarData(t *testing.T) {
	var buf bytes.Buffer
	err := run(&buf, []string{"-start", "2027-01-04", "-n", "7", "-unit", "working_days"})
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	assert.EqualError(t, err, "case 1 (7个工作日 from 2027-01-04): lawgov: 2027-01-04: no calendar data for 2027: the holiday notice for that year is not loaded; load it with Calendar.WithNoticeText or opt in with Calendar.WithProvisional(2027)")

	// A period that starts in 2026 but ends in 2027.
	err = run(&buf, []string{"-start", "2026-12-20", "-n", "30"})
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	assert.Contains(t, err.Error(), "no calendar data for 2027")
}
