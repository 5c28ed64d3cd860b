package casesql_test

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/casework/casesql"
	"github.com/fazhi-go/fazhi/lawgov"
)

// The 纠错率 of 2025 per unit, from a host's own table and column names.
func ExampleMapping_Query() {
	m := casesql.DefaultMapping()
	m.Table = "fy_cases"
	m.Columns.Unit = "respondent"
	d, _ := casework.LookupDefinition("reconsideration.correction-rate")
	st, err := m.Query(casesql.PostgreSQL, casesql.Query{
		Definitions: []casework.Definition{d}, Grouping: casesql.ByUnitYear, FirstYear: 2025, LastYear: 2025,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(st.SQL) > 0, st.Args)
	// Output:
	// true [2025 2025 vary revoke revoke_and_redo confirm_illegal order_perform confirm_void agreement_remedy reconsideration]
}

// A name that is not a plain identifier never reaches the SQL.
func ExampleMapping_Validate() {
	m := casesql.DefaultMapping()
	m.Columns.Outcome = "outcome; DROP TABLE cases"
	fmt.Println(m.Validate())
	// Output:
	// casesql: Columns.Outcome "outcome; DROP TABLE cases": character ';' at byte 7: want letters, digits and underscores, starting with a letter or underscore
}

func ExampleMapping_CreateTable() {
	m := casesql.DefaultMapping()
	m.Columns.Procedure, m.Columns.Knew, m.Columns.ExtensionDays = "", "", ""
	m.Columns.ExtensionApproved, m.Columns.Level, m.Columns.Matter = "", "", ""
	ddl, _ := m.CreateTable(casesql.PostgreSQL)
	fmt.Println(ddl)
	// Output:
	// CREATE TABLE "cases" (
	//   "id" VARCHAR(64) NOT NULL,
	//   "kind" VARCHAR(16) NOT NULL,
	//   "unit" VARCHAR(128) NOT NULL,
	//   "instance" VARCHAR(16),
	//   "received" DATE NOT NULL,
	//   "accepted" DATE,
	//   "concluded" DATE,
	//   "outcome" VARCHAR(32),
	//   "changed_before_withdrawal" BOOLEAN NOT NULL DEFAULT FALSE,
	//   "carried_over" BOOLEAN NOT NULL DEFAULT FALSE,
	//   "heard" BOOLEAN NOT NULL DEFAULT FALSE,
	//   "appeared" BOOLEAN NOT NULL DEFAULT FALSE,
	//   CHECK ("kind" IN ('reconsideration', 'litigation'))
	// )
}

// Counting in an embedded DuckDB database: create the table, insert four
// cases, and ask for the 纠错率 of 2025 by unit.
func ExampleMapping_Rates() {
	ctx := context.Background()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	m := casesql.DefaultMapping()
	ddl, _ := m.CreateTable(casesql.DuckDB)
	ins, _ := m.Insert(casesql.DuckDB)
	if _, err := db.ExecContext(ctx, ddl); err != nil {
		fmt.Println(err)
		return
	}
	day := lawgov.MustParseDate
	for _, c := range []casework.Reconsideration{
		{ID: "FY-1", Unit: "县公安局", Received: day("2025-01-06"), Concluded: day("2025-03-01"), Outcome: casework.Revoke},
		{ID: "FY-2", Unit: "县公安局", Received: day("2025-02-10"), Concluded: day("2025-04-01"), Outcome: casework.Uphold},
		{ID: "FY-3", Unit: "县市场监督管理局", Received: day("2024-12-20"), Concluded: day("2025-02-01"), Outcome: casework.ConfirmIllegal},
		{ID: "FY-4", Unit: "县市场监督管理局", Received: day("2025-11-20")}, // pending at the end of 2025
	} {
		if _, err := db.ExecContext(ctx, ins, m.ReconsiderationValues(c)...); err != nil {
			fmt.Println(err)
			return
		}
	}
	d, _ := casework.LookupDefinition("reconsideration.correction-rate")
	groups, err := m.Rates(ctx, db, casesql.DuckDB, casesql.Query{
		Definitions: []casework.Definition{d}, Grouping: casesql.ByUnitYear, FirstYear: 2025, LastYear: 2025,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range groups {
		r := g.Rates[0]
		fmt.Println(g.Year, g.Unit, d.Name, r, r.Format(1, lawgov.HalfUp))
	}
	// Output:
	// 2025 县公安局 纠错率 1/2 50.0%
	// 2025 县市场监督管理局 纠错率 1/1 100.0%
}
