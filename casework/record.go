package casework

import "github.com/fazhi-go/fazhi/lawgov"

// UnitID numbers a responsible unit (被申请人, 被告) in compact records.
// A host assigns the numbers, with [Units] or its own table.
type UnitID uint32

// Units assigns dense UnitIDs to unit names, in order of first use.
//
// The zero Units is empty and ready to use. A Units is not safe for
// concurrent use.
type Units struct {
	names []string
	ids   map[string]UnitID
}

// ID returns the number of the unit called name, assigning the next number
// on first use. Numbers start at 0.
func (u *Units) ID(name string) UnitID {
	if id, ok := u.ids[name]; ok {
		return id
	}
	if u.ids == nil {
		u.ids = make(map[string]UnitID)
	}
	id := UnitID(len(u.names))
	u.ids[name] = id
	u.names = append(u.names, name)
	return id
}

// Name returns the name of unit id, or "" when id was never assigned.
func (u *Units) Name(id UnitID) string {
	if int(id) >= len(u.names) {
		return ""
	}
	return u.names[id]
}

// Len returns how many units have been numbered.
func (u *Units) Len() int { return len(u.names) }

// The bits of Record.flags.
const (
	flagCarriedOver uint8 = 1 << iota // received in an earlier period (上年结转)
	flagAccepted                      // reconsideration accepted (受理)
	flagConcluded                     // concluded, with an outcome
	flagMerits                        // reconsideration decided on the merits
	flagSubstantive                   // litigation substantive judgment
	flagIndirect                      // reconsideration withdrawn after the act was changed
	flagHeard                         // litigation instance concluded after at least one hearing
	flagAppeared                      // … at which a qualifying responsible person appeared
)

// Record is the compact, fixed-size form of one case (or one litigation
// instance) that a [Tally] counts: 16 bytes, no pointers, so a slice of
// millions is tallied at memory speed. Build it with Reconsideration.Record
// or Litigation.Record, which validate the case first.
//
// The zero Record is invalid; tallies ignore it. Records are comparable.
type Record struct {
	received  lawgov.Date
	concluded lawgov.Date
	unit      UnitID
	kind      Kind
	outcome   uint8
	flags     uint8
	instance  Instance
}

// RecordSize is the size of a Record in bytes.
const RecordSize = 16

// Kind returns the kind of case.
func (r Record) Kind() Kind { return r.kind }

// Unit returns the unit number.
func (r Record) Unit() UnitID { return r.unit }

// Received returns the day the application was received or the suit filed.
func (r Record) Received() lawgov.Date { return r.received }

// Concluded returns the day the case concluded, or the zero Date.
func (r Record) Concluded() lawgov.Date { return r.concluded }

// Instance returns the trial level of a litigation record, or
// InstanceUnspecified for a reconsideration.
func (r Record) Instance() Instance { return r.instance }

// ReconsiderationOutcome returns the outcome of a reconsideration record,
// or ReconsiderationPending for a pending case or a litigation record.
func (r Record) ReconsiderationOutcome() ReconsiderationOutcome {
	if r.kind != KindReconsideration {
		return ReconsiderationPending
	}
	return ReconsiderationOutcome(r.outcome)
}

// LitigationOutcome returns the outcome of a litigation record, or
// LitigationPending for a pending instance or a reconsideration record.
func (r Record) LitigationOutcome() LitigationOutcome {
	if r.kind != KindLitigation {
		return LitigationPending
	}
	return LitigationOutcome(r.outcome)
}

// IsConcluded reports whether the case has concluded.
func (r Record) IsConcluded() bool { return r.flags&flagConcluded != 0 }

// Heard reports whether a concluded litigation instance had a court hearing.
func (r Record) Heard() bool { return r.flags&flagHeard != 0 }

// Appeared reports whether a qualifying responsible person appeared at a
// hearing of a concluded litigation instance.
func (r Record) Appeared() bool { return r.flags&flagAppeared != 0 }

// IsValid reports whether r was built from a valid case.
func (r Record) IsValid() bool { return r.kind.IsValid() && r.received.IsValid() }
