package casework_test

import (
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseChange(t *testing.T) {
	tests := []struct {
		name   string
		source string
		in     string
		form   casework.ChangeForm
		value  string
		approx bool
		str    string
	}{
		{"count, relative", "内蒙古 2022", "3116件，同比增长14.01%", casework.Relative, "14.01", false, "上升14.01%"},
		{"count, relative, not reproducible", "开州 2021", "共办理行政复议案件70件，同比上升20.8%", casework.Relative, "20.8", false, "上升20.8%"},
		{"rate, points", "山东 2022", "败诉率6.88%，同比下降3.95个百分点", casework.Points, "-3.95", false, "下降3.95个百分点"},
		{"rate followed by %: ambiguous", "社旗 2016 (RULES §3.4)", "负责人出庭应诉率为84.8%，比2015年上升13.4%", casework.Ambiguous, "13.4", false, "上升13.4%（口径不明）"},
		{"share, ambiguous decrease", "开州 2021", "有14件，占5.6%，同比下降8.6%", casework.Ambiguous, "-8.6", false, "下降8.6%（口径不明）"},
		{"share, ambiguous increase", "开州 2021", "撤回起诉的有99件，占39.3%，同比上升11.3%", casework.Ambiguous, "11.3", false, "上升11.3%（口径不明）"},
		{"times", "通州 2023 (RULES §3.4)", "增长了近3倍", casework.Relative, "300", true, "增长3倍"},
		{"full-width percent", "", "同比减少15.7％", casework.Relative, "-15.7", false, "下降15.7%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := casework.ParseChange(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.form, got.Form, tt.source)
			assert.True(t, dec(tt.value).Equal(got.Value), "%s: got %s", tt.source, got.Value)
			assert.Equal(t, tt.approx, got.Approximate)
			assert.Equal(t, tt.str, got.String())
		})
	}
	for bad, reason := range map[string]string{
		"":         "no verb of change",
		"持平":       "no verb of change",
		"上升":       "no number after the verb",
		"上升了百分之五":  "no number after the verb",
		"上升5":      "no unit",
		"上升.5%":    `bad number ".5"`,
		"上升5..1%":  `bad number "5..1"`,
		"\xff上升5%": "invalid UTF-8",
	} {
		_, err := casework.ParseChange(bad)
		assert.ErrorContains(t, err, "casework: parse change "+fmt.Sprintf("%q", bad)+": "+reason)
	}
}
