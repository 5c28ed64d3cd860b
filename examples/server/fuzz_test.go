package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzRoutes posts arbitrary bodies to every route: each answer is a
// deliberate status, never a panic or a 500. The seeds are the valid
// requests of testdata and a few broken shapes.
func FuzzRoutes(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(0), string(b))
	}
	for _, s := range []string{``, `{}`, `null`, `[]`, `{"start":"2024-02-29","n":-1}`, `{"as_of":"9999-12-31","decision":{}}`,
		`{"reconsiderations":[{"id":"a","unit":"u","received":"2025-01-01","concluded":"2025-01-02","outcome":"revoke"}],"year":2025}`} {
		f.Add(uint8(1), s)
	}
	h := newHandler()
	var posts []string
	for _, rt := range routes() {
		if rt.method == "POST" {
			posts = append(posts, rt.path)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, body string) {
		path := posts[int(which)%len(posts)]
		req := httptest.NewRequest("POST", path, strings.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnprocessableEntity:
		default:
			t.Fatalf("%s %q: status %d: %s", path, body, rec.Code, rec.Body.String())
		}
	})
}
