package enforcement

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/lawgov"
)

// The digest chain of a snapshot. Each officer's record (ID, name, unit,
// employment, fields, region) is hashed into a genesis link, and each event
// of the history into a link over the previous one:
//
//	link[-1] = SHA-256(tag ‖ officer record)
//	link[i]  = SHA-256(link[i-1] ‖ event i)
//
// every string length-prefixed and every number 8 bytes big-endian. The
// snapshot's head hashes the rule set's name and the last link of every
// officer in ID order. A changed, inserted or removed event breaks the chain
// at that event, and [Registry.Restore] names it; an officer added or
// removed whole changes the head, which [Registry.RestoreVerified] compares
// with the head the host kept. The chain uses no key: anyone can recompute
// it, so it proves integrity only against a head kept apart from the
// snapshot (an audit log, a signed record).
const (
	chainTag = "fazhi.enforcement.chain/v1"
	headTag  = "fazhi.enforcement.head/v1"
)

// hasher writes canonical, length-prefixed values into a SHA-256 state.
type hasher struct {
	h   hash.Hash
	buf [8]byte
}

func newHasher() *hasher { return &hasher{h: sha256.New()} }

func (w *hasher) num(v uint64) {
	binary.BigEndian.PutUint64(w.buf[:], v)
	w.h.Write(w.buf[:])
}

func (w *hasher) str(s string) {
	w.num(uint64(len(s)))
	w.h.Write([]byte(s))
}

func (w *hasher) date(d lawgov.Date) { w.str(d.String()) }

func (w *hasher) strs(ss []string) {
	w.num(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *hasher) flag(b bool) {
	if b {
		w.num(1)
	} else {
		w.num(0)
	}
}

// sum returns the digest of what was written and resets the state.
func (w *hasher) sum() (out [32]byte) {
	w.h.Sum(out[:0])
	w.h.Reset()
	return out
}

// genesis is the first link of o's chain: its record without the history.
func (w *hasher) genesis(o *Officer) [32]byte {
	w.str(chainTag)
	w.str(o.ID)
	w.str(o.Name)
	w.str(o.Unit)
	w.str(o.Employment.String())
	w.strs(o.Fields)
	w.str(o.Region)
	return w.sum()
}

// link is the link of event e over prev.
func (w *hasher) link(prev [32]byte, e *Event) [32]byte {
	w.h.Write(prev[:])
	w.str(e.Kind.String())
	w.date(e.Date)
	w.flag(e.Passed)
	w.str(e.Number)
	w.strs(e.Fields)
	w.str(e.Region)
	w.date(e.Expires)
	w.str(e.What)
	w.date(e.Until)
	w.str(e.Decision)
	w.str(e.Recorder)
	return w.sum()
}

// chain returns o's genesis link and the link of every event.
func (w *hasher) chain(o *Officer) (string, []string) {
	prev := w.genesis(o)
	g := hex.EncodeToString(prev[:])
	links := make([]string, len(o.History))
	for i := range o.History {
		prev = w.link(prev, &o.History[i])
		links[i] = hex.EncodeToString(prev[:])
	}
	return g, links
}

// head hashes the rule set's name and the tips (last links) of the officers.
func (w *hasher) head(ruleSet string, tips []string) string {
	w.str(headTag)
	w.str(ruleSet)
	w.strs(tips)
	sum := w.sum()
	return hex.EncodeToString(sum[:])
}

// Tampering is how a snapshot's content departs from its digest chain.
type Tampering uint8

// The kinds of tampering [TamperError] reports.
const (
	TamperingUnspecified Tampering = iota
	RecordChanged                  // the officer's record (name, unit, employment, fields, region) changed
	EventChanged                   // an event changed
	EventInserted                  // an event was inserted
	EventRemoved                   // an event was removed
	HeadMismatch                   // officers added or removed whole, or the head itself changed
)

var tamperingNames = [...]struct{ code, label string }{
	{"unspecified", "未指明"},
	RecordChanged: {"record_changed", "人员信息被改动"},
	EventChanged:  {"event_changed", "事件被改动"},
	EventInserted: {"event_inserted", "事件被插入"},
	EventRemoved:  {"event_removed", "事件被删除"},
	HeadMismatch:  {"head_mismatch", "快照摘要不符"},
}

// String returns a stable code, e.g. "event_inserted".
func (t Tampering) String() string {
	if int(t) < len(tamperingNames) {
		return tamperingNames[t].code
	}
	return fmt.Sprintf("Tampering(%d)", uint8(t))
}

// Label returns the Chinese label, e.g. 事件被插入.
func (t Tampering) Label() string {
	if int(t) < len(tamperingNames) {
		return tamperingNames[t].label
	}
	return t.String()
}

// TamperError reports a snapshot whose content does not match its digest
// chain, naming the officer and the event. The zero TamperError reports
// nothing useful; the package returns only filled ones.
type TamperError struct {
	Officer string    // the officer whose chain breaks; empty for HeadMismatch
	What    Tampering // what changed
	Index   int       // position in the stored history of the event, -1 for the record or the head
	Kind    EventKind // the event's kind, when Index ≥ 0 and an event is there
	Date    lawgov.Date
}

// Error returns "enforcement: restore snapshot: officer <id>: event <i>
// (<kind> of <date>) changed" and the like.
func (e *TamperError) Error() string {
	switch e.What {
	case HeadMismatch:
		return "enforcement: restore snapshot: head does not match: officers were added, removed or changed whole"
	case RecordChanged:
		return fmt.Sprintf("enforcement: restore snapshot: officer %q: record does not match its digest", e.Officer)
	}
	if e.What == EventRemoved {
		return fmt.Sprintf("enforcement: restore snapshot: officer %q: the event at position %d was removed", e.Officer, e.Index)
	}
	verb := "changed"
	if e.What == EventInserted {
		verb = "inserted"
	}
	return fmt.Sprintf("enforcement: restore snapshot: officer %q: event %d (%s of %s) %s", e.Officer, e.Index, e.Kind.String(), e.Date, verb)
}

// verifyChain compares o's recomputed chain with the stored genesis and
// links (one per event as stored) and names the first departure. With the
// links L of the stored events and the chain broken at position i of the
// current history h:
//
//   - one event fewer and h[i] hashing over L[i] to L[i+1]: the event at i
//     was removed;
//   - one event more and h[i+1] hashing over L[i-1] to L[i]: h[i] was
//     inserted;
//   - otherwise h[i] changed.
func (w *hasher) verifyChain(o *Officer, genesis string, links []string) error {
	g := w.genesis(o)
	if hex.EncodeToString(g[:]) != genesis {
		return &TamperError{Officer: o.ID, What: RecordChanged, Index: -1}
	}
	h := o.History
	at := func(what Tampering, i int) error {
		e := &TamperError{Officer: o.ID, What: what, Index: i}
		if i < len(h) {
			e.Kind, e.Date = h[i].Kind, h[i].Date
		}
		return e
	}
	prev := g
	for i := range h {
		next := w.link(prev, &h[i])
		if i < len(links) && hex.EncodeToString(next[:]) == links[i] {
			prev = next
			continue
		}
		switch {
		case i >= len(links):
			return at(EventInserted, i)
		case len(h) == len(links)-1:
			if p, err := hex.DecodeString(links[i]); err == nil && len(p) == 32 {
				l := w.link([32]byte(p), &h[i])
				if hex.EncodeToString(l[:]) == links[i+1] {
					return at(EventRemoved, i)
				}
			}
		case len(h) == len(links)+1:
			if l := w.link(prev, &h[i+1]); hex.EncodeToString(l[:]) == links[i] {
				return at(EventInserted, i)
			}
		}
		return at(EventChanged, i)
	}
	if len(links) > len(h) {
		return at(EventRemoved, len(h))
	}
	return nil
}

// checkText rejects strings of o that are not valid UTF-8: JSON would
// replace their bytes, so the officer would change on snapshot and restore.
func checkText(o *Officer) error {
	bad := func(field string) error {
		return fmt.Errorf("enforcement: officer %q: %s is not valid UTF-8", o.ID, field)
	}
	for _, f := range [...]struct{ name, s string }{{"id", o.ID}, {"name", o.Name}, {"unit", o.Unit}, {"region", o.Region}} {
		if !utf8.ValidString(f.s) {
			return bad(f.name)
		}
	}
	for _, f := range o.Fields {
		if !utf8.ValidString(f) {
			return bad("field")
		}
	}
	for i := range o.History {
		if err := checkEventText(&o.History[i]); err != nil {
			return fmt.Errorf("enforcement: officer %q: event %d: %w", o.ID, i, err)
		}
	}
	return nil
}

func checkEventText(e *Event) error {
	for _, s := range [...]string{e.Number, e.Region, e.What, e.Decision, e.Recorder} {
		if !utf8.ValidString(s) {
			return fmt.Errorf("text %q is not valid UTF-8", s)
		}
	}
	for _, f := range e.Fields {
		if !utf8.ValidString(f) {
			return fmt.Errorf("field %q is not valid UTF-8", f)
		}
	}
	return nil
}
