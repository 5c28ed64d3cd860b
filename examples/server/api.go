package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

// maxBody is the largest request body accepted, in bytes.
const maxBody = 4 << 20

// route is one API route; the route table is also checked against the
// OpenAPI document in a test.
type route struct {
	method, path string
	handle       func(w http.ResponseWriter, r *http.Request)
}

func routes() []route {
	return []route{
		{"POST", "/v1/periods/end", handlePeriodEnd},
		{"POST", "/v1/decisions/check", handleDecisionCheck},
		{"POST", "/v1/officers/status", handleOfficerStatus},
		{"POST", "/v1/casework/rates", handleCaseworkRates},
		{"POST", "/v1/plans/ledger", handlePlanLedger},
		{"GET", "/openapi.json", handleOpenAPI},
	}
}

func newHandler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range routes() {
		mux.HandleFunc(rt.method+" "+rt.path, rt.handle)
	}
	return mux
}

// apiError is the body of every error response.
type apiError struct {
	Error  string   `json:"error"`
	Fields []string `json:"fields,omitempty"`
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
	"too_large":   {"request body larger than %d bytes", "请求体超过 %d 字节"},
	"bad_json":    {"request body is not valid JSON: %v", "请求体不是有效的 JSON：%v"},
	"wrong_type":  {"field %q: want %s", "字段 %q 应为 %s"},
	"unknown":     {"unknown field %s", "未知字段 %s"},
	"invalid":     {"invalid request", "请求无效"},
	"cannot_run":  {"the check could not run: %v", "无法完成检查：%v"},
	"empty_body":  {"request body is empty", "请求体为空"},
	"one_value":   {"request body must hold one JSON value", "请求体只能包含一个 JSON 值"},
	"bad_request": {"%v", "%v"},
}

func msg(l, key string, args ...any) string {
	m := messages[key]
	if l == "zh" {
		return fmt.Sprintf(m[1], args...)
	}
	return fmt.Sprintf(m[0], args...)
}

// decode reads one JSON value into v and validates it. On failure it writes
// the error response and returns false.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	l := lang(r)
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooLarge *http.MaxBytesError
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &tooLarge):
			writeJSON(w, http.StatusRequestEntityTooLarge, apiError{Error: msg(l, "too_large", maxBody)})
		case errors.Is(err, io.EOF):
			writeJSON(w, http.StatusBadRequest, apiError{Error: msg(l, "empty_body")})
		case errors.As(err, &typeErr):
			writeJSON(w, http.StatusBadRequest, apiError{Error: msg(l, "invalid"), Fields: []string{msg(l, "wrong_type", typeErr.Field, typeErr.Type.String())}})
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			writeJSON(w, http.StatusBadRequest, apiError{Error: msg(l, "invalid"), Fields: []string{msg(l, "unknown", strings.TrimPrefix(err.Error(), "json: unknown field "))}})
		default:
			writeJSON(w, http.StatusBadRequest, apiError{Error: msg(l, "bad_json", err)})
		}
		return false
	}
	if dec.More() {
		writeJSON(w, http.StatusBadRequest, apiError{Error: msg(l, "one_value")})
		return false
	}
	if err := lawgov.Validate(v); err != nil {
		invalid(w, l, err)
		return false
	}
	return true
}

// invalid writes a 400 for a validation error, listing each field problem.
func invalid(w http.ResponseWriter, l string, err error) {
	var ie *lawgov.InvalidInputError
	if errors.As(err, &ie) {
		writeJSON(w, http.StatusBadRequest, apiError{Error: msg(l, "invalid"), Fields: ie.Messages(l)})
		return
	}
	writeJSON(w, http.StatusBadRequest, apiError{Error: msg(l, "bad_request", err)})
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
}

func handlePeriodEnd(w http.ResponseWriter, r *http.Request) {
	var req periodRequest
	if !decode(w, r, &req) {
		return
	}
	p := lawgov.Period{N: req.N, Unit: req.Unit}
	if req.Statute != lawgov.StatuteUnspecified {
		p = lawgov.StatutoryDays(req.Statute, req.N)
	}
	end, basis, err := lawgov.OfficialCalendar().PeriodEnd(req.Start, p)
	if err != nil {
		cannotRun(w, r, err)
		return
	}
	resp := periodResponse{Start: req.Start, Period: p.String(), End: end, Basis: basis}
	for _, c := range basis {
		resp.Cited = append(resp.Cited, c.String())
	}
	writeJSON(w, http.StatusOK, resp)
}
