package enforcement

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Exemption is the three-valued answer to "may this offence go unpunished"
// under 行政处罚法 第三十三条. The zero Exemption is unspecified.
type Exemption uint8

// The exemptions.
const (
	ExemptionUnspecified Exemption = iota
	MustNotPenalise                // 不予行政处罚 (33(1) first sentence; 33(2))
	MayNotPenalise                 // 可以不予行政处罚: 首违不罚 (33(1) second sentence)
	NoExemption                    // 不符合不予处罚情形
)

var exemptionNames = enum.New[Exemption]("enforcement", "exemption", "Exemption", []enum.Entry{
	MustNotPenalise: {Code: "must_not_penalise", Label: "不予行政处罚"},
	MayNotPenalise:  {Code: "may_not_penalise", Label: "可以不予行政处罚"},
	NoExemption:     {Code: "no_exemption", Label: "不符合不予处罚情形"},
})

// String returns the stable code, e.g. "may_not_penalise".
func (e Exemption) String() string { return exemptionNames.String(e) }

// Label returns the Chinese label.
func (e Exemption) Label() string { return exemptionNames.Label(e) }

// IsValid reports whether e is a defined exemption.
func (e Exemption) IsValid() bool { return exemptionNames.Valid(e) }

// MarshalText implements encoding.TextMarshaler.
func (e Exemption) MarshalText() ([]byte, error) { return exemptionNames.MarshalText(e) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *Exemption) UnmarshalText(b []byte) error {
	v, err := exemptionNames.Parse(b)
	*e = v
	return err
}

// Offence holds the facts of an offence that decide the limitation period
// (行政处罚法 第三十六条) and whether it may go unpunished (第三十三条).
// The zero Offence has no dates and no exemption facts.
type Offence struct {
	Committed  lawgov.Date `json:"committed" validate:"isvalid"`     // 违法行为发生之日
	Ended      lawgov.Date `json:"ended,omitzero"`                   // end of continuing conduct (连续或者继续状态), or zero
	Discovered lawgov.Date `json:"discovered" validate:"isvalid"`    // 发现之日
	LifeHealth bool        `json:"life_health_or_finance,omitempty"` // 涉及公民生命健康安全、金融安全
	Harm       bool        `json:"harm,omitempty"`                   // 有危害后果
	Minor      bool        `json:"minor,omitempty"`                  // 违法行为轻微
	Corrected  bool        `json:"corrected_promptly,omitempty"`     // 及时改正
	FirstTime  bool        `json:"first_violation,omitempty"`        // 初次违法
	HarmMinor  bool        `json:"harm_minor,omitempty"`             // 危害后果轻微
	NoFault    bool        `json:"no_fault_proven,omitempty"`        // 有证据足以证明没有主观过错
	StrictBy   string      `json:"strict_liability_basis,omitempty"` // a law or administrative regulation excluding the no-fault defence (33(2) 「另有规定」)
	// LimitationOverride replaces the two and five years of 第三十六条第一款 where a
	// law provides otherwise (「法律另有规定的除外」), e.g. five years for
	// tax offences (税收征收管理法 第八十六条) or six months under
	// 治安管理处罚法, with that law as its basis. Zero = the statute's years.
	LimitationOverride PeriodRule `json:"limitation_override,omitzero"`
}

// Exemption answers whether the offence may go unpunished, with the
// provision applied:
//
//   - 「违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚」 (33(1) first
//     sentence): Minor, Corrected and no Harm ⇒ MustNotPenalise;
//   - 「当事人有证据足以证明没有主观过错的，不予行政处罚」 (33(2)), unless a law
//     or administrative regulation provides otherwise (StrictBy) ⇒
//     MustNotPenalise;
//   - 「初次违法且危害后果轻微并及时改正的，可以不予行政处罚」 (33(1) second
//     sentence): FirstTime, HarmMinor and Corrected ⇒ MayNotPenalise;
//   - otherwise NoExemption.
func (f Offence) Exemption() (Exemption, lawgov.Citation) {
	switch {
	case f.Minor && f.Corrected && !f.Harm:
		return MustNotPenalise, penalty.Cite(33, 1, 0)
	case f.NoFault && f.StrictBy == "":
		return MustNotPenalise, penalty.Cite(33, 2, 0)
	case f.FirstTime && f.HarmMinor && f.Corrected:
		return MayNotPenalise, penalty.Cite(33, 1, 0)
	}
	return NoExemption, penalty.Art(33)
}

// LimitationEnd returns the last day on which the offence can still be
// discovered and punished under 第三十六条 and the number of years: see
// [Offence.Limitation]. An override counted in another unit gives 0 years.
//
// Deprecated: use Limitation, which returns the period applied.
func (f Offence) LimitationEnd() (lawgov.Date, int) {
	end, p := f.Limitation()
	if p.Period.Unit != lawgov.UnitYears {
		return end, 0
	}
	return end, p.Period.N
}

// Limitation returns the last day on which the offence can still be
// discovered and punished, and the period applied: two years from the day
// it was committed, or from the end of continuing conduct, and five years
// where it endangers life, health or financial security and caused harm
// (行政处罚法 第三十六条), unless LimitationOverride replaces them. Years and months
// are counted by the month-end rule (民法典 第二百零二条), with no
// roll-forward: discovery is a fact, not a procedural act.
func (f Offence) Limitation() (lawgov.Date, PeriodRule) {
	start := f.Committed
	if !f.Ended.IsZero() {
		start = f.Ended
	}
	p := f.LimitationOverride
	if p.IsZero() {
		p = PeriodRule{Period: lawgov.Years(2), Basis: penalty.Cite(36, 1, 0)}
		if f.LifeHealth && f.Harm {
			p.Period.N = 5
		}
	}
	return addValidity(start, p.Period), p
}
