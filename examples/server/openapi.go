package main

import (
	_ "embed"
	"net/http"
)

//go:embed openapi.json
var openapiDoc []byte

func handleOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openapiDoc)
}
