package decision

import "github.com/fazhi-go/fazhi/lawgov"

// Rules returns the catalogue of the package's rules: the national decision
// procedure (National), the document rules with default parameters
// (DocumentRules), and the rules of UsableAsBasis and CheckAnnualList. The
// slice is a fresh copy.
func Rules() []lawgov.Rule {
	out := National().Rules()
	out = append(out, DocumentRules{}.Rules()...)
	return append(out, usableRule, annualListRule)
}
