package casework_test

import (
	"slices"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// optDay draws, half the time, a day lo to hi days after from (before it
// for negative counts); otherwise, or when from is zero, the zero Date.
func optDay(t *rapid.T, label string, from lawgov.Date, lo, hi int) lawgov.Date {
	if from.IsZero() || !rapid.Bool().Draw(t, label) {
		return lawgov.Date{}
	}
	return from.AddDays(rapid.IntRange(lo, hi).Draw(t, label+".days"))
}

// stray draws true one time in twenty: a draw that breaks a relation
// Validate checks.
func stray(t *rapid.T, label string) bool { return rapid.IntRange(0, 19).Draw(t, label) == 0 }

// or returns d, or alt when d is zero.
func or(d, alt lawgov.Date) lawgov.Date {
	if d.IsZero() {
		return alt
	}
	return d
}

// genLimitsReconsideration draws a reconsideration for the time-limit
// checks: received and concluded as genRecord draws them, over 2019–2026,
// with the dates of every rule drawn around them. Most draws are valid;
// some break a relation Validate checks (a suspension past the
// conclusion, say), and some need a year the calendar has no data for, so
// the checks' errors are drawn too.
var genLimitsReconsideration = rapid.Custom(func(t *rapid.T) casework.Reconsideration {
	c := casework.Reconsideration{ID: "RC", Unit: "u",
		Received: lawgov.MustParseDate("2019-01-01").AddDays(rapid.IntRange(0, 8*365-1).Draw(t, "received"))}
	c.Knew = optDay(t, "knew", c.Received, -400, 0)
	if !c.Knew.IsZero() {
		for range rapid.IntRange(0, 2).Draw(t, "obstacles") {
			from := c.Knew.AddDays(rapid.IntRange(0, c.Received.DaysSince(c.Knew)).Draw(t, "obstacle.from"))
			to := optDay(t, "obstacle.to", from, 0, 40)
			if to.After(c.Received) && !stray(t, "obstacle.stray") {
				to = c.Received
			}
			c.Obstacles = append(c.Obstacles, casework.Interval{From: from, To: to})
		}
	}
	c.WindowDays = rapid.SampledFrom([]int{0, 0, 0, 90, 180, 365}).Draw(t, "window")
	c.NotToldOfRights = rapid.Bool().Draw(t, "not_told")
	if c.NotToldOfRights || stray(t, "learned.stray") {
		c.LearnedOfRights = optDay(t, "learned", or(c.Knew, c.Received), 0, 400)
	}
	c.ActDate = optDay(t, "act", or(c.Knew, c.Received), -8*365, 0)
	c.RealProperty = rapid.Bool().Draw(t, "real_property")
	c.CorrectionNotified = optDay(t, "notified", c.Received, 0, 12)
	c.CorrectionReceived = optDay(t, "notice_received", c.CorrectionNotified, 0, 6)
	c.CorrectionExtendedTo = optDay(t, "extended_to", c.CorrectionNotified, 0, 40)
	c.Supplied = optDay(t, "supplied", c.CorrectionNotified, 0, 30)
	c.Accepted = optDay(t, "accepted", or(c.Supplied, c.Received), 0, 12)
	if rapid.Bool().Draw(t, "concluded") {
		c.Concluded = or(c.Accepted, c.Received).AddDays(rapid.IntRange(0, 150).Draw(t, "concluded.days"))
		c.Outcome = rapid.SampledFrom(casework.ReconsiderationOutcomes()).Draw(t, "outcome")
		c.ChangedBeforeWithdrawal = c.Outcome == casework.Withdrawn && rapid.Bool().Draw(t, "indirect")
	}
	c.CopySent = optDay(t, "copy_sent", or(c.Accepted, c.Received), 0, 12)
	c.CopyReceived = optDay(t, "copy_received", c.CopySent, 0, 6)
	c.Replied = optDay(t, "replied", c.CopySent, 0, 25)
	c.Procedure = rapid.SampledFrom([]casework.Procedure{casework.ProcedureUnspecified, casework.Ordinary, casework.Simplified}).Draw(t, "procedure")
	c.ExtensionDays = rapid.SampledFrom([]int{0, 0, 10, 30}).Draw(t, "extension")
	for range rapid.IntRange(0, 2).Draw(t, "suspensions") {
		start := or(c.Accepted, c.Received)
		span := 90
		if !c.Concluded.IsZero() && !stray(t, "suspension.stray") {
			span = c.Concluded.DaysSince(start)
		}
		from := start.AddDays(rapid.IntRange(0, span).Draw(t, "suspension.from"))
		to := optDay(t, "suspension.to", from, 0, span)
		if !c.Concluded.IsZero() && to.After(c.Concluded) && !stray(t, "suspension.to.stray") {
			to = c.Concluded
		}
		c.Suspensions = append(c.Suspensions, casework.Suspension{From: from, To: to,
			Reason: casework.SuspensionReason(rapid.IntRange(0, 5).Draw(t, "suspension.reason"))})
	}
	c.OpinionReceived = optDay(t, "opinion", or(c.Concluded, c.Received), 0, 60)
	c.OpinionReported = optDay(t, "opinion_reported", c.OpinionReceived, 0, 90)
	return c
})

// genLimitsLitigation draws a litigation instance for the checks, as
// genLimitsReconsideration draws a reconsideration.
var genLimitsLitigation = rapid.Custom(func(t *rapid.T) casework.Litigation {
	l := casework.Litigation{ID: "AL", Unit: "u",
		Instance:  rapid.SampledFrom([]casework.Instance{casework.FirstInstance, casework.FirstInstance, casework.SecondInstance, casework.Retrial}).Draw(t, "instance"),
		Procedure: rapid.SampledFrom([]casework.Procedure{casework.ProcedureUnspecified, casework.Ordinary, casework.Simplified}).Draw(t, "procedure"),
		Received:  lawgov.MustParseDate("2019-01-01").AddDays(rapid.IntRange(0, 8*365-1).Draw(t, "received"))}
	l.Filed = optDay(t, "filed", l.Received, -20, 0)
	l.Knew = optDay(t, "knew", or(l.Filed, l.Received), -400, 0)
	l.DecisionReceived = optDay(t, "decision_received", or(l.Filed, l.Received), -30, 0)
	l.AppearanceGround = casework.AppearanceGround(rapid.IntRange(0, 4).Draw(t, "ground"))
	if rapid.Bool().Draw(t, "concluded") {
		l.Concluded = l.Received.AddDays(rapid.IntRange(0, 300).Draw(t, "concluded.days"))
		l.Outcome = rapid.SampledFrom(casework.LitigationOutcomes()).Draw(t, "outcome")
	}
	for range rapid.IntRange(0, 3).Draw(t, "hearings") {
		span := 250
		if !l.Concluded.IsZero() && !stray(t, "hearing.stray") {
			span = l.Concluded.DaysSince(l.Received)
		}
		h := casework.Hearing{Date: l.Received.AddDays(rapid.IntRange(0, span).Draw(t, "hearing.days"))}
		for range rapid.IntRange(0, 3).Draw(t, "attendees") {
			h.Attendees = append(h.Attendees, casework.Attendee{Role: casework.Role(rapid.IntRange(1, 8).Draw(t, "role")),
				IdentityUnproven: rapid.IntRange(0, 5).Draw(t, "unproven") == 0})
		}
		l.Hearings = append(l.Hearings, h)
	}
	l.ExtensionApproved = rapid.Bool().Draw(t, "extension")
	return l
})

// genLimits draws the readings of a host, rarely an invalid one.
var genLimits = rapid.Custom(func(t *rapid.T) casework.Limits {
	return casework.Limits{
		Extension:           casework.ExtensionReading(rapid.IntRange(0, 2).Draw(t, "extension")),
		SimplifiedCopyDays:  rapid.SampledFrom([]int{0, 0, 0, 0, 3, 4, 7, 20, -1}).Draw(t, "copy"),
		SimplifiedReplyDays: rapid.SampledFrom([]int{0, 0, 5, 10, 12}).Draw(t, "reply"),
	}
})

// limitsCalendars are the official calendar and one that counts 2027 by the
// weekday rule, so that verdicts are drawn with the provisional notice.
func limitsCalendars(t *testing.T) []*lawgov.Calendar {
	prov, err := lawgov.OfficialCalendar().WithProvisional(2027)
	require.NoError(t, err)
	return []*lawgov.Calendar{lawgov.OfficialCalendar(), prov}
}

// TestLimitRuleOrders: the two orders are the catalogue, split where the
// checks split it, and the findings of each check follow its order.
func TestLimitRuleOrders(t *testing.T) {
	rc, al := casework.ReconsiderationRuleIDs(), casework.LitigationRuleIDs()
	require.Equal(t, casework.RuleIDs(), append(slices.Clip(rc), al...))
	cal := lawgov.OfficialCalendar()
	rep, err := casework.CheckReconsideration(benchReconsideration, benchLimitsAsOf, cal)
	require.NoError(t, err)
	rep2, err := casework.CheckLitigation(benchLitigation, benchLimitsAsOf, cal)
	require.NoError(t, err)
	for _, x := range []struct {
		order []lawgov.RuleID
		rep   lawgov.Report
	}{{rc, rep}, {al, rep2}} {
		require.Len(t, x.rep.Findings, len(x.order))
		for i, f := range x.rep.Findings {
			require.Equal(t, x.order[i], f.Rule)
		}
	}
}

// verdictAgrees checks, for cases drawn by gen and checked as of a day
// after they were received, that the verdict of a case
// is the full report's folded over order, and errors exactly when the
// report does, with the same error; and that the Into form writes the
// same report into one that is reused.
func verdictAgrees[C any](t *testing.T, gen *rapid.Generator[C], received func(C) lawgov.Date, order []lawgov.RuleID,
	check func(casework.Limits, C, lawgov.Date, *lawgov.Calendar) (lawgov.Report, error),
	verdict func(casework.Limits, C, lawgov.Date, *lawgov.Calendar) (lawgov.Verdict, error),
	into func(casework.Limits, *lawgov.Report, C, lawgov.Date, *lawgov.Calendar) error) {
	cals := limitsCalendars(t)
	reused := lawgov.Report{Findings: make([]lawgov.Finding, 3, 20)}
	rapid.Check(t, func(t *rapid.T) {
		c := gen.Draw(t, "case")
		lm := genLimits.Draw(t, "limits")
		asOf := received(c).AddDays(rapid.IntRange(0, 600).Draw(t, "asOf"))
		cal := rapid.SampledFrom(cals).Draw(t, "calendar")

		rep, err := check(lm, c, asOf, cal)
		v, verr := verdict(lm, c, asOf, cal)
		ierr := into(lm, &reused, c, asOf, cal)
		if err != nil {
			require.Error(t, verr, "the report fails with %v", err)
			require.Equal(t, err.Error(), verr.Error())
			require.Error(t, ierr)
			require.Equal(t, err.Error(), ierr.Error())
			require.Empty(t, reused.Findings)
			return
		}
		require.NoError(t, verr)
		require.NoError(t, ierr)
		want, err := lawgov.VerdictOf(rep, order)
		require.NoError(t, err)
		require.Equal(t, want, v)
		require.Equal(t, len(order), v.Len())
		require.Equal(t, rep, reused)
	})
}

func TestPropertyReconsiderationVerdict(t *testing.T) {
	verdictAgrees(t, genLimitsReconsideration, func(c casework.Reconsideration) lawgov.Date { return c.Received },
		casework.ReconsiderationRuleIDs(), casework.Limits.CheckReconsideration, casework.Limits.ReconsiderationVerdict,
		casework.Limits.CheckReconsiderationInto)
}

func TestPropertyLitigationVerdict(t *testing.T) {
	verdictAgrees(t, genLimitsLitigation, func(l casework.Litigation) lawgov.Date { return l.Received },
		casework.LitigationRuleIDs(), casework.Limits.CheckLitigation, casework.Limits.LitigationVerdict,
		casework.Limits.CheckLitigationInto)
}
