package casesql_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/casework/casesql"
)

// TestSQLMappingRejectsInjection tries names that would change a statement
// built from strings; each is rejected before any SQL is written.
func TestSQLMappingRejectsInjection(t *testing.T) {
	for _, tt := range []struct {
		name  string
		edit  func(*casesql.Mapping)
		field string
	}{
		{"statement after the table", func(m *casesql.Mapping) { m.Table = "cases; DROP TABLE cases" }, "Table"},
		{"comment in a column", func(m *casesql.Mapping) { m.Columns.Outcome = "outcome--" }, "Columns.Outcome"},
		{"double quote", func(m *casesql.Mapping) { m.Columns.Unit = `unit" FROM x; --` }, "Columns.Unit"},
		{"backquote", func(m *casesql.Mapping) { m.Columns.Kind = "kind` = 1 OR `x" }, "Columns.Kind"},
		{"single quote", func(m *casesql.Mapping) { m.Columns.ID = "id'" }, "Columns.ID"},
		{"subquery", func(m *casesql.Mapping) { m.Columns.Received = "(SELECT 1)" }, "Columns.Received"},
		{"space", func(m *casesql.Mapping) { m.Columns.Heard = "heard OR TRUE" }, "Columns.Heard"},
		{"NUL byte", func(m *casesql.Mapping) { m.Columns.Appeared = "appeared\x00" }, "Columns.Appeared"},
		{"leading digit", func(m *casesql.Mapping) { m.Columns.Accepted = "1accepted" }, "Columns.Accepted"},
		{"empty required column", func(m *casesql.Mapping) { m.Columns.Concluded = "" }, "Columns.Concluded"},
		{"three-part table", func(m *casesql.Mapping) { m.Table = "db.schema.cases" }, "Table"},
		{"empty schema", func(m *casesql.Mapping) { m.Table = ".cases" }, "Table"},
		{"too long", func(m *casesql.Mapping) { m.Columns.Indirect = strings.Repeat("x", 64) }, "Columns.Indirect"},
		{"invalid UTF-8", func(m *casesql.Mapping) { m.Columns.CarriedOver = "carried\xff" }, "Columns.CarriedOver"},
		{"optional column too", func(m *casesql.Mapping) { m.Columns.Matter = "matter;" }, "Columns.Matter"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := casesql.DefaultMapping()
			tt.edit(&m)
			err := m.Validate()
			var ie *casesql.IdentifierError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.field, ie.Field)
			for _, d := range []casesql.Dialect{casesql.PostgreSQL, casesql.MySQL, casesql.DuckDB} {
				_, err := m.CreateTable(d)
				require.ErrorAs(t, err, &ie)
				_, err = m.Select(d)
				require.ErrorAs(t, err, &ie)
				_, err = m.Query(d, casesql.Query{Definitions: casework.Definitions(), Grouping: casesql.Total})
				require.ErrorAs(t, err, &ie)
			}
		})
	}
}

func TestSQLMappingDuplicateColumn(t *testing.T) {
	m := casesql.DefaultMapping()
	m.Columns.Heard = "APPEARED"
	assert.ErrorContains(t, m.Validate(), `Columns.Appeared "appeared": same column as Columns.Heard`)
}

// TestSQLMappingHostNames maps a host's table with Chinese column names,
// a schema and a reserved word, and checks they are quoted per dialect.
func TestSQLMappingHostNames(t *testing.T) {
	m := casesql.DefaultMapping()
	m.Table = "warehouse.fy_cases"
	m.Columns.Unit = "被申请人"
	m.Columns.Outcome = "order" // reserved in every dialect, fine once quoted
	require.NoError(t, m.Validate())
	d, _ := casework.LookupDefinition("reconsideration.correction-rate")
	q := casesql.Query{Definitions: []casework.Definition{d}, Grouping: casesql.ByUnit}

	st, err := m.Query(casesql.PostgreSQL, q)
	require.NoError(t, err)
	assert.Contains(t, st.SQL, `FROM "warehouse"."fy_cases" AS t`)
	assert.Contains(t, st.SQL, `t."被申请人" AS u`)
	assert.Contains(t, st.SQL, `t."order" AS o`)
	assert.Contains(t, st.SQL, `c.o IN ($1, $2, $3, $4, $5, $6, $7)`)
	assert.Equal(t, []any{"vary", "revoke", "revoke_and_redo", "confirm_illegal", "order_perform", "confirm_void", "agreement_remedy", "reconsideration"}, st.Args)

	st, err = m.Query(casesql.MySQL, q)
	require.NoError(t, err)
	assert.Contains(t, st.SQL, "FROM `warehouse`.`fy_cases` AS t")
	assert.Contains(t, st.SQL, "t.`order` AS o")
	assert.Contains(t, st.SQL, "c.o IN (?, ?, ?, ?, ?, ?, ?)")
	assert.NotContains(t, st.SQL, "'", "no literal in the statement: every value is a parameter")
}

func TestSQLQueryErrors(t *testing.T) {
	m := casesql.DefaultMapping()
	d, _ := casework.LookupDefinition("litigation.loss-rate")
	for _, tt := range []struct {
		name string
		d    casesql.Dialect
		q    casesql.Query
		want string
	}{
		{"no definition", casesql.DuckDB, casesql.Query{Grouping: casesql.Total}, "without a definition"},
		{"invalid definition", casesql.DuckDB, casesql.Query{Definitions: []casework.Definition{{ID: "x"}}, Grouping: casesql.Total}, "empty name"},
		{"no grouping", casesql.DuckDB, casesql.Query{Definitions: []casework.Definition{d}}, "invalid grouping"},
		{"years reversed", casesql.DuckDB, casesql.Query{Definitions: []casework.Definition{d}, Grouping: casesql.ByYear, FirstYear: 2025, LastYear: 2024}, "years 2025 to 2024"},
		{"no dialect", casesql.DialectUnspecified, casesql.Query{Definitions: []casework.Definition{d}, Grouping: casesql.Total}, "invalid dialect"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := m.Query(tt.d, tt.q)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

// TestSQLEveryDefinitionRenders renders every shipped definition, and one
// host-made from a class under a changed policy, in every dialect and
// grouping.
func TestSQLEveryDefinitionRenders(t *testing.T) {
	host := casework.Definition{ID: "host.agreement", Name: "行政协议纠错率", Kind: casework.KindReconsideration,
		Classes: casework.ClassSetOf(casework.ClassDirectCorrection), Base: casework.Measures(casework.ConcludedAccepted),
		Policy: casework.DefaultClasses().WithReconsideration(casework.AgreementRemedy, casework.ClassNone),
		Source: casework.Definitions()[0].Source}
	defs := append(casework.Definitions(), host)
	for _, d := range []casesql.Dialect{casesql.PostgreSQL, casesql.MySQL, casesql.DuckDB} {
		for _, g := range casesql.Groupings() {
			for _, def := range defs {
				st, err := casesql.DefaultMapping().Query(d, casesql.Query{Definitions: []casework.Definition{def}, Grouping: g})
				require.NoError(t, err, "%s %s %s", d, g, def.ID)
				assert.Equal(t, strings.Count(st.SQL, "?")+strings.Count(st.SQL, "$"), len(st.Args), "one parameter per placeholder")
			}
		}
	}
	st, err := casesql.DefaultMapping().Query(casesql.DuckDB, casesql.Query{Definitions: []casework.Definition{host}, Grouping: casesql.Total})
	require.NoError(t, err)
	assert.NotContains(t, st.Args, "agreement_remedy", "the host's policy moves 行政协议责任 out of the numerator")
	assert.Contains(t, st.Args, "not_accepted", "审结数（不含不予受理、逾期不补正） subtracts those outcomes")
}
