package casework

import (
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// rare draws true one time in four: a value at or past a bound.
func rare(t *rapid.T, label string) bool { return rapid.IntRange(0, 3).Draw(t, label+".rare") == 0 }

// genText draws a short text or, rarely, one around the character bounds
// of the validate tags, in ASCII or in three-byte characters.
func genText(t *rapid.T, label string) string {
	n := rapid.IntRange(1, 8).Draw(t, label+".n")
	if rare(t, label) {
		n = rapid.SampledFrom([]int{0, 31, 32, 33, 63, 64, 65, 127, 128, 129}).Draw(t, label+".bound")
	}
	return strings.Repeat(rapid.SampledFrom([]string{"a", "复"}).Draw(t, label+".char"), n)
}

// genEnum draws a small enum value or, rarely, one past every enum's last.
func genEnum(t *rapid.T, label string) uint8 {
	if rare(t, label) {
		return rapid.Uint8Range(0, 12).Draw(t, label)
	}
	return rapid.Uint8Range(0, 3).Draw(t, label)
}

// genShapeDate draws the zero Date or a day of 1990–2022.
func genShapeDate(t *rapid.T, label string) lawgov.Date {
	if rare(t, label+".zero") {
		return lawgov.Date{}
	}
	return lawgov.MustParseDate("1990-06-01").AddDays(rapid.IntRange(0, 32*365).Draw(t, label))
}

// TestPropertyShapeValid: the shape checks in code agree with the
// validator's tags exactly, and Validate returns what the validator and
// the relations together return.
func TestPropertyShapeValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		enum := func(label string) uint8 { return genEnum(t, label) }
		c := Reconsideration{ID: genText(t, "id"), Unit: genText(t, "unit"), Level: genText(t, "level"), Matter: genText(t, "matter"),
			Knew: genShapeDate(t, "knew"), Received: genShapeDate(t, "received"), Concluded: genShapeDate(t, "concluded"),
			Procedure: Procedure(enum("procedure")), Outcome: ReconsiderationOutcome(enum("outcome"))}
		if rare(t, "window") {
			c.WindowDays = rapid.SampledFrom([]int{-1, 1, 60, 61, 90, 3660, 3661}).Draw(t, "window")
		}
		c.ExtensionDays = rapid.IntRange(0, 30).Draw(t, "extension")
		if rare(t, "extension") {
			c.ExtensionDays = rapid.SampledFrom([]int{-1, 31}).Draw(t, "extension.bound")
		}
		for range rapid.IntRange(0, 2).Draw(t, "suspensions") {
			c.Suspensions = append(c.Suspensions, Suspension{From: genShapeDate(t, "s.from"), To: genShapeDate(t, "s.to"),
				Reason: SuspensionReason(enum("s.reason"))})
		}
		for range rapid.IntRange(0, 2).Draw(t, "obstacles") {
			c.Obstacles = append(c.Obstacles, Interval{From: genShapeDate(t, "o.from"), To: genShapeDate(t, "o.to")})
		}
		require.Equal(t, lawgov.Validate(c) == nil, c.shapeValid(), "reconsideration %+v", c)
		require.Equal(t, validateRecord(c, "Reconsideration", c.relations), c.Validate())

		l := Litigation{ID: genText(t, "l.id"), Unit: genText(t, "l.unit"), Instance: Instance(enum("instance")),
			Procedure: Procedure(enum("l.procedure")), Received: genShapeDate(t, "l.received"), Concluded: genShapeDate(t, "l.concluded"),
			Filed: genShapeDate(t, "filed"), AppearanceGround: AppearanceGround(enum("ground")), Outcome: LitigationOutcome(enum("l.outcome"))}
		for range rapid.IntRange(0, 2).Draw(t, "hearings") {
			h := Hearing{Date: genShapeDate(t, "h.date")}
			for range rapid.IntRange(0, 2).Draw(t, "attendees") {
				h.Attendees = append(h.Attendees, Attendee{Name: genText(t, "a.name"), Role: Role(enum("a.role"))})
			}
			l.Hearings = append(l.Hearings, h)
		}
		require.Equal(t, lawgov.Validate(l) == nil, l.shapeValid(), "litigation %+v", l)
		require.Equal(t, validateRecord(l, "Litigation", l.relations), l.Validate())
	})
}
