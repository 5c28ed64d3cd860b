package rulepack

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// Kind is the type of a parameter's value in a pack file.
type Kind uint8

// The kinds of values, with their JSON form.
const (
	KindUnspecified Kind = iota
	KindDays             // whole number of calendar days above zero: 30
	KindWorkdays         // whole number of working days above zero: 7
	KindPeriod           // {"n": 30, "unit": "calendar_days"}; units calendar_days, working_days, months, years
	KindCode             // one of the parameter's codes: "votes_cast"
	KindCodes            // a list of the parameter's codes: ["civil_servant", "career_staff"]
	KindText             // non-empty Chinese text: "公布"
	KindBool             // true or false
	KindMonthDay         // a day of every year: "04-01"
	KindExams            // {"max_failures": 2, "consecutive": false, "consequence": "remove"}
	KindScheme           // an assessment scheme: {"name", "places", "indicators", "bands"}
	KindAmount           // a decimal amount of yuan as a string: "3000"
	KindRules            // a list of rule IDs of any package: ["decision.hearing"]
	KindDefinition       // the ID of a casework rate definition: "reconsideration.correction-rate"
)

var kindNames = [...]string{"", "days", "workdays", "period", "code", "codes", "text", "bool", "month-day", "exams", "scheme", "amount", "rules", "definition"}

// String returns the kind's name, e.g. "period", or "Kind(99)" for an
// undefined kind.
func (k Kind) String() string {
	if k.IsValid() {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsValid reports whether k is a defined kind.
func (k Kind) IsValid() bool { return k != KindUnspecified && int(k) < len(kindNames) }

// MarshalText implements encoding.TextMarshaler: the name, "" for
// KindUnspecified, an error for an undefined kind.
func (k Kind) MarshalText() ([]byte, error) {
	switch {
	case k == KindUnspecified:
		return []byte{}, nil
	case !k.IsValid():
		return nil, fmt.Errorf("rulepack: marshal kind %d: undefined", int(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("rulepack: unknown kind %q", b)
}

// Key is the stable name of a parameter in a pack, such as
// "decision.review-days". Keys are never reused for another meaning.
type Key string

// Param describes one parameter a pack may set: its key, what it means (in
// Chinese, for the staff who write packs), the kind of its value and, for
// codes, the codes allowed.
type Param struct {
	Key   Key      `json:"key"`
	Title string   `json:"title"` // Chinese
	Kind  Kind     `json:"kind"`
	Codes []string `json:"codes,omitempty"`
}

// The parameter keys.
const (
	DecisionCommentDays       Key = "decision.comment-days"
	DecisionReviewDays        Key = "decision.review-days"
	DecisionHearingNoticeDays Key = "decision.hearing-notice-days"
	DecisionMajority          Key = "decision.majority"

	DocumentCommentWorkdays      Key = "decision.document.comment-workdays"
	DocumentMarketCommentDays    Key = "decision.document.market-comment-days"
	DocumentThirdElement         Key = "decision.document.third-element"
	DocumentFilingDeadline       Key = "decision.document.filing-deadline"
	DocumentRuleCommencementDays Key = "decision.document.rule-commencement-days"

	EnforcementChangeReport          Key = "enforcement.change-report"
	EnforcementExams                 Key = "enforcement.exams"
	EnforcementQualificationValidity Key = "enforcement.qualification-validity"
	EnforcementCredentialValidity    Key = "enforcement.credential-validity"
	EnforcementAnnualReview          Key = "enforcement.annual-review"
	EnforcementEligibleEmployment    Key = "enforcement.eligible-employment"
	EnforcementPublicityPenalty      Key = "enforcement.publicity-penalty"
	EnforcementPublicityOther        Key = "enforcement.publicity-other"
	EnforcementInspectionPublicity   Key = "enforcement.inspection-publicity"
	EnforcementSimpleCitizen         Key = "enforcement.simple-procedure-citizen"
	EnforcementSimpleOrganisation    Key = "enforcement.simple-procedure-organisation"
	EnforcementLargeCitizen          Key = "enforcement.large-amount-citizen"
	EnforcementLargeOrganisation     Key = "enforcement.large-amount-organisation"
	EnforcementLimitation            Key = "enforcement.limitation"
	EnforcementLimitationExtended    Key = "enforcement.limitation-extended"

	ReportPublishBy        Key = "lawgov.annual-report.publish-by"
	ReportPublishInclusive Key = "lawgov.annual-report.publish-inclusive"
	ReportDepartmentBy     Key = "lawgov.annual-report.department-by"
	ReportProvinceBy       Key = "lawgov.annual-report.province-by"
	ReportSubmitInclusive  Key = "lawgov.annual-report.submit-inclusive"
	Assessment             Key = "lawgov.assessment"

	CorrectionRate Key = "casework.correction-rate"
	LossRate       Key = "casework.loss-rate"
	AppearanceRate Key = "casework.appearance-rate"

	RulesOff Key = "rules.off"
)

var params = []Param{
	{DecisionCommentDays, "重大行政决策公开征求意见期限（日）", KindDays, nil},
	{DecisionReviewDays, "重大行政决策合法性审查时间（工作日）", KindWorkdays, nil},
	{DecisionHearingNoticeDays, "听证会材料提前送达（日）", KindDays, nil},
	{DecisionMajority, "会议组成人员多数意见的计算基数", KindCode, []string{"votes_cast", "members_speaking"}},
	{DocumentCommentWorkdays, "行政规范性文件公开征求意见期限（工作日）", KindWorkdays, nil},
	{DocumentMarketCommentDays, "涉及市场主体的文件和规章公开征求意见期限（日）", KindDays, nil},
	{DocumentThirdElement, "“三统一”的第三项（印发或公布）", KindText, nil},
	{DocumentFilingDeadline, "行政规范性文件报送备案期限", KindPeriod, nil},
	{DocumentRuleCommencementDays, "规章自公布至施行的最短间隔（日）", KindDays, nil},
	{EnforcementChangeReport, "执法证登载信息变更报告期限", KindPeriod, nil},
	{EnforcementExams, "考试不合格次数及其后果", KindExams, nil},
	{EnforcementQualificationValidity, "考试合格取得的执法资格有效期", KindPeriod, nil},
	{EnforcementCredentialValidity, "执法证有效期", KindPeriod, nil},
	{EnforcementAnnualReview, "执法证年审周期", KindPeriod, nil},
	{EnforcementEligibleEmployment, "可以取得执法资格的用工性质", KindCodes, []string{"civil_servant", "career_staff", "service_worker", "contract", "temporary", "labour_dispatch", "secondee"}},
	{EnforcementPublicityPenalty, "行政处罚、行政许可决定信息公开期限", KindPeriod, nil},
	{EnforcementPublicityOther, "其他执法决定信息公开期限", KindPeriod, nil},
	{EnforcementInspectionPublicity, "双随机抽查结果公示期限", KindPeriod, nil},
	{EnforcementSimpleCitizen, "当场作出罚款决定的上限（公民，元）", KindAmount, nil},
	{EnforcementSimpleOrganisation, "当场作出罚款决定的上限（法人或者其他组织，元）", KindAmount, nil},
	{EnforcementLargeCitizen, "较大数额罚款（公民，元）", KindAmount, nil},
	{EnforcementLargeOrganisation, "较大数额罚款（法人或者其他组织，元）", KindAmount, nil},
	{EnforcementLimitation, "行政处罚追责时效", KindPeriod, nil},
	{EnforcementLimitationExtended, "涉及生命健康安全、金融安全且有危害后果的追责时效", KindPeriod, nil},
	{ReportPublishBy, "法治政府建设年度报告公开截止日", KindMonthDay, nil},
	{ReportPublishInclusive, "截止日当天公开是否按时", KindBool, nil},
	{ReportDepartmentBy, "政府部门报送年度报告截止日", KindMonthDay, nil},
	{ReportProvinceBy, "省级政府报送年度报告截止日", KindMonthDay, nil},
	{ReportSubmitInclusive, "截止日当天报送是否按时", KindBool, nil},
	{Assessment, "法治政府建设考评方案", KindScheme, nil},
	{CorrectionRate, "行政复议纠错率的统计口径", KindDefinition, nil},
	{LossRate, "行政应诉败诉率的统计口径", KindDefinition, nil},
	{AppearanceRate, "行政机关负责人出庭应诉率的统计口径", KindDefinition, nil},
	{RulesOff, "本地区不适用的规则", KindRules, nil},
}

// Params returns every parameter a pack may set, in a fixed order: the
// decision procedure, normative documents, enforcement, annual reports and
// assessment, rate definitions, rules switched off. The result is a copy.
func Params() []Param {
	out := slices.Clone(params)
	for i := range out {
		out[i].Codes = slices.Clone(out[i].Codes)
	}
	return out
}

// LookupParam returns the parameter with key k.
func LookupParam(k Key) (Param, bool) {
	for _, p := range params {
		if p.Key == k {
			p.Codes = slices.Clone(p.Codes)
			return p, true
		}
	}
	return Param{}, false
}

func paramIndex(k Key) int {
	for i, p := range params {
		if p.Key == k {
			return i
		}
	}
	return -1
}

// Exams is the value of [EnforcementExams]: how many failed exams a person
// may have before Consequence applies ("remove" or "reassign"), and whether
// only consecutive failures count.
type Exams struct {
	MaxFailures int
	Consecutive bool
	Consequence string
}

var (
	examKeys     = []string{"max_failures", "consecutive", "consequence"}
	consequences = []string{"remove", "reassign"}
	periodKeys   = []string{"n", "unit"}
	periodUnits  = []string{"calendar_days", "working_days", "months", "years"}
)

// decodeValue turns the node of a value of kind k into its Go form: int for
// days and workdays, lawgov.Period, string for codes, text and definitions,
// []string for codes, bool, lawgov.MonthDay, Exams, *lawgov.Scheme,
// decimal.Decimal, []lawgov.RuleID.
func (d *decoder) decodeValue(p Param, n *node, path string) (any, bool) {
	switch p.Kind {
	case KindDays, KindWorkdays:
		return d.count(n, path)
	case KindPeriod:
		return d.period(n, path)
	case KindCode:
		return d.code(n, path, p.Codes)
	case KindText:
		return d.text(n, path, 200)
	case KindDefinition:
		return d.text(n, path, 100)
	case KindCodes:
		var out []string
		ok := d.list(n, path, func(_ int, e *node, ep string) {
			if c, ok := d.code(e, ep, p.Codes); ok {
				if contains(out, c) {
					d.fail(e, ep, "repeated code %q", c)
				}
				out = append(out, c)
			}
		})
		if ok && len(out) == 0 {
			d.fail(n, path, "empty list")
		}
		return out, ok
	case KindRules:
		var out []lawgov.RuleID
		ok := d.list(n, path, func(_ int, e *node, ep string) {
			if s, ok := d.text(e, ep, 100); ok {
				out = append(out, lawgov.RuleID(s))
			}
		})
		return out, ok
	case KindBool:
		return d.boolean(n, path)
	case KindMonthDay:
		return d.monthDay(n, path)
	case KindAmount:
		v, ok := d.amount(n, path)
		if ok && v.IsNegative() {
			d.fail(n, path, "negative amount %s", v)
			return decimal.Decimal{}, false
		}
		return v, ok
	case KindExams:
		var e Exams
		d.object(n, path, examKeys, []string{"max_failures", "consequence"}, func(k string, v *node, vp string) {
			switch k {
			case "max_failures":
				e.MaxFailures, _ = d.count(v, vp)
			case "consecutive":
				e.Consecutive, _ = d.boolean(v, vp)
			case "consequence":
				e.Consequence, _ = d.code(v, vp, consequences)
			}
		})
		return e, true
	case KindScheme:
		return d.scheme(n, path)
	}
	d.fail(n, path, "parameter %s has no kind", p.Key)
	return nil, false
}

func (d *decoder) period(n *node, path string) (lawgov.Period, bool) {
	var p lawgov.Period
	before := len(d.probs)
	d.object(n, path, periodKeys, periodKeys, func(k string, v *node, vp string) {
		switch k {
		case "n":
			p.N, _ = d.count(v, vp)
		case "unit":
			if u, ok := d.code(v, vp, periodUnits); ok {
				_ = p.Unit.UnmarshalText([]byte(u))
			}
		}
	})
	return p, len(d.probs) == before
}
