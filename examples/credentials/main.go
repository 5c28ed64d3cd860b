// Command credentials shows the enforcement-credential rules of
// 赤政发〔2019〕7号 第(十六)项 on a small roster: who may enforce on a fixed
// date, whose change of credential information is overdue and since when,
// whose report came late, who was removed from the database after two
// failed exams, and a reproducible 双随机 draw with its seed and digest,
// verified against the registry. The roster is embedded: the program runs
// from any directory with no arguments, or reads the roster file given.
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

type input struct {
	AsOf      lawgov.Date            `json:"as_of"`
	Field     string                 `json:"field"`
	Region    string                 `json:"region"`
	Seed      uint64                 `json:"seed"`
	Officers  []enforcement.Officer  `json:"officers"`
	Targets   []enforcement.Target   `json:"targets"`
	Ratio     lawgov.Rate            `json:"ratio"`
	Conflicts []enforcement.Conflict `json:"conflicts"`
}

// roster is the sample roster, embedded so that the program runs from any
// directory with no arguments.
//
//go:embed testdata/roster.json
var roster []byte

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run prints the report for the roster file args[0], by default the
// embedded sample roster.
func run(w io.Writer, args []string) error {
	path, data := "testdata/roster.json (embedded)", roster
	if len(args) > 0 {
		path = args[0]
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return err
		}
	}
	var in input
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("credentials: read %q: %w", path, err)
	}
	rs := enforcement.Chibi()
	reg, err := enforcement.NewRegistry(rs)
	if err != nil {
		return err
	}
	if err := reg.Add(in.Officers...); err != nil {
		return err
	}
	names := map[string]string{}
	for _, o := range in.Officers {
		names[o.ID] = o.Name
	}

	fmt.Fprintf(w, "规则集：%s（%s）\n", rs.Name, rs.ChangeReport.Basis)
	fmt.Fprintf(w, "日期：%s　领域：%s　区域：%s\n\n", in.AsOf, in.Field, in.Region)

	fmt.Fprintln(w, "一、执法人员状态")
	for _, id := range reg.IDs() {
		a, err := reg.CanEnforce(id, in.AsOf, in.Field, in.Region)
		if err != nil {
			return err
		}
		verdict := "不得执法"
		if a.OK {
			verdict = "可以执法"
		}
		fmt.Fprintf(w, "%s %s（%s）：%s，%s\n", id, names[id], a.Status.Unit, a.Status.State.Label(), verdict)
		for _, f := range a.Findings {
			if f.Outcome == lawgov.Fail || f.Rule == "enforcement.change-report" {
				fmt.Fprintf(w, "    %s\n", f.Message)
			}
		}
	}

	sw, err := reg.Sweep(in.AsOf, enforcement.SweepOptions{ExpiringWithin: 30})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n二、变更逾期未报告")
	for _, e := range sw.ChangeOverdue {
		fmt.Fprintf(w, "%s %s：%s 信息变更，报告期限届满日 %s，已逾期%d日\n", e.Officer, names[e.Officer], e.Since, e.Due, in.AsOf.DaysSince(e.Due))
	}
	fmt.Fprintln(w, "\n三、逾期报告记录")
	for _, e := range sw.LateReported {
		fmt.Fprintf(w, "%s %s：%s 信息变更，届满日 %s，%s 报告，逾期%d日（累计%d次）\n", e.Officer, names[e.Officer], e.Since, e.Due, e.Reported, e.Reported.DaysSince(e.Due), e.LateReports)
	}
	fmt.Fprintln(w, "\n四、经2次考试不合格被清除")
	for _, e := range sw.Removed {
		st, err := reg.StatusAt(e.Officer, in.AsOf)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s %s：%s\n", e.Officer, names[e.Officer], st.Findings()[0].Message)
	}
	fmt.Fprintln(w, "\n五、各单位人数")
	units := make([]string, 0, len(sw.ByUnit))
	for u := range sw.ByUnit {
		units = append(units, u)
	}
	slices.Sort(units)
	for _, u := range units {
		c := sw.ByUnit[u]
		var parts []string
		for _, s := range enforcement.States() {
			if n := c.Of(s); n > 0 {
				parts = append(parts, fmt.Sprintf("%s%d人", s.Label(), n))
			}
		}
		fmt.Fprintf(w, "%s：%s\n", u, strings.Join(parts, "，"))
	}

	res, err := reg.Draw(enforcement.DrawRequest{Seed: in.Seed, Date: in.AsOf, Field: in.Field, Region: in.Region,
		Targets: in.Targets, Ratio: in.Ratio, Conflicts: in.Conflicts})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n六、双随机抽查")
	fmt.Fprintf(w, "种子：%d　规则集：%s　抽取比例：%s（%d户中抽%d户，向上取整）\n", res.Seed, res.RuleSet, in.Ratio.Format(0, lawgov.HalfUp), len(res.Targets), res.Count)
	fmt.Fprintf(w, "检查人员库：%d人（%s）\n", len(res.Pool), poolIDs(res.Pool))
	fmt.Fprintf(w, "输入摘要 SHA-256：%s\n", res.Digest)
	tname := map[string]string{}
	for _, t := range in.Targets {
		tname[t.ID] = t.Name
	}
	for _, a := range res.Assignments {
		fmt.Fprintf(w, "%s %s：%s\n", a.Target, tname[a.Target], strings.Join(a.Inspectors, "、"))
	}
	if err := reg.VerifyDraw(res); err != nil {
		return err
	}
	fmt.Fprintln(w, "复核：按记录的种子与输入重新抽取，检查人员库与执法人员信息库一致，结果一致")
	return nil
}

func poolIDs(p []enforcement.Inspector) string {
	ids := make([]string, len(p))
	for i, in := range p {
		ids[i] = in.ID
	}
	return strings.Join(ids, "、")
}
