package main

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

// officerRequest is the body of POST /v1/officers/status. RuleSet names
// the jurisdiction's rule set (empty means the first of [ruleSets],
// 赤壁市2019, 赤政发〔2019〕7号); Field and Region, when given, ask whether
// the officer may enforce there.
type officerRequest struct {
	AsOf    lawgov.Date         `json:"as_of" validate:"isvalid"`
	RuleSet ruleSetName         `json:"rule_set,omitempty"`
	Officer enforcement.Officer `json:"officer"`
	Field   string              `json:"field" validate:"max=64"`
	Region  string              `json:"region" validate:"max=64"`
	// Jurisdiction is the ID of a loaded rule pack; its credential rule set
	// in force on AsOf applies. With RuleSet too, both must name the same
	// rule set.
	Jurisdiction string `json:"jurisdiction,omitempty" validate:"max=64"`
}

type officerResponse struct {
	Officer    string           `json:"officer"`
	AsOf       lawgov.Date      `json:"as_of"`
	State      string           `json:"state"`
	StateLabel string           `json:"state_label"`
	CanEnforce bool             `json:"can_enforce"`
	Covered    bool             `json:"covered"`
	Findings   []lawgov.Finding `json:"findings"`
	// Provenance names the packs of the jurisdiction, if one was given,
	// and the module version.
	Provenance lawgov.Provenance `json:"provenance"`
}

func (s *server) handleOfficerStatus(w http.ResponseWriter, r *http.Request) {
	var req officerRequest
	if !decode(w, r, &req) {
		return
	}
	rs, prov, err := s.officerRuleSet(req)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	a, err := rs.CanEnforce(req.Officer, req.AsOf, req.Field, req.Region)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, officerResponse{
		Officer: req.Officer.ID, AsOf: req.AsOf,
		State: a.Status.State.String(), StateLabel: a.Status.State.Label(),
		CanEnforce: a.OK, Covered: a.Covered, Findings: a.Findings, Provenance: prov,
	})
}

// officerRuleSet returns the rule set of req: the credential rule set of
// its jurisdiction's packs on AsOf, else the one named by RuleSet.
func (s *server) officerRuleSet(req officerRequest) (*enforcement.RuleSet, lawgov.Provenance, error) {
	if req.Jurisdiction == "" {
		rs, err := ruleSet(req.RuleSet)
		return rs, lawgov.NewProvenance(nil), err
	}
	b, err := s.rulebook("officerRequest", req.Jurisdiction, req.AsOf)
	if err != nil {
		return nil, lawgov.Provenance{}, err
	}
	if b.Credentials == nil {
		return nil, lawgov.Provenance{}, fmt.Errorf("%s: %w", b, enforcement.ErrNoRuleSet)
	}
	if req.RuleSet != "" && string(req.RuleSet) != b.Credentials.Name {
		return nil, lawgov.Provenance{}, lawgov.NewInvalidInputError("officerRequest", lawgov.FieldError{Field: "rule_set", Rule: "conflict",
			Param: "jurisdiction", Value: string(req.RuleSet), Msg: "the packs of " + req.Jurisdiction + " set the rule set " + b.Credentials.Name})
	}
	return b.Credentials, b.Provenance(nil), nil
}

// ruleSets are the rule sets the officer route knows; the first is the
// default.
func ruleSets() []*enforcement.RuleSet { return []*enforcement.RuleSet{enforcement.Chibi()} }

// ruleSetName names a rule set by its enforcement.RuleSet.Name.
type ruleSetName string

// Enum lists the names the route accepts, for the OpenAPI document.
func (ruleSetName) Enum() []string {
	var names []string
	for _, rs := range ruleSets() {
		names = append(names, rs.Name)
	}
	return names
}

// ruleSet returns the rule set called name ("" for the default).
func ruleSet(name ruleSetName) (*enforcement.RuleSet, error) {
	for _, rs := range ruleSets() {
		if name == "" || string(name) == rs.Name {
			return rs, nil
		}
	}
	return nil, lawgov.NewInvalidInputError("officerRequest", lawgov.FieldError{Field: "rule_set", Rule: "enum", Value: string(name),
		Msg: "known rule sets: " + strings.Join(name.Enum(), ", ")})
}
