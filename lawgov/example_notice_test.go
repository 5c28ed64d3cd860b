package lawgov_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

// The first two items of the 2026 notice, as published.
const notice2026 = `国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
国务院办公厅
2025年11月4日
`

func ExampleParseNotice() {
	nt, err := lawgov.ParseNotice(notice2026)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(nt.Notice.Citation.Document, nt.Notice.Citation.Version, len(nt.Rows))
	if err := lawgov.WriteDayRules(os.Stdout, nt.Rows[:5]); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 国办发明电〔2025〕7号 2025-11-04 15
	// date,kind,name
	// 2026-01-01,off,元旦
	// 2026-01-02,off,元旦
	// 2026-01-03,off,元旦
	// 2026-01-04,work,元旦
	// 2026-02-14,work,春节
}

func ExampleParseNotice_error() {
	// 2026-01-04 is a Sunday, not a Monday.
	_, err := lawgov.ParseNotice(strings.Replace(notice2026, "1月4日（周日）", "1月4日（周一）", 1))
	fmt.Println(err)
	// Output:
	// lawgov: notice text line 5 "1月4日（周一）上班。": 2026-01-04 is a 周日, not 周一
}

func ExampleCalendar_WithNoticeText() {
	// A calendar of the 2026 notice alone (two items of it, here).
	cal, err := (&lawgov.Calendar{}).WithNoticeText(notice2026)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cal.Version())
	info, _ := cal.Day(lawgov.MustParseDate("2026-02-14"))
	fmt.Println(info.Reason, info.Basis.Document)
	// Output:
	// cn-holidays-2026-2026 (国办发明电〔2025〕7号, 2025-11-04)
	// 春节调休上班 国办发明电〔2025〕7号
}

func ExampleCalendar_WithProvisional() {
	_, err := lawgov.OfficialCalendar().NextWorkday(lawgov.MustParseDate("2026-12-31"))
	nd, _ := lawgov.IsNoCalendarData(err)
	fmt.Println(nd.Message("zh"))

	cal, err := lawgov.OfficialCalendar().WithProvisional(2027)
	if err != nil {
		fmt.Println(err)
		return
	}
	// 行政复议法 第八十八条: 60日 are calendar days; Saturday 2027-01-30 rolls to Monday.
	end, basis, _ := cal.PeriodEnd(lawgov.MustParseDate("2026-12-01"), lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60))
	fmt.Println(end, basis[len(basis)-1] == lawgov.ProvisionalBasis())
	fmt.Println(cal.Version())
	// Output:
	// 2026年12月31日后第1个工作日涉及2027年，2027年节假日安排（国务院办公厅关于2027年部分节假日安排的通知）尚未载入；请用 WithNoticeText 或 WithNotices 载入该通知，或用 WithProvisional(2027) 明确按周六、周日休息推算
	// 2027-02-01 true
	// cn-holidays-2018-2026 (国办发明电〔2025〕7号, 2025-11-04) + provisional 2027
}

func ExampleCalendar_Observed() {
	cal, _ := lawgov.OfficialCalendar().WithProvisional(2027)
	// A check: observe the calendar on entry, note on return. 20 working
	// days after Sunday 2026-12-20 end on Friday 2027-01-15 by the weekday rule.
	check := func(start lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
		cal, use := cal.Observed()
		end, _, err := cal.PeriodEnd(start, lawgov.WorkingDays(20))
		if err != nil {
			return lawgov.Report{}, err
		}
		f := lawgov.Finding{Rule: "example.deadline", Outcome: lawgov.Pass, Message: "20个工作日，届满 " + end.String()}
		rep := lawgov.Report{Subject: "例1", Findings: []lawgov.Finding{f}}
		return use.Note(rep), nil
	}
	rep, _ := check(lawgov.MustParseDate("2026-12-20"), cal)
	for _, f := range rep.Findings {
		fmt.Println(f.Outcome, f.Message)
	}
	// Output:
	// pass 20个工作日，届满 2027-01-15
	// not_applicable 2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化
}
