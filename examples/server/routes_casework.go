package main

import (
	"net/http"
	"time"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

// ratesRequest is the body of POST /v1/casework/rates. With Year set, cases
// are counted in the year they conclude (carried-over cases included) and
// each rate is compared with the year before.
type ratesRequest struct {
	Year             int                        `json:"year" validate:"required_with=Jurisdiction,omitempty,min=1949,max=9999"`
	Places           int32                      `json:"places" validate:"min=0,max=4"`
	Reconsiderations []casework.Reconsideration `json:"reconsiderations" validate:"max=100000,dive"`
	Litigations      []casework.Litigation      `json:"litigations" validate:"max=100000,dive"`
	// Jurisdiction is the ID of a loaded rule pack; the rates are then the
	// definitions its packs name in force on 31 December of Year.
	Jurisdiction string `json:"jurisdiction,omitempty" validate:"omitempty,max=64"`
}

type rateLine struct {
	ID      string       `json:"id"`
	Name    string       `json:"name"`
	Kind    string       `json:"kind"`
	Rate    lawgov.Rate  `json:"rate"`
	Percent string       `json:"percent"` // e.g. "69.8%", or "—" when undefined
	Prior   *lawgov.Rate `json:"prior,omitempty"`
	Change  string       `json:"change,omitempty"` // e.g. 「下降3.95个百分点」
}

type ratesResponse struct {
	Year     int        `json:"year,omitempty"`
	Rounding string     `json:"rounding"`
	Rates    []rateLine `json:"rates"`
	// Provenance names the packs, calendar data and module version.
	Provenance lawgov.Provenance `json:"provenance"`
}

func (s *server) handleCaseworkRates(w http.ResponseWriter, r *http.Request) {
	var req ratesRequest
	if !decode(w, r, &req) {
		return
	}
	if req.Places == 0 {
		req.Places = 1
	}
	// Every case is checked, so that one answer names every bad field and
	// every repeated case by its index.
	cs := casework.Cases{Reconsiderations: req.Reconsiderations, Litigations: req.Litigations}
	cal := lawgov.OfficialCalendar()
	resp := ratesResponse{Year: req.Year, Rounding: lawgov.HalfUp.Label(), Provenance: lawgov.NewProvenance(cal)}
	defs := casework.Definitions()
	if req.Jurisdiction != "" {
		end, err := lawgov.NewDate(req.Year, time.December, 31)
		if err != nil {
			cannotRun(w, r, err)
			return
		}
		b, err := s.rulebook("ratesRequest", req.Jurisdiction, end)
		if err != nil {
			cannotRun(w, r, err)
			return
		}
		defs = defs[:0:0]
		for _, k := range []rulepack.Key{rulepack.CorrectionRate, rulepack.LossRate, rulepack.AppearanceRate} {
			if d, ok := b.Definitions[k]; ok {
				defs = append(defs, d)
			}
		}
		resp.Provenance = b.Provenance(cal)
	}
	var current, prior *casework.Tally
	if req.Year != 0 {
		sum, err := casework.Summarize(cs, req.Year)
		if err != nil {
			cannotRun(w, r, err)
			return
		}
		current = &sum.Current
		if sum.Prior != (casework.Tally{}) {
			prior = &sum.Prior
		}
	} else {
		t, err := cs.Tally()
		if err != nil {
			cannotRun(w, r, err)
			return
		}
		current = &t
	}
	for _, d := range defs {
		cur, err := d.Apply(current)
		if err != nil {
			cannotRun(w, r, err)
			return
		}
		line := rateLine{ID: d.ID, Name: d.Name, Kind: d.Kind.String(), Rate: cur}
		line.Percent = line.Rate.Format(req.Places, lawgov.HalfUp)
		if prior != nil {
			ch, err := casework.Compare(d, prior, current)
			if err != nil {
				cannotRun(w, r, err)
				return
			}
			line.Prior = &ch.Rate.From
			line.Change = ch.Rate.Chinese(req.Places, lawgov.HalfUp)
		}
		resp.Rates = append(resp.Rates, line)
	}
	writeJSON(w, http.StatusOK, resp)
}
