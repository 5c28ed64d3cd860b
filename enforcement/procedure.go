// This file implements procedure rules of 中华人民共和国行政处罚法 (revised
// 2021-01-22): 第三十八、三十九、四十八、五十一、五十六、五十七、六十一、六十三、
// 六十四条.

package enforcement

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// PartyKind is the kind of the party to a penalty (当事人). The zero
// PartyKind is unspecified.
type PartyKind uint8

// The party kinds.
const (
	PartyUnspecified PartyKind = iota
	Citizen                    // 公民
	Organisation               // 法人或者其他组织
)

var partyNames = enum.New[PartyKind]("enforcement", "party kind", "PartyKind", []enum.Entry{
	Citizen:      {Code: "citizen", Label: "公民"},
	Organisation: {Code: "organisation", Label: "法人或者其他组织"},
})

// String returns the stable code, e.g. "citizen".
func (k PartyKind) String() string { return partyNames.String(k) }

// Label returns the Chinese label, e.g. 公民.
func (k PartyKind) Label() string { return partyNames.Label(k) }

// IsValid reports whether k is a defined party kind.
func (k PartyKind) IsValid() bool { return partyNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k PartyKind) MarshalText() ([]byte, error) { return partyNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *PartyKind) UnmarshalText(b []byte) error {
	v, err := partyNames.Parse(b)
	*k = v
	return err
}

// SanctionKind is a kind of administrative penalty (行政处罚的种类, 行政处罚法
// 第九条). The zero SanctionKind is unspecified.
type SanctionKind uint8

// The sanction kinds.
const (
	SanctionUnspecified    SanctionKind = iota
	SanctionWarning                     // 警告 (not a severity: see lawgov.Warning)
	Criticism                           // 通报批评
	Fine                                // 罚款
	ConfiscateGains                     // 没收违法所得
	ConfiscateProperty                  // 没收非法财物
	SuspendLicence                      // 暂扣许可证件
	DowngradeQualification              // 降低资质等级
	RevokeLicence                       // 吊销许可证件
	RestrictOperations                  // 限制开展生产经营活动
	OrderSuspension                     // 责令停产停业
	OrderClosure                        // 责令关闭
	RestrictEmployment                  // 限制从业
	Detention                           // 行政拘留
	OtherSanction                       // 法律、行政法规规定的其他行政处罚
)

var sanctionNames = enum.New[SanctionKind]("enforcement", "sanction kind", "SanctionKind", []enum.Entry{
	SanctionWarning:        {Code: "warning", Label: "警告"},
	Criticism:              {Code: "criticism", Label: "通报批评"},
	Fine:                   {Code: "fine", Label: "罚款"},
	ConfiscateGains:        {Code: "confiscate_gains", Label: "没收违法所得"},
	ConfiscateProperty:     {Code: "confiscate_property", Label: "没收非法财物"},
	SuspendLicence:         {Code: "suspend_licence", Label: "暂扣许可证件"},
	DowngradeQualification: {Code: "downgrade_qualification", Label: "降低资质等级"},
	RevokeLicence:          {Code: "revoke_licence", Label: "吊销许可证件"},
	RestrictOperations:     {Code: "restrict_operations", Label: "限制开展生产经营活动"},
	OrderSuspension:        {Code: "order_suspension", Label: "责令停产停业"},
	OrderClosure:           {Code: "order_closure", Label: "责令关闭"},
	RestrictEmployment:     {Code: "restrict_employment", Label: "限制从业"},
	Detention:              {Code: "detention", Label: "行政拘留"},
	OtherSanction:          {Code: "other", Label: "其他行政处罚"},
})

// String returns the stable code, e.g. "fine".
func (k SanctionKind) String() string { return sanctionNames.String(k) }

// Label returns the Chinese label, e.g. 罚款.
func (k SanctionKind) Label() string { return sanctionNames.Label(k) }

// IsValid reports whether k is a defined sanction kind.
func (k SanctionKind) IsValid() bool { return sanctionNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k SanctionKind) MarshalText() ([]byte, error) { return sanctionNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *SanctionKind) UnmarshalText(b []byte) error {
	v, err := sanctionNames.Parse(b)
	*k = v
	return err
}

// Sanction is the penalty decided or proposed (拟作出) in a case. Amounts
// are in yuan. The zero Sanction has no party and fails validation.
type Sanction struct {
	Party PartyKind      `json:"party" validate:"isvalid"`
	Kinds []SanctionKind `json:"kinds" validate:"min=1,dive,isvalid"`
	// Fine is the fine (罚款), zero when none.
	Fine decimal.Decimal `json:"fine,omitzero"`
	// Confiscated is the value of the gains or property confiscated, zero
	// when none.
	Confiscated decimal.Decimal `json:"confiscated,omitzero"`
	// Heavier marks another heavier penalty (其他较重的行政处罚, 第六十三条第一款
	// 第（五）项), and HearingByLaw a case in which a law, regulation or rule
	// requires a hearing (第（六）项).
	Heavier      bool `json:"heavier,omitempty"`
	HearingByLaw bool `json:"hearing_by_law,omitempty"`
}

func (s *Sanction) has(k SanctionKind) bool {
	for _, x := range s.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Hearing records the hearing procedure of a penalty case (听证程序,
// 第六十三、六十四条). The zero Hearing records that the party was not told
// of the right to a hearing.
type Hearing struct {
	Notified  lawgov.Date `json:"notified,omitzero"`    // 告知当事人有要求听证的权利
	Requested lawgov.Date `json:"requested,omitzero"`   // 当事人要求听证; zero = no request
	NoticeOn  lawgov.Date `json:"notice_sent,omitzero"` // 通知听证的时间、地点
	Held      lawgov.Date `json:"held,omitzero"`        // 举行听证
}

// Withdrawal records the withdrawal of published penalty-decision
// information after the decision was changed, revoked, confirmed unlawful
// or confirmed void (第四十八条第二款). The zero Withdrawal has no dates.
type Withdrawal struct {
	// Changed is the day the change of the decision took effect. The statute
	// does not say from which day the three days run (RULES T3, R); this
	// package counts from this day.
	Changed   lawgov.Date `json:"changed" validate:"isvalid"`
	Withdrawn lawgov.Date `json:"withdrawn,omitzero"`  // 撤回行政处罚决定信息
	Explained bool        `json:"explained,omitempty"` // 公开说明理由
}

// FineLimits are amounts for a citizen and for an organisation (法人或者其他
// 组织), with the provision that sets them. The zero FineLimits is unset.
type FineLimits struct {
	Citizen      decimal.Decimal `json:"citizen"`
	Organisation decimal.Decimal `json:"organisation"`
	Basis        lawgov.Citation `json:"basis"`
}

// IsZero reports whether l is unset.
func (l FineLimits) IsZero() bool {
	return l.Basis.IsZero() && l.Citizen.IsZero() && l.Organisation.IsZero()
}

// For returns the limit for party k.
func (l FineLimits) For(k PartyKind) decimal.Decimal {
	if k == Organisation {
		return l.Organisation
	}
	return l.Citizen
}

// SimpleProcedureLimits returns the limits of 第五十一条: 「对公民处以二百元以下、
// 对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定」.
// 「以下」 includes the amount (a drafting convention, RULES F6, R).
func SimpleProcedureLimits() FineLimits {
	return FineLimits{Citizen: decimal.NewFromInt(200), Organisation: decimal.NewFromInt(3000), Basis: penalty.Art(51)}
}

// Rules of 行政处罚法 for the procedure of penalties.
var (
	ruleSimpleProcedure = lawgov.Rule{ID: "enforcement.simple-procedure", Title: "当场处罚（简易程序）的适用范围",
		Basis: []lawgov.Citation{penalty.Art(51)}, Severity: lawgov.Violation}
	ruleCollective = lawgov.Rule{ID: "enforcement.collective-decision", Title: "负责人集体讨论决定",
		Basis: []lawgov.Citation{penalty.Cite(57, 2, 0)}, Severity: lawgov.Violation}
	ruleHearingTiming = lawgov.Rule{ID: "enforcement.hearing-timing", Title: "听证申请与通知期限",
		Basis: []lawgov.Citation{penalty.Cite(64, 0, 1), penalty.Cite(64, 0, 2)}, Severity: lawgov.Violation}
	rulePreservation = lawgov.Rule{ID: "enforcement.evidence-preservation", Title: "先行登记保存七日内作出处理决定",
		Basis: []lawgov.Citation{penalty.Cite(56, 0, 0)}, Severity: lawgov.Violation}
	ruleService = lawgov.Rule{ID: "enforcement.decision-service", Title: "处罚决定书七日内送达",
		Basis: []lawgov.Citation{penalty.Art(61)}, Severity: lawgov.Violation}
	ruleDisclosure = lawgov.Rule{ID: "enforcement.penalty-disclosure", Title: "行政处罚实施机关、立案依据、实施程序和救济渠道公示",
		Basis: []lawgov.Citation{penalty.Art(39)}, Severity: lawgov.Violation}
	ruleWithdrawal = lawgov.Rule{ID: "enforcement.publicity-withdrawal", Title: "三日内撤回行政处罚决定信息并说明理由",
		Basis: []lawgov.Citation{penalty.Cite(48, 2, 0)}, Severity: lawgov.Violation}
	ruleInvalidity = lawgov.Rule{ID: "enforcement.invalidity", Title: "行政处罚无效情形",
		Basis: []lawgov.Citation{penalty.Art(38)}, Severity: lawgov.Violation}
)

// ruleHearingRights cites 第六十三条 and the rule set's 较大数额, if set.
func (rs *RuleSet) ruleHearingRights() lawgov.Rule {
	b := []lawgov.Citation{penalty.Art(63)}
	if !rs.LargeAmount.IsZero() {
		b = append(b, rs.LargeAmount.Basis)
	}
	return lawgov.Rule{ID: "enforcement.hearing-rights", Title: "告知听证权利并组织听证", Basis: b, Severity: lawgov.Violation}
}

func (rs *RuleSet) ruleSimpleProcedure() lawgov.Rule {
	if rs.SimpleProcedure.Basis == penalty.Art(51) || rs.SimpleProcedure.IsZero() {
		return ruleSimpleProcedure
	}
	return lawgov.Rule{ID: ruleSimpleProcedure.ID, Title: ruleSimpleProcedure.Title,
		Basis: []lawgov.Citation{penalty.Art(51), rs.SimpleProcedure.Basis}, Severity: lawgov.Violation}
}

// simpleProcedure applies 第五十一条 to a penalty decided on the spot:
// 「违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下
// 罚款或者警告的行政处罚的，可以当场作出行政处罚决定。法律另有规定的，从其规定。」
func (c *check) simpleProcedure() {
	a := c.a
	s := a.Sanction
	switch {
	case a.Kind != Penalty || !a.OnTheSpot:
		c.na(posSimpleProcedure).s("非当场作出的行政处罚决定")
		return
	case s == nil:
		c.na(posSimpleProcedure).s("当场处罚未记录处罚种类和数额，未检查")
		return
	case a.OnTheSpotBasis.IsValid():
		c.pass(posSimpleProcedure).s("当场处罚，依").cite(a.OnTheSpotBasis).s("（法律另有规定）")
		return
	}
	limits := c.rs.SimpleProcedure
	if limits.IsZero() {
		limits = SimpleProcedureLimits()
	}
	for _, k := range s.Kinds {
		if k != SanctionWarning && k != Fine {
			c.fail(posSimpleProcedure).s("当场作出「").s(k.Label()).s("」，简易程序只适用罚款或者警告")
			return
		}
	}
	max := limits.For(s.Party)
	if s.has(Fine) && s.Fine.Cmp(max) > 0 {
		c.fail(posSimpleProcedure).s("对").s(s.Party.Label()).s("当场罚款 ").yuan(s.Fine).s(" 元，超过 ").yuan(max).s(" 元")
		return
	}
	m := c.pass(posSimpleProcedure).s("对").s(s.Party.Label()).s("当场作出")
	if s.has(Fine) {
		m.s("罚款 ").yuan(s.Fine).s(" 元，不超过 ").yuan(max).s(" 元")
	} else {
		m.s("警告")
	}
}

// collective applies 第五十七条第二款: 「对情节复杂或者重大违法行为给予行政处罚，
// 行政机关负责人应当集体讨论决定。」
func (c *check) collective() {
	a := c.a
	switch {
	case a.Kind != Penalty || !a.Serious:
		c.na(posCollective).s("非情节复杂或者重大违法行为")
	case a.Decided.IsZero() || !a.Penalised:
		c.na(posCollective).s("情节复杂或者重大违法行为，尚未给予行政处罚")
	case a.Discussed.IsZero():
		c.fail(posCollective).s("情节复杂或者重大违法行为，").d(a.Decided).s(" 作出处罚，未经负责人集体讨论")
	case a.Discussed.After(a.Decided):
		c.fail(posCollective).s("负责人集体讨论 ").d(a.Discussed).s(" 晚于决定 ").d(a.Decided)
	default:
		c.pass(posCollective).s("负责人 ").d(a.Discussed).s(" 集体讨论，").d(a.Decided).s(" 作出决定")
	}
}

// hearingItem returns the item of 第六十三条第一款 that gives the party a
// right to a hearing, or "" when none does. Item (一) and (二) need the rule
// set's 较大数额; large is false when it is not set.
func (c *check) hearingItem(s *Sanction) (item string, large bool) {
	la := c.rs.LargeAmount
	set := !la.IsZero()
	switch {
	case s.has(Fine) && set && s.Fine.Cmp(la.For(s.Party)) >= 0:
		return "第（一）项较大数额罚款", true
	case (s.has(ConfiscateGains) || s.has(ConfiscateProperty)) && set && s.Confiscated.Cmp(la.For(s.Party)) >= 0:
		return "第（二）项没收较大数额违法所得、较大价值非法财物", true
	case s.has(DowngradeQualification) || s.has(RevokeLicence):
		return "第（三）项降低资质等级、吊销许可证件", set
	case s.has(OrderSuspension) || s.has(OrderClosure) || s.has(RestrictEmployment):
		return "第（四）项责令停产停业、责令关闭、限制从业", set
	case s.Heavier:
		return "第（五）项其他较重的行政处罚", set
	case s.HearingByLaw:
		return "第（六）项法律、法规、规章规定的其他情形", set
	}
	return "", set
}

// hearing applies 第六十三条 (the right to a hearing) and 第六十四条第（一）、
// （二）项: 「当事人要求听证的，应当在行政机关告知后五日内提出」; 「行政机关应当在
// 举行听证的七日前，通知当事人及有关人员听证的时间、地点」. Five and seven days are
// working days (第八十五条). The notice is in time when the hearing is not
// earlier than the last day of seven working days counted from the notice.
func (c *check) hearing() error {
	a := c.a
	s := a.Sanction
	if a.Kind != Penalty || s == nil {
		c.na(posHearingRights).s("非行政处罚或未记录处罚种类")
		c.na(posHearingTiming).s("无听证程序")
		return nil
	}
	item, largeSet := c.hearingItem(s)
	h := a.Hearing
	switch {
	case item == "" && !largeSet && (s.has(Fine) || s.has(ConfiscateGains) || s.has(ConfiscateProperty)):
		c.na(posHearingRights).s("规则集未设定较大数额标准，未判断罚款、没收是否属于第六十三条")
	case item == "":
		c.na(posHearingRights).s("拟作出的处罚不属于第六十三条第一款所列情形")
	case h == nil || h.Notified.IsZero():
		if a.Decided.IsZero() {
			c.na(posHearingRights).s("属于第六十三条第一款").s(item).s("，作出决定前应当告知听证权利")
		} else {
			c.fail(posHearingRights).s("属于第六十三条第一款").s(item).s("，").d(a.Decided).s(" 作出决定，未告知听证权利")
		}
	case !a.Decided.IsZero() && h.Notified.After(a.Decided):
		c.fail(posHearingRights).s("告知听证权利 ").d(h.Notified).s(" 晚于决定 ").d(a.Decided)
	case !h.Requested.IsZero() && h.Held.IsZero() && !a.Decided.IsZero():
		c.fail(posHearingRights).s("当事人 ").d(h.Requested).s(" 要求听证，").d(a.Decided).s(" 未经听证作出决定")
	default:
		m := c.pass(posHearingRights).s("属于第六十三条第一款").s(item).s("，").d(h.Notified).s(" 告知听证权利")
		if !h.Held.IsZero() {
			m.s("，").d(h.Held).s(" 举行听证")
		}
	}
	if h == nil || h.Notified.IsZero() || h.Requested.IsZero() {
		c.na(posHearingTiming).s("当事人未要求听证")
		return nil
	}
	reqDue, err := c.due(h.Notified, lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 5), "hearing request period")
	if err != nil {
		return err
	}
	if h.Requested.After(reqDue) {
		// A late request is the party's default: the agency need not hold
		// the hearing.
		c.pass(posHearingTiming).d(h.Notified).s(" 告知，当事人 ").d(h.Requested).s(" 要求听证，超过5个工作日（届满 ").d(reqDue).s("），可不组织听证")
		return nil
	}
	if h.NoticeOn.IsZero() || h.Held.IsZero() {
		c.na(posHearingTiming).d(h.Notified).s(" 告知，").d(h.Requested).s(" 要求听证，尚未举行")
		return nil
	}
	earliest, err := c.due(h.NoticeOn, lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7), "hearing notice period")
	if err != nil {
		return err
	}
	if h.Held.Before(earliest) {
		c.fail(posHearingTiming).d(h.NoticeOn).s(" 通知听证，").d(h.Held).s(" 举行，不足7个工作日（最早 ").d(earliest).s("）")
		return nil
	}
	c.pass(posHearingTiming).d(h.Requested).s(" 要求听证（告知后5个工作日内，届满 ").d(reqDue).s("），").d(h.NoticeOn).
		s(" 通知，").d(h.Held).s(" 举行（最早 ").d(earliest).s("）")
	return nil
}

// preservation applies 第五十六条: 「对于先行登记保存的证据，应当在七日内及时作出处理
// 决定」; seven days are working days (第八十五条).
func (c *check) preservation() error {
	a, m := c.a, c.m
	if a.Kind != Penalty || a.Preserved.IsZero() {
		c.na(posPreservation).s("未先行登记保存证据")
		return nil
	}
	due, err := c.due(a.Preserved, lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7), "evidence preservation")
	if err != nil {
		return err
	}
	c.begin(posPreservation).d(a.Preserved).s(" 先行登记保存，期限7个工作日，届满 ").d(due)
	m.judge(m.deadline(a.PreservationDecided, due, c.asOf, "作出处理决定", "作出处理决定"))
	return nil
}

// service applies 第六十一条: 「行政处罚决定书应当在宣告后当场交付当事人；当事人
// 不在场的，行政机关应当在七日内…送达当事人」; seven days are working days
// (第八十五条). Service on the day of the decision is delivery on the spot.
func (c *check) service() error {
	a, m := c.a, c.m
	if a.Kind != Penalty || a.Decided.IsZero() || !a.Penalised {
		c.na(posService).s("无行政处罚决定书")
		return nil
	}
	if a.Served == a.Decided {
		c.pass(posService).d(a.Decided).s(" 宣告后当场交付")
		return nil
	}
	due, err := c.due(a.Decided, lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7), "service")
	if err != nil {
		return err
	}
	c.begin(posService).s("决定 ").d(a.Decided).s("，当事人不在场，期限7个工作日，届满 ").d(due)
	m.judge(m.deadline(a.Served, due, c.asOf, "送达", "送达"))
	return nil
}

// disclosure applies 第三十九条: 「行政处罚的实施机关、立案依据、实施程序和救济渠道
// 等信息应当公示。」 It is checked when the record states whether the
// information was published; otherwise it is reported as not checked.
func (c *check) disclosure() {
	a := c.a
	switch {
	case a.Kind != Penalty:
		c.na(posDisclosure).s("非行政处罚")
	case a.Disclosed == nil:
		c.na(posDisclosure).s("未记录事前公示情况，未检查")
	case *a.Disclosed:
		c.pass(posDisclosure).s("实施机关、立案依据、实施程序和救济渠道已公示")
	default:
		c.fail(posDisclosure).s("实施机关、立案依据、实施程序和救济渠道未公示")
	}
}

// withdrawal applies 第四十八条第二款: 「公开的行政处罚决定被依法变更、撤销、确认
// 违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。」
// Three days are working days (第八十五条).
func (c *check) withdrawal() error {
	a, m := c.a, c.m
	w := a.Withdrawal
	switch {
	case a.Kind != Penalty || w == nil:
		c.na(posWithdrawal).s("公开的处罚决定未被变更、撤销或者确认违法、无效")
		return nil
	case a.Published.IsZero():
		c.na(posWithdrawal).s("处罚决定未公开，无须撤回")
		return nil
	}
	due, err := c.due(w.Changed, lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 3), "publicity withdrawal")
	if err != nil {
		return err
	}
	c.begin(posWithdrawal).s("处罚决定 ").d(w.Changed).s(" 被变更、撤销或者确认违法、无效，应于3个工作日内撤回，届满 ").d(due)
	o := m.deadline(w.Withdrawn, due, c.asOf, "撤回", "撤回")
	if o == lawgov.Pass && !w.Explained {
		o = lawgov.Fail
	}
	if !w.Withdrawn.IsZero() && !w.Explained {
		m.s("，未公开说明理由")
	}
	m.judge(o)
	return nil
}

// invalidity applies 第三十八条: 「行政处罚没有依据或者实施主体不具有行政主体资格的，
// 行政处罚无效。违反法定程序构成重大且明显违法的，行政处罚无效。」 It fails on a
// recorded absence of basis or of the agency's standing, and warns when no
// officer of the case could enforce (whether that is 重大且明显违法 is for a
// reviewer to decide). noAuthority says that no officer passed the authority
// check.
func (c *check) invalidity(noAuthority bool) {
	a := c.a
	switch {
	case a.Kind != Penalty || a.Decided.IsZero() || !a.Penalised:
		c.na(posInvalidity).s("未作出行政处罚决定")
	case a.NoLegalBasis:
		c.fail(posInvalidity).s("行政处罚没有依据，无效")
	case a.NoStanding:
		c.fail(posInvalidity).s("实施主体不具有行政主体资格，行政处罚无效")
	case noAuthority:
		c.begin(posInvalidity).s("实施处罚的执法人员均不具备执法资格，可能构成违反法定程序重大且明显违法").
			b().Judge(lawgov.Fail, lawgov.Warning)
	case a.PenaltyBasis.IsValid():
		c.pass(posInvalidity).s("依据").cite(a.PenaltyBasis).s("，实施主体具有行政主体资格")
	default:
		c.pass(posInvalidity).s("未记录无依据或主体不适格情形")
	}
}
