package casework

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// Change is the year-over-year change of one definition between two
// tallies: the rate's change in percentage points and the relative changes
// of its numerator and base, kept apart as reports write them
// (「同比上升14.01%」 for counts, 「下降3.95个百分点」 for rates).
//
// The zero Change compares undefined rates.
type Change struct {
	Rate      lawgov.PointChange    // the rate, in points
	Numerator lawgov.RelativeChange // the numerator count, relative
	Base      lawgov.RelativeChange // the base count, relative
}

// Compare returns the change of d from prior to current. It returns the
// error of Apply on either tally.
func Compare(d Definition, prior, current *Tally) (Change, error) {
	p, err := d.Apply(prior)
	if err != nil {
		return Change{}, err
	}
	c, err := d.Apply(current)
	if err != nil {
		return Change{}, err
	}
	return Change{
		Rate:      lawgov.PointChange{From: p, To: c},
		Numerator: lawgov.RelativeChange{From: p.Num, To: c.Num},
		Base:      lawgov.RelativeChange{From: p.Den, To: c.Den},
	}, nil
}

// ChangeForm is what a year-over-year figure in a report measures (变化口径).
// The zero ChangeForm is unspecified.
type ChangeForm uint8

// The change forms.
const (
	ChangeFormUnspecified ChangeForm = iota
	// Relative is a relative change of a count: 「同比增长X%」, 「增长了N倍」.
	Relative
	// Points is a difference of rates in percentage points: 「下降X个百分点」.
	Points
	// Ambiguous is a rate followed by 「上升/下降X%」 without 「个百分点」:
	// the text does not say whether X is points or relative (RULES §3.4,
	// 社旗 2016 「出庭应诉率为84.8%，比2015年上升13.4%」).
	Ambiguous
)

var changeFormNames = enum.New[ChangeForm]("casework", "change form", "ChangeForm", []enum.Entry{
	Relative:  {Code: "relative", Label: "相对变化"},
	Points:    {Code: "points", Label: "百分点"},
	Ambiguous: {Code: "ambiguous", Label: "口径不明"},
})

// String returns the stable code: "relative", "points" or "ambiguous".
func (f ChangeForm) String() string { return changeFormNames.String(f) }

// Label returns the Chinese label.
func (f ChangeForm) Label() string { return changeFormNames.Label(f) }

// IsValid reports whether f is a defined form.
func (f ChangeForm) IsValid() bool { return changeFormNames.Valid(f) }

// MarshalText implements encoding.TextMarshaler.
func (f ChangeForm) MarshalText() ([]byte, error) { return changeFormNames.MarshalText(f) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *ChangeForm) UnmarshalText(b []byte) error {
	v, err := changeFormNames.Parse(b)
	*f = v
	return err
}

// ReportedChange is a year-over-year figure read from a report's text.
// Value is signed: positive for 上升/增长/提高/增加, negative for
// 下降/减少/降低. For 「增长了N倍」 it is N×100 percent (an increase of N
// times the old value; 「增长了近3倍」 is about +300%).
//
// The zero ReportedChange is unspecified.
type ReportedChange struct {
	Form        ChangeForm
	Value       decimal.Decimal // percent or percentage points, signed
	Approximate bool            // 约, 近, 超过, 逾, 多, 余 or 左右
	Times       bool            // written as 倍
}

// The verbs of change, with their sign.
var changeVerbs = []struct {
	word string
	sign int
}{
	{"上升", 1}, {"增长", 1}, {"提高", 1}, {"增加", 1}, {"提升", 1},
	{"下降", -1}, {"减少", -1}, {"降低", -1},
}

// ParseChange reads the year-over-year phrase in s, such as
// 「同比上升14.01%」, 「下降3.95个百分点」 or 「增长了近3倍」. A figure in
// 「个百分点」 is Points. A figure in % is Relative, unless the text before
// the verb names a rate or a share (contains 「率」 or 「占」): that is
// Ambiguous, because reports use 「率…上升X%」 both for points and for
// relative change.
//
// It returns an error when s holds no verb of change followed by a number.
func ParseChange(s string) (ReportedChange, error) {
	if !utf8.ValidString(s) {
		return ReportedChange{}, fmt.Errorf("casework: parse change %q: invalid UTF-8", s)
	}
	start, at, sign := -1, -1, 0
	for _, v := range changeVerbs {
		if i := strings.Index(s, v.word); i >= 0 && (start < 0 || i < start) {
			start, at, sign = i, i+len(v.word), v.sign
		}
	}
	if start < 0 {
		return ReportedChange{}, fmt.Errorf("casework: parse change %q: no verb of change", s)
	}
	before := s[:start]
	rest := s[at:]
	var out ReportedChange
	rest = strings.TrimPrefix(rest, "了")
	for _, w := range []string{"约", "近", "超过", "逾"} {
		if strings.HasPrefix(rest, w) {
			out.Approximate = true
			rest = rest[len(w):]
		}
	}
	n := 0
	for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == '.') {
		n++
	}
	if n == 0 {
		return ReportedChange{}, fmt.Errorf("casework: parse change %q: no number after the verb", s)
	}
	num, err := decimal.NewFromString(rest[:n])
	if err != nil || strings.Count(rest[:n], ".") > 1 || rest[0] == '.' || rest[n-1] == '.' {
		return ReportedChange{}, fmt.Errorf("casework: parse change %q: bad number %q", s, rest[:n])
	}
	unit := rest[n:]
	for _, w := range []string{"多", "余"} {
		if strings.HasPrefix(unit, w) {
			out.Approximate = true
			unit = unit[len(w):]
		}
	}
	switch {
	case strings.HasPrefix(unit, "个百分点"):
		out.Form = Points
	case strings.HasPrefix(unit, "%"), strings.HasPrefix(unit, "％"):
		out.Form = Relative
		if strings.Contains(before, "率") || strings.Contains(before, "占") {
			out.Form = Ambiguous
		}
	case strings.HasPrefix(unit, "倍"):
		out.Form, out.Times = Relative, true
		num = num.Shift(2)
	default:
		return ReportedChange{}, fmt.Errorf("casework: parse change %q: no unit (%%, 个百分点 or 倍) after the number", s)
	}
	if strings.Contains(unit, "左右") {
		out.Approximate = true
	}
	if sign < 0 {
		num = num.Neg()
	}
	out.Value = num
	return out, nil
}

// String renders the change the way reports write it: 「上升14.01%」,
// 「下降3.95个百分点」, 「增长3倍」, with a trailing 「（口径不明）」 when
// ambiguous.
func (c ReportedChange) String() string {
	if !c.Form.IsValid() {
		return ""
	}
	verb, v := "上升", c.Value
	if v.Sign() < 0 {
		verb, v = "下降", v.Neg()
	}
	switch {
	case c.Times:
		return "增长" + v.Shift(-2).String() + "倍"
	case c.Form == Points:
		return verb + v.String() + "个百分点"
	case c.Form == Ambiguous:
		return verb + v.String() + "%（口径不明）"
	}
	return verb + v.String() + "%"
}
