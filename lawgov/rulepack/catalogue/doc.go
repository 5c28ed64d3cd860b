// Package catalogue joins the rule packs to the packages that apply them.
// It lists every rule of every package of the module ([Rules]), builds the
// registry of the shipped packs and of a host's own ([Shipped], [Load]) with
// every reference checked and every pack tried out, and answers "the rules
// of jurisdiction J in force on day D" with a [Rulebook]: the decision
// procedure, document rules, credential rule set, annual-report deadlines,
// assessment scheme and rate definitions of that jurisdiction on that day.
//
// It imports lawgov, casework, decision, enforcement and lawgov/rulepack;
// none of them imports it.
package catalogue
