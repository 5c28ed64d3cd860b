package lawgov

import (
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// Statute is a national legal instrument that the module cites often. Its
// Cite and Art methods build a [Citation] with the official title and the
// version whose article numbering the module uses, so every package cites the
// same text the same way. Instruments not listed here are cited with a
// Citation literal.
//
// The zero Statute is unspecified and cites nothing.
type Statute uint8

// The statutes. Each comment gives the version (promulgation or latest
// revision date) whose numbering the module uses.
const (
	StatuteUnspecified               Statute = iota
	CivilCode                                // 中华人民共和国民法典, 2020-05-28
	CivilProcedureLaw                        // 中华人民共和国民事诉讼法, revised 2023-09-01
	CivilProcedureInterpretation             // 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释, revised 2022-03-22
	AdministrativeLitigationLaw              // 中华人民共和国行政诉讼法, revised 2017-06-27
	AdministrativeLitigationInterp           // 最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 (法释〔2018〕1号), 2018-02-06
	AdministrativePenaltyLaw                 // 中华人民共和国行政处罚法, revised 2021-01-22
	AdministrativeReconsiderationLaw         // 中华人民共和国行政复议法, revised 2023-09-01
	AdministrativeLicensingLaw               // 中华人民共和国行政许可法, revised 2019-04-23
	AdministrativeCoercionLaw                // 中华人民共和国行政强制法, 2011-06-30
	MajorDecisionRegulation                  // 重大行政决策程序暂行条例 (国务院令第713号), 2019-04-20
	BusinessEnvironmentRegulation            // 优化营商环境条例 (国务院令第722号), 2019-10-22
	RulemakingRegulation                     // 规章制定程序条例 (国务院令第695号 revision), 2017-12-22
	WorkingHoursProvisions                   // 国务院关于职工工作时间的规定, revised 1995-03-25
	HolidayMeasures                          // 全国年节及纪念日放假办法, revised 2024-11-10
	AppearanceProvisions                     // 最高人民法院关于行政机关负责人出庭应诉若干问题的规定 (法释〔2020〕3号), 2020-06-22
)

type statuteInfo struct {
	title, document string
	version         Date
}

var statuteNames = enum.New[Statute]("lawgov", "statute", "Statute", []enum.Entry{
	CivilCode:                        {Code: "civil_code", Label: "民法典"},
	CivilProcedureLaw:                {Code: "civil_procedure_law", Label: "民事诉讼法"},
	CivilProcedureInterpretation:     {Code: "civil_procedure_interpretation", Label: "民诉法解释"},
	AdministrativeLitigationLaw:      {Code: "administrative_litigation_law", Label: "行政诉讼法"},
	AdministrativeLitigationInterp:   {Code: "administrative_litigation_interpretation", Label: "行诉解释"},
	AdministrativePenaltyLaw:         {Code: "administrative_penalty_law", Label: "行政处罚法"},
	AdministrativeReconsiderationLaw: {Code: "administrative_reconsideration_law", Label: "行政复议法"},
	AdministrativeLicensingLaw:       {Code: "administrative_licensing_law", Label: "行政许可法"},
	AdministrativeCoercionLaw:        {Code: "administrative_coercion_law", Label: "行政强制法"},
	MajorDecisionRegulation:          {Code: "major_decision_regulation", Label: "重大行政决策程序暂行条例"},
	BusinessEnvironmentRegulation:    {Code: "business_environment_regulation", Label: "优化营商环境条例"},
	RulemakingRegulation:             {Code: "rulemaking_regulation", Label: "规章制定程序条例"},
	WorkingHoursProvisions:           {Code: "working_hours_provisions", Label: "国务院关于职工工作时间的规定"},
	HolidayMeasures:                  {Code: "holiday_measures", Label: "全国年节及纪念日放假办法"},
	AppearanceProvisions:             {Code: "appearance_provisions", Label: "行政机关负责人出庭应诉规定"},
})

var statutes = [...]statuteInfo{
	CivilCode:                        {"中华人民共和国民法典", "", MustDate(2020, time.May, 28)},
	CivilProcedureLaw:                {"中华人民共和国民事诉讼法", "", MustDate(2023, time.September, 1)},
	CivilProcedureInterpretation:     {"最高人民法院关于适用《中华人民共和国民事诉讼法》的解释", "", MustDate(2022, time.March, 22)},
	AdministrativeLitigationLaw:      {"中华人民共和国行政诉讼法", "", MustDate(2017, time.June, 27)},
	AdministrativeLitigationInterp:   {"最高人民法院关于适用《中华人民共和国行政诉讼法》的解释", "法释〔2018〕1号", MustDate(2018, time.February, 6)},
	AdministrativePenaltyLaw:         {"中华人民共和国行政处罚法", "", MustDate(2021, time.January, 22)},
	AdministrativeReconsiderationLaw: {"中华人民共和国行政复议法", "", MustDate(2023, time.September, 1)},
	AdministrativeLicensingLaw:       {"中华人民共和国行政许可法", "", MustDate(2019, time.April, 23)},
	AdministrativeCoercionLaw:        {"中华人民共和国行政强制法", "", MustDate(2011, time.June, 30)},
	MajorDecisionRegulation:          {"重大行政决策程序暂行条例", "国务院令第713号", MustDate(2019, time.April, 20)},
	BusinessEnvironmentRegulation:    {"优化营商环境条例", "国务院令第722号", MustDate(2019, time.October, 22)},
	RulemakingRegulation:             {"规章制定程序条例", "", MustDate(2017, time.December, 22)},
	WorkingHoursProvisions:           {"国务院关于职工工作时间的规定", "", MustDate(1995, time.March, 25)},
	HolidayMeasures:                  {"全国年节及纪念日放假办法", "", MustDate(2024, time.November, 10)},
	AppearanceProvisions:             {"最高人民法院关于行政机关负责人出庭应诉若干问题的规定", "法释〔2020〕3号", MustDate(2020, time.June, 22)},
}

// String returns the stable code of s, e.g. "administrative_penalty_law".
func (s Statute) String() string { return statuteNames.String(s) }

// Label returns the short Chinese name, e.g. "行政处罚法".
func (s Statute) Label() string { return statuteNames.Label(s) }

// IsValid reports whether s is a defined statute.
func (s Statute) IsValid() bool { return statuteNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Statute) MarshalText() ([]byte, error) { return statuteNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Statute) UnmarshalText(b []byte) error {
	v, err := statuteNames.Parse(b)
	*s = v
	return err
}

// Title returns the official full title, e.g. "中华人民共和国行政处罚法".
func (s Statute) Title() string {
	if !s.IsValid() {
		return ""
	}
	return statutes[s].title
}

// Version returns the date of the version whose article numbering is used.
func (s Statute) Version() Date {
	if !s.IsValid() {
		return Date{}
	}
	return statutes[s].version
}

// Citation returns a citation of the whole instrument.
func (s Statute) Citation() Citation {
	if !s.IsValid() {
		return Citation{}
	}
	i := statutes[s]
	return Citation{Instrument: i.title, Document: i.document, Version: i.version}
}

// Art returns a citation of article n.
func (s Statute) Art(n int) Citation { return s.Citation().Art(n) }

// Cite returns a citation of article, paragraph (款, 0 for none) and item
// (项, 0 for none).
func (s Statute) Cite(article, paragraph, item int) Citation {
	c := s.Citation()
	c.Article, c.Paragraph, c.Item = article, paragraph, item
	return c
}
