package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCalendarErrorLanguage: a period past the calendar data is a
// 422 that names the year and the remedy, in Chinese under
// Accept-Language: zh and in English otherwise.
func TestCalendarErrorLanguage(t *testing.T) {
	h := newHandler()
	body := `{"start":"2026-12-20","n":30,"unit":"working_days"}`
	status, out := call(t, h, "POST", "/v1/periods/end", body, "zh-CN,zh;q=0.9")
	assert.Equal(t, 422, status)
	assert.Equal(t, "无法完成检查：2026年12月20日后第30个工作日涉及2027年，2027年节假日安排（国务院办公厅关于2027年部分节假日安排的通知）尚未载入；"+
		"请用 WithNoticeText 或 WithNotices 载入该通知，或用 WithProvisional(2027) 明确按周六、周日休息推算", out["error"])
	status, out = call(t, h, "POST", "/v1/periods/end", body, "en")
	assert.Equal(t, 422, status)
	assert.Equal(t, "the check could not run: 30 working days after 2026-12-20: no calendar data for 2027: the holiday notice for that year is not loaded; "+
		"load it with Calendar.WithNoticeText or opt in with Calendar.WithProvisional(2027)", out["error"])
}
