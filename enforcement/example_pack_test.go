package enforcement_test

import (
	"fmt"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// The shipped pack of 赤壁市 gives the default credential rules.
func ExampleRuleSetFrom() {
	shipped, _ := rulepack.Shipped()
	reg, _ := rulepack.NewRegistry(rulepack.Catalogue{}, shipped...)
	r, _ := reg.Resolve("hb-chibi", lawgov.MustDate(2024, 6, 1))
	rs, err := enforcement.RuleSetFrom(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rs.Name, rs.ChangeReport.Period, rs.Exams.MaxFailures, rs.Exams.Consequence.Label())
	// Output:
	// 赤壁市 30日 2 从执法人员信息库中清除
}
