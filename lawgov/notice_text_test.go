package lawgov_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noticeFiles are the published notice texts in testdata/notices, in the
// order they were issued: each amending notice follows its year's.
var noticeFiles = []string{"2018", "2019", "2019-labour-day", "2020", "2020-extension", "2021", "2022", "2023", "2024", "2025", "2026"}

func noticeTexts(t testing.TB) []string {
	var out []string
	for _, f := range noticeFiles {
		b, err := os.ReadFile(filepath.Join("testdata", "notices", f+".txt"))
		require.NoError(t, err)
		out = append(out, string(b))
	}
	return out
}

// TestNoticeTextsEqualShippedData parses every published notice
// 2018–2026, applies the amending notices in order and checks that the rows,
// the notices and the data version equal the shipped data exactly.
func TestNoticeTextsEqualShippedData(t *testing.T) {
	cal, err := (&lawgov.Calendar{}).WithNoticeText(noticeTexts(t)...)
	require.NoError(t, err)
	official := lawgov.OfficialCalendar()
	assert.Equal(t, official.Years(), cal.Years())
	assert.Equal(t, lawgov.CalendarDataVersion, cal.Version())

	var got bytes.Buffer
	var all []lawgov.DayRule
	for _, y := range cal.Years() {
		all = append(all, cal.Rows(y)...)
		assert.Equal(t, official.Notices(y), cal.Notices(y), "notices of %d", y)
	}
	require.NoError(t, lawgov.WriteDayRules(&got, all))
	want, err := os.ReadFile(filepath.Join("data", "cn-holidays-2018-2026.csv"))
	require.NoError(t, err)
	assert.Equal(t, string(want), got.String())
	assert.Len(t, all, 314)

	// Every day answers as the shipped calendar does, with the same basis.
	for d := lawgov.MustParseDate("2018-01-01"); !d.After(lawgov.MustParseDate("2026-12-31")); d = d.AddDays(1) {
		a, err := official.Day(d)
		require.NoError(t, err)
		b, err := cal.Day(d)
		require.NoError(t, err)
		require.Equal(t, a, b, d.String())
	}

	// Loading an amending notice again changes nothing.
	again, err := cal.WithNoticeText(noticeTexts(t)[4])
	require.NoError(t, err)
	assert.Equal(t, cal.Rows(2020), again.Rows(2020))
}

func TestParseNotice(t *testing.T) {
	texts := noticeTexts(t)
	nt, err := lawgov.ParseNotice(texts[len(texts)-1])
	require.NoError(t, err)
	assert.Equal(t, 2026, nt.Notice.Year)
	assert.Equal(t, "国务院办公厅关于2026年部分节假日安排的通知", nt.Notice.Citation.Instrument)
	assert.Equal(t, "国办发明电〔2025〕7号", nt.Notice.Citation.Document)
	assert.Equal(t, lawgov.MustParseDate("2025-11-04"), nt.Notice.Citation.Version)
	assert.False(t, nt.Amends)
	assert.Len(t, nt.Rows, 33+6)

	ext, err := lawgov.ParseNotice(texts[4])
	require.NoError(t, err)
	assert.True(t, ext.Amends)
	assert.Equal(t, "春节", ext.Holiday)
	assert.Equal(t, lawgov.MustParseDate("2020-02-02"), ext.Extends)
	assert.Empty(t, ext.Rows)

	rev, err := lawgov.ParseNotice(texts[2])
	require.NoError(t, err)
	assert.Equal(t, lawgov.MustParseDate("2019-04-28"), rev.Notice.From)
	assert.Equal(t, lawgov.MustParseDate("2019-05-05"), rev.Notice.To)
	assert.Len(t, rev.Rows, 6)

	// The 2024 encouragement to rest on 除夕 names no day.
	n24, err := lawgov.ParseNotice(texts[8])
	require.NoError(t, err)
	for _, r := range n24.Rows {
		assert.NotEqual(t, lawgov.MustParseDate("2024-02-09"), r.Date)
	}
}

// asPublished turns a testdata file into the text as published: the title,
// the 文号 line, the body and the date line.
func asPublished(t *testing.T, text string) string {
	head, body, ok := strings.Cut(text, "---\n")
	require.True(t, ok)
	var title, doc string
	for _, l := range strings.Split(head, "\n") {
		if v, ok := strings.CutPrefix(l, "title: "); ok {
			title = v
		}
		if v, ok := strings.CutPrefix(l, "document: "); ok {
			doc = v
		}
	}
	return title + "\n" + doc + "\n\n" + strings.ReplaceAll(body, "\n", "\r\n")
}

func TestParseNoticeAsPublished(t *testing.T) {
	for i, text := range noticeTexts(t) {
		a, err := lawgov.ParseNotice(text)
		require.NoError(t, err, noticeFiles[i])
		b, err := lawgov.ParseNotice(asPublished(t, text))
		require.NoError(t, err, noticeFiles[i])
		assert.Equal(t, a, b, noticeFiles[i])
	}
}

func TestParseNoticeErrors(t *testing.T) {
	base := noticeTexts(t)[len(noticeFiles)-1] // 2026
	tests := []struct {
		name, from, to, want string
	}{
		{"wrong weekday", "1月4日（周日）上班", "1月4日（周一）上班",
			`line 8 "1月4日（周一）上班。": 2026-01-04 is a 周日, not 周一`},
		{"共N天 mismatch", "至23日（农历正月初七、周一）放假调休，共9天", "至23日（农历正月初七、周一）放假调休，共8天",
			`line 9 "2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共8天。": 共8天, but the dates name 9 days`},
		{"overlapping ranges", "五、端午节：6月19日（周五）至21日（周日）", "五、端午节：5月5日（周二）至7日（周四）",
			`line 12 "5月5日（周二）至7日（周四）放假，共3天。": 2026-05-05 is named twice`},
		{"unknown holiday name", "五、端午节：", "五、儿童节：",
			`line 12 "五、儿童节：6月19日（周五）至21日（周日）放假，共3天。": unknown holiday name "儿童节"`},
		{"make-up day on a weekday", "5月9日（周六）上班", "5月8日（周五）上班",
			`line 11 "5月8日（周五）上班。": make-up working day 2026-05-08 is a 周五, not a Saturday or Sunday`},
		{"unknown note", "5月9日（周六）上班", "5月9日（补班）上班",
			`line 11 "5月9日（补班）上班。": unknown note "补班" to 2026-05-09`},
		{"not a date", "5月9日（周六）上班", "5月32日上班",
			`line 11 "5月32日上班。": "5月32日" is not a date`},
		{"unknown clause", "放假，共3天。\n六", "放假，共3天，另行通知。\n六",
			`line 12 "6月19日（周五）至21日（周日）放假，共3天，另行通知。": unknown clause "另行通知"`},
		{"a December day of another holiday", "三、清明节：4月4日（周六）至6日（周一）放假，共3天。", "三、清明节：2025年12月31日（周三）放假，共1天。",
			`line 10 "2025年12月31日（周三）放假，共1天。": 2025-12-31 is in 2025: only 元旦 reaches into the December before`},
		{"no title", "title: 国务院办公厅关于2026年部分节假日安排的通知", "title: 关于放假的通知",
			`lawgov: notice text: title "关于放假的通知" is not that of a holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Replace(base, tt.from, tt.to, 1)
			require.NotEqual(t, base, text, "the edit must apply")
			_, err := lawgov.ParseNotice(text)
			var ne *lawgov.NoticeError
			require.ErrorAs(t, err, &ne)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestParseNoticeMakeUpRest reads 「A放假，B（星期一）补休」, the form of the
// notices before 2018 (2017: 「1月1日放假，1月2日（星期一）补休」), on an
// edit of the 2018 text.
func TestParseNoticeMakeUpRest(t *testing.T) {
	text := strings.Replace(noticeTexts(t)[0], "一、元旦：1月1日放假，与周末连休。", "一、元旦：1月1日放假，1月2日（星期二）补休。", 1)
	nt, err := lawgov.ParseNotice(text)
	require.NoError(t, err)
	assert.Equal(t, []lawgov.DayRule{
		{Date: lawgov.MustParseDate("2018-01-01"), Kind: lawgov.RestDay, Name: "元旦"},
		{Date: lawgov.MustParseDate("2018-01-02"), Kind: lawgov.RestDay, Name: "元旦"},
	}, nt.Rows[:2])

	bad := strings.Replace(text, "1月2日（星期二）补休", "1月2日（星期二）上班", 1)
	_, err = lawgov.ParseNotice(bad)
	assert.ErrorContains(t, err, `line 8 "1月1日放假，1月2日（星期二）上班。": clause "1月2日（星期二）上班" names dates but no 放假 or 补休`)
}

// TestParseNoticeASCIIPunctuation: a copy that shows 「，：（）」 as ASCII and
// the 文号 with square brackets reads as the published text.
func TestParseNoticeASCIIPunctuation(t *testing.T) {
	for i, text := range noticeTexts(t) {
		want, err := lawgov.ParseNotice(asPublished(t, text))
		require.NoError(t, err)
		ascii := strings.NewReplacer("，", ",", "：", ":", "（", "(", "）", ")", "〔", "[", "〕", "]").Replace(asPublished(t, text))
		got, err := lawgov.ParseNotice(ascii)
		require.NoError(t, err, noticeFiles[i])
		assert.Equal(t, want, got, noticeFiles[i])
	}
}

func TestWithNoticeTextErrors(t *testing.T) {
	texts := noticeTexts(t)
	_, err := (&lawgov.Calendar{}).WithNoticeText(texts[4])
	assert.EqualError(t, err, "lawgov: notice 1 (国办发明电〔2020〕1号): amends 2020, whose arrangement is not loaded")
	_, err = (&lawgov.Calendar{}).WithNoticeText(texts[0], "no notice")
	var ne *lawgov.NoticeError
	assert.ErrorAs(t, err, &ne)
	assert.ErrorContains(t, err, "lawgov: notice 2: ")
}
