package lawgov_test

import (
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

func exampleDirectory() *lawgov.Directory {
	dir, err := lawgov.NewDirectory([]lawgov.Unit{
		{ID: "gov", Name: "赤壁市人民政府", Kind: lawgov.UnitGovernment, Level: lawgov.LevelCounty},
		{ID: "office", Name: "市政府办公室", Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty, Parent: "gov"},
		{ID: "justice", Name: "市司法局", Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty, Parent: "gov"},
		{ID: "data", Name: "市政务服务和大数据管理局", Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty, Parent: "gov", Aliases: []string{"市政府服务和大数据管理局"}},
	})
	if err != nil {
		panic(err)
	}
	return dir
}

func ExampleNewDirectory() {
	dir := exampleDirectory()
	u, _ := dir.Lookup("市政府服务和大数据管理局")
	fmt.Println(u.ID, u.Name)
	fmt.Println(dir.IsUnder("justice", "gov"), len(dir.Children("gov")))
	_, err := lawgov.NewDirectory([]lawgov.Unit{{ID: "a", Name: "甲", Kind: lawgov.UnitOther, Level: lawgov.LevelCounty, Parent: "a"}})
	fmt.Println(err)
	// Output:
	// data 市政务服务和大数据管理局
	// true 3
	// lawgov: invalid Directory: units[0].parent: acyclic (unit "a" is its own ancestor)
}

func ExampleParseDeadlinePhrase() {
	for _, s := range []string{"12月底前", "第三季度", "每季度", "长期坚持", "自印发之日起3个月内"} {
		d, _ := lawgov.ParseDeadlinePhrase(s, 2019)
		switch d.Kind {
		case lawgov.DeadlineDate:
			fmt.Println(d.Kind, d.On)
		case lawgov.DeadlineRecurring:
			fmt.Println(d.Kind, d.Every.Label())
		case lawgov.DeadlinePeriod:
			fmt.Println(d.Kind, d.After)
		default:
			fmt.Println(d.Kind)
		}
	}
	_, err := lawgov.ParseDeadlinePhrase("尽快", 2019)
	fmt.Println(err)
	// Output:
	// date 2019-12-31
	// date 2019-09-30
	// recurring 每季度
	// ongoing
	// period 3个月
	// lawgov: parse deadline "尽快": unknown phrase
}

func ExampleParseQuota() {
	q, _ := lawgov.ParseQuota("每个单位不少于4次")
	fmt.Println(q.Min, q.Measure, q.Scope, q)
	// Output: 4 次 per_unit 每个单位不少于4次
}

func ExampleLedger() {
	dir := exampleDirectory()
	plan := lawgov.Plan{Year: 2019, Issuer: "赤壁市人民政府", Document: "赤政发〔2019〕7号",
		Title: "赤壁市2019年推进依法行政建设法治政府工作要点", Date: lawgov.MustDate(2019, 7, 5),
		Tasks: []lawgov.Task{
			{ID: "(十五)", Title: "全面推行行政执法“三项制度”", Lead: "office", Responsible: []lawgov.UnitID{"justice"}, Deadline: lawgov.DeadlineOn(lawgov.MustDate(2019, 9, 30))},
			{ID: "(二十二)", Title: "加强便民服务平台建设", Lead: "data", Deadline: lawgov.DeadlineOn(lawgov.MustDate(2019, 10, 22))},
		}}
	l, err := lawgov.NewLedger(plan, dir, lawgov.LedgerConfig{})
	if err != nil {
		panic(err)
	}
	err = l.Apply(lawgov.Event{Date: lawgov.MustDate(2019, 9, 26), Task: "(十五)", Unit: "justice", Kind: lawgov.EventEvidence})
	fmt.Println(err)
	err = l.Apply(lawgov.Event{Date: lawgov.MustDate(2019, 9, 1), Task: "(十五)", Unit: "office", Kind: lawgov.EventDone})
	fmt.Println(err)
	asOf := lawgov.MustDate(2019, 10, 15)
	for _, id := range []string{"(十五)", "(二十二)"} {
		st, _ := l.TaskState(id, asOf)
		fmt.Println(id, st.Status.Label(), st.Countdown())
	}
	over, _ := l.Overdue(asOf)
	fmt.Println(over[0].Message)
	// Output:
	// <nil>
	// lawgov: apply event 0 "2019-09-01 (十五) office done": out of order: dated before 2019-09-26
	// (十五) 已逾期 逾期15日（7个工作日）
	// (二十二) 即将到期 剩余7日（5个工作日）
	// 完成时限 2019-09-30（2019年9月30日前），截至 2019-10-15 牵头单位市政府办公室未报告完成，逾期15日（7个工作日）；未报告完成的单位：市政府办公室、市司法局
}

func ExampleNewScheme() {
	d := decimal.RequireFromString
	s, err := lawgov.NewScheme("依法行政考核", []lawgov.Indicator{
		{ID: "review", Name: "合法性审查", Max: d("40"), Method: lawgov.ScoreGraded, GradePoints: [3]decimal.Decimal{d("40"), d("30"), d("0")}},
		{ID: "appearance", Name: "负责人出庭应诉率", Max: d("60"), Method: lawgov.ScoreProportional},
		{ID: "veto", Name: "重大违法决策", Method: lawgov.ScoreVeto},
	}, []lawgov.Band{{Label: "优秀", Min: d("90")}, {Label: "合格", Min: d("60")}, {Label: "不合格"}}, 2)
	if err != nil {
		panic(err)
	}
	a, _ := s.Score("甲", map[string]lawgov.Input{"review": {Grade: lawgov.GradePass}, "appearance": {Rate: lawgov.Rate{Num: 176, Den: 252}}, "veto": {}})
	b, _ := s.Score("乙", map[string]lawgov.Input{"review": {Grade: lawgov.GradeFlawed}, "appearance": {Rate: lawgov.Rate{Num: 1, Den: 1}}, "veto": {Vetoed: true}})
	for _, l := range a.Lines {
		fmt.Println(l)
	}
	for _, r := range lawgov.Rank([]lawgov.Score{b, a}) {
		fmt.Println(r.Rank, r.Score)
	}
	// Output:
	// 合法性审查 40.00/40.00 评定为原则通过
	// 负责人出庭应诉率 41.90/60.00 比率 69.84%（176/252），按比例得分
	// 重大违法决策 0.00/0.00 未触发一票否决
	// 1 甲 81.90/100.00 合格
	// 2 乙 90.00/100.00 不合格（一票否决）
}

func ExampleCheckAnnualReport() {
	r := lawgov.AnnualReport{Body: "市司法局", Kind: lawgov.BodyDepartment, Year: 2019,
		Submitted: lawgov.MustDate(2020, 3, 2), Published: lawgov.MustDate(2020, 3, 31),
		Sections: []lawgov.ReportSection{lawgov.SectionMeasures, lawgov.SectionLeaderDuty, lawgov.SectionNextYear}}
	rep, _ := lawgov.CheckAnnualReport(r, lawgov.MustDate(2020, 4, 10), lawgov.AnnualReportConfig{})
	for _, f := range rep.Findings {
		fmt.Println(f.Outcome.Label(), f.Message)
	}
	// Output:
	// 符合 应于 2020-04-01之前公开，2020-03-31 公开
	// 不符合 应于 2020-03-01之前报送，2020-03-02 才报送，晚于时限
	// 不符合 报告缺少1项内容：「其他需要报告的情况」
}

func ExampleLedger_Reminders() {
	dir := exampleDirectory()
	plan := lawgov.Plan{Year: 2019, Issuer: "赤壁市人民政府", Document: "赤政发〔2019〕7号",
		Title: "赤壁市2019年推进依法行政建设法治政府工作要点", Date: lawgov.MustDate(2019, 7, 5),
		Tasks: []lawgov.Task{
			{ID: "(十五)", Title: "全面推行行政执法“三项制度”", Lead: "office", Responsible: []lawgov.UnitID{"justice"}, Deadline: lawgov.DeadlineOn(lawgov.MustDate(2019, 9, 30))},
			{ID: "(二十四)", Title: "持续做好行政复议工作", Lead: "justice", Deadline: lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Monthly, Day: 10}},
		}}
	l, err := lawgov.NewLedger(plan, dir, lawgov.LedgerConfig{})
	if err != nil {
		panic(err)
	}
	// 市司法局 reported August on time and September late; July (due 10 July)
	// is 59 working days overdue on 8 October: 15 in July, 22 in August, 21 in
	// September (13 September off, Sunday 29 September worked) and 8 October.
	if err := l.Apply(
		lawgov.Event{Date: lawgov.MustDate(2019, 8, 9), Task: "(二十四)", Unit: "justice", Kind: lawgov.EventDone},
		lawgov.Event{Date: lawgov.MustDate(2019, 9, 16), Task: "(二十四)", Unit: "justice", Kind: lawgov.EventDone},
	); err != nil {
		panic(err)
	}
	rems, err := l.Reminders(lawgov.MustDate(2019, 10, 8), 3)
	if err != nil {
		panic(err)
	}
	for _, r := range rems {
		if r.Unit == "justice" {
			fmt.Print(r.Notice(plan))
		}
	}
	// Output:
	// 关于督促办理法治政府建设工作任务的通知
	//
	// 市司法局：
	//
	// 根据《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号），截至2019年10月8日，你单位承担的以下3项工作任务已逾期或即将到期，请抓紧办理，并及时报送进展和佐证材料：
	//
	// 一、(十五) 全面推行行政执法“三项制度”，责任单位，完成时限2019年9月30日（2019年9月30日前），已逾期8日（1个工作日），尚未报告完成。
	// 二、(二十四) 持续做好行政复议工作（2019年7月），牵头单位，完成时限2019年7月10日（每月10日前），已逾期90日（59个工作日），尚未报告本期完成情况。
	// 三、(二十四) 持续做好行政复议工作（2019年10月），牵头单位，完成时限2019年10月10日（每月10日前），剩余2日（2个工作日），尚未报告本期完成情况。
}
