// Command rulepack loads the rule pack of a county (示例县, an example
// county of 浙江省) that inherits from its province's pack, which inherits
// from the national pack, and prints which values differ from the national
// ones and from when, each with the pack and provision it comes from; then
// the rulebook of the county on the day before and the day a value changes,
// and the provenance a report computed with it carries.
//
// The county pack is embedded, so the program runs from any directory.
package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
)

//go:embed data/*.json
var data embed.FS

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

const county = "zj-shili"

func run(w io.Writer) error {
	dir, err := fs.Sub(data, "data")
	if err != nil {
		return err
	}
	reg, err := catalogue.Load(dir)
	if err != nil {
		return err
	}
	chain, err := reg.Chain(county)
	if err != nil {
		return err
	}
	names := make([]string, len(chain))
	for i, p := range chain {
		names[i] = p.Name() + "（" + p.ID() + "）"
	}
	fmt.Fprintf(w, "规则包：%s\n\n", strings.Join(names, " ← "))

	diffs, err := reg.Compare(county, "cn")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "与全国规则包不同的值（%d项）：\n", len(diffs))
	for i, d := range diffs {
		p, _ := rulepack.LookupParam(d.Key)
		fmt.Fprintf(w, "%d. %s：%s，%s\n", i+1, p.Title, d.Value.Value.String(), period(d.From, d.To))
		fmt.Fprintf(w, "   来源：%s规则包，依据%s\n", packName(reg, d.Value.Pack.ID), d.Value.Value.Basis)
		if d.Base.Set {
			fmt.Fprintf(w, "   全国：%s，依据%s\n", d.Base.Applied.Value.String(), d.Base.Applied.Value.Basis)
		} else {
			fmt.Fprintf(w, "   全国：未规定\n")
		}
	}

	fmt.Fprintln(w)
	for _, on := range []lawgov.Date{lawgov.MustDate(2024, 12, 31), lawgov.MustDate(2025, 1, 1)} {
		b, err := catalogue.InForce(reg, county, on)
		if err != nil {
			return err
		}
		rs := b.Credentials
		fmt.Fprintf(w, "%s适用：合法性审查时间不少于%d个工作日；执法证登载信息变更%s内报告；执法资格有效期%s；共%d条规则\n",
			on.Chinese(), b.Procedure.ReviewDays(), rs.ChangeReport.Period, rs.QualificationValidity.Period, len(b.Rules()))
	}
	b, err := catalogue.InForce(reg, county, lawgov.MustDate(2025, 1, 1))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n报告溯源：%s\n", b.Provenance(lawgov.OfficialCalendar()))
	return nil
}

func packName(reg *rulepack.Registry, id string) string {
	p, _ := reg.Pack(id)
	return p.Name()
}

// period renders a stretch of days in Chinese: "自2025年1月1日起",
// "2023年3月1日至2024年12月31日", "施行日期未载明".
func period(from, to lawgov.Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return "施行日期未载明"
	case to.IsZero():
		return "自" + from.Chinese() + "起"
	case from.IsZero():
		return "至" + to.Chinese() + "止"
	}
	return from.Chinese() + "至" + to.Chinese()
}
