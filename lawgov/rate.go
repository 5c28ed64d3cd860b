package lawgov

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"sync"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/shopspring/decimal"
)

// ErrUndefinedRate is returned when a rate or change has a zero denominator.
// Such a rate is undefined ("no data"), never 0%.
var ErrUndefinedRate = errors.New("lawgov: rate undefined: zero denominator")

// ErrNegativeCount is returned when a rate is built from a negative count.
var ErrNegativeCount = errors.New("lawgov: rate has a negative count")

// maxPlaces bounds the decimal places a percentage may be rounded to.
const maxPlaces = 18

// Rounding is how a ratio is rounded to a given number of decimal places
// (舍入方式). Reports mostly round half up (四舍五入); some truncate (截尾).
// The zero Rounding is unspecified and rejected by Percent.
type Rounding uint8

// The rounding modes.
const (
	RoundingUnspecified Rounding = iota
	// HalfUp rounds half away from zero (四舍五入): 15.265 → 15.27. It is the
	// mode of most published reports and the module's default.
	HalfUp
	// Truncate drops the digits beyond the last place, toward zero (截尾):
	// 15.279 → 15.27.
	Truncate
)

var roundingNames = enum.New[Rounding]("lawgov", "rounding", "Rounding", []enum.Entry{
	HalfUp:   {Code: "half_up", Label: "四舍五入"},
	Truncate: {Code: "truncate", Label: "截尾"},
})

// String returns the stable code: "half_up" or "truncate".
func (m Rounding) String() string { return roundingNames.String(m) }

// Label returns the Chinese label: 四舍五入 or 截尾.
func (m Rounding) Label() string { return roundingNames.Label(m) }

// IsValid reports whether m is a defined rounding mode.
func (m Rounding) IsValid() bool { return roundingNames.Valid(m) }

// MarshalText implements encoding.TextMarshaler.
func (m Rounding) MarshalText() ([]byte, error) { return roundingNames.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Rounding) UnmarshalText(b []byte) error {
	v, err := roundingNames.Parse(b)
	*m = v
	return err
}

// ParseRounding parses a rounding code.
func ParseRounding(s string) (Rounding, error) { return roundingNames.Parse([]byte(s)) }

// Roundings returns every rounding mode, in order.
func Roundings() []Rounding { return roundingNames.Values() }

// Rate is an exact ratio of two counts, such as 结案率 = 结案数 / 受理数.
// Keeping the counts lets every published figure be explained ("236/977")
// and rounded exactly once, at the edge.
//
// The zero Rate (0/0) is undefined: its Percent returns ErrUndefinedRate.
// Rates are comparable with ==; 1/2 and 2/4 are different Rates with the same
// value (compare values with Cmp).
type Rate struct {
	Num int64 `json:"num"` // numerator: the cases counted
	Den int64 `json:"den"` // denominator: the base
}

// IsUndefined reports whether r has a zero denominator.
func (r Rate) IsUndefined() bool { return r.Den == 0 }

// String returns "Num/Den", e.g. "236/977".
func (r Rate) String() string {
	return strconv.FormatInt(r.Num, 10) + "/" + strconv.FormatInt(r.Den, 10)
}

// Percent returns 100·Num/Den rounded to places decimal places with mode. It
// returns ErrUndefinedRate when Den is zero and ErrNegativeCount when a count
// is negative. 155/1015 with two places, half up, is 15.27.
//
// The computation is exact: integer arithmetic when it cannot overflow, big
// integers otherwise. Nothing is rounded before the last step. Results from
// 0% to 100% with up to two places are shared values from a table built on
// first use (about 0.5 MB for two places), since building a decimal
// allocates; decimals are immutable, so sharing them is safe.
func (r Rate) Percent(places int32, mode Rounding) (decimal.Decimal, error) {
	if r.Num < 0 || r.Den < 0 {
		return decimal.Decimal{}, ErrNegativeCount
	}
	return quotient(r.Num, r.Den, 2, places, mode)
}

// Ratio returns Num/Den (a fraction, not a percentage) rounded to places.
func (r Rate) Ratio(places int32, mode Rounding) (decimal.Decimal, error) {
	if r.Num < 0 || r.Den < 0 {
		return decimal.Decimal{}, ErrNegativeCount
	}
	return quotient(r.Num, r.Den, 0, places, mode)
}

// Format returns the percentage with a percent sign, e.g. "15.27%", or "—"
// when the rate is undefined or invalid.
func (r Rate) Format(places int32, mode Rounding) string {
	p, err := r.Percent(places, mode)
	if err != nil {
		return "—"
	}
	return p.StringFixed(places) + "%"
}

// Cmp compares the values of r and o: -1, 0 or +1. Undefined rates sort
// before every defined rate and equal each other.
func (r Rate) Cmp(o Rate) int {
	switch {
	case r.Den == 0 && o.Den == 0:
		return 0
	case r.Den == 0:
		return -1
	case o.Den == 0:
		return 1
	}
	a := new(big.Int).Mul(big.NewInt(r.Num), big.NewInt(o.Den))
	b := new(big.Int).Mul(big.NewInt(o.Num), big.NewInt(r.Den))
	return a.Cmp(b)
}

// Reproduces returns the rounding modes under which r, as a percentage,
// rounds to published. The number of places is that of published: "15.27"
// has two, "20" none. An empty result means no mode reproduces the figure;
// an undefined rate reproduces nothing.
func (r Rate) Reproduces(published decimal.Decimal) []Rounding {
	places := publishedPlaces(published)
	var out []Rounding
	for _, m := range [...]Rounding{HalfUp, Truncate} {
		if p, err := r.Percent(places, m); err == nil && p.Equal(published) {
			out = append(out, m)
		}
	}
	return out
}

func publishedPlaces(d decimal.Decimal) int32 {
	if e := d.Exponent(); e < 0 {
		return -e
	}
	return 0
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// smallDecimals[p] holds the decimals 0, 10^−p, 2·10^−p, …, 100 with p
// places: every percentage from 0% to 100% as reports print it, with up to
// two places. Building a decimal allocates (its coefficient is a big.Int),
// and Percent is on the hot path of every report, so these results are
// shared. Sharing is safe: a decimal.Decimal never modifies its coefficient,
// every operation returns a new value. Each table is built on first use
// (two places: 10,001 values).
var smallDecimals = [...]func() []decimal.Decimal{
	sync.OnceValue(func() []decimal.Decimal { return decimalTable(0) }),
	sync.OnceValue(func() []decimal.Decimal { return decimalTable(1) }),
	sync.OnceValue(func() []decimal.Decimal { return decimalTable(2) }),
}

func decimalTable(places int32) []decimal.Decimal {
	t := make([]decimal.Decimal, 100*pow10[places]+1)
	for i := range t {
		t[i] = decimal.New(int64(i), -places)
	}
	return t
}

// quotient returns num/den · 10^shift rounded to places with mode.
func quotient(num, den int64, shift, places int32, mode Rounding) (decimal.Decimal, error) {
	switch {
	case den == 0:
		return decimal.Decimal{}, ErrUndefinedRate
	case !mode.IsValid():
		return decimal.Decimal{}, fmt.Errorf("lawgov: invalid rounding mode %d", mode)
	case places < 0 || places > maxPlaces:
		return decimal.Decimal{}, fmt.Errorf("lawgov: decimal places %d out of range 0..%d", places, maxPlaces)
	}
	if num == math.MinInt64 || den == math.MinInt64 {
		return quotientBig(big.NewInt(num), big.NewInt(den), shift, places, mode), nil
	}
	neg := (num < 0) != (den < 0)
	if num < 0 {
		num = -num
	}
	if den < 0 {
		den = -den
	}
	e := shift + places
	if e <= maxPlaces && num <= math.MaxInt64/pow10[e] {
		n := num * pow10[e]
		q, rem := n/den, n%den
		if mode == HalfUp && rem >= den-rem {
			q++
		}
		if !neg && places < int32(len(smallDecimals)) && q <= 100*pow10[places] {
			return smallDecimals[places]()[q], nil
		}
		if neg {
			q = -q
		}
		return decimal.New(q, -places), nil
	}
	if neg {
		num = -num
	}
	return quotientBig(big.NewInt(num), big.NewInt(den), shift, places, mode), nil
}

// quotientBig is the overflow fallback of quotient, in big integers.
func quotientBig(num, d *big.Int, shift, places int32, mode Rounding) decimal.Decimal {
	n := new(big.Int).Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shift+places)), nil))
	q, rem := new(big.Int).QuoRem(n, d, new(big.Int))
	if mode == HalfUp {
		rem.Abs(rem)
		twice := rem.Lsh(rem, 1)
		if twice.CmpAbs(d) >= 0 {
			if n.Sign()*d.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
	}
	return decimal.NewFromBigInt(q, -places)
}

// RelativeChange is the change of a count from one period to the next,
// relative to the earlier count (同比增长/下降 X%): (To − From) / From.
// It is a different type from PointChange so that a count's change is never
// confused with a rate's.
//
// The zero RelativeChange (0 → 0) is undefined.
type RelativeChange struct {
	From int64 `json:"from"` // the earlier count, e.g. last year's
	To   int64 `json:"to"`   // the later count
}

// Percent returns 100·(To − From)/From rounded with mode; negative for a
// decrease. It returns ErrUndefinedRate when From is zero. 2733 → 3116 is
// +14.01% (内蒙古 2022).
func (c RelativeChange) Percent(places int32, mode Rounding) (decimal.Decimal, error) {
	if c.From < 0 || c.To < 0 {
		return decimal.Decimal{}, ErrNegativeCount
	}
	return quotient(c.To-c.From, c.From, 2, places, mode)
}

// Reproduces returns the rounding modes under which c rounds to published,
// a signed percentage with the places it is published with.
func (c RelativeChange) Reproduces(published decimal.Decimal) []Rounding {
	places := publishedPlaces(published)
	var out []Rounding
	for _, m := range [...]Rounding{HalfUp, Truncate} {
		if p, err := c.Percent(places, m); err == nil && p.Equal(published) {
			out = append(out, m)
		}
	}
	return out
}

// Chinese renders c the way reports write it: 「同比上升14.01%」,
// 「同比下降5.00%」, 「同比持平」, or 「无上年数据」 when undefined.
func (c RelativeChange) Chinese(places int32, mode Rounding) string {
	p, err := c.Percent(places, mode)
	if err != nil {
		return "无上年数据"
	}
	switch p.Sign() {
	case 1:
		return "同比上升" + p.StringFixed(places) + "%"
	case -1:
		return "同比下降" + p.Neg().StringFixed(places) + "%"
	}
	return "同比持平"
}

// PointChange is the change of a rate between two periods in percentage
// points (百分点): To − From. 山东 2022: 败诉率 10.83% → 6.88% is −3.95 points.
//
// The zero PointChange is undefined, as both its rates are.
type PointChange struct {
	From Rate `json:"from"`
	To   Rate `json:"to"`
}

// Points returns the exact difference To − From in percentage points,
// rounded once with mode. It returns ErrUndefinedRate when either rate is
// undefined.
//
// Reports usually subtract two already rounded figures; PointsOfRounded does
// that, so a published difference can be checked against its inputs.
func (c PointChange) Points(places int32, mode Rounding) (decimal.Decimal, error) {
	if c.From.Den == 0 || c.To.Den == 0 {
		return decimal.Decimal{}, ErrUndefinedRate
	}
	if c.From.Num < 0 || c.From.Den < 0 || c.To.Num < 0 || c.To.Den < 0 {
		return decimal.Decimal{}, ErrNegativeCount
	}
	a, ok1 := mul64(c.To.Num, c.From.Den)
	b, ok2 := mul64(c.From.Num, c.To.Den)
	d, ok3 := mul64(c.To.Den, c.From.Den)
	if ok1 && ok2 && ok3 {
		return quotient(a-b, d, 2, places, mode)
	}
	num := new(big.Int).Sub(new(big.Int).Mul(big.NewInt(c.To.Num), big.NewInt(c.From.Den)),
		new(big.Int).Mul(big.NewInt(c.From.Num), big.NewInt(c.To.Den)))
	den := new(big.Int).Mul(big.NewInt(c.To.Den), big.NewInt(c.From.Den))
	if !mode.IsValid() || places < 0 || places > maxPlaces {
		return quotient(0, 1, 2, places, mode) // reports the parameter error
	}
	return quotientBig(num, den, 2, places, mode), nil
}

// PointsOfRounded returns the difference of the two rates each first rounded
// to places with mode, which is how a report subtracts its published figures.
func (c PointChange) PointsOfRounded(places int32, mode Rounding) (decimal.Decimal, error) {
	to, err := c.To.Percent(places, mode)
	if err != nil {
		return decimal.Decimal{}, err
	}
	from, err := c.From.Percent(places, mode)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return to.Sub(from), nil
}

// Chinese renders c the way reports write it: 「上升3.95个百分点」,
// 「下降3.95个百分点」, 「持平」, or 「无可比数据」 when undefined.
func (c PointChange) Chinese(places int32, mode Rounding) string {
	p, err := c.Points(places, mode)
	if err != nil {
		return "无可比数据"
	}
	return pointsChinese(p, places)
}

// ChineseOfRounded renders c as Chinese does, but from the two rates as
// printed: each rounded to places with mode first, then subtracted
// ([PointChange.PointsOfRounded]). A table that prints 3.6% and 6.9%
// then says 「上升3.3个百分点」, which the reader can check, where the exact
// difference (3.37) rounds to 3.4. It renders 「无可比数据」 when undefined.
func (c PointChange) ChineseOfRounded(places int32, mode Rounding) string {
	p, err := c.PointsOfRounded(places, mode)
	if err != nil {
		return "无可比数据"
	}
	return pointsChinese(p, places)
}

func pointsChinese(p decimal.Decimal, places int32) string {
	switch p.Sign() {
	case 1:
		return "上升" + p.StringFixed(places) + "个百分点"
	case -1:
		return "下降" + p.Neg().StringFixed(places) + "个百分点"
	}
	return "持平"
}

// mul64 returns a·b and whether it did not overflow.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return p, true
}
