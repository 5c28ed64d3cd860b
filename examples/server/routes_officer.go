package main

import (
	"net/http"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

// officerRequest is the body of POST /v1/officers/status. The rule set is
// the default one (赤政发〔2019〕7号); Field and Region, when given, ask
// whether the officer may enforce there.
type officerRequest struct {
	AsOf    lawgov.Date         `json:"as_of" validate:"isvalid"`
	Officer enforcement.Officer `json:"officer"`
	Field   string              `json:"field" validate:"max=64"`
	Region  string              `json:"region" validate:"max=64"`
}

type officerResponse struct {
	Officer    string           `json:"officer"`
	AsOf       lawgov.Date      `json:"as_of"`
	State      string           `json:"state"`
	StateLabel string           `json:"state_label"`
	CanEnforce bool             `json:"can_enforce"`
	Covered    bool             `json:"covered"`
	Findings   []lawgov.Finding `json:"findings"`
}

func handleOfficerStatus(w http.ResponseWriter, r *http.Request) {
	var req officerRequest
	if !decode(w, r, &req) {
		return
	}
	a, err := enforcement.Chibi().CanEnforce(req.Officer, req.AsOf, req.Field, req.Region)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, officerResponse{
		Officer: req.Officer.ID, AsOf: req.AsOf,
		State: a.Status.State.String(), StateLabel: a.Status.State.Label(),
		CanEnforce: a.OK, Covered: a.Covered, Findings: a.Findings,
	})
}
