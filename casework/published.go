package casework

import (
	"math"
	"strconv"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// Fit is the result of checking a published percentage against counts: the
// rounding modes under which the counts reproduce the figure, none if they
// do not.
//
// The zero Fit reproduces nothing.
type Fit struct {
	Published decimal.Decimal   // the figure as printed, e.g. 15.27
	Rate      lawgov.Rate       // the counts checked
	Modes     []lawgov.Rounding // the roundings that reproduce it; empty if none
}

// FitRate checks published (a percentage, with the decimal places it was
// printed with) against the counts of r. 155/1015 reproduces 15.27 half up.
func FitRate(published decimal.Decimal, r lawgov.Rate) Fit {
	return Fit{Published: published, Rate: r, Modes: r.Reproduces(published)}
}

// Reproduced reports whether some rounding mode reproduces the figure.
func (f Fit) Reproduced() bool { return len(f.Modes) > 0 }

// String renders the check in Chinese: 「155/1015 → 15.27%（四舍五入）」 or
// 「70/287 → 不能复现 69.8%」.
func (f Fit) String() string {
	pub := f.Published.String() + "%"
	if !f.Reproduced() {
		return f.Rate.String() + " → 不能复现 " + pub
	}
	s := f.Rate.String() + " → " + pub + "（"
	for i, m := range f.Modes {
		if i > 0 {
			s += "、"
		}
		s += m.Label()
	}
	return s + "）"
}

// Range is an inclusive range of counts [Lo, Hi]. It is empty when Lo > Hi.
//
// The zero Range is {0, 0}: the single count 0. Functions that find no count
// return an empty range with Lo = 1, Hi = 0.
type Range struct {
	Lo, Hi int64
}

var emptyRange = Range{Lo: 1, Hi: 0}

// Empty reports whether r holds no count.
func (r Range) Empty() bool { return r.Lo > r.Hi }

// Len returns the number of counts in r.
func (r Range) Len() int64 {
	if r.Empty() {
		return 0
	}
	return r.Hi - r.Lo + 1
}

// Contains reports whether n is in r.
func (r Range) Contains(n int64) bool { return r.Lo <= n && n <= r.Hi }

// String renders r: "176", "175–177" or "∅".
func (r Range) String() string {
	switch {
	case r.Empty():
		return "∅"
	case r.Lo == r.Hi:
		return strconv.FormatInt(r.Lo, 10)
	}
	return strconv.FormatInt(r.Lo, 10) + "–" + strconv.FormatInt(r.Hi, 10)
}

// Numerators returns the numerators k in [0, base] for which k/base, as a
// percentage rounded with mode to the places published has, equals
// published. The rounded percentage is monotone in k, so the answer is a
// range, found by bisection with exact arithmetic; it is exact for every
// int64 base. An empty range means no integer count reproduces the figure
// over that base: 69.8% over 287 (开州 2021) is empty; over 252 it is 176.
func Numerators(published decimal.Decimal, base int64, mode lawgov.Rounding) Range {
	if base <= 0 || !mode.IsValid() {
		return emptyRange
	}
	places := placesOf(published)
	pct := func(k int64) decimal.Decimal {
		p, _ := lawgov.Rate{Num: k, Den: base}.Percent(places, mode)
		return p
	}
	// lo: first k with pct(k) ≥ published; hi: last k with pct(k) ≤ published.
	lo, ok := firstTrue(0, base, func(k int64) bool { return pct(k).Cmp(published) >= 0 })
	if !ok {
		return emptyRange
	}
	hi := base
	if above, ok := firstTrue(lo, base, func(k int64) bool { return pct(k).Cmp(published) > 0 }); ok {
		hi = above - 1
	}
	if lo > hi {
		return emptyRange
	}
	return Range{Lo: lo, Hi: hi}
}

// PriorCounts returns the earlier counts p in [1, math.MaxInt64] for which
// the change from p to current, as a signed percentage rounded with mode to
// the places published has, equals published (同比增长 X% → published = X;
// 下降 → −X). The rounded change falls as p grows, so the answer is a range,
// found by bisection over the whole int64 range with exact arithmetic.
// 内蒙古 2022 3116 「同比增长14.01%」 gives exactly 2733; 开州 2021 70
// 「同比上升20.8%」 gives none (58 → 20.69%, 57 → 22.81%).
func PriorCounts(published decimal.Decimal, current int64, mode lawgov.Rounding) Range {
	if current < 0 || !mode.IsValid() {
		return emptyRange
	}
	places := placesOf(published)
	change := func(p int64) decimal.Decimal {
		c, _ := lawgov.RelativeChange{From: p, To: current}.Percent(places, mode)
		return c
	}
	// change is non-increasing in p: lo is the first p with change ≤ published,
	// hi the last p with change ≥ published.
	lo, ok := firstTrue(1, math.MaxInt64, func(p int64) bool { return change(p).Cmp(published) <= 0 })
	if !ok {
		return emptyRange
	}
	hi := int64(math.MaxInt64)
	if below, ok := firstTrue(lo, math.MaxInt64, func(p int64) bool { return change(p).Cmp(published) < 0 }); ok {
		hi = below - 1
	}
	if lo > hi {
		return emptyRange
	}
	return Range{Lo: lo, Hi: hi}
}

// firstTrue returns the least k in [lo, hi] with f(k), and false when there
// is none; f must be monotone (false … false true … true). It never
// computes a value outside [lo, hi], so any int64 bounds are safe.
func firstTrue(lo, hi int64, f func(int64) bool) (int64, bool) {
	if lo > hi || !f(hi) {
		return 0, false
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, true
}

func placesOf(d decimal.Decimal) int32 {
	if e := d.Exponent(); e < 0 {
		return -e
	}
	return 0
}
