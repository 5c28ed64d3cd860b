package casework

import (
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// DefinitionFrom returns the rate definition a jurisdiction's rule pack
// values r name for key k (rulepack.CorrectionRate, LossRate or
// AppearanceRate), with the pack value it came from. ok is false when no
// pack sets k; an error means the pack names a definition this version
// does not ship.
func DefinitionFrom(r *rulepack.Resolved, k rulepack.Key) (d Definition, from rulepack.Applied, ok bool, err error) {
	id, a, set := r.Text(k)
	if !set {
		return Definition{}, rulepack.Applied{}, false, nil
	}
	d, found := LookupDefinition(id)
	if !found {
		return Definition{}, rulepack.Applied{}, false, fmt.Errorf("casework: definition from pack %q: %s names unknown definition %q", a.Pack.ID, k, id)
	}
	return d, a, true, nil
}
