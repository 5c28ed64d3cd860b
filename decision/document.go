package decision

import (
	"fmt"
	"strconv"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// DocKind is the kind of a normative instrument (文件类型).
// The zero DocKind is unspecified.
type DocKind uint8

// The values of DocKind.
const (
	DocKindUnspecified DocKind = iota
	NormativeDocument          // 行政规范性文件
	GovernmentRule             // 规章
)

var docKindNames = enum.New[DocKind]("decision", "document kind", "DocKind", []enum.Entry{
	NormativeDocument: {Code: "normative", Label: "行政规范性文件"},
	GovernmentRule:    {Code: "rule", Label: "规章"},
})

// String returns the stable code ("normative", "rule").
func (d DocKind) String() string { return docKindNames.String(d) }

// Label returns the Chinese label (行政规范性文件, 规章).
func (d DocKind) Label() string { return docKindNames.Label(d) }

// IsValid reports whether d is a defined document kind.
func (d DocKind) IsValid() bool { return docKindNames.Valid(d) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (d DocKind) MarshalText() ([]byte, error) { return docKindNames.MarshalText(d) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (d *DocKind) UnmarshalText(text []byte) error {
	val, err := docKindNames.Parse(text)
	*d = val
	return err
}

// ParseDocKind parses a document kind code.
func ParseDocKind(s string) (DocKind, error) { return docKindNames.Parse([]byte(s)) }

// Issuer is the kind of body in whose name a document is made (制定主体).
// The zero Issuer is unspecified.
type Issuer uint8

// The values of Issuer.
const (
	IssuerUnspecified Issuer = iota
	Agency                   // 行政机关
	AuthorisedOrg            // 法律、法规授权的组织
	InternalDivision         // 部门内设机构: never a lawful drafting body
)

var issuerNames = enum.New[Issuer]("decision", "issuer", "Issuer", []enum.Entry{
	Agency:           {Code: "agency", Label: "行政机关"},
	AuthorisedOrg:    {Code: "authorised", Label: "法律、法规授权的组织"},
	InternalDivision: {Code: "internal_division", Label: "部门内设机构"},
})

// String returns the stable code ("agency", "authorised", "internal_division").
func (i Issuer) String() string { return issuerNames.String(i) }

// Label returns the Chinese label (行政机关, 法律、法规授权的组织, 部门内设机构).
func (i Issuer) Label() string { return issuerNames.Label(i) }

// IsValid reports whether i is a defined issuer.
func (i Issuer) IsValid() bool { return issuerNames.Valid(i) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (i Issuer) MarshalText() ([]byte, error) { return issuerNames.MarshalText(i) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (i *Issuer) UnmarshalText(text []byte) error {
	val, err := issuerNames.Parse(text)
	*i = val
	return err
}

// ParseIssuer parses an issuer code.
func ParseIssuer(s string) (Issuer, error) { return issuerNames.Parse([]byte(s)) }

// CleanupOutcome is the result of reviewing a document in a cleanup (清理结果).
// The zero CleanupOutcome is unspecified.
type CleanupOutcome uint8

// The values of CleanupOutcome.
const (
	CleanupOutcomeUnspecified CleanupOutcome = iota
	Continued                                // 继续有效
	Amended                                  // 修改
	Repealed                                 // 废止
	DeclaredInvalid                          // 宣布失效
)

var cleanupOutcomeNames = enum.New[CleanupOutcome]("decision", "cleanup outcome", "CleanupOutcome", []enum.Entry{
	Continued:       {Code: "continued", Label: "继续有效"},
	Amended:         {Code: "amended", Label: "修改"},
	Repealed:        {Code: "repealed", Label: "废止"},
	DeclaredInvalid: {Code: "declared_invalid", Label: "宣布失效"},
})

// String returns the stable code ("continued", "amended", "repealed", "declared_invalid").
func (c CleanupOutcome) String() string { return cleanupOutcomeNames.String(c) }

// Label returns the Chinese label (继续有效, 修改, 废止, 宣布失效).
func (c CleanupOutcome) Label() string { return cleanupOutcomeNames.Label(c) }

// IsValid reports whether c is a defined cleanup outcome.
func (c CleanupOutcome) IsValid() bool { return cleanupOutcomeNames.Valid(c) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (c CleanupOutcome) MarshalText() ([]byte, error) { return cleanupOutcomeNames.MarshalText(c) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (c *CleanupOutcome) UnmarshalText(text []byte) error {
	val, err := cleanupOutcomeNames.Parse(text)
	*c = val
	return err
}

// ParseCleanupOutcome parses a cleanup outcome code.
func ParseCleanupOutcome(s string) (CleanupOutcome, error) {
	return cleanupOutcomeNames.Parse([]byte(s))
}

// DocStatus is the state of a document on a date (文件效力状态).
// The zero DocStatus is unspecified.
type DocStatus uint8

// The values of DocStatus.
const (
	DocStatusUnspecified DocStatus = iota
	Unpublished                    // 未公布
	NotYetEffective                // 尚未施行
	InForce                        // 现行有效
	Expired                        // 有效期届满
	Withdrawn                      // 已废止或宣布失效
)

var docStatusNames = enum.New[DocStatus]("decision", "document status", "DocStatus", []enum.Entry{
	Unpublished:     {Code: "unpublished", Label: "未公布"},
	NotYetEffective: {Code: "not_yet_effective", Label: "尚未施行"},
	InForce:         {Code: "in_force", Label: "现行有效"},
	Expired:         {Code: "expired", Label: "有效期届满"},
	Withdrawn:       {Code: "withdrawn", Label: "已废止或宣布失效"},
})

// String returns the stable code ("unpublished", "not_yet_effective", "in_force", "expired", "withdrawn").
func (d DocStatus) String() string { return docStatusNames.String(d) }

// Label returns the Chinese label (未公布, 尚未施行, 现行有效, 有效期届满, 已废止或宣布失效).
func (d DocStatus) Label() string { return docStatusNames.Label(d) }

// IsValid reports whether d is a defined document status.
func (d DocStatus) IsValid() bool { return docStatusNames.Valid(d) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (d DocStatus) MarshalText() ([]byte, error) { return docStatusNames.MarshalText(d) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (d *DocStatus) UnmarshalText(text []byte) error {
	val, err := docStatusNames.Parse(text)
	*d = val
	return err
}

// ParseDocStatus parses a document status code.
func ParseDocStatus(s string) (DocStatus, error) { return docStatusNames.Parse([]byte(s)) }

// CleanupResult is the result of one cleanup (清理) for one document.
//
// The zero CleanupResult is invalid.
type CleanupResult struct {
	Date    lawgov.Date    `json:"date" validate:"isvalid"`
	Outcome CleanupOutcome `json:"outcome" validate:"isvalid"`
}

// Document is a normative document (行政规范性文件) or a government rule (规章)
// through its life: drafting body, comment round, legality review,
// collective deliberation, registration, numbering and issuance (三统一),
// publication, commencement, filing (备案), validity and cleanups. A zero
// date means the step has not happened.
//
// The zero Document is invalid: it has an ID, a title, a kind and an issuer.
type Document struct {
	ID         string  `json:"id" validate:"required,max=64"`
	Title      string  `json:"title" validate:"required,max=256"`
	Kind       DocKind `json:"kind" validate:"isvalid"`
	Issuer     Issuer  `json:"issuer" validate:"isvalid"`
	IssuerName string  `json:"issuer_name,omitempty"`
	Number     string  `json:"number,omitempty"` // 文号, e.g. 鄂府发〔2021〕3号
	// MarketRelated marks a document closely related to the production and
	// business of market actors (与市场主体生产经营活动密切相关): 30 days of
	// comment (优化营商环境条例 第六十二条).
	MarketRelated bool `json:"market_related,omitempty"`

	CommentOpened   lawgov.Date `json:"comment_opened,omitempty"`
	CommentClosed   lawgov.Date `json:"comment_closed,omitempty"`
	ReviewSubmitted lawgov.Date `json:"review_submitted,omitempty"`
	ReviewOpinion   lawgov.Date `json:"review_opinion,omitempty"`
	ReviewLawful    bool        `json:"review_lawful,omitempty"`
	Deliberated     lawgov.Date `json:"deliberated,omitempty"` // 集体审议

	Registered bool        `json:"registered,omitempty"` // 统一登记
	Numbered   bool        `json:"numbered,omitempty"`   // 统一编号
	Issued     bool        `json:"issued,omitempty"`     // 统一印发 (or 统一公布, see DocumentRules.ThirdElement)
	Published  lawgov.Date `json:"published,omitempty"`
	Effective  lawgov.Date `json:"effective,omitempty"` // zero: effective on publication
	// CommencementException is the reason a 规章 takes effect on publication:
	// 「涉及国家安全、外汇汇率、货币政策的确定以及公布后不立即施行将有碍规章施行的」
	// (规章制定程序条例 第三十二条).
	CommencementException string      `json:"commencement_exception,omitempty"`
	ValidUntil            lawgov.Date `json:"valid_until,omitempty"` // last day of validity; zero: none declared

	Filed           lawgov.Date     `json:"filed,omitempty"`            // 报送备案
	FilingReviewed  bool            `json:"filing_reviewed,omitempty"`  // 备案审查完成
	FilingCompliant bool            `json:"filing_compliant,omitempty"` // 备案审查未发现问题
	Cleanups        []CleanupResult `json:"cleanups,omitempty" validate:"dive"`

	// The follow-ups of filing a 规章 with the State Council under
	// 法规规章备案审查条例 (2024): FilingDeferred is the day the maker received a
	// notice of 暂缓办理备案登记 and Resubmitted the day it supplemented or
	// resubmitted the filing (第九条第二款, 15 days); CorrectionNotified is the
	// day it received a notice under 第十八条、第十九条 or 第二十条 and
	// CorrectionReported the day it reported how it was handled (第二十一条,
	// 30 days).
	FilingDeferred     lawgov.Date `json:"filing_deferred,omitzero"`
	Resubmitted        lawgov.Date `json:"resubmitted,omitzero"`
	CorrectionNotified lawgov.Date `json:"correction_notified,omitzero"`
	CorrectionReported lawgov.Date `json:"correction_reported,omitzero"`
}

// Validate reports whether doc has the shape a check needs (what its
// validate tags say, and review and comment dates in a possible order), as
// an *lawgov.InvalidInputError.
func (doc *Document) Validate() error {
	var v validator
	v.text(doc.ID, 64, "id")
	v.text(doc.Title, 256, "title")
	v.req(doc.Kind.IsValid(), "kind", "isvalid")
	v.req(doc.Issuer.IsValid(), "issuer", "isvalid")
	v.req(doc.CommentClosed.IsZero() || !doc.CommentClosed.Before(doc.CommentOpened), "comment_closed", "gtefield=comment_opened")
	v.req(doc.ReviewOpinion.IsZero() || !doc.ReviewOpinion.Before(doc.ReviewSubmitted), "review_opinion", "gtefield=review_submitted")
	v.req(doc.Resubmitted.IsZero() || !doc.FilingDeferred.IsZero(), "resubmitted", "required_with=filing_deferred")
	v.req(doc.CorrectionReported.IsZero() || !doc.CorrectionNotified.IsZero(), "correction_reported", "required_with=correction_notified")
	for i, c := range doc.Cleanups {
		v.reqAt(c.Date.IsValid() && c.Outcome.IsValid(), "cleanups", i, "", "isvalid")
	}
	return v.err("Document")
}

// StatusAt returns doc's state on day on: unpublished before publication,
// not yet effective before its effective date, withdrawn from the day a
// cleanup repealed it or declared it invalid, expired after its validity
// period, and in force otherwise. A cleanup that keeps (继续有效) or amends
// (修改) a document leaves it in force.
func (doc Document) StatusAt(on lawgov.Date) DocStatus {
	if doc.Published.IsZero() || on.Before(doc.Published) {
		return Unpublished
	}
	for _, c := range doc.Cleanups {
		if (c.Outcome == Repealed || c.Outcome == DeclaredInvalid) && !on.Before(c.Date) {
			return Withdrawn
		}
	}
	if !doc.Effective.IsZero() && on.Before(doc.Effective) {
		return NotYetEffective
	}
	if !doc.ValidUntil.IsZero() && on.After(doc.ValidUntil) {
		return Expired
	}
	return InForce
}

// RuleUsableAsBasis is the rule of UsableAsBasis.
const RuleUsableAsBasis lawgov.RuleID = "decision.document-usable-as-basis"

var usableRule = lawgov.Rule{
	ID: RuleUsableAsBasis, Title: "未经公布的规范性文件不得作为行政管理依据", Severity: lawgov.Violation,
	Basis: []lawgov.Citation{lawgov.BusinessEnvironmentRegulation.Cite(64, 2, 0), notice37},
}

// UsableAsBasis reports, as a finding, whether doc may be relied on as a
// basis of administration on day on: 「未经公布的不得作为行政管理依据」 (优化营商环境条例
// 第六十四条; 国办发〔2018〕37号 says the same of every normative document). A
// document not yet effective, expired, repealed or declared invalid is not a
// basis either.
func UsableAsBasis(doc Document, on lawgov.Date) lawgov.Finding {
	subj := doc.ID
	switch doc.StatusAt(on) {
	case Unpublished:
		if doc.Published.IsZero() {
			return usableRule.Fail(subj, "文件未公布，"+on.String()+" 不得作为行政管理依据")
		}
		return usableRule.Fail(subj, "文件于 "+doc.Published.String()+" 公布，"+on.String()+" 尚未公布，不得作为行政管理依据")
	case NotYetEffective:
		return usableRule.Fail(subj, "文件自 "+doc.Effective.String()+" 起施行，"+on.String()+" 尚未施行")
	case Withdrawn:
		for _, c := range doc.Cleanups {
			if (c.Outcome == Repealed || c.Outcome == DeclaredInvalid) && !on.Before(c.Date) {
				return usableRule.Fail(subj, "文件已于 "+c.Date.String()+" 清理"+c.Outcome.Label()+"，"+on.String()+" 不得作为依据")
			}
		}
	case Expired:
		return usableRule.Fail(subj, "文件有效期至 "+doc.ValidUntil.String()+"，"+on.String()+" 已届满")
	}
	return usableRule.Pass(subj, "文件于 "+doc.Published.String()+" 公布，"+on.String()+" 现行有效")
}

// The IDs of the document rules, in check order.
const (
	RuleDocDraftingBody lawgov.RuleID = "decision.document-drafting-body"
	RuleDocComment      lawgov.RuleID = "decision.document-comment-period"
	RuleDocReview       lawgov.RuleID = "decision.document-legality-review"
	RuleDocDeliberation lawgov.RuleID = "decision.document-deliberation"
	RuleDocOrder        lawgov.RuleID = "decision.document-order"
	RuleDocThreeUnified lawgov.RuleID = "decision.document-three-unified"
	RuleDocCommencement lawgov.RuleID = "decision.document-commencement"
	RuleDocFiling       lawgov.RuleID = "decision.document-filing"
	RuleDocResubmission lawgov.RuleID = "decision.document-resubmission"
	RuleDocCorrection   lawgov.RuleID = "decision.document-correction-report"
)

// DocumentRules are a jurisdiction's parameters for normative documents and
// government rules. The zero value of each field takes the default named;
// items the national texts leave open (RULES N6, N8) are parameters.
//
// The zero DocumentRules is usable: the national defaults, with no filing
// deadline for normative documents.
type DocumentRules struct {
	// CommentWorkdays is the minimum comment period of a normative document
	// in working days. Defaults to 7 (市县法治政府建设示范指标体系 第24项).
	CommentWorkdays int `json:"comment_workdays,omitempty"`
	// MarketCommentDays is the minimum comment period, in calendar days, of a
	// document closely related to market actors, and of a 规章. Defaults to 30
	// (优化营商环境条例 第六十二条; 规章制定程序条例 第十五条).
	MarketCommentDays int `json:"market_comment_days,omitempty"`
	// ThirdElement is the third element of 三统一: 「印发」 in 国办发〔2018〕37号 as
	// recalled (R), 「公布」 in 山东. Defaults to "印发".
	ThirdElement      string          `json:"third_element,omitempty"`
	ThirdElementBasis lawgov.Citation `json:"third_element_basis,omitzero"` // defaults to 国办发〔2018〕37号
	// FilingDeadline is the period, from publication, within which a
	// normative document is filed. No national rule fixes it: the zero
	// Period leaves filing time unchecked for normative documents.
	FilingDeadline lawgov.Period   `json:"filing_deadline,omitzero"`
	FilingBasis    lawgov.Citation `json:"filing_basis,omitzero"`
	// RuleCommencementDays is the minimum number of days between publishing
	// a 规章 and its taking effect. Defaults to 30 (规章制定程序条例 第三十二条).
	RuleCommencementDays int `json:"rule_commencement_days,omitempty"`
	// DeliberationBasis is the provision that requires collective
	// deliberation (集体审议) before a normative document is issued.
	// Defaults to 国办发〔2018〕37号, whose wording here is recalled, not
	// verified (RULES N7): a jurisdiction names its own 管理办法.
	DeliberationBasis lawgov.Citation `json:"deliberation_basis,omitzero"`
}

func (r DocumentRules) commentWorkdays() int      { return orDefault(r.CommentWorkdays, 7) }
func (r DocumentRules) marketCommentDays() int    { return orDefault(r.MarketCommentDays, 30) }
func (r DocumentRules) ruleCommencementDays() int { return orDefault(r.RuleCommencementDays, 30) }

func (r DocumentRules) deliberationBasis() lawgov.Citation {
	if r.DeliberationBasis.IsValid() {
		return r.DeliberationBasis
	}
	return notice37
}

func (r DocumentRules) thirdElement() (string, lawgov.Citation) {
	label, basis := r.ThirdElement, r.ThirdElementBasis
	if label == "" {
		label = "印发"
	}
	if !basis.IsValid() {
		basis = notice37
	}
	return label, basis
}

func orDefault(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// ruleFiling is the filing period of a 规章: 「自公布之日起30日内」 (规章制定程序条例
// 第三十四条; 立法法 第一百零九条 「公布后的三十日内」).
var ruleFiling = lawgov.CalendarDays(30)

// Rules returns the rules Check applies with r's parameters, in
// order. The third element of 三统一 and the filing deadline carry r's
// citations.
func (r DocumentRules) Rules() []lawgov.Rule {
	third, thirdBasis := r.thirdElement()
	filing := []lawgov.Citation{lawgov.RulemakingRegulation.Art(34), legislationLaw109}
	if r.FilingBasis.IsValid() {
		filing = append(filing, r.FilingBasis)
	}
	const V, W = lawgov.Violation, lawgov.Warning
	return []lawgov.Rule{
		{ID: RuleDocDraftingBody, Title: "严禁以部门内设机构名义制发", Severity: V, Basis: []lawgov.Citation{withPart(notice37, "一(一)")}},
		{ID: RuleDocComment, Title: "公开征求意见期限", Severity: W, Basis: []lawgov.Citation{indicator24, lawgov.BusinessEnvironmentRegulation.Cite(62, 2, 0), lawgov.RulemakingRegulation.Cite(15, 2, 0), lawgov.RulemakingRegulation.Cite(21, 2, 0)}},
		{ID: RuleDocReview, Title: "合法性审核", Severity: V, Basis: []lawgov.Citation{lawgov.BusinessEnvironmentRegulation.Cite(63, 2, 0), notice37}},
		{ID: RuleDocDeliberation, Title: "集体审议", Severity: V, Basis: []lawgov.Citation{r.deliberationBasis()}},
		{ID: RuleDocOrder, Title: "征求意见、合法性审核、集体审议、公布依次进行", Severity: V, Basis: []lawgov.Citation{lawgov.BusinessEnvironmentRegulation.Cite(63, 2, 0), notice37}},
		{ID: RuleDocThreeUnified, Title: "统一登记、统一编号、统一" + third, Severity: V, Basis: []lawgov.Citation{thirdBasis}},
		{ID: RuleDocCommencement, Title: "规章自公布之日起30日后施行", Severity: V, Basis: []lawgov.Citation{lawgov.RulemakingRegulation.Art(32)}},
		{ID: RuleDocFiling, Title: "按时报送备案", Severity: V, Basis: filing},
		{ID: RuleDocResubmission, Title: "暂缓备案登记后15日内补充或者重新报送", Severity: V, Basis: []lawgov.Citation{filingReview2024(9, 2), filingReview2024(26, 0)}},
		{ID: RuleDocCorrection, Title: "接到纠正通知后30日内报送处理情况", Severity: V, Basis: []lawgov.Citation{filingReview2024(21, 0), filingReview2024(26, 0)}},
	}
}

// FilingDue returns the last day for filing doc and the provisions applied:
// 30 days from publication for a 规章, start day excluded, a rest-day last day
// rolled forward; r.FilingDeadline for a normative document. ok is false when
// doc is unpublished or no deadline applies.
func (r DocumentRules) FilingDue(doc Document, cal *lawgov.Calendar) (due lawgov.Date, basis []lawgov.Citation, ok bool, err error) {
	if doc.Published.IsZero() {
		return lawgov.Date{}, nil, false, nil
	}
	p := ruleFiling
	if doc.Kind != GovernmentRule {
		if !r.FilingDeadline.IsValid() {
			return lawgov.Date{}, nil, false, nil
		}
		p = r.FilingDeadline
	}
	due, basis, err = cal.PeriodEnd(doc.Published, p)
	if err != nil {
		return lawgov.Date{}, nil, false, fmt.Errorf("decision: filing due %q: %w", doc.ID, err)
	}
	return due, basis, true, nil
}

// Check applies the document rules to doc as of asOf on calendar cal and
// returns one finding per rule of Rules, in order. An error means
// the check could not run: an invalid record, a nil calendar, or a date the
// calendar has no data for.
func (r DocumentRules) Check(doc Document, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	if cal == nil || asOf.IsZero() {
		return lawgov.Report{}, fmt.Errorf("decision: check document %q: nil calendar or zero as-of date", doc.ID)
	}
	if err := doc.Validate(); err != nil {
		return lawgov.Report{}, err
	}
	cal, use := cal.Observed() // notes a provisional year a count touches
	rules := r.Rules()
	out := make([]lawgov.Finding, 0, len(rules))
	add := func(i int, o lawgov.Outcome, m string) {
		switch o {
		case lawgov.Pass:
			out = append(out, rules[i].Pass(doc.ID, m))
		case lawgov.Fail:
			out = append(out, rules[i].Fail(doc.ID, m))
		default:
			out = append(out, rules[i].NotApplicable(doc.ID, m))
		}
	}
	// 国办发〔2018〕37号 一(一): 「严禁以部门内设机构名义制发行政规范性文件」.
	if doc.Issuer == InternalDivision {
		add(0, lawgov.Fail, "以部门内设机构「"+doc.IssuerName+"」名义制发")
	} else {
		add(0, lawgov.Pass, "制定主体："+doc.IssuerName+"（"+doc.Issuer.Label()+"）")
	}

	// Comment period: 7 working days, or 30 days for market-related
	// documents (示范指标体系 第24项; 优化营商环境条例 第六十二条) and 规章 (第十五条).
	switch {
	case doc.CommentOpened.IsZero() || doc.CommentClosed.IsZero():
		add(1, lawgov.Fail, "未记录公开征求意见")
	case doc.Kind == GovernmentRule || doc.MarketRelated:
		n, min := doc.CommentClosed.DaysSince(doc.CommentOpened), r.marketCommentDays()
		m := "征求意见 " + doc.CommentOpened.String() + " 至 " + doc.CommentClosed.String() + "，共" + strconv.Itoa(n) + "日"
		if n >= min {
			add(1, lawgov.Pass, m+"，不少于"+strconv.Itoa(min)+"日")
		} else {
			add(1, lawgov.Fail, m+"，少于"+strconv.Itoa(min)+"日")
		}
	default:
		n, err := cal.WorkdaysBetween(doc.CommentOpened, doc.CommentClosed)
		if err != nil {
			return lawgov.Report{}, fmt.Errorf("decision: check document %q: %w", doc.ID, err)
		}
		min := r.commentWorkdays()
		m := "征求意见 " + doc.CommentOpened.String() + " 至 " + doc.CommentClosed.String() + "，共" + strconv.Itoa(n) + "个工作日"
		if n >= min {
			add(1, lawgov.Pass, m+"，不少于"+strconv.Itoa(min)+"个工作日")
		} else {
			add(1, lawgov.Fail, m+"，少于"+strconv.Itoa(min)+"个工作日")
		}
	}

	// Legality review (优化营商环境条例 第六十三条).
	switch {
	case doc.ReviewOpinion.IsZero():
		add(2, lawgov.Fail, "未经合法性审核")
	case !doc.ReviewLawful:
		add(2, lawgov.Fail, doc.ReviewOpinion.String()+" 审核意见：不合法")
	default:
		add(2, lawgov.Pass, doc.ReviewOpinion.String()+" 审核意见：合法")
	}

	// Collective deliberation before issue (国办发〔2018〕37号, R).
	if doc.Deliberated.IsZero() {
		add(3, lawgov.Fail, "未经集体审议")
	} else {
		add(3, lawgov.Pass, doc.Deliberated.String()+" 集体审议")
	}

	// Order of the gates: comment, review, deliberation, publication.
	steps := [...]struct {
		label string
		d     lawgov.Date
	}{{"征求意见截止", doc.CommentClosed}, {"合法性审核意见", doc.ReviewOpinion}, {"集体审议", doc.Deliberated}, {"公布", doc.Published}}
	order, prev := "", -1
	for i, s := range steps {
		if s.d.IsZero() {
			continue
		}
		if prev >= 0 && s.d.Before(steps[prev].d) {
			order += steps[prev].label + " " + steps[prev].d.String() + " 晚于" + s.label + " " + s.d.String() + "；"
		}
		prev = i
	}
	switch {
	case order != "":
		add(4, lawgov.Fail, order[:len(order)-len("；")])
	case doc.Published.IsZero():
		add(4, lawgov.NotApplicable, "文件尚未公布")
	default:
		add(4, lawgov.Pass, "征求意见、合法性审核、集体审议、公布依次进行")
	}

	// 三统一.
	third, _ := r.thirdElement()
	if doc.Registered && doc.Numbered && doc.Issued && doc.Number != "" {
		add(5, lawgov.Pass, "统一登记、统一编号（"+doc.Number+"）、统一"+third)
	} else {
		var miss string
		for _, x := range [...]struct {
			ok    bool
			label string
		}{{doc.Registered, "统一登记"}, {doc.Numbered && doc.Number != "", "统一编号"}, {doc.Issued, "统一" + third}} {
			if !x.ok {
				if miss != "" {
					miss += "、"
				}
				miss += x.label
			}
		}
		add(5, lawgov.Fail, "未"+miss)
	}

	// 规章制定程序条例 第三十二条.
	switch {
	case doc.Kind != GovernmentRule:
		add(6, lawgov.NotApplicable, "非规章，施行日期由文件规定")
	case doc.Published.IsZero():
		add(6, lawgov.NotApplicable, "规章尚未公布")
	default:
		eff := doc.Effective
		if eff.IsZero() {
			eff = doc.Published
		}
		n, min := eff.DaysSince(doc.Published), r.ruleCommencementDays()
		m := doc.Published.String() + " 公布，" + eff.String() + " 施行，间隔" + strconv.Itoa(n) + "日"
		switch {
		case n >= min:
			add(6, lawgov.Pass, m+"，不少于"+strconv.Itoa(min)+"日")
		case doc.CommencementException != "":
			add(6, lawgov.Pass, m+"；属可以自公布之日起施行的情形："+doc.CommencementException)
		default:
			add(6, lawgov.Fail, m+"，少于"+strconv.Itoa(min)+"日")
		}
	}

	// Filing on time.
	due, _, ok, err := r.FilingDue(doc, cal)
	if err != nil {
		return lawgov.Report{}, err
	}
	switch {
	case doc.Published.IsZero():
		add(7, lawgov.NotApplicable, "文件尚未公布，无需备案")
	case !ok:
		if doc.Filed.IsZero() {
			add(7, lawgov.NotApplicable, "本辖区未设定规范性文件报备期限；尚未报备")
		} else {
			add(7, lawgov.NotApplicable, "本辖区未设定规范性文件报备期限；"+doc.Filed.String()+" 报备")
		}
	case doc.Filed.IsZero() && asOf.After(due):
		add(7, lawgov.Fail, doc.Published.String()+" 公布，报备期限至 "+due.String()+"，截至 "+asOf.String()+" 未报备")
	case doc.Filed.IsZero():
		add(7, lawgov.Pass, doc.Published.String()+" 公布，报备期限至 "+due.String()+"，尚未届满")
	case doc.Filed.After(due):
		add(7, lawgov.Fail, doc.Published.String()+" 公布，报备期限至 "+due.String()+"，"+doc.Filed.String()+" 才报备")
	default:
		add(7, lawgov.Pass, doc.Published.String()+" 公布，"+doc.Filed.String()+" 报备，期限至 "+due.String())
	}

	// 法规规章备案审查条例 第九条第二款 and 第二十一条.
	for _, x := range [...]struct {
		i                int
		notified, answer lawgov.Date
		days             int
		notice, act      string
	}{
		{8, doc.FilingDeferred, doc.Resubmitted, 15, "收到暂缓办理备案登记通知", "补充或者重新报送备案"},
		{9, doc.CorrectionNotified, doc.CorrectionReported, 30, "接到审查处理通知", "报送处理情况"},
	} {
		o, m, err := followUp(doc, x.notified, x.answer, x.days, x.notice, x.act, asOf, cal)
		if err != nil {
			return lawgov.Report{}, fmt.Errorf("decision: check document %q: %w", doc.ID, err)
		}
		add(x.i, o, m)
	}
	return use.Note(lawgov.Report{Subject: doc.ID, AsOf: asOf, Findings: out}), nil
}
