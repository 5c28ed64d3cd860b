package casework_test

import (
	"fmt"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
)

// A host that only needs to know which limits a case missed asks for the
// verdict, and renders the report only for a case that missed one.
func ExampleReconsiderationVerdict() {
	day := lawgov.MustParseDate
	cal := lawgov.OfficialCalendar()
	// 2024-09-27 (Friday) + 5 working days ends on 2024-10-10 (行政复议法
	// 第三十一条第一款、第八十八条): the notice of 10-11 is a day late.
	c := casework.Reconsideration{ID: "复〔2024〕7号", Unit: "区市场监管局", Received: day("2024-09-27"),
		CorrectionNotified: day("2024-10-11"), CorrectionReceived: day("2024-10-12"), Supplied: day("2024-10-16"), Accepted: day("2024-10-18")}
	v, err := casework.ReconsiderationVerdict(c, day("2024-10-21"), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v)
	ids := casework.ReconsiderationRuleIDs()
	for i := range v.Failures() {
		fmt.Println(ids[i], v.Severity(i))
	}
	if !v.OK() {
		rep, _ := casework.CheckReconsideration(c, day("2024-10-21"), cal)
		fmt.Println(rep.Find(casework.RuleCorrectionNotice)[0].Message)
	}
	// Output:
	// 10 rules: 3 pass, 1 fail (worst violation), 6 not_applicable
	// casework.correction-notice violation
	// 收到申请 2024-09-27，补正通知期限5个工作日，届满 2024-10-10，发出补正通知 2024-10-11，超过补正通知期限
}
