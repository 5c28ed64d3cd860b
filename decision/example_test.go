package decision_test

import (
	"fmt"
	"os"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
)

func ExampleProcedure_Check() {
	b, _ := os.ReadFile("testdata/parking-flawed.json")
	d, err := decision.ParseDecision(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := decision.National().Check(d, lawgov.MustDate(2024, 12, 31), lawgov.OfficialCalendar())
	if err != nil {
		fmt.Println(err)
		return
	}
	f := r.Find(decision.RuleCommentPeriod)[0]
	fmt.Println(f.Outcome.Label(), f.Message)
	fmt.Println(f.Basis[0])
	// Output:
	// 不符合 征求意见 2024-09-30 至 2024-10-20，共20日，少于30日，且未在征求意见时说明缩短理由
	// 《重大行政决策程序暂行条例》（国务院令第713号）第十五条
}

func ExampleProcedure_Verdict() {
	b, _ := os.ReadFile("testdata/parking-flawed.json")
	d, _ := decision.ParseDecision(b)
	p := decision.National()
	v, err := p.Verdict(d, lawgov.MustDate(2024, 12, 31), lawgov.OfficialCalendar())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v)
	rules := p.Rules()
	for i := range v.Failures() {
		fmt.Println(rules[i].Title, v.Severity(i).Label())
	}
	// Output:
	// 37 rules: 19 pass, 12 fail (worst violation), 6 not_applicable
	// 明确牵头承办单位 违规
	// 公开征求意见期限 违规
	// 听证会材料送达与名单公布 违规
	// 专家无直接利害关系且书面意见署名 违规
	// 未履行公众参与、专家论证、风险评估等程序不予合法性审查 违规
	// 保证必要的合法性审查时间 警告
	// 行政首长最后发表意见 违规
	// 与多数意见不一致时说明理由 违规
	// 不同意见如实载明 违规
	// 向同级党委请示报告 违规
	// 通过政府公报和政府网站公布 警告
	// 决策过程记录和材料归档 违规
}

func ExampleProcedure_Derive() {
	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Version: lawgov.MustDate(2020, 3, 1)}
	p, err := decision.National().Derive("某省重大行政决策程序规定", basis, lawgov.MustDate(2020, 5, 1),
		decision.ReviewDays(10, basis.Art(26)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Name(), p.ReviewDays(), decision.National().ReviewDays())
	// Output: 某省重大行政决策程序规定 10 7
}

func ExampleProcedure_CanSubmitForDiscussion() {
	b, _ := os.ReadFile("testdata/parking-complete.json")
	d, _ := decision.ParseDecision(b)
	d.Review = nil
	a, err := decision.National().CanSubmitForDiscussion(d, lawgov.MustDate(2024, 10, 20), lawgov.OfficialCalendar())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.OK)
	fmt.Println(a.Reason)
	// Output:
	// false
	// 不得提交决策机关讨论：合法性审查（决策草案未送请合法性审查）；未经合法性审查或经审查不合法不得提交讨论（决策草案未经合法性审查，不得提交讨论，但已于 2024-11-05 提交常务会议讨论）
}

func ExampleProcedure_Summarize() {
	b, _ := os.ReadFile("testdata/parking-flawed.json")
	d, _ := decision.ParseDecision(b)
	p := decision.National()
	r, _ := p.Check(d, lawgov.MustDate(2024, 12, 31), lawgov.OfficialCalendar())
	for _, g := range p.Summarize(d, r).Gates {
		fmt.Println(g.Gate.Label(), g.Status.Label())
	}
	// Output:
	// 公众参与 未通过
	// 专家论证 未通过
	// 风险评估 已通过
	// 合法性审查 未通过
	// 集体讨论决定 未通过
}

func ExampleUsableAsBasis() {
	doc := decision.Document{
		ID: "doc-1", Title: "关于规范城区停车服务收费的通知", Kind: decision.NormativeDocument, Issuer: decision.Agency,
		Published: lawgov.MustDate(2021, 3, 30), Effective: lawgov.MustDate(2021, 5, 1),
	}
	fmt.Println(decision.UsableAsBasis(doc, lawgov.MustDate(2021, 4, 15)).Message)
	// Output: 文件自 2021-05-01 起施行，2021-04-15 尚未施行
}

func ExampleTallyCleanup() {
	outcomes := make([]decision.CleanupOutcome, 0, 257)
	for i := 0; i < 257; i++ {
		switch {
		case i < 153:
			outcomes = append(outcomes, decision.Continued)
		case i < 199:
			outcomes = append(outcomes, decision.Repealed)
		default:
			outcomes = append(outcomes, decision.DeclaredInvalid)
		}
	}
	c, _ := decision.TallyCleanup(outcomes)
	fmt.Println(c.Reviewed, c.Continued, c.Repealed, c.DeclaredInvalid, c.Partition() == nil)
	// Output: 257 153 46 58 true
}

func ExampleDocumentRules_Check() {
	doc := decision.Document{
		ID: "rule-1", Title: "某市城市停车管理办法", Kind: decision.GovernmentRule, Issuer: decision.Agency, Number: "某市人民政府令第5号",
		Published: lawgov.MustDate(2021, 9, 3), Effective: lawgov.MustDate(2021, 10, 3), Filed: lawgov.MustDate(2021, 10, 8),
	}
	r, _ := decision.DocumentRules{}.Check(doc, lawgov.MustDate(2021, 12, 31), lawgov.OfficialCalendar())
	fmt.Println(r.Find(decision.RuleDocFiling)[0].Message)
	fmt.Println(r.Find(decision.RuleDocCommencement)[0].Message)
	// Output:
	// 2021-09-03 公布，2021-10-08 报备，期限至 2021-10-08
	// 2021-09-03 公布，2021-10-03 施行，间隔30日，不少于30日
}

func ExampleParseBodyLevel() {
	l, err := decision.ParseBodyLevel("township")
	fmt.Println(l.Label(), err)
	// Output: 乡级人民政府 <nil>
}

// A regional procedure judges only the steps taken from its effective date;
// before it the procedure it was derived from applies, and before
// 2019-09-01 neither.
func ExampleProcedure_At() {
	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Version: lawgov.MustDate(2020, 3, 1), Article: 26}
	regional, _ := decision.National().Derive("某省重大行政决策程序规定", basis, lawgov.MustDate(2020, 5, 1),
		decision.ReviewDays(10, basis))
	for _, on := range []lawgov.Date{lawgov.MustDate(2019, 3, 15), lawgov.MustDate(2020, 4, 20), lawgov.MustDate(2020, 5, 11)} {
		p, ok := regional.At(on)
		if !ok {
			fmt.Println(on, "无施行的程序规定")
			continue
		}
		fmt.Println(on, p.Name(), p.ReviewDays())
	}
	// Output:
	// 2019-03-15 无施行的程序规定
	// 2020-04-20 重大行政决策程序暂行条例 7
	// 2020-05-11 某省重大行政决策程序规定 10
}

// A decision under way: with the legality review pending, the missing
// meeting and party report are not yet due, so nothing is violated, and
// the draft may not yet go to the meeting.
func ExampleProcedure_Check_inProgress() {
	b, _ := os.ReadFile("testdata/parking-complete.json")
	d, _ := decision.ParseDecision(b)
	d.Review.Opinion, d.Review.Authority, d.Review.Procedure, d.Review.Content = lawgov.Date{}, 0, 0, 0
	d.Materials, d.Discussion, d.PartyReport, d.Publication, d.Archive, d.Execution = nil, nil, nil, nil, nil, nil
	on := lawgov.MustDate(2024, 10, 20)
	p := decision.National()
	r, _ := p.Check(d, on, lawgov.OfficialCalendar())
	fmt.Println(r.OK())
	fmt.Println(r.Find(decision.RulePartyReport)[0].Message)
	fmt.Println(p.Summarize(d, r).Gates[decision.GateReview-1].Status.Label())
	// Output:
	// true
	// 未记录向同级党委请示报告；本项应当于决策出台前履行，截至 2024-10-20 尚未到期
	// 尚未完成
}

func ExampleCheckAnnualList() {
	f, _ := decision.CheckAnnualList("某市人民政府", 2024, lawgov.MustDate(2025, 2, 5), lawgov.MustDate(2025, 3, 1))
	fmt.Println(f.Outcome.Label(), f.Message)
	fmt.Println(f.Basis[0])
	// Output:
	// 不符合 2024年规章目录应于 2025-01-31 前报送，2025-02-05 才报送
	// 《法规规章备案审查条例》（国务院令第789号）第二十二条
}

func ExampleDecision_ReducedLiability() {
	b, _ := os.ReadFile("testdata/parking-complete.json")
	d, _ := decision.ParseDecision(b)
	fmt.Println(d.ReducedLiability())
	// Output: [副县长丙]
}
