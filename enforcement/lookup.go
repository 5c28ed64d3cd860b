package enforcement

import (
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov"
)

// OfficerLookup is where [Check] finds the officers of an action and the
// rule set that judges them, so that a host can back checks with its own
// officer database instead of an in-memory [Registry]. *Registry
// implements it.
//
// Implementations must be safe for the concurrency the host uses Check
// with; Check only reads what they return.
type OfficerLookup interface {
	// RuleSet returns the rule set under which officers' states are
	// derived. It must be valid.
	RuleSet() *RuleSet
	// LookupOfficer returns officer id with its whole history. found is
	// false when there is no such officer (a finding, not an error); err
	// means the lookup could not run.
	LookupOfficer(id string) (o Officer, found bool, err error)
}

// LookupOfficer returns a copy of officer id, implementing [OfficerLookup].
// Its error is always nil.
func (r *Registry) LookupOfficer(id string) (Officer, bool, error) {
	o, ok := r.stored(id)
	if !ok {
		return Officer{}, false, nil
	}
	return cloneOfficer(o), true, nil
}

// authorities appends to dst the authority of each of ids on date in field
// and region, found through lookup. A *Registry is read under its lock
// without copying officers.
func authorities(lookup OfficerLookup, rs *RuleSet, dst []authority, ids []string, date lawgov.Date, field, region string) ([]authority, error) {
	if reg, ok := lookup.(*Registry); ok {
		return reg.authorities(dst, ids, date, field, region)
	}
	var st Status
	for _, id := range ids {
		o, found, err := lookup.LookupOfficer(id)
		if err != nil {
			return dst, fmt.Errorf("look up officer %q: %w", id, err)
		}
		if !found {
			dst = append(dst, authority{})
			continue
		}
		if err := checkText(&o); err != nil {
			return dst, err
		}
		ok, err := rs.canEnforce(&o, date, field, region, &st)
		if err != nil {
			return dst, err
		}
		dst = append(dst, authority{found: true, ok: ok, state: st.State, number: st.Credential.Number})
	}
	return dst, nil
}
