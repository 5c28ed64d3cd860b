package catalogue

import (
	"errors"
	"fmt"
	"slices"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// Rulebook is what one jurisdiction applies on one day: the Go values built
// from its rule packs in force that day, ready to pass to the checks.
//
// A Rulebook is a value built by [InForce]; its fields are not changed by
// this package. The zero Rulebook is invalid.
type Rulebook struct {
	// Resolved holds the pack values used, each with its pack and citation.
	Resolved *rulepack.Resolved
	// Procedure is the major-decision procedure (decision.ProcedureFrom).
	Procedure decision.Procedure
	// Documents are the normative-document rules (decision.DocumentRulesFrom).
	Documents decision.DocumentRules
	// Credentials is the credential rule set, or nil when the packs set no
	// complete one (enforcement.ErrNoRuleSet); a host then chooses its own.
	Credentials *enforcement.RuleSet
	// Reports are the annual-report deadlines.
	Reports lawgov.AnnualReportConfig
	// Scheme is the assessment scheme, or nil when the packs set none.
	Scheme *lawgov.Scheme
	// Definitions are the rate definitions the packs name, by parameter
	// (rulepack.CorrectionRate, LossRate, AppearanceRate).
	Definitions map[rulepack.Key]casework.Definition
}

// InForce returns the rulebook of jurisdiction j on day on from the packs of
// reg. It fails when j is not loaded or a pack value cannot be applied.
func InForce(reg *rulepack.Registry, j string, on lawgov.Date) (*Rulebook, error) {
	r, err := reg.Resolve(j, on)
	if err != nil {
		return nil, err
	}
	b := &Rulebook{Resolved: r, Documents: decision.DocumentRulesFrom(r), Reports: r.AnnualReportConfig(), Definitions: map[rulepack.Key]casework.Definition{}}
	if b.Procedure, err = decision.ProcedureFrom(r); err != nil {
		return nil, err
	}
	switch b.Credentials, err = enforcement.RuleSetFrom(r); {
	case errors.Is(err, enforcement.ErrNoRuleSet):
		b.Credentials = nil
	case err != nil:
		return nil, err
	}
	b.Scheme, _, _ = r.Scheme()
	for _, k := range []rulepack.Key{rulepack.CorrectionRate, rulepack.LossRate, rulepack.AppearanceRate} {
		d, _, ok, err := casework.DefinitionFrom(r, k)
		if err != nil {
			return nil, err
		}
		if ok {
			b.Definitions[k] = d
		}
	}
	return b, nil
}

// Rules returns the rules in force for the rulebook's jurisdiction and day,
// in the order of [Rules]: each with the citations of the jurisdiction's
// values where its packs set the parameters, without the rules the packs
// switch off. When the packs set no credential rule set, the enforcement
// rules whose basis is a rule-set parameter are left out, since the
// jurisdiction has not said what they are.
func (b *Rulebook) Rules() []lawgov.Rule {
	var enf []lawgov.Rule
	if b.Credentials != nil {
		enf = b.Credentials.Rules()
	} else {
		enf = ruleSetIndependent()
	}
	all := merge(lawgov.Rules(), casework.Rules(), b.Procedure.Rules(), b.Documents.Rules(), decision.Rules(), enf)
	off, _, _ := b.Resolved.RulesOff()
	return slices.DeleteFunc(all, func(r lawgov.Rule) bool { return slices.Contains(off, r.ID) })
}

// ruleSetIndependent returns the enforcement rules whose basis does not
// come from a rule set's parameters: those that stay the same when every
// parameter of the default rule set is cited differently.
func ruleSetIndependent() []lawgov.Rule {
	probe := enforcement.Chibi()
	marker := lawgov.Citation{Instrument: "probe"}
	for _, p := range []*enforcement.PeriodRule{&probe.ChangeReport, &probe.PublicityPenalty, &probe.PublicityOther} {
		p.Basis = marker
	}
	probe.Exams.Basis, probe.Eligibility = marker, marker
	probe.QualificationValidity = enforcement.PeriodRule{Period: lawgov.Years(1), Basis: marker}
	probe.CredentialValidity = probe.QualificationValidity
	probe.AnnualReview = probe.QualificationValidity
	def, moved := enforcement.Rules(), probe.Rules()
	var out []lawgov.Rule
	for i, r := range def {
		if slices.Equal(r.Basis, moved[i].Basis) {
			out = append(out, r)
		}
	}
	return out
}

// Provenance returns the provenance of a result computed with b on
// calendar cal: the jurisdiction's packs, the calendar data version and the
// module version.
func (b *Rulebook) Provenance(cal *lawgov.Calendar) lawgov.Provenance {
	return b.Resolved.Provenance(cal)
}

// Apply returns rep with the rules the packs switch off made not
// applicable and b's provenance on calendar cal recorded
// ([rulepack.Resolved.SwitchOff]).
func (b *Rulebook) Apply(rep lawgov.Report, cal *lawgov.Calendar) lawgov.Report {
	return b.Resolved.SwitchOff(rep, cal)
}

// String names the rulebook: "赤壁市（hb-chibi）2024-06-01".
func (b *Rulebook) String() string {
	return fmt.Sprintf("%s（%s）%s", b.Resolved.Name(), b.Resolved.Jurisdiction(), b.Resolved.On())
}
