// Command decisioncheck reads the record of a major administrative decision
// (重大行政决策) as JSON, checks it against 重大行政决策程序暂行条例
// (国务院令第713号), prints the five-gate summary and every finding with its
// citation, and exits with status 1 when a rule is violated.
//
//	go run ./examples/decisioncheck [-asof 2024-12-31] decision.json
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
)

// errViolation is returned by run when the record breaks a rule.
var errViolation = errors.New("decisioncheck: the decision violates the procedure")

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
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("decisioncheck: usage: decisioncheck [-asof YYYY-MM-DD] decision.json")
	}
	asOf, err := lawgov.ParseDate(*asOfText)
	if err != nil {
		return fmt.Errorf("decisioncheck: -asof: %w", err)
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	d, err := decision.ParseDecision(data)
	if err != nil {
		return err
	}
	p := decision.National()
	r, err := p.Check(d, asOf, lawgov.OfficialCalendar())
	if err != nil {
		return err
	}
	s := p.Summarize(d, r)

	fmt.Fprintf(w, "决策：%s（%s）\n", d.Title, d.ID)
	fmt.Fprintf(w, "决策机关：%s（%s，%s）\n", d.Body.Name, d.Body.Level.Label(), s.Applicability.Label())
	fmt.Fprintf(w, "检查日期：%s；依据：%s\n\n", asOf, p.Basis())
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
		a, err := q.ask(d, asOf, lawgov.OfficialCalendar())
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s：%s\n", q.name, a.Reason)
	}
	fmt.Fprintf(w, "\n检查结果：符合%d项，不符合%d项，不适用%d项\n", r.Count(lawgov.Pass), r.Count(lawgov.Fail), r.Count(lawgov.NotApplicable))
	for _, f := range r.Findings {
		fmt.Fprintln(w, f)
	}
	if r.Worst() == lawgov.Violation {
		return errViolation
	}
	return nil
}
