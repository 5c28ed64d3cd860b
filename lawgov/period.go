package lawgov

import (
	"fmt"
	"strconv"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// PeriodUnit is the unit a statutory period (期间) is counted in.
// The zero PeriodUnit is unspecified.
type PeriodUnit uint8

// The period units.
const (
	PeriodUnitUnspecified PeriodUnit = iota
	UnitCalendarDays                 // 日: calendar days, a rest-day last day rolls forward
	UnitWorkingDays                  // 工作日: only working days count
	UnitMonths                       // 月: same day of the target month, or its last day
	UnitYears                        // 年: as months, twelve at a time
)

var periodUnitNames = enum.New[PeriodUnit]("lawgov", "period unit", "PeriodUnit", []enum.Entry{
	UnitCalendarDays: {Code: "calendar_days", Label: "日"},
	UnitWorkingDays:  {Code: "working_days", Label: "个工作日"},
	UnitMonths:       {Code: "months", Label: "个月"},
	UnitYears:        {Code: "years", Label: "年"},
})

// String returns the stable code, e.g. "working_days".
func (u PeriodUnit) String() string { return periodUnitNames.String(u) }

// Label returns the Chinese unit as written after a number: 日, 个工作日, 个月, 年.
func (u PeriodUnit) Label() string { return periodUnitNames.Label(u) }

// IsValid reports whether u is a defined unit.
func (u PeriodUnit) IsValid() bool { return periodUnitNames.Valid(u) }

// MarshalText implements encoding.TextMarshaler.
func (u PeriodUnit) MarshalText() ([]byte, error) { return periodUnitNames.MarshalText(u) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (u *PeriodUnit) UnmarshalText(b []byte) error {
	v, err := periodUnitNames.Parse(b)
	*u = v
	return err
}

// Period is a statutory period: a count and a unit, with the provision that
// fixed the unit when a statute converts its 「日」 into working days.
//
// Build periods with CalendarDays, WorkingDays, Months, Years, or — for
// 「N日」 written in a statute — StatutoryDays, which picks the unit the
// statute prescribes. The zero Period is invalid.
type Period struct {
	N     int        `json:"n"`
	Unit  PeriodUnit `json:"unit"`
	Basis Citation   `json:"basis"` // the conversion clause applied, if any
}

// CalendarDays returns a period of n calendar days (日).
func CalendarDays(n int) Period { return Period{N: n, Unit: UnitCalendarDays} }

// WorkingDays returns a period of n working days (工作日).
func WorkingDays(n int) Period { return Period{N: n, Unit: UnitWorkingDays} }

// Months returns a period of n months (月).
func Months(n int) Period { return Period{N: n, Unit: UnitMonths} }

// Years returns a period of n years (年).
func Years(n int) Period { return Period{N: n, Unit: UnitYears} }

// StatutoryDays returns the period 「n日」 as statute s counts it. Several
// administrative statutes turn short periods into working days, each with its
// own list:
//
//   - 行政处罚法 第八十五条: 二日, 三日, 五日, 七日 are working days;
//   - 行政复议法 第八十八条: 三日, 五日, 七日, 十日 are working days; other
//     periods follow 民事诉讼法 (calendar days);
//   - 行政许可法 第八十二条: every licensing period is in working days;
//   - 行政强制法 第六十九条: periods of ten days or less are working days.
//
// Every other statute counts calendar days. A period that is converted
// carries the conversion clause in Basis, so PeriodEnd cites it.
func StatutoryDays(s Statute, n int) Period {
	switch s {
	case AdministrativePenaltyLaw:
		if n == 2 || n == 3 || n == 5 || n == 7 {
			return Period{N: n, Unit: UnitWorkingDays, Basis: conversionPenalty}
		}
	case AdministrativeReconsiderationLaw:
		if n == 3 || n == 5 || n == 7 || n == 10 {
			return Period{N: n, Unit: UnitWorkingDays, Basis: conversionReconsideration}
		}
		return Period{N: n, Unit: UnitCalendarDays, Basis: conversionReconsideration}
	case AdministrativeLicensingLaw:
		return Period{N: n, Unit: UnitWorkingDays, Basis: conversionLicensing}
	case AdministrativeCoercionLaw:
		if n <= 10 {
			return Period{N: n, Unit: UnitWorkingDays, Basis: conversionCoercion}
		}
	}
	return CalendarDays(n)
}

// IsValid reports whether p has a positive count and a defined unit.
func (p Period) IsValid() bool { return p.N > 0 && p.Unit.IsValid() }

// String renders p in Chinese: "30日", "7个工作日", "6个月", "1年".
func (p Period) String() string {
	if !p.Unit.IsValid() {
		return strconv.Itoa(p.N) + "?"
	}
	return strconv.Itoa(p.N) + p.Unit.Label()
}

// The provisions PeriodEnd cites. Their Basis slices are shared and must not
// be modified by callers.
var (
	conversionPenalty         = AdministrativePenaltyLaw.Art(85)
	conversionReconsideration = AdministrativeReconsiderationLaw.Art(88)
	conversionLicensing       = AdministrativeLicensingLaw.Art(82)
	conversionCoercion        = AdministrativeCoercionLaw.Art(69)

	citeStartExcluded = []Citation{CivilCode.Art(201), CivilProcedureLaw.Cite(85, 2, 0)}
	citeRollForward   = []Citation{CivilCode.Art(203), CivilProcedureLaw.Cite(85, 3, 0)}
	citeMonthEnd      = []Citation{CivilCode.Art(202)}

	// periodBases[unit][rolled][conversion][provisional] holds the citation
	// lists PeriodEnd returns, precomputed so that it does not allocate.
	periodBases     [5][2][5][2][]Citation
	conversionIndex = [...]Citation{{}, conversionPenalty, conversionReconsideration, conversionLicensing, conversionCoercion}
)

func init() {
	for u := UnitCalendarDays; u <= UnitYears; u++ {
		for rolled := 0; rolled < 2; rolled++ {
			for ci, conv := range conversionIndex {
				for prov := 0; prov < 2; prov++ {
					periodBases[u][rolled][ci][prov] = periodBasis(u, rolled == 1, conv, prov == 1)
				}
			}
		}
	}
}

// periodBasis builds the list of provisions PeriodEnd cites.
func periodBasis(u PeriodUnit, rolled bool, conversion Citation, provisional bool) []Citation {
	var out []Citation
	if !conversion.IsZero() {
		out = append(out, conversion)
	}
	out = append(out, citeStartExcluded...)
	if u == UnitMonths || u == UnitYears {
		out = append(out, citeMonthEnd...)
	}
	if rolled {
		out = append(out, citeRollForward...)
	}
	if provisional {
		out = append(out, ProvisionalBasis())
	}
	return out[:len(out):len(out)]
}

// PeriodEnd returns the last day of period p that starts with the event on
// start, and the provisions applied:
//
//   - the start day is not counted (民法典 第二百零一条; 民事诉讼法 第八十五条第二款);
//   - working days count only the calendar's working days, make-up
//     Saturdays and Sundays included;
//   - months and years end on the same day of the target month, or on its
//     last day when it has none (民法典 第二百零二条);
//   - for calendar days, months and years, a last day that is a rest day
//     (a holiday or a weekend not worked) moves to the next working day
//     (民法典 第二百零三条; 民事诉讼法 第八十五条第三款).
//
// Weekends counting as rest days for the roll-forward is settled practice;
// the nearest text is 国务院关于职工工作时间的规定 第七条.
//
// When the days from start to the last day touch a provisional year
// ([Calendar.WithProvisional]), the list of provisions ends with
// [ProvisionalBasis]: the weekday rule stood in for a notice, and the result
// may change when the notice is loaded.
//
// It returns an error wrapping ErrNoCalendarData when the start or the end
// falls in a year without data. The returned slice is shared: do not modify it.
func (c *Calendar) PeriodEnd(start Date, p Period) (Date, []Citation, error) {
	if p.N <= 0 || p.Unit < UnitCalendarDays || p.Unit > UnitYears {
		return Date{}, nil, fmt.Errorf("lawgov: period end of %q: want a positive count and a unit", p.String())
	}
	i, err := c.index(start)
	if err != nil {
		return Date{}, nil, err
	}
	var end Date
	switch p.Unit {
	case UnitWorkingDays:
		e, err := c.addWorkdays(i, start, p.N)
		if err != nil {
			return Date{}, nil, err
		}
		return e, bases(p.Unit, p.Basis, false, c.provs != nil && c.touch(i, int(e.n-c.first))), nil
	case UnitCalendarDays:
		end = start.AddDays(p.N)
	case UnitMonths:
		end = start.AddMonths(p.N)
	case UnitYears:
		end = start.AddYears(p.N)
	}
	if end.IsZero() {
		// The count runs past 9999-12-31, where no calendar can have data.
		return Date{}, nil, &NoDataError{Op: p.String() + " after " + start.String(), Year: maxYear + 1, zh: start.Chinese() + "后" + p.String()}
	}
	j, err := c.index(end)
	if err != nil {
		return Date{}, nil, err
	}
	if c.status[j]&statusWork != 0 {
		return end, bases(p.Unit, p.Basis, false, c.provs != nil && c.touch(i, j)), nil
	}
	// The last day is a rest day: roll forward to the next working day.
	last, err := c.addWorkdays(j, end, 1)
	if err != nil {
		return Date{}, nil, err
	}
	return last, bases(p.Unit, p.Basis, true, c.provs != nil && c.touch(i, int(last.n-c.first))), nil
}

// bases returns the provisions PeriodEnd applied for unit u with the
// conversion clause b: shared from periodBases when b is zero or a known
// clause, built otherwise.
func bases(u PeriodUnit, b Citation, rolled, provisional bool) []Citation {
	r, pr := 0, 0
	if rolled {
		r = 1
	}
	if provisional {
		pr = 1
	}
	if b.IsZero() {
		return periodBases[u][r][0][pr]
	}
	for ci := 1; ci < len(conversionIndex); ci++ {
		if b == conversionIndex[ci] {
			return periodBases[u][r][ci][pr]
		}
	}
	return periodBasis(u, rolled, b, provisional)
}
