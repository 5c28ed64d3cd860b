package rulepack_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"pgregory.net/rapid"
)

// genRanges draws up to four non-overlapping ranges of a parameter, as
// (from, to) day offsets from 2020-01-01 (to = -1 for an open end on the
// last range), with the value of each.
func genRanges(t *rapid.T, label string) (entries []string, spans [][3]int) {
	n := rapid.IntRange(0, 4).Draw(t, label+"-n")
	day := rapid.IntRange(0, 50).Draw(t, label+"-start")
	for i := range n {
		from := day
		length := rapid.IntRange(0, 60).Draw(t, fmt.Sprintf("%s-len%d", label, i))
		to := from + length
		open := i == n-1 && rapid.Bool().Draw(t, label+"-open")
		v := rapid.IntRange(1, 99).Draw(t, fmt.Sprintf("%s-v%d", label, i))
		e := fmt.Sprintf(`{"from": %q, "value": %d, "basis": {"instrument": "%s规定"}`, base.AddDays(from), v, label)
		if open {
			to = -1
		} else {
			e += fmt.Sprintf(`, "to": %q`, base.AddDays(to))
		}
		entries = append(entries, e+"}")
		spans = append(spans, [3]int{from, to, v})
		day = to + 1 + rapid.IntRange(0, 20).Draw(t, fmt.Sprintf("%s-gap%d", label, i))
	}
	return entries, spans
}

var base = lawgov.MustDate(2020, 1, 1)

func packFile(id, parent string, entries []string) string {
	p := ""
	if parent != "" {
		p = fmt.Sprintf(`"parent": %q, `, parent)
	}
	vals := "{}"
	if len(entries) > 0 {
		vals = `{"decision.review-days": [` + strings.Join(entries, ",") + `]}`
	}
	return fmt.Sprintf(`{"id": %q, %s"name": "某地", "version": "1", "values": %s}`, id, p, vals)
}

func in(spans [][3]int, day int) (int, bool) {
	for _, s := range spans {
		if day >= s[0] && (s[1] < 0 || day <= s[1]) {
			return s[2], true
		}
	}
	return 0, false
}

// TestResolveProperty: on every day, Resolve returns the county's value in
// force if any, else the province's; and Timeline's stretches agree with
// Resolve on every day they cover.
func TestResolveProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pe, ps := genRanges(t, "省")
		ce, cs := genRanges(t, "县")
		prov, err := rulepack.Parse("p.json", []byte(packFile("p", "", pe)))
		if err != nil {
			t.Fatal(err)
		}
		county, err := rulepack.Parse("c.json", []byte(packFile("c", "p", ce)))
		if err != nil {
			t.Fatal(err)
		}
		reg, err := rulepack.NewRegistry(rulepack.Catalogue{}, prov, county)
		if err != nil {
			t.Fatal(err)
		}
		tl, err := reg.Timeline("c", rulepack.DecisionReviewDays)
		if err != nil {
			t.Fatal(err)
		}
		for day := -5; day < 400; day++ {
			on := base.AddDays(day)
			want, ok := in(cs, day)
			wantPack := "c"
			if !ok {
				want, ok = in(ps, day)
				wantPack = "p"
			}
			r, err := reg.Resolve("c", on)
			if err != nil {
				t.Fatal(err)
			}
			got, a, set := r.Int(rulepack.DecisionReviewDays)
			if set != ok || got != want || (ok && a.Pack.ID != wantPack) {
				t.Fatalf("%s: got %d from %q (set %v), want %d from %q (set %v)", on, got, a.Pack.ID, set, want, wantPack, ok)
			}
			covered := 0
			for _, s := range tl {
				if (s.From.IsZero() || !on.Before(s.From)) && (s.To.IsZero() || !on.After(s.To)) {
					covered++
					if s.Set != ok || (ok && (s.Applied.Pack.ID != wantPack || string(s.Applied.Value.JSON()) != fmt.Sprint(want))) {
						t.Fatalf("%s: timeline %+v disagrees with %d from %q", on, s, want, wantPack)
					}
				}
			}
			if covered != 1 {
				t.Fatalf("%s covered by %d stretches", on, covered)
			}
		}
	})
}
