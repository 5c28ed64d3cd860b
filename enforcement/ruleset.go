package enforcement

import (
	"fmt"
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Consequence is what happens to a person who reaches a rule set's number of
// failed exams. The zero Consequence is unspecified and fails validation.
type Consequence uint8

// The consequences.
const (
	ConsequenceUnspecified Consequence = iota
	RemoveFromDatabase                 // 从执法人员信息库中清除 (赤政发〔2019〕7号 第(十六)项)
	Reassign                           // 离岗学习或调整岗位，不得上岗执法 (甘肃 practice)
)

var consequenceNames = enum.New[Consequence]("enforcement", "consequence", "Consequence", []enum.Entry{
	RemoveFromDatabase: {Code: "remove", Label: "从执法人员信息库中清除"},
	Reassign:           {Code: "reassign", Label: "离岗学习或调整岗位"},
})

// String returns the stable code: "remove" or "reassign".
func (c Consequence) String() string { return consequenceNames.String(c) }

// Label returns the Chinese label.
func (c Consequence) Label() string { return consequenceNames.Label(c) }

// IsValid reports whether c is a defined consequence.
func (c Consequence) IsValid() bool { return consequenceNames.Valid(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Consequence) MarshalText() ([]byte, error) { return consequenceNames.MarshalText(c) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Consequence) UnmarshalText(b []byte) error {
	v, err := consequenceNames.Parse(b)
	*c = v
	return err
}

// ParseConsequence parses a consequence code.
func ParseConsequence(s string) (Consequence, error) { return consequenceNames.Parse([]byte(s)) }

// PeriodRule is one period parameter of a rule set with the provision that
// sets it. The zero PeriodRule means "no such period" where a parameter is
// optional.
type PeriodRule struct {
	Period lawgov.Period   `json:"period"`
	Basis  lawgov.Citation `json:"basis"`
}

// IsZero reports whether r is unset.
func (r PeriodRule) IsZero() bool {
	// The numbers are compared before the citations' strings.
	return r.Period.N == 0 && r.Period.Unit == 0 && r.Period.Basis.IsZero() && r.Basis.IsZero()
}

// ExamRule says how many failed exams (考试不合格) a person may have before
// the consequence applies, and whether only consecutive failures count.
// The zero ExamRule is invalid: [RuleSet.Validate] rejects it.
type ExamRule struct {
	MaxFailures int             `json:"max_failures"` // the failure that reaches this count triggers Consequence
	Consecutive bool            `json:"consecutive"`  // a pass resets the count; false = any failures in the record count
	Consequence Consequence     `json:"consequence"`
	Basis       lawgov.Citation `json:"basis"`
}

// RuleSet is one jurisdiction's credential rules, each parameter with its
// citation. Build the default with [Chibi] and change fields of the copy for
// another jurisdiction; a RuleSet is not modified by this package and is safe
// for concurrent use once built.
//
// The zero RuleSet is invalid: Validate rejects it.
type RuleSet struct {
	// Name identifies the rule set in draws and snapshots, e.g. "赤壁市2019".
	Name string `json:"name"`
	// ChangeReport is the period for reporting a change of the information
	// printed on a credential, counted from the day of the change.
	// Required; calendar days (lawgov.CalendarDays) or working days.
	ChangeReport PeriodRule `json:"change_report"`
	// Exams is the failed-exam rule. Required.
	Exams ExamRule `json:"exams"`
	// QualificationValidity is how long a passed exam qualifies a person
	// who holds no credential (浙江: five years). Zero = no limit.
	QualificationValidity PeriodRule `json:"qualification_validity,omitzero"`
	// CredentialValidity is how long a credential is valid from its issue
	// date when the credential names no expiry. Zero = no limit.
	CredentialValidity PeriodRule `json:"credential_validity,omitzero"`
	// AnnualReview is the interval between annual reviews (年审) of a
	// credential. Zero = no annual review.
	AnnualReview PeriodRule `json:"annual_review,omitzero"`
	// Eligibility is the provision excluding staff outside established
	// posts (E5). Required.
	Eligibility lawgov.Citation `json:"eligibility"`
	// PublicityPenalty and PublicityOther are the periods, counted from the
	// decision, for publishing enforcement decisions: penalties and
	// licences, and everything else. Required.
	PublicityPenalty PeriodRule `json:"publicity_penalty"`
	PublicityOther   PeriodRule `json:"publicity_other"`
	// InspectionPublicity is the period, counted from the end of a random
	// inspection, for publishing its results (抽查结果公示, RULES S5).
	// Required.
	InspectionPublicity PeriodRule `json:"inspection_publicity"`
	// SimpleProcedure is the largest fine that may be decided on the spot
	// (行政处罚法 第五十一条: 200 yuan for a citizen, 3000 for an
	// organisation, inclusive). Zero = the statute's limits
	// ([SimpleProcedureLimits]); a jurisdiction sets it only where a law
	// provides otherwise, with that law as Basis.
	SimpleProcedure FineLimits `json:"simple_procedure,omitzero"`
	// LargeAmount is the 较大数额 of 行政处罚法 第六十三条第一款第（一）、（二）项:
	// a fine or a confiscation of at least this amount gives the party a
	// right to a hearing. Provinces and ministries set it; there is no
	// national figure (RULES F7, R). Zero = not set: fines and
	// confiscations are then not judged under items (一) and (二).
	LargeAmount FineLimits `json:"large_amount,omitzero"`
	// Calendar counts the periods. Defaults to lawgov.OfficialCalendar().
	Calendar *lawgov.Calendar `json:"-"`
}

// Citations of the default rule set.
var (
	chibi = lawgov.Citation{
		Instrument: "赤壁市2019年推进依法行政建设法治政府工作要点",
		Document:   "赤政发〔2019〕7号",
		Version:    lawgov.MustDate(2019, time.July, 5),
		Part:       "第(十六)项",
	}
	// henan is 河南省行政执法条例; the module has not verified the date of
	// the version, so Version is left zero.
	henan = lawgov.Citation{Instrument: "河南省行政执法条例"}
	// guangdongCard is the Guangdong rule on enforcement credentials, whose
	// 第五条 lists what a credential carries (执法区域, 执法权来源 …). It is
	// known from a secondary source (RULES E9 notes, V2); the version date is
	// not verified.
	guangdongCard = lawgov.Citation{Instrument: "广东省《行政执法证》管理办法"}
	// zhejiang is 浙江省综合行政执法条例 (version date not verified).
	zhejiang = lawgov.Citation{Instrument: "浙江省综合行政执法条例"}
	// hebei22 is the Hebei provincial office's 双随机 implementation, whose
	// 20 working days for publishing inspection results are known from a
	// district page quoting it (RULES S5, V2 local); the national wording
	// of 国发〔2019〕5号 is not verified.
	hebei22 = lawgov.Citation{Instrument: "河北省人民政府办公厅关于推广随机抽查规范事中事后监管的实施意见", Document: "冀政办发〔2015〕22号"}
	// guobanfa118 is the State Council General Office's guidance on the three
	// enforcement systems; its publicity periods are known from the press
	// conference of 2019-01-04 (RULES T1, V2).
	guobanfa118 = lawgov.Citation{
		Instrument: "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
		Document:   "国办发〔2018〕118号",
		Version:    lawgov.MustDate(2018, time.December, 5),
	}
)

// Chibi returns the default rule set, the credential rules of 赤壁市人民政府
// (赤政发〔2019〕7号 第(十六)项):
//
//   - a change of the information printed on a credential is reported within
//     30 calendar days of the change (「须在30日内向市司法局报告材料，并申请换发新证」);
//   - a person whose exam results are twice 不合格, any two attempts in the
//     record, is removed from the enforcement-personnel database
//     (「经2次考试成绩不合格的人员，将从执法人员信息库中清除」);
//   - no qualification or credential validity and no annual review;
//   - staff outside established posts are not eligible (河南省行政执法条例
//     第二十条);
//   - enforcement decisions are published within 7 working days for
//     penalties and licences and 20 working days otherwise (国办发〔2018〕118号);
//   - random-inspection results are published within 20 working days of
//     the end of the inspection (冀政办发〔2015〕22号, the nearest text found;
//     a jurisdiction sets its own);
//   - on-the-spot fines within the limits of 行政处罚法 第五十一条; no 较大数额
//     (set LargeAmount to the province's figure).
//
// Each call returns a new RuleSet.
func Chibi() *RuleSet {
	return &RuleSet{
		Name:             "赤壁市2019",
		ChangeReport:     PeriodRule{Period: lawgov.CalendarDays(30), Basis: chibi},
		Exams:            ExamRule{MaxFailures: 2, Consequence: RemoveFromDatabase, Basis: chibi},
		Eligibility:      henan.Art(20),
		PublicityPenalty: PeriodRule{Period: lawgov.WorkingDays(7), Basis: guobanfa118},
		PublicityOther:   PeriodRule{Period: lawgov.WorkingDays(20), Basis: guobanfa118},

		InspectionPublicity: PeriodRule{Period: lawgov.WorkingDays(20), Basis: hebei22},
	}
}

// ZhejiangQualification returns the 浙江 qualification-validity parameter:
// 「考试合格后取得的行政执法资格五年内有效」 (浙江省综合行政执法条例 第二十八条).
func ZhejiangQualification() PeriodRule {
	return PeriodRule{Period: lawgov.Years(5), Basis: zhejiang.Art(28)}
}

// Validate reports whether rs is complete: a name, a change-report period
// with a basis, a positive failure count with a consequence and a basis,
// well-formed optional periods, an eligibility basis and publicity periods.
func (rs *RuleSet) Validate() error {
	if rs == nil {
		return fmt.Errorf("enforcement: validate rule set: nil")
	}
	bad := func(reason string) error {
		return fmt.Errorf("enforcement: validate rule set %q: %s", rs.Name, reason)
	}
	if rs.Name == "" {
		return bad("empty name")
	}
	if err := checkPeriod(rs.ChangeReport, true, true); err != "" {
		return bad("change report " + err)
	}
	if rs.Exams.MaxFailures < 1 || !rs.Exams.Consequence.IsValid() || !rs.Exams.Basis.IsValid() {
		return bad("exams: want a positive failure count, a consequence and a basis")
	}
	for _, p := range []struct {
		name string
		r    PeriodRule
	}{{"qualification validity", rs.QualificationValidity}, {"credential validity", rs.CredentialValidity}, {"annual review", rs.AnnualReview}} {
		if err := checkPeriod(p.r, false, false); err != "" {
			return bad(p.name + " " + err)
		}
	}
	if !rs.Eligibility.IsValid() {
		return bad("eligibility: no basis")
	}
	if err := checkPeriod(rs.PublicityPenalty, true, true); err != "" {
		return bad("publicity (penalty) " + err)
	}
	if err := checkPeriod(rs.PublicityOther, true, true); err != "" {
		return bad("publicity (other) " + err)
	}
	if err := checkPeriod(rs.InspectionPublicity, true, true); err != "" {
		return bad("inspection publicity " + err)
	}
	for _, l := range []struct {
		name string
		l    FineLimits
	}{{"simple procedure", rs.SimpleProcedure}, {"large amount", rs.LargeAmount}} {
		if !l.l.IsZero() && (!l.l.Basis.IsValid() || !l.l.Citizen.IsPositive() || !l.l.Organisation.IsPositive()) {
			return bad(l.name + ": want positive amounts and a basis")
		}
	}
	return nil
}

func checkPeriod(r PeriodRule, required, workdays bool) string {
	if r.IsZero() {
		if required {
			return "missing"
		}
		return ""
	}
	if !r.Period.IsValid() {
		return "period " + r.Period.String() + " is not a positive count with a unit"
	}
	if !workdays && r.Period.Unit == lawgov.UnitWorkingDays {
		return "must not be in working days"
	}
	if !r.Basis.IsValid() {
		return "has no basis"
	}
	return ""
}

func (rs *RuleSet) calendar() *lawgov.Calendar {
	if rs.Calendar != nil {
		return rs.Calendar
	}
	return lawgov.OfficialCalendar()
}

// addValidity returns the last day of a validity period p starting on d:
// start day excluded, no roll-forward (a credential or qualification is
// simply valid through that day).
func addValidity(d lawgov.Date, p lawgov.Period) lawgov.Date {
	switch p.Unit {
	case lawgov.UnitCalendarDays:
		return d.AddDays(p.N)
	case lawgov.UnitMonths:
		return d.AddMonths(p.N)
	case lawgov.UnitYears:
		return d.AddYears(p.N)
	}
	return lawgov.Date{}
}
