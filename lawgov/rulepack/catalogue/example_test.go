package catalogue_test

import (
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
)

// The rules of 赤壁市 in force on a day, with the packs they come from.
func ExampleInForce() {
	reg, err := catalogue.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	book, err := catalogue.InForce(reg, "hb-chibi", lawgov.MustDate(2024, 6, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	rs := book.Credentials
	fmt.Println(book)
	fmt.Println("变更报告期限:", rs.ChangeReport.Period, rs.ChangeReport.Basis)
	fmt.Println("合法性审查时间:", book.Procedure.ReviewDays(), "个工作日")
	fmt.Println(book.Provenance(nil))
	// Output:
	// 赤壁市（hb-chibi）2024-06-01
	// 变更报告期限: 30日 《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第(十六)项
	// 合法性审查时间: 7 个工作日
	// 规则包 hb-chibi@2019.1、hb@2026.1、cn@2026.1；程序版本 0.1.0
}

// Every rule of every package, for a listing such as GET /v1/rules.
func ExampleRules() {
	for _, r := range catalogue.Rules() {
		if r.ID == "decision.review-time" {
			fmt.Println(r.ID, r.Title, r.Severity.Label(), r.Basis[0])
		}
	}
	// Output:
	// decision.review-time 保证必要的合法性审查时间 警告 《重大行政决策程序暂行条例》（国务院令第713号）第二十六条第二款
}
