package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// getList sends GET path and decodes a JSON array answer.
func getList(t *testing.T, path string) (int, []map[string]any, string) {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	req.Header.Set("Accept-Language", "zh-CN")
	rec := httptest.NewRecorder()
	newHandler().ServeHTTP(rec, req)
	checkContract(t, req, "", rec)
	var out []map[string]any
	if rec.Code == 200 {
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &out), rec.Body.String())
	}
	return rec.Code, out, rec.Body.String()
}

func TestRulesRoute(t *testing.T) {
	status, rules, body := getList(t, "/v1/rules")
	require.Equal(t, 200, status, body)
	ids := map[string]map[string]any{}
	for _, r := range rules {
		for _, k := range []string{"id", "title", "basis", "severity"} {
			require.Contains(t, r, k, "rule %v", r["id"])
		}
		ids[r["id"].(string)] = r
	}
	// 重大行政决策程序暂行条例 第二十六条第二款; 行政强制法 第十八条第（二）项.
	require.Contains(t, ids, "decision.review-time")
	assert.Equal(t, "保证必要的合法性审查时间", ids["decision.review-time"]["title"])
	require.Contains(t, ids, "enforcement.coercion-two-officers")

	status, rules, body = getList(t, "/v1/rules?jurisdiction=hb-chibi&on=2024-06-01")
	require.Equal(t, 200, status, body)
	assert.NotEmpty(t, rules)

	status, _, body = getList(t, "/v1/rules?jurisdiction=xx-nowhere&on=2024-06-01")
	assert.Equal(t, 400, status)
	assert.Contains(t, body, "jurisdiction")
	status, _, body = getList(t, "/v1/rules?on=2024-06-01")
	assert.Equal(t, 400, status, body)
}

func TestPacksRoute(t *testing.T) {
	status, packs, body := getList(t, "/v1/packs")
	require.Equal(t, 200, status, body)
	ids := map[string]bool{}
	for _, p := range packs {
		ids[p["id"].(string)] = true
	}
	for _, id := range []string{"cn", "hb-chibi", "zj", "ha", "sd"} {
		assert.True(t, ids[id], "pack %s loaded", id)
	}
}

func TestDecisionJurisdiction(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "decision-complete.json"))
	require.NoError(t, err)
	with := func(j string) string {
		return strings.Replace(string(b), "{", `{"jurisdiction":"`+j+`",`, 1)
	}
	status, out := call(t, newHandler(), "POST", "/v1/decisions/check", with("xx-nowhere"), "zh-CN")
	require.Equal(t, 400, status, out)
	assert.Contains(t, strings.Join(fieldsOf(out), " "), "jurisdiction")

	status, out = call(t, newHandler(), "POST", "/v1/decisions/check", with("cn"), "zh-CN")
	require.Equal(t, 200, status, out)
	prov := out["report"].(map[string]any)["provenance"].(map[string]any)
	assert.NotEmpty(t, prov["calendar"])
	assert.NotEmpty(t, prov["module"])
	assert.Equal(t, "cn", prov["packs"].([]any)[0].(map[string]any)["id"])
}

// fieldsOf lists the field paths of the problems of a 400 answer.
func fieldsOf(out map[string]any) []string {
	var fs []string
	list, _ := out["problems"].([]any)
	for _, f := range list {
		if m, ok := f.(map[string]any); ok {
			if s, ok := m["field"].(string); ok {
				fs = append(fs, s)
			}
		}
	}
	return fs
}

// TestPacksFlagRefusesBrokenPack: the server does not start on a pack
// without a citation.
func TestPacksFlagRefusesBrokenPack(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "xc.json"), []byte(`{"id":"xc","parent":"cn","name":"某县","version":"1","values":{"decision.review-days":[{"from":"2024-01-01","value":10}]}}`), 0o644))
	err := run(context.Background(), io.Discard, []string{"-addr", "127.0.0.1:0", "-packs", dir})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "xc.json")
}

// TestRatesRepeatedCase: a case entered twice is one case counted twice
// (two identical cases would give 纠错率 2/2); it is rejected at the path
// of the repeat and nothing is counted.
func TestRatesRepeatedCase(t *testing.T) {
	body := `{"year":2025,"reconsiderations":[
{"id":"清复〔2025〕1号","unit":"县市场监督管理局","received":"2025-02-03","concluded":"2025-03-20","procedure":"ordinary","outcome":"revoke","accepted":"2025-02-07"},
{"id":"清复〔2025〕1号","unit":"县市场监督管理局","received":"2025-02-03","concluded":"2025-03-20","procedure":"ordinary","outcome":"revoke","accepted":"2025-02-07"}]}`
	status, out := call(t, newHandler(), "POST", "/v1/casework/rates", body, "zh-CN")
	require.Equal(t, 400, status, out)
	assert.Contains(t, fieldsOf(out), "reconsiderations[1].id")
}
