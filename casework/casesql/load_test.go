package casesql_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/casework/casesql"
)

// TestSQLLoadRowErrorsDuckDB checks that the loader names the row, the
// case and the column of a row that is not a valid case.
func TestSQLLoadRowErrorsDuckDB(t *testing.T) {
	ctx := context.Background()
	m := casesql.DefaultMapping()
	m.Columns.Outcome = "结果" // a host's own column name
	for _, tt := range []struct {
		name, insert, column, want string
	}{
		{"unknown outcome", `INSERT INTO cases (id, kind, unit, received, concluded, "结果") VALUES ('FY-9', 'reconsideration', '县公安局', '2025-01-02', '2025-02-01', 'won')`,
			"结果", `unknown reconsideration outcome "won"`},
		{"empty outcome", `INSERT INTO cases (id, kind, unit, received, concluded, "结果") VALUES ('FY-9', 'reconsideration', '县公安局', '2025-01-02', '2025-02-01', '')`,
			"结果", "a pending case has NULL"},
		{"outcome without a date", `INSERT INTO cases (id, kind, unit, received, "结果") VALUES ('FY-9', 'reconsideration', '县公安局', '2025-01-02', 'revoke')`,
			"concluded", "an outcome needs a concluded date"},
		{"concluded before received", `INSERT INTO cases (id, kind, unit, received, concluded, "结果") VALUES ('FY-9', 'reconsideration', '县公安局', '2025-01-02', '2024-12-01', 'revoke')`,
			"concluded", "is before received"},
		{"no instance", `INSERT INTO cases (id, kind, unit, received) VALUES ('YS-9', 'litigation', '县政府', '2025-01-02')`,
			"instance", "instance"},
		{"appearance without a hearing", `INSERT INTO cases (id, kind, unit, instance, received, concluded, "结果", appeared) VALUES ('YS-9', 'litigation', '县政府', 'first', '2025-01-02', '2025-03-01', 'annul', TRUE)`,
			"appeared", "an appearance needs a hearing"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := openDuckDB(t)
			ddl, err := m.CreateTable(casesql.DuckDB)
			require.NoError(t, err)
			_, err = db.ExecContext(ctx, ddl)
			require.NoError(t, err)
			_, err = db.ExecContext(ctx, `INSERT INTO cases (id, kind, unit, received) VALUES ('FY-1', 'reconsideration', '县公安局', '2025-01-02')`)
			require.NoError(t, err)
			_, err = db.ExecContext(ctx, tt.insert)
			require.NoError(t, err)

			var units casework.Units
			n := 0
			err = m.Load(ctx, db, casesql.DuckDB, &units, func(casesql.Case) error { n++; return nil })
			var re *casesql.RowError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, 2, re.Row)
			assert.Equal(t, tt.column, re.Column)
			assert.Contains(t, re.ID, "-9")
			assert.ErrorContains(t, err, tt.want)
			assert.Equal(t, 1, n, "the valid row before it was delivered")
		})
	}
}
