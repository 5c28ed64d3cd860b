package lawgov_test

import (
	"encoding/json"
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov"
)

// A report records the packs, calendar data and module version it was
// computed with, under "provenance" in its JSON.
func ExampleNewProvenance() {
	p := lawgov.NewProvenance(nil, lawgov.PackRef{ID: "hb-chibi", Version: "2019.1"})
	rep := lawgov.Report{Subject: "ZF-2024-001", AsOf: lawgov.MustDate(2024, 6, 1), Findings: []lawgov.Finding{}}.WithProvenance(p)
	b, _ := json.Marshal(rep)
	fmt.Println(string(b))
	// Output:
	// {"subject":"ZF-2024-001","as_of":"2024-06-01","findings":[],"provenance":{"packs":[{"id":"hb-chibi","version":"2019.1"}],"calendar":"","module":"0.1.0"}}
}
