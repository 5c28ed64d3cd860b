// Command ledger imports the task decomposition table of the 赤壁市 2019 work
// points (赤政发〔2019〕7号), replays the progress reports of
// chibi-2019-events.json and prints the countdown ledger (倒计时工作台账) as
// of a date, then the overdue list.
//
//	go run ./examples/ledger [-data lawgov/testdata/plans] [-asof 2019-10-15]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("ledger", flag.ContinueOnError)
	fs.SetOutput(w)
	data := fs.String("data", filepath.Join("lawgov", "testdata", "plans"), "directory holding the 赤壁 2019 tables")
	asOfFlag := fs.String("asof", "2019-10-15", "the ledger date")
	if err := fs.Parse(args); err != nil {
		return err
	}
	asOf, err := lawgov.ParseDate(*asOfFlag)
	if err != nil {
		return err
	}
	uf, err := os.Open(filepath.Join(*data, "chibi-2019-units.csv"))
	if err != nil {
		return err
	}
	defer uf.Close()
	units, err := tasktable.ReadUnits(uf, tasktable.Options{})
	if err != nil {
		return err
	}
	dir, err := lawgov.NewDirectory(units)
	if err != nil {
		return err
	}
	tf, err := os.Open(filepath.Join(*data, "..", "..", "tasktable", "testdata", "chibi-2019-tasks.xlsx"))
	if err != nil {
		return err
	}
	defer tf.Close()
	meta := lawgov.Plan{Year: 2019, Issuer: "赤壁市人民政府", Document: "赤政发〔2019〕7号",
		Title: "赤壁市2019年推进依法行政建设法治政府工作要点", Date: lawgov.MustDate(2019, 7, 5)}
	res, err := tasktable.ReadXLSX(tf, meta, dir, tasktable.Options{})
	if err != nil {
		return err
	}
	plan := res.Plan
	l, err := lawgov.NewLedger(plan, dir, lawgov.LedgerConfig{})
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(filepath.Join(*data, "chibi-2019-events.json"))
	if err != nil {
		return err
	}
	var events []lawgov.Event
	if err := json.Unmarshal(raw, &events); err != nil {
		return fmt.Errorf("ledger: read events: %w", err)
	}
	if err := l.Apply(events...); err != nil {
		return err
	}
	states, err := l.Tasks(asOf)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s（%s）倒计时工作台账，截至 %s\n\n", plan.Title, plan.Document, asOf)
	rows := [][]string{{"序号", "牵头单位", "完成时限", "到期日", "状态", "倒计时", "数量要求"}}
	for i, st := range states {
		t := plan.Tasks[i]
		due := "—"
		if !st.Due.IsZero() {
			due = st.Due.String()
		}
		quota := ""
		if !t.Quota.IsZero() {
			quota = fmt.Sprintf("%s：已报%d", t.Quota, st.Count)
			if st.Short > 0 {
				quota += fmt.Sprintf("，差%d", st.Short)
			}
		}
		rows = append(rows, []string{t.ID, dir.Name(t.Lead), t.Deadline.String(), due, st.Status.Label(), st.Countdown(), quota})
	}
	writeTable(w, rows)
	c, err := l.Completion(asOf)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n完成率：%s（%s，长期坚持事项不计）\n", c.Overall.Format(2, lawgov.HalfUp), c.Overall)
	over, err := l.Overdue(asOf)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n逾期事项（%d项）：\n", len(over))
	for _, f := range over {
		fmt.Fprintf(w, "%s %s\n  依据：%s\n", f.Subject, f.Message, f.Basis[0])
	}
	return nil
}

// writeTable prints rows with columns aligned by display width: Han
// characters and full-width forms take two columns.
func writeTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], width(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-width(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// width returns the display width of s in a terminal.
func width(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r),
			r >= 0x3000 && r <= 0x303F, // CJK punctuation: 、。〔〕
			r >= 0xFF01 && r <= 0xFF60, // full-width forms: （）：，
			r == 0x201C || r == 0x201D: // curly quotes “” render wide in CJK fonts
			n += 2
		default:
			n++
		}
	}
	return n
}
