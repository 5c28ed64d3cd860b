package lawgov

import (
	"fmt"
	"slices"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/shopspring/decimal"
)

// ScoringMethod is how an indicator of an assessment scheme (考评指标) earns
// points. The zero ScoringMethod is unspecified; an indicator with children
// has none and earns the sum of its children.
type ScoringMethod uint8

// The scoring methods.
const (
	ScoringMethodUnspecified ScoringMethod = iota
	ScoreDeduction                         // 扣分: Max minus Deduct per occurrence, never below zero
	ScoreProportional                      // 按比例: Max × a Rate, the rate capped at 100%
	ScoreGraded                            // 等次评定: 原则通过 / 存在瑕疵 / 不合格, each worth set points
	ScoreVeto                              // 一票否决: no points; when triggered, the lowest band
)

var scoringMethodNames = enum.New[ScoringMethod]("lawgov", "scoring method", "ScoringMethod", []enum.Entry{
	ScoreDeduction:    {Code: "deduction", Label: "扣分"},
	ScoreProportional: {Code: "proportional", Label: "按比例计分"},
	ScoreGraded:       {Code: "graded", Label: "等次评定"},
	ScoreVeto:         {Code: "veto", Label: "一票否决"},
})

// String returns the stable code, e.g. "graded".
func (m ScoringMethod) String() string { return scoringMethodNames.String(m) }

// Label returns the Chinese label, e.g. 等次评定.
func (m ScoringMethod) Label() string { return scoringMethodNames.Label(m) }

// IsValid reports whether m is a defined method.
func (m ScoringMethod) IsValid() bool { return scoringMethodNames.Valid(m) }

// MarshalText implements encoding.TextMarshaler.
func (m ScoringMethod) MarshalText() ([]byte, error) { return scoringMethodNames.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *ScoringMethod) UnmarshalText(b []byte) error {
	v, err := scoringMethodNames.Parse(b)
	*m = v
	return err
}

// Grade is the three-level rating for indicators that cannot be quantified,
// as the Inner Mongolia 2018 work report uses it (RULES G7: a local choice,
// not a national rule). The zero Grade is unspecified.
type Grade uint8

// The grades, from best to worst.
const (
	GradeUnspecified Grade = iota
	GradePass              // 原则通过
	GradeFlawed            // 存在瑕疵
	GradeFail              // 不合格
)

var gradeNames = enum.New[Grade]("lawgov", "grade", "Grade", []enum.Entry{
	GradePass:   {Code: "pass", Label: "原则通过"},
	GradeFlawed: {Code: "flawed", Label: "存在瑕疵"},
	GradeFail:   {Code: "fail", Label: "不合格"},
})

// String returns the stable code, e.g. "flawed".
func (g Grade) String() string { return gradeNames.String(g) }

// Label returns the Chinese label, e.g. 存在瑕疵.
func (g Grade) Label() string { return gradeNames.Label(g) }

// IsValid reports whether g is a defined grade.
func (g Grade) IsValid() bool { return gradeNames.Valid(g) }

// MarshalText implements encoding.TextMarshaler.
func (g Grade) MarshalText() ([]byte, error) { return gradeNames.MarshalText(g) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Grade) UnmarshalText(b []byte) error {
	v, err := gradeNames.Parse(b)
	*g = v
	return err
}

// Indicator is a node of an indicator system (考评指标体系). A leaf has a
// Method and maximum points Max; a parent has Children and no Method, and its
// Max must be zero (computed) or the sum of its children's.
//
// Method parameters: Deduct is the points lost per occurrence
// (ScoreDeduction); GradePoints are the points of 原则通过, 存在瑕疵 and 不合格
// in that order, non-increasing and at most Max (ScoreGraded). A veto
// indicator has Max zero.
//
// The zero Indicator is invalid.
type Indicator struct {
	ID          string
	Name        string // Chinese, e.g. 行政决策
	Max         decimal.Decimal
	Method      ScoringMethod
	Deduct      decimal.Decimal
	GradePoints [3]decimal.Decimal
	Basis       []Citation // optional: what the indicator measures
	Children    []Indicator
}

// Band is one rating level (考评等次): the label earned by a total of at
// least Min points. The zero Band has no label and starts at 0 points: it is
// valid only as a scheme's lowest band once given a label.
type Band struct {
	Label string          // e.g. 优秀
	Min   decimal.Decimal // lowest total of the band
}

// Scheme is an assessment scheme: an indicator tree, the rating bands in
// descending order of Min (the last band, Min zero, is "otherwise" and the
// band a veto forces), and the number of decimal places points are rounded
// to, half away from zero (四舍五入). No national scale exists (RULES G7), so
// every threshold is configuration.
//
// A Scheme is immutable once built and safe for concurrent use. Build it
// with [NewScheme]; the zero Scheme is invalid.
type Scheme struct {
	name       string
	indicators []Indicator
	bands      []Band
	places     int32
	max        decimal.Decimal
	ids        []string // leaves, in tree order
}

// NewScheme validates an indicator tree and bands and returns a scheme
// rounding points to places (0 to 4) decimal places. The error names every
// bad indicator or band.
func NewScheme(name string, indicators []Indicator, bands []Band, places int32) (*Scheme, error) {
	s := &Scheme{name: name, indicators: cloneIndicators(indicators), bands: slices.Clone(bands), places: places}
	var fields []FieldError
	bad := func(field, rule, msg string) { fields = append(fields, FieldError{Field: field, Rule: rule, Msg: msg}) }
	if places < 0 || places > 4 {
		bad("places", "range", fmt.Sprintf("places %d outside 0..4", places))
	}
	seen := map[string]bool{}
	var walk func(path string, ins []Indicator) decimal.Decimal
	walk = func(path string, ins []Indicator) decimal.Decimal {
		sum := decimal.Zero
		for i := range ins {
			in := &ins[i]
			p := fmt.Sprintf("%s[%d]", path, i)
			if in.ID == "" || seen[in.ID] {
				bad(p+".ID", "unique", fmt.Sprintf("empty or repeated indicator ID %q", in.ID))
			}
			seen[in.ID] = true
			if in.Max.IsNegative() {
				bad(p+".Max", "min", fmt.Sprintf("indicator %q: negative maximum %s", in.ID, in.Max))
			}
			if len(in.Children) > 0 {
				if in.Method != ScoringMethodUnspecified {
					bad(p+".Method", "excluded", fmt.Sprintf("indicator %q has children and a method", in.ID))
				}
				cs := walk(p+".Children", in.Children)
				if in.Max.IsZero() {
					in.Max = cs
				} else if !in.Max.Equal(cs) {
					bad(p+".Max", "sum", fmt.Sprintf("indicator %q: maximum %s is not the sum %s of its children", in.ID, in.Max, cs))
				}
				sum = sum.Add(in.Max)
				continue
			}
			s.ids = append(s.ids, in.ID)
			switch in.Method {
			case ScoreDeduction:
				if !in.Deduct.IsPositive() {
					bad(p+".Deduct", "gt", fmt.Sprintf("indicator %q: deduction per occurrence must be positive", in.ID))
				}
			case ScoreProportional:
			case ScoreGraded:
				g := in.GradePoints
				if g[2].IsNegative() || g[1].LessThan(g[2]) || g[0].LessThan(g[1]) || g[0].GreaterThan(in.Max) {
					bad(p+".GradePoints", "order", fmt.Sprintf("indicator %q: grade points %s/%s/%s must satisfy max %s ≥ 原则通过 ≥ 存在瑕疵 ≥ 不合格 ≥ 0", in.ID, g[0], g[1], g[2], in.Max))
				}
			case ScoreVeto:
				if !in.Max.IsZero() {
					bad(p+".Max", "eq", fmt.Sprintf("indicator %q: a veto item carries no points", in.ID))
				}
			default:
				bad(p+".Method", "isvalid", fmt.Sprintf("indicator %q: no scoring method", in.ID))
			}
			sum = sum.Add(in.Max)
		}
		return sum
	}
	s.max = walk("indicators", s.indicators)
	if len(s.bands) == 0 {
		bad("bands", "required", "no rating bands")
	}
	for i, b := range s.bands {
		p := fmt.Sprintf("bands[%d]", i)
		if b.Label == "" {
			bad(p+".Label", "required", "band without a label")
		}
		if i > 0 && !b.Min.LessThan(s.bands[i-1].Min) {
			bad(p+".Min", "order", fmt.Sprintf("band %q: minimum %s not below %s", b.Label, b.Min, s.bands[i-1].Min))
		}
		if i == len(s.bands)-1 && !b.Min.IsZero() {
			bad(p+".Min", "eq", fmt.Sprintf("the lowest band %q must start at 0, got %s", b.Label, b.Min))
		}
	}
	if len(fields) > 0 {
		return nil, NewInvalidInputError("Scheme", fields...)
	}
	return s, nil
}

func cloneIndicators(ins []Indicator) []Indicator {
	out := slices.Clone(ins)
	for i := range out {
		out[i].Basis = slices.Clone(out[i].Basis)
		out[i].Children = cloneIndicators(out[i].Children)
	}
	return out
}

// Name returns the scheme's name.
func (s *Scheme) Name() string { return s.name }

// Max returns the most points a unit can earn.
func (s *Scheme) Max() decimal.Decimal { return s.max }

// Bands returns the rating bands, best first.
func (s *Scheme) Bands() []Band { return slices.Clone(s.bands) }

// Leaves returns the IDs of the indicators that take an input, in tree order.
func (s *Scheme) Leaves() []string { return slices.Clone(s.ids) }

// Input is the assessed fact for one leaf indicator: Occurrences for a
// deduction, Rate for a proportional indicator, Grade for a graded one,
// Vetoed for a veto item. Note explains it in the score line. The zero Input
// means no occurrence, no grade (invalid for a graded indicator), an
// undefined rate (invalid for a proportional one) and no veto.
type Input struct {
	Occurrences int64
	Rate        Rate
	Grade       Grade
	Vetoed      bool
	Note        string
}

// Line explains the points of one indicator. Depth is 0 for a first-level
// indicator. The zero Line names no indicator and has zero points.
type Line struct {
	Indicator string          `json:"indicator"`
	Name      string          `json:"name"`
	Depth     int             `json:"depth"`
	Max       decimal.Decimal `json:"max"`
	Points    decimal.Decimal `json:"points"`
	Why       string          `json:"why"` // Chinese
	Basis     []Citation      `json:"basis,omitempty"`
}

// Score is a unit's assessment result: the total, the band and one line per
// indicator in tree order. Vetoed reports a triggered veto item, which forces
// the lowest band whatever the total. The zero Score names no unit and has
// no band; [Scheme.Score] never returns it without an error.
type Score struct {
	Unit   string          `json:"unit"`
	Total  decimal.Decimal `json:"total"`
	Max    decimal.Decimal `json:"max"`
	Band   string          `json:"band"`
	Vetoed bool            `json:"vetoed"`
	Lines  []Line          `json:"lines"`
}

// Score scores unit with one input per leaf indicator. A missing input, a
// negative count, an undefined or negative rate, or an invalid grade is an
// error naming the indicator; so is a nil or zero Scheme.
//
// Points per leaf are rounded to the scheme's places, half away from zero;
// a parent's points and the total are sums of rounded points.
func (s *Scheme) Score(unit string, inputs map[string]Input) (Score, error) {
	if s == nil || len(s.bands) == 0 {
		return Score{}, fmt.Errorf("lawgov: score %q: scheme not built with NewScheme", unit)
	}
	sc := Score{Unit: unit, Max: s.max}
	var walk func(ins []Indicator, depth int) (decimal.Decimal, error)
	walk = func(ins []Indicator, depth int) (decimal.Decimal, error) {
		sum := decimal.Zero
		for i := range ins {
			in := &ins[i]
			if len(in.Children) > 0 {
				at := len(sc.Lines)
				sc.Lines = append(sc.Lines, Line{Indicator: in.ID, Name: in.Name, Depth: depth, Max: in.Max, Basis: in.Basis})
				pts, err := walk(in.Children, depth+1)
				if err != nil {
					return decimal.Zero, err
				}
				sc.Lines[at].Points = pts
				sc.Lines[at].Why = "下级指标得分合计"
				sum = sum.Add(pts)
				continue
			}
			v, ok := inputs[in.ID]
			if !ok {
				return decimal.Zero, fmt.Errorf("lawgov: score %q indicator %q: no input", unit, in.ID)
			}
			pts, why, err := s.points(in, v)
			if err != nil {
				return decimal.Zero, fmt.Errorf("lawgov: score %q indicator %q: %w", unit, in.ID, err)
			}
			if in.Method == ScoreVeto && v.Vetoed {
				sc.Vetoed = true
			}
			if v.Note != "" {
				why += "（" + v.Note + "）"
			}
			sc.Lines = append(sc.Lines, Line{Indicator: in.ID, Name: in.Name, Depth: depth, Max: in.Max, Points: pts, Why: why, Basis: in.Basis})
			sum = sum.Add(pts)
		}
		return sum, nil
	}
	total, err := walk(s.indicators, 0)
	if err != nil {
		return Score{}, err
	}
	sc.Total = total
	sc.Band = s.bands[len(s.bands)-1].Label
	if !sc.Vetoed {
		for _, b := range s.bands {
			if total.GreaterThanOrEqual(b.Min) {
				sc.Band = b.Label
				break
			}
		}
	}
	return sc, nil
}

// points scores one leaf.
func (s *Scheme) points(in *Indicator, v Input) (decimal.Decimal, string, error) {
	p := s.places
	switch in.Method {
	case ScoreDeduction:
		if v.Occurrences < 0 {
			return decimal.Zero, "", fmt.Errorf("negative count %d", v.Occurrences)
		}
		lost := in.Deduct.Mul(decimal.NewFromInt(v.Occurrences))
		pts := in.Max.Sub(lost)
		why := fmt.Sprintf("发生%d次，每次扣%s分", v.Occurrences, in.Deduct.String())
		if pts.IsNegative() {
			pts = decimal.Zero
			why += "，扣至0分为止"
		}
		return pts.Round(p), why, nil
	case ScoreProportional:
		if v.Rate.Den <= 0 || v.Rate.Num < 0 {
			return decimal.Zero, "", fmt.Errorf("rate %s undefined or negative", v.Rate)
		}
		num := min(v.Rate.Num, v.Rate.Den)
		pts := in.Max.Mul(decimal.NewFromInt(num)).DivRound(decimal.NewFromInt(v.Rate.Den), p)
		return pts, fmt.Sprintf("比率 %s（%s），按比例得分", v.Rate.Format(2, HalfUp), v.Rate), nil
	case ScoreGraded:
		if !v.Grade.IsValid() {
			return decimal.Zero, "", fmt.Errorf("invalid grade %s", v.Grade)
		}
		return in.GradePoints[v.Grade-1].Round(p), "评定为" + v.Grade.Label(), nil
	case ScoreVeto:
		if v.Vetoed {
			return decimal.Zero, "触发一票否决，评定为最低等次", nil
		}
		return decimal.Zero, "未触发一票否决", nil
	}
	return decimal.Zero, "", fmt.Errorf("no scoring method")
}

// Ranked is a score with its place. Units with equal totals and the same
// veto state share a place and are marked Tied; the next place skips
// accordingly (1, 2, 2, 4: standard competition ranking). The zero Ranked
// has Rank 0, which [Rank] never gives.
type Ranked struct {
	Score
	Rank int  `json:"rank"`
	Tied bool `json:"tied"`
}

// Rank orders scores: units without a veto first, then by total descending;
// ties keep their input order and share a place.
func Rank(scores []Score) []Ranked {
	out := make([]Ranked, len(scores))
	for i, s := range scores {
		out[i] = Ranked{Score: s}
	}
	cmp := func(a, b Ranked) int {
		if a.Vetoed != b.Vetoed {
			if a.Vetoed {
				return 1
			}
			return -1
		}
		return b.Total.Cmp(a.Total)
	}
	slices.SortStableFunc(out, cmp)
	for i := range out {
		switch {
		case i > 0 && cmp(out[i-1], out[i]) == 0:
			out[i].Rank = out[i-1].Rank
			out[i].Tied, out[i-1].Tied = true, true
		default:
			out[i].Rank = i + 1
		}
	}
	return out
}

// String renders a line as 「行政决策 13.50/15.00 发生1次，每次扣1.5分」 with
// two decimal places.
func (l Line) String() string {
	return l.Name + " " + l.Points.StringFixed(2) + "/" + l.Max.StringFixed(2) + " " + l.Why
}

// String renders the score as 「市司法局 92.50/100.00 优秀」.
func (s Score) String() string {
	v := ""
	if s.Vetoed {
		v = "（一票否决）"
	}
	return s.Unit + " " + s.Total.StringFixed(2) + "/" + s.Max.StringFixed(2) + " " + s.Band + v
}
