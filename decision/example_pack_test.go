package decision_test

import (
	"fmt"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// A county pack that lengthens the legality review gives a derived
// procedure from the day its value applies.
func ExampleProcedureFrom() {
	county, _ := rulepack.Parse("county.json", []byte(`{"id": "xc", "parent": "cn", "name": "某县", "version": "1",
 "values": {"decision.review-days": [{"from": "2025-01-01", "value": 10,
   "basis": {"instrument": "某县重大行政决策程序实施办法", "version": "2024-12-01", "article": 9}}]}}`))
	shipped, _ := rulepack.Shipped()
	reg, _ := rulepack.NewRegistry(rulepack.Catalogue{}, append(shipped, county)...)
	for _, on := range []lawgov.Date{lawgov.MustDate(2024, 12, 31), lawgov.MustDate(2025, 1, 1)} {
		r, _ := reg.Resolve("xc", on)
		p, err := decision.ProcedureFrom(r)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(on, p.Name(), p.ReviewDays())
	}
	// Output:
	// 2024-12-31 重大行政决策程序暂行条例 7
	// 2025-01-01 某县重大行政决策程序 10
}
