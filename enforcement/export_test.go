package enforcement

import "encoding/json"

// AddUnchecked adds officers without validating them, for benchmarks that
// build very large registries.
func (r *Registry) AddUnchecked(officers []Officer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, o := range officers {
		r.index[o.ID] = r.officers.len()
		r.officers.add(o, compactHistory(o.History))
	}
}

// SnapshotOf encodes officers as a snapshot with a correct digest chain and
// head, whatever they hold, so that tests reach Restore's other checks.
func SnapshotOf(ruleSet string, officers []Officer) []byte {
	s := snapshot{Format: snapshotFormat, RuleSet: ruleSet, Officers: make([]snapshotOfficer, len(officers))}
	w := newHasher()
	tips := make([]string, len(officers))
	for i := range officers {
		g, links := w.chain(&officers[i])
		s.Officers[i] = snapshotOfficer{Officer: officers[i], Record: g, Chain: links}
		tips[i] = tip(g, links)
	}
	s.Head = w.head(ruleSet, tips)
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return b
}

// ForgeAssignments recomputes res's digest and assignments from its inputs.
func ForgeAssignments(res DrawResult) DrawResult {
	if err := res.run(); err != nil {
		panic(err)
	}
	return res
}
