package decision

import (
	"fmt"
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// ProcedureFrom returns the major-decision procedure of a jurisdiction's
// rule pack values r: [National] with the comment period, review time,
// hearing notice and majority base of r where they differ from the
// national ones or rest on another provision, each such value's citation
// added to its rule. When r changes nothing, the result is National itself.
//
// The derived procedure is named after the jurisdiction (「赤壁市重大行政决策程序」),
// laid down by the first instrument of the jurisdiction's own pack (or the
// first changed value's basis), and effective from the latest from date of
// the values changed.
func ProcedureFrom(r *rulepack.Resolved) (Procedure, error) {
	nat := National()
	rules := nat.Rules()
	cited := func(id lawgov.RuleID, c lawgov.Citation) bool {
		for _, rule := range rules {
			if rule.ID == id {
				return slices.Contains(rule.Basis, c)
			}
		}
		return false
	}
	var (
		opts    []Option
		changed []rulepack.Applied
	)
	days := []struct {
		key  rulepack.Key
		cur  int
		rule lawgov.RuleID
		opt  func(int, lawgov.Citation) Option
	}{
		{rulepack.DecisionCommentDays, nat.CommentDays(), RuleCommentPeriod, CommentDays},
		{rulepack.DecisionReviewDays, nat.ReviewDays(), RuleReviewTime, ReviewDays},
		{rulepack.DecisionHearingNoticeDays, nat.HearingNoticeDays(), RuleHearing, HearingNoticeDays},
	}
	for _, d := range days {
		n, a, ok := r.Int(d.key)
		if ok && (n != d.cur || !cited(d.rule, a.Value.Basis)) {
			opts = append(opts, d.opt(n, a.Value.Basis))
			changed = append(changed, a)
		}
	}
	if code, a, ok := r.Text(rulepack.DecisionMajority); ok {
		m, err := ParseMajorityBase(code)
		if err != nil {
			return Procedure{}, fmt.Errorf("decision: procedure from pack %q: %w", a.Pack.ID, err)
		}
		if m != nat.Majority() || !cited(RuleMajorityReason, a.Value.Basis) {
			opts = append(opts, MajorityOf(m, a.Value.Basis))
			changed = append(changed, a)
		}
	}
	if len(opts) == 0 {
		return nat, nil
	}
	basis := changed[0].Value.Basis
	if ins := r.Instruments(); len(ins) > 0 {
		basis = ins[0]
	}
	effective := nat.Effective()
	for _, a := range changed {
		if a.Value.From.After(effective) {
			effective = a.Value.From
		}
	}
	return nat.Derive(r.Name()+"重大行政决策程序", basis, effective, opts...)
}

// ProcedureFor returns the procedure that applies to decision d in
// jurisdiction j under the packs of reg, each parameter taken as in force
// on the day of the event its rule looks at: the comment period on the day
// the call for comments was published (第十五条), the review time on the day
// the draft was sent for legality review (第二十六条第二款), the hearing notice
// on the day of the hearing (第十六条), the majority base on the day of the
// meeting (第三十条第二款). A step not yet taken is judged by the values in
// force on asOf. It also returns the resolved values, for the provenance of
// the report.
func ProcedureFor(reg *rulepack.Registry, j string, d Decision, asOf lawgov.Date) (Procedure, *rulepack.Resolved, error) {
	at := map[rulepack.Key]lawgov.Date{}
	if d.Participation != nil {
		at[rulepack.DecisionCommentDays] = d.Participation.CallPublished
	}
	if d.Review != nil {
		at[rulepack.DecisionReviewDays] = d.Review.Submitted
	}
	if d.Hearing != nil {
		at[rulepack.DecisionHearingNoticeDays] = d.Hearing.Held
	}
	if d.Discussion != nil {
		at[rulepack.DecisionMajority] = d.Discussion.Held
	}
	r, err := reg.ResolveAt(j, asOf, at)
	if err != nil {
		return Procedure{}, nil, err
	}
	p, err := ProcedureFrom(r)
	return p, r, err
}

// The defaults of DocumentRules, which DocumentRulesFrom leaves at zero when
// a pack restates them.
const (
	defaultCommentWorkdays      = 7
	defaultMarketCommentDays    = 30
	defaultThirdElement         = "印发"
	defaultRuleCommencementDays = 30
)

// DocumentRulesFrom returns the normative-document rules of a
// jurisdiction's rule pack values r. A value equal to the default leaves
// its field zero, so the national values give the zero DocumentRules; the
// third element of 三统一 and the filing deadline carry their pack
// citations.
func DocumentRulesFrom(r *rulepack.Resolved) DocumentRules {
	var dr DocumentRules
	if n, _, ok := r.Int(rulepack.DocumentCommentWorkdays); ok && n != defaultCommentWorkdays {
		dr.CommentWorkdays = n
	}
	if n, _, ok := r.Int(rulepack.DocumentMarketCommentDays); ok && n != defaultMarketCommentDays {
		dr.MarketCommentDays = n
	}
	if n, _, ok := r.Int(rulepack.DocumentRuleCommencementDays); ok && n != defaultRuleCommencementDays {
		dr.RuleCommencementDays = n
	}
	if s, a, ok := r.Text(rulepack.DocumentThirdElement); ok && (s != defaultThirdElement || a.Value.Basis != notice37) {
		dr.ThirdElement, dr.ThirdElementBasis = s, a.Value.Basis
	}
	if p, a, ok := r.Period(rulepack.DocumentFilingDeadline); ok {
		dr.FilingDeadline, dr.FilingBasis = p, a.Value.Basis
	}
	return dr
}
