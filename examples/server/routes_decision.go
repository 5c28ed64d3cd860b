package main

import (
	"net/http"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
)

// decisionRequest is the body of POST /v1/decisions/check.
type decisionRequest struct {
	AsOf     lawgov.Date       `json:"as_of" validate:"isvalid"`
	Decision decision.Decision `json:"decision"`
}

type decisionResponse struct {
	Summary                decision.Summary `json:"summary"`
	CanSubmitForDiscussion decision.Answer  `json:"can_submit_for_discussion"`
	CanPublish             decision.Answer  `json:"can_publish"`
	Report                 lawgov.Report    `json:"report"`
}

func handleDecisionCheck(w http.ResponseWriter, r *http.Request) {
	var req decisionRequest
	if !decode(w, r, &req) {
		return
	}
	p, cal := decision.National(), lawgov.OfficialCalendar()
	rep, err := p.Check(req.Decision, req.AsOf, cal)
	if err != nil {
		cannotRun(w, r, err)
		return
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
