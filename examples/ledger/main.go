// Command ledger imports the task decomposition table of the 赤壁市 2019 work
// points (赤政发〔2019〕7号), replays the progress reports of
// chibi-2019-events.json and prints the countdown ledger (倒计时工作台账) as
// of a date, then the overdue list. The tables are embedded, so it runs from
// any directory with no arguments.
//
//	go run ./examples/ledger [-asof 2019-10-15] [-in 任务分解表.xlsx] [-units units.csv]
//	                         [-o 台账.xlsx] [-remind N]
//
// -in imports your own task table (.xlsx or .csv, UTF-8 or GB18030) instead
// of the embedded one; its units must be in the embedded 赤壁 directory or
// in -units. -o writes the ledger as a workbook (or as CSV when the name
// ends in .csv). -remind N prints the reminder notices (催办通知) of the
// units with tasks overdue or due within N working days.
package main

import (
	"bytes"
	_ "embed"
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

var (
	//go:embed data/chibi-2019-units.csv
	unitsCSV []byte
	//go:embed data/chibi-2019-tasks.xlsx
	tasksXLSX []byte
	//go:embed data/chibi-2019-events.json
	eventsJSON []byte
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
	asOfFlag := fs.String("asof", "2019-10-15", "the ledger date")
	in := fs.String("in", "", "a task table to import (.xlsx or .csv) instead of the embedded one")
	unitsFile := fs.String("units", "", "the units of -in, as CSV (id,name,kind,level,parent,aliases)")
	out := fs.String("o", "", "write the ledger to this .xlsx (or .csv) file")
	remind := fs.Int("remind", -1, "print the reminders of tasks overdue or due within N working days")
	if err := fs.Parse(args); err != nil {
		return err
	}
	asOf, err := lawgov.ParseDate(*asOfFlag)
	if err != nil {
		return err
	}
	units, err := readUnits(*unitsFile)
	if err != nil {
		return err
	}
	dir, err := lawgov.NewDirectory(units)
	if err != nil {
		return err
	}
	meta := lawgov.Plan{Year: 2019, Issuer: "赤壁市人民政府", Document: "赤政发〔2019〕7号",
		Title: "赤壁市2019年推进依法行政建设法治政府工作要点", Date: lawgov.MustDate(2019, 7, 5)}
	table, opt := tasksXLSX, tasktable.Options{File: "chibi-2019-tasks.xlsx"}
	if *in != "" {
		if table, err = os.ReadFile(*in); err != nil {
			return err
		}
		opt.File = filepath.Base(*in)
	}
	res, err := tasktable.Read(bytes.NewReader(table), meta, dir, opt)
	if err != nil {
		return err
	}
	plan := res.Plan
	l, err := lawgov.NewLedger(plan, dir, lawgov.LedgerConfig{})
	if err != nil {
		return err
	}
	if *in == "" {
		var events []lawgov.Event
		if err := json.Unmarshal(eventsJSON, &events); err != nil {
			return fmt.Errorf("ledger: read events: %w", err)
		}
		if err := l.Apply(events...); err != nil {
			return err
		}
	}
	if *out != "" {
		if err := writeLedger(*out, l, asOf); err != nil {
			return err
		}
		fmt.Fprintf(w, "台账已写入 %s\n\n", filepath.Base(*out))
	}
	if *remind >= 0 {
		return printReminders(w, l, asOf, *remind)
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

// readUnits reads the units of file, or the embedded 赤壁 directory.
func readUnits(file string) ([]lawgov.Unit, error) {
	if file == "" {
		return tasktable.ReadUnits(bytes.NewReader(unitsCSV), tasktable.Options{File: "chibi-2019-units.csv"})
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tasktable.ReadUnits(f, tasktable.Options{File: filepath.Base(file)})
}

// writeLedger writes the ledger as XLSX, or as CSV when name ends in .csv,
// replacing the file only once it is complete.
func writeLedger(name string, l *lawgov.Ledger, asOf lawgov.Date) error {
	var buf bytes.Buffer
	var err error
	if strings.EqualFold(filepath.Ext(name), ".csv") {
		err = tasktable.WriteCSV(&buf, l, asOf, tasktable.EncodingUTF8)
	} else {
		err = tasktable.WriteXLSX(&buf, l, asOf)
	}
	if err != nil {
		return err
	}
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}

// printReminders prints the reminder notice of every unit with tasks
// overdue or due within n working days.
func printReminders(w io.Writer, l *lawgov.Ledger, asOf lawgov.Date, n int) error {
	rems, err := l.Reminders(asOf, n)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "催办通知（截至 %s，逾期或%d个工作日内到期，%d个单位）\n", asOf, n, len(rems))
	for _, r := range rems {
		fmt.Fprintf(w, "\n%s", r.Notice(l.Plan()))
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
