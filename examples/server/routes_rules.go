package main

import (
	"errors"
	"net/http"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
)

// handleRules answers GET /v1/rules: every rule of every package, or with
// ?jurisdiction=J&on=YYYY-MM-DD the rules of J's rulebook on that day.
func (s *server) handleRules(w http.ResponseWriter, r *http.Request) {
	j, on := r.URL.Query().Get("jurisdiction"), r.URL.Query().Get("on")
	if j == "" && on == "" {
		writeJSON(w, http.StatusOK, catalogue.Rules())
		return
	}
	var fields []lawgov.FieldError
	if j == "" {
		fields = append(fields, lawgov.FieldError{Field: "jurisdiction", Rule: "required_with", Param: "on"})
	}
	day, err := lawgov.ParseDate(on)
	if err != nil {
		fields = append(fields, lawgov.FieldError{Field: "on", Rule: "date", Value: on})
	}
	if len(fields) > 0 {
		invalid(w, lang(r), lawgov.NewInvalidInputError("rulesQuery", fields...))
		return
	}
	b, err := s.rulebook("rulesQuery", j, day)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, b.Rules())
}

// handlePacks answers GET /v1/packs with the loaded packs.
func (s *server) handlePacks(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, s.reg.Summaries())
}

// rulebook returns the rulebook of jurisdiction j on day on; an unknown
// jurisdiction is a field error of request typ at the path jurisdiction.
func (s *server) rulebook(typ, j string, on lawgov.Date) (*catalogue.Rulebook, error) {
	b, err := catalogue.InForce(s.reg, j, on)
	return b, s.jurisdictionError(typ, j, err)
}

// jurisdictionError turns rulepack.ErrUnknownJurisdiction into a field
// error at jurisdiction naming the loaded packs; other errors pass as they are.
func (s *server) jurisdictionError(typ, j string, err error) error {
	if !errors.Is(err, rulepack.ErrUnknownJurisdiction) {
		return err
	}
	var ids []string
	for _, p := range s.reg.Summaries() {
		ids = append(ids, p.ID)
	}
	return lawgov.NewInvalidInputError(typ, lawgov.FieldError{Field: "jurisdiction", Rule: "enum", Value: j,
		Msg: "known jurisdictions: " + strings.Join(ids, ", ")})
}
