package main

import (
	"time"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

// The JSON Lines files of officers, actions and cases are most of a large
// dataset. fastDecoder reads their usual records without reflection: the
// field names the types give, strings without escapes, integers without
// fraction or exponent, each field at most once. Anything else (an escape,
// null, an unknown, repeated or differently cased field, a field the fast
// path does not know, bad syntax) makes it give up on the record, and the
// caller decodes that record again with encoding/json, which gives the
// value or the error it always gave. So a record the fast path accepts is
// one encoding/json accepts, decoded to the same value; the tests check
// this on every record of the dataset and on mutated ones.
type fastDecoder struct {
	b []byte // the record
	i int    // the next byte of b

	// strs is the backing store of the string slices of one record; the
	// registry copies what it keeps, so the slices are reused.
	strs []string
	// events is the reused history of the officer being decoded.
	events []enforcement.Event
	// pack collects the unique strings of an officer (ID, name, credential
	// numbers), which become one string: one allocation for them all.
	// packed says where each goes: the officer (-1 ID, -2 name) or the
	// number of event k >= 0.
	pack   []byte
	packed []packedString
	// interned holds the strings that repeat across records (units,
	// fields, regions, the facts of events), so that each is allocated
	// once.
	interned map[string]string
}

// packedString is the place of a string in fastDecoder.pack and whose it
// is.
type packedString struct {
	owner      int
	start, end int
}

// maxInterned bounds the interned strings, so that a file of all distinct
// values cannot grow the table without end.
const maxInterned = 4096

func newFastDecoder() *fastDecoder {
	return &fastDecoder{strs: make([]string, 0, 64), interned: map[string]string{}}
}

// reset starts decoding record b.
func (d *fastDecoder) reset(b []byte) {
	d.b, d.i = b, 0
	d.strs = d.strs[:0]
}

// end reports whether only white space is left.
func (d *fastDecoder) end() bool {
	d.ws()
	return d.i == len(d.b)
}

func (d *fastDecoder) ws() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// consume skips white space and then c, reporting whether c was there.
func (d *fastDecoder) consume(c byte) bool {
	d.ws()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// raw returns the content of a string without escapes or control
// characters, in valid UTF-8: the bytes encoding/json would decode it to.
func (d *fastDecoder) raw() ([]byte, bool) {
	d.ws()
	if d.i >= len(d.b) || d.b[d.i] != '"' {
		return nil, false
	}
	start := d.i + 1
	ascii := true
	for j := start; j < len(d.b); j++ {
		switch c := d.b[j]; {
		case c == '"':
			s := d.b[start:j]
			if !ascii && !utf8.Valid(s) {
				return nil, false
			}
			d.i = j + 1
			return s, true
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return nil, false
}

// str decodes a string that is usually unique, such as an ID.
func (d *fastDecoder) str(dst *string) bool {
	b, ok := d.raw()
	if ok {
		*dst = string(b)
	}
	return ok
}

// common decodes a string that usually repeats across records.
func (d *fastDecoder) common(dst *string) bool {
	b, ok := d.raw()
	if !ok {
		return false
	}
	if s, found := d.interned[string(b)]; found {
		*dst = s
		return true
	}
	*dst = string(b)
	if len(d.interned) < maxInterned {
		d.interned[*dst] = *dst
	}
	return true
}

// text decodes a string into an encoding.TextUnmarshaler, as encoding/json
// does.
func (d *fastDecoder) text(dst interface{ UnmarshalText([]byte) error }) bool {
	b, ok := d.raw()
	return ok && dst.UnmarshalText(b) == nil
}

// date decodes a date in the form of lawgov.ParseDate, or null or the
// empty string for the zero Date, as lawgov.Date.UnmarshalJSON does.
func (d *fastDecoder) date(dst *lawgov.Date) bool {
	d.ws()
	if rest := d.b[d.i:]; len(rest) >= 4 && string(rest[:4]) == "null" {
		*dst, d.i = lawgov.Date{}, d.i+4
		return true
	}
	b, ok := d.raw()
	switch {
	case !ok:
		return false
	case len(b) == 0:
		*dst = lawgov.Date{}
		return true
	case len(b) != 10 || b[4] != '-' || b[7] != '-':
		return false
	}
	y, ok1 := digits(b[0:4])
	m, ok2 := digits(b[5:7])
	day, ok3 := digits(b[8:10])
	if !ok1 || !ok2 || !ok3 {
		return false
	}
	v, err := lawgov.NewDate(y, time.Month(m), day)
	*dst = v
	return err == nil
}

func digits(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// boolean decodes true or false.
func (d *fastDecoder) boolean(dst *bool) bool {
	d.ws()
	rest := d.b[d.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		*dst, d.i = true, d.i+4
	case len(rest) >= 5 && string(rest[:5]) == "false":
		*dst, d.i = false, d.i+5
	default:
		return false
	}
	return true
}

// integer decodes an integer of at most 15 digits, without fraction or
// exponent.
func (d *fastDecoder) integer(dst *int) bool {
	d.ws()
	j, neg := d.i, false
	if j < len(d.b) && d.b[j] == '-' {
		neg = true
		j++
	}
	start, n := j, 0
	for j < len(d.b) && d.b[j] >= '0' && d.b[j] <= '9' && j-start < 16 {
		n = n*10 + int(d.b[j]-'0')
		j++
	}
	switch {
	case j == start || j-start > 15:
		return false
	case d.b[start] == '0' && j-start > 1: // a leading zero is not JSON
		return false
	case j < len(d.b) && (d.b[j] == '.' || d.b[j] == 'e' || d.b[j] == 'E'):
		return false
	}
	if neg {
		n = -n
	}
	*dst, d.i = n, j
	return true
}

// object decodes an object, calling field with each key once the decoder
// is at its value. A key seen twice fails: bit is the index of the key in
// the caller's table (0..63), or -1 for an unknown key.
func (d *fastDecoder) object(key func([]byte) int, field func(int) bool) bool {
	if !d.consume('{') {
		return false
	}
	if d.consume('}') {
		return true
	}
	var seen uint64
	for {
		k, ok := d.raw()
		if !ok || !d.consume(':') {
			return false
		}
		bit := key(k)
		if bit < 0 || seen&(1<<bit) != 0 {
			return false
		}
		seen |= 1 << bit
		if !field(bit) {
			return false
		}
		if d.consume(',') {
			continue
		}
		return d.consume('}')
	}
}

// array decodes an array, calling elem for each element. An empty array
// is an empty, non-nil slice, as encoding/json makes it.
func (d *fastDecoder) array(elem func() bool) bool {
	if !d.consume('[') {
		return false
	}
	if d.consume(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.consume(',') {
			continue
		}
		return d.consume(']')
	}
}

// strings decodes an array of strings into a slice of d.strs, interning
// them when common is set.
func (d *fastDecoder) strings(dst *[]string, common bool) bool {
	start := len(d.strs)
	ok := d.array(func() bool {
		var s string
		if common {
			if !d.common(&s) {
				return false
			}
		} else if !d.str(&s) {
			return false
		}
		d.strs = append(d.strs, s)
		return true
	})
	if ok {
		*dst = d.strs[start:len(d.strs):len(d.strs)]
	}
	return ok
}

// The decoders number the field names of each record: the key functions
// at the end of the file map a name to its number with a switch, which
// the compiler makes a search without copying the bytes.

// officer decodes an officer line into o. Its history and string slices
// are reused by the next call: the registry keeps a copy.
func (d *fastDecoder) officer(b []byte, o *enforcement.Officer) bool {
	d.reset(b)
	*o = enforcement.Officer{}
	d.events = d.events[:0]
	d.pack, d.packed = d.pack[:0], d.packed[:0]
	hasHistory := false
	ok := d.object(officerKey, func(i int) bool {
		switch i {
		case 0:
			return d.packStr(-1)
		case 1:
			return d.packStr(-2)
		case 2:
			return d.common(&o.Unit)
		case 3:
			return d.text(&o.Employment)
		case 4:
			return d.strings(&o.Fields, true)
		case 5:
			return d.common(&o.Region)
		default:
			hasHistory = true
			return d.array(func() bool {
				d.events = append(d.events, enforcement.Event{})
				return d.event(&d.events[len(d.events)-1], len(d.events)-1)
			})
		}
	})
	if !ok || !d.end() {
		return false
	}
	all := string(d.pack)
	for _, p := range d.packed {
		s := all[p.start:p.end]
		switch p.owner {
		case -1:
			o.ID = s
		case -2:
			o.Name = s
		default:
			d.events[p.owner].Number = s
		}
	}
	if hasHistory {
		if d.events == nil {
			d.events = make([]enforcement.Event, 0, 8)
		}
		o.History = d.events
	}
	return true
}

// packStr decodes a string of the officer being decoded into d.pack, for
// owner (see fastDecoder.packed).
func (d *fastDecoder) packStr(owner int) bool {
	b, ok := d.raw()
	if ok {
		start := len(d.pack)
		d.pack = append(d.pack, b...)
		d.packed = append(d.packed, packedString{owner, start, len(d.pack)})
	}
	return ok
}

// event decodes event k of the officer being decoded into e.
func (d *fastDecoder) event(e *enforcement.Event, k int) bool {
	return d.object(eventKey, func(i int) bool {
		switch i {
		case 0:
			return d.text(&e.Kind)
		case 1:
			return d.date(&e.Date)
		case 2:
			return d.boolean(&e.Passed)
		case 3:
			return d.packStr(k)
		case 4:
			return d.strings(&e.Fields, true)
		case 5:
			return d.common(&e.Region)
		case 6:
			return d.date(&e.Expires)
		case 7:
			return d.common(&e.What)
		case 8:
			return d.date(&e.Until)
		case 9:
			return d.common(&e.Decision)
		default:
			return d.common(&e.Recorder)
		}
	})
}

// action decodes an action line into a. Its string slices are reused by
// the next call: check a and let it go before decoding the next.
func (d *fastDecoder) action(b []byte, a *enforcement.Action) bool {
	d.reset(b)
	*a = enforcement.Action{}
	ok := d.object(actionKey, func(i int) bool {
		switch i {
		case 0:
			return d.str(&a.ID)
		case 1:
			return d.text(&a.Kind)
		case 2:
			return d.common(&a.Field)
		case 3:
			return d.common(&a.Region)
		case 4:
			return d.date(&a.Date)
		case 5:
			return d.strings(&a.Officers, false)
		case 6:
			return d.strings(&a.CredentialsShown, false)
		case 7:
			return d.boolean(&a.OnTheSpot)
		case 8:
			a.Records = make([]enforcement.Stage, 0, 6)
			return d.array(func() bool {
				var s enforcement.Stage
				a.Records = append(a.Records, s)
				return d.text(&a.Records[len(a.Records)-1])
			})
		case 9:
			return d.date(&a.Filed)
		case 10:
			return d.date(&a.Decided)
		case 11:
			return d.date(&a.Served)
		case 12:
			return d.date(&a.Executed)
		case 13:
			return d.date(&a.Published)
		case 14:
			return d.boolean(&a.Penalised)
		case 15:
			return d.boolean(&a.Educated)
		case 16:
			return d.boolean(&a.Serious)
		case 17:
			return d.date(&a.Discussed)
		case 18:
			return d.date(&a.Preserved)
		case 19:
			return d.date(&a.PreservationDecided)
		case 20:
			return d.boolean(&a.NoLegalBasis)
		case 21:
			return d.boolean(&a.NoStanding)
		case 22:
			return d.major(&a.Major)
		case 23:
			a.Review = new(enforcement.LegalReview)
			return d.review(a.Review)
		case 24:
			a.Offence = new(enforcement.Offence)
			return d.offence(a.Offence)
		default:
			a.Coercion = new(enforcement.Coercion)
			return d.coercion(a.Coercion)
		}
	})
	return ok && d.end()
}

func (d *fastDecoder) major(m *enforcement.MajorCase) bool {
	return d.object(majorKey, func(i int) bool {
		return d.boolean([...]*bool{&m.PublicInterest, &m.HeardMajor, &m.Complex, &m.OtherLaw}[i])
	})
}

func (d *fastDecoder) review(r *enforcement.LegalReview) bool {
	return d.object(reviewKey, func(i int) bool {
		switch i {
		case 0:
			return d.date(&r.Date)
		case 1:
			return d.boolean(&r.Passed)
		case 2:
			return d.common(&r.Reviewer)
		case 3:
			return d.date(&r.FirstAppointed)
		default:
			return d.boolean(&r.LegalQualified)
		}
	})
}

func (d *fastDecoder) offence(f *enforcement.Offence) bool {
	return d.object(offenceKey, func(i int) bool {
		switch i {
		case 0:
			return d.date(&f.Committed)
		case 1:
			return d.date(&f.Ended)
		case 2:
			return d.date(&f.Discovered)
		case 10:
			return d.common(&f.StrictBy)
		default:
			return d.boolean([...]*bool{&f.LifeHealth, &f.Harm, &f.Minor, &f.Corrected, &f.FirstTime, &f.HarmMinor, &f.NoFault}[i-3])
		}
	})
}

func (d *fastDecoder) coercion(c *enforcement.Coercion) bool {
	return d.object(coercionKey, func(i int) bool {
		switch i {
		case 0:
			return d.text(&c.Measure)
		case 1:
			return d.boolean(&c.Delegated)
		case 2:
			return d.date(&c.Approved)
		case 3:
			return d.boolean(&c.Urgent)
		case 4:
			r := &c.Record
			return d.object(siteKey, func(i int) bool {
				return d.boolean([...]*bool{&r.Made, &r.OfficersSigned, &r.PartyPresent, &r.PartySigned, &r.RefusalNoted, &r.WitnessSigned, &r.Informed, &r.Heard}[i])
			})
		case 5:
			return d.date(&c.Extended)
		case 6:
			return d.integer(&c.Extension)
		case 7:
			return d.integer(&c.ExcludedDays)
		default:
			return d.date(&c.Released)
		}
	})
}

// reconsideration decodes a reconsideration line into c, which it does not
// share with later calls.
func (d *fastDecoder) reconsideration(b []byte, c *casework.Reconsideration) bool {
	d.reset(b)
	*c = casework.Reconsideration{}
	dates := [...]*lawgov.Date{4: &c.Knew, 6: &c.LearnedOfRights, 7: &c.ActDate, 9: &c.Received, 10: &c.CorrectionNotified,
		11: &c.CorrectionReceived, 12: &c.CorrectionExtendedTo, 13: &c.Supplied, 14: &c.Accepted, 15: &c.Concluded,
		16: &c.CopySent, 17: &c.CopyReceived, 18: &c.Replied, 21: &c.OpinionReceived, 22: &c.OpinionReported, 26: nil}
	ok := d.object(reconsiderationKey, func(i int) bool {
		switch i {
		case 0:
			return d.str(&c.ID)
		case 1:
			return d.common(&c.Unit)
		case 2:
			return d.common(&c.Level)
		case 3:
			return d.common(&c.Matter)
		case 5:
			return d.boolean(&c.NotToldOfRights)
		case 8:
			return d.boolean(&c.RealProperty)
		case 19:
			return d.text(&c.Procedure)
		case 20:
			return d.integer(&c.ExtensionDays)
		case 23:
			return d.text(&c.Outcome)
		case 24:
			return d.boolean(&c.ChangedBeforeWithdrawal)
		case 25:
			return d.boolean(&c.CarriedOver)
		case 26:
			return d.integer(&c.WindowDays)
		default:
			return d.date(dates[i])
		}
	})
	return ok && d.end()
}

// litigation decodes a litigation line into l, which it does not share
// with later calls.
func (d *fastDecoder) litigation(b []byte, l *casework.Litigation) bool {
	d.reset(b)
	*l = casework.Litigation{}
	ok := d.object(litigationKey, func(i int) bool {
		switch i {
		case 0:
			return d.str(&l.ID)
		case 1:
			return d.common(&l.Unit)
		case 2:
			return d.text(&l.Instance)
		case 3:
			return d.text(&l.Procedure)
		case 4:
			return d.date(&l.Received)
		case 5:
			return d.date(&l.Concluded)
		case 6:
			return d.date(&l.Filed)
		case 7:
			return d.date(&l.Knew)
		case 8:
			return d.date(&l.DecisionReceived)
		case 9:
			return d.text(&l.AppearanceGround)
		case 10:
			return d.text(&l.Outcome)
		case 11:
			l.Hearings = []casework.Hearing{}
			return d.array(func() bool {
				l.Hearings = append(l.Hearings, casework.Hearing{})
				return d.hearing(&l.Hearings[len(l.Hearings)-1])
			})
		case 12:
			return d.boolean(&l.ExtensionApproved)
		default:
			return d.boolean(&l.CarriedOver)
		}
	})
	return ok && d.end()
}

func (d *fastDecoder) hearing(h *casework.Hearing) bool {
	return d.object(hearingKey, func(i int) bool {
		if i == 0 {
			return d.date(&h.Date)
		}
		h.Attendees = []casework.Attendee{}
		return d.array(func() bool {
			h.Attendees = append(h.Attendees, casework.Attendee{})
			a := &h.Attendees[len(h.Attendees)-1]
			return d.object(attendeeKey, func(i int) bool {
				switch i {
				case 0:
					return d.common(&a.Name)
				case 1:
					return d.text(&a.Role)
				default:
					return d.boolean(&a.IdentityUnproven)
				}
			})
		})
	})
}

// officerKey returns the index of the field name k of an officer record, or -1.
func officerKey(k []byte) int {
	switch string(k) {
	case "id":
		return 0
	case "name":
		return 1
	case "unit":
		return 2
	case "employment":
		return 3
	case "fields":
		return 4
	case "region":
		return 5
	case "history":
		return 6
	}
	return -1
}

// eventKey returns the index of the field name k of an event record, or -1.
func eventKey(k []byte) int {
	switch string(k) {
	case "kind":
		return 0
	case "date":
		return 1
	case "passed":
		return 2
	case "number":
		return 3
	case "fields":
		return 4
	case "region":
		return 5
	case "expires":
		return 6
	case "what":
		return 7
	case "until":
		return 8
	case "decision":
		return 9
	case "recorded_by":
		return 10
	}
	return -1
}

// actionKey returns the index of the field name k of an action record, or -1.
func actionKey(k []byte) int {
	switch string(k) {
	case "id":
		return 0
	case "kind":
		return 1
	case "field":
		return 2
	case "region":
		return 3
	case "date":
		return 4
	case "officers":
		return 5
	case "credentials_shown":
		return 6
	case "on_the_spot":
		return 7
	case "records":
		return 8
	case "filed":
		return 9
	case "decided":
		return 10
	case "served":
		return 11
	case "executed":
		return 12
	case "published":
		return 13
	case "penalised":
		return 14
	case "educated":
		return 15
	case "serious":
		return 16
	case "discussed":
		return 17
	case "preserved":
		return 18
	case "preservation_decided":
		return 19
	case "no_legal_basis":
		return 20
	case "no_standing":
		return 21
	case "major":
		return 22
	case "review":
		return 23
	case "offence":
		return 24
	case "coercion":
		return 25
	}
	return -1
}

// majorKey returns the index of the field name k of a major record, or -1.
func majorKey(k []byte) int {
	switch string(k) {
	case "public_interest":
		return 0
	case "heard_major":
		return 1
	case "complex":
		return 2
	case "other_law":
		return 3
	}
	return -1
}

// reviewKey returns the index of the field name k of a review record, or -1.
func reviewKey(k []byte) int {
	switch string(k) {
	case "date":
		return 0
	case "passed":
		return 1
	case "reviewer":
		return 2
	case "first_appointed":
		return 3
	case "legal_qualified":
		return 4
	}
	return -1
}

// offenceKey returns the index of the field name k of an offence record, or -1.
func offenceKey(k []byte) int {
	switch string(k) {
	case "committed":
		return 0
	case "ended":
		return 1
	case "discovered":
		return 2
	case "life_health_or_finance":
		return 3
	case "harm":
		return 4
	case "minor":
		return 5
	case "corrected_promptly":
		return 6
	case "first_violation":
		return 7
	case "harm_minor":
		return 8
	case "no_fault_proven":
		return 9
	case "strict_liability_basis":
		return 10
	}
	return -1
}

// coercionKey returns the index of the field name k of a coercion record, or -1.
func coercionKey(k []byte) int {
	switch string(k) {
	case "measure":
		return 0
	case "delegated":
		return 1
	case "approved":
		return 2
	case "urgent":
		return 3
	case "record":
		return 4
	case "extended":
		return 5
	case "extension_days":
		return 6
	case "excluded_days":
		return 7
	case "released":
		return 8
	}
	return -1
}

// siteKey returns the index of the field name k of an on-site record, or -1.
func siteKey(k []byte) int {
	switch string(k) {
	case "made":
		return 0
	case "officers_signed":
		return 1
	case "party_present":
		return 2
	case "party_signed":
		return 3
	case "refusal_noted":
		return 4
	case "witness_signed":
		return 5
	case "informed":
		return 6
	case "heard":
		return 7
	}
	return -1
}

// reconsiderationKey returns the index of the field name k of a reconsideration record, or -1.
func reconsiderationKey(k []byte) int {
	switch string(k) {
	case "id":
		return 0
	case "unit":
		return 1
	case "level":
		return 2
	case "matter":
		return 3
	case "knew":
		return 4
	case "not_told_of_rights":
		return 5
	case "learned_of_rights":
		return 6
	case "act_date":
		return 7
	case "real_property":
		return 8
	case "received":
		return 9
	case "correction_notified":
		return 10
	case "correction_received":
		return 11
	case "correction_extended_to":
		return 12
	case "supplied":
		return 13
	case "accepted":
		return 14
	case "concluded":
		return 15
	case "copy_sent":
		return 16
	case "copy_received":
		return 17
	case "replied":
		return 18
	case "procedure":
		return 19
	case "extension_days":
		return 20
	case "opinion_received":
		return 21
	case "opinion_reported":
		return 22
	case "outcome":
		return 23
	case "changed_before_withdrawal":
		return 24
	case "carried_over":
		return 25
	case "window_days":
		return 26
	}
	return -1
}

// litigationKey returns the index of the field name k of a litigation record, or -1.
func litigationKey(k []byte) int {
	switch string(k) {
	case "id":
		return 0
	case "unit":
		return 1
	case "instance":
		return 2
	case "procedure":
		return 3
	case "received":
		return 4
	case "concluded":
		return 5
	case "filed":
		return 6
	case "knew":
		return 7
	case "decision_received":
		return 8
	case "appearance_ground":
		return 9
	case "outcome":
		return 10
	case "hearings":
		return 11
	case "extension_approved":
		return 12
	case "carried_over":
		return 13
	}
	return -1
}

// hearingKey returns the index of the field name k of a hearing record, or -1.
func hearingKey(k []byte) int {
	switch string(k) {
	case "date":
		return 0
	case "attendees":
		return 1
	}
	return -1
}

// attendeeKey returns the index of the field name k of an attendee record, or -1.
func attendeeKey(k []byte) int {
	switch string(k) {
	case "name":
		return 0
	case "role":
		return 1
	case "identity_unproven":
		return 2
	}
	return -1
}
