package lawgov_test

import (
	"encoding/json"
	"math/big"
	"slices"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

var (
	day1    = lawgov.MustParseDate("0001-01-01")
	calFrom = lawgov.MustParseDate("2018-01-01")
)

// anyDate draws a valid date in 0001-01-01 … 9999-12-31.
var anyDate = rapid.Custom(func(t *rapid.T) lawgov.Date {
	return day1.AddDays(rapid.IntRange(0, 3652058).Draw(t, "day"))
})

// calDate draws a date covered by the official calendar (2018–2026).
var calDate = rapid.Custom(func(t *rapid.T) lawgov.Date {
	return calFrom.AddDays(rapid.IntRange(0, 3286).Draw(t, "day"))
})

func TestPropAddDaysDaysSince(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := anyDate.Draw(t, "d")
		n := rapid.IntRange(-4_000_000, 4_000_000).Draw(t, "n")
		e := d.AddDays(n)
		if e.IsZero() {
			return // left the range 0001–9999
		}
		if got := e.DaysSince(d); got != n {
			t.Fatalf("%s.AddDays(%d) = %s, DaysSince = %d", d, n, e, got)
		}
	})
}

func TestPropDateRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := anyDate.Draw(t, "d")
		p, err := lawgov.ParseDate(d.String())
		if err != nil || p != d {
			t.Fatalf("ParseDate(%q) = %s, %v", d.String(), p, err)
		}
		y, m, dd := d.Date()
		if n, err := lawgov.NewDate(y, m, dd); err != nil || n != d {
			t.Fatalf("NewDate(%d, %d, %d) = %s, %v", y, m, dd, n, err)
		}
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back lawgov.Date
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Fatalf("text round trip of %s: %s, %v", d, back, err)
		}
		j, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		back = lawgov.Date{}
		if err := json.Unmarshal(j, &back); err != nil || back != d {
			t.Fatalf("JSON round trip of %s: %s, %v", d, back, err)
		}
	})
}

func TestPropWorkingDayDeadlines(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	rapid.Check(t, func(t *rapid.T) {
		d := calDate.Draw(t, "d")
		n1 := rapid.IntRange(-300, 300).Draw(t, "n1")
		n2 := rapid.IntRange(-300, 300).Draw(t, "n2")
		e1, err1 := cal.AddWorkdays(d, n1)
		e2, err2 := cal.AddWorkdays(d, n2)
		for _, c := range []struct {
			n   int
			e   lawgov.Date
			err error
		}{{n1, e1, err1}, {n2, e2, err2}} {
			if c.err != nil {
				continue
			}
			if c.n != 0 {
				if w, err := cal.IsWorkday(c.e); err != nil || !w {
					t.Fatalf("AddWorkdays(%s, %d) = %s, not a working day", d, c.n, c.e)
				}
			}
			if got, err := cal.WorkdaysBetween(d, c.e); err != nil || got != c.n {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, %v; want %d", d, c.e, got, err, c.n)
			}
		}
		if err1 == nil && err2 == nil && n1 < n2 && !e1.Before(e2) {
			t.Fatalf("not monotone: AddWorkdays(%s, %d) = %s, (…, %d) = %s", d, n1, e1, n2, e2)
		}
	})
}

func TestPropCalendarDayPeriod(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	rapid.Check(t, func(t *rapid.T) {
		start := calDate.Draw(t, "start")
		n := rapid.IntRange(1, 400).Draw(t, "n")
		end, cs, err := cal.PeriodEnd(start, lawgov.CalendarDays(n))
		if err != nil {
			return // ran past 2026
		}
		naive := start.AddDays(n)
		if end.Before(naive) {
			t.Fatalf("PeriodEnd(%s, %d日) = %s, before %s", start, n, end, naive)
		}
		if w, err := cal.IsWorkday(end); err != nil || !w {
			t.Fatalf("PeriodEnd(%s, %d日) = %s, not a working day", start, n, end)
		}
		// The roll is minimal: no working day between the naive end and end.
		for d := naive; d.Before(end); d = d.AddDays(1) {
			if w, _ := cal.IsWorkday(d); w {
				t.Fatalf("PeriodEnd(%s, %d日) = %s, but %s is a working day", start, n, end, d)
			}
		}
		if rolled := end != naive; rolled != (len(cs) == 4) {
			t.Fatalf("rolled %v but %d citations", rolled, len(cs))
		}
	})
}

// ratOf returns the decimal as an exact rational.
func ratOf(d decimal.Decimal) *big.Rat {
	r, ok := new(big.Rat).SetString(d.String())
	if !ok {
		panic(d.String())
	}
	return r
}

// halfULP returns ½·10^−places.
func halfULP(places int32) *big.Rat {
	return new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)))
}

func exactRate(num, den int64) *big.Rat {
	return new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(num), big.NewInt(100)), big.NewInt(den))
}

var (
	placesGen = rapid.Int32Range(0, 18)
	modeGen   = rapid.SampledFrom([]lawgov.Rounding{lawgov.HalfUp, lawgov.Truncate})
)

func TestPropPercent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		den := rapid.OneOf(rapid.Int64Range(1, 2000), rapid.Int64Range(1, 1<<62), rapid.Int64Range(1<<62, 1<<63-1)).Draw(t, "den")
		num := rapid.Int64Range(0, den).Draw(t, "num")
		places := placesGen.Draw(t, "places")
		mode := modeGen.Draw(t, "mode")
		r := lawgov.Rate{Num: num, Den: den}
		p, err := r.Percent(places, mode)
		if err != nil {
			t.Fatal(err)
		}
		if p.Sign() < 0 || p.GreaterThan(decimal.NewFromInt(100)) {
			t.Fatalf("%s.Percent = %s, outside 0…100", r, p)
		}
		exact := exactRate(num, den)
		got := ratOf(p)
		diff := new(big.Rat).Sub(got, exact)
		switch mode {
		case lawgov.HalfUp:
			if diff.Abs(diff).Cmp(halfULP(places)) > 0 {
				t.Fatalf("%s.Percent(%d, half_up) = %s, more than half a unit from %s", r, places, p, exact.FloatString(25))
			}
		case lawgov.Truncate:
			if got.Cmp(exact) > 0 {
				t.Fatalf("%s.Percent(%d, truncate) = %s > exact %s", r, places, p, exact.FloatString(25))
			}
			ulp := new(big.Rat).Add(halfULP(places), halfULP(places))
			if new(big.Rat).Sub(exact, got).Cmp(ulp) >= 0 {
				t.Fatalf("%s.Percent(%d, truncate) = %s, a unit or more below %s", r, places, p, exact.FloatString(25))
			}
		}
		// Reproduces agrees with Percent.
		if !slices.Contains(r.Reproduces(p), mode) {
			t.Fatalf("%s.Reproduces(%s) = %v, want it to contain %s", r, p, r.Reproduces(p), mode)
		}
		for _, m := range r.Reproduces(p) {
			if q, err := r.Percent(places, m); err != nil || !q.Equal(p) {
				t.Fatalf("%s.Reproduces(%s) lists %s, but Percent gives %s", r, p, m, q)
			}
		}
	})
}

func TestPropRelativeChangeRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := rapid.Int64Range(1, 1<<40).Draw(t, "a")
		b := rapid.Int64Range(1, 1<<40).Draw(t, "b")
		places := placesGen.Draw(t, "places")
		// Exact: (1 + r1)(1 + r2) = (b/a)(a/b) = 1.
		r1 := new(big.Rat).SetFrac(big.NewInt(b-a), big.NewInt(a))
		r2 := new(big.Rat).SetFrac(big.NewInt(a-b), big.NewInt(b))
		one := big.NewRat(1, 1)
		prod := new(big.Rat).Mul(new(big.Rat).Add(one, r1), new(big.Rat).Add(one, r2))
		if prod.Cmp(one) != 0 {
			t.Fatalf("(1+r1)(1+r2) = %s", prod)
		}
		// The rounded percentages are within half a unit of the exact ones
		// and have opposite signs (or are both zero).
		p1, err := lawgov.RelativeChange{From: a, To: b}.Percent(places, lawgov.HalfUp)
		if err != nil {
			t.Fatal(err)
		}
		p2, err := lawgov.RelativeChange{From: b, To: a}.Percent(places, lawgov.HalfUp)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			p decimal.Decimal
			r *big.Rat
		}{{p1, r1}, {p2, r2}} {
			exact := new(big.Rat).Mul(c.r, big.NewRat(100, 1))
			diff := new(big.Rat).Sub(ratOf(c.p), exact)
			if diff.Abs(diff).Cmp(halfULP(places)) > 0 {
				t.Fatalf("rounded %s is more than half a unit from %s", c.p, exact.FloatString(25))
			}
		}
		if r1.Sign() != -r2.Sign() || (p1.Sign() != 0 && p2.Sign() != 0 && p1.Sign() != -p2.Sign()) {
			t.Fatalf("signs: %s → %s is %s, back is %s", big.NewInt(a), big.NewInt(b), p1, p2)
		}
	})
}

func TestPropPointChange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d1 := rapid.Int64Range(1, 1<<40).Draw(t, "d1")
		d2 := rapid.Int64Range(1, 1<<40).Draw(t, "d2")
		from := lawgov.Rate{Num: rapid.Int64Range(0, d1).Draw(t, "n1"), Den: d1}
		to := lawgov.Rate{Num: rapid.Int64Range(0, d2).Draw(t, "n2"), Den: d2}
		places := placesGen.Draw(t, "places")
		mode := modeGen.Draw(t, "mode")
		p, err := lawgov.PointChange{From: from, To: to}.Points(places, mode)
		if err != nil {
			t.Fatal(err)
		}
		exact := new(big.Rat).Sub(exactRate(to.Num, to.Den), exactRate(from.Num, from.Den))
		diff := new(big.Rat).Sub(ratOf(p), exact)
		limit := halfULP(places)
		if mode == lawgov.Truncate {
			limit = new(big.Rat).Add(limit, limit)
		}
		if diff.Abs(diff).Cmp(limit) > 0 {
			t.Fatalf("Points = %s, exact %s", p, exact.FloatString(25))
		}
		back, err := lawgov.PointChange{From: to, To: from}.Points(places, mode)
		if err != nil || !back.Equal(p.Neg()) {
			t.Fatalf("reverse change %s, want %s", back, p.Neg())
		}
	})
}
