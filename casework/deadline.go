package casework

// This file holds the catalogue of time-limit and appearance rules and the
// options of the checks; the checks themselves are in
// reconsideration_limits.go and litigation_limits.go.

import (
	"fmt"
	"slices"
	"sync"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// The IDs of the rules of [CheckReconsideration] and [CheckLitigation], in
// catalogue order. IDs are stable and never reused; [LookupRule] returns the
// rule with its title, basis and severity.
const (
	RuleApplicationWindow        lawgov.RuleID = "casework.application-window"         // 行政复议申请期限, 第二十条
	RuleApplicationCap           lawgov.RuleID = "casework.application-cap"            // 行政复议申请最长期限, 第二十一条
	RuleCorrectionNotice         lawgov.RuleID = "casework.correction-notice"          // 补正通知期限, 第三十一条
	RuleCorrectionPeriod         lawgov.RuleID = "casework.correction-period"          // 补正期限与视为放弃, 第三十一条
	RuleAcceptanceReview         lawgov.RuleID = "casework.acceptance-review"          // 受理审查期限, 第三十条
	RuleCopyToRespondent         lawgov.RuleID = "casework.copy-to-respondent"         // 发送申请书副本期限, 第四十八条
	RuleRespondentReply          lawgov.RuleID = "casework.respondent-reply"           // 被申请人答复期限, 第四十八条
	RuleDecisionPeriod           lawgov.RuleID = "casework.decision-period"            // 行政复议决定期限, 第六十二条
	RuleSuspensionTermination    lawgov.RuleID = "casework.suspension-termination"     // 中止满六十日终止, 第四十一条第（五）项
	RuleOpinionReport            lawgov.RuleID = "casework.opinion-report"             // 行政复议意见书办理期限, 第七十六条
	RuleTrialPeriod              lawgov.RuleID = "casework.trial-period"               // 行政诉讼审理期限, 行政诉讼法 第八十一、八十三、八十八条
	RuleSuitAfterReconsideration lawgov.RuleID = "casework.suit-after-reconsideration" // 复议后起诉期限, 行政诉讼法 第四十五条
	RuleDirectSuit               lawgov.RuleID = "casework.direct-suit"                // 直接起诉期限, 行政诉讼法 第四十六条
	RuleMandatoryAppearance      lawgov.RuleID = "casework.mandatory-appearance"       // 负责人应当出庭, 行诉解释 第一百二十九条
	RuleLawyerOnly               lawgov.RuleID = "casework.lawyer-only"                // 不得仅委托律师出庭, 行诉解释 第一百二十八条
)

var (
	rcLaw    = lawgov.AdministrativeReconsiderationLaw
	alLaw    = lawgov.AdministrativeLitigationLaw
	alInterp = lawgov.AdministrativeLitigationInterp
)

// catalogue returns a fresh copy of every rule, in catalogue order: no
// slice is shared between two calls, so a caller changing a rule or a
// finding's basis changes nothing else.
func catalogue() []lawgov.Rule {
	rs := slices.Clone(catalogueRules())
	for i := range rs {
		rs[i].Basis = slices.Clone(rs[i].Basis)
	}
	return rs
}

// catalogueRules is the catalogue, built once and never modified: callers
// get copies from catalogue.
var catalogueRules = sync.OnceValue(func() []lawgov.Rule {
	return []lawgov.Rule{
		// 「可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请」;
		// 「申请期限自障碍消除之日起继续计算」; not told of the right: counted
		// from knowing it, 「但是自知道或者应当知道行政行为内容之日起最长不得
		// 超过一年」 (第二十条第一至三款). Sixty days are calendar days (第八十八条).
		{ID: RuleApplicationWindow, Title: "行政复议申请期限", Severity: lawgov.Warning,
			Basis: []lawgov.Citation{rcLaw.Cite(20, 1, 0), rcLaw.Cite(20, 2, 0), rcLaw.Cite(20, 3, 0), rcLaw.Art(88)}},
		// 不动产 20 years, other applications 5 years from the act: 「行政复议机关
		// 不予受理」 (第二十一条).
		{ID: RuleApplicationCap, Title: "行政复议申请最长期限", Severity: lawgov.Warning,
			Basis: []lawgov.Citation{rcLaw.Art(21)}},
		// 「应当自收到申请之日起五日内书面通知申请人补正」 (第三十一条第一款);
		// five days are working days (第八十八条).
		{ID: RuleCorrectionNotice, Title: "行政复议补正通知期限", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Cite(31, 1, 0), rcLaw.Art(88)}},
		// 「申请人应当自收到补正通知之日起十日内提交补正材料」, extensible for a
		// proper reason; 「无正当理由逾期不补正的，视为申请人放弃行政复议申请」
		// (第三十一条第二款); ten days are working days (第八十八条).
		{ID: RuleCorrectionPeriod, Title: "行政复议补正期限与视为放弃", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Cite(31, 2, 0), rcLaw.Art(88)}},
		// 「应当在五日内进行审查」; silence: 「审查期限届满之日起视为受理」
		// (第三十条); after a correction the review runs from the materials'
		// receipt: 「行政复议机关收到补正材料后，依照本法第三十条的规定处理」
		// (第三十一条第三款). Five days are working days (第八十八条).
		{ID: RuleAcceptanceReview, Title: "行政复议受理审查期限", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Art(30), rcLaw.Cite(31, 3, 0), rcLaw.Art(88)}},
		// The copy of the application goes to the respondent within seven days
		// of acceptance (第四十八条); under the simplified procedure within the
		// days of 第五十四条, three unless [Limits] says otherwise. Three, five,
		// seven and ten days are working days (第八十八条).
		{ID: RuleCopyToRespondent, Title: "行政复议申请书副本发送期限", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Art(48), rcLaw.Art(54), rcLaw.Art(88)}},
		// The respondent replies within ten days of receiving the copy
		// (第四十八条); under the simplified procedure within the days of
		// 第五十四条, five unless [Limits] says otherwise. Working days
		// (第八十八条).
		{ID: RuleRespondentReply, Title: "被申请人书面答复期限", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Art(48), rcLaw.Art(54), rcLaw.Art(88)}},
		// 「自受理申请之日起六十日内作出行政复议决定」, extended with approval by
		// 「最多不得超过三十日」; simplified procedure 「三十日内」 (第六十二条).
		// Suspension (中止, 第三十九条) stops the clock; that effect is implied,
		// not stated. An extension runs from the end of the sixty days, after
		// the roll-forward of 民法典 第二百零三条, unless the host chooses
		// [ExtendFromAcceptance].
		{ID: RuleDecisionPeriod, Title: "行政复议决定期限", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Cite(62, 1, 0), rcLaw.Cite(62, 2, 0), rcLaw.Art(39), rcLaw.Art(88),
				lawgov.CivilCode.Art(203)}},
		// 「依照本法第三十九条第一款第一项、第二项、第四项的规定中止行政复议满
		// 六十日，中止的原因仍未消除」: the reconsideration terminates
		// (第四十一条第（五）项). Sixty calendar days.
		{ID: RuleSuspensionTermination, Title: "中止满六十日的终止", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Cite(41, 0, 5), rcLaw.Cite(39, 1, 0)}},
		// 「有关机关应当自收到行政复议意见书之日起六十日内，将纠正相关违法或者
		// 不当行政行为的情况报送行政复议机关」 (第七十六条). Calendar days.
		{ID: RuleOpinionReport, Title: "行政复议意见书办理期限", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{rcLaw.Art(76)}},
		// First instance 「应当在立案之日起六个月内作出第一审判决」 (第八十一条);
		// simplified procedure 「立案之日起四十五日内审结」 (第八十三条); appeal
		// 「应当在收到上诉状之日起三个月内作出终审判决」 (第八十八条). The six
		// months and the three months may be extended with approval; the
		// forty-five days may not (a case unfit for the simplified procedure
		// is turned into the ordinary one, 第八十四条).
		{ID: RuleTrialPeriod, Title: "行政诉讼审理期限", Severity: lawgov.Warning,
			Basis: []lawgov.Citation{alLaw.Art(81), alLaw.Art(83), alLaw.Art(88)}},
		// 「可以在收到复议决定书之日起十五日内向人民法院提起诉讼」 (行政诉讼法
		// 第四十五条). Calendar days.
		{ID: RuleSuitAfterReconsideration, Title: "经复议后的起诉期限", Severity: lawgov.Warning,
			Basis: []lawgov.Citation{alLaw.Art(45)}},
		// 「应当自知道或者应当知道作出行政行为之日起六个月内提出」 (行政诉讼法
		// 第四十六条第一款). Months end on the same day (民法典 第二百零二条).
		{ID: RuleDirectSuit, Title: "直接起诉期限", Severity: lawgov.Warning,
			Basis: []lawgov.Citation{alLaw.Cite(46, 1, 0), lawgov.CivilCode.Art(202)}},
		// Cases of major public interest (食品药品安全、生态环境和资源保护、公共
		// 卫生安全等), of high social concern or that may lead to mass incidents:
		// the court 「应当通知行政机关负责人出庭应诉」 (出庭应诉规定 第四条), and
		// 「被诉行政机关负责人应当出庭」 (行诉解释 第一百二十九条), which carries
		// out 行政诉讼法 第三条第三款.
		{ID: RuleMandatoryAppearance, Title: "应当由负责人出庭应诉的案件", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{alLaw.Cite(3, 3, 0), lawgov.AppearanceProvisions.Art(4), alInterp.Art(129)}},
		// 「不能出庭的，应当委托行政机关相应的工作人员出庭」 (行政诉讼法 第三条
		// 第三款); 「不得仅委托律师出庭」 (行诉解释 第一百二十八条); the
		// responsible persons who count (出庭应诉规定 第二条).
		{ID: RuleLawyerOnly, Title: "不得仅委托律师出庭", Severity: lawgov.Violation,
			Basis: []lawgov.Citation{alLaw.Cite(3, 3, 0), alInterp.Art(128), lawgov.AppearanceProvisions.Art(2)}},
	}
})

// Rules returns the catalogue of the rules of [CheckReconsideration] and
// [CheckLitigation], in the order the checks report them. The result is a
// fresh copy, bases included: changing it changes nothing else.
func Rules() []lawgov.Rule { return catalogue() }

// RuleIDs returns the IDs of [Rules], in catalogue order, for
// lawgov.Report.Sorted.
func RuleIDs() []lawgov.RuleID { return ruleIDs(0, rcRules+alRules) }

// ReconsiderationRuleIDs returns the IDs of the rules of
// [CheckReconsideration], in the order of its findings: the positions of
// [ReconsiderationVerdict], for lawgov.VerdictOf and Report.Sorted. They are
// the first IDs of [RuleIDs].
func ReconsiderationRuleIDs() []lawgov.RuleID { return ruleIDs(0, rcRules) }

// LitigationRuleIDs returns the IDs of the rules of [CheckLitigation], in
// the order of its findings: the positions of [LitigationVerdict]. They are
// the last IDs of [RuleIDs].
func LitigationRuleIDs() []lawgov.RuleID { return ruleIDs(rcRules, alRules) }

// ruleIDs returns the IDs of the n rules of the catalogue from first.
func ruleIDs(first, n int) []lawgov.RuleID {
	rs := catalogue()[first : first+n]
	out := make([]lawgov.RuleID, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

// LookupRule returns a fresh copy of the rule with the given ID.
func LookupRule(id lawgov.RuleID) (lawgov.Rule, bool) {
	rs := catalogue()
	if i := slices.IndexFunc(rs, func(r lawgov.Rule) bool { return r.ID == id }); i >= 0 {
		return rs[i], true
	}
	return lawgov.Rule{}, false
}

// ExtensionReading is how the approved extension of the decision period
// (行政复议法 第六十二条第一款: 「延长期限最多不得超过三十日」) is counted
// when the sixtieth day is a rest day and rolls forward. The statute does not
// say. The zero ExtensionReading is unspecified; checks treat it as
// ExtendFromPeriodEnd.
type ExtensionReading uint8

// The readings.
const (
	ExtensionReadingUnspecified ExtensionReading = iota
	// ExtendFromPeriodEnd counts the extension from the last day of the
	// sixty-day period, after that day has rolled forward past rest days
	// (民法典 第二百零三条: the day after the holiday 「为期间的最后一日」):
	// the extension prolongs the period as it legally ends. The default.
	ExtendFromPeriodEnd
	// ExtendFromAcceptance counts sixty plus the extension days from
	// acceptance as one period, rolling forward only at its end.
	ExtendFromAcceptance
)

var extensionReadingNames = enum.New[ExtensionReading]("casework", "extension reading", "ExtensionReading", []enum.Entry{
	ExtendFromPeriodEnd:  {Code: "from_period_end", Label: "自原期限届满日起算"},
	ExtendFromAcceptance: {Code: "from_acceptance", Label: "自受理之日合并计算"},
})

// String returns the stable code: "from_period_end" or "from_acceptance".
func (r ExtensionReading) String() string { return extensionReadingNames.String(r) }

// Label returns the Chinese label.
func (r ExtensionReading) Label() string { return extensionReadingNames.Label(r) }

// IsValid reports whether r is a defined reading.
func (r ExtensionReading) IsValid() bool { return extensionReadingNames.Valid(r) }

// MarshalText implements encoding.TextMarshaler.
func (r ExtensionReading) MarshalText() ([]byte, error) { return extensionReadingNames.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *ExtensionReading) UnmarshalText(b []byte) error {
	v, err := extensionReadingNames.Parse(b)
	*r = v
	return err
}

// Limits holds the choices a host makes where the statutes leave a reading
// open. The zero Limits is the default reading of every rule; Limits values
// are comparable and safe for concurrent use.
type Limits struct {
	// Extension is how an approved extension of the decision period is
	// counted. The zero value means ExtendFromPeriodEnd.
	Extension ExtensionReading

	// SimplifiedCopyDays is the days within which, under the simplified
	// procedure (简易程序), the copy of the application goes to the
	// respondent, counted from acceptance; SimplifiedReplyDays the days
	// within which the respondent replies, counted from its receipt of the
	// copy (行政复议法 第五十四条). They default to 3 and 5. Each count is
	// read as 第八十八条 says: 3, 5, 7 and 10 are working days, any other
	// count calendar days. The two values of 第五十四条 have not been
	// checked word for word against the official text, so a host whose
	// text reads otherwise sets them here. Negative values are an error.
	SimplifiedCopyDays  int
	SimplifiedReplyDays int
}

// simplifiedDays returns the copy and reply periods of 第五十四条.
func (l Limits) simplifiedDays() (copyDays, replyDays int, err error) {
	copyDays, replyDays = 3, 5
	if l.SimplifiedCopyDays < 0 || l.SimplifiedReplyDays < 0 {
		return 0, 0, fmt.Errorf("casework: limits: negative simplified-procedure period (copy %d, reply %d days)", l.SimplifiedCopyDays, l.SimplifiedReplyDays)
	}
	if l.SimplifiedCopyDays > 0 {
		copyDays = l.SimplifiedCopyDays
	}
	if l.SimplifiedReplyDays > 0 {
		replyDays = l.SimplifiedReplyDays
	}
	return copyDays, replyDays, nil
}

// CheckReconsideration applies the reconsideration time limits to c as of
// asOf with the default readings; see [Limits.CheckReconsideration].
func CheckReconsideration(c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	return Limits{}.CheckReconsideration(c, asOf, cal)
}

// CheckReconsiderationInto is CheckReconsideration writing into r; see
// [Limits.CheckReconsiderationInto].
func CheckReconsiderationInto(r *lawgov.Report, c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) error {
	return Limits{}.CheckReconsiderationInto(r, c, asOf, cal)
}

// ReconsiderationVerdict is CheckReconsideration without the messages,
// allocating nothing; see [Limits.ReconsiderationVerdict].
func ReconsiderationVerdict(c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Verdict, error) {
	return Limits{}.ReconsiderationVerdict(c, asOf, cal)
}

// CheckLitigation applies the litigation rules to l as of asOf; see
// [Limits.CheckLitigation].
func CheckLitigation(l Litigation, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	return Limits{}.CheckLitigation(l, asOf, cal)
}

// CheckLitigationInto is CheckLitigation writing into r; see
// [Limits.CheckLitigationInto].
func CheckLitigationInto(r *lawgov.Report, l Litigation, asOf lawgov.Date, cal *lawgov.Calendar) error {
	return Limits{}.CheckLitigationInto(r, l, asOf, cal)
}

// LitigationVerdict is CheckLitigation without the messages, allocating
// nothing; see [Limits.LitigationVerdict].
func LitigationVerdict(l Litigation, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Verdict, error) {
	return Limits{}.LitigationVerdict(l, asOf, cal)
}

// rcLawDays returns 「n日」 as 行政复议法 第八十八条 counts it.
func rcLawDays(n int) lawgov.Period { return lawgov.StatutoryDays(rcLaw, n) }
