package casework

// This file holds the state a time-limit check runs in, shared by the
// checks of reconsideration_limits.go and litigation_limits.go.

import (
	"fmt"
	"sync"

	"github.com/fazhi-go/fazhi/lawgov"
)

// limitsRun is the state of one check or verdict call: the builder of the
// findings, the catalogue, and the record checked, copied so that the
// caller's stays on its stack.
type limitsRun struct {
	b lawgov.ReportBuilder
	// cat is the catalogue, made once per run state and never handed out:
	// a verdict reads the rules' severities from it.
	cat []lawgov.Rule
	// rules are the rules a report cites, each with a basis of its own so
	// that no two reports share one.
	rules [max(rcRules, alRules)]lawgov.Rule
	rc    rcCheck
	al    alCheck
}

// limitsRuns recycles the state of the checks, message space included, so
// that a verdict allocates nothing and a report only its findings, their
// messages and their bases.
var limitsRuns = sync.Pool{New: func() any { return &limitsRun{cat: catalogue()} }}

func getLimitsRun() *limitsRun { return limitsRuns.Get().(*limitsRun) }

// release returns run to the pool, without the record it checked.
func (run *limitsRun) release() {
	run.rc, run.al = rcCheck{}, alCheck{}
	clear(run.rules[:])
	limitsRuns.Put(run)
}

// prepare readies the builder for the n rules of the catalogue from
// position first, and returns them: the catalogue's own for a verdict,
// which cites none, and copies with fresh bases for a report.
func (run *limitsRun) prepare(first, n int, verdictOnly bool) []lawgov.Rule {
	run.b.Reset(n, verdictOnly)
	cat := run.cat[first : first+n]
	if verdictOnly {
		return cat
	}
	total := 0
	for _, r := range cat {
		total += len(r.Basis)
	}
	cites := make([]lawgov.Citation, 0, total)
	rules := run.rules[:n]
	for i, r := range cat {
		at := len(cites)
		cites = append(cites, r.Basis...)
		r.Basis = cites[at:len(cites):len(cites)]
		rules[i] = r
	}
	return rules
}

// finish ends a run about the case id (what: "reconsideration" or
// "litigation"): the verdict into v, or else the report into r, reusing
// r's findings.
func (run *limitsRun) finish(r *lawgov.Report, v *lawgov.Verdict, use *lawgov.ProvisionalUse, id string, asOf lawgov.Date, what string) error {
	if err := run.b.Err(); err != nil {
		return fmt.Errorf("casework: check %s %q: %w", what, id, err)
	}
	if v != nil {
		run.b.NoteProvisional(use)
		*v = run.b.Verdict()
		return nil
	}
	*r = use.Note(lawgov.Report{Subject: id, AsOf: asOf, Findings: run.b.Findings(r.Findings)})
	return nil
}
