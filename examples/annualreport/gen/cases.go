package main

import (
	"fmt"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
)

// weighted picks a key with probability proportional to its weight.
type weighted[T any] []struct {
	v T
	w int
}

func pick[T any](x *g, ws weighted[T]) T {
	total := 0
	for _, e := range ws {
		total += e.w
	}
	r := x.rng.IntN(total)
	for _, e := range ws {
		if r < e.w {
			return e.v
		}
		r -= e.w
	}
	return ws[len(ws)-1].v
}

var respondents = weighted[string]{
	{"县公安局", 34}, {"县自然资源局", 14}, {"县人力资源和社会保障局", 11}, {"县市场监督管理局", 9},
	{"县住房和城乡建设局", 8}, {"县城市管理局", 6}, {"县交通运输局", 4}, {"县生态环境局", 3},
	{"城关镇人民政府", 4}, {"青石镇人民政府", 2}, {"溪口镇人民政府", 2}, {"清溪县人民政府", 3},
}

var matters = map[string]string{
	"县公安局": "公安", "县自然资源局": "自然资源", "县人力资源和社会保障局": "人力社保", "县市场监督管理局": "市场监管",
	"县住房和城乡建设局": "住房城乡建设", "县城市管理局": "城市管理", "县交通运输局": "交通运输", "县生态环境局": "生态环境",
	"城关镇人民政府": "乡镇", "青石镇人民政府": "乡镇", "溪口镇人民政府": "乡镇", "清溪县人民政府": "政府",
}

func level(unit string) string {
	switch unit {
	case "清溪县人民政府":
		return "县政府"
	case "城关镇人民政府", "青石镇人民政府", "溪口镇人民政府":
		return "乡镇"
	}
	return "县级部门"
}

type rcOutcomes = weighted[casework.ReconsiderationOutcome]
type ltOutcomes = weighted[casework.LitigationOutcome]

var (
	rc2024 = rcOutcomes{{casework.Uphold, 42}, {casework.RejectClaim, 12}, {casework.NotAccepted, 6}, {casework.Revoke, 7},
		{casework.ConfirmIllegal, 3}, {casework.Mediated, 4}, {casework.Settled, 8}, {casework.Withdrawn, 12}, {casework.Terminated, 3}}
	rc2025 = rcOutcomes{{casework.Uphold, 46}, {casework.RejectClaim, 12}, {casework.NotAccepted, 6}, {casework.Revoke, 3},
		{casework.Mediated, 6}, {casework.Settled, 14}, {casework.Withdrawn, 9}, {casework.Terminated, 3}}
	lt2024 = ltOutcomes{{casework.RejectSuitClaim, 38}, {casework.DismissSuit, 19}, {casework.SuitWithdrawn, 29}, {casework.Annul, 5},
		{casework.DeclareIllegal, 3}, {casework.OrderDuty, 2}, {casework.CourtMediated, 2}, {casework.SuitTerminated, 2}}
	lt2025 = ltOutcomes{{casework.RejectSuitClaim, 33}, {casework.DismissSuit, 17}, {casework.SuitWithdrawn, 40}, {casework.Annul, 2},
		{casework.DeclareIllegal, 1}, {casework.OrderDuty, 1}, {casework.CourtMediated, 2}, {casework.SuitTerminated, 2}}
	appeals = ltOutcomes{{casework.AppealDismissed, 88}, {casework.Annul, 6}, {casework.Remanded, 6}}
)

func (x *g) cases() error {
	var rcs []casework.Reconsideration
	seq := 0
	batch := func(y int, n int, from, to lawgov.Date, ws rcOutcomes) error {
		n *= x.scale
		w := width(3, n)
		for range n {
			seq++
			c, err := x.reconsideration(fmt.Sprintf("QXFY-%d-%0*d", y, w, seq), x.between(from, to), ws)
			if err != nil {
				return err
			}
			rcs = append(rcs, c)
		}
		return nil
	}
	if err := batch(2023, 6, d(2023, 11, 1), d(2023, 12, 29), rc2024); err != nil {
		return err
	}
	seq = 0
	if err := batch(2024, 58, d(2024, 1, 2), d(2024, 12, 30), rc2024); err != nil {
		return err
	}
	seq = 0
	if err := batch(2025, 70, d(2025, 1, 2), d(2025, 12, 26), rc2025); err != nil {
		return err
	}
	for _, c := range rcs {
		if err := c.Validate(); err != nil {
			return fmt.Errorf("case %s: %w", c.ID, err)
		}
	}
	if err := writeLines(x, "reconsideration.jsonl", rcs); err != nil {
		return err
	}

	var lts []casework.Litigation
	lbatch := func(y, n int, inst casework.Instance, from, to lawgov.Date, ws ltOutcomes, appear int) {
		n *= x.scale
		for i := range n {
			id := fmt.Sprintf("QXYS-%d-%0*d", y, width(3, n), i+1)
			if inst == casework.SecondInstance {
				id = fmt.Sprintf("QXYS-%d-E%0*d", y, width(2, n), i+1)
			}
			lts = append(lts, x.litigation(id, inst, x.between(from, to), ws, appear))
		}
	}
	lbatch(2023, 40, casework.FirstInstance, d(2023, 9, 1), d(2023, 12, 29), lt2024, 50)
	lbatch(2024, 196, casework.FirstInstance, d(2024, 1, 2), d(2024, 12, 30), lt2024, 52)
	lbatch(2024, 10, casework.SecondInstance, d(2024, 3, 1), d(2024, 12, 20), appeals, 52)
	lbatch(2025, 266, casework.FirstInstance, d(2025, 1, 2), d(2025, 12, 26), lt2025, 76)
	lbatch(2025, 14, casework.SecondInstance, d(2025, 2, 1), d(2025, 12, 20), appeals, 76)
	for _, l := range lts {
		if err := l.Validate(); err != nil {
			return fmt.Errorf("case %s: %w", l.ID, err)
		}
	}
	return writeLines(x, "litigation.jsonl", lts)
}

func (x *g) reconsideration(id string, received lawgov.Date, ws rcOutcomes) (casework.Reconsideration, error) {
	unit := pick(x, respondents)
	c := casework.Reconsideration{ID: id, Unit: unit, Level: level(unit), Matter: matters[unit],
		Knew: received.AddDays(-3 - x.rng.IntN(48)), Received: received, Procedure: casework.Ordinary}
	if x.pct(2) {
		c.Knew = received.AddDays(-70) // applied after the sixty days
	}
	out := pick(x, ws)
	review := 1 + x.rng.IntN(4)
	if x.pct(3) {
		review = 7 // acceptance review over five working days
	}
	acc, err := cal.AddWorkdays(received, review)
	if err != nil {
		return c, err
	}
	var concluded lawgov.Date
	switch out {
	case casework.NotAccepted:
		concluded = acc
	default:
		if acc.After(asOf) {
			return c, nil // acceptance still under review at the year's end
		}
		c.Accepted = acc
		if x.pct(15) {
			c.Procedure = casework.Simplified
			concluded = acc.AddDays(10 + x.rng.IntN(18))
		} else {
			concluded = acc.AddDays(20 + x.rng.IntN(38))
			if x.pct(6) {
				c.ExtensionDays = 30
				concluded = acc.AddDays(65 + x.rng.IntN(20))
			}
		}
	}
	if !concluded.After(asOf) {
		c.Concluded, c.Outcome = concluded, out
		if out == casework.Withdrawn && x.pct(30) {
			c.ChangedBeforeWithdrawal = true
		}
	}
	return c, nil
}

func (x *g) litigation(id string, inst casework.Instance, received lawgov.Date, ws ltOutcomes, appear int) casework.Litigation {
	unit := pick(x, respondents)
	l := casework.Litigation{ID: id, Unit: unit, Instance: inst, Procedure: casework.Ordinary, Received: received}
	out := pick(x, ws)
	var concluded lawgov.Date
	if inst == casework.SecondInstance {
		concluded = received.AddDays(30 + x.rng.IntN(55))
	} else {
		concluded = received.AddDays(30 + x.rng.IntN(145))
		if x.pct(3) {
			concluded = received.AddDays(190 + x.rng.IntN(30)) // past six months, no extension
		}
	}
	if concluded.After(asOf) {
		return l
	}
	l.Concluded, l.Outcome = concluded, out
	heard := true
	switch out {
	case casework.SuitWithdrawn:
		heard = x.pct(25)
	case casework.DismissSuit, casework.SuitTerminated:
		heard = x.pct(30)
	}
	if !heard {
		return l
	}
	span := concluded.DaysSince(received)
	h := casework.Hearing{Date: received.AddDays(span/2 + x.rng.IntN(span/2+1))}
	if x.pct(appear) {
		role := pick(x, weighted[casework.Role]{{casework.Deputy, 60}, {casework.DeputyLevelInCharge, 25}, {casework.Principal, 15}})
		h.Attendees = []casework.Attendee{{Name: "负责人", Role: role}, {Role: casework.Lawyer}}
	} else {
		h.Attendees = []casework.Attendee{{Role: casework.Staff}, {Role: casework.Lawyer}}
		if x.pct(10) {
			h.Attendees[0] = casework.Attendee{Name: "副局长", Role: casework.Deputy, IdentityUnproven: true}
		}
	}
	l.Hearings = []casework.Hearing{h}
	return l
}
