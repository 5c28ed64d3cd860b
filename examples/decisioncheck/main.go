// Command decisioncheck checks the record of a major administrative
// decision (重大行政决策) against 重大行政决策程序暂行条例 (国务院令第713号): it
// prints the five-gate summary, whether the draft may go to the meeting and
// whether the decision may be published, and every finding with its
// citation, and exits with status 1 when a rule is violated.
//
// With no argument it checks a bundled complete record; -sample flawed
// checks a bundled record that breaks a dozen rules; a file argument checks
// that JSON record.
//
//	go run ./examples/decisioncheck
//	go run ./examples/decisioncheck -sample flawed
//	go run ./examples/decisioncheck [-asof 2024-12-31] decision.json
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
)

// samples holds the bundled records: complete.json passes every rule,
// flawed.json breaks several.
//
//go:embed samples/*.json
var samples embed.FS

// errViolation is returned by run when the record breaks a rule.
var errViolation = errors.New("decisioncheck: the decision violates the procedure")

const usage = "decisioncheck: usage: decisioncheck [-asof YYYY-MM-DD] [-sample complete|flawed | decision.json]"

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("decisioncheck", flag.ContinueOnError)
	fs.SetOutput(w)
	asOfText := fs.String("asof", "2024-12-31", "as-of date (YYYY-MM-DD)")
	sample := fs.String("sample", "", "bundled record to check: complete or flawed (default complete when no file is given)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	asOf, err := lawgov.ParseDate(*asOfText)
	if err != nil {
		return fmt.Errorf("decisioncheck: -asof: %w", err)
	}
	var data []byte
	var source string
	switch {
	case fs.NArg() > 1, fs.NArg() == 1 && *sample != "":
		return errors.New(usage)
	case fs.NArg() == 1:
		source = fs.Arg(0)
		if data, err = os.ReadFile(source); err != nil {
			return err
		}
	default:
		name := *sample
		if name == "" {
			name = "complete"
		}
		if strings.ContainsAny(name, "/\\.") {
			return fmt.Errorf("decisioncheck: -sample %q: no such sample (complete, flawed)", name)
		}
		if data, err = samples.ReadFile("samples/" + name + ".json"); err != nil {
			return fmt.Errorf("decisioncheck: -sample %q: no such sample (complete, flawed)", name)
		}
		source = "内置示例 " + name
	}
	d, err := decision.ParseDecision(data)
	if ie := (*lawgov.InvalidInputError)(nil); errors.As(err, &ie) {
		// Every problem, in Chinese, with its JSON path.
		return fmt.Errorf("decisioncheck: %s: 决策记录有误：\n  %s", source, strings.Join(ie.Messages("zh"), "\n  "))
	}
	if err != nil {
		return fmt.Errorf("decisioncheck: %s: %w", source, err)
	}
	return report(w, d, asOf)
}

func report(w io.Writer, d decision.Decision, asOf lawgov.Date) error {
	p, cal := decision.National(), lawgov.OfficialCalendar()
	r, err := p.Check(d, asOf, cal)
	if err != nil {
		return err
	}
	s := p.Summarize(d, r)

	fmt.Fprintf(w, "决策：%s（%s）\n", d.Title, d.ID)
	fmt.Fprintf(w, "决策机关：%s（%s，%s）\n", d.Body.Name, d.Body.Level.Label(), s.Applicability.Label())
	fmt.Fprintf(w, "检查日期：%s；依据：%s，%s起施行\n\n", asOf, p.Basis(), p.Effective())
	fmt.Fprintln(w, "五关：")
	for _, g := range s.Gates {
		fails := 0
		for _, f := range g.Findings {
			if f.Outcome == lawgov.Fail {
				fails++
			}
		}
		fmt.Fprintf(w, "  %-6s %s", g.Gate.Label(), g.Status.Label())
		if fails > 0 {
			fmt.Fprintf(w, "（%d项不符合）", fails)
		}
		fmt.Fprintln(w)
	}
	for _, q := range []struct {
		name string
		ask  func(decision.Decision, lawgov.Date, *lawgov.Calendar) (decision.Answer, error)
	}{{"提交讨论", p.CanSubmitForDiscussion}, {"公布", p.CanPublish}} {
		a, err := q.ask(d, asOf, cal)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s：%s\n", q.name, a.Reason)
	}
	fmt.Fprintf(w, "\n检查结果：符合%d项，不符合%d项，不适用%d项\n", r.Count(lawgov.Pass), r.Count(lawgov.Fail), r.Count(lawgov.NotApplicable))
	for _, f := range r.Findings {
		fmt.Fprint(w, f)
		if f.Source != "" && f.Source != p.Name() {
			fmt.Fprintf(w, "（按《%s》判断）", f.Source)
		}
		fmt.Fprintln(w)
	}
	if r.Worst() == lawgov.Violation {
		return errViolation
	}
	return nil
}
