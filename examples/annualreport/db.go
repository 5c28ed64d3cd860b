package main

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/casework/casesql"
)

// openCaseDB opens the database named by -db: a postgres:// or
// postgresql:// URL, or else the path of a DuckDB file.
func openCaseDB(dsn string) (*sql.DB, casesql.Dialect, error) {
	driver, dialect := "duckdb", casesql.DuckDB
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		driver, dialect = "pgx", casesql.PostgreSQL
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, 0, fmt.Errorf("annualreport: -db: %w", err)
	}
	return db, dialect, nil
}

// casesFromDB returns ds with its cases read from the database dsn, after
// writing them there first when initDB is set, and the report's source
// line.
func casesFromDB(ds *dataset, dsn string, initDB bool, source string) (*dataset, string, error) {
	ctx := context.Background()
	db, dialect, err := openCaseDB(dsn)
	if err != nil {
		return nil, "", err
	}
	defer db.Close()
	if initDB {
		if err := writeCases(ctx, ds, db, dialect); err != nil {
			return nil, "", err
		}
	}
	ds, err = withCasesFrom(ctx, ds, db, dialect)
	if err != nil {
		return nil, "", err
	}
	return ds, source + "；行政复议和行政应诉案件取自" + dialect.Label() + "数据库", nil
}

// withCasesFrom returns a copy of ds whose reconsideration and litigation
// cases are read from the table "cases" (casesql.DefaultMapping) of db,
// in the order of their IDs, as the data files hold them.
//
// The table keeps a litigation instance's hearings as two facts, heard
// and appeared. The report counts only those, so each heard instance gets
// one hearing on its conclusion date (or filing date while pending),
// attended by the principal when a qualifying person appeared.
func withCasesFrom(ctx context.Context, ds *dataset, db *sql.DB, d casesql.Dialect) (*dataset, error) {
	out := *ds
	out.reconsiderations, out.litigations, out.caseSec = nil, nil, nil
	var units casework.Units
	err := casesql.DefaultMapping().Load(ctx, db, d, &units, func(c casesql.Case) error {
		if c.Record.Kind() == casework.KindReconsideration {
			out.reconsiderations = append(out.reconsiderations, c.Reconsideration)
			return nil
		}
		l := c.Litigation
		if c.Record.Heard() {
			h := casework.Hearing{Date: l.Concluded, Attendees: []casework.Attendee{{Role: casework.Staff}}}
			if c.Record.Appeared() {
				h.Attendees[0].Role = casework.Principal
			}
			if h.Date.IsZero() {
				h.Date = l.Received
			}
			l.Hearings = []casework.Hearing{h}
		}
		out.litigations = append(out.litigations, l)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("annualreport: -db: %w", err)
	}
	slices.SortStableFunc(out.reconsiderations, func(a, b casework.Reconsideration) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(out.litigations, func(a, b casework.Litigation) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Instance, b.Instance))
	})
	return &out, nil
}

// writeCases creates the table "cases" in db and inserts the cases of ds,
// in one transaction: what -initdb does, and how the test fills a
// database.
func writeCases(ctx context.Context, ds *dataset, db *sql.DB, d casesql.Dialect) error {
	m := casesql.DefaultMapping()
	ddl, err := m.CreateTable(d)
	if err != nil {
		return err
	}
	ins, err := m.Insert(d)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, ddl); err != nil {
		return fmt.Errorf("annualreport: -initdb: %w", err)
	}
	stmt, err := tx.PrepareContext(ctx, ins)
	if err != nil {
		return fmt.Errorf("annualreport: -initdb: %w", err)
	}
	defer stmt.Close()
	for _, c := range ds.reconsiderations {
		if _, err := stmt.ExecContext(ctx, m.ReconsiderationValues(c)...); err != nil {
			return fmt.Errorf("annualreport: -initdb: case %s: %w", c.ID, err)
		}
	}
	for _, l := range ds.litigations {
		if _, err := stmt.ExecContext(ctx, m.LitigationValues(l)...); err != nil {
			return fmt.Errorf("annualreport: -initdb: case %s: %w", l.ID, err)
		}
	}
	return tx.Commit()
}
