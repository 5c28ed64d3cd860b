package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// call sends body to method path and decodes the JSON answer.
func call(t *testing.T, h http.Handler, method, path, body, acceptLang string) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if acceptLang != "" {
		req.Header.Set("Accept-Language", acceptLang)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	if rec.Body.Len() > 0 {
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &out), rec.Body.String())
	}
	return rec.Code, out
}

func TestPeriodEnd(t *testing.T) {
	h := newHandler()
	tests := []struct {
		name, body, basis string
		status            int
		end               string
	}{
		{"seven working days over the National Day break", `{"start":"2024-09-27","n":7,"unit":"working_days"}`,
			"重大行政决策程序暂行条例 第二十六条: 7 working days; 2024-10-12 is a make-up Saturday", 200, "2024-10-12"},
		{"thirty calendar days", `{"start":"2024-09-30","n":30,"unit":"calendar_days"}`,
			"民法典 第二百零一条: start day excluded", 200, "2024-10-30"},
		{"sixty days rolled off the 2025 Spring Festival", `{"start":"2024-12-06","n":60,"statute":"administrative_reconsideration_law"}`,
			"行政复议法 第八十八条 (60日 are calendar days) and 民法典 第二百零三条", 200, "2025-02-05"},
		{"penalty law seven days are working days", `{"start":"2024-09-27","n":7,"statute":"administrative_penalty_law"}`,
			"行政处罚法 第八十五条", 200, "2024-10-12"},
		{"no calendar data for 2027", `{"start":"2026-12-20","n":30,"unit":"working_days"}`,
			"a year without a notice is an error, never a guess", 422, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out := call(t, h, "POST", "/v1/periods/end", tt.body, "")
			assert.Equal(t, tt.status, status, out)
			if tt.end != "" {
				assert.Equal(t, tt.end, out["end"])
				assert.NotEmpty(t, out["cited"])
			}
		})
	}
}

func TestBadRequests(t *testing.T) {
	h := newHandler()
	tests := []struct {
		name, body, lang string
		status           int
		want             string // substring of the error or a field message
	}{
		{"bad JSON", `{"start":`, "", 400, "not valid JSON"},
		{"empty body", ``, "", 400, "empty"},
		{"wrong type", `{"start":"2024-09-27","n":"seven","unit":"working_days"}`, "", 400, "want int"},
		{"unknown field", `{"start":"2024-09-27","n":7,"unit":"working_days","x":1}`, "", 400, "unknown field"},
		{"impossible date", `{"start":"2023-02-29","n":7,"unit":"working_days"}`, "", 400, "2023-02-29"},
		{"unknown unit", `{"start":"2024-09-27","n":7,"unit":"weeks"}`, "", 400, "weeks"},
		{"missing count in English", `{"start":"2024-09-27","unit":"working_days"}`, "en-US,en;q=0.9", 400, "n must be 1 or greater"},
		{"missing count in Chinese", `{"start":"2024-09-27","unit":"working_days"}`, "zh-CN,zh;q=0.9", 400, "n最小只能为1"},
		{"unit and statute both set", `{"start":"2024-09-27","n":7,"unit":"working_days","statute":"administrative_penalty_law"}`, "", 400, "unit"},
		{"two values", `{"start":"2024-09-27","n":7,"unit":"working_days"} {}`, "", 400, "one JSON value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out := call(t, h, "POST", "/v1/periods/end", tt.body, tt.lang)
			assert.Equal(t, tt.status, status)
			b, _ := json.Marshal(out)
			assert.Contains(t, string(b), tt.want)
		})
	}
}

func TestOversizeBody(t *testing.T) {
	h := newHandler()
	for _, rt := range routes() {
		if rt.method != "POST" {
			continue
		}
		body := `{"pad":"` + strings.Repeat("x", maxBody+1) + `"}`
		status, out := call(t, h, rt.method, rt.path, body, "")
		assert.Equal(t, http.StatusRequestEntityTooLarge, status, rt.path)
		assert.Contains(t, out["error"], "larger than", rt.path)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	req := httptest.NewRequest("GET", "/v1/periods/end", nil)
	rec := httptest.NewRecorder()
	newHandler().ServeHTTP(rec, req)
	assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)
}

// TestOpenAPIMatchesRoutes checks that the served document describes every
// route and nothing else.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	status, doc := call(t, newHandler(), "GET", "/openapi.json", "", "")
	require.Equal(t, 200, status)
	assert.Equal(t, "3.0.3", doc["openapi"])
	var documented []string
	for path, ops := range doc["paths"].(map[string]any) {
		for method := range ops.(map[string]any) {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	var served []string
	for _, rt := range routes() {
		served = append(served, rt.method+" "+rt.path)
	}
	sort.Strings(documented)
	sort.Strings(served)
	assert.Equal(t, served, documented)
	// Every $ref resolves.
	raw, err := os.ReadFile("openapi.json")
	require.NoError(t, err)
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	responses := doc["components"].(map[string]any)["responses"].(map[string]any)
	for _, part := range strings.Split(string(raw), `"$ref": "`)[1:] {
		ref := part[:strings.Index(part, `"`)]
		name := ref[strings.LastIndex(ref, "/")+1:]
		switch {
		case strings.HasPrefix(ref, "#/components/schemas/"):
			assert.Contains(t, schemas, name, ref)
		case strings.HasPrefix(ref, "#/components/responses/"):
			assert.Contains(t, responses, name, ref)
		default:
			t.Errorf("unexpected $ref %s", ref)
		}
	}
}

// TestRunShutsDownGracefully starts the real server on a loopback port,
// answers one request and stops on cancellation.
func TestRunShutsDownGracefully(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, logs, []string{"-addr", "127.0.0.1:0"}) }()
	var addr string
	require.Eventually(t, func() bool {
		s := logs.String()
		i := strings.Index(s, "http://")
		if i < 0 {
			return false
		}
		addr = strings.Fields(s[i+len("http://"):])[0]
		return true
	}, 5*time.Second, 10*time.Millisecond)
	resp, err := http.Get("http://" + addr + "/openapi.json")
	require.NoError(t, err)
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("server did not shut down")
	}
	assert.Contains(t, logs.String(), "shutting down")
}
