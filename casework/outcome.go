package casework

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// OutcomeSlots is the size of the per-outcome arrays of a [Counts]: every
// ReconsiderationOutcome and LitigationOutcome value is below it. Slot 0
// counts cases not yet concluded.
const OutcomeSlots = 32

// ReconsiderationOutcome is how a reconsideration case ended (行政复议结案方式),
// per 中华人民共和国行政复议法 (2023). The zero value means the case is not
// concluded. Each outcome has a correction [Class]; see [Classes].
type ReconsiderationOutcome uint8

// The reconsideration outcomes, with the article of 行政复议法 (2023) that
// provides for each.
const (
	ReconsiderationPending ReconsiderationOutcome = iota // not concluded
	Uphold                                               // 维持, 第六十八条
	RejectClaim                                          // 驳回复议请求, 第六十九条
	RejectApplication                                    // 驳回申请, 第三十三条
	NotAccepted                                          // 不予受理, 第三十条
	Abandoned                                            // 逾期不补正视为放弃, 第三十一条
	Vary                                                 // 变更, 第六十三条
	Revoke                                               // 撤销或者部分撤销, 第六十四条
	RevokeAndRedo                                        // 撤销并责令重作, 第六十四条
	ConfirmIllegal                                       // 确认违法, 第六十五条
	OrderPerform                                         // 责令履行, 第六十六条
	ConfirmVoid                                          // 确认无效, 第六十七条
	AgreementRemedy                                      // 行政协议责任, 第七十一条
	Mediated                                             // 调解, 第五条、第七十三条
	Settled                                              // 和解后撤回, 第七十四条
	Withdrawn                                            // 撤回, 第四十一条第(一)项
	Terminated                                           // 其他终止, 第四十一条
	ReconsiderationOther                                 // 其他
)

var reconsiderationOutcomeNames = enum.New[ReconsiderationOutcome]("casework", "reconsideration outcome", "ReconsiderationOutcome", []enum.Entry{
	Uphold:               {Code: "uphold", Label: "维持"},
	RejectClaim:          {Code: "reject_claim", Label: "驳回复议请求"},
	RejectApplication:    {Code: "reject_application", Label: "驳回申请"},
	NotAccepted:          {Code: "not_accepted", Label: "不予受理"},
	Abandoned:            {Code: "abandoned", Label: "逾期不补正视为放弃"},
	Vary:                 {Code: "vary", Label: "变更"},
	Revoke:               {Code: "revoke", Label: "撤销"},
	RevokeAndRedo:        {Code: "revoke_and_redo", Label: "撤销并责令重作"},
	ConfirmIllegal:       {Code: "confirm_illegal", Label: "确认违法"},
	OrderPerform:         {Code: "order_perform", Label: "责令履行"},
	ConfirmVoid:          {Code: "confirm_void", Label: "确认无效"},
	AgreementRemedy:      {Code: "agreement_remedy", Label: "行政协议责任"},
	Mediated:             {Code: "mediated", Label: "调解"},
	Settled:              {Code: "settled", Label: "和解"},
	Withdrawn:            {Code: "withdrawn", Label: "撤回"},
	Terminated:           {Code: "terminated", Label: "终止"},
	ReconsiderationOther: {Code: "other", Label: "其他"},
})

// reconsiderationArticles gives the article of 行政复议法 (2023) for each outcome.
var reconsiderationArticles = [...]int{
	Uphold: 68, RejectClaim: 69, RejectApplication: 33, NotAccepted: 30, Abandoned: 31,
	Vary: 63, Revoke: 64, RevokeAndRedo: 64, ConfirmIllegal: 65, OrderPerform: 66,
	ConfirmVoid: 67, AgreementRemedy: 71, Mediated: 73, Settled: 74, Withdrawn: 41,
	Terminated: 41, ReconsiderationOther: 0,
}

// String returns the stable code, e.g. "revoke", or "unspecified" for a
// pending case.
func (o ReconsiderationOutcome) String() string { return reconsiderationOutcomeNames.String(o) }

// Label returns the Chinese label, e.g. 撤销.
func (o ReconsiderationOutcome) Label() string { return reconsiderationOutcomeNames.Label(o) }

// IsValid reports whether o is a defined outcome (not pending).
func (o ReconsiderationOutcome) IsValid() bool { return reconsiderationOutcomeNames.Valid(o) }

// MarshalText implements encoding.TextMarshaler; a pending case is "".
func (o ReconsiderationOutcome) MarshalText() ([]byte, error) {
	return reconsiderationOutcomeNames.MarshalText(o)
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *ReconsiderationOutcome) UnmarshalText(b []byte) error {
	v, err := reconsiderationOutcomeNames.Parse(b)
	*o = v
	return err
}

// ParseReconsiderationOutcome parses an outcome code such as "revoke".
func ParseReconsiderationOutcome(s string) (ReconsiderationOutcome, error) {
	return reconsiderationOutcomeNames.Parse([]byte(s))
}

// ReconsiderationOutcomes returns every defined reconsideration outcome, in order.
func ReconsiderationOutcomes() []ReconsiderationOutcome { return reconsiderationOutcomeNames.Values() }

// Basis returns the article of 行政复议法 (2023) providing for o, or the
// zero Citation for ReconsiderationOther and invalid values.
func (o ReconsiderationOutcome) Basis() lawgov.Citation {
	if !o.IsValid() || reconsiderationArticles[o] == 0 {
		return lawgov.Citation{}
	}
	return lawgov.AdministrativeReconsiderationLaw.Art(reconsiderationArticles[o])
}

// DecidedOnMerits reports whether o is a reconsideration decision (行政复议决定)
// counted in the national base 「依法作出行政复议决定」: 维持, 驳回复议请求,
// 变更, 撤销, 确认违法, 责令履行, 确认无效 and 行政协议 remedies. Not
// 驳回申请 (第三十三条: the application did not meet the acceptance
// conditions; RULES §3.2 counts it with the 「不符合法定受理条件，依法作出
// 相应处理」 cases left out of the national base), 不予受理, 逾期不补正,
// 调解, 和解, 撤回 or 终止 (the 2018 national 纠错率 15.1% is over the 19.7万
// decided cases, not the 22.4万 concluded).
func (o ReconsiderationOutcome) DecidedOnMerits() bool {
	switch o {
	case Uphold, RejectClaim, Vary, Revoke, RevokeAndRedo,
		ConfirmIllegal, OrderPerform, ConfirmVoid, AgreementRemedy:
		return true
	}
	return false
}

// accepted reports whether a case with outcome o passed the acceptance
// review: every outcome but 不予受理 and 逾期不补正视为放弃.
func (o ReconsiderationOutcome) accepted() bool {
	return o != NotAccepted && o != Abandoned
}

// LitigationOutcome is how one instance of an administrative lawsuit ended
// (行政诉讼审理结果), per 中华人民共和国行政诉讼法. The zero value means the
// instance is not concluded.
type LitigationOutcome uint8

// The litigation outcomes, with the article of 行政诉讼法 providing for each.
const (
	LitigationPending  LitigationOutcome = iota // not concluded
	RejectSuitClaim                             // 判决驳回诉讼请求, 第六十九条
	Annul                                       // 判决撤销或者部分撤销, 第七十条
	OrderDuty                                   // 判决履行法定职责, 第七十二条
	OrderPayment                                // 判决给付, 第七十三条
	DeclareIllegal                              // 判决确认违法, 第七十四条
	DeclareVoid                                 // 判决确认无效, 第七十五条
	Amend                                       // 判决变更, 第七十七条
	AgreementLiability                          // 行政协议责任判决, 第七十八条
	Compensation                                // 判决赔偿, 第七十六条
	DismissSuit                                 // 裁定驳回起诉, 行诉解释 第六十九条
	SuitWithdrawn                               // 裁定准许撤诉, 第六十二条
	CourtMediated                               // 调解, 第六十条
	SuitTerminated                              // 裁定终结诉讼
	AppealDismissed                             // 驳回上诉、维持原裁判, 第八十九条第一款第(一)项
	Remanded                                    // 发回重审, 第八十九条第一款第(三)项
	LitigationOther                             // 其他
)

var litigationOutcomeNames = enum.New[LitigationOutcome]("casework", "litigation outcome", "LitigationOutcome", []enum.Entry{
	RejectSuitClaim:    {Code: "reject_claim", Label: "驳回诉讼请求"},
	Annul:              {Code: "annul", Label: "撤销"},
	OrderDuty:          {Code: "order_duty", Label: "责令履行"},
	OrderPayment:       {Code: "order_payment", Label: "给付"},
	DeclareIllegal:     {Code: "declare_illegal", Label: "确认违法"},
	DeclareVoid:        {Code: "declare_void", Label: "确认无效"},
	Amend:              {Code: "amend", Label: "变更"},
	AgreementLiability: {Code: "agreement_liability", Label: "行政协议责任"},
	Compensation:       {Code: "compensation", Label: "赔偿"},
	DismissSuit:        {Code: "dismiss_suit", Label: "驳回起诉"},
	SuitWithdrawn:      {Code: "withdrawn", Label: "撤诉"},
	CourtMediated:      {Code: "mediated", Label: "调解"},
	SuitTerminated:     {Code: "terminated", Label: "终结诉讼"},
	AppealDismissed:    {Code: "appeal_dismissed", Label: "驳回上诉"},
	Remanded:           {Code: "remanded", Label: "发回重审"},
	LitigationOther:    {Code: "other", Label: "其他"},
})

// String returns the stable code, e.g. "annul", or "unspecified" for a
// pending instance.
func (o LitigationOutcome) String() string { return litigationOutcomeNames.String(o) }

// Label returns the Chinese label, e.g. 撤销.
func (o LitigationOutcome) Label() string { return litigationOutcomeNames.Label(o) }

// IsValid reports whether o is a defined outcome (not pending).
func (o LitigationOutcome) IsValid() bool { return litigationOutcomeNames.Valid(o) }

// MarshalText implements encoding.TextMarshaler; a pending instance is "".
func (o LitigationOutcome) MarshalText() ([]byte, error) {
	return litigationOutcomeNames.MarshalText(o)
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *LitigationOutcome) UnmarshalText(b []byte) error {
	v, err := litigationOutcomeNames.Parse(b)
	*o = v
	return err
}

// ParseLitigationOutcome parses an outcome code such as "annul".
func ParseLitigationOutcome(s string) (LitigationOutcome, error) {
	return litigationOutcomeNames.Parse([]byte(s))
}

// LitigationOutcomes returns every defined litigation outcome, in order.
func LitigationOutcomes() []LitigationOutcome { return litigationOutcomeNames.Values() }

// Substantive reports whether o is a judgment on the merits (实体判决): the
// judgments of 行政诉讼法 第六十九条至第七十八条. Rulings (驳回起诉, 准许撤诉,
// 终结诉讼), mediation and appellate dispositions are not. 德州 2017's 实体判决
// 败诉率 23.7% is 81/342 over these.
func (o LitigationOutcome) Substantive() bool {
	switch o {
	case RejectSuitClaim, Annul, OrderDuty, OrderPayment, DeclareIllegal,
		DeclareVoid, Amend, AgreementLiability, Compensation:
		return true
	}
	return false
}

// Class is the statistical class of an outcome (结案类别): what a report
// counts it as. The classes of one kind of case partition its concluded
// cases. The zero Class is unspecified; in a [Classes] value it means "the
// default class".
type Class uint8

// The classes.
const (
	ClassUnspecified Class = iota
	// ClassNone is every other ending: upheld, rejected, not accepted,
	// terminated; for litigation, the agency's wins and rulings.
	ClassNone
	// ClassDirectCorrection is a reconsideration decision that corrects the
	// act (直接纠错): 撤销, 变更, 确认违法, 责令履行, 确认无效.
	ClassDirectCorrection
	// ClassMediation is mediation or settlement (调解、和解).
	ClassMediation
	// ClassWithdrawal is a withdrawal (撤回, 撤诉) not classed as settlement.
	ClassWithdrawal
	// ClassLoss is a litigation judgment against the agency (败诉).
	ClassLoss
)

var classNames = enum.New[Class]("casework", "class", "Class", []enum.Entry{
	ClassNone:             {Code: "none", Label: "其他结案"},
	ClassDirectCorrection: {Code: "direct_correction", Label: "直接纠错"},
	ClassMediation:        {Code: "mediation", Label: "调解和解"},
	ClassWithdrawal:       {Code: "withdrawal", Label: "撤回"},
	ClassLoss:             {Code: "loss", Label: "败诉"},
})

// String returns the stable code, e.g. "direct_correction".
func (c Class) String() string { return classNames.String(c) }

// Label returns the Chinese label, e.g. 直接纠错.
func (c Class) Label() string { return classNames.Label(c) }

// IsValid reports whether c is a defined class.
func (c Class) IsValid() bool { return classNames.Valid(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Class) MarshalText() ([]byte, error) { return classNames.MarshalText(c) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Class) UnmarshalText(b []byte) error {
	v, err := classNames.Parse(b)
	*c = v
	return err
}

// AllClasses returns every defined class, in order.
func AllClasses() []Class { return classNames.Values() }

// defaultReconsiderationClasses is RULES §3.2. AgreementRemedy's class is
// not stated anywhere (R); it defaults to direct correction and can be
// overridden with Classes.WithReconsideration.
var defaultReconsiderationClasses = [OutcomeSlots]Class{
	Uphold: ClassNone, RejectClaim: ClassNone, RejectApplication: ClassNone,
	NotAccepted: ClassNone, Abandoned: ClassNone,
	Vary: ClassDirectCorrection, Revoke: ClassDirectCorrection, RevokeAndRedo: ClassDirectCorrection,
	ConfirmIllegal: ClassDirectCorrection, OrderPerform: ClassDirectCorrection,
	ConfirmVoid: ClassDirectCorrection, AgreementRemedy: ClassDirectCorrection,
	Mediated: ClassMediation, Settled: ClassMediation,
	Withdrawn: ClassWithdrawal, Terminated: ClassNone, ReconsiderationOther: ClassNone,
}

// defaultLitigationClasses is RULES §3.3: the judgments 德州中院 2017 lists as
// losses (撤销, 责令履行, 变更, 确认违法或无效, 赔偿) plus 给付 and 行政协议
// liability; 撤诉 is a withdrawal; 驳回起诉 and 驳回诉讼请求 are not losses.
var defaultLitigationClasses = [OutcomeSlots]Class{
	RejectSuitClaim: ClassNone, Annul: ClassLoss, OrderDuty: ClassLoss, OrderPayment: ClassLoss,
	DeclareIllegal: ClassLoss, DeclareVoid: ClassLoss, Amend: ClassLoss,
	AgreementLiability: ClassLoss, Compensation: ClassLoss,
	DismissSuit: ClassNone, SuitWithdrawn: ClassWithdrawal, CourtMediated: ClassMediation,
	SuitTerminated: ClassNone, AppealDismissed: ClassNone, Remanded: ClassNone, LitigationOther: ClassNone,
}

// Classes assigns a [Class] to every outcome: the classification policy a
// [Definition] counts with. Where RULES marks a classification as not
// verified (行政协议 remedies in reconsideration), a host overrides it here
// instead of editing the package.
//
// The zero Classes is the default policy of RULES §3.2 and §3.3. Classes
// values are comparable and immutable; the With methods return a copy.
type Classes struct {
	reconsideration [OutcomeSlots]Class
	litigation      [OutcomeSlots]Class
}

// DefaultClasses returns the default policy; it equals the zero Classes.
func DefaultClasses() Classes { return Classes{} }

// Reconsideration returns the class of reconsideration outcome o, or
// ClassUnspecified when o is not a defined outcome.
func (c Classes) Reconsideration(o ReconsiderationOutcome) Class {
	if !o.IsValid() {
		return ClassUnspecified
	}
	if v := c.reconsideration[o]; v != ClassUnspecified {
		return v
	}
	return defaultReconsiderationClasses[o]
}

// Litigation returns the class of litigation outcome o, or ClassUnspecified
// when o is not a defined outcome.
func (c Classes) Litigation(o LitigationOutcome) Class {
	if !o.IsValid() {
		return ClassUnspecified
	}
	if v := c.litigation[o]; v != ClassUnspecified {
		return v
	}
	return defaultLitigationClasses[o]
}

// WithReconsideration returns a copy of c that puts outcome o in class cl.
// Invalid outcomes or classes leave c unchanged.
func (c Classes) WithReconsideration(o ReconsiderationOutcome, cl Class) Classes {
	if o.IsValid() && cl.IsValid() {
		c.reconsideration[o] = cl
	}
	return c
}

// WithLitigation returns a copy of c that puts outcome o in class cl.
// Invalid outcomes or classes leave c unchanged.
func (c Classes) WithLitigation(o LitigationOutcome, cl Class) Classes {
	if o.IsValid() && cl.IsValid() {
		c.litigation[o] = cl
	}
	return c
}

// Outcomes returns the set of outcomes of kind k whose class is in set.
func (c Classes) Outcomes(k Kind, set ClassSet) OutcomeSet {
	var out OutcomeSet
	if set == 0 {
		return 0
	}
	switch k {
	case KindReconsideration:
		for o := Uphold; o <= ReconsiderationOther; o++ {
			if set.Has(c.Reconsideration(o)) {
				out |= 1 << o
			}
		}
	case KindLitigation:
		for o := RejectSuitClaim; o <= LitigationOther; o++ {
			if set.Has(c.Litigation(o)) {
				out |= 1 << o
			}
		}
	}
	return out
}

// OutcomeSet is a set of outcomes of one kind, as a bit mask indexed by the
// outcome value. The zero OutcomeSet is empty.
type OutcomeSet uint32

// ReconsiderationSet returns the set of the given reconsideration outcomes;
// invalid values are ignored.
func ReconsiderationSet(os ...ReconsiderationOutcome) OutcomeSet {
	return setOf[OutcomeSet](os, ReconsiderationOutcome.IsValid)
}

// LitigationSet returns the set of the given litigation outcomes; invalid
// values are ignored.
func LitigationSet(os ...LitigationOutcome) OutcomeSet {
	return setOf[OutcomeSet](os, LitigationOutcome.IsValid)
}

// Has reports whether the outcome with value v is in s.
func (s OutcomeSet) Has(v uint8) bool { return v < OutcomeSlots && s&(1<<v) != 0 }

// ClassSet is a set of classes. The zero ClassSet is empty.
type ClassSet uint8

// ClassSetOf returns the set of the given classes; invalid values are ignored.
func ClassSetOf(cs ...Class) ClassSet { return setOf[ClassSet](cs, Class.IsValid) }

// Has reports whether c is in s.
func (s ClassSet) Has(c Class) bool { return c.IsValid() && s&(1<<c) != 0 }

// setOf returns the bit mask with bit v set for every value v of vs that
// valid accepts: the one constructor behind OutcomeSet, ClassSet and
// MeasureSet. valid is passed as a method expression, not called through
// the type parameter, so that package initialisation sees the dependency
// of a set-valued variable (the definitions) on the enum tables.
func setOf[S ~uint8 | ~uint16 | ~uint32, T ~uint8](vs []T, valid func(T) bool) S {
	var s S
	for _, v := range vs {
		if valid(v) {
			s |= S(1) << v
		}
	}
	return s
}
