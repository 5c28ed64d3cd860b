package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strings"

	"github.com/fazhi-go/fazhi/internal/jsonin"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
)

// maxBody is the largest request body accepted, in bytes.
const maxBody = 4 << 20

// route is one API route; the OpenAPI document is generated from the route
// table. The route without a handler serves that document.
type route struct {
	method, path string
	handle       func(s *server, w http.ResponseWriter, r *http.Request)
	op           operation
}

// server holds what the handlers share: the loaded rule packs.
type server struct {
	reg *rulepack.Registry
}

func routes() []route {
	return []route{
		{"POST", "/v1/periods/end", (*server).handlePeriodEnd, operation{"periodEnd", "periods",
			"The last day of a statutory period (期间届满日)", periodRequest{}, periodResponse{}, "period-end.json", nil}},
		{"POST", "/v1/decisions/check", (*server).handleDecisionCheck, operation{"checkDecision", "decisions",
			"Check a major administrative decision (重大行政决策) against 国务院令第713号", decisionRequest{}, decisionResponse{}, "decision-flawed.json", nil}},
		{"POST", "/v1/officers/status", (*server).handleOfficerStatus, operation{"officerStatus", "officers",
			"An officer's credential state and whether they may enforce, under a named rule set", officerRequest{}, officerResponse{}, "officer-change-overdue.json", nil}},
		{"POST", "/v1/casework/rates", (*server).handleCaseworkRates, operation{"caseworkRates", "casework",
			"Reconsideration and litigation outcome rates for a batch of cases", ratesRequest{}, ratesResponse{}, "casework-2025.json", nil}},
		{"POST", "/v1/plans/ledger", (*server).handlePlanLedger, operation{"planLedger", "plans",
			"The countdown ledger (倒计时工作台账) of a posted work plan", ledgerRequest{}, ledgerResponse{}, "ledger.json", nil}},
		{"GET", "/v1/rules", (*server).handleRules, operation{"listRules", "rules",
			"Every rule of every package, or with jurisdiction and on the rules in force there that day", nil, []lawgov.Rule{}, "", []string{"jurisdiction", "on"}}},
		{"GET", "/v1/packs", (*server).handlePacks, operation{"listPacks", "rules",
			"The loaded rule packs (规则包)", nil, []rulepack.Summary{}, "", nil}},
		{"GET", "/openapi.json", nil, operation{"openAPI", "meta", "This document", nil, nil, "", nil}},
	}
}

// newHandler serves the routes with the shipped rule packs.
func newHandler() http.Handler {
	reg, err := catalogue.Shipped()
	if err != nil {
		panic(err) // the shipped packs are checked by the catalogue's tests
	}
	return newHandlerWith(reg)
}

// newHandlerWith serves the routes with the packs of reg. It fails only
// when the OpenAPI document cannot be generated from the Go types, a
// programming error a test catches.
func newHandlerWith(reg *rulepack.Registry) http.Handler {
	doc, err := openAPIDocument()
	if err != nil {
		panic(err)
	}
	s := &server{reg: reg}
	mux := http.NewServeMux()
	for _, rt := range routes() {
		if rt.handle == nil {
			mux.HandleFunc(rt.method+" "+rt.path, serveDocument(doc))
			continue
		}
		mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) { rt.handle(s, w, r) })
	}
	return mux
}

// apiError is the body of every error response. Fields lists every
// problem as a sentence in the language of Accept-Language; Problems has
// the same problems as data.
type apiError struct {
	Error    string    `json:"error" example:"请求无效"`
	Fields   []string  `json:"fields,omitempty" example:"reconsiderations[3].concluded不得早于received"`
	Problems []problem `json:"problems,omitempty"`
}

// problem is one field problem of a request.
type problem struct {
	Field   string `json:"field" example:"reconsiderations[3].concluded"` // JSON path; empty for the whole body
	Rule    string `json:"rule" example:"gtefield"`                       // the rule broken, e.g. required, date, enum, unknown, duplicate, case
	Param   string `json:"param,omitempty" example:"received"`            // the rule's parameter
	Value   string `json:"value,omitempty" example:"2024-02-30"`          // the value given, when it could not be read
	Message string `json:"message" example:"reconsiderations[3].concluded不得早于received"`
}

// lang picks "zh" when the client prefers Chinese, else "en".
func lang(r *http.Request) string {
	al := strings.ToLower(r.Header.Get("Accept-Language"))
	for _, part := range strings.Split(al, ",") {
		tag := strings.TrimSpace(strings.SplitN(part, ";", 2)[0])
		switch {
		case strings.HasPrefix(tag, "zh"):
			return "zh"
		case strings.HasPrefix(tag, "en"):
			return "en"
		}
	}
	return "en"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

var messages = map[string][2]string{ // key → {en, zh}
	"too_large":  {"request body larger than %d bytes", "请求体超过 %d 字节"},
	"invalid":    {"invalid request", "请求无效"},
	"cannot_run": {"the check could not run: %v", "无法完成检查：%v"},
}

func msg(l, key string, args ...any) string {
	m := messages[key]
	if l == "zh" {
		return fmt.Sprintf(m[1], args...)
	}
	return fmt.Sprintf(m[0], args...)
}

// decode reads one JSON value into v strictly (every problem with its JSON
// path; unknown, repeated and case-variant keys rejected) and validates it.
// On failure it writes the error response and returns false.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	err := jsonin.Decode(r.Body, v, 0)
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		writeJSON(w, http.StatusRequestEntityTooLarge, apiError{Error: msg(lang(r), "too_large", maxBody)})
		return false
	}
	if !jsonin.Unreadable(err) {
		err = jsonin.Merge(requestName(v), err, lawgov.Validate(v))
	}
	if err != nil {
		invalid(w, lang(r), err)
		return false
	}
	return true
}

// requestName is the Go name of the request type v points to.
func requestName(v any) string { return reflect.TypeOf(v).Elem().Name() }

// invalid writes a 400 for a validation error, listing each field problem.
func invalid(w http.ResponseWriter, l string, err error) {
	var ie *lawgov.InvalidInputError
	if !errors.As(err, &ie) {
		writeJSON(w, http.StatusBadRequest, apiError{Error: err.Error()})
		return
	}
	body := apiError{Error: msg(l, "invalid"), Fields: ie.Messages(l)}
	for i, f := range ie.Fields {
		body.Problems = append(body.Problems, problem{Field: f.Field, Rule: f.Rule, Param: f.Param, Value: f.Value, Message: body.Fields[i]})
	}
	writeJSON(w, http.StatusBadRequest, body)
}

// cannotRun writes the response for a check that could not run: 422 when the
// input is well-formed JSON but cannot be checked (for example a date
// without calendar data), 400 for invalid input.
func cannotRun(w http.ResponseWriter, r *http.Request, err error) {
	l := lang(r)
	var ie *lawgov.InvalidInputError
	if errors.As(err, &ie) {
		invalid(w, l, err)
		return
	}
	if nd, ok := lawgov.IsNoCalendarData(err); ok { // the year and the remedy, in the client's language
		err = errors.New(nd.Message(l))
	}
	writeJSON(w, http.StatusUnprocessableEntity, apiError{Error: msg(l, "cannot_run", err)})
}

// periodRequest is the body of POST /v1/periods/end.
type periodRequest struct {
	Start lawgov.Date `json:"start" validate:"isvalid"`
	N     int         `json:"n" validate:"min=1,max=100000"`
	// Unit is calendar_days, working_days, months or years. Leave it empty
	// and set Statute to count 「N日」 as that statute does.
	Unit    lawgov.PeriodUnit `json:"unit" validate:"required_without=Statute,excluded_with=Statute"`
	Statute lawgov.Statute    `json:"statute" validate:"required_without=Unit"`
}

type periodResponse struct {
	Start  lawgov.Date       `json:"start"`
	Period string            `json:"period"`
	End    lawgov.Date       `json:"end"`
	Basis  []lawgov.Citation `json:"basis"`
	Cited  []string          `json:"cited"`
	// Provenance names the calendar data and module version.
	Provenance lawgov.Provenance `json:"provenance"`
}

func (s *server) handlePeriodEnd(w http.ResponseWriter, r *http.Request) {
	var req periodRequest
	if !decode(w, r, &req) {
		return
	}
	p := lawgov.Period{N: req.N, Unit: req.Unit}
	if req.Statute != lawgov.StatuteUnspecified {
		p = lawgov.StatutoryDays(req.Statute, req.N)
	}
	cal := lawgov.OfficialCalendar()
	end, basis, err := cal.PeriodEnd(req.Start, p)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	resp := periodResponse{Start: req.Start, Period: p.String(), End: end, Basis: basis, Provenance: lawgov.NewProvenance(cal)}
	for _, c := range basis {
		resp.Cited = append(resp.Cited, c.String())
	}
	writeJSON(w, http.StatusOK, resp)
}
