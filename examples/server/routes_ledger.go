package main

import (
	"net/http"

	"github.com/fazhi-go/fazhi/lawgov"
)

// ledgerRequest is the body of POST /v1/plans/ledger: the units, the plan,
// the progress events in date order, and the date to report as of.
type ledgerRequest struct {
	AsOf   lawgov.Date    `json:"as_of" validate:"isvalid"`
	Units  []lawgov.Unit  `json:"units" validate:"required,min=1,max=10000,dive"`
	Plan   lawgov.Plan    `json:"plan"`
	Events []lawgov.Event `json:"events" validate:"max=1000000"`
	// DueSoon is the due-soon window in working days; 0 means the
	// default of 7.
	DueSoon int `json:"due_soon" validate:"min=0,max=250"`
}

type ledgerResponse struct {
	AsOf       lawgov.Date        `json:"as_of"`
	Completion lawgov.Completion  `json:"completion"`
	Tasks      []lawgov.TaskState `json:"tasks"`
	Overdue    []lawgov.Finding   `json:"overdue"`
	// Provenance names the calendar data and module version.
	Provenance lawgov.Provenance `json:"provenance"`
}

func (s *server) handlePlanLedger(w http.ResponseWriter, r *http.Request) {
	var req ledgerRequest
	if !decode(w, r, &req) {
		return
	}
	dir, err := lawgov.NewDirectory(req.Units)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	l, err := lawgov.NewLedger(req.Plan, dir, lawgov.LedgerConfig{DueSoon: req.DueSoon})
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	if err := l.Apply(req.Events...); err != nil {
		cannotRun(w, r, err)
		return
	}
	resp := ledgerResponse{AsOf: req.AsOf, Provenance: lawgov.NewProvenance(lawgov.OfficialCalendar())}
	if resp.Completion, err = l.Completion(req.AsOf); err != nil {
		cannotRun(w, r, err)
		return
	}
	if resp.Tasks, err = l.Tasks(req.AsOf); err != nil {
		cannotRun(w, r, err)
		return
	}
	if resp.Overdue, err = l.Overdue(req.AsOf); err != nil {
		cannotRun(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}
