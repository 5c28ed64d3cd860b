package lawgov

import (
	"fmt"
	"slices"
)

// RuleID identifies a rule. IDs are stable and never reused, in the form
// "<package>.<rule>", e.g. "decision.legality-review".
type RuleID string

// Rule is one checkable legal requirement: a stable ID, a Chinese title, the
// provisions it comes from and the severity of a failure.
//
// The zero Rule is invalid. Rules are values; the finding builders Pass,
// Fail and NotApplicable copy the rule's basis into each finding.
type Rule struct {
	ID       RuleID     `json:"id"`
	Title    string     `json:"title"`    // Chinese, e.g. "合法性审查"
	Basis    []Citation `json:"basis"`    // never empty
	Severity Severity   `json:"severity"` // severity of a failure
}

// Validate reports whether r has an ID, a title, a valid severity and at
// least one valid citation.
func (r Rule) Validate() error {
	switch {
	case r.ID == "":
		return fmt.Errorf("lawgov: rule %q: empty ID", r.Title)
	case r.Title == "":
		return fmt.Errorf("lawgov: rule %q: empty title", r.ID)
	case !r.Severity.IsValid():
		return fmt.Errorf("lawgov: rule %q: invalid severity", r.ID)
	case len(r.Basis) == 0:
		return fmt.Errorf("lawgov: rule %q: no basis", r.ID)
	}
	for i, c := range r.Basis {
		if !c.IsValid() {
			return fmt.Errorf("lawgov: rule %q: basis %d is not a valid citation", r.ID, i)
		}
	}
	return nil
}

// Pass returns a passing finding of r about subject, with message stating
// the facts compared.
func (r Rule) Pass(subject, message string) Finding {
	return Finding{Rule: r.ID, Title: r.Title, Outcome: Pass, Severity: Notice, Subject: subject, Message: message, Basis: r.Basis}
}

// Fail returns a failing finding of r, with r's severity.
func (r Rule) Fail(subject, message string) Finding {
	return Finding{Rule: r.ID, Title: r.Title, Outcome: Fail, Severity: r.Severity, Subject: subject, Message: message, Basis: r.Basis}
}

// FailWith returns a failing finding of r with severity s instead of r's
// own, for rules whose seriousness depends on the facts.
func (r Rule) FailWith(s Severity, subject, message string) Finding {
	f := r.Fail(subject, message)
	f.Severity = s
	return f
}

// NotApplicable returns a finding saying that r does not apply, and why.
func (r Rule) NotApplicable(subject, message string) Finding {
	return Finding{Rule: r.ID, Title: r.Title, Outcome: NotApplicable, Severity: Notice, Subject: subject, Message: message, Basis: r.Basis}
}

// Finding is the result of applying one rule to one subject, in the manner
// of go/analysis Diagnostic: what was checked, what was found, the facts
// compared and the legal basis. Passes and non-applicable outcomes are
// findings too, so a report explains everything it checked.
//
// The zero Finding is invalid. The Basis slice is shared with the rule that
// produced it and must not be modified.
type Finding struct {
	Rule     RuleID     `json:"rule"`
	Title    string     `json:"title"` // the rule's Chinese title
	Outcome  Outcome    `json:"outcome"`
	Severity Severity   `json:"severity"`
	Subject  string     `json:"subject,omitempty"` // what was checked, e.g. a case or task ID
	Message  string     `json:"message"`           // Chinese; states the facts compared
	Basis    []Citation `json:"basis"`             // never empty
	// Source names the rule set that judged the subject when a package
	// keeps several in force over time, e.g. the decision procedure in
	// force on the date of the step a rule looks at; empty otherwise.
	Source string `json:"source,omitempty"`
}

// String renders the finding on one line in Chinese:
// "[违规] 合法性审查（decision.legality-review）：… 依据：《…》第二十五条".
func (f Finding) String() string {
	s := "[" + f.Outcome.Label()
	if f.Outcome == Fail {
		s += "·" + f.Severity.Label()
	}
	s += "] " + f.Title + "（" + string(f.Rule) + "）"
	if f.Subject != "" {
		s += " " + f.Subject
	}
	s += "：" + f.Message
	if len(f.Basis) > 0 {
		s += " 依据：" + JoinCitations(f.Basis)
	}
	return s
}

// Report is the ordered list of findings from one check run. Checks append
// findings in their catalogue order, so a report is deterministic.
//
// The zero Report has no findings and is OK.
type Report struct {
	Subject  string    `json:"subject,omitempty"`
	AsOf     Date      `json:"as_of"`
	Findings []Finding `json:"findings"`
	// Provenance records the rule packs, calendar data and module version
	// the report was computed with; nil when the caller attached none.
	Provenance *Provenance `json:"provenance,omitempty"`
}

// OK reports whether no finding failed.
func (r Report) OK() bool {
	for _, f := range r.Findings {
		if f.Outcome == Fail {
			return false
		}
	}
	return true
}

// Failures returns the failing findings in report order.
func (r Report) Failures() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Outcome == Fail {
			out = append(out, f)
		}
	}
	return out
}

// Worst returns the highest severity among failing findings, or
// SeverityUnspecified when nothing failed.
func (r Report) Worst() Severity {
	var w Severity
	for _, f := range r.Findings {
		if f.Outcome == Fail && f.Severity > w {
			w = f.Severity
		}
	}
	return w
}

// Find returns the findings of rule id, in report order.
func (r Report) Find(id RuleID) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Rule == id {
			out = append(out, f)
		}
	}
	return out
}

// Count returns how many findings have outcome o.
func (r Report) Count(o Outcome) int {
	n := 0
	for _, f := range r.Findings {
		if f.Outcome == o {
			n++
		}
	}
	return n
}

// Sorted returns a copy of r whose findings are ordered by subject, then by
// the position of their rule in order (rules not in order go last, by ID).
// Checks already emit catalogue order; Sorted is for reports merged from
// several checks.
func (r Report) Sorted(order []RuleID) Report {
	pos := make(map[RuleID]int, len(order))
	for i, id := range order {
		pos[id] = i
	}
	rank := func(id RuleID) int {
		if p, ok := pos[id]; ok {
			return p
		}
		return len(order)
	}
	fs := slices.Clone(r.Findings)
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.Subject != b.Subject {
			if a.Subject < b.Subject {
				return -1
			}
			return 1
		}
		if ra, rb := rank(a.Rule), rank(b.Rule); ra != rb {
			return ra - rb
		}
		if a.Rule < b.Rule {
			return -1
		} else if a.Rule > b.Rule {
			return 1
		}
		return 0
	})
	r.Findings = fs
	return r
}
