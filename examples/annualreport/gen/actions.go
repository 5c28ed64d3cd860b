package main

import (
	"fmt"
	"slices"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

func (x *g) officersAndActions() error {
	officers := x.officers()
	plain := make([]enforcement.Officer, len(officers))
	for i := range officers {
		plain[i] = officers[i].Officer
	}
	reg, err := enforcement.NewRegistry(enforcement.Chibi())
	if err != nil {
		return err
	}
	if err := reg.Add(plain...); err != nil {
		return err
	}
	if err := writeLines(x, "officers.jsonl", plain); err != nil {
		return err
	}

	// Officers by unit: those who can enforce all year, and the others.
	good := map[string][]string{}
	bad := map[string][]officer{}
	for _, o := range officers {
		switch o.profile {
		case pActive, pChangedReported:
			good[o.Unit] = append(good[o.Unit], o.ID)
		case pChangeOverdue, pExpired, pSuspended, pQualified:
			bad[o.Unit] = append(bad[o.Unit], o)
		}
	}
	total := 0
	for _, u := range unitRows {
		total += (4 + u.officers/3) * x.scale
	}
	idWidth := width(4, total)
	var acts []enforcement.Action
	// byCopy[c] lists the actions of the c-th copy of every unit: each
	// unit's actions are x.scale runs of the county's number.
	byCopy := make([][]int, x.scale)
	seq := 0
	for _, u := range unitRows {
		if u.field == "" || len(good[u.name]) < 4 {
			continue
		}
		n := 4 + u.officers/3
		for i := range n * x.scale {
			seq++
			byCopy[i/n] = append(byCopy[i/n], len(acts))
			acts = append(acts, x.action(seq, idWidth, u, good[u.name]))
		}
	}
	// Flaws, spread over the actions.
	flaw := func(every, offset int, f func(a *enforcement.Action)) {
		for i := offset; i < len(acts); i += every {
			f(&acts[i])
		}
	}
	flaw(97, 5, func(a *enforcement.Action) { // one officer only
		a.Officers, a.CredentialsShown = a.Officers[:1], a.CredentialsShown[:1]
	})
	flaw(61, 11, func(a *enforcement.Action) { // credential not shown
		a.CredentialsShown = a.CredentialsShown[:1]
	})
	flaw(53, 17, func(a *enforcement.Action) { // records missing
		if len(a.Records) > 2 {
			a.Records = a.Records[:len(a.Records)-1]
		}
	})
	flaw(71, 23, func(a *enforcement.Action) { // publicity late
		if !a.Published.IsZero() {
			a.Published = a.Decided.AddDays(25 + x.rng.IntN(20))
			if a.Published.After(asOf) {
				a.Published = lawgov.Date{}
			}
		}
	})
	flaw(89, 31, func(a *enforcement.Action) { // decision after 90 days
		if a.Kind == enforcement.Penalty {
			a.Decided = a.Filed.AddDays(100 + x.rng.IntN(30))
			if a.Decided.After(asOf) {
				a.Decided = asOf.AddDays(-2)
			}
			a.Served, a.Executed, a.Published = a.Decided.AddDays(2), lawgov.Date{}, a.Decided.AddDays(1)
			a.Records = []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation, enforcement.StageDecision, enforcement.StageService}
			if a.Review != nil {
				a.Review.Date = a.Decided.AddDays(-3)
				a.Records = append(a.Records, enforcement.StageReview)
			}
		}
	})
	// The review flaws fall on the 3rd, 7th and 12th reviewed action of
	// every run of reviewed actions as long as those of the county at scale
	// 1.
	reviews := 0
	for i := range acts {
		if acts[i].Review != nil {
			reviews++
		}
	}
	run := max(1, reviews/x.scale)
	reviewed := 0
	for i := range acts {
		a := &acts[i]
		if a.Review == nil {
			continue
		}
		reviewed++
		switch (reviewed-1)%run + 1 {
		case 3: // reviewer first appointed after 2021-07-15 without the qualification
			a.Review.Reviewer, a.Review.FirstAppointed, a.Review.LegalQualified = "乡镇法制审核员", d(2023, 4, 1), false
		case 7, 12: // a major case decided without legal review
			a.Review = nil
			a.Records = slices.DeleteFunc(a.Records, func(s enforcement.Stage) bool { return s == enforcement.StageReview })
		}
	}
	// Officers without authority on the day of the action: in each copy of
	// the county, up to 9 of its officers put on its actions.
	for c := range x.scale {
		x.unauthorised(acts, byCopy[c], bad, c)
	}
	for i := range acts {
		if _, err := enforcement.Check(acts[i], asOf, reg, nil); err != nil {
			return err
		}
	}
	return writeLines(x, "actions.jsonl", acts)
}

// unauthorised puts up to 9 officers of copy c without authority on the
// day onto inspections among acts[idx].
func (x *g) unauthorised(acts []enforcement.Action, idx []int, bad map[string][]officer, c int) {
	k := 0
	for _, u := range unitRows {
		for _, o := range bad[u.name] {
			if o.copy != c {
				continue
			}
			if k >= 9 || u.field == "" {
				break
			}
			on := lawgov.Date{}
			switch o.profile {
			case pChangeOverdue:
				on = o.History[len(o.History)-1].Date.AddDays(45)
			case pExpired:
				on = o.History[2].Expires.AddDays(10)
			case pSuspended:
				on = o.History[len(o.History)-1].Date.AddDays(5)
			}
			if on.IsZero() || on.After(d(2025, 12, 20)) || on.Year() != year {
				continue
			}
			for _, i := range idx {
				a := &acts[i]
				if a.Field == u.field && a.Kind == enforcement.Inspection && len(a.Officers) == 2 && len(a.CredentialsShown) == 2 && a.ID[len(a.ID)-1] == '7' {
					a.Date = on
					a.Officers[1], a.CredentialsShown[1] = o.ID, o.ID
					k++
					break
				}
			}
		}
	}
}

// action draws one lawful action of unit u in 2025, officers from pool;
// its ID pads seq to idWidth digits.
func (x *g) action(seq, idWidth int, u unitRow, pool []string) enforcement.Action {
	i := x.rng.IntN(len(pool))
	j := (i + 1 + x.rng.IntN(len(pool)-1)) % len(pool)
	ids := []string{pool[i], pool[j]}
	on := x.between(d(2025, 1, 6), d(2025, 12, 19))
	a := enforcement.Action{
		ID: fmt.Sprintf("QXZF-2025-%0*d", idWidth, seq), Field: u.field, Region: region, Date: on,
		Officers: ids, CredentialsShown: append([]string(nil), ids...),
		Records: []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation},
	}
	r := x.rng.IntN(100)
	switch {
	case r < 58:
		a.Kind = enforcement.Inspection
	case r < 63:
		a.Kind = enforcement.CoerciveMeasure
		a.Coercion = coercion(seq, on)
	default:
		a.Kind = enforcement.Penalty
		a.Filed = on
		a.Offence = &enforcement.Offence{Committed: on.AddDays(-30 - x.rng.IntN(200)), Discovered: on.AddDays(-x.rng.IntN(5))}
		a.Penalised = true
		if x.pct(12) {
			// 首违不罚: first offence, minor harm, corrected.
			a.Offence.FirstTime, a.Offence.HarmMinor, a.Offence.Corrected = true, true, true
			a.Penalised, a.Educated = false, true
		}
		if x.pct(10) {
			a.Major = enforcement.MajorCase{Complex: true}
		}
		dec := on.AddDays(10 + x.rng.IntN(60))
		if dec.After(asOf) {
			return a // still under investigation
		}
		if a.Major.Any() {
			a.Review = &enforcement.LegalReview{Date: dec.AddDays(-4), Passed: true, Reviewer: "县司法局法制审核员",
				FirstAppointed: d(2020, 3, 1), LegalQualified: true}
			a.Records = append(a.Records, enforcement.StageReview)
		}
		a.Decided = dec
		a.Records = append(a.Records, enforcement.StageDecision)
		if a.Penalised {
			a.Served = dec.AddDays(1 + x.rng.IntN(5))
			a.Published = dec.AddDays(1 + x.rng.IntN(6))
			if a.Published.After(asOf) {
				a.Published = lawgov.Date{}
			}
			if a.Served.After(asOf) {
				a.Served = lawgov.Date{}
				return a
			}
			a.Records = append(a.Records, enforcement.StageService)
			if ex := a.Served.AddDays(15); !ex.After(asOf) {
				a.Executed = ex
				a.Records = append(a.Records, enforcement.StageExecution)
			}
		}
	}
	return a
}

// coercion is the record of a 查封 or 扣押 carried out on day on, approved
// beforehand, with the on-site record signed and the party told and heard
// (行政强制法 第十八条), released within the 30 days of 第二十五条. A few are
// flawed, chosen by their sequence number so that the random draws of the
// rest of the data do not move: every 23rd has no party signature and no
// refusal noted, every 29th no recorded approval.
func coercion(seq int, on lawgov.Date) *enforcement.Coercion {
	m := enforcement.Seize
	if seq%2 == 0 {
		m = enforcement.Seal
	}
	c := &enforcement.Coercion{Measure: m, Approved: on,
		Record: enforcement.SiteRecord{Made: true, OfficersSigned: true, PartyPresent: true, PartySigned: true, Informed: true, Heard: true}}
	if rel := on.AddDays(20); !rel.After(asOf) {
		c.Released = rel
	}
	if seq%23 == 0 {
		c.Record.PartySigned = false
	}
	if seq%29 == 0 {
		c.Approved = lawgov.Date{}
	}
	return c
}
