package casesql_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/casework/casesql"
)

// The benchmarks count every shipped definition by unit and year over the
// generated data set (FAZHI_SQL_CASES cases; the README's figures use
// 10,000,000):
//
//	FAZHI_SQL_CASES=10000000 go test -run '^$' -bench SQL -benchtime 3x ./casework/casesql/
//
// BenchmarkSQLGoTally is the Go path over the same cases in memory.

func benchRates(b *testing.B, db *sql.DB, d casesql.Dialect, load func(ctx context.Context, csv string) error) {
	ctx := context.Background()
	ds, err := loadDataSet()
	if err != nil {
		b.Fatal(err)
	}
	m := testMapping()
	ddl, err := m.CreateTable(d)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, ddl); err != nil {
		b.Fatal(err)
	}
	if err := load(ctx, ds.csv); err != nil {
		b.Fatal(err)
	}
	for _, g := range []casesql.Grouping{casesql.Total, casesql.ByUnitYear} {
		q := casesql.Query{Definitions: casework.Definitions(), Grouping: g}
		b.Run(g.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Rates(ctx, db, d, q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(ds.records))*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
		})
	}
}

func BenchmarkSQLDuckDB(b *testing.B) {
	db := openDuckDB(b)
	benchRates(b, db, casesql.DuckDB, func(ctx context.Context, csv string) error {
		_, err := db.ExecContext(ctx, "COPY cases FROM '"+csv+"' (FORMAT csv, HEADER false)")
		return err
	})
}

func BenchmarkSQLPostgres(b *testing.B) {
	db := startPostgres(b)
	benchRates(b, db, casesql.PostgreSQL, func(ctx context.Context, csv string) error {
		if err := copyPostgres(ctx, db, csv, "COPY cases FROM STDIN WITH (FORMAT csv)"); err != nil {
			return err
		}
		_, err := db.ExecContext(ctx, "VACUUM ANALYZE cases")
		return err
	})
}

// BenchmarkSQLGoTally is the Go tally of the same cases: every shipped
// definition over the total and over ByUnitYear.
func BenchmarkSQLGoTally(b *testing.B) {
	ds, err := loadDataSet()
	if err != nil {
		b.Fatal(err)
	}
	defs := casework.Definitions()
	b.Run("total", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t := casework.TallyRecords(ds.records)
			for _, d := range defs {
				_, _ = d.Apply(&t)
			}
		}
		b.ReportMetric(float64(len(ds.records))*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
	})
	b.Run("unit_year", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, years := range casework.ByUnitYear(ds.records) {
				for _, t := range years {
					for _, d := range defs {
						_, _ = d.Apply(t)
					}
				}
			}
		}
		b.ReportMetric(float64(len(ds.records))*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
	})
}
