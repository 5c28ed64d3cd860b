package lawgov_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

func ExampleParseDate() {
	d, err := lawgov.ParseDate("2024-02-29")
	fmt.Println(d, d.Weekday(), err)

	_, err = lawgov.ParseDate("2023-02-29")
	fmt.Println(err)
	// Output:
	// 2024-02-29 Thursday <nil>
	// lawgov: parse date "2023-02-29": day out of range 1..28
}

func ExampleNewDate() {
	d, err := lawgov.NewDate(2024, time.October, 12)
	fmt.Println(d, d.Chinese(), err)

	_, err = lawgov.NewDate(2024, 13, 1)
	fmt.Println(err)
	// Output:
	// 2024-10-12 2024年10月12日 <nil>
	// lawgov: parse date "2024-13-01": month out of range 1..12
}

func ExampleDateOf() {
	// 16:30 UTC on 29 February is half past midnight on 1 March in Beijing.
	t := time.Date(2024, time.February, 29, 16, 30, 0, 0, time.UTC)
	fmt.Println(lawgov.DateOf(t))
	// Output:
	// 2024-03-01
}

func ExampleDate_AddMonths() {
	// 民法典 第二百零二条: without a corresponding day, the month's last day.
	fmt.Println(lawgov.MustParseDate("2024-01-31").AddMonths(1))
	fmt.Println(lawgov.MustParseDate("2023-01-31").AddMonths(1))
	fmt.Println(lawgov.MustParseDate("2024-02-29").AddYears(1))
	// Output:
	// 2024-02-29
	// 2023-02-28
	// 2025-02-28
}

func ExampleOfficialCalendar() {
	cal := lawgov.OfficialCalendar()
	fmt.Println(cal.Years())
	fmt.Println(cal.Version())
	// Output:
	// [2018 2019 2020 2021 2022 2023 2024 2025 2026]
	// cn-holidays-2018-2026 (国办发明电〔2025〕7号, 2025-11-04)
}

func ExampleCalendar_IsWorkday() {
	cal := lawgov.OfficialCalendar()
	for _, s := range []string{"2024-10-01", "2024-10-12", "2024-10-13"} {
		d := lawgov.MustParseDate(s)
		w, err := cal.IsWorkday(d)
		fmt.Println(d, d.Weekday(), w, err)
	}
	_, err := cal.IsWorkday(lawgov.MustParseDate("2027-01-04"))
	fmt.Println(errors.Is(err, lawgov.ErrNoCalendarData))
	// Output:
	// 2024-10-01 Tuesday false <nil>
	// 2024-10-12 Saturday true <nil>
	// 2024-10-13 Sunday false <nil>
	// true
}

func ExampleCalendar_AddWorkdays() {
	cal := lawgov.OfficialCalendar()
	// Seven working days after Friday 2024-09-27, across National Day.
	end, err := cal.AddWorkdays(lawgov.MustParseDate("2024-09-27"), 7)
	fmt.Println(end, end.Weekday(), err)
	// Output:
	// 2024-10-12 Saturday <nil>
}

func ExampleCalendar_WorkdaysBetween() {
	cal := lawgov.OfficialCalendar()
	n, err := cal.WorkdaysBetween(lawgov.MustParseDate("2024-09-27"), lawgov.MustParseDate("2024-10-12"))
	fmt.Println(n, err)
	n, err = cal.WorkdaysBetween(lawgov.MustParseDate("2023-12-31"), lawgov.MustParseDate("2024-12-31"))
	fmt.Println(n, err)
	// Output:
	// 7 <nil>
	// 251 <nil>
}

func ExampleCalendar_PeriodEnd() {
	cal := lawgov.OfficialCalendar()
	// A 60-day period from 2024-12-01 would end on 2025-01-30, in the
	// Spring Festival break; it rolls to the first working day after it.
	end, basis, err := cal.PeriodEnd(lawgov.MustParseDate("2024-12-01"), lawgov.CalendarDays(60))
	fmt.Println(end, err)
	for _, c := range basis {
		fmt.Println(c)
	}
	// Output:
	// 2025-02-05 <nil>
	// 《中华人民共和国民法典》第二百零一条
	// 《中华人民共和国民事诉讼法》第八十五条第二款
	// 《中华人民共和国民法典》第二百零三条
	// 《中华人民共和国民事诉讼法》第八十五条第三款
}

func ExampleStatutoryDays() {
	// 「七日」 in 行政处罚法 are working days (第八十五条); 「十五日」 are not.
	for _, p := range []lawgov.Period{
		lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7),
		lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 15),
		lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60),
		lawgov.StatutoryDays(lawgov.AdministrativeLicensingLaw, 20),
	} {
		fmt.Println(strings.TrimSpace(p.String() + " " + p.Basis.String()))
	}
	end, _, err := lawgov.OfficialCalendar().PeriodEnd(lawgov.MustParseDate("2024-09-27"), lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7))
	fmt.Println(end, err)
	// Output:
	// 7个工作日 《中华人民共和国行政处罚法》第八十五条
	// 15日
	// 60日 《中华人民共和国行政复议法》第八十八条
	// 20个工作日 《中华人民共和国行政许可法》第八十二条
	// 2024-10-12 <nil>
}

func ExampleCalendar_WithNotices() {
	// The rows of a newly published notice, in the shipped CSV format. This
	// 2027 arrangement is made up for the example.
	rows, err := lawgov.ReadDayRules(strings.NewReader("date,kind,name\n2027-01-01,off,元旦\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	notice := lawgov.HolidayNotice{Year: 2027, Citation: lawgov.Citation{
		Instrument: "国务院办公厅关于2027年部分节假日安排的通知（示例）",
		Version:    lawgov.MustParseDate("2026-11-01"),
	}}
	cal, err := lawgov.OfficialCalendar().WithNotices([]lawgov.HolidayNotice{notice}, rows)
	if err != nil {
		fmt.Println(err)
		return
	}
	next, err := cal.NextWorkday(lawgov.MustParseDate("2026-12-31"))
	fmt.Println(next, err)
	_, err = lawgov.OfficialCalendar().NextWorkday(lawgov.MustParseDate("2026-12-31"))
	fmt.Println(err)
	// Output:
	// 2027-01-04 <nil>
	// lawgov: 1 working day after 2026-12-31: no calendar data for 2027: the holiday notice for that year is not loaded; load it with Calendar.WithNoticeText or opt in with Calendar.WithProvisional(2027)
}

func ExampleCalendar_WithLocalDays() {
	// A made-up regional rest day on Wednesday 2024-04-10.
	basis := lawgov.Citation{Instrument: "某自治区民族节日放假规定（示例）", Version: lawgov.MustParseDate("2020-01-01"), Article: 3}
	local, err := lawgov.OfficialCalendar().WithLocalDays(basis,
		lawgov.DayRule{Date: lawgov.MustParseDate("2024-04-10"), Kind: lawgov.RestDay, Name: "民族节日"})
	if err != nil {
		fmt.Println(err)
		return
	}
	start := lawgov.MustParseDate("2024-04-09")
	a, _ := lawgov.OfficialCalendar().AddWorkdays(start, 1)
	b, _ := local.AddWorkdays(start, 1)
	info, _ := local.Day(lawgov.MustParseDate("2024-04-10"))
	fmt.Println(a, b)
	fmt.Println(info.Reason, info.Basis)
	// Output:
	// 2024-04-10 2024-04-11
	// 民族节日放假 《某自治区民族节日放假规定（示例）》第三条
}

func ExampleCalendar_Day() {
	cal := lawgov.OfficialCalendar()
	for _, s := range []string{"2020-02-01", "2018-12-29", "2024-03-09"} {
		info, err := cal.Day(lawgov.MustParseDate(s))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(info.Date, info.Workday, info.Reason, info.Basis)
	}
	// Output:
	// 2020-02-01 false 春节放假 《国务院办公厅关于延长2020年春节假期的通知》（国办发明电〔2020〕1号）
	// 2018-12-29 true 元旦调休上班 《国务院办公厅关于2019年部分节假日安排的通知》（国办发明电〔2018〕15号）
	// 2024-03-09 false 周六 《国务院关于职工工作时间的规定》第七条
}

func ExampleRate_Percent() {
	// 内蒙古 2017: 155 of 1015 reconsideration cases corrected.
	r := lawgov.Rate{Num: 155, Den: 1015}
	p, err := r.Percent(2, lawgov.HalfUp)
	fmt.Println(p.StringFixed(2), err)
	fmt.Println(r.Format(1, lawgov.Truncate))
	_, err = lawgov.Rate{}.Percent(2, lawgov.HalfUp)
	fmt.Println(err)
	// Output:
	// 15.27 <nil>
	// 15.2%
	// lawgov: rate undefined: zero denominator
}

func ExampleRate_Reproduces() {
	r := lawgov.Rate{Num: 2, Den: 70} // 开州 2021: 2.857…%
	fmt.Println(r.Reproduces(decimal.RequireFromString("2.9")))
	fmt.Println(r.Reproduces(decimal.RequireFromString("2.8")))
	fmt.Println(r.Reproduces(decimal.RequireFromString("3.0")))
	// Output:
	// [half_up]
	// [truncate]
	// []
}

func ExampleRelativeChange_Chinese() {
	// 内蒙古 2022: 3116 cases, 「同比增长14.01%」 on 2733.
	fmt.Println(lawgov.RelativeChange{From: 2733, To: 3116}.Chinese(2, lawgov.HalfUp))
	fmt.Println(lawgov.RelativeChange{From: 100, To: 95}.Chinese(2, lawgov.HalfUp))
	fmt.Println(lawgov.RelativeChange{From: 0, To: 95}.Chinese(2, lawgov.HalfUp))
	// Output:
	// 同比上升14.01%
	// 同比下降5.00%
	// 无上年数据
}

func ExamplePointChange_Chinese() {
	// 山东 2022: 败诉率 10.83% → 6.88%.
	c := lawgov.PointChange{From: lawgov.Rate{Num: 1083, Den: 10000}, To: lawgov.Rate{Num: 688, Den: 10000}}
	fmt.Println(c.Chinese(2, lawgov.HalfUp))
	// Output:
	// 下降3.95个百分点
}

func ExampleCitation_String() {
	fmt.Println(lawgov.AdministrativePenaltyLaw.Cite(42, 1, 0))
	fmt.Println(lawgov.AdministrativeLitigationLaw.Cite(70, 0, 3))
	fmt.Println(lawgov.Citation{
		Instrument: "赤壁市2019年推进依法行政建设法治政府工作要点",
		Document:   "赤政发〔2019〕7号",
		Version:    lawgov.MustDate(2019, time.July, 5),
		Part:       "第(十六)项",
	})
	// Output:
	// 《中华人民共和国行政处罚法》第四十二条第一款
	// 《中华人民共和国行政诉讼法》第七十条第（三）项
	// 《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第(十六)项
}

func ExampleRule_Fail() {
	rule := lawgov.Rule{
		ID:       "decision.public-comment-period",
		Title:    "征求意见期限",
		Basis:    []lawgov.Citation{lawgov.MajorDecisionRegulation.Art(15)},
		Severity: lawgov.Violation,
	}
	r := lawgov.Report{AsOf: lawgov.MustParseDate("2024-12-31"), Findings: []lawgov.Finding{
		rule.Pass("D-1", "征求意见 2024-09-30 至 2024-10-30，共30日，不少于30日"),
		rule.Fail("D-2", "征求意见 2024-09-30 至 2024-10-20，共20日，少于30日，且未在征求意见时说明缩短理由"),
	}}
	fmt.Println(r.OK(), r.Count(lawgov.Fail), r.Worst())
	for _, f := range r.Failures() {
		fmt.Println(f)
	}
	// Output:
	// false 1 violation
	// [不符合·违规] 征求意见期限（decision.public-comment-period） D-2：征求意见 2024-09-30 至 2024-10-20，共20日，少于30日，且未在征求意见时说明缩短理由 依据：《重大行政决策程序暂行条例》（国务院令第713号）第十五条
}

func ExampleValidate() {
	type Task struct {
		Title string      `json:"title" validate:"required,max=20"`
		Due   lawgov.Date `json:"due" validate:"isvalid"`
	}
	err := lawgov.Validate(Task{})
	var ie *lawgov.InvalidInputError
	if errors.As(err, &ie) {
		for _, m := range ie.Messages("zh") {
			fmt.Println(m)
		}
		fmt.Println(ie.Fields[0].Field, ie.Fields[0].Rule)
	}
	// Output:
	// title为必填字段
	// due必须是有效值
	// title required
}

func ExampleDate_AppendText() {
	msg := []byte("受理日期 ")
	msg, _ = lawgov.MustParseDate("2024-03-01").AppendText(msg)
	fmt.Println(string(msg))
	// Output: 受理日期 2024-03-01
}

func ExampleJoinCitations() {
	reg := lawgov.MajorDecisionRegulation
	fmt.Println(lawgov.JoinCitations([]lawgov.Citation{reg.Art(19), reg.Art(20), lawgov.AdministrativePenaltyLaw.Art(42)}))
	// Output:
	// 《重大行政决策程序暂行条例》（国务院令第713号）第十九条、第二十条；《中华人民共和国行政处罚法》第四十二条
}

func ExampleBookTitle() {
	fmt.Println(lawgov.BookTitle("最高人民法院关于适用《中华人民共和国行政诉讼法》的解释"))
	// Output:
	// 《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》
}
