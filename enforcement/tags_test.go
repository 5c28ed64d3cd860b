package enforcement

import (
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// drawText draws a string that is mostly short and valid and sometimes empty,
// at or just past a tag's limit (32, 64, 128, 256 runes) in ASCII or
// Chinese, or with invalid UTF-8, which the validator counts byte by byte.
func drawText(t *rapid.T, label string) string {
	if rapid.IntRange(0, 4).Draw(t, label+" kind") > 0 {
		return rapid.SampledFrom([]string{"赤壁市", "市场监管", "QX00001", "张三", "a"}).Draw(t, label)
	}
	n := rapid.SampledFrom([]int{0, 1, 32, 33, 64, 65, 128, 129, 256, 257}).Draw(t, label+" runes")
	unit := rapid.SampledFrom([]string{"a", "执", "\xff"}).Draw(t, label+" unit")
	return strings.Repeat(unit, n)
}

func drawDate(t *rapid.T, label string) lawgov.Date {
	if rapid.IntRange(0, 5).Draw(t, label) == 0 {
		return lawgov.Date{}
	}
	return lawgov.MustDate(2025, 3, 1).AddDays(rapid.IntRange(-400, 400).Draw(t, label+" days"))
}

// drawEnum draws a defined value of an enumeration of n values (1..n) most
// of the time, else 0 or one past the end.
func drawEnum[T ~uint8](t *rapid.T, label string, n int) T {
	if rapid.IntRange(0, 5).Draw(t, label+" bad") == 0 {
		return T(rapid.SampledFrom([]int{0, n + 1, 255}).Draw(t, label))
	}
	return T(rapid.IntRange(1, n).Draw(t, label))
}

func drawTexts(t *rapid.T, label string) []string {
	n := rapid.IntRange(-1, 2).Draw(t, label+" len")
	if n < 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = drawText(t, label)
	}
	return out
}

func drawEvent(t *rapid.T) Event {
	return Event{Kind: drawEnum[EventKind](t, "kind", int(AnnualReviewPassed)), Date: drawDate(t, "date"),
		Passed: rapid.Bool().Draw(t, "passed"), Number: drawText(t, "number"), Fields: drawTexts(t, "fields"),
		Region: drawText(t, "region"), Expires: drawDate(t, "expires"), What: drawText(t, "what"), Until: drawDate(t, "until"),
		Decision: drawText(t, "decision"), Recorder: drawText(t, "recorder")}
}

func drawOfficer(t *rapid.T) Officer {
	o := Officer{ID: drawText(t, "id"), Name: drawText(t, "name"), Unit: drawText(t, "unit"),
		Employment: drawEnum[EmploymentType](t, "employment", int(Secondee)), Fields: drawTexts(t, "fields"), Region: drawText(t, "region")}
	for range rapid.IntRange(0, 3).Draw(t, "events") {
		o.History = append(o.History, drawEvent(t))
	}
	return o
}

func drawAction(t *rapid.T) Action {
	a := Action{ID: drawText(t, "id"), Kind: drawEnum[ActionKind](t, "kind", int(Licence)), Field: drawText(t, "field"),
		Region: drawText(t, "region"), Date: drawDate(t, "date"), Officers: drawTexts(t, "officers"), CredentialsShown: drawTexts(t, "shown")}
	if rapid.Bool().Draw(t, "review") {
		a.Review = &LegalReview{Date: drawDate(t, "review date"), Reviewer: drawText(t, "reviewer"), FirstAppointed: drawDate(t, "appointed")}
	}
	if rapid.Bool().Draw(t, "offence") {
		a.Offence = &Offence{Committed: drawDate(t, "committed"), Discovered: drawDate(t, "discovered"), StrictBy: drawText(t, "strict")}
	}
	if rapid.Bool().Draw(t, "sanction") {
		a.Sanction = &Sanction{Party: drawEnum[PartyKind](t, "party", 2), Fine: decimal.NewFromInt(int64(rapid.IntRange(0, 100).Draw(t, "fine")))}
		for range rapid.IntRange(0, 2).Draw(t, "kinds") {
			a.Sanction.Kinds = append(a.Sanction.Kinds, drawEnum[SanctionKind](t, "sanction kind", 5))
		}
	}
	if rapid.Bool().Draw(t, "withdrawal") {
		a.Withdrawal = &Withdrawal{Changed: drawDate(t, "changed")}
	}
	if rapid.Bool().Draw(t, "coercion") {
		a.Coercion = &Coercion{Measure: drawEnum[MeasureKind](t, "measure", 2), Extension: rapid.IntRange(-1, 30).Draw(t, "extension"),
			ExcludedDays: rapid.IntRange(-1, 30).Draw(t, "excluded")}
	}
	if rapid.Bool().Draw(t, "inspection") {
		a.Inspection = &RandomInspection{Draw: drawText(t, "draw")}
	}
	return a
}

// TestTagsValidIsTheValidator checks that the validation done in code
// accepts exactly the officers, events and actions that the validate tags
// accept, so that skipping the reflective validator on the fast path
// changes no result.
func TestTagsValidIsTheValidator(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := drawOfficer(t)
		if got, want := o.tagsValid(), lawgov.Validate(&o) == nil; got != want {
			t.Fatalf("officer %+v: tagsValid %v, validator %v (%v)", o, got, want, lawgov.Validate(&o))
		}
		e := drawEvent(t)
		if got, want := e.tagsValid(), lawgov.Validate(&e) == nil; got != want {
			t.Fatalf("event %+v: tagsValid %v, validator %v (%v)", e, got, want, lawgov.Validate(&e))
		}
		a := drawAction(t)
		want := lawgov.Validate(&a)
		if got := a.tagsValid(); got != (want == nil) {
			t.Fatalf("action %+v: tagsValid %v, validator %v", a, got, want)
		}
		if got := a.Validate(); (got == nil) != (want == nil) || (got != nil && got.Error() != want.Error()) {
			t.Fatalf("action %+v: Validate %v, validator %v", a, got, want)
		}
	})
}
