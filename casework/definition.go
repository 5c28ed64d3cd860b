package casework

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Measure is one counter of a [Counts] that a definition can add up, in its
// numerator or its base (口径). The zero Measure is unspecified.
type Measure uint8

// The measures.
const (
	MeasureUnspecified Measure = iota
	Received                   // 收案数
	CarriedOver                // 上年结转数
	Accepted                   // 受理数
	Concluded                  // 审结数
	ConcludedAccepted          // 审结数（不含不予受理、逾期不补正）
	DecidedOnMerits            // 作出复议决定数
	Substantive                // 实体判决数
	Indirect                   // 间接纠错数
	Heard                      // 开庭审理数
	Appeared                   // 负责人出庭数
)

var measureNames = enum.New[Measure]("casework", "measure", "Measure", []enum.Entry{
	Received:          {Code: "received", Label: "收案数"},
	CarriedOver:       {Code: "carried_over", Label: "上年结转数"},
	Accepted:          {Code: "accepted", Label: "受理数"},
	Concluded:         {Code: "concluded", Label: "审结数"},
	ConcludedAccepted: {Code: "concluded_accepted", Label: "审结数（不含不予受理、逾期不补正）"},
	DecidedOnMerits:   {Code: "decided_on_merits", Label: "作出复议决定数（不含驳回申请）"},
	Substantive:       {Code: "substantive", Label: "实体判决数"},
	Indirect:          {Code: "indirect", Label: "间接纠错数"},
	Heard:             {Code: "heard", Label: "开庭审理数"},
	Appeared:          {Code: "appeared", Label: "负责人出庭数"},
})

// String returns the stable code, e.g. "concluded".
func (m Measure) String() string { return measureNames.String(m) }

// Label returns the Chinese label, e.g. 审结数.
func (m Measure) Label() string { return measureNames.Label(m) }

// IsValid reports whether m is a defined measure.
func (m Measure) IsValid() bool { return measureNames.Valid(m) }

// MarshalText implements encoding.TextMarshaler.
func (m Measure) MarshalText() ([]byte, error) { return measureNames.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Measure) UnmarshalText(b []byte) error {
	v, err := measureNames.Parse(b)
	*m = v
	return err
}

// Of returns the value of m in c. Accepted, ConcludedAccepted,
// DecidedOnMerits and Indirect are measures of reconsideration counts;
// Substantive, Heard and Appeared of litigation counts. It returns an
// *OverflowError when the value is negative, which only counts set by
// hand can make.
//
// What each measure counts, so that another implementation can compute it
// from case data:
//
//   - Received: cases received in the period (not carried over);
//   - CarriedOver: cases received earlier and still open at the period's start;
//   - Accepted: cases received in the period that were accepted (受理),
//     expressly or by 第三十条第三款, or that concluded with an outcome other
//     than 不予受理 and 逾期不补正视为放弃;
//   - Concluded: cases concluded in the period, any outcome;
//   - ConcludedAccepted: Concluded less the outcomes not_accepted and abandoned;
//   - DecidedOnMerits, Substantive: the concluded cases whose outcome is in
//     [Measure.Outcomes];
//   - Indirect: concluded withdrawals after the respondent changed its act;
//   - Heard: concluded litigation instances with at least one hearing;
//   - Appeared: those of them at which a qualifying responsible person with
//     valid proof of identity attended a hearing.
func (m Measure) Of(c *Counts) (int64, error) {
	var v int64
	switch m {
	case Received:
		v = c.Received
	case CarriedOver:
		v = c.CarriedOver
	case Accepted:
		v = c.Accepted
	case Concluded:
		v = c.Concluded
	case ConcludedAccepted:
		v = c.Concluded
		for _, o := range [...]ReconsiderationOutcome{NotAccepted, Abandoned} {
			if c.Outcomes[o] < 0 {
				return 0, &OverflowError{Op: "measure", Count: ConcludedAccepted.String(), Values: []int64{c.Outcomes[o]}}
			}
			v -= c.Outcomes[o] // cannot wrap: both are non-negative
		}
	case DecidedOnMerits:
		v = c.DecidedOnMerits
	case Substantive:
		v = c.Substantive
	case Indirect:
		v = c.Indirect
	case Heard:
		v = c.Heard
	case Appeared:
		v = c.Appeared
	}
	if v < 0 {
		return 0, &OverflowError{Op: "measure", Count: m.String(), Values: []int64{v}}
	}
	return v, nil
}

// Outcomes returns the outcomes that a measure counting concluded cases by
// outcome counts, and false for the measures that are not such a set
// (Received, CarriedOver, Accepted, Indirect, Heard, Appeared). Concluded
// is every outcome; ConcludedAccepted every outcome but 不予受理 and
// 逾期不补正视为放弃; DecidedOnMerits the reconsideration decisions (see
// [ReconsiderationOutcome.DecidedOnMerits]); Substantive the substantive
// judgments (see [LitigationOutcome.Substantive]).
func (m Measure) Outcomes(k Kind) (OutcomeSet, bool) {
	all := func(valid func(uint8) bool) OutcomeSet {
		var s OutcomeSet
		for v := uint8(1); v < OutcomeSlots; v++ {
			if valid(v) {
				s |= 1 << v
			}
		}
		return s
	}
	rc := func(f func(ReconsiderationOutcome) bool) OutcomeSet {
		return all(func(v uint8) bool { o := ReconsiderationOutcome(v); return o.IsValid() && f(o) })
	}
	lt := func(f func(LitigationOutcome) bool) OutcomeSet {
		return all(func(v uint8) bool { o := LitigationOutcome(v); return o.IsValid() && f(o) })
	}
	switch {
	case m == Concluded && k == KindReconsideration:
		return rc(func(ReconsiderationOutcome) bool { return true }), true
	case m == Concluded && k == KindLitigation:
		return lt(func(LitigationOutcome) bool { return true }), true
	case m == ConcludedAccepted && k == KindReconsideration:
		return rc(ReconsiderationOutcome.accepted), true
	case m == DecidedOnMerits && k == KindReconsideration:
		return rc(ReconsiderationOutcome.DecidedOnMerits), true
	case m == Substantive && k == KindLitigation:
		return lt(LitigationOutcome.Substantive), true
	}
	return 0, false
}

// kind returns the kind of case that m counts, or KindUnspecified when it
// counts both. Of reads the counters of either kind, so a measure of the
// other kind would read zeros or, for ConcludedAccepted, subtract litigation
// outcomes that share the slots of 不予受理 and 逾期不补正.
func (m Measure) kind() Kind {
	switch m {
	case Accepted, ConcludedAccepted, DecidedOnMerits, Indirect:
		return KindReconsideration
	case Substantive, Heard, Appeared:
		return KindLitigation
	}
	return KindUnspecified
}

// MeasureSet is a set of measures, summed. The zero MeasureSet is empty.
type MeasureSet uint16

// Measures returns the set of the given measures; invalid values are ignored.
func Measures(ms ...Measure) MeasureSet { return setOf[MeasureSet](ms, Measure.IsValid) }

// Has reports whether m is in s.
func (s MeasureSet) Has(m Measure) bool { return m.IsValid() && s&(1<<m) != 0 }

// Sum returns the sum of the measures of s in c. It returns an
// *OverflowError naming the measures when the sum does not fit in an int64
// or a measure is negative.
func (s MeasureSet) Sum(c *Counts) (int64, error) {
	var n int64
	for m := Received; m <= Appeared; m++ {
		if s&(1<<m) == 0 {
			continue
		}
		v, err := m.Of(c)
		if err != nil {
			return 0, err
		}
		sum, ok := add(n, v)
		if !ok {
			return 0, &OverflowError{Op: "sum", Count: s.String(), Values: []int64{n, v}}
		}
		n = sum
	}
	return n, nil
}

// String returns the codes of s joined with "+", e.g. "received+carried_over".
func (s MeasureSet) String() string {
	out := ""
	for m := Received; m <= Appeared; m++ {
		if s&(1<<m) != 0 {
			if out != "" {
				out += "+"
			}
			out += m.String()
		}
	}
	return out
}

// Label returns the Chinese labels of s joined with ＋, e.g. 收案数＋上年结转数.
func (s MeasureSet) Label() string {
	out := ""
	for m := Received; m <= Appeared; m++ {
		if s&(1<<m) != 0 {
			if out != "" {
				out += "＋"
			}
			out += m.Label()
		}
	}
	return out
}

// Definition is one way of computing a rate (统计口径): which cases count in
// the numerator and which form the base. It is a plain value; a host builds
// its own from the same parts without touching the package.
//
// The numerator is the number of concluded cases of Kind whose outcome is
// in Outcomes or whose class under Policy is in Classes, plus the measures
// in Counters. The base is the sum of the measures in Base. A definition
// whose numerator overlaps itself (an outcome both listed and in a listed
// class counts once; a counter adds to the outcomes) is the host's
// responsibility. Everything a definition counts is expressible from these
// exported parts: [Definition.NumeratorOutcomes] resolves the classes,
// [Measure.Of] documents each measure and [Measure.Outcomes] gives the
// outcome set of the measures that are one, so another implementation (a
// SQL query over case tables, say) can compute the same figure.
//
// # JSON form
//
// A Definition marshals to, and unmarshals from, an object that names
// every part by its stable code, so that a host can keep its own
// definitions in a configuration file:
//
//	{
//	  "id": "host.correction-rate",
//	  "name": "纠错率（行政协议不计）",
//	  "kind": "reconsideration",                  // Kind code
//	  "outcomes": ["uphold"],                      // outcome codes of that kind, optional
//	  "classes": ["direct_correction"],            // Class codes, optional
//	  "counters": ["indirect"],                    // Measure codes, optional
//	  "base": ["concluded"],                       // Measure codes, required
//	  "policy": {"agreement_remedy": "none"},      // outcome code → Class code, where it differs from the default
//	  "source": [{"instrument": "中华人民共和国行政复议法", "version": "2023-09-01", "article": 64}],
//	  "note": "…",
//	  "formula": "…"                               // written by MarshalJSON from the parts; ignored on input
//	}
//
// Unmarshalling rejects unknown fields and reports every problem with its
// JSON path (see [Definition.UnmarshalJSON]). Every shipped definition
// round-trips.
//
// The zero Definition is invalid; Validate reports it and Apply returns an
// error.
type Definition struct {
	ID       string            // stable, e.g. "reconsideration.correction-rate"
	Name     string            // Chinese, e.g. 纠错率
	Kind     Kind              // the kind of case counted
	Outcomes OutcomeSet        // outcomes counted in the numerator
	Classes  ClassSet          // classes whose outcomes are counted in the numerator
	Counters MeasureSet        // measures added to the numerator
	Base     MeasureSet        // measures summed into the base
	Policy   Classes           // the classification; the zero Classes is the default policy
	Source   []lawgov.Citation // where the definition comes from; never empty
	Note     string            // Chinese: where the definition is used
}

// Validate reports whether d has an ID, a name, a kind, a numerator, a base
// of measures that apply to its kind, and a valid source.
func (d Definition) Validate() error {
	switch {
	case d.ID == "":
		return fmt.Errorf("casework: definition %q: empty ID", d.Name)
	case d.Name == "":
		return fmt.Errorf("casework: definition %q: empty name", d.ID)
	case !d.Kind.IsValid():
		return fmt.Errorf("casework: definition %q: invalid kind", d.ID)
	case d.Outcomes == 0 && d.Classes == 0 && d.Counters == 0:
		return fmt.Errorf("casework: definition %q: empty numerator", d.ID)
	case d.Base == 0:
		return fmt.Errorf("casework: definition %q: empty base", d.ID)
	case len(d.Source) == 0:
		return fmt.Errorf("casework: definition %q: no source", d.ID)
	}
	for m := Received; m <= Appeared; m++ {
		if k := m.kind(); k != KindUnspecified && k != d.Kind && (d.Counters | d.Base).Has(m) {
			return fmt.Errorf("casework: definition %q: measure %s does not apply to %s cases", d.ID, m, d.Kind)
		}
	}
	for i, c := range d.Source {
		if !c.IsValid() {
			return fmt.Errorf("casework: definition %q: source %d is not a valid citation", d.ID, i)
		}
	}
	return nil
}

// NumeratorOutcomes returns the outcomes counted in the numerator: those
// listed and those whose class under the policy is listed.
func (d Definition) NumeratorOutcomes() OutcomeSet {
	return (d.Outcomes | d.Policy.Outcomes(d.Kind, d.Classes)) &^ 1
}

// Apply returns the rate d defines over t, with its counts: numerator and
// base. A zero base gives the undefined Rate (no data, never 0%). It
// returns an error when d is not valid, and an *OverflowError naming the
// counts when the numerator or the base does not fit in an int64; it never
// wraps.
func (d Definition) Apply(t *Tally) (lawgov.Rate, error) {
	if err := d.Validate(); err != nil {
		return lawgov.Rate{}, err
	}
	c := t.Counts(d.Kind)
	outcomes, err := c.Sum(d.NumeratorOutcomes())
	if err != nil {
		return lawgov.Rate{}, fmt.Errorf("casework: apply %s: numerator: %w", d.ID, err)
	}
	counters, err := d.Counters.Sum(c)
	if err != nil {
		return lawgov.Rate{}, fmt.Errorf("casework: apply %s: numerator: %w", d.ID, err)
	}
	num, ok := add(outcomes, counters)
	if !ok {
		return lawgov.Rate{}, fmt.Errorf("casework: apply %s: %w", d.ID,
			&OverflowError{Op: "sum", Count: "numerator", Values: []int64{outcomes, counters}})
	}
	den, err := d.Base.Sum(c)
	if err != nil {
		return lawgov.Rate{}, fmt.Errorf("casework: apply %s: base: %w", d.ID, err)
	}
	return lawgov.Rate{Num: num, Den: den}, nil
}

// Formula returns the definition in Chinese, built from its parts, e.g.
// 「（变更＋撤销＋撤销并责令重作＋确认违法＋责令履行＋确认无效＋行政协议责任）÷审结数」.
// A numerator or base of one term has no parentheses.
func (d Definition) Formula() string {
	var terms []string
	set := d.NumeratorOutcomes()
	for v := uint8(1); v < OutcomeSlots; v++ {
		if !set.Has(v) {
			continue
		}
		switch d.Kind {
		case KindReconsideration:
			terms = append(terms, ReconsiderationOutcome(v).Label())
		case KindLitigation:
			terms = append(terms, LitigationOutcome(v).Label())
		}
	}
	for m := Received; m <= Appeared; m++ {
		if d.Counters.Has(m) {
			terms = append(terms, m.Label())
		}
	}
	var base []string
	for m := Received; m <= Appeared; m++ {
		if d.Base.Has(m) {
			base = append(base, m.Label())
		}
	}
	group := func(ts []string) string {
		if len(ts) == 1 {
			return ts[0]
		}
		return "（" + strings.Join(ts, "＋") + "）"
	}
	if len(terms) == 0 || len(base) == 0 {
		return ""
	}
	return group(terms) + "÷" + group(base)
}

// String returns the ID and the Chinese name.
func (d Definition) String() string { return d.ID + " " + d.Name }

// Citations of the reports the definitions come from.
var (
	srcNeimenggu = lawgov.Citation{Instrument: "只争朝夕 扎实工作 全力推进我区法治政府建设进程",
		Part: "（内蒙古自治区人民政府法制办，2017年行政复议工作）", Version: lawgov.MustDate(2018, time.April, 23)}
	srcKaizhou = lawgov.Citation{Instrument: "重庆市开州区人民政府关于开州区2021年度法治政府建设情况的报告",
		Part: "一、（七）", Version: lawgov.MustDate(2022, time.February, 25)}
)

var definitions = []Definition{
	{
		ID: "reconsideration.correction-rate", Name: "纠错率", Kind: KindReconsideration,
		Classes: ClassSetOf(ClassDirectCorrection), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Art(63), rcLaw.Art(64), rcLaw.Art(65), rcLaw.Art(66), rcLaw.Art(67), srcKaizhou},
		Note:   "直接纠错（变更、撤销、确认违法、责令履行、确认无效）÷审结数；地方年度报告的口径（开州2021：2/70＝2.9%）",
	},
	{
		ID: "reconsideration.correction-rate-merits", Name: "纠错率（以作出复议决定为基数）", Kind: KindReconsideration,
		Classes: ClassSetOf(ClassDirectCorrection), Base: Measures(DecidedOnMerits),
		Source: []lawgov.Citation{rcLaw.Art(63), rcLaw.Art(64), rcLaw.Art(65), rcLaw.Art(66), rcLaw.Art(67), rcLaw.Art(68), rcLaw.Art(33)},
		Note:   "直接纠错÷作出行政复议决定数，不含不予受理、逾期不补正、驳回申请、撤回、终止、调解；全国统计的口径（2018年15.1%以19.7万件为基数）",
	},
	{
		ID: "reconsideration.comprehensive-correction-rate", Name: "综合纠错率", Kind: KindReconsideration,
		Classes: ClassSetOf(ClassDirectCorrection), Counters: Measures(Indirect), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Art(64), rcLaw.Cite(41, 0, 1), srcNeimenggu},
		Note:   "（直接纠错＋被申请人改变原行政行为后撤回的间接纠错）÷审结数（内蒙古2017：15.27%）",
	},
	{
		ID: "reconsideration.mediation-rate", Name: "调解率", Kind: KindReconsideration,
		Outcomes: ReconsiderationSet(Mediated), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Art(73), srcNeimenggu},
		Note:   "制作行政复议调解书结案数÷审结数（内蒙古2017：7.1%）",
	},
	{
		ID: "reconsideration.mediation-settlement-rate", Name: "调解和解率", Kind: KindReconsideration,
		Classes: ClassSetOf(ClassMediation), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Art(73), rcLaw.Art(74), srcKaizhou},
		Note:   "（调解＋和解后撤回）÷审结数（开州2021：通过调解等方式撤回14件，占20%）",
	},
	{
		ID: "reconsideration.resolution-rate", Name: "综合化解率", Kind: KindReconsideration,
		Classes: ClassSetOf(ClassDirectCorrection, ClassMediation), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Art(64), rcLaw.Art(73), rcLaw.Art(74)},
		Note:   "（直接纠错＋调解和解）÷审结数（北京市通州区的口径）",
	},
	{
		ID: "reconsideration.withdrawal-rate", Name: "撤回率", Kind: KindReconsideration,
		Classes: ClassSetOf(ClassWithdrawal), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Cite(41, 0, 1)},
		Note:   "申请人撤回（不含和解后撤回）÷审结数",
	},
	{
		ID: "reconsideration.uphold-rate", Name: "维持率", Kind: KindReconsideration,
		Outcomes: ReconsiderationSet(Uphold), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Art(68)},
		Note:   "决定维持÷审结数；只计第六十八条的维持决定",
	},
	{
		ID: "reconsideration.uphold-rate-with-rejections", Name: "维持率（含驳回复议请求）", Kind: KindReconsideration,
		Outcomes: ReconsiderationSet(Uphold, RejectClaim), Base: Measures(Concluded),
		Source: []lawgov.Citation{rcLaw.Art(68), rcLaw.Art(69)},
		Note:   "（决定维持＋驳回复议请求）÷审结数；两者都是复议机关支持被申请人，省级统计常合并计为维持",
	},
	{
		ID: "reconsideration.closing-rate", Name: "结案率", Kind: KindReconsideration,
		Counters: Measures(ConcludedAccepted), Base: Measures(Accepted, CarriedOver),
		Source: []lawgov.Citation{rcLaw.Art(30), rcLaw.Art(62)},
		Note:   "受理案件审结数÷（受理数＋上年结转数）（陕西2016：审理2118＝受理1968＋上年结转150）；不予受理、逾期不补正的申请不在基数内",
	},
	{
		ID: "reconsideration.closing-rate-received", Name: "结案率（以收案为基数）", Kind: KindReconsideration,
		Counters: Measures(Concluded), Base: Measures(Received, CarriedOver),
		Source: []lawgov.Citation{rcLaw.Art(30), rcLaw.Art(62)},
		Note:   "全部审结数（含不予受理、逾期不补正）÷（收到申请数＋上年结转数）；记录未受理申请的平台使用",
	},
	{
		ID: "litigation.loss-rate", Name: "败诉率", Kind: KindLitigation,
		Classes: ClassSetOf(ClassLoss), Base: Measures(Concluded),
		Source: append(lossArticles(), srcKaizhou),
		Note:   "判决撤销、履行、给付、确认违法或无效、变更、行政协议责任、赔偿÷审结数（开州2021：14/252＝5.6%；德州2017总败诉率81/570＝14.2%）",
	},
	{
		ID: "litigation.loss-rate-substantive", Name: "实体判决败诉率", Kind: KindLitigation,
		Classes: ClassSetOf(ClassLoss), Base: Measures(Substantive),
		Source: append([]lawgov.Citation{alLaw.Art(69)}, lossArticles()...),
		Note:   "败诉判决÷实体判决数（德州中院2017：81/342＝23.7%）",
	},
	{
		ID: "litigation.win-rate", Name: "胜诉率", Kind: KindLitigation,
		Outcomes: LitigationSet(RejectSuitClaim, DismissSuit), Base: Measures(Concluded),
		Source: []lawgov.Citation{alLaw.Art(69), lawgov.AdministrativeLitigationInterp.Art(69)},
		Note:   "判决驳回诉讼请求＋裁定驳回起诉÷审结数（通行口径，未见明文规定）",
	},
	{
		ID: "litigation.withdrawal-rate", Name: "撤诉率", Kind: KindLitigation,
		Classes: ClassSetOf(ClassWithdrawal), Base: Measures(Concluded),
		Source: []lawgov.Citation{alLaw.Art(62), srcKaizhou},
		Note:   "准许撤诉÷审结数（开州2021：99/252＝39.3%）",
	},
	{
		ID: "litigation.appearance-rate", Name: "出庭应诉率", Kind: KindLitigation,
		Counters: Measures(Appeared), Base: Measures(Heard),
		Source: []lawgov.Citation{alLaw.Cite(3, 3, 0), lawgov.AppearanceProvisions.Art(2), lawgov.AppearanceProvisions.Art(7), srcKaizhou},
		Note:   "负责人出庭的审级÷开庭审理的审级，每一审级计一次（山东2022：14665/14730＝99.6%；开州2021：69.8%）",
	},
	{
		ID: "litigation.closing-rate", Name: "结案率", Kind: KindLitigation,
		Counters: Measures(Concluded), Base: Measures(Received, CarriedOver),
		Source: []lawgov.Citation{alLaw.Art(81), alLaw.Art(88)},
		Note:   "审结数÷（收案数＋上年结转数）",
	},
}

// Definitions returns the shipped definitions, in catalogue order. The
// result is a copy; each definition's Source is copied too.
func Definitions() []Definition {
	out := slices.Clone(definitions)
	for i := range out {
		out[i].Source = slices.Clone(out[i].Source)
	}
	return out
}

// LookupDefinition returns the shipped definition with the given ID.
func LookupDefinition(id string) (Definition, bool) {
	for _, d := range definitions {
		if d.ID == id {
			d.Source = slices.Clone(d.Source)
			return d, true
		}
	}
	return Definition{}, false
}

// lossArticles cites the judgments counted as losses (败诉) of the agency:
// 撤销 (第七十条), 履行 (第七十二条), 给付 (第七十三条), 确认违法 (第七十四条),
// 确认无效 (第七十五条), 赔偿 (第七十六条), 变更 (第七十七条) and 行政协议
// liability (第七十八条) of 行政诉讼法.
func lossArticles() []lawgov.Citation {
	return []lawgov.Citation{alLaw.Art(70), alLaw.Art(72), alLaw.Art(73), alLaw.Art(74),
		alLaw.Art(75), alLaw.Art(76), alLaw.Art(77), alLaw.Art(78)}
}
