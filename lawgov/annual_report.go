// Annual reports on rule-of-law government (法治政府建设年度报告), after
// 法治政府建设与责任落实督察工作规定 (厅字〔2019〕28号, in force 2019-04-15).

package lawgov

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// ReportingBody is the kind of body that owes an annual report (报告主体).
// The zero ReportingBody is unspecified.
type ReportingBody uint8

// The reporting bodies.
const (
	ReportingBodyUnspecified ReportingBody = iota
	BodyProvincialGovernment               // 省级人民政府: reports to 党中央、国务院
	BodyLocalGovernment                    // 市、县、乡级人民政府: reports to the 党委 and government above
	BodyDepartment                         // 县级以上人民政府部门: reports to 本级党委和政府 and the department above
)

var reportingBodyNames = enum.New[ReportingBody]("lawgov", "reporting body", "ReportingBody", []enum.Entry{
	BodyProvincialGovernment: {Code: "provincial_government", Label: "省级人民政府"},
	BodyLocalGovernment:      {Code: "local_government", Label: "市县乡人民政府"},
	BodyDepartment:           {Code: "department", Label: "县级以上人民政府部门"},
})

// String returns the stable code, e.g. "department".
func (b ReportingBody) String() string { return reportingBodyNames.String(b) }

// Label returns the Chinese label, e.g. 县级以上人民政府部门.
func (b ReportingBody) Label() string { return reportingBodyNames.Label(b) }

// IsValid reports whether b is a defined reporting body.
func (b ReportingBody) IsValid() bool { return reportingBodyNames.Valid(b) }

// MarshalText implements encoding.TextMarshaler.
func (b ReportingBody) MarshalText() ([]byte, error) { return reportingBodyNames.MarshalText(b) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *ReportingBody) UnmarshalText(t []byte) error {
	v, err := reportingBodyNames.Parse(t)
	*b = v
	return err
}

// ReportSection is one of the four required content sections of an annual
// report (RULES G3). The zero ReportSection is unspecified.
type ReportSection uint8

// The content sections, in the order the provisions list them.
const (
	ReportSectionUnspecified ReportSection = iota
	SectionMeasures                        // 上一年度推进法治政府建设的主要举措和成效、存在的不足和原因
	SectionLeaderDuty                      // 党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况
	SectionNextYear                        // 下一年度主要安排
	SectionOther                           // 其他需要报告的情况
)

var reportSectionNames = enum.New[ReportSection]("lawgov", "report section", "ReportSection", []enum.Entry{
	SectionMeasures:   {Code: "measures", Label: "主要举措和成效、存在的不足和原因"},
	SectionLeaderDuty: {Code: "leader_duty", Label: "党政主要负责人履行推进法治建设第一责任人职责情况"},
	SectionNextYear:   {Code: "next_year", Label: "下一年度主要安排"},
	SectionOther:      {Code: "other", Label: "其他需要报告的情况"},
})

// String returns the stable code, e.g. "next_year".
func (s ReportSection) String() string { return reportSectionNames.String(s) }

// Label returns the Chinese label.
func (s ReportSection) Label() string { return reportSectionNames.Label(s) }

// IsValid reports whether s is a defined section.
func (s ReportSection) IsValid() bool { return reportSectionNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler.
func (s ReportSection) MarshalText() ([]byte, error) { return reportSectionNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *ReportSection) UnmarshalText(b []byte) error {
	v, err := reportSectionNames.Parse(b)
	*s = v
	return err
}

// AnnualReport is what a body did about its annual report on year Year: the
// dates it reported to the recipients and published (zero when not yet
// done), whether the report involves Party or state secrets (then it is not
// published), and the content sections it contains.
//
// The zero AnnualReport is invalid.
type AnnualReport struct {
	Body      string          `json:"body" validate:"required"` // e.g. 赤壁市人民政府
	Kind      ReportingBody   `json:"kind" validate:"isvalid"`
	Year      int             `json:"year" validate:"min=1,max=9998"` // the year reported on
	Submitted Date            `json:"submitted,omitzero"`             // reported to the recipients
	Published Date            `json:"published,omitzero"`             // published through newspapers, websites or other media
	Secret    bool            `json:"secret,omitempty"`               // 涉及党和国家秘密: exempt from publication
	Sections  []ReportSection `json:"sections,omitempty" validate:"dive,isvalid"`
}

// MonthDay is a day of the year, such as 4月1日, for deadlines that recur
// every year. The zero MonthDay is invalid.
type MonthDay struct {
	Month time.Month
	Day   int
}

// In returns the day in year y; 2月29日 falls back to 2月28日 in common years.
func (md MonthDay) In(y int) (Date, error) {
	if md.Month < time.January || md.Month > time.December || md.Day < 1 {
		return Date{}, fmt.Errorf("lawgov: month-day %q: invalid", fmt.Sprintf("%d-%d", md.Month, md.Day))
	}
	return NewDate(y, md.Month, min(md.Day, daysIn(y, md.Month)))
}

// AnnualReportConfig holds the deadlines of annual reports. They come from
// provincial guides and a district's quotation of the provisions (RULES G1,
// G2: V2, article numbers R), so they are parameters. The zero value uses
// the defaults.
type AnnualReportConfig struct {
	// PublishBy is the publication deadline in the year after the reported
	// year (「每年4月1日之前」). Defaults to April 1.
	PublishBy MonthDay
	// PublishInclusive makes publishing on PublishBy itself on time. The
	// default (false) is the strict reading of 「之前」: on April 1 is late.
	PublishInclusive bool
	// DepartmentBy is when departments report (「每年3月1日之前」). Defaults
	// to March 1.
	DepartmentBy MonthDay
	// ProvinceBy is when provincial governments report to 党中央、国务院
	// (「每年4月1日之前」). Defaults to April 1.
	ProvinceBy MonthDay
	// SubmitInclusive makes reporting on the deadline itself on time; the
	// default is strict, as for publication.
	SubmitInclusive bool
}

func (c AnnualReportConfig) withDefaults() AnnualReportConfig {
	if c.PublishBy == (MonthDay{}) {
		c.PublishBy = MonthDay{time.April, 1}
	}
	if c.DepartmentBy == (MonthDay{}) {
		c.DepartmentBy = MonthDay{time.March, 1}
	}
	if c.ProvinceBy == (MonthDay{}) {
		c.ProvinceBy = MonthDay{time.April, 1}
	}
	return c
}

// The annual-report rules.
var (
	// ruleReportPublication (G1): 「每年4月1日之前，地方各级政府和县级以上政府
	// 部门的法治政府建设年度报告，除涉及党和国家秘密的，应当通过报刊、网站等
	// 新闻媒体向社会公开」.
	ruleReportPublication = Rule{
		ID:       "lawgov.annual-report-publication",
		Title:    "法治政府建设年度报告按时公开",
		Basis:    []Citation{supervisionProvisions.Art(24)},
		Severity: Violation,
	}
	// ruleReportSubmission (G2): departments by 3月1日, provincial
	// governments by 4月1日. Article numbers are not verified.
	ruleReportSubmission = Rule{
		ID:       "lawgov.annual-report-submission",
		Title:    "法治政府建设年度报告按时报送",
		Basis:    []Citation{supervisionProvisions},
		Severity: Violation,
	}
	// ruleReportContent (G3): the four content sections.
	ruleReportContent = Rule{
		ID:       "lawgov.annual-report-content",
		Title:    "法治政府建设年度报告内容完整",
		Basis:    []Citation{supervisionProvisions},
		Severity: Warning,
	}
)

// Rules returns the catalogue of the rules lawgov itself applies: the
// work-plan rules of [Ledger.Check], the annual-report rules of
// [CheckAnnualReport], and the notice of a provisional calendar year
// ([RuleProvisionalCalendar]) that checks on an observed calendar add, in
// that order. The result is a copy.
func Rules() []Rule {
	return []Rule{ruleTaskDeadline, ruleTaskQuota, ruleReportPublication, ruleReportSubmission, ruleReportContent, RuleProvisionalCalendar()}
}

// CheckAnnualReport checks an annual report as of asOf against the
// publication deadline (G1), the reporting deadline of its kind of body
// (G2) and the four content sections (G3), in that order. A deadline not yet
// reached with nothing done passes with a countdown in the message; a
// missing submission or publication after the deadline fails. It returns an
// error when r or cfg is invalid.
func CheckAnnualReport(r AnnualReport, asOf Date, cfg AnnualReportConfig) (Report, error) {
	if err := Validate(r); err != nil {
		return Report{}, err
	}
	if !asOf.IsValid() {
		return Report{}, fmt.Errorf("lawgov: check annual report %q: invalid as-of date", r.Body)
	}
	cfg = cfg.withDefaults()
	rep := Report{Subject: r.Body, AsOf: asOf}
	subj := fmt.Sprintf("%s %d年度报告", r.Body, r.Year)

	// G1: publication before 4月1日 of the next year, unless secret.
	pub, err := cfg.PublishBy.In(r.Year + 1)
	if err != nil {
		return Report{}, err
	}
	if r.Secret {
		rep.Findings = append(rep.Findings, ruleReportPublication.NotApplicable(subj, "报告涉及党和国家秘密，不向社会公开"))
	} else {
		rep.Findings = append(rep.Findings, deadlineFinding(ruleReportPublication, subj, "公开", r.Published, pub, cfg.PublishInclusive, asOf))
	}

	// G2: reporting to the recipients.
	switch r.Kind {
	case BodyDepartment, BodyProvincialGovernment:
		md := cfg.DepartmentBy
		if r.Kind == BodyProvincialGovernment {
			md = cfg.ProvinceBy
		}
		due, err := md.In(r.Year + 1)
		if err != nil {
			return Report{}, err
		}
		rep.Findings = append(rep.Findings, deadlineFinding(ruleReportSubmission, subj, "报送", r.Submitted, due, cfg.SubmitInclusive, asOf))
	default:
		rep.Findings = append(rep.Findings, ruleReportSubmission.NotApplicable(subj, r.Kind.Label()+"的报送日期未作统一规定，只检查公开时限"))
	}

	// G3: the four content sections.
	var missing []string
	for _, s := range reportSectionNames.Values() {
		if !slices.Contains(r.Sections, s) {
			missing = append(missing, "「"+s.Label()+"」")
		}
	}
	switch {
	case r.Submitted.IsZero() && r.Published.IsZero():
		rep.Findings = append(rep.Findings, ruleReportContent.NotApplicable(subj, "报告尚未报送或公开"))
	case len(missing) == 0:
		rep.Findings = append(rep.Findings, ruleReportContent.Pass(subj, "报告包含全部4项内容"))
	default:
		rep.Findings = append(rep.Findings, ruleReportContent.Fail(subj, fmt.Sprintf("报告缺少%d项内容：%s", len(missing), strings.Join(missing, "、"))))
	}
	return rep, nil
}

// deadlineFinding applies a 「…之前」 deadline: strict unless inclusive.
func deadlineFinding(rule Rule, subj, verb string, done, due Date, inclusive bool, asOf Date) Finding {
	limit := "之前"
	last := due.AddDays(-1)
	if inclusive {
		limit, last = "当日或之前", due
	}
	onTime := func(d Date) bool { return !d.After(last) }
	switch {
	case !done.IsZero() && !done.After(asOf) && onTime(done):
		return rule.Pass(subj, fmt.Sprintf("应于 %s%s%s，%s %s", due, limit, verb, done, verb))
	case !done.IsZero() && !done.After(asOf):
		return rule.Fail(subj, fmt.Sprintf("应于 %s%s%s，%s 才%s，晚于时限", due, limit, verb, done, verb))
	case onTime(asOf):
		return rule.Pass(subj, fmt.Sprintf("应于 %s%s%s，截至 %s 尚未%s，未到期", due, limit, verb, asOf, verb))
	}
	return rule.Fail(subj, fmt.Sprintf("应于 %s%s%s，截至 %s 尚未%s，已超过时限%d日", due, limit, verb, asOf, verb, asOf.DaysSince(last)))
}
