package casesql_test

import (
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/casework/casesql"
)

// FuzzMappingNames checks that any column name either is rejected or
// appears in the statement only as one quoted identifier: a name can never
// close its quotes.
func FuzzMappingNames(f *testing.F) {
	for _, s := range []string{"unit", "被申请人", `a"b`, "a`b", "x; DROP TABLE cases", "", "_", "a.b", "1a", "ab\x00"} {
		f.Add(s)
	}
	d, _ := casework.LookupDefinition("litigation.appearance-rate")
	f.Fuzz(func(t *testing.T, name string) {
		m := casesql.DefaultMapping()
		m.Columns.Unit = name
		if m.Validate() != nil {
			return
		}
		if strings.ContainsAny(name, "\"`'; \t\n\x00-") {
			t.Fatalf("accepted %q", name)
		}
		for _, dia := range []casesql.Dialect{casesql.PostgreSQL, casesql.MySQL, casesql.DuckDB} {
			st, err := m.Query(dia, casesql.Query{Definitions: []casework.Definition{d}, Grouping: casesql.ByUnit})
			if err != nil {
				t.Fatal(err)
			}
			q := `"`
			if dia == casesql.MySQL {
				q = "`"
			}
			if !strings.Contains(st.SQL, "t."+q+name+q+" AS u") {
				t.Fatalf("%s: %q not quoted in %s", dia, name, st.SQL)
			}
		}
	})
}
