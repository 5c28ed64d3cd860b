package casework

// Years tallies records per calendar year with the rule of [ByYear], one
// record at a time. Its memory grows with the number of years, not of
// records, so a loader can stream any number of cases through it; the
// casesql package does.
//
// The zero Years is empty and ready to use. A Years is not safe for
// concurrent use.
type Years struct {
	// years holds each record's counts from the year it was received to
	// the year it concluded (a pending record: its year of receipt only).
	years map[int]*Tally
	// open holds, per year of receipt, the carried-over counts of the
	// pending records received that year, once each; Tallies adds them to
	// every later year up to the last.
	open map[int]*Tally
	last int
}

// Add counts r in the years it spans. The zero Record is ignored.
func (ys *Years) Add(r Record) {
	if r.kind == KindUnspecified {
		return
	}
	concluded := r.flags&flagConcluded != 0
	from, to := r.received.Year(), r.received.Year()
	if concluded {
		to = r.concluded.Year()
	}
	ys.last = max(ys.last, to)
	for y := from; y <= to; y++ {
		outcome, f := r.outcome, r.flags&^flagCarriedOver
		if y > from {
			f = f&^flagAccepted | flagCarriedOver
		}
		if y < to || !concluded {
			outcome, f = 0, f&^concludedFlags
		}
		tallyOf(&ys.years, y).add(r.kind, outcome, f)
	}
	if !concluded {
		f := (r.flags&^flagAccepted | flagCarriedOver) &^ concludedFlags
		tallyOf(&ys.open, from).add(r.kind, 0, f)
	}
}

// Last returns the last year in which a record added was received or
// concluded, or 0 when none was added.
func (ys *Years) Last() int { return ys.last }

// Tallies returns the tally of every year, as ByYear does for the records
// added. Pending cases are carried over into every year up to last, or up
// to Last() when that is later. The result is new; ys is unchanged and
// can take more records.
func (ys *Years) Tallies(last int) map[int]*Tally {
	last = max(last, ys.last)
	out := make(map[int]*Tally, len(ys.years))
	for y, t := range ys.years {
		c := *t
		out[y] = &c
	}
	for from, t := range ys.open {
		for y := from + 1; y <= last; y++ {
			tallyOf(&out, y).Merge(*t)
		}
	}
	return out
}

// ByUnitYear tallies rs per unit and calendar year with the rule of
// ByYear. A pending case is carried over into every year up to the last
// year any record in rs (of any unit) was received or concluded, so the
// tallies of one year add up, over the units, to ByYear's tally of it.
func ByUnitYear(rs []Record) map[UnitID]map[int]*Tally {
	units := make(map[UnitID]*Years)
	last := 0
	for _, r := range rs {
		if r.kind == KindUnspecified {
			continue
		}
		ys := units[r.unit]
		if ys == nil {
			ys = new(Years)
			units[r.unit] = ys
		}
		ys.Add(r)
		last = max(last, ys.Last())
	}
	out := make(map[UnitID]map[int]*Tally, len(units))
	for u, ys := range units {
		out[u] = ys.Tallies(last)
	}
	return out
}

// tallyOf returns the tally of key k in *m, creating the map and the tally
// when missing.
func tallyOf[K comparable](m *map[K]*Tally, k K) *Tally {
	if *m == nil {
		*m = make(map[K]*Tally)
	}
	t := (*m)[k]
	if t == nil {
		t = new(Tally)
		(*m)[k] = t
	}
	return t
}
