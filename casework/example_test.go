package casework_test

import (
	"encoding/json"
	"fmt"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

func ExampleDefinition_Apply() {
	var units casework.Units
	var t casework.Tally
	for i, o := range []casework.ReconsiderationOutcome{casework.Revoke, casework.Uphold, casework.Settled, casework.Uphold} {
		c := casework.Reconsideration{ID: fmt.Sprint("开复", i), Unit: "区公安局",
			Received: lawgov.MustParseDate("2021-03-01"), Concluded: lawgov.MustParseDate("2021-04-20"), Outcome: o}
		r, err := c.Record(units.ID(c.Unit))
		if err != nil {
			fmt.Println(err)
			return
		}
		t.Add(r)
	}
	d, _ := casework.LookupDefinition("reconsideration.correction-rate")
	r, err := d.Apply(&t)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Name, r, r.Format(1, lawgov.HalfUp))
	// Output: 纠错率 1/4 25.0%
}

func ExampleFitRate() {
	fit := casework.FitRate(decimal.RequireFromString("15.27"), lawgov.Rate{Num: 155, Den: 1015})
	fmt.Println(fit)
	// Output: 155/1015 → 15.27%（四舍五入、截尾）
}

func ExampleNumerators() {
	// 开州 2021 出庭应诉率 69.8%: no count over the 287 suits received fits.
	fmt.Println(casework.Numerators(decimal.RequireFromString("69.8"), 287, lawgov.HalfUp))
	fmt.Println(casework.Numerators(decimal.RequireFromString("69.8"), 252, lawgov.HalfUp))
	// Output:
	// ∅
	// 176
}

func ExamplePriorCounts() {
	fmt.Println(casework.PriorCounts(decimal.RequireFromString("14.01"), 3116, lawgov.HalfUp))
	fmt.Println(casework.PriorCounts(decimal.RequireFromString("20.8"), 70, lawgov.HalfUp))
	// Output:
	// 2733
	// ∅
}

func ExampleParseChange() {
	for _, s := range []string{"同比增长14.01%", "同比下降3.95个百分点", "出庭应诉率为84.8%，比2015年上升13.4%"} {
		c, _ := casework.ParseChange(s)
		fmt.Println(c.Form, c.Value)
	}
	// Output:
	// relative 14.01
	// points -3.95
	// ambiguous 13.4
}

func ExampleCompare() {
	prior := casework.TallyRecords(nil)
	cur := casework.TallyRecords(nil)
	d, _ := casework.LookupDefinition("litigation.loss-rate")
	c, err := casework.Compare(d, &prior, &cur)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Rate.Chinese(1, lawgov.HalfUp))
	// Output: 无可比数据
}

func ExampleByYear() {
	c := casework.Reconsideration{ID: "A", Unit: "区政府", Received: lawgov.MustParseDate("2020-12-20"),
		Concluded: lawgov.MustParseDate("2021-01-15"), Outcome: casework.Uphold}
	r, _ := c.Record(0)
	ys := casework.ByYear([]casework.Record{r})
	fmt.Println(ys[2020].Reconsideration.Received, ys[2021].Reconsideration.CarriedOver, ys[2021].Reconsideration.Concluded)
	// Output: 1 1 1
}

func ExampleTallyParallel() {
	c := casework.Litigation{ID: "A", Unit: "区政府", Instance: casework.FirstInstance,
		Received: lawgov.MustParseDate("2021-03-01"), Concluded: lawgov.MustParseDate("2021-06-01"), Outcome: casework.Annul}
	r, _ := c.Record(0)
	t := casework.TallyParallel([]casework.Record{r, r, r}, 2)
	fmt.Println(t.Litigation.Outcomes[casework.Annul])
	// Output: 3
}

func ExampleCheckReconsideration() {
	c := casework.Reconsideration{ID: "开复〔2021〕1号", Unit: "区公安局", Received: lawgov.MustParseDate("2021-09-30"),
		Accepted: lawgov.MustParseDate("2021-10-14")}
	rep, err := casework.CheckReconsideration(c, lawgov.MustParseDate("2021-10-20"), lawgov.OfficialCalendar())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Failures() {
		fmt.Println(f.Message)
	}
	// Output: 收到申请 2021-09-30，审查期限5个工作日，届满 2021-10-13，受理 2021-10-14，超过审查期限
}

func ExampleCheckLitigation() {
	l := casework.Litigation{ID: "(2021)行初1号", Unit: "区政府", Instance: casework.FirstInstance,
		Received: lawgov.MustParseDate("2021-03-01"), Concluded: lawgov.MustParseDate("2021-08-20"), Outcome: casework.RejectSuitClaim}
	rep, _ := casework.CheckLitigation(l, lawgov.MustParseDate("2021-12-31"), lawgov.OfficialCalendar())
	fmt.Println(rep.Findings[0].Outcome, rep.Findings[0].Message)
	// Output: pass 一审立案 2021-03-01，审理期限6个月，届满 2021-09-01，审结 2021-08-20
}

func ExampleSummarize() {
	day := lawgov.MustParseDate
	cs := casework.Cases{Reconsiderations: []casework.Reconsideration{
		{ID: "复〔2023〕1号", Unit: "区公安局", Received: day("2023-03-01"), Accepted: day("2023-03-03"), Concluded: day("2023-04-20"), Outcome: casework.Revoke},
		{ID: "复〔2023〕2号", Unit: "区公安局", Received: day("2023-05-08"), Accepted: day("2023-05-10"), Concluded: day("2023-06-30"), Outcome: casework.Uphold},
		{ID: "复〔2024〕1号", Unit: "区公安局", Received: day("2024-03-01"), Accepted: day("2024-03-04"), Concluded: day("2024-04-19"), Outcome: casework.Uphold},
		{ID: "复〔2024〕2号", Unit: "区政府", Received: day("2024-05-06"), Accepted: day("2024-05-08"), Concluded: day("2024-06-28"), Outcome: casework.RejectClaim},
	}}
	s, err := casework.Summarize(cs, 2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []string{"reconsideration.correction-rate", "reconsideration.uphold-rate", "reconsideration.uphold-rate-with-rejections"} {
		l, _ := s.Line(id)
		fmt.Println(l.Definition.Name, l.Rate.From, "→", l.Rate.To, l.Rate.Chinese(1, lawgov.HalfUp))
	}
	// Output:
	// 纠错率 1/2 → 0/2 下降50.0个百分点
	// 维持率 1/2 → 1/2 持平
	// 维持率（含驳回复议请求） 1/2 → 2/2 上升50.0个百分点
}

func ExampleCases_Records() {
	c := casework.Reconsideration{ID: "复〔2024〕1号", Unit: "区公安局", Received: lawgov.MustParseDate("2024-03-01")}
	_, err := casework.Cases{Reconsiderations: []casework.Reconsideration{c, c}}.Records(nil)
	fmt.Println(err)
	// Output: lawgov: invalid Cases: reconsiderations[1].id: unique=reconsiderations[0] (case "复〔2024〕1号" repeats reconsiderations[0])
}

func ExampleLookupRule() {
	r, _ := casework.LookupRule(casework.RuleCorrectionPeriod)
	fmt.Println(r.Title)
	for _, c := range r.Basis {
		fmt.Println(c)
	}
	// Output:
	// 行政复议补正期限与视为放弃
	// 《中华人民共和国行政复议法》第三十一条第二款
	// 《中华人民共和国行政复议法》第八十八条
}

func ExampleLimits_CheckReconsideration() {
	// Sixty days from 2021-10-13 end on Sunday 2021-12-12 and roll to
	// Monday 2021-12-13; the two readings of a 30-day extension differ.
	c := casework.Reconsideration{ID: "复〔2021〕9号", Unit: "区政府", Received: lawgov.MustParseDate("2021-10-08"),
		Accepted: lawgov.MustParseDate("2021-10-13"), ExtensionDays: 30}
	for _, l := range []casework.Limits{{}, {Extension: casework.ExtendFromAcceptance}} {
		rep, err := l.CheckReconsideration(c, lawgov.MustParseDate("2021-12-20"), lawgov.OfficialCalendar())
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(rep.Find(casework.RuleDecisionPeriod)[0].Message)
	}
	// Output:
	// 受理 2021-10-13，决定期限60日，届满 2021-12-13，延长30日自届满日起算，届满 2022-01-12，至 2021-12-20 尚在期限内
	// 受理 2021-10-13，决定期限90日（含延长30日，自受理之日合并计算），届满 2022-01-11，至 2021-12-20 尚在期限内
}

func ExampleDefinition_MarshalJSON() {
	d, _ := casework.LookupDefinition("reconsideration.closing-rate")
	b, _ := json.Marshal(d)
	var back casework.Definition
	fmt.Println(json.Unmarshal(b, &back), back.Formula())
	err := json.Unmarshal([]byte(`{"id":"x","name":"x","kind":"reconsideration","outcomes":["annul"],"base":["heard"],"source":[{"instrument":"某规定"}]}`), &back)
	fmt.Println(err)
	// Output:
	// <nil> 审结数（不含不予受理、逾期不补正）÷（上年结转数＋受理数）
	// lawgov: invalid Definition: base[0]: kind=reconsideration (measure heard does not apply to reconsideration cases); outcomes[0]: oneof (unknown reconsideration outcome "annul")
}
