package enforcement

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/fazhi-go/fazhi/lawgov"
)

// ErrUnknownOfficer is wrapped by errors about an officer ID the registry
// does not hold.
var ErrUnknownOfficer = errors.New("enforcement: unknown officer")

// Registry is the enforcement-personnel database (执法人员信息库) of one
// jurisdiction: officers with their histories, under one [RuleSet].
//
// A Registry is safe for concurrent use. Events are applied atomically: an
// impossible event leaves the registry unchanged. Histories are never
// modified in place, so statuses derived while events are applied see either
// the old or the new history. The zero Registry is not usable; call
// [NewRegistry].
type Registry struct {
	rs *RuleSet
	mu sync.RWMutex
	// officers holds the officers with their histories in the compact
	// form of [history]; index maps an ID to its place in officers.
	officers store
	index    map[string]int

	// rules are the action rules built from rs once, so that checks do
	// not build their bases on every call. rs is the registry's own copy,
	// so the two cannot disagree.
	rules actionRules
}

// NewRegistry returns an empty registry under a copy of rs, which must be
// valid. Later changes to *rs do not affect the registry.
func NewRegistry(rs *RuleSet) (*Registry, error) {
	if err := rs.Validate(); err != nil {
		return nil, err
	}
	own := *rs
	return &Registry{rs: &own, index: map[string]int{}, rules: *own.actionRules()}, nil
}

// Grow makes room for n more officers, so that adding them, one at a time
// or in a batch, does not grow the index step by step: a loader that knows
// roughly how many officers a file holds calls it first. n <= 0 does
// nothing.
func (r *Registry) Grow(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n <= 0 {
		return
	}
	index := make(map[string]int, len(r.index)+n)
	for id, i := range r.index {
		index[id] = i
	}
	r.index = index
}

// authority is what a check needs to know about one officer of an action.
type authority struct {
	found  bool   // the officer is in the registry
	ok     bool   // active, and the credential covers the field and region
	state  State  // the officer's state
	number string // the credential's number
}

// authorities appends to dst the authority of each of ids on date in field
// and region. The statuses are derived from the stored officers under the
// read lock, so no officer or history is copied.
func (r *Registry) authorities(dst []authority, ids []string, date lawgov.Date, field, region string) ([]authority, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var st Status
	// The histories are expanded into a recycled buffer: a check derives
	// its officers' statuses without allocating.
	bp := eventBufs.Get().(*[]Event)
	buf := *bp
	defer func() {
		if cap(buf) <= 64 {
			*bp = buf[:0]
			eventBufs.Put(bp)
		}
	}()
	for _, id := range ids {
		k, found := r.index[id]
		if !found {
			dst = append(dst, authority{})
			continue
		}
		rec := r.officers.at(k)
		o := rec.o
		buf = rec.h.expand(buf[:0])
		o.History = buf
		ok, err := r.rs.canEnforce(&o, date, field, region, &st)
		if err != nil {
			return dst, err
		}
		dst = append(dst, authority{found: true, ok: ok, state: st.State, number: st.Credential.Number})
	}
	return dst, nil
}

// RuleSet returns the registry's copy of its rule set. Do not modify it.
func (r *Registry) RuleSet() *RuleSet { return r.rs }

// Len returns the number of officers.
func (r *Registry) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.officers.len()
}

// checkOfficer validates o's shape and text and replays its whole history.
func (rs *RuleSet) checkOfficer(o *Officer) error {
	// The reflective validator runs only for the errors of an officer
	// that fails the same tags checked in code.
	if !o.tagsValid() {
		if err := validateOfficerSlow(*o); err != nil {
			return err
		}
	}
	if err := checkText(o); err != nil {
		return err
	}
	var rp replay
	for i := range o.History {
		e := &o.History[i]
		if why := rp.step(e, rs); why != "" {
			return &EventError{Officer: o.ID, Index: i, Kind: e.Kind, Date: e.Date, Reason: why}
		}
	}
	return nil
}

// validateOfficerSlow runs the reflective validator on a copy, so that the
// caller's Officer does not escape to the heap on the fast path.
func validateOfficerSlow(o Officer) error {
	if err := lawgov.Validate(&o); err != nil {
		return fmt.Errorf("enforcement: add officer %q: %w", o.ID, err)
	}
	return nil
}

// Add adds officers with their histories. It fails, adding none, if an
// officer is malformed, its history impossible, or its ID already present.
func (r *Registry) Add(officers ...Officer) error {
	// One officer at a time, as a loader streaming a file adds them, needs
	// neither a map of the IDs seen nor a copy on the heap.
	var one [1]Officer
	var oneHistory [1]history
	cp, hs := one[:], oneHistory[:]
	var seen map[string]bool
	if len(officers) != 1 {
		cp, hs = make([]Officer, len(officers)), make([]history, len(officers))
		seen = make(map[string]bool, len(officers))
	}
	for i := range officers {
		o := &officers[i]
		if err := r.rs.checkOfficer(o); err != nil {
			return err
		}
		if seen[o.ID] {
			return fmt.Errorf("enforcement: add officer %q: duplicate ID", o.ID)
		}
		if seen != nil {
			seen[o.ID] = true
		}
		cp[i] = *o
		cp[i].Fields, hs[i] = compactOfficer(o.Fields, o.History)
		cp[i].History = nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(cp) == 1 {
		// One officer takes one map operation: the ID is entered, and the
		// entry put back when it was there already (then found by a scan:
		// an error is rare, an extra lookup per officer is not).
		o := &cp[0]
		n := len(r.index)
		r.index[o.ID] = r.officers.len()
		if len(r.index) == n {
			for i := range r.officers.len() {
				if r.officers.at(i).o.ID == o.ID {
					r.index[o.ID] = i
					break
				}
			}
			return fmt.Errorf("enforcement: add officer %q: already in the registry", o.ID)
		}
		r.officers.add(*o, hs[0])
		return nil
	}
	for _, o := range cp {
		if _, ok := r.index[o.ID]; ok {
			return fmt.Errorf("enforcement: add officer %q: already in the registry", o.ID)
		}
	}
	for i, o := range cp {
		r.index[o.ID] = r.officers.len()
		r.officers.add(o, hs[i])
	}
	return nil
}

// Apply appends events to officer id's history, all or none. An event that
// is malformed, dated before the previous event, or impossible in the
// officer's state (a credential before a passed exam, an exam after removal
// without re-admission …) is rejected with an *EventError naming it, and the
// registry is unchanged. An unknown officer is an error wrapping
// ErrUnknownOfficer.
func (r *Registry) Apply(id string, events ...Event) error {
	for _, e := range events {
		if !e.tagsValid() {
			if err := lawgov.Validate(e); err != nil {
				return fmt.Errorf("enforcement: apply %q event to officer %q: %w", e.Kind.String(), id, err)
			}
		}
		if err := checkEventText(&e); err != nil {
			return fmt.Errorf("enforcement: apply %q event to officer %q: %w", e.Kind.String(), id, err)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	i, ok := r.index[id]
	if !ok {
		kind := ""
		if len(events) > 0 {
			kind = events[0].Kind.String()
		}
		return fmt.Errorf("enforcement: apply %q event to officer %q: %w", kind, id, ErrUnknownOfficer)
	}
	rec := r.officers.at(i)
	stored := rec.h
	h := stored.expand(make([]Event, 0, len(stored)+len(events)))
	var rp replay
	for k := range h {
		rp.step(&h[k], r.rs) // the stored history is known to be possible
	}
	for j := range events {
		e := &events[j]
		if why := rp.step(e, r.rs); why != "" {
			return &EventError{Officer: id, Index: len(stored) + j, Kind: e.Kind, Date: e.Date, Reason: why}
		}
	}
	// The new history replaces the old, which is never modified in place.
	rec.h = compactHistory(append(h, events...))
	return nil
}

// stored returns officer id with its history expanded into a new slice,
// sharing the other slices: they are never modified in place, so it may be
// read after the lock is released.
func (r *Registry) stored(id string) (Officer, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	i, ok := r.index[id]
	if !ok {
		return Officer{}, false
	}
	return r.expanded(i), true
}

// expanded returns officer i with its history expanded into a new slice.
// The caller holds the lock.
func (r *Registry) expanded(i int) Officer {
	rec := r.officers.at(i)
	o := rec.o
	o.History = rec.h.expand(make([]Event, 0, len(rec.h)))
	return o
}

// Officer returns a copy of officer id.
func (r *Registry) Officer(id string) (Officer, error) {
	o, ok := r.stored(id)
	if !ok {
		return Officer{}, fmt.Errorf("enforcement: get officer %q: %w", id, ErrUnknownOfficer)
	}
	return cloneOfficer(o), nil
}

// IDs returns the officer IDs in ascending order.
func (r *Registry) IDs() []string {
	r.mu.RLock()
	ids := make([]string, 0, r.officers.len())
	for i := range r.officers.len() {
		ids = append(ids, r.officers.at(i).o.ID)
	}
	r.mu.RUnlock()
	slices.Sort(ids)
	return ids
}

// StatusAt derives the state of officer id on asOf (see [RuleSet.StatusAt]).
func (r *Registry) StatusAt(id string, asOf lawgov.Date) (Status, error) {
	o, ok := r.stored(id)
	if !ok {
		return Status{}, fmt.Errorf("enforcement: status of officer %q: %w", id, ErrUnknownOfficer)
	}
	return r.rs.StatusAt(o, asOf)
}

// CanEnforce reports whether officer id may enforce in field and region on
// asOf (see [RuleSet.CanEnforce]).
func (r *Registry) CanEnforce(id string, asOf lawgov.Date, field, region string) (Authority, error) {
	o, ok := r.stored(id)
	if !ok {
		return Authority{}, fmt.Errorf("enforcement: can enforce officer %q: %w", id, ErrUnknownOfficer)
	}
	return r.rs.CanEnforce(o, asOf, field, region)
}

func cloneOfficer(o Officer) Officer {
	o.Fields = slices.Clone(o.Fields)
	h := make([]Event, len(o.History))
	for i, e := range o.History {
		e.Fields = slices.Clone(e.Fields)
		h[i] = e
	}
	o.History = h
	return o
}

// snapshotFormat names the snapshot layout. Format v1 carried no digest
// chain and is no longer restored: add its officers with [Registry.Add].
const snapshotFormat = "fazhi.enforcement.registry/v2"

type snapshot struct {
	Format   string            `json:"format"`
	RuleSet  string            `json:"rule_set"`
	Head     string            `json:"head"`
	Officers []snapshotOfficer `json:"officers"`
}

// snapshotOfficer is an officer with its digest chain: the genesis link of
// its record and one link per event.
type snapshotOfficer struct {
	Officer
	Record string   `json:"record_digest"`
	Chain  []string `json:"chain"`
}

// Snapshot returns the registry as JSON, officers sorted by ID, with a
// SHA-256 digest chain over every officer's record and events and a head
// over all chains, so that a host can persist it and Restore it later.
// Keep the head ([SnapshotHead]) apart from the snapshot to detect a
// snapshot rewritten whole.
func (r *Registry) Snapshot() ([]byte, error) {
	r.mu.RLock()
	officers := make([]Officer, r.officers.len())
	for i := range officers {
		officers[i] = r.expanded(i)
	}
	r.mu.RUnlock()
	slices.SortFunc(officers, func(a, b Officer) int { return strings.Compare(a.ID, b.ID) })
	s := snapshot{Format: snapshotFormat, RuleSet: r.rs.Name, Officers: make([]snapshotOfficer, len(officers))}
	w := newHasher()
	tips := make([]string, len(officers))
	for i := range officers {
		g, links := w.chain(&officers[i])
		s.Officers[i] = snapshotOfficer{Officer: officers[i], Record: g, Chain: links}
		tips[i] = tip(g, links)
	}
	s.Head = w.head(s.RuleSet, tips)
	return json.Marshal(s)
}

func tip(genesis string, links []string) string {
	if len(links) == 0 {
		return genesis
	}
	return links[len(links)-1]
}

// SnapshotHead returns the head digest a snapshot records, after checking
// that its chains and head agree with its content (see [Registry.Restore]).
func SnapshotHead(data []byte) (string, error) {
	s, err := decodeSnapshot(data)
	if err != nil {
		return "", err
	}
	if err := s.verify(); err != nil {
		return "", err
	}
	return s.Head, nil
}

func decodeSnapshot(data []byte) (snapshot, error) {
	var s snapshot
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return snapshot{}, fmt.Errorf("enforcement: restore snapshot: %w", err)
	}
	if dec.More() {
		return snapshot{}, fmt.Errorf("enforcement: restore snapshot: trailing data")
	}
	if s.Format != snapshotFormat {
		return snapshot{}, fmt.Errorf("enforcement: restore snapshot %q: want format %q", s.Format, snapshotFormat)
	}
	return s, nil
}

// verify checks every officer's chain and the head.
func (s *snapshot) verify() error {
	w := newHasher()
	tips := make([]string, len(s.Officers))
	for i := range s.Officers {
		so := &s.Officers[i]
		if err := w.verifyChain(&so.Officer, so.Record, so.Chain); err != nil {
			return err
		}
		tips[i] = tip(so.Record, so.Chain)
	}
	if w.head(s.RuleSet, tips) != s.Head {
		return &TamperError{What: HeadMismatch, Index: -1}
	}
	return nil
}

// Restore replaces the registry's contents with a snapshot. A snapshot that
// is not valid JSON, has another format or rule set, does not match its
// digest chain (a *TamperError naming the officer and the changed, inserted
// or removed event), or holds a malformed officer or an impossible history
// is rejected, and the registry is unchanged.
//
// Restore proves that the snapshot is as [Registry.Snapshot] wrote it, or
// rewritten whole with its chain recomputed; [Registry.RestoreVerified]
// excludes the latter by comparing the head with one kept elsewhere.
func (r *Registry) Restore(data []byte) error { return r.restore(data, "") }

// RestoreVerified is Restore that also requires the snapshot's head to be
// head, the value [SnapshotHead] gave when the snapshot was taken.
func (r *Registry) RestoreVerified(data []byte, head string) error {
	if head == "" {
		return fmt.Errorf("enforcement: restore snapshot: empty head")
	}
	return r.restore(data, head)
}

func (r *Registry) restore(data []byte, head string) error {
	s, err := decodeSnapshot(data)
	if err != nil {
		return err
	}
	if s.RuleSet != r.rs.Name {
		return fmt.Errorf("enforcement: restore snapshot %q: taken under rule set %q, registry uses %q", s.Format, s.RuleSet, r.rs.Name)
	}
	if err := s.verify(); err != nil {
		return err
	}
	if head != "" && s.Head != head {
		return &TamperError{What: HeadMismatch, Index: -1}
	}
	var officers store
	index := make(map[string]int, len(s.Officers))
	for i := range s.Officers {
		o := &s.Officers[i].Officer
		if err := r.rs.checkOfficer(o); err != nil {
			return fmt.Errorf("enforcement: restore snapshot: %w", err)
		}
		if _, dup := index[o.ID]; dup {
			return fmt.Errorf("enforcement: restore snapshot: officer %q: duplicate ID", o.ID)
		}
		index[o.ID] = i
		officers.add(*o, compactHistory(o.History))
	}
	r.mu.Lock()
	r.officers, r.index = officers, index
	r.mu.Unlock()
	return nil
}

// StateCounts counts officers per state, indexed by State. The zero
// StateCounts counts no one.
type StateCounts [numStates]int

// Of returns the count of state s.
func (c StateCounts) Of(s State) int {
	if int(s) >= len(c) {
		return 0
	}
	return c[s]
}

// Total returns the sum of all counts.
func (c StateCounts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// SweepOptions configures [Registry.Sweep]. The zero SweepOptions lists no
// expiring officers and uses runtime.GOMAXPROCS(0) workers.
type SweepOptions struct {
	// ExpiringWithin lists active officers whose credential's last valid day
	// is within this many calendar days after the sweep date. Defaults to 0
	// (no list).
	ExpiringWithin int
	// Workers is the number of goroutines. Defaults to runtime.GOMAXPROCS(0).
	Workers int
}

// SweepEntry is one officer listed by a sweep. Call [Registry.StatusAt] for
// the full status and its findings. The zero SweepEntry names no officer;
// sweeps do not produce it.
type SweepEntry struct {
	Officer string
	Unit    string
	State   State
	// Since is the day the state began: the removal, or the unreported
	// change of the credential's information. Zero for expiring entries.
	Since lawgov.Date
	// Due is the last day to report the change, or the credential's last
	// valid day. Zero for removed entries.
	Due      lawgov.Date
	Failures int // failed exams counting under the rule set
	// LateReports counts the officer's changes reported after their
	// period, whatever the state; Reported is the latest such report, whose
	// change is Since and whose last day was Due in the LateReported list.
	LateReports int
	Reported    lawgov.Date
}

// SweepResult is a registry sweep as of a date. Lists are sorted by officer
// ID. The zero SweepResult is an empty sweep.
type SweepResult struct {
	AsOf          lawgov.Date
	Removed       []SweepEntry           // removed from the database
	ChangeOverdue []SweepEntry           // change of credential information not reported in time
	Expiring      []SweepEntry           // active, credential expiring within the window
	LateReported  []SweepEntry           // reported a change after its period at least once (逾期报告)
	LateReports   int                    // late reports of all officers
	ByUnit        map[string]StateCounts // counts per unit and state
	Totals        StateCounts
	// Errors lists, by officer ID, the officers whose state could not be
	// derived (an impossible history, no calendar data); they are counted
	// nowhere else.
	Errors []*OfficerError
}

// Err returns the officers' errors joined, or nil when there are none.
func (r SweepResult) Err() error {
	errs := make([]error, len(r.Errors))
	for i, e := range r.Errors {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// OfficerError is an error about one officer in a sweep. The zero
// OfficerError names no officer; sweeps do not produce it.
type OfficerError struct {
	Officer string
	Err     error
}

// Error returns the officer's error, which names the officer.
func (e *OfficerError) Error() string { return e.Err.Error() }

// Unwrap returns the officer's error.
func (e *OfficerError) Unwrap() error { return e.Err }

// Sweep derives every officer's state as of asOf and lists those that need
// action. An officer whose state cannot be derived does not stop the sweep:
// it is listed in SweepResult.Errors with its error, and the other officers
// are swept. The returned error is nil; it is kept for sweeps that cannot
// run at all. The work is split across opt.Workers goroutines; the result
// does not depend on their number.
func (r *Registry) Sweep(asOf lawgov.Date, opt SweepOptions) (SweepResult, error) {
	// The read lock is held for the whole sweep: Apply writes a history
	// field of the officer slice, which the workers read.
	r.mu.RLock()
	defer r.mu.RUnlock()
	officers := &r.officers
	n := officers.len()

	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > n {
		workers = max(1, n)
	}
	// Each worker fills its own part, allocated separately so that the
	// parts' counters never share a cache line.
	parts := make([]*sweepPart, workers)
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := min(w*chunk, n), min((w+1)*chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = new(sweepPart)
			r.rs.sweep(parts[w], officers, lo, hi, asOf, opt.ExpiringWithin)
		}()
	}
	wg.Wait()
	out := SweepResult{AsOf: asOf, ByUnit: map[string]StateCounts{}}
	// The lists are allocated at their final sizes; each worker then turns
	// its hits into entries in its own segment of them, in parallel.
	var lists [numLists][]SweepEntry
	offsets := make([][numLists]int, workers)
	for l := range lists {
		n := 0
		for w, p := range parts {
			offsets[w][l] = n
			n += p.hits[l].n
		}
		if n > 0 {
			lists[l] = make([]SweepEntry, n)
		}
	}
	for w := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lists {
				k := offsets[w][l]
				for _, b := range parts[w].hits[l].blocks {
					for _, h := range b {
						lists[l][k] = h.entry(&officers.at(h.officer).o)
						k++
					}
				}
			}
		}()
	}
	wg.Wait()
	for l := range lists {
		// Registries kept in ID order give sorted lists, which the sort
		// only scans.
		slices.SortFunc(lists[l], func(a, b SweepEntry) int { return strings.Compare(a.Officer, b.Officer) })
	}
	out.Removed, out.ChangeOverdue, out.Expiring = lists[listRemoved], lists[listChangeOverdue], lists[listExpiring]
	out.LateReported = lists[listLate]
	for _, e := range out.LateReported {
		out.LateReports += e.LateReports
	}
	for _, p := range parts {
		out.Errors = append(out.Errors, p.errs...)
		for k, u := range p.units {
			acc := out.ByUnit[u]
			for i := range acc {
				acc[i] += p.counts[k][i]
			}
			out.ByUnit[u] = acc
		}
		for i := range out.Totals {
			out.Totals[i] += p.totals[i]
		}
	}
	slices.SortFunc(out.Errors, func(a, b *OfficerError) int { return strings.Compare(a.Officer, b.Officer) })
	return out, nil
}

// The lists of a sweep.
const (
	listRemoved = iota
	listChangeOverdue
	listExpiring
	listLate
	numLists
)

// sweepHit is an officer listed by a sweep, in a compact form without
// pointers: the workers' lists grow cheaply and the garbage collector does
// not scan them. Sweep turns hits into SweepEntry values once, at the end.
type sweepHit struct {
	officer  int // index in the registry's officer slice
	failures int
	late     int
	since    lawgov.Date
	due      lawgov.Date
	reported lawgov.Date
	state    State
}

// hitList is a list of hits that grows by blocks: a long list is never
// copied to a larger array, so a sweep allocates each hit's space once.
type hitList struct {
	blocks [][]sweepHit
	n      int
}

const hitBlock = 4096

func (l *hitList) add(h sweepHit) {
	k := len(l.blocks) - 1
	if k < 0 || len(l.blocks[k]) == cap(l.blocks[k]) {
		l.blocks = append(l.blocks, make([]sweepHit, 0, hitBlock))
		k++
	}
	l.blocks[k] = append(l.blocks[k], h)
	l.n++
}

// sweepPart is one worker's share of a sweep.
type sweepPart struct {
	hits   [numLists]hitList
	units  []string      // units in order of first appearance
	counts []StateCounts // counts[k] counts units[k]
	totals StateCounts
	errs   []*OfficerError
}

// hitOf is the hit for officer i with status st. since is the day of the
// removal or of the unreported change; due is the last day to report the
// change, or the credential's last valid day.
func hitOf(i int, st *Status) sweepHit {
	h := sweepHit{officer: i, failures: st.Failures, late: st.LateReports, state: st.State}
	switch st.State {
	case StateRemoved:
		h.since = st.EndedOn
	case StateChangeOverdue:
		h.since, h.due = st.ChangedOn, st.ReportDue
	default:
		h.due = st.ExpiresOn
	}
	return h
}

// entry is the SweepEntry of h, whose officer is o.
func (h sweepHit) entry(o *Officer) SweepEntry {
	return SweepEntry{Officer: o.ID, Unit: o.Unit, State: h.state, Since: h.since, Due: h.due, Failures: h.failures,
		LateReports: h.late, Reported: h.reported}
}

// sweep derives the states of officers lo to hi-1 into p.
func (rs *RuleSet) sweep(p *sweepPart, officers *store, lo, hi int, asOf lawgov.Date, within int) {
	horizon := asOf.AddDays(within)
	// Counts are kept per unit in a slice indexed through the map, so the
	// map is written once per unit rather than once per officer.
	unitIdx := map[string]int{}
	var st Status
	var buf []Event
	for i := lo; i < hi; i++ {
		rec := officers.at(i)
		o := rec.o
		buf = rec.h.expand(buf[:0])
		o.History = buf
		if err := rs.statusAt(&o, asOf, &st); err != nil {
			p.errs = append(p.errs, &OfficerError{Officer: o.ID, Err: err})
			continue
		}
		k, ok := unitIdx[st.Unit]
		if !ok {
			k = len(p.counts)
			unitIdx[st.Unit] = k
			p.counts = append(p.counts, StateCounts{})
			p.units = append(p.units, st.Unit)
		}
		p.counts[k][st.State]++
		p.totals[st.State]++
		switch st.State {
		case StateRemoved:
			p.hits[listRemoved].add(hitOf(i, &st))
		case StateChangeOverdue:
			p.hits[listChangeOverdue].add(hitOf(i, &st))
		case StateActive:
			if within > 0 && !st.ExpiresOn.IsZero() && !st.ExpiresOn.After(horizon) {
				p.hits[listExpiring].add(hitOf(i, &st))
			}
		}
		if st.LateReports > 0 {
			h := hitOf(i, &st)
			h.since, h.due, h.reported = st.LateChanged, st.LateDue, st.LateReported
			p.hits[listLate].add(h)
		}
	}
}
