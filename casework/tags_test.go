package casework

import (
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"pgregory.net/rapid"
)

// drawText draws a string that is mostly short and valid and sometimes empty,
// at or just past a tag's limit (32, 64, 128 runes) in ASCII or Chinese, or
// with invalid UTF-8, which the validator counts byte by byte.
func drawText(t *rapid.T, label string) string {
	if rapid.IntRange(0, 4).Draw(t, label+" kind") > 0 {
		return rapid.SampledFrom([]string{"县公安局", "公安", "QXFY-2025-001", "a"}).Draw(t, label)
	}
	n := rapid.SampledFrom([]int{0, 1, 32, 33, 64, 65, 128, 129}).Draw(t, label+" runes")
	unit := rapid.SampledFrom([]string{"a", "执", "\xff"}).Draw(t, label+" unit")
	return strings.Repeat(unit, n)
}

func drawDate(t *rapid.T, label string) lawgov.Date {
	if rapid.IntRange(0, 5).Draw(t, label) == 0 {
		return lawgov.Date{}
	}
	return lawgov.MustDate(2024, 3, 1).AddDays(rapid.IntRange(-400, 400).Draw(t, label+" days"))
}

// drawEnum draws a value of an enumeration whose defined values are 0..n or
// 1..n, mostly in range, sometimes one past the end or 255.
func drawEnum[T ~uint8](t *rapid.T, label string, n int) T {
	if rapid.IntRange(0, 5).Draw(t, label+" bad") == 0 {
		return T(rapid.SampledFrom([]int{n + 1, 255}).Draw(t, label))
	}
	return T(rapid.IntRange(0, n).Draw(t, label))
}

func drawReconsideration(t *rapid.T) Reconsideration {
	c := Reconsideration{ID: drawText(t, "id"), Unit: drawText(t, "unit"), Level: drawText(t, "level"), Matter: drawText(t, "matter"),
		Knew: drawDate(t, "knew"), WindowDays: rapid.SampledFrom([]int{0, 0, 0, -1, 60, 61, 3660, 3661}).Draw(t, "window"),
		Received: drawDate(t, "received"), Accepted: drawDate(t, "accepted"), Concluded: drawDate(t, "concluded"),
		Procedure: drawEnum[Procedure](t, "procedure", 2), ExtensionDays: rapid.SampledFrom([]int{0, 0, -1, 30, 31}).Draw(t, "extension"),
		Outcome: drawEnum[ReconsiderationOutcome](t, "outcome", int(Terminated))}
	for range rapid.IntRange(0, 2).Draw(t, "obstacles") {
		c.Obstacles = append(c.Obstacles, Interval{From: drawDate(t, "from"), To: drawDate(t, "to")})
	}
	for range rapid.IntRange(0, 2).Draw(t, "suspensions") {
		c.Suspensions = append(c.Suspensions, Suspension{From: drawDate(t, "from"), To: drawDate(t, "to"), Reason: drawEnum[SuspensionReason](t, "reason", int(SuspensionOther))})
	}
	return c
}

func drawLitigation(t *rapid.T) Litigation {
	l := Litigation{ID: drawText(t, "id"), Unit: drawText(t, "unit"), Instance: drawEnum[Instance](t, "instance", int(Retrial)),
		Procedure: drawEnum[Procedure](t, "procedure", 2), Received: drawDate(t, "received"), Concluded: drawDate(t, "concluded"),
		AppearanceGround: drawEnum[AppearanceGround](t, "ground", int(CourtRequest)), Outcome: drawEnum[LitigationOutcome](t, "outcome", int(SuitTerminated))}
	for range rapid.IntRange(0, 2).Draw(t, "hearings") {
		h := Hearing{Date: drawDate(t, "date")}
		for range rapid.IntRange(0, 2).Draw(t, "attendees") {
			h.Attendees = append(h.Attendees, Attendee{Name: drawText(t, "name"), Role: drawEnum[Role](t, "role", int(Lawyer))})
		}
		l.Hearings = append(l.Hearings, h)
	}
	return l
}

// TestTagsValidIsTheValidator checks that the validation done in code
// accepts exactly the cases that the validate tags accept, so that
// skipping the reflective validator on the fast path changes no result.
func TestTagsValidIsTheValidator(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawReconsideration(t)
		if got, want := c.shapeValid(), lawgov.Validate(c) == nil; got != want {
			t.Fatalf("reconsideration %+v: shapeValid %v, validator %v (%v)", c, got, want, lawgov.Validate(c))
		}
		l := drawLitigation(t)
		if got, want := l.shapeValid(), lawgov.Validate(l) == nil; got != want {
			t.Fatalf("litigation %+v: shapeValid %v, validator %v (%v)", l, got, want, lawgov.Validate(l))
		}
	})
}
