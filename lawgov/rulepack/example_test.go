package rulepack_test

import (
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// A county pack overrides one value of the national pack from a date; a
// case is judged by the value in force on the day of its event.
func ExampleRegistry_Resolve() {
	county, err := rulepack.Parse("county.json", []byte(`{
  "id": "xc", "parent": "cn", "name": "某县", "version": "2025.1",
  "values": {
    "decision.review-days": [
      {"from": "2025-01-01", "value": 10,
       "basis": {"instrument": "某县重大行政决策程序实施办法", "version": "2024-12-01", "article": 9}}
    ]
  }
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	shipped, _ := rulepack.Shipped()
	reg, err := rulepack.NewRegistry(rulepack.Catalogue{}, append(shipped, county)...)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, on := range []string{"2024-12-31", "2025-01-01"} {
		r, _ := reg.Resolve("xc", lawgov.MustParseDate(on))
		a, _ := r.Lookup(rulepack.DecisionReviewDays)
		fmt.Printf("%s: %s（%s，%s）\n", on, a.Value, a.Pack.ID, a.Value.Basis)
	}
	// Output:
	// 2024-12-31: 7个工作日（cn，《重大行政决策程序暂行条例》（国务院令第713号）第二十六条第二款）
	// 2025-01-01: 10个工作日（xc，《某县重大行政决策程序实施办法》第九条）
}

// Parse rejects a broken pack whole and says where each problem is.
func ExampleParse() {
	_, err := rulepack.Parse("county.json", []byte(`{
  "id": "xc", "name": "某县", "version": "1",
  "values": {
    "decision.review-days": [{"from": "2025-01-01", "value": -10}]
  }
}`))
	fmt.Println(err)
	// Output:
	// rulepack: "county.json": line 4: $.values["decision.review-days"][0].value: period -10 is not positive; line 4: $.values["decision.review-days"][0]: missing key "basis"
}
