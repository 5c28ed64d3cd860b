package enforcement

import (
	"fmt"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/internal/cnnum"
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// ActionKind is the kind of an enforcement action (执法行为类别).
// The zero ActionKind is unspecified and fails validation.
type ActionKind uint8

// The action kinds.
const (
	ActionUnspecified ActionKind = iota
	Inspection                   // 行政检查
	Penalty                      // 行政处罚
	CoerciveMeasure              // 行政强制措施
	Licence                      // 行政许可
)

var actionNames = enum.New[ActionKind]("enforcement", "action kind", "ActionKind", []enum.Entry{
	Inspection:      {Code: "inspection", Label: "行政检查"},
	Penalty:         {Code: "penalty", Label: "行政处罚"},
	CoerciveMeasure: {Code: "coercive_measure", Label: "行政强制措施"},
	Licence:         {Code: "licence", Label: "行政许可"},
})

// String returns the stable code, e.g. "penalty".
func (k ActionKind) String() string { return actionNames.String(k) }

// Label returns the Chinese label, e.g. 行政处罚.
func (k ActionKind) Label() string { return actionNames.Label(k) }

// IsValid reports whether k is a defined action kind.
func (k ActionKind) IsValid() bool { return actionNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k ActionKind) MarshalText() ([]byte, error) { return actionNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ActionKind) UnmarshalText(b []byte) error {
	v, err := actionNames.Parse(b)
	*k = v
	return err
}

// Stage is a stage of an enforcement procedure that must be recorded
// (行政处罚法 第四十七条: 启动、调查取证、审核、决定、送达、执行).
// The zero Stage is unspecified.
type Stage uint8

// The stages.
const (
	StageUnspecified   Stage = iota
	StageStart               // 启动
	StageInvestigation       // 调查取证
	StageReview              // 审核
	StageDecision            // 决定
	StageService             // 送达
	StageExecution           // 执行
	numStages
)

var stageNames = enum.New[Stage]("enforcement", "stage", "Stage", []enum.Entry{
	StageStart:         {Code: "start", Label: "启动"},
	StageInvestigation: {Code: "investigation", Label: "调查取证"},
	StageReview:        {Code: "review", Label: "审核"},
	StageDecision:      {Code: "decision", Label: "决定"},
	StageService:       {Code: "service", Label: "送达"},
	StageExecution:     {Code: "execution", Label: "执行"},
})

// String returns the stable code, e.g. "investigation".
func (s Stage) String() string { return stageNames.String(s) }

// Label returns the Chinese label, e.g. 调查取证.
func (s Stage) Label() string { return stageNames.Label(s) }

// IsValid reports whether s is a defined stage.
func (s Stage) IsValid() bool { return stageNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Stage) MarshalText() ([]byte, error) { return stageNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Stage) UnmarshalText(b []byte) error {
	v, err := stageNames.Parse(b)
	*s = v
	return err
}

// MajorCase holds the conditions of 行政处罚法 第五十八条第一款 under which a
// penalty decision needs legal review (法制审核) first. The zero MajorCase
// needs no review.
type MajorCase struct {
	PublicInterest bool `json:"public_interest,omitempty"` // (一) 涉及重大公共利益
	HeardMajor     bool `json:"heard_major,omitempty"`     // (二) 直接关系重大权益，经过听证程序
	Complex        bool `json:"complex,omitempty"`         // (三) 案件情况疑难复杂、涉及多个法律关系
	OtherLaw       bool `json:"other_law,omitempty"`       // (四) 法律、法规规定应当进行法制审核
}

// Any reports whether any condition holds.
func (m MajorCase) Any() bool { return m.PublicInterest || m.HeardMajor || m.Complex || m.OtherLaw }

// items names the items of 第五十八条第一款 that hold, e.g. 「第（三）项」,
// from a table built once for the sixteen combinations.
func (m MajorCase) items() string {
	k := 0
	for i, c := range [...]bool{m.PublicInterest, m.HeardMajor, m.Complex, m.OtherLaw} {
		if c {
			k |= 1 << i
		}
	}
	return majorItems[k]
}

// majorItems[k] names the items whose bits are set in k: bit i is item i+1.
var majorItems = func() (t [16]string) {
	for k := range t {
		for i := range 4 {
			if k&(1<<i) != 0 {
				t[k] += "第（" + cnnum.Format(i+1) + "）项"
			}
		}
	}
	return t
}()

// LegalReview is the legal review (法制审核) of a decision. The zero
// LegalReview has no date and fails validation.
type LegalReview struct {
	Date           lawgov.Date `json:"date" validate:"isvalid"`
	Passed         bool        `json:"passed"`
	Reviewer       string      `json:"reviewer" validate:"required,max=64"`
	FirstAppointed lawgov.Date `json:"first_appointed" validate:"isvalid"` // the day the reviewer first did legal review
	LegalQualified bool        `json:"legal_qualified"`                    // 取得法律职业资格
}

// Action is one enforcement action (执法行为) to check: who acted, when, and
// the dates of the procedure.
//
// The zero Action is invalid.
type Action struct {
	ID     string      `json:"id" validate:"required,max=64"`
	Kind   ActionKind  `json:"kind" validate:"isvalid"`
	Field  string      `json:"field" validate:"required,max=64"`
	Region string      `json:"region" validate:"required,max=64"`
	Date   lawgov.Date `json:"date" validate:"isvalid"` // the inspection, investigation or on-the-spot act

	Officers         []string `json:"officers" validate:"dive,required"` // officer IDs
	CredentialsShown []string `json:"credentials_shown"`                 // officers who showed their credential
	OnTheSpot        bool     `json:"on_the_spot,omitempty"`             // 当场作出行政处罚决定 (第五十二条)
	// SingleOfficerBasis is the law that allows fewer than two officers
	// (「法律另有规定的除外」), or zero.
	SingleOfficerBasis lawgov.Citation `json:"single_officer_basis,omitzero"`

	Major  MajorCase    `json:"major,omitzero"`
	Review *LegalReview `json:"review,omitempty"`

	Filed     lawgov.Date `json:"filed,omitzero"`     // 立案
	Decided   lawgov.Date `json:"decided,omitzero"`   // decision date
	Served    lawgov.Date `json:"served,omitzero"`    // 送达
	Executed  lawgov.Date `json:"executed,omitzero"`  // 执行
	Published lawgov.Date `json:"published,omitzero"` // 公开
	// DecisionPeriod overrides the 90 days of 第六十条 where 「法律、法规、规章另有规定」.
	DecisionPeriod PeriodRule `json:"decision_period,omitzero"`

	Records []Stage `json:"records"` // stages with a record (文字或音像)

	Offence   *Offence `json:"offence,omitempty"` // for penalties
	Penalised bool     `json:"penalised,omitempty"`
	Educated  bool     `json:"educated,omitempty"` // education given and recorded when not penalised (第三十三条第三款)

	// Penalty procedure (行政处罚法).

	// Sanction is the penalty decided or proposed: kinds and amounts.
	Sanction *Sanction `json:"sanction,omitempty"`
	// OnTheSpotBasis is the law allowing an on-the-spot decision beyond
	// 第五十一条 (「法律另有规定的，从其规定」), or zero.
	OnTheSpotBasis lawgov.Citation `json:"on_the_spot_basis,omitzero"`
	// Serious marks 情节复杂或者重大违法行为, which the heads decide
	// collectively (第五十七条第二款); Discussed is the day they did.
	Serious   bool        `json:"serious,omitempty"`
	Discussed lawgov.Date `json:"discussed,omitzero"`
	// Hearing is the hearing procedure (第六十三、六十四条), or nil.
	Hearing *Hearing `json:"hearing,omitempty"`
	// Preserved is the day evidence was registered and preserved in advance
	// (先行登记保存), and PreservationDecided the day it was disposed of
	// (第五十六条); both zero when none was.
	Preserved           lawgov.Date `json:"preserved,omitzero"`
	PreservationDecided lawgov.Date `json:"preservation_decided,omitzero"`
	// Disclosed says whether the agency, filing basis, procedure and
	// remedies were published (第三十九条); nil = not recorded.
	Disclosed *bool `json:"disclosed,omitempty"`
	// Withdrawal records the withdrawal of published decision information
	// after the decision changed (第四十八条第二款), or nil.
	Withdrawal *Withdrawal `json:"withdrawal,omitempty"`
	// PenaltyBasis is the provision the penalty applies (处罚依据), or zero.
	// NoLegalBasis and NoStanding record the grounds of invalidity of
	// 第三十八条第一款 found by a reviewer: no basis, or an agency without the
	// standing of an administrative subject (不具有行政主体资格).
	PenaltyBasis lawgov.Citation `json:"penalty_basis,omitzero"`
	NoLegalBasis bool            `json:"no_legal_basis,omitempty"`
	NoStanding   bool            `json:"no_standing,omitempty"`

	// Coercion is the record of a coercive measure (行政强制法), required
	// reading for CoerciveMeasure actions: without it the approval and the
	// on-site record are not shown and fail.
	Coercion *Coercion `json:"coercion,omitempty"`
	// Inspection is the record of a random inspection (双随机), or nil.
	Inspection *RandomInspection `json:"inspection,omitempty"`
}

// reviewerCutoff is the day the revised 行政处罚法 took effect: reviewers who
// first did legal review on or after it need a legal profession
// qualification (第五十八条第二款).
var reviewerCutoff = lawgov.MustDate(2021, time.July, 15)

// Check checks action a as of asOf against the enforcement rules, in
// catalogue order:
//
//   - at least two officers, unless a law provides otherwise (行政处罚法
//     第四十二条; 行政强制法 第十八条);
//   - each officer able to enforce in a's field and region on a's date, as
//     the registry decides (第四十二条; 赤政发〔2019〕7号 第(十六)项);
//   - credentials shown (第五十五条, on the spot 第五十二条);
//   - legal review before a decision in a major case (第五十八条第一款), by a
//     qualified reviewer (第五十八条第二款);
//   - a decision within 90 calendar days of filing (第六十条);
//   - publicity within the rule set's periods (国办发〔2018〕118号);
//   - a record for every stage reached (第四十七条);
//   - the limitation period (第三十六条), the no-penalty answer (第三十三条第一、
//     二款) and education (第三十三条第三款).
//
// The report has one finding per action rule, in the order of
// [ActionRules], but for officer authority, which has one finding per
// officer (none for an action without officers).
//
// Periods are counted on cal (nil = lawgov.OfficialCalendar()). An error
// means the check could not run: a malformed action, or no calendar data.
func Check(a Action, asOf lawgov.Date, officers OfficerLookup, cal *lawgov.Calendar) (lawgov.Report, error) {
	var r lawgov.Report
	err := run(&a, asOf, officers, cal, &r, nil)
	return r, err
}

// CheckInto is Check writing into r, whose findings' memory it reuses
// when it is large enough: a caller checking many actions one after
// another keeps one report and allocates only the messages of each. The
// report's previous findings are overwritten; on error r is left empty.
func CheckInto(r *lawgov.Report, a Action, asOf lawgov.Date, officers OfficerLookup, cal *lawgov.Calendar) error {
	if r == nil {
		return fmt.Errorf("enforcement: check action %q: nil report", a.ID)
	}
	if err := run(&a, asOf, officers, cal, r, nil); err != nil {
		*r = lawgov.Report{Findings: r.Findings[:0]}
		return err
	}
	return nil
}

// Verdict is Check without the messages: the outcome of every action
// rule, by its position in [ActionRules], and the severity of each
// failure, exactly as lawgov.VerdictOf(report, ActionRules()) folds the
// report of Check for the same input. The authority findings of the
// officers share one position, which fails when one officer may not
// enforce and has no outcome (lawgov.OutcomeUnspecified) for an action
// without officers. Verdict fails when Check does, with the same error,
// except that, writing no messages, it never reaches their length bound.
//
// With a *Registry and a calendar without provisional years (see
// [lawgov.Verdict.Provisional]) it allocates nothing: a host that only
// needs to know which rules fail calls it, and Check when it shows the
// report.
func Verdict(a Action, asOf lawgov.Date, officers OfficerLookup, cal *lawgov.Calendar) (lawgov.Verdict, error) {
	var v lawgov.Verdict
	err := run(&a, asOf, officers, cal, nil, &v)
	return v, err
}

// run is Check (into r) or Verdict (into v); a is the caller's copy.
func run(a *Action, asOf lawgov.Date, officers OfficerLookup, cal *lawgov.Calendar, r *lawgov.Report, v *lawgov.Verdict) error {
	reg, isReg := officers.(*Registry)
	if officers == nil || (isReg && reg == nil) {
		return fmt.Errorf("enforcement: check action %q: no officer lookup", a.ID)
	}
	if err := validateAction(a); err != nil {
		return err
	}
	if cal == nil {
		cal = lawgov.OfficialCalendar()
	}
	var rs *RuleSet
	if isReg {
		rs = reg.rs
	} else {
		rs = officers.RuleSet()
		if err := rs.Validate(); err != nil {
			return fmt.Errorf("enforcement: check action %q: %w", a.ID, err)
		}
	}
	// 第四十二条: 具有行政执法资格的执法人员; the registry decides. The
	// statuses are derived from the stored officers under the read lock,
	// without copying them out of the registry.
	var authStack [4]authority
	auth, err := authorities(officers, rs, authStack[:0], a.Officers, a.Date, a.Field, a.Region)
	if err != nil {
		return fmt.Errorf("enforcement: check action %q: %w", a.ID, err)
	}
	cal, use := cal.Observed() // notes a provisional year a period touches
	// m is used through this variable, not c.m: the compiler does not
	// tell the fields of c apart, and m's going back to the pool would
	// move the action c points to onto the heap.
	m := messages.Get().(*msg)
	defer m.release()
	if isReg {
		m.rules = &reg.rules
	} else {
		m.rules = rs.actionRules()
	}
	b := m.b()
	b.Reset(numActionRules, r == nil)
	c := check{a: a, asOf: asOf, cal: cal, rs: rs, m: m}
	if err := c.apply(auth); err != nil {
		return err
	}
	if err := b.Err(); err != nil {
		return fmt.Errorf("enforcement: check action %q: %w", a.ID, err)
	}
	if v != nil {
		b.NoteProvisional(use)
		*v = b.Verdict()
		return nil
	}
	*r = use.Note(lawgov.Report{Subject: a.ID, AsOf: asOf, Findings: b.Findings(r.Findings)})
	return nil
}

// messages recycles the message writers of Check and Verdict, message
// space included, so that a verdict allocates nothing and a report only
// its findings and their messages.
var messages = sync.Pool{New: func() any { return new(msg) }}

// check is one run of Check or Verdict: the action, the date, the
// calendar, the rule set and the findings so far. The rule families in
// coercive.go, procedure.go and inspection.go are its methods.
type check struct {
	a    *Action
	asOf lawgov.Date
	cal  *lawgov.Calendar
	rs   *RuleSet
	m    *msg
}

// finding begins a finding of action rule pos about subject with outcome
// o, a failure with the rule's severity; its message is written next.
func (c *check) finding(pos int, subject string, o lawgov.Outcome) *msg {
	c.m.b().Begin(pos, &c.m.rules[pos], subject).Judge(o, lawgov.SeverityUnspecified)
	return c.m
}

// pass, fail and na begin a finding of action rule pos about the action
// with that outcome.
func (c *check) pass(pos int) *msg { return c.finding(pos, c.a.ID, lawgov.Pass) }
func (c *check) fail(pos int) *msg { return c.finding(pos, c.a.ID, lawgov.Fail) }
func (c *check) na(pos int) *msg   { return c.finding(pos, c.a.ID, lawgov.NotApplicable) }

// begin begins a finding of action rule pos about the action whose
// outcome is judged after its message ([msg.judge]).
func (c *check) begin(pos int) *msg {
	c.m.b().Begin(pos, &c.m.rules[pos], c.a.ID)
	return c.m
}

// apply applies the action rules in order; auth is the authority of each
// officer of the action.
func (c *check) apply(auth []authority) error {
	a, asOf, m := c.a, c.asOf, c.m
	fieldAct := a.Kind == Inspection || a.Kind == Penalty || a.Kind == CoerciveMeasure
	isPenalty := a.Kind == Penalty
	n := len(a.Officers)

	// 第四十二条: 执法人员不得少于两人，法律另有规定的除外. A coercive
	// measure has its own rule without exception (行政强制法 第十八条第（二）项).
	switch {
	case !fieldAct:
		c.na(posTwoOfficers).s(a.Kind.Label()).s("不适用现场执法人数要求")
	case a.Kind == CoerciveMeasure:
		c.na(posTwoOfficers).s("行政强制措施适用《中华人民共和国行政强制法》第十八条第（二）项，不适用本条除外规定")
	case n >= 2:
		c.pass(posTwoOfficers).s("执法人员").n(n).s("人，不少于两人")
	case n == 1 && a.SingleOfficerBasis.IsValid():
		c.pass(posTwoOfficers).s("执法人员1人，依").cite(a.SingleOfficerBasis).s("可由一人实施")
	default:
		c.fail(posTwoOfficers).s("执法人员").n(n).s("人，少于两人")
	}

	// 第四十二条: 具有行政执法资格的执法人员, as auth gives it.
	c.coercionTwoOfficers()
	for i, id := range a.Officers {
		au := &auth[i]
		switch {
		case !au.found:
			c.finding(posOfficerAuthority, id, lawgov.Fail).s("未在执法人员信息库中")
		case au.ok:
			c.finding(posOfficerAuthority, id, lawgov.Pass).d(a.Date).s(" 持有效执法证 ").s(au.number).
				s("，载明领域「").s(a.Field).s("」区域「").s(a.Region).s("」")
		case au.state != StateActive:
			c.finding(posOfficerAuthority, id, lawgov.Fail).d(a.Date).s(" 执法资格状态为「").s(au.state.Label()).s("」，不得执法")
		default:
			c.finding(posOfficerAuthority, id, lawgov.Fail).d(a.Date).s(" 执法证 ").s(au.number).
				s(" 不含领域「").s(a.Field).s("」区域「").s(a.Region).s("」")
		}
	}

	// 第五十五条, 第五十二条; 行政强制法 第十八条.
	if !fieldAct {
		c.na(posCredentialShown).s(a.Kind.Label()).s("不适用现场出示证件要求")
	} else {
		where := "调查或者检查时"
		switch {
		case a.Kind == CoerciveMeasure:
			where = "实施行政强制措施时" // 行政强制法 第十八条第（三）项
		case a.OnTheSpot:
			where = "当场作出处罚决定时"
		}
		allShown := true
		for _, id := range a.Officers {
			if !slices.Contains(a.CredentialsShown, id) {
				allShown = false
				break
			}
		}
		if allShown {
			c.pass(posCredentialShown).s(where).s("执法人员").n(n).s("人均出示执法证件")
		} else {
			c.fail(posCredentialShown).s(where).s("未出示执法证件：")
			if !m.b().VerdictOnly() {
				sep := ""
				for _, id := range a.Officers {
					if !slices.Contains(a.CredentialsShown, id) {
						m.s(sep).s(id)
						sep = "、"
					}
				}
			}
		}
	}

	// 行政强制法 第十七、十八、十九、二十五条; 行政处罚法 第五十一条.
	if err := c.coercion(); err != nil {
		return err
	}
	c.simpleProcedure()

	// 第五十八条第一款: review before a decision in a major case.
	switch {
	case !isPenalty:
		c.na(posLegalReview).s(a.Kind.Label()).s("不适用行政处罚法第五十八条")
	case !a.Major.Any():
		c.na(posLegalReview).s("不属于第五十八条第一款所列情形")
	case a.Review == nil && a.Decided.IsZero():
		c.na(posLegalReview).s("属于第五十八条第一款").s(a.Major.items()).s("情形，尚未作出决定，作出决定前应当法制审核")
	case a.Review == nil:
		c.fail(posLegalReview).s("属于第五十八条第一款").s(a.Major.items()).s("情形，").d(a.Decided).s(" 作出决定，未经法制审核")
	case !a.Review.Passed && !a.Decided.IsZero():
		c.fail(posLegalReview).d(a.Review.Date).s(" 法制审核未通过，").d(a.Decided).s(" 仍作出决定")
	case !a.Decided.IsZero() && a.Review.Date.After(a.Decided):
		c.fail(posLegalReview).s("法制审核 ").d(a.Review.Date).s(" 晚于决定 ").d(a.Decided)
	case !a.Review.Passed:
		c.na(posLegalReview).d(a.Review.Date).s(" 法制审核未通过，尚未作出决定")
	default:
		c.pass(posLegalReview).s("属于第五十八条第一款").s(a.Major.items()).s("情形，").d(a.Review.Date).s(" 法制审核通过")
		if !a.Decided.IsZero() {
			m.s("，").d(a.Decided).s(" 作出决定")
		}
	}

	// 第五十八条第二款: reviewer qualification.
	switch {
	case a.Review == nil:
		c.na(posReviewer).s("无法制审核")
	case a.Review.FirstAppointed.Before(reviewerCutoff):
		c.pass(posReviewer).s("审核人员").s(a.Review.Reviewer).s(" ").d(a.Review.FirstAppointed).s(" 初次从事法制审核，早于 2021-07-15")
	case a.Review.LegalQualified:
		c.pass(posReviewer).s("审核人员").s(a.Review.Reviewer).s("已取得法律职业资格")
	default:
		c.fail(posReviewer).s("审核人员").s(a.Review.Reviewer).s(" ").d(a.Review.FirstAppointed).s(" 初次从事法制审核，未取得法律职业资格")
	}

	// 第五十七条第二款, 第六十三、六十四条, 第五十六条.
	c.collective()
	if err := c.hearing(); err != nil {
		return err
	}
	if err := c.preservation(); err != nil {
		return err
	}

	// 第六十条: 自立案之日起九十日内.
	if !isPenalty || a.Filed.IsZero() {
		c.na(posDecisionDeadline).s("非行政处罚案件或未立案")
	} else {
		p := a.DecisionPeriod
		if p.IsZero() {
			p = defaultDecisionPeriod
		}
		due, err := c.due(a.Filed, p.Period, "decision deadline")
		if err != nil {
			return err
		}
		c.begin(posDecisionDeadline).s("立案 ").d(a.Filed).s("，期限").p(p.Period).s("，届满 ").d(due)
		m.judge(m.deadline(a.Decided, due, asOf, "决定", "作出决定"))
	}

	// 第六十一条.
	if err := c.service(); err != nil {
		return err
	}

	// 国办发〔2018〕118号: publicity.
	if a.Decided.IsZero() || (isPenalty && !a.Penalised) {
		c.na(posPublicity).s("无须公开的执法决定")
	} else {
		p := c.rs.PublicityOther
		if isPenalty || a.Kind == Licence {
			p = c.rs.PublicityPenalty
		}
		due, err := c.due(a.Decided, p.Period, "publicity deadline")
		if err != nil {
			return err
		}
		c.begin(posPublicity).s("决定 ").d(a.Decided).s("，应于").p(p.Period).s("内公开，届满 ").d(due)
		m.judge(m.deadline(a.Published, due, asOf, "公开", "公开"))
	}

	// 第三十九条, 第四十八条第二款.
	c.disclosure()
	if err := c.withdrawal(); err != nil {
		return err
	}

	// 第四十七条: 全过程记录.
	var have [numStages]bool
	for _, s := range a.Records {
		if s.IsValid() {
			have[s] = true
		}
	}
	reached := [numStages]bool{StageStart: true, StageInvestigation: true,
		StageReview: a.Review != nil, StageDecision: !a.Decided.IsZero(),
		StageService: !a.Served.IsZero(), StageExecution: !a.Executed.IsZero()}
	complete, count := true, 0
	for s := StageStart; s < numStages; s++ {
		if reached[s] {
			count++
			complete = complete && have[s]
		}
	}
	if complete {
		c.pass(posRecords).s("已进行的").n(count).s("个环节均有记录")
	} else {
		c.fail(posRecords).s("已进行的环节缺少记录：")
		if !m.b().VerdictOnly() {
			sep := ""
			for s := StageStart; s < numStages; s++ {
				if reached[s] && !have[s] {
					m.s(sep).s(s.Label())
					sep = "、"
				}
			}
		}
	}

	// 第三十六条, 第三十三条.
	if f := a.Offence; !isPenalty || f == nil {
		c.na(posLimitation).s("无违法行为事实")
		c.na(posNoPenalty).s("无违法行为事实")
		c.na(posEducation).s("无违法行为事实")
	} else {
		end, lp := f.Limitation()
		late := f.Discovered.After(end)
		o, found := lawgov.Pass, "，未超过期限"
		switch {
		case late && a.Penalised:
			o, found = lawgov.Fail, "，已超过期限，不得再给予行政处罚"
		case late:
			found = "，已超过期限，未予处罚"
		}
		c.begin(posLimitation).s("违法行为 ").d(f.Committed)
		if !f.Ended.IsZero() {
			m.s(" 至 ").d(f.Ended).s(" 持续")
		}
		m.s("，追责期限").p(lp.Period)
		if !m.b().VerdictOnly() && !f.LimitationOverride.IsZero() {
			m.s("（依").cite(f.LimitationOverride.Basis).s("）")
		}
		m.s("，至 ").d(end).s("，发现于 ").d(f.Discovered).s(found).judge(o)

		ex, _ := f.Exemption()
		switch {
		case ex == MustNotPenalise && a.Penalised:
			c.fail(posNoPenalty).s("属于「").s(ex.Label()).s("」情形，却给予了行政处罚")
		case ex == NoExemption && !a.Penalised && !a.Decided.IsZero() && !late:
			c.fail(posNoPenalty).s("不符合第三十三条不予处罚情形，却未给予行政处罚")
		case a.Penalised:
			c.pass(posNoPenalty).s("判定为「").s(ex.Label()).s("」，给予行政处罚")
		default:
			c.pass(posNoPenalty).s("判定为「").s(ex.Label()).s("」，未给予行政处罚")
		}

		switch {
		case a.Penalised || a.Decided.IsZero():
			c.na(posEducation).s("给予处罚或尚未决定")
		case a.Educated:
			c.pass(posEducation).s("不予处罚，已对当事人进行教育")
		default:
			c.fail(posEducation).s("不予处罚，未记录对当事人的教育")
		}
	}

	// 第三十八条; 优化营商环境条例 第五十四条.
	noAuthority := len(auth) > 0
	for i := range auth {
		noAuthority = noAuthority && !auth[i].ok
	}
	c.invalidity(noAuthority)
	return c.inspection()
}

// due returns the last day of p counted from start, wrapping a calendar
// error with the action and what was counted.
func (c *check) due(start lawgov.Date, p lawgov.Period, what string) (lawgov.Date, error) {
	d, _, err := c.cal.PeriodEnd(start, p)
	if err != nil {
		return lawgov.Date{}, fmt.Errorf("enforcement: check action %q: %s: %w", c.a.ID, what, err)
	}
	return d, nil
}

// defaultDecisionPeriod is the 90 days of 第六十条.
var defaultDecisionPeriod = PeriodRule{Period: lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 90), Basis: penalty.Art(60)}

// Validate checks the shape of a by its validate tags and those of the
// records it holds, as lawgov.Validate(a) does, with the same result: nil
// or a *lawgov.InvalidInputError naming every bad field. A valid action is
// checked in code, without reflection; the reflective validator runs only
// to name the fields of an invalid one. [Check] validates too, and also
// rejects text that is not UTF-8 and inconsistent overrides.
func (a *Action) Validate() error {
	if a.tagsValid() {
		return nil
	}
	return lawgov.Validate(a)
}

// tagsValid reports whether a passes the validate tags of Action and of the
// records it holds (LegalReview, Offence, Sanction, Withdrawal, Coercion),
// as lawgov.Validate decides, without reflection.
func (a *Action) tagsValid() bool {
	ok := a.ID != "" && maxRunes(a.ID, 64) && a.Kind.IsValid() && a.Field != "" && maxRunes(a.Field, 64) &&
		a.Region != "" && maxRunes(a.Region, 64) && a.Date.IsValid()
	for _, id := range a.Officers {
		ok = ok && id != ""
	}
	if k := a.Coercion; k != nil {
		ok = ok && k.Measure.IsValid() && k.Extension >= 0 && k.ExcludedDays >= 0
	}
	if s := a.Sanction; s != nil {
		ok = ok && s.Party.IsValid() && len(s.Kinds) > 0
		for _, k := range s.Kinds {
			ok = ok && k.IsValid()
		}
	}
	if a.Withdrawal != nil {
		ok = ok && a.Withdrawal.Changed.IsValid()
	}
	if r := a.Review; r != nil {
		ok = ok && r.Date.IsValid() && r.Reviewer != "" && maxRunes(r.Reviewer, 64) && r.FirstAppointed.IsValid()
	}
	if f := a.Offence; f != nil {
		ok = ok && f.Committed.IsValid() && f.Discovered.IsValid()
	}
	return ok
}

// validateAction checks the shape of a without reflection on the hot path:
// the reflective validator runs only when the tags checked in code fail.
func validateAction(a *Action) error {
	if !utf8.ValidString(a.ID) {
		return fmt.Errorf("enforcement: check action %q: ID is not valid UTF-8", a.ID)
	}
	for _, id := range a.Officers {
		if !utf8.ValidString(id) {
			return fmt.Errorf("enforcement: check action %q: officer ID %q is not valid UTF-8", a.ID, id)
		}
	}
	if k := a.Coercion; k != nil {
		if k.Urgent && k.Started.IsZero() {
			return fmt.Errorf("enforcement: check action %q: urgent coercive measure without its start time", a.ID)
		}
		if !k.Period.IsZero() && (!k.Period.Period.IsValid() || !k.Period.Basis.IsValid()) {
			return fmt.Errorf("enforcement: check action %q: seizure period override needs a period and a basis", a.ID)
		}
	}
	if s := a.Sanction; s != nil {
		if s.Fine.IsNegative() || s.Confiscated.IsNegative() {
			return fmt.Errorf("enforcement: check action %q: negative amount", a.ID)
		}
	}
	if f := a.Offence; f != nil && !f.LimitationOverride.IsZero() {
		if !f.LimitationOverride.Period.IsValid() || !f.LimitationOverride.Basis.IsValid() || f.LimitationOverride.Period.Unit == lawgov.UnitWorkingDays {
			return fmt.Errorf("enforcement: check action %q: limitation override needs a period in days, months or years and a basis", a.ID)
		}
	}
	if a.tagsValid() {
		return nil
	}
	return validateActionSlow(*a)
}

// validateActionSlow runs the reflective validator on a copy, so that the
// caller's Action does not escape to the heap on the fast path.
func validateActionSlow(a Action) error {
	if err := lawgov.Validate(&a); err != nil {
		return fmt.Errorf("enforcement: check action %q: %w", a.ID, err)
	}
	return fmt.Errorf("enforcement: check action %q: malformed", a.ID)
}
