package catalogue

import (
	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// Rules returns every rule of every package with its default parameters:
// lawgov, casework, decision (the national procedure and the document
// rules), enforcement (the default rule set), in that order, each ID once.
// Each rule has its ID, Chinese title, basis as citations and severity, the
// JSON form `{"id", "title", "basis", "severity"}`. The result is new on
// every call.
func Rules() []lawgov.Rule {
	return merge(lawgov.Rules(), casework.Rules(), decision.Rules(), enforcement.Rules())
}

// merge concatenates rule lists, keeping the first rule of each ID.
func merge(lists ...[]lawgov.Rule) []lawgov.Rule {
	seen := map[lawgov.RuleID]bool{}
	var out []lawgov.Rule
	for _, l := range lists {
		for _, r := range l {
			if !seen[r.ID] {
				seen[r.ID] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// IDs returns the catalogue a [rulepack.Registry] checks references
// against: the IDs of every rule and every shipped rate definition.
func IDs() rulepack.Catalogue {
	var c rulepack.Catalogue
	for _, r := range Rules() {
		c.Rules = append(c.Rules, r.ID)
	}
	for _, d := range casework.Definitions() {
		c.Definitions = append(c.Definitions, d.ID)
	}
	return c
}
