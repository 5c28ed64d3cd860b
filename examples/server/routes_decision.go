package main

import (
	"net/http"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// decisionRequest is the body of POST /v1/decisions/check.
type decisionRequest struct {
	AsOf     lawgov.Date       `json:"as_of" validate:"isvalid"`
	Decision decision.Decision `json:"decision"`
	// Jurisdiction is the ID of a loaded rule pack, such as hb-chibi; each
	// parameter is then taken as in force on the day of the event its rule
	// looks at. Empty means the national procedure.
	Jurisdiction string `json:"jurisdiction,omitempty" validate:"max=64"`
}

type decisionResponse struct {
	Summary                decision.Summary `json:"summary"`
	CanSubmitForDiscussion decision.Answer  `json:"can_submit_for_discussion"`
	CanPublish             decision.Answer  `json:"can_publish"`
	Report                 lawgov.Report    `json:"report"`
}

func (s *server) handleDecisionCheck(w http.ResponseWriter, r *http.Request) {
	var req decisionRequest
	if !decode(w, r, &req) {
		return
	}
	p, cal := decision.National(), lawgov.OfficialCalendar()
	var res *rulepack.Resolved
	if req.Jurisdiction != "" {
		var err error
		if p, res, err = decision.ProcedureFor(s.reg, req.Jurisdiction, req.Decision, req.AsOf); err != nil {
			cannotRun(w, r, s.jurisdictionError("decisionRequest", req.Jurisdiction, err))
			return
		}
	}
	rep, err := p.Check(req.Decision, req.AsOf, cal)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	if res != nil {
		rep = res.SwitchOff(rep, cal)
	} else {
		rep = rep.WithProvenance(lawgov.NewProvenance(cal))
	}
	sub, err := p.CanSubmitForDiscussion(req.Decision, req.AsOf, cal)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	pub, err := p.CanPublish(req.Decision, req.AsOf, cal)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, decisionResponse{Summary: p.Summarize(req.Decision, rep), CanSubmitForDiscussion: sub, CanPublish: pub, Report: rep})
}
