// This file implements the procedure of administrative coercive measures
// under 中华人民共和国行政强制法 (2011-06-30), 第十七、十八、十九、二十五条.

package enforcement

import (
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// MeasureKind is the kind of an administrative coercive measure (行政强制措施的
// 种类, 行政强制法 第九条). The zero MeasureKind is unspecified.
type MeasureKind uint8

// The measure kinds.
const (
	MeasureUnspecified MeasureKind = iota
	RestrictLiberty                // 限制公民人身自由
	Seal                           // 查封场所、设施或者财物
	Seize                          // 扣押财物
	Freeze                         // 冻结存款、汇款
	OtherMeasure                   // 其他行政强制措施
)

var measureNames = enum.New[MeasureKind]("enforcement", "measure kind", "MeasureKind", []enum.Entry{
	RestrictLiberty: {Code: "restrict_liberty", Label: "限制公民人身自由"},
	Seal:            {Code: "seal", Label: "查封"},
	Seize:           {Code: "seize", Label: "扣押"},
	Freeze:          {Code: "freeze", Label: "冻结存款、汇款"},
	OtherMeasure:    {Code: "other", Label: "其他行政强制措施"},
})

// String returns the stable code, e.g. "seize".
func (k MeasureKind) String() string { return measureNames.String(k) }

// Label returns the Chinese label, e.g. 扣押.
func (k MeasureKind) Label() string { return measureNames.Label(k) }

// IsValid reports whether k is a defined measure kind.
func (k MeasureKind) IsValid() bool { return measureNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k MeasureKind) MarshalText() ([]byte, error) { return measureNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MeasureKind) UnmarshalText(b []byte) error {
	v, err := measureNames.Parse(b)
	*k = v
	return err
}

// SiteRecord is the on-site record (现场笔录) of a coercive measure,
// 行政强制法 第十八条第（七）至（九）项. The zero SiteRecord records that no
// record was made.
type SiteRecord struct {
	Made           bool `json:"made"`                     // (七) 制作现场笔录
	OfficersSigned bool `json:"officers_signed"`          // (八) 行政执法人员签名或者盖章
	PartyPresent   bool `json:"party_present"`            // (四) 当事人到场
	PartySigned    bool `json:"party_signed,omitempty"`   // (八) 当事人签名或者盖章
	RefusalNoted   bool `json:"refusal_noted,omitempty"`  // (八) 当事人拒绝的，在笔录中予以注明
	WitnessSigned  bool `json:"witness_signed,omitempty"` // (九) 当事人不到场的，见证人签名或者盖章
	// Informed records that the party was told on the spot the reasons and
	// basis of the measure and their rights and remedies (第（五）项), and
	// Heard that their statement and defence were heard (第（六）项). Both
	// need the party present; a measure in the party's absence is not
	// judged on them.
	Informed bool `json:"informed,omitempty"`
	Heard    bool `json:"heard,omitempty"`
}

// Coercion is the record of an administrative coercive measure (行政强制措施)
// that the rules of 行政强制法 read. The zero Coercion has no measure kind and
// fails validation.
type Coercion struct {
	Measure MeasureKind `json:"measure" validate:"isvalid"`
	// Delegated is set when the measure was carried out by a body the power
	// was delegated to (委托): 「行政强制措施权不得委托」 (第十七条第一款).
	Delegated bool `json:"delegated,omitempty"`
	// Approved is the day the head of the agency approved the measure
	// (行政机关负责人批准): before it (第十八条第（一）项), or afterwards for an
	// urgent measure (补办批准手续, 第十九条). Zero = no approval recorded.
	Approved lawgov.Date `json:"approved,omitzero"`
	// Urgent is set for a measure carried out on the spot in an emergency
	// (情况紧急，需要当场实施, 第十九条); Started and Reported are then the
	// instants the measure began and was reported to the head.
	Urgent   bool      `json:"urgent,omitempty"`
	Started  time.Time `json:"started,omitzero"`
	Reported time.Time `json:"reported,omitzero"`

	Record SiteRecord `json:"record"`

	// Extended is the day the head approved extending a 查封 or 扣押
	// (第二十五条第一款), and Extension the calendar days added; both zero
	// when not extended. ExcludedDays are the days of testing, inspection,
	// quarantine or technical appraisal, which the period does not count
	// (第二十五条第三款).
	Extended     lawgov.Date `json:"extended,omitzero"`
	Extension    int         `json:"extension_days,omitempty" validate:"min=0"`
	ExcludedDays int         `json:"excluded_days,omitempty" validate:"min=0"`
	// Released is the day the measure ended (解除, or a decision disposing of
	// what was sealed or seized). Zero = still in force.
	Released lawgov.Date `json:"released,omitzero"`
	// Period replaces the 30 days of 第二十五条 where a law or administrative
	// regulation provides otherwise (「法律、行政法规另有规定的除外」), with
	// its basis. Zero = 30 days.
	Period PeriodRule `json:"period,omitzero"`
}

// Rules of 行政强制法 for coercive measures.
var (
	ruleCoercionTwoOfficers = lawgov.Rule{ID: "enforcement.coercion-two-officers", Title: "行政强制措施由两名以上行政执法人员实施",
		Basis: []lawgov.Citation{coercion.Cite(18, 0, 2)}, Severity: lawgov.Violation}
	ruleCoercionDelegation = lawgov.Rule{ID: "enforcement.coercion-no-delegation", Title: "行政强制措施权不得委托",
		Basis: []lawgov.Citation{coercion.Cite(17, 1, 0)}, Severity: lawgov.Violation}
	ruleCoercionApproval = lawgov.Rule{ID: "enforcement.coercion-approval", Title: "实施前向行政机关负责人报告并经批准",
		Basis: []lawgov.Citation{coercion.Cite(18, 0, 1)}, Severity: lawgov.Violation}
	ruleCoercionUrgent = lawgov.Rule{ID: "enforcement.coercion-urgent-report", Title: "当场实施后二十四小时内报告并补办批准手续",
		Basis: []lawgov.Citation{coercion.Art(19)}, Severity: lawgov.Violation}
	ruleCoercionRecord = lawgov.Rule{ID: "enforcement.coercion-site-record", Title: "制作现场笔录并签名或者注明拒绝",
		Basis: []lawgov.Citation{coercion.Cite(18, 0, 7), coercion.Cite(18, 0, 8), coercion.Cite(18, 0, 9)}, Severity: lawgov.Violation}
	ruleCoercionNotice = lawgov.Rule{ID: "enforcement.coercion-notice", Title: "当场告知理由、依据和权利并听取陈述申辩",
		Basis: []lawgov.Citation{coercion.Cite(18, 0, 5), coercion.Cite(18, 0, 6)}, Severity: lawgov.Violation}
	ruleSeizurePeriod = lawgov.Rule{ID: "enforcement.seizure-period", Title: "查封、扣押期限",
		Basis: []lawgov.Citation{coercion.Art(25)}, Severity: lawgov.Violation}
)

// seizureDays is the period of 第二十五条第一款: 「查封、扣押的期限不得超过三十日；
// 情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日」. Thirty
// days are calendar days: 第六十九条 turns only periods of ten days or less
// into working days.
const seizureDays = 30

// coercionTwoOfficers applies 第十八条第（二）项: 「由两名以上行政执法人员实施」,
// with no exception: the single-officer bases of 行政处罚法 第四十二条 apply to
// penalties only.
func (c *check) coercionTwoOfficers() {
	a := c.a
	n := len(a.Officers)
	switch {
	case a.Kind != CoerciveMeasure:
		c.na(posCoercionTwoOfficers).s("非行政强制措施")
	case n >= 2:
		c.pass(posCoercionTwoOfficers).s("执法人员").n(n).s("人实施行政强制措施，不少于两人")
	case a.SingleOfficerBasis.IsValid():
		c.fail(posCoercionTwoOfficers).s("执法人员").n(n).s("人实施行政强制措施；所引").
			cite(a.SingleOfficerBasis).s("不能排除行政强制法第十八条第（二）项")
	default:
		c.fail(posCoercionTwoOfficers).s("执法人员").n(n).s("人实施行政强制措施，少于两人")
	}
}

// coercion applies 第十七、十八、十九、二十五条 to a coercive measure, and
// reports each rule not applicable to other actions.
func (c *check) coercion() error {
	a, m := c.a, c.m
	k := a.Coercion
	if a.Kind != CoerciveMeasure {
		for pos := posCoercionDelegation; pos <= posSeizurePeriod; pos++ {
			c.na(pos).s("非行政强制措施")
		}
		return nil
	}
	if k == nil {
		// A coercive measure without its record: the mandatory steps are
		// not shown to have been taken.
		c.na(posCoercionDelegation).s("未提供行政强制措施记录")
		c.fail(posCoercionApproval).s("未记录实施前向行政机关负责人报告并经批准")
		c.na(posCoercionUrgent).s("未记录情况紧急当场实施")
		c.fail(posCoercionRecord).s("未记录现场笔录")
		c.fail(posCoercionNotice).s("未记录当场告知和听取陈述申辩")
		c.na(posSeizurePeriod).s("未记录强制措施种类")
		return nil
	}

	// 第十七条第一款: 行政强制措施权不得委托.
	if k.Delegated {
		c.fail(posCoercionDelegation).s(k.Measure.Label()).s("由受委托组织实施，行政强制措施权不得委托")
	} else {
		c.pass(posCoercionDelegation).s(k.Measure.Label()).s("由行政机关自行实施")
	}

	// 第十八条第（一）项: 实施前须向行政机关负责人报告并经批准.
	switch {
	case k.Urgent:
		c.na(posCoercionApproval).s("情况紧急当场实施，适用第十九条")
	case k.Approved.IsZero():
		c.fail(posCoercionApproval).d(a.Date).s(" 实施").s(k.Measure.Label()).s("，未记录负责人批准")
	case k.Approved.After(a.Date):
		c.fail(posCoercionApproval).d(a.Date).s(" 实施").s(k.Measure.Label()).s("，负责人 ").d(k.Approved).s(" 批准，晚于实施")
	default:
		c.pass(posCoercionApproval).s("负责人 ").d(k.Approved).s(" 批准，").d(a.Date).s(" 实施").s(k.Measure.Label())
	}

	// 第十九条: 二十四小时内向行政机关负责人报告，并补办批准手续.
	if !k.Urgent {
		c.na(posCoercionUrgent).s("非情况紧急当场实施")
	} else {
		limit := k.Started.Add(24 * time.Hour)
		switch {
		case k.Reported.IsZero() && !c.asOf.After(lawgov.DateOf(limit)):
			c.na(posCoercionUrgent).at(k.Started).s(" 当场实施，应于二十四小时内（至 ").at(limit).s("）报告，尚未报告")
		case k.Reported.IsZero():
			c.fail(posCoercionUrgent).at(k.Started).s(" 当场实施，至 ").d(c.asOf).s(" 未向负责人报告")
		case k.Reported.After(limit):
			c.fail(posCoercionUrgent).at(k.Started).s(" 当场实施，").at(k.Reported).s(" 报告，超过二十四小时")
		case k.Approved.IsZero():
			c.fail(posCoercionUrgent).at(k.Started).s(" 当场实施，").at(k.Reported).s(" 报告，未补办批准手续")
		default:
			c.pass(posCoercionUrgent).at(k.Started).s(" 当场实施，").at(k.Reported).s(" 报告，").d(k.Approved).s(" 补办批准")
		}
	}

	// 第十八条第（七）至（九）项: 现场笔录.
	r := k.Record
	var missing [4]string
	n := 0
	if !r.Made {
		missing[n] = "未制作现场笔录"
		n++
	} else {
		if !r.OfficersSigned {
			missing[n] = "执法人员未签名或者盖章"
			n++
		}
		switch {
		case r.PartyPresent && !r.PartySigned && !r.RefusalNoted:
			missing[n] = "当事人未签名且未注明拒绝"
			n++
		case !r.PartyPresent && !r.WitnessSigned:
			missing[n] = "当事人不到场，无见证人签名"
			n++
		}
	}
	if n == 0 {
		how := "当事人签名"
		switch {
		case !r.PartyPresent:
			how = "当事人不到场，见证人签名"
		case !r.PartySigned:
			how = "当事人拒绝签名，已在笔录中注明"
		}
		c.pass(posCoercionRecord).s("现场笔录已制作，执法人员签名，").s(how)
	} else {
		c.fail(posCoercionRecord).s("现场笔录：")
		for i := range n {
			if i > 0 {
				m.s("；")
			}
			m.s(missing[i])
		}
	}

	// 第十八条第（五）、（六）项: 当场告知…听取当事人的陈述和申辩.
	switch {
	case !r.PartyPresent:
		c.na(posCoercionNotice).s("当事人不到场")
	case r.Informed && r.Heard:
		c.pass(posCoercionNotice).s("当场告知理由、依据和权利、救济途径，听取了陈述和申辩")
	case r.Heard:
		c.fail(posCoercionNotice).s("未记录当场告知理由、依据和权利、救济途径")
	case r.Informed:
		c.fail(posCoercionNotice).s("未记录听取当事人的陈述和申辩")
	default:
		c.fail(posCoercionNotice).s("未记录当场告知理由、依据和权利、救济途径，未记录听取陈述和申辩")
	}
	return c.seizurePeriod(k)
}

// seizurePeriod applies 第二十五条: 「查封、扣押的期限不得超过三十日；情况复杂的，
// 经行政机关负责人批准，可以延长，但是延长期限不得超过三十日。法律、行政法规另有规定
// 的除外。」 and 「查封、扣押的期间不包括检测、检验、检疫或者技术鉴定的期间」. The
// period counts calendar days from the day of the measure, start excluded; a
// last day that is a rest day moves to the next working day (民法典 第二百零三条).
func (c *check) seizurePeriod(k *Coercion) error {
	a, m := c.a, c.m
	if k.Measure != Seal && k.Measure != Seize {
		c.na(posSeizurePeriod).s(k.Measure.Label()).s("不适用查封、扣押期限")
		return nil
	}
	base := k.Period
	if base.IsZero() {
		base = PeriodRule{Period: lawgov.StatutoryDays(lawgov.AdministrativeCoercionLaw, seizureDays), Basis: coercion.Art(25)}
	}
	first, err := c.due(a.Date, addDays(base.Period, k.ExcludedDays), "seizure period")
	if err != nil {
		return err
	}
	end := first
	if k.Extension > 0 {
		if end, err = c.due(a.Date, addDays(base.Period, k.ExcludedDays+k.Extension), "seizure period"); err != nil {
			return err
		}
	}
	c.begin(posSeizurePeriod).d(a.Date).s(" ").s(k.Measure.Label()).s("，期限").p(base.Period)
	if k.ExcludedDays > 0 {
		m.s("（不含检测、鉴定等").n(k.ExcludedDays).s("日）")
	}
	if k.Extension > 0 {
		m.s("，延长").n(k.Extension).s("日")
	}
	m.s("，届满 ").d(end)
	o := lawgov.Fail
	switch {
	case k.Extension > seizureDays:
		m.s("，延长期限超过三十日")
	case k.Extension > 0 && k.Extended.IsZero():
		m.s("，延长").n(k.Extension).s("日，未记录负责人批准")
	case k.Extension > 0 && k.Extended.After(first):
		m.s("，延长于 ").d(k.Extended).s(" 批准，原期限已届满")
	case !k.Released.IsZero() && k.Released.After(end):
		m.s("，").d(k.Released).s(" 才解除或者作出处理决定")
	case !k.Released.IsZero():
		m.s("，").d(k.Released).s(" 解除或者作出处理决定")
		o = lawgov.Pass
	case c.asOf.After(end):
		m.s("，至 ").d(c.asOf).s(" 仍未解除")
	default:
		m.s("，尚在期限内")
		o = lawgov.NotApplicable
	}
	m.judge(o)
	return nil
}

// addDays lengthens a period in calendar days by n days; periods in other
// units are returned as they are, since their days cannot be added.
func addDays(p lawgov.Period, n int) lawgov.Period {
	if p.Unit == lawgov.UnitCalendarDays {
		p.N += n
	}
	return p
}

// beijing renders instants in Beijing time, as lawgov.DateOf reads them
// (mainland China has kept UTC+8 without daylight saving since 1991).
var beijing = time.FixedZone("CST", 8*60*60)
