package main

import (
	"fmt"
	"net/http"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/internal/jsonin"
	"github.com/fazhi-go/fazhi/lawgov"
)

// ratesRequest is the body of POST /v1/casework/rates. With Year set, cases
// are counted in the year they conclude (carried-over cases included) and
// each rate is compared with the year before.
type ratesRequest struct {
	Year             int                        `json:"year" validate:"omitempty,min=1949,max=9999"`
	Places           int32                      `json:"places" validate:"min=0,max=4"`
	Reconsiderations []casework.Reconsideration `json:"reconsiderations" validate:"max=100000,dive"`
	Litigations      []casework.Litigation      `json:"litigations" validate:"max=100000,dive"`
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
}

func handleCaseworkRates(w http.ResponseWriter, r *http.Request) {
	var req ratesRequest
	if !decode(w, r, &req) {
		return
	}
	if req.Places == 0 {
		req.Places = 1
	}
	// Every case is checked, so that one answer names every bad field of
	// every case by its index.
	var units casework.Units
	records := make([]casework.Record, 0, len(req.Reconsiderations)+len(req.Litigations))
	var errs []error
	for i, c := range req.Reconsiderations {
		rec, err := c.Record(units.ID(c.Unit))
		errs = append(errs, jsonin.Prefix(fmt.Sprintf("reconsiderations[%d]", i), err))
		records = append(records, rec)
	}
	for i, c := range req.Litigations {
		rec, err := c.Record(units.ID(c.Unit))
		errs = append(errs, jsonin.Prefix(fmt.Sprintf("litigations[%d]", i), err))
		records = append(records, rec)
	}
	if err := jsonin.Merge("ratesRequest", errs...); err != nil {
		cannotRun(w, r, err)
		return
	}
	var current, prior *casework.Tally
	if req.Year != 0 {
		byYear := casework.ByYear(records)
		current, prior = byYear[req.Year], byYear[req.Year-1]
		if current == nil {
			current = &casework.Tally{}
		}
	} else {
		t := casework.TallyRecords(records)
		current = &t
	}
	resp := ratesResponse{Year: req.Year, Rounding: lawgov.HalfUp.Label()}
	for _, d := range casework.Definitions() {
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
