package casework_test

import (
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
