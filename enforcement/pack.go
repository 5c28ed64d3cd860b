package enforcement

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// ErrNoRuleSet is returned by RuleSetFrom when a jurisdiction's packs do
// not set a complete credential rule set, as a province's pack that sets
// only the eligibility provision its counties build on.
var ErrNoRuleSet = errors.New("enforcement: the packs set no complete credential rule set")

// RuleSetFrom returns the credential rule set of a jurisdiction's rule pack
// values r, named after the jurisdiction: the change-report period, exam
// rule, eligibility provision and publicity periods (all required), and the
// qualification validity, credential validity and annual review where a
// pack sets them. Each parameter carries the citation of its pack value.
//
// It returns an error wrapping ErrNoRuleSet, naming the parameters
// missing, when a required one is not set, and another error when a value
// is one this version cannot apply (such as an eligible employment type
// other than 公务员 and 在编事业人员).
func RuleSetFrom(r *rulepack.Resolved) (*RuleSet, error) {
	rs := &RuleSet{Name: r.Name()}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("enforcement: rule set from packs of %q on %s: %s", r.Jurisdiction(), r.On(), fmt.Sprintf(format, args...))
	}
	var missing []string
	period := func(k rulepack.Key, required bool) PeriodRule {
		p, a, ok := r.Period(k)
		if !ok {
			if required {
				missing = append(missing, string(k))
			}
			return PeriodRule{}
		}
		return PeriodRule{Period: p, Basis: a.Value.Basis}
	}
	rs.ChangeReport = period(rulepack.EnforcementChangeReport, true)
	if e, a, ok := r.Exams(); ok {
		c, err := ParseConsequence(e.Consequence)
		if err != nil {
			return nil, bad("%v", err)
		}
		rs.Exams = ExamRule{MaxFailures: e.MaxFailures, Consecutive: e.Consecutive, Consequence: c, Basis: a.Value.Basis}
	} else {
		missing = append(missing, string(rulepack.EnforcementExams))
	}
	if codes, a, ok := r.Codes(rulepack.EnforcementEligibleEmployment); ok {
		if want := eligibleCodes(); !sameSet(codes, want) {
			return nil, bad("eligible employment %s: this version admits exactly %s", strings.Join(codes, ", "), strings.Join(want, ", "))
		}
		rs.Eligibility = a.Value.Basis
	} else {
		missing = append(missing, string(rulepack.EnforcementEligibleEmployment))
	}
	rs.PublicityPenalty = period(rulepack.EnforcementPublicityPenalty, true)
	rs.PublicityOther = period(rulepack.EnforcementPublicityOther, true)
	rs.InspectionPublicity = period(rulepack.EnforcementInspectionPublicity, true)
	// 较大数额 (行政处罚法 第六十三条) applies only where a pack sets both figures.
	if c, a, ok := r.Amount(rulepack.EnforcementLargeCitizen); ok {
		if o, _, ok := r.Amount(rulepack.EnforcementLargeOrganisation); ok {
			rs.LargeAmount = FineLimits{Citizen: c, Organisation: o, Basis: a.Value.Basis}
		}
	}
	rs.QualificationValidity = period(rulepack.EnforcementQualificationValidity, false)
	rs.CredentialValidity = period(rulepack.EnforcementCredentialValidity, false)
	rs.AnnualReview = period(rulepack.EnforcementAnnualReview, false)
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: jurisdiction %q on %s: no value for %s", ErrNoRuleSet, r.Jurisdiction(), r.On(), strings.Join(missing, ", "))
	}
	if err := rs.Validate(); err != nil {
		return nil, bad("%v", err)
	}
	return rs, nil
}

// eligibleCodes lists the codes of the employment types that may hold a
// credential in this version ([EmploymentType.Eligible]).
func eligibleCodes() []string {
	var out []string
	for t := EmploymentType(1); t.IsValid(); t++ {
		if t.Eligible() {
			out = append(out, t.String())
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
