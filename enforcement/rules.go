package enforcement

import "github.com/fazhi-go/fazhi/lawgov"

var (
	penalty  = lawgov.AdministrativePenaltyLaw
	coercion = lawgov.AdministrativeCoercionLaw
)

// Rules whose basis does not depend on the rule set.
var (
	ruleQualification = lawgov.Rule{ID: "enforcement.qualification", Title: "培训考试合格、持证上岗",
		Basis: []lawgov.Citation{chibi, henan.Art(21), penalty.Art(42)}, Severity: lawgov.Violation}
	ruleRemoval = lawgov.Rule{ID: "enforcement.removal", Title: "清除出执法人员信息库",
		Basis: []lawgov.Citation{chibi}, Severity: lawgov.Violation}
	ruleSanction = lawgov.Rule{ID: "enforcement.credential-sanction", Title: "执法证暂扣、吊销、注销",
		Basis: []lawgov.Citation{henan.Art(42), henan.Art(45)}, Severity: lawgov.Violation}
	ruleCoverage = lawgov.Rule{ID: "enforcement.credential-coverage", Title: "执法证载明的领域和区域",
		Basis: []lawgov.Citation{penalty.Art(42), guangdongCard.Art(5)}, Severity: lawgov.Violation}

	ruleTwoOfficers = lawgov.Rule{ID: "enforcement.two-officers", Title: "执法人员不得少于两人",
		Basis: []lawgov.Citation{penalty.Art(42)}, Severity: lawgov.Violation}
	ruleOfficerAuthority = lawgov.Rule{ID: "enforcement.officer-authority", Title: "执法人员具有执法资格",
		Basis: []lawgov.Citation{penalty.Art(42), chibi}, Severity: lawgov.Violation}
	ruleCredentialShown = lawgov.Rule{ID: "enforcement.credential-shown", Title: "主动出示执法证件",
		Basis: []lawgov.Citation{penalty.Art(55), penalty.Art(52), coercion.Cite(18, 0, 3)}, Severity: lawgov.Violation}
	ruleLegalReview = lawgov.Rule{ID: "enforcement.legal-review", Title: "重大执法决定法制审核",
		Basis: []lawgov.Citation{penalty.Cite(58, 1, 0)}, Severity: lawgov.Violation}
	ruleReviewer = lawgov.Rule{ID: "enforcement.reviewer-qualification", Title: "法制审核人员取得法律职业资格",
		Basis: []lawgov.Citation{penalty.Cite(58, 2, 0)}, Severity: lawgov.Violation}
	ruleDecisionDeadline = lawgov.Rule{ID: "enforcement.decision-deadline", Title: "立案之日起九十日内作出决定",
		Basis: []lawgov.Citation{penalty.Art(60)}, Severity: lawgov.Violation}
	ruleRecords = lawgov.Rule{ID: "enforcement.full-process-record", Title: "执法全过程记录",
		Basis: []lawgov.Citation{penalty.Art(47)}, Severity: lawgov.Violation}
	ruleLimitation = lawgov.Rule{ID: "enforcement.limitation", Title: "行政处罚追责时效",
		Basis: []lawgov.Citation{penalty.Art(36)}, Severity: lawgov.Violation}
	ruleNoPenalty = lawgov.Rule{ID: "enforcement.no-penalty", Title: "不予行政处罚",
		Basis: []lawgov.Citation{penalty.Cite(33, 1, 0), penalty.Cite(33, 2, 0)}, Severity: lawgov.Violation}
	ruleEducation = lawgov.Rule{ID: "enforcement.education", Title: "不予处罚应当进行教育",
		Basis: []lawgov.Citation{penalty.Cite(33, 3, 0)}, Severity: lawgov.Violation}
)

// Rules of a rule set whose basis is the rule set's parameter.
func (rs *RuleSet) ruleEligibility() lawgov.Rule {
	return lawgov.Rule{ID: "enforcement.eligibility", Title: "执法人员用工性质",
		Basis: []lawgov.Citation{rs.Eligibility}, Severity: lawgov.Violation}
}

func (rs *RuleSet) ruleExamFailures() lawgov.Rule {
	return lawgov.Rule{ID: "enforcement.exam-failures", Title: "考试不合格次数",
		Basis: []lawgov.Citation{rs.Exams.Basis}, Severity: lawgov.Violation}
}

func (rs *RuleSet) ruleChangeReport() lawgov.Rule {
	return lawgov.Rule{ID: "enforcement.change-report", Title: "执法证登载信息变更报告",
		Basis: []lawgov.Citation{rs.ChangeReport.Basis}, Severity: lawgov.Violation}
}

// ruleLateReport records a change reported after its period: the report
// ends the overdue state, the lateness stays on the record (a warning).
func (rs *RuleSet) ruleLateReport() lawgov.Rule {
	return lawgov.Rule{ID: "enforcement.change-report-late", Title: "执法证登载信息变更逾期报告",
		Basis: []lawgov.Citation{rs.ChangeReport.Basis}, Severity: lawgov.Warning}
}

func (rs *RuleSet) ruleQualificationValidity() lawgov.Rule {
	return lawgov.Rule{ID: "enforcement.qualification-validity", Title: "执法资格有效期",
		Basis: basisOr(rs.QualificationValidity.Basis, zhejiang.Art(28)), Severity: lawgov.Violation}
}

func (rs *RuleSet) ruleCredentialValidity() lawgov.Rule {
	b := []lawgov.Citation{penalty.Art(42)}
	if !rs.CredentialValidity.IsZero() {
		b = append(b, rs.CredentialValidity.Basis)
	}
	return lawgov.Rule{ID: "enforcement.credential-validity", Title: "执法证有效期", Basis: b, Severity: lawgov.Violation}
}

func (rs *RuleSet) ruleAnnualReview() lawgov.Rule {
	return lawgov.Rule{ID: "enforcement.annual-review", Title: "执法证年审",
		Basis: basisOr(rs.AnnualReview.Basis, penalty.Art(42)), Severity: lawgov.Violation}
}

func (rs *RuleSet) rulePublicity() lawgov.Rule {
	b := []lawgov.Citation{rs.PublicityPenalty.Basis}
	if rs.PublicityOther.Basis != rs.PublicityPenalty.Basis {
		b = append(b, rs.PublicityOther.Basis)
	}
	return lawgov.Rule{ID: "enforcement.publicity", Title: "执法决定信息公开", Basis: b, Severity: lawgov.Violation}
}

func basisOr(c, def lawgov.Citation) []lawgov.Citation {
	if c.IsZero() {
		return []lawgov.Citation{def}
	}
	return []lawgov.Citation{c}
}

// The positions of the action rules: the order in which [Check] reports
// them and a [Verdict] holds them ([ActionRules]).
const (
	posTwoOfficers = iota
	posCoercionTwoOfficers
	posOfficerAuthority
	posCredentialShown
	posCoercionDelegation
	posCoercionApproval
	posCoercionUrgent
	posCoercionRecord
	posCoercionNotice
	posSeizurePeriod
	posSimpleProcedure
	posLegalReview
	posReviewer
	posCollective
	posHearingRights
	posHearingTiming
	posPreservation
	posDecisionDeadline
	posService
	posPublicity
	posDisclosure
	posWithdrawal
	posRecords
	posLimitation
	posNoPenalty
	posEducation
	posInvalidity
	posRandomInspection
	posInspectionPublicity
	numActionRules
)

// actionRules are the action rules of a rule set by position, built once
// per registry so that checks do not build their bases per call.
type actionRules [numActionRules]lawgov.Rule

func (rs *RuleSet) actionRules() *actionRules {
	return &actionRules{
		posTwoOfficers: ruleTwoOfficers, posCoercionTwoOfficers: ruleCoercionTwoOfficers,
		posOfficerAuthority: ruleOfficerAuthority, posCredentialShown: ruleCredentialShown,
		posCoercionDelegation: ruleCoercionDelegation, posCoercionApproval: ruleCoercionApproval,
		posCoercionUrgent: ruleCoercionUrgent, posCoercionRecord: ruleCoercionRecord,
		posCoercionNotice: ruleCoercionNotice, posSeizurePeriod: ruleSeizurePeriod,
		posSimpleProcedure: rs.ruleSimpleProcedure(), posLegalReview: ruleLegalReview, posReviewer: ruleReviewer,
		posCollective: ruleCollective, posHearingRights: rs.ruleHearingRights(), posHearingTiming: ruleHearingTiming,
		posPreservation: rulePreservation, posDecisionDeadline: ruleDecisionDeadline, posService: ruleService,
		posPublicity: rs.rulePublicity(), posDisclosure: ruleDisclosure, posWithdrawal: ruleWithdrawal,
		posRecords: ruleRecords, posLimitation: ruleLimitation, posNoPenalty: ruleNoPenalty,
		posEducation: ruleEducation, posInvalidity: ruleInvalidity,
		posRandomInspection: ruleRandomInspection, posInspectionPublicity: rs.ruleInspectionPublicity(),
	}
}

// Rules returns the rule catalogue of rs in the order checks report them:
// the officer rules, then the action rules ([ActionRules]). Rule-set
// parameters supply the basis of the rules they set.
func (rs *RuleSet) Rules() []lawgov.Rule {
	return append([]lawgov.Rule{
		rs.ruleEligibility(), ruleQualification, rs.ruleExamFailures(), ruleRemoval, rs.ruleQualificationValidity(),
		rs.ruleCredentialValidity(), rs.ruleAnnualReview(), ruleSanction, rs.ruleChangeReport(), rs.ruleLateReport(), ruleCoverage,
	}, rs.actionRules()[:]...)
}

// Rules returns the catalogue of the default rule set ([Chibi]). The slice is
// new on every call.
func Rules() []lawgov.Rule { return Chibi().Rules() }

// ActionRules returns the IDs of the action rules in the order [Check]
// reports them, the last rules of [Rules]: position i of a [Verdict] is
// the outcome of rule ActionRules()[i], and
// lawgov.VerdictOf(report, ActionRules()) folds a report of Check into
// the verdict of the same action. The order is the same for every rule
// set. The slice is new on every call.
func ActionRules() []lawgov.RuleID {
	rules := Chibi().actionRules()
	ids := make([]lawgov.RuleID, len(rules))
	for i := range rules {
		ids[i] = rules[i].ID
	}
	return ids
}
