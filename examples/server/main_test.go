package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
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
	checkContract(t, req, body, rec)
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
		{"wrong type", `{"start":"2024-09-27","n":"seven","unit":"working_days"}`, "", 400, "n must be integer, got string"},
		{"wrong type in Chinese", `{"start":"2024-09-27","n":"seven","unit":"working_days"}`, "zh", 400, "n应为整数，实际为字符串"},
		{"impossible date in Chinese", `{"start":"2023-02-29","n":7,"unit":"working_days"}`, "zh", 400, "start的值「2023-02-29」不是有效日期"},
		{"unknown unit in Chinese", `{"start":"2024-09-27","n":7,"unit":"weeks"}`, "zh", 400, "unit的值「weeks」不是可接受的代码"},
		{"case-variant key", `{"start":"2024-09-27","n":15,"N":30,"unit":"working_days"}`, "", 400, "N differs only in case from the field n"},
		{"duplicate key", `{"start":"2024-09-27","n":15,"n":30,"unit":"working_days"}`, "zh", 400, "n重复出现"},
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

// post sends the request body in testdata/name.
func post(t *testing.T, path, name string) (int, map[string]any) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return call(t, newHandler(), "POST", path, string(body), "zh-CN")
}

func TestDecisionCheck(t *testing.T) {
	status, out := post(t, "/v1/decisions/check", "decision-flawed.json")
	require.Equal(t, 200, status, out)
	rep := out["report"].(map[string]any)
	findings := rep["findings"].([]any)
	byRule := map[string]map[string]any{}
	for _, f := range findings {
		m := f.(map[string]any)
		byRule[m["rule"].(string)] = m
	}
	// 重大行政决策程序暂行条例 第十五条: 2024-09-30 to 2024-10-20 is 20 days, under 30, no reason recorded.
	assert.Equal(t, "fail", byRule["decision.comment-period"]["outcome"])
	assert.Contains(t, byRule["decision.comment-period"]["message"], "共20日，少于30日")
	// 第二十六条第二款: sent 2024-10-21, discussed 2024-10-28: 5 working days left to the reviewer.
	assert.Equal(t, "fail", byRule["decision.review-time"]["outcome"])
	assert.Contains(t, byRule["decision.review-time"]["message"], "留给审查的时间5个工作日")
	assert.Equal(t, "重大行政决策程序暂行条例", byRule["decision.review-time"]["source"])
	assert.Equal(t, false, out["summary"].(map[string]any)["ok"])
	assert.Equal(t, false, out["can_publish"].(map[string]any)["ok"])

	status, out = post(t, "/v1/decisions/check", "decision-complete.json")
	require.Equal(t, 200, status, out)
	assert.Equal(t, true, out["summary"].(map[string]any)["ok"])
}

func TestOfficerStatus(t *testing.T) {
	tests := []struct {
		file, state, basis string
		can                bool
		message            string
	}{
		{"officer-active.json", "active", "行政处罚法 第四十二条: a credential valid on the date", true, ""},
		// 赤政发〔2019〕7号 第(十六)项: changed 2024-03-02, 30 days end 2024-04-01.
		{"officer-change-overdue.json", "change_overdue", "赤政发〔2019〕7号 第(十六)项", false, "2024-04-01"},
		// 赤政发〔2019〕7号 第(十六)项: 经2次考试成绩不合格 ⇒ removed.
		{"officer-removed.json", "removed", "赤政发〔2019〕7号 第(十六)项", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			status, out := post(t, "/v1/officers/status", tt.file)
			require.Equal(t, 200, status, out)
			assert.Equal(t, tt.state, out["state"])
			assert.Equal(t, tt.can, out["can_enforce"])
			if tt.message != "" {
				b, _ := json.Marshal(out["findings"])
				assert.Contains(t, string(b), tt.message)
			}
		})
	}
}

func TestCaseworkRates(t *testing.T) {
	status, out := post(t, "/v1/casework/rates", "casework-2025.json")
	require.Equal(t, 200, status, out)
	rates := map[string]map[string]any{}
	for _, r := range out["rates"].([]any) {
		m := r.(map[string]any)
		rates[m["id"].(string)] = m
	}
	// 2025: 撤销2 + 确认违法1 of 10 concluded; 2024: 撤销1 of 4.
	assert.Equal(t, "30.0%", rates["reconsideration.correction-rate"]["percent"])
	assert.Equal(t, "上升5.0个百分点", rates["reconsideration.correction-rate"]["change"])
	// 败诉率: 1 撤销判决 of 4 concluded first-instance cases.
	assert.Equal(t, "25.0%", rates["litigation.loss-rate"]["percent"])
	// 出庭应诉率: principal or deputy appeared in 2 of the 3 instances heard (出庭应诉规定 第二条).
	assert.Equal(t, "66.7%", rates["litigation.appearance-rate"]["percent"])
	assert.Equal(t, map[string]any{"num": float64(2), "den": float64(3)}, rates["litigation.appearance-rate"]["rate"])
}

func TestPlanLedger(t *testing.T) {
	status, out := post(t, "/v1/plans/ledger", "ledger.json")
	require.Equal(t, 200, status, out)
	tasks := map[string]map[string]any{}
	for _, r := range out["tasks"].([]any) {
		m := r.(map[string]any)
		tasks[m["task"].(string)] = m
	}
	assert.Equal(t, "done_on_time", tasks["(一)"]["status"])
	// Due 2025-09-30, nothing reported by 2025-10-15: 15 calendar days over.
	assert.Equal(t, "overdue", tasks["(二)"]["status"])
	assert.Equal(t, float64(-15), tasks["(二)"]["days_left"])
	// Due 2025-10-20: working days 10-16, 10-17, 10-20 remain, inside the 7-day window.
	assert.Equal(t, "due_soon", tasks["(三)"]["status"])
	assert.Equal(t, float64(3), tasks["(三)"]["workdays_left"])
	assert.Len(t, out["overdue"], 1)
}

func TestRouteInputErrors(t *testing.T) {
	h := newHandler()
	tests := []struct{ path, body, want string }{
		{"/v1/decisions/check", `{"as_of":"2024-12-31","decision":{"id":7}}`, "decision.id must be string, got number"},
		{"/v1/officers/status", `{"as_of":"2024-04-02","officer":{"id":"X"}}`, "name"},
		{"/v1/casework/rates", `{"reconsiderations":[{"id":"A","unit":"U","received":"2025-05-01","concluded":"2025-04-01","outcome":"uphold"}]}`, "concluded"},
		{"/v1/plans/ledger", `{"as_of":"2025-10-15","units":[],"plan":{}}`, "units"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			status, out := call(t, h, "POST", tt.path, tt.body, "en")
			assert.Equal(t, 400, status, out)
			b, _ := json.Marshal(out)
			assert.Contains(t, string(b), tt.want)
		})
	}
}

// TestEveryFieldProblem: every problem of a request comes back at
// once, each with its JSON path, in the language asked for; a case keeps
// its index in the list, and the cross-field rules of casework are in
// Chinese too.
func TestEveryFieldProblem(t *testing.T) {
	body := `{"reconsiderations":[
		{"id":"A","unit":"U","received":"2025-01-02","concluded":"2025-01-20","outcome":"uphold"},
		{"id":"B","unit":"U","received":"2025-01-02"},
		{"id":"C","unit":"U","received":"2025-01-02"},
		{"id":"D","unit":"U","received":"2025-05-01","concluded":"2025-04-01","outcome":"uphold"},
		{"id":"E","unit":"U","received":"2025-13-01","outcome":"overturned"}]}`
	status, out := call(t, newHandler(), "POST", "/v1/casework/rates", body, "zh-CN,zh;q=0.9")
	require.Equal(t, 400, status, out)
	assert.Equal(t, "请求无效", out["error"])
	assert.Equal(t, []any{
		"reconsiderations[4].received的值「2025-13-01」不是有效日期（格式为2006-01-02）",
		"reconsiderations[4].outcome的值「overturned」不是可接受的代码",
	}, out["fields"], "parse errors first; validation waits for a readable body")

	body = strings.Replace(body, `"received":"2025-13-01","outcome":"overturned"`, `"received":"2025-01-02","concluded":"2025-01-03"`, 1)
	status, out = call(t, newHandler(), "POST", "/v1/casework/rates", body, "zh-CN,zh;q=0.9")
	require.Equal(t, 400, status, out)
	assert.Equal(t, []any{
		"reconsiderations[3].concluded不得早于received",
		"reconsiderations[4].outcome在concluded存在时为必填字段",
	}, out["fields"])
	problems := out["problems"].([]any)
	assert.Equal(t, "reconsiderations[3].concluded", problems[0].(map[string]any)["field"])

	status, out = call(t, newHandler(), "POST", "/v1/casework/rates", body, "en")
	require.Equal(t, 400, status, out)
	assert.Equal(t, "reconsiderations[3].concluded must not be before received (2025-04-01 is before received 2025-05-01)", out["fields"].([]any)[0])
}

func TestOfficerRuleSet(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "officer-active.json"))
	require.NoError(t, err)
	named := strings.Replace(string(body), "{", `{"rule_set":"赤壁市2019",`, 1)
	status, out := call(t, newHandler(), "POST", "/v1/officers/status", named, "")
	require.Equal(t, 200, status, out)
	assert.Equal(t, "active", out["state"])
	unknown := strings.Replace(string(body), "{", `{"rule_set":"浙江省2024",`, 1)
	status, out = call(t, newHandler(), "POST", "/v1/officers/status", unknown, "zh")
	require.Equal(t, 400, status, out)
	assert.Equal(t, []any{"rule_set的值「浙江省2024」不是可接受的代码"}, out["fields"])
}
