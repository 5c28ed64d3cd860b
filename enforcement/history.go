package enforcement

import (
	"sync"

	"github.com/fazhi-go/fazhi/lawgov"
)

// history is an officer's history as the registry keeps it. Most events
// (training, exams, reports) carry only a kind and dates, so the registry
// stores each event in 24 bytes and its texts and fields, when it has any,
// apart: a county's database of a quarter of a million officers takes less
// than half the memory of their []Event. Derivations expand a history into
// a reused []Event first, so that every rule reads Event values as before.
type history []storedEvent

// storedEvent is an Event without its texts and fields, which text holds;
// text is nil when the event has none.
type storedEvent struct {
	date, expires, until lawgov.Date
	kind                 EventKind
	passed               bool
	text                 *eventText
}

// eventText is the text of an event: the credential's number, fields and
// region, the change, the decision and the recorder.
type eventText struct {
	number, region, what, decision, recorder string
	fields                                   []string
}

// eventBufs recycles the buffers that histories are expanded into.
var eventBufs = sync.Pool{New: func() any {
	b := make([]Event, 0, 16)
	return &b
}}

// compactHistory returns h as the registry keeps it, with copies of the
// events' fields.
func compactHistory(h []Event) history {
	_, out := compactOfficer(nil, h)
	return out
}

// compactOfficer returns a copy of fields and h as the registry keeps them.
// The texts of the events share one array, and the fields (the officer's
// first) another: three allocations for an officer, however many events.
// A nil slice stays nil, an empty one empty.
func compactOfficer(fields []string, h []Event) ([]string, history) {
	nText, nFields := 0, len(fields)
	for i := range h {
		if hasText(&h[i]) {
			nText++
			nFields += len(h[i].Fields)
		}
	}
	var texts []eventText
	if nText > 0 {
		texts = make([]eventText, 0, nText)
	}
	var pool []string
	if nFields > 0 {
		pool = make([]string, 0, nFields)
	}
	// take copies f into pool, keeping nil and empty apart.
	take := func(f []string) []string {
		switch {
		case f == nil:
			return nil
		case len(f) == 0:
			return []string{}
		}
		start := len(pool)
		pool = append(pool, f...)
		return pool[start:len(pool):len(pool)]
	}
	fields = take(fields)
	out := make(history, len(h))
	for i := range h {
		e := &h[i]
		s := storedEvent{date: e.Date, expires: e.Expires, until: e.Until, kind: e.Kind, passed: e.Passed}
		if hasText(e) {
			texts = append(texts, eventText{number: e.Number, region: e.Region, what: e.What, decision: e.Decision, recorder: e.Recorder,
				fields: take(e.Fields)})
			s.text = &texts[len(texts)-1]
		}
		out[i] = s
	}
	return fields, out
}

// hasText reports whether e has a text or fields to keep apart.
func hasText(e *Event) bool {
	return e.Number != "" || e.Fields != nil || e.Region != "" || e.What != "" || e.Decision != "" || e.Recorder != ""
}

// expand appends the events of h to dst. The events share their fields
// with h, which is never modified.
func (h history) expand(dst []Event) []Event {
	for i := range h {
		s := &h[i]
		e := Event{Kind: s.kind, Date: s.date, Passed: s.passed, Expires: s.expires, Until: s.until}
		if t := s.text; t != nil {
			e.Number, e.Fields, e.Region, e.What, e.Decision, e.Recorder = t.number, t.fields, t.region, t.what, t.decision, t.recorder
		}
		dst = append(dst, e)
	}
	return dst
}

// store holds the registry's officers in chunks of storeChunk, so that
// adding one never copies the others: a registry of a quarter of a million
// officers grows without the garbage of growing one slice, and wastes at
// most one chunk.
type store struct {
	chunks [][]record
	n      int
}

// record is an officer as the registry keeps it: o without its History,
// which h holds.
type record struct {
	o Officer
	h history
}

const (
	storeShift = 10
	storeChunk = 1 << storeShift
)

func (s *store) len() int { return s.n }

// at returns record i, 0 <= i < s.len().
func (s *store) at(i int) *record { return &s.chunks[i>>storeShift][i&(storeChunk-1)] }

// add appends officer o, without its History, with history h.
func (s *store) add(o Officer, h history) {
	if s.n&(storeChunk-1) == 0 {
		s.chunks = append(s.chunks, make([]record, 0, storeChunk))
	}
	o.History = nil
	k := len(s.chunks) - 1
	s.chunks[k] = append(s.chunks[k], record{o: o, h: h})
	s.n++
}
